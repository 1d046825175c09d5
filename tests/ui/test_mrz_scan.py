"""An MRZ scanner in keyboard mode feeds the same chip read as typed details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.identity import DEMO_RESIDENTS, build_mrz
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import State
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.resident.screens.certificate import CertMrzScreen


def _to_mrz_screen(kiosk: Kiosk) -> None:
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument("resident-copy"))
    assert kiosk.flow.state is State.CERT_MRZ


def _scan(kiosk: Kiosk, lines: list[str]) -> None:
    target = kiosk.window.focusWidget() or kiosk.window
    for line in lines:
        QTest.keyClicks(target, line)
        QTest.keyClick(target, Qt.Key.Key_Return)


def _lines(resident: str) -> list[str]:
    identity = DEMO_RESIDENTS[resident].identity()
    mrz = build_mrz(identity)
    width = 30 if identity.mrz_format == "TD1" else 44
    return [mrz[i : i + width] for i in range(0, len(mrz), width)]


def test_scanned_passport_reads_the_chip(qtbot: Any, kiosk: Kiosk) -> None:
    _to_mrz_screen(kiosk)
    _scan(kiosk, _lines("demo-kim"))  # the mock card holds demo-kim
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=10000)
    assert kiosk.window.current_screen.title.text() == tr("cert", "Options")
    # Nothing was typed into the on-screen boxes: the scan went straight to the chip.
    mrz_screen = kiosk.window.screens[CertMrzScreen]
    assert isinstance(mrz_screen, CertMrzScreen)
    assert set(mrz_screen.values.values()) == {""}


def test_misread_scan_is_refused_before_the_card(qtbot: Any, kiosk: Kiosk) -> None:
    _to_mrz_screen(kiosk)
    lines = _lines("demo-kim")
    broken = lines[1][:9] + ("1" if lines[1][9] != "1" else "2") + lines[1][10:]
    _scan(kiosk, [lines[0], broken])  # the document number's check digit is wrong
    assert kiosk.flow.state is State.CERT_MRZ
    assert kiosk.flow.context.cert.message is not None


def test_keypad_digits_are_not_taken_for_a_scan(qtbot: Any, kiosk: Kiosk) -> None:
    _to_mrz_screen(kiosk)
    kiosk.flow.session.voice = True
    before = len(kiosk.window.voice.speaker.utterances)  # type: ignore[attr-defined]
    QTest.keyClick(kiosk.window.focusWidget() or kiosk.window, Qt.Key.Key_0)  # repeat
    assert len(kiosk.window.voice.speaker.utterances) > before  # type: ignore[attr-defined]
    assert kiosk.flow.state is State.CERT_MRZ
