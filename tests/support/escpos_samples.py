"""Sample documents for the printer tests: a queue ticket and a certificate."""

from __future__ import annotations

from kiosk.printing import document as d

CENTER = "행복동 행정복지센터"
SERVICE = "주민등록 등·초본 발급"
CODE = "A-012"
QR_PAYLOAD = "https://kiosk.example.go.kr/q/A-012?c=demo-0001&t=20240501103200"


def ticket() -> d.Document:
    return d.Document(
        "ticket",
        (
            d.TextLine(CENTER, scale=2, bold=True, align=d.Align.CENTER),
            d.TextLine(SERVICE, align=d.Align.CENTER),
            d.Rule(),
            d.DisplayCode(CODE),
            d.KeyValue(
                (
                    ("대기 인원", "3명"),
                    ("예상 대기시간", "약 15분"),
                    ("발급일시", "2024-05-01 10:32"),
                )
            ),
            d.Rule(double=True),
            d.QrCode(QR_PAYLOAD, caption="대기현황 확인"),
            d.TextLine(
                "※ 번호가 호출되면 창구로 와 주세요. Please come to the counter when called."
            ),
            d.Cut(),
        ),
    )


ADDRESS_HEADERS = ("No", "주소 Address", "일자", "구분")


def address_rows(n: int = 10) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            str(i + 1),
            f"서울특별시 강남구 테헤란로 {100 + i}길 {i * 7} Apt {i}0{i}호",
            f"2024-0{(i % 9) + 1}-1{i}",
            "전입",
        )
        for i in range(n)
    )


def certificate() -> d.Document:
    return d.Document(
        "certificate",
        (
            d.TextLine("주민등록표 초본", scale=2, bold=True, align=d.Align.CENTER),
            d.Section(
                "1. 인적사항",
                (
                    d.KeyValue(
                        (
                            ("성명", "홍길동 (Hong Gildong)"),
                            ("주소", "서울특별시 강남구 테헤란로 123, 4층 (역삼동)"),
                        )
                    ),
                ),
            ),
            d.Section(
                "2. 주소 변동 사항",
                (
                    d.Table(
                        ADDRESS_HEADERS,
                        address_rows(),
                        weights=(1, 6, 3, 2),
                        aligns=(d.Align.RIGHT, d.Align.LEFT, d.Align.CENTER, d.Align.CENTER),
                    ),
                ),
            ),
            d.Feed(1),
            d.TextLine(
                "이 증명서는 무인민원발급기에서 발급되었습니다. Issued by kiosk-1.",
                align=d.Align.CENTER,
            ),
            d.Cut(),
        ),
    )
