"""Device discovery without hardware (drivers/discovery.py) and card UIDs (mock, PC/SC)."""

from __future__ import annotations

import importlib.util
import subprocess
from types import SimpleNamespace
from typing import Any

import pytest

from drivers import discovery
from drivers.card import pcsc
from drivers.card.mock import MockCardReader
from drivers.discovery import (
    Voice,
    discover_cups,
    discover_espeak_voices,
    discover_serial,
    discover_usb,
    korean_first,
    parse_lpstat,
    probe_network_printer,
)
from kiosk.config import MockCardOptions, PcscCardOptions
from kiosk.ports.card import CardRemoved, CardUidReader
from tests.support.escpos_emulator import EscposEmulator
from tests.support.fake_discovery import one_cups_queue


def _done(stdout: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess([], code, stdout, "")


def test_usb_without_backend_says_why() -> None:
    class NoBackendError(Exception):
        pass

    def find() -> Any:
        raise NoBackendError("No backend available")

    section = discover_usb(find)
    assert section.items == []
    assert section.unavailable == "pyusb has no backend available (install libusb-1.0)"


def test_usb_printers_come_first() -> None:
    printer = SimpleNamespace(
        idVendor=0x0419, idProduct=0x3C01, bDeviceClass=7, iManufacturer=0, iProduct=0
    )
    mouse = SimpleNamespace(
        idVendor=0x046D, idProduct=0xC077, bDeviceClass=0, iManufacturer=0, iProduct=0
    )
    section = discover_usb(lambda: [mouse, printer])
    assert [(d.ids, d.is_printer) for d in section.items] == [
        ("0419:3c01", True),
        ("046d:c077", False),
    ]


def test_serial_ports() -> None:
    port = SimpleNamespace(
        device="/dev/ttyUSB0", description="USB-Serial", hwid="USB VID:PID=067B:2303"
    )
    assert discover_serial(lambda: [port]).items[0].device == "/dev/ttyUSB0"


def test_cups_unavailable_and_lpstat_parsing() -> None:
    missing = discover_cups(which=lambda _name: None, server="/nonexistent/cups.sock")
    assert missing.unavailable is not None
    if importlib.util.find_spec("cups") is None:
        assert "CUPS is not installed" in missing.unavailable
    else:
        assert "CUPS server not reachable" in missing.unavailable
    out = "printer receipt is idle.  enabled since Mon 02 Mar\nprinter office disabled since x -\n"
    assert [(q.name, q.state) for q in parse_lpstat(out)] == [
        ("receipt", "idle"),
        ("office", "disabled since x -"),
    ]


def test_discover_all_asks_the_configured_cups_server(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = one_cups_queue(monkeypatch)
    found = discovery.discover_all(cups_server="print.local:8631")
    assert asked == ["print.local:8631"]
    assert found.cups_server == "print.local:8631"
    assert found.to_dict()["cups_server"] == "print.local:8631"
    assert [q.name for q in found.cups.items] == ["receipt"]
    # No server (or an empty one): this computer's CUPS, and the result says so.
    assert discovery.discover_all().cups_server is None
    assert discovery.discover_all(cups_server="").cups_server is None
    assert asked[1:] == [None, ""]


def test_espeak_voices_korean_first() -> None:
    out = (
        "Pty Language       Age/Gender VoiceName          File                 Other Languages\n"
        " 5  af              --/M      Afrikaans          gmw/af\n"
        " 5  en-us           --/M      English_(America)  gmw/en-US\n"
        " 5  ko              --/M      Korean             ko\n"
        " 5  vi              --/M      Vietnamese_(Northern) aav/vi\n"
    )
    section = discover_espeak_voices(lambda _argv: _done(out), lambda _n: "/usr/bin/espeak-ng")
    assert [v.language for v in section.items] == ["ko", "en-us", "vi", "af"]
    assert discover_espeak_voices(which=lambda _n: None).unavailable is not None
    assert (
        korean_first([Voice("qt", "b", "en_US"), Voice("qt", "a", "ko_KR")])[0].language == "ko_KR"
    )


def test_network_probe_against_the_emulator() -> None:
    with EscposEmulator() as emulator:
        result = probe_network_printer(emulator.host, emulator.port, 2.0)
        assert result.reachable and result.answered
        assert result.detail == "connected; status byte 0x16"
        assert emulator.print_data == b""  # nothing printed
    closed = probe_network_printer("127.0.0.1", emulator.port, 1.0)
    assert not closed.reachable and "cannot connect" in closed.detail


def test_mock_card_uid() -> None:
    reader = MockCardReader(MockCardOptions(uid="04A1B2C3D4", card_present=True))
    assert isinstance(reader, CardUidReader)
    assert reader.card_uid() == "04A1B2C3D4"
    reader.remove()
    with pytest.raises(CardRemoved):
        reader.card_uid()


class _FakeScard:
    """Just enough of smartcard.scard for card_uid (answers as a reader would)."""

    SCARD_SCOPE_USER = 0
    SCARD_SHARE_SHARED = 2
    SCARD_PROTOCOL_T0 = 1
    SCARD_PROTOCOL_T1 = 2
    SCARD_LEAVE_CARD = 0
    SCARD_STATE_UNAWARE = 0
    SCARD_STATE_PRESENT = 0x20
    SCARD_STATE_MUTE = 0x200

    def __init__(self, answer: list[int]) -> None:
        self.answer = answer
        self.sent: list[list[int]] = []

    def SCardEstablishContext(self, _scope: int) -> tuple[int, int]:
        return 0, 1

    def SCardReleaseContext(self, _ctx: int) -> int:
        return 0

    def SCardListReaders(self, _ctx: int, _groups: list[str]) -> tuple[int, list[str]]:
        return 0, ["Reader 0"]

    def SCardGetStatusChange(self, _ctx: int, _t: int, states: list[Any]) -> tuple[int, list[Any]]:
        return 0, [(name, self.SCARD_STATE_PRESENT, []) for name, _ in states]

    def SCardConnect(self, *_args: Any) -> tuple[int, int, int]:
        return 0, 7, 2

    def SCardTransmit(self, _card: int, _proto: int, apdu: list[int]) -> tuple[int, list[int]]:
        self.sent.append(apdu)
        return 0, self.answer

    def SCardDisconnect(self, _card: int, _disposition: int) -> int:
        return 0


def test_pcsc_card_uid_sends_get_data(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _FakeScard([0x04, 0xA1, 0xB2, 0xC3, 0x90, 0x00])
    monkeypatch.setattr(pcsc, "_scard", fake)
    reader = pcsc.PcscCardReader(PcscCardOptions())
    assert reader.card_uid() == "04A1B2C3"
    assert fake.sent == [[0xFF, 0xCA, 0x00, 0x00, 0x00]]
    fake.answer = [0x6A, 0x81]
    with pytest.raises(Exception, match="SW 6A81"):
        reader.card_uid()
