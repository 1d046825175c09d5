"""DLE EOT status parsing and the print policy; silence and garbage are never "ok"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.printer.base import classify
from drivers.printer.status import decide, describe, fully_known, parse_status, valid_status_byte
from kiosk.config import PrinterProfile
from kiosk.ports.printer import PaperState, PrinterStatus, PrintFailure


def test_all_clear() -> None:
    s = parse_status(bytes([0x16, 0x12, 0x12]))
    assert (s.online, s.cover_open, s.error, s.paper) == (True, False, False, PaperState.OK)
    assert fully_known(s) and s.ready
    assert decide(s, PrinterProfile()).refuse is None


@pytest.mark.parametrize(
    ("answer", "failure"),
    [
        (bytes([0x1E, 0x32, 0x72]), PrintFailure.PAPER_OUT),
        (bytes([0x16, 0x12, 0x72]), PrintFailure.PAPER_OUT),  # roll sensor bits 5-6 only
        (bytes([0x16, 0x32, 0x12]), PrintFailure.PAPER_OUT),  # stopped at paper end
        (bytes([0x1E, 0x16, 0x12]), PrintFailure.COVER_OPEN),
        (bytes([0x1E, 0x12, 0x12]), PrintFailure.OFFLINE),
        (bytes([0x16, 0x52, 0x12]), PrintFailure.ERROR),
        (bytes([0x1E]), PrintFailure.OFFLINE),  # offline is definite even if the rest is missing
    ],
)
def test_refusals(answer: bytes, failure: PrintFailure) -> None:
    d = decide(parse_status(answer), PrinterProfile())
    assert d.refuse is not None and d.refuse.failure is failure


def test_near_end_prints_with_flag() -> None:
    s = parse_status(bytes([0x16, 0x12, 0x1E]))
    assert s.paper is PaperState.NEAR_END
    d = decide(s, PrinterProfile())
    assert d.refuse is None and d.paper_low


@pytest.mark.parametrize("answer", [b"", b"\x16", b"\x16\x12", b"\xff\xff\xff", b"\x00\x12\x12"])
def test_silence_and_garbage_are_unknown(answer: bytes) -> None:
    s = parse_status(answer)
    assert not fully_known(s)
    # Silence is never "ready": by default the job is refused.
    refused = decide(s, PrinterProfile()).refuse
    assert refused is not None and refused.failure is PrintFailure.STATUS_UNKNOWN
    # Only a printer declared to have no status at all prints without one.
    assert decide(s, PrinterProfile(reports_status=False)).refuse is None


def test_surplus_bytes_distrust_everything() -> None:
    s = parse_status(bytes([0x16, 0x12, 0x12, 0x12]))
    assert not s.known and s.paper is PaperState.UNKNOWN


def test_describe_in_plain_words() -> None:
    assert describe(parse_status(bytes([0x16, 0x12, 0x12]))) == "online, paper ok"
    assert "cover open" in describe(parse_status(bytes([0x1E, 0x16, 0x12])))
    assert describe(PrinterStatus()).startswith("unknown")


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=6))
def test_random_bytes_never_raise_and_never_fake_ok(answer: bytes) -> None:
    s = parse_status(answer)
    valid = len(answer) == 3 and all(valid_status_byte(b) for b in answer)
    if not valid:
        # Never a confident "ready" (a definite problem may still be known).
        assert not (fully_known(s) and s.ready)
        refused = decide(s, PrinterProfile()).refuse
        assert refused is not None
    if s.known:
        assert valid_status_byte(answer[0])
    if s.paper is not PaperState.UNKNOWN and s.paper is not PaperState.OUT:
        assert len(answer) == 3 and valid_status_byte(answer[2])


@pytest.mark.parametrize(
    ("exc", "failure"),
    [
        (TimeoutError("t"), PrintFailure.TIMEOUT),
        (ConnectionResetError(104, "reset"), PrintFailure.CONNECTION_LOST),
        (BrokenPipeError(32, "pipe"), PrintFailure.CONNECTION_LOST),
        (ConnectionRefusedError(111, "refused"), PrintFailure.NOT_CONNECTED),
        (FileNotFoundError(2, "no such file"), PrintFailure.NOT_CONNECTED),
        (ValueError("bug"), PrintFailure.ERROR),
    ],
)
def test_exception_mapping(exc: BaseException, failure: PrintFailure) -> None:
    assert classify(exc) is failure


def test_escpos_and_usb_exceptions_map_by_type() -> None:
    from escpos.exceptions import DeviceNotFoundError, USBNotFoundError

    assert classify(DeviceNotFoundError("x")) is PrintFailure.NOT_CONNECTED
    assert classify(USBNotFoundError("x")) is PrintFailure.NOT_CONNECTED
    import usb.core

    assert classify(usb.core.USBTimeoutError("t", 0, -7)) is PrintFailure.TIMEOUT
    assert classify(usb.core.USBError("pipe", -9, 32)) is PrintFailure.CONNECTION_LOST
