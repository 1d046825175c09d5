"""The printer test page: every text style, Hangul and Latin, a table and a QR.

Technicians print it with ``kiosk printer test`` to check fonts, the Korean
mode, alignment, the QR mode and the cutter. It names the printer and shows
the status read just before printing. Qt-free.
"""

from __future__ import annotations

from kiosk.printing import document as d

QR_PAYLOAD = "KIOSK-TEST 한글 0123456789"


def test_page(
    *,
    printer_name: str,
    status_text: str,
    profile_text: str,
    center_name: str = "",
    printed_at: str = "",
) -> d.Document:
    """The test page for the printer ``printer_name`` whose status read ``status_text``."""
    info: list[tuple[str, str]] = [
        ("Printer", printer_name),
        ("Status", status_text),
        ("Profile", profile_text),
    ]
    if center_name:
        info.insert(0, ("센터 Center", center_name))
    if printed_at:
        info.append(("시각 Time", printed_at))
    return d.Document(
        "test_page",
        (
            d.TextLine("프린터 시험 인쇄", scale=2, bold=True, align=d.Align.CENTER),
            d.TextLine("Printer test page", align=d.Align.CENTER),
            d.Rule(double=True),
            d.KeyValue(tuple(info)),
            d.Section(
                "글자 크기 Sizes",
                (
                    d.TextLine("1배 가나다 ABC abc 123", scale=1),
                    d.TextLine("2배 가나 AB", scale=2),
                    d.TextLine("3배 가 A", scale=3),
                    d.TextLine("4배 A1", scale=4),
                ),
            ),
            d.Section(
                "모양 Styles",
                (
                    d.TextLine("보통 Normal text"),
                    d.TextLine("굵게 Bold text", bold=True),
                    d.TextLine("왼쪽 Left", align=d.Align.LEFT),
                    d.TextLine("가운데 Center", align=d.Align.CENTER),
                    d.TextLine("오른쪽 Right", align=d.Align.RIGHT),
                    d.TextLine(
                        "긴 문장은 종이 폭에 맞게 줄바꿈됩니다. Long lines wrap at the paper "
                        "width without splitting a word or a syllable.",
                    ),
                    d.TextLine("기호 Symbols: ※ · ① ② ─ ° ±"),
                ),
            ),
            d.Section(
                "표 Table",
                (
                    d.Table(
                        ("번호", "이름 Name", "금액"),
                        (
                            ("1", "주민등록 등본 Resident copy", "200"),
                            ("2", "가족관계증명서", "1,000"),
                            ("10", "Certificate of residence", "0"),
                        ),
                        weights=(1, 4, 2),
                        aligns=(d.Align.RIGHT, d.Align.LEFT, d.Align.RIGHT),
                    ),
                ),
            ),
            d.Rule(),
            d.DisplayCode("A-012"),
            d.QrCode(QR_PAYLOAD, size_mm=20, caption="QR: " + QR_PAYLOAD),
            d.Feed(1),
            d.TextLine("끝 End of test page", align=d.Align.CENTER),
            d.Cut(),
        ),
    )
