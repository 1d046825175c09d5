"""Trying again on the certificate screens, by touch and by keypad: the ID screen
forgets what was typed when the card leaves or the screen is left, another ID card
after a refused one, and printing again after a failed print, with the keypad's
focus on the way forward and voice mode saying it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from drivers.card.mock import MockCardReader
from drivers.payment.mock import MockPayment
from drivers.printer.mock import MockPrinter
from drivers.speech.mock import MockSpeaker
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockCardOptions,
    MockPaymentOptions,
    MockPrinterOptions,
    PrinterProfile,
)
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import State
from tests.support.resident_screen import (
    KIM_TYPED,
    button,
    cert_button,
    cert_kiosk,
    tap,
    type_mrz_fields,
)
from tests.support.widget_text import leftovers
from ui.app.compose import Kiosk
from ui.common.i18n import render, tr
from ui.resident.screens.certificate import CertErrorScreen, CertMrzScreen


@pytest.fixture
def card() -> MockCardReader:
    return MockCardReader(MockCardOptions(identity="demo-kim"))


@pytest.fixture
def payment() -> MockPayment:
    return MockPayment(MockPaymentOptions(script=["approve", "approve"]))


@pytest.fixture
def printer() -> MockPrinter:
    return MockPrinter(MockPrinterOptions(), PrinterProfile())


@pytest.fixture
def kiosk(
    tmp_path: Path,
    config: KioskConfig,
    clock: FakeClock,
    card: MockCardReader,
    payment: MockPayment,
    printer: MockPrinter,
) -> Iterator[Kiosk]:
    with cert_kiosk(config, tmp_path, clock, card=card, payment=payment, printer=printer) as k:
        yield k


def _mrz_screen(kiosk: Kiosk) -> CertMrzScreen:
    screen = kiosk.window.screens[CertMrzScreen]
    assert isinstance(screen, CertMrzScreen)
    return screen


def _start_typing(kiosk: Kiosk) -> CertMrzScreen:
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    assert kiosk.flow.state is State.CERT_MRZ
    type_mrz_fields(kiosk)
    screen = _mrz_screen(kiosk)
    assert [screen.field_buttons[n].text() for n in screen.FIELDS] == list(KIM_TYPED)
    return screen


def _fields_empty(screen: CertMrzScreen) -> bool:
    return all(b.text() == "…" for b in screen.field_buttons.values()) and not any(
        screen.values.values()
    )


def _refused(qtbot: Any, kiosk: Kiosk, card: MockCardReader) -> CertMrzScreen:
    """Kim's details typed and the card (a clone) refused: the error screen shows."""
    card.set_fault("cloned_dg1")
    screen = _start_typing(kiosk)
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=5000)
    return screen


def _said(kiosk: Kiosk) -> str:
    speaker = kiosk.window.voice.speaker
    assert isinstance(speaker, MockSpeaker)
    return "\n".join(u.text for u in speaker.utterances)


def _press(key: Qt.Key, qtbot: Any) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key)
    qtbot.wait(10)


def test_the_card_taken_out_while_typing_clears_the_fields(
    qtbot: Any, kiosk: Kiosk, card: MockCardReader
) -> None:
    screen = _start_typing(kiosk)
    card.remove()
    qtbot.waitUntil(lambda: _fields_empty(screen), timeout=3000)
    assert kiosk.flow.state is State.CERT_MRZ
    assert render(c.CARD_TAKEN_OUT) in screen.message.text()
    assert leftovers(kiosk.window, KIM_TYPED) == []


def test_leaving_the_id_screen_clears_the_fields(qtbot: Any, kiosk: Kiosk) -> None:
    screen = _start_typing(kiosk)
    tap(button(kiosk, tr("nav", "Back")))
    assert kiosk.flow.state is State.CERT_CHOOSE
    assert _fields_empty(screen) and leftovers(kiosk.window, KIM_TYPED) == []
    # Read: from then on the chip's identity counts, the typed details go.
    tap(button(kiosk, "주민등록표 등본"))
    type_mrz_fields(kiosk)
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
    assert _fields_empty(screen) and leftovers(kiosk.window, KIM_TYPED) == []


def test_a_refused_card_offers_another_id_card_by_touch(
    qtbot: Any, kiosk: Kiosk, card: MockCardReader
) -> None:
    screen = _refused(qtbot, kiosk, card)
    another = button(kiosk, tr("cert", "Try another ID card"))
    # The keypad's focus starts on it, not on Home.
    assert QApplication.focusWidget() is another
    card.set_fault("none")
    card.remove()
    card.insert()
    tap(another)
    assert kiosk.flow.state is State.CERT_MRZ
    assert kiosk.flow.context.cert.document_id == "resident-copy"
    assert _fields_empty(screen)
    type_mrz_fields(kiosk)
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)


def test_another_id_card_by_keypad_in_voice_mode(
    qtbot: Any, kiosk: Kiosk, card: MockCardReader
) -> None:
    _refused(qtbot, kiosk, card)
    kiosk.window.activateWindow()
    QTest.keyClick(kiosk.window, Qt.Key.Key_0)  # a keypad key: voice mode reads the screen
    label = tr("cert", "Try another ID card")
    qtbot.waitUntil(lambda: label in _said(kiosk), timeout=3000)
    assert kiosk.flow.state is State.CERT_ERROR
    _press(Qt.Key.Key_5, qtbot)
    assert kiosk.flow.state is State.CERT_MRZ


def test_after_a_failed_print_the_keypad_lands_on_printing_again(
    qtbot: Any, kiosk: Kiosk, printer: MockPrinter, payment: MockPayment
) -> None:
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    type_mrz_fields(kiosk)
    tap(_mrz_screen(kiosk).continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
    tap(button(kiosk, tr("cert", "Continue")))
    printer.set_fault("paper_out")
    tap(
        button(
            kiosk,
            tr("cert", "Pay {total} and print", total=tr("cert", "{amount} won", amount="200")),
        )
    )
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=5000)
    again = button(kiosk, tr("cert", "Try printing again"))
    assert isinstance(kiosk.window.current_screen, CertErrorScreen)
    assert QApplication.focusWidget() is again
    # Staff put paper in; the resident goes on by keypad.
    printer.set_fault("none")
    _press(Qt.Key.Key_0, qtbot)  # the first key starts voice mode
    _press(Qt.Key.Key_5, qtbot)
    assert kiosk.flow.state is State.CERT_SUMMARY
    tap(
        button(
            kiosk,
            tr("cert", "Pay {total} and print", total=tr("cert", "{amount} won", amount="200")),
        )
    )
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=5000)
    assert payment.charged_won() == 200
