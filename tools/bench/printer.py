"""Printer benchmarks: job sizes and encoding time for a ticket and a certificate.

``measure()`` builds a representative queue ticket and a certificate-sized
document with the Document model and reports bytes per ticket (native and
raster Korean modes), the median time to encode the certificate, and how
long the native ticket takes over a 115200-baud serial line.
Targets: native ticket <= 2 KB, certificate encode p50 <= 100 ms.
"""

from __future__ import annotations

import statistics
import time

from drivers.printer.escpos import encode
from kiosk.config import PrinterProfile
from kiosk.printing import document as d

RUNS = 20
BAUD = 115200


def bench_ticket() -> d.Document:
    return d.Document(
        "ticket",
        (
            d.TextLine("행복동 행정복지센터", scale=2, bold=True, align=d.Align.CENTER),
            d.TextLine("주민등록 등·초본 발급", align=d.Align.CENTER),
            d.Rule(),
            d.DisplayCode("A-012"),
            d.KeyValue(
                (
                    ("대기 인원", "3명"),
                    ("예상 대기시간", "약 15분"),
                    ("발급일시", "2024-05-01 10:32"),
                )
            ),
            d.QrCode("https://kiosk.example.go.kr/q?c=demo-0001&t=A-012&d=20240501", size_mm=24),
            d.TextLine("번호가 호출되면 창구로 와 주세요.", align=d.Align.CENTER),
            d.Cut(),
        ),
    )


def bench_certificate() -> d.Document:
    rows = tuple(
        (
            str(i + 1),
            f"서울특별시 강남구 테헤란로 {100 + i}길 {i * 7}, {i + 1}층 (역삼동)",
            f"2023-{(i % 12) + 1:02d}-{(i % 27) + 1:02d}",
            "전입" if i % 2 else "정정",
        )
        for i in range(10)
    )
    return d.Document(
        "certificate",
        (
            d.TextLine("주민등록표 초본", scale=2, bold=True, align=d.Align.CENTER),
            d.TextLine("발급번호 2024-0501-000123", align=d.Align.CENTER),
            d.Section(
                "1. 인적사항",
                (
                    d.KeyValue(
                        (
                            ("성명", "홍길동 (HONG GILDONG)"),
                            ("주민등록번호", "900101-1******"),
                            ("주소", "서울특별시 강남구 테헤란로 123, 4층 (역삼동)"),
                            ("세대주", "홍길동"),
                        )
                    ),
                ),
            ),
            d.Section(
                "2. 주소 변동 사항",
                (
                    d.Table(
                        ("번호", "주소", "신고일", "구분"),
                        rows,
                        weights=(1, 6, 3, 2),
                        aligns=(d.Align.RIGHT, d.Align.LEFT, d.Align.CENTER, d.Align.CENTER),
                    ),
                ),
            ),
            d.Rule(double=True),
            d.TextLine("위와 같이 증명합니다.", align=d.Align.CENTER),
            d.TextLine("2024년 5월 1일", align=d.Align.CENTER),
            d.TextLine("행복동장", scale=2, bold=True, align=d.Align.CENTER),
            d.QrCode("https://gov.example.kr/verify/2024-0501-000123", size_mm=20),
            d.Cut(),
        ),
    )


def measure() -> dict[str, float]:
    native = PrinterProfile(paper_width_mm=80, korean_mode="native", qr_mode="native")
    raster = PrinterProfile(paper_width_mm=80, korean_mode="raster", qr_mode="native")
    ticket = bench_ticket()
    native_bytes = len(encode(ticket, native))
    raster_bytes = len(encode(ticket, raster))
    certificate = bench_certificate()
    encode(certificate, native)  # warm caches (fonts, glyphs) as a running kiosk would have
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        encode(certificate, native)
        times.append((time.perf_counter() - t0) * 1000)
    encode(certificate, raster)
    raster_times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        encode(certificate, raster)
        raster_times.append((time.perf_counter() - t0) * 1000)
    return {
        "ticket_bytes_native": float(native_bytes),
        "ticket_bytes_raster": float(raster_bytes),
        "certificate_render_ms_p50": statistics.median(times),
        "ticket_seconds_at_115200_baud": native_bytes * 10 / BAUD,
        # Not a target: the same certificate with every line sent as an image.
        "certificate_raster_render_ms_p50": statistics.median(raster_times),
    }


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")
