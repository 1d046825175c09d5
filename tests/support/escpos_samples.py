"""Sample documents for the printer tests: a queue ticket and a certificate."""

from __future__ import annotations

from kiosk.printing.document import (
    Align,
    Cut,
    DisplayCode,
    Document,
    Feed,
    KeyValue,
    QrCode,
    Rule,
    Section,
    Table,
    TextLine,
)

CENTER = "행복동 행정복지센터"
SERVICE = "주민등록 등·초본 발급"
CODE = "A-012"
QR_PAYLOAD = "https://kiosk.example.go.kr/q/A-012?c=demo-0001&t=20240501103200"


def ticket() -> Document:
    return Document(
        "ticket",
        (
            TextLine(CENTER, scale=2, bold=True, align=Align.CENTER),
            TextLine(SERVICE, align=Align.CENTER),
            Rule(),
            DisplayCode(CODE),
            KeyValue(
                (
                    ("대기 인원", "3명"),
                    ("예상 대기시간", "약 15분"),
                    ("발급일시", "2024-05-01 10:32"),
                )
            ),
            Rule(double=True),
            QrCode(QR_PAYLOAD, caption="대기현황 확인"),
            TextLine("※ 번호가 호출되면 창구로 와 주세요. Please come to the counter when called."),
            Cut(),
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


def certificate() -> Document:
    return Document(
        "certificate",
        (
            TextLine("주민등록표 초본", scale=2, bold=True, align=Align.CENTER),
            Section(
                "1. 인적사항",
                (
                    KeyValue(
                        (
                            ("성명", "홍길동 (Hong Gildong)"),
                            ("주소", "서울특별시 강남구 테헤란로 123, 4층 (역삼동)"),
                        )
                    ),
                ),
            ),
            Section(
                "2. 주소 변동 사항",
                (
                    Table(
                        ADDRESS_HEADERS,
                        address_rows(),
                        weights=(1, 6, 3, 2),
                        aligns=(Align.RIGHT, Align.LEFT, Align.CENTER, Align.CENTER),
                    ),
                ),
            ),
            Feed(1),
            TextLine(
                "이 증명서는 무인민원발급기에서 발급되었습니다. Issued by kiosk-1.",
                align=Align.CENTER,
            ),
            Cut(),
        ),
    )
