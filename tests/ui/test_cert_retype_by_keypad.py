"""Back on the ID screen after the ID card refused the typed details.

A blind resident types them again by keypad: the details come back to be checked
(``typed_again``), but in voice mode they show as dots and are never read out, so
the resident types each detail again, as the spoken help asks, and that must
replace the detail kept, not be added to it. A resident with poor sight at 200 %
text sees why they are back: the message is scrolled to.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from drivers.card.mock import MockCardReader
from drivers.payment.mock import MockPayment
from drivers.printer.mock import MockPrinter
from drivers.records.demo import DemoRecordsProvider
from drivers.speech.mock import MockSpeaker
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockCardOptions,
    MockPaymentOptions,
    MockPrinterOptions,
    PrinterProfile,
)
from kiosk.journeys import flow as f
from kiosk.journeys.flow import State
from tests.support.journeys import KIM_TYPED, typed
from tests.support.resident_screen import (
    cert_button,
    kiosk_factory,
    showing_home,
    tap,
    type_mrz_fields,
)
from tools.a11y.journeys import KeypadPresses
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.resident.screens.certificate import CertChooseScreen, CertMrzScreen

#: Another resident's details: Kim's card in the reader refuses them.
WRONG = typed("demo-lee")


@pytest.fixture
def kiosk(tmp_path: Path, config: KioskConfig, clock: FakeClock) -> Iterator[Kiosk]:
    card = MockCardReader(MockCardOptions(identity="demo-kim"))
    payment = MockPayment(MockPaymentOptions())
    with kiosk_factory(
        config, tmp_path, clock, card=card, records=DemoRecordsProvider(), payment=payment
    ) as make:
        k = make(MockPrinter(MockPrinterOptions(), PrinterProfile()))
        k.window.voice.private = lambda: False  # the loudspeaker: no earphones
        yield k


def _type_details(keys: KeypadPresses, details: tuple[str, str, str]) -> None:
    """The three details by keypad: Enter ends the document number, full dates move on."""
    keys.type(details[0])
    keys.press(Qt.Key.Key_Enter)
    keys.type(details[1])
    keys.type(details[2])


def _refused_by_keypad(kiosk: Kiosk) -> tuple[KeypadPresses, CertMrzScreen]:
    """In voice mode, the resident copy chosen and the wrong details refused by the card."""
    keys = KeypadPresses(kiosk)
    kiosk.window.activateWindow()
    keys.press(Qt.Key.Key_0)  # any keypad key starts voice mode
    home = showing_home(kiosk)
    assert home.cert_button is not None
    keys.choose(home.cert_button, State.CERT_CHOOSE)
    choose = kiosk.window.current_screen
    assert isinstance(choose, CertChooseScreen)
    keys.choose(choose.buttons["resident-copy"], State.CERT_MRZ)
    _type_details(keys, WRONG)
    keys.press(Qt.Key.Key_Enter)
    keys.wait(
        lambda: kiosk.flow.state is State.CERT_MRZ and kiosk.flow.context.cert.message is not None
    )
    keys.wait(lambda: tr("cert", "Your ID card") in _said(kiosk).rsplit("\n", 1)[-1])
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    assert screen.values == dict(zip(screen.FIELDS, WRONG, strict=True))
    return keys, screen


def _said(kiosk: Kiosk) -> str:
    speaker = kiosk.window.voice.speaker
    assert isinstance(speaker, MockSpeaker)
    return "\n".join(u.text for u in speaker.utterances)


def test_details_typed_again_by_keypad_replace_the_refused_ones(qtbot: Any, kiosk: Kiosk) -> None:
    keys, screen = _refused_by_keypad(kiosk)
    heard = _said(kiosk).rsplit("\n", 1)[-1]
    complete = tr("cert", "This detail is complete. Press Enter to go on.")
    before = _said(kiosk)
    _type_details(keys, KIM_TYPED)
    assert screen.values == dict(zip(screen.FIELDS, KIM_TYPED, strict=True))
    assert complete not in _said(kiosk)[len(before) :]
    keys.press(Qt.Key.Key_Enter)
    keys.reach(State.CERT_OPTIONS)
    # Told, with the refusal, that typing replaces what is kept.
    kept = tr(
        "cert",
        "The details you typed are still there. Type a detail again to replace it, "
        "or press Enter to keep it.",
    )
    assert heard.index(tr("cert", "Your ID card")) < heard.index(kept)
    assert heard.count(kept) == 1


def test_a_kept_detail_is_corrected_in_place_after_star(qtbot: Any, kiosk: Kiosk) -> None:
    keys, screen = _refused_by_keypad(kiosk)
    keys.press(Qt.Key.Key_Enter, Qt.Key.Key_Enter)  # kept as they are, to the date of expiry
    assert screen.active == "expiry_date"
    keys.press(Qt.Key.Key_Asterisk)  # the last digit deleted...
    keys.type("9")  # ...and another typed in its place
    assert screen.values["expiry_date"] == WRONG[2][:-1] + "9"
    assert screen.values["document_number"] == WRONG[0]


def test_touch_typing_adds_to_a_kept_detail(qtbot: Any, kiosk: Kiosk) -> None:
    """Sighted residents see the detail: a tapped key adds to it, as before."""
    _keys, screen = _refused_by_keypad(kiosk)
    screen.key("1")
    assert screen.values["document_number"] == WRONG[0] + "1"
    assert kiosk.flow.state is State.CERT_MRZ


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_at_big_text_the_reason_for_coming_back_is_in_sight(
    qtbot: Any, qapp: QApplication, kiosk: Kiosk, language: str
) -> None:
    window = kiosk.window
    window.send(f.ChooseLanguage(language))
    window.access_bar.zoom.click()
    qapp.processEvents()
    assert kiosk.flow.session.text_zoom == 2.0
    tap(cert_button(kiosk))
    choose = window.current_screen
    assert isinstance(choose, CertChooseScreen)
    tap(choose.buttons["resident-copy"])
    type_mrz_fields(kiosk, WRONG)
    screen = window.current_screen
    assert isinstance(screen, CertMrzScreen)
    tap(screen.continue_button)
    qtbot.waitUntil(
        lambda: kiosk.flow.state is State.CERT_MRZ and screen.message.isVisible(), timeout=5000
    )

    def message_starts_in_sight() -> bool:
        viewport = screen.body_scroll.viewport()
        top = screen.message.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + screen.message.fontMetrics().height() * 2 <= viewport.height()

    # Was four pages down, under the instructions and the fields: the screen
    # looked as it did before Continue.
    qtbot.waitUntil(message_starts_in_sight, timeout=2000)
