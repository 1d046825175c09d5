"""MRZ document scanners: keyboard emulation and serial (through a pty pair)."""

from __future__ import annotations

import os

import pytest

from drivers.card.mrz_scanner import KeyboardMrzScanner, MrzAssembler, SerialMrzScanner
from kiosk.identity import DEMO_RESIDENTS, MrzError, mrz_lines

KIM = DEMO_RESIDENTS["demo-kim"]
LEE = DEMO_RESIDENTS["demo-lee"]


def test_assembler_td3_and_td1() -> None:
    assembler = MrzAssembler()
    first, second = mrz_lines(KIM.mrz)
    assert assembler.feed_line("SCANNER READY") is None
    assert assembler.feed_line(first) is None
    scanned = assembler.feed_line(second)
    assert scanned is not None and scanned.mrz_info == KIM.mrz_info()
    lines = mrz_lines(LEE.mrz)
    assert assembler.feed_line(lines[0]) is None
    assert assembler.feed_line(lines[1]) is None
    scanned = assembler.feed_line(lines[2])
    assert scanned is not None and scanned.identity.surname == "LEE"
    assert "K98765432" not in repr(scanned)


def test_keyboard_scanner_assembles_keystrokes() -> None:
    now = [0.0]

    def clock() -> float:
        now[0] += 0.005
        return now[0]

    scanner = KeyboardMrzScanner(clock=clock)
    text = "\r".join(mrz_lines(KIM.mrz)) + "\r"
    results = scanner.feed_text(text)
    assert [r.mrz_info for r in results] == [KIM.mrz_info()]


def test_keyboard_scanner_resets_after_a_pause() -> None:
    now = [0.0]
    scanner = KeyboardMrzScanner(burst_gap_s=0.5, clock=lambda: now[0])
    first, second = mrz_lines(KIM.mrz)
    for char in first + "\n":
        now[0] += 0.01
        scanner.feed_key(char)
    now[0] += 5  # someone typed later: the half scan is dropped
    assert scanner.feed_text(second + "\n") == []


def test_bad_check_digit_raises() -> None:
    first, second = mrz_lines(KIM.mrz)
    second = second[:9] + "0" + second[10:]
    scanner = KeyboardMrzScanner(clock=lambda: 1.0)
    with pytest.raises(MrzError, match="check digit"):
        scanner.feed_text(first + "\r" + second + "\r")


def test_serial_scanner_over_pty() -> None:
    master, slave = os.openpty()
    try:
        with SerialMrzScanner(os.ttyname(slave), timeout_s=0.05) as scanner:
            assert scanner.read_mrz(0.1) is None
            lines = mrz_lines(LEE.mrz)
            os.write(master, ("\x02" + "\r".join(lines) + "\r\x03").encode("ascii"))
            scanned = scanner.read_mrz(2.0)
            assert scanned is not None and scanned.mrz_info == LEE.mrz_info()
    finally:
        os.close(master)
        os.close(slave)
