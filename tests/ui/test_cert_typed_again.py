"""Back on the ID screen after the card refused the details: what was typed is there
to check and correct (the message asks for that), and gone again once the screen is left.
After "Try another ID card", details typed before the card is put in are kept while the
resident is asked for the card (they were sent to the first screen, everything lost)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drivers.card.mock import MockCardReader
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockCardOptions,
)
from kiosk.journeys.flow import State
from kiosk.ports.card import CardAccessDenied, CardRemoved
from tests.support.journeys import KIM_TYPED
from tests.support.resident_screen import button, cert_button, cert_kiosk, tap, type_mrz_fields
from tests.support.widget_text import leftovers
from ui.app.compose import Kiosk
from ui.common.i18n import render, tr
from ui.common.keypad import BACKSPACE
from ui.resident.screens.certificate import CertMrzScreen

#: Kim's details with one birth-date digit wrong (its check digit made to fit).
MISTYPED = (KIM_TYPED[0], "8503253", KIM_TYPED[2])


@pytest.fixture
def card() -> MockCardReader:
    return MockCardReader(MockCardOptions(identity="demo-kim"))


@pytest.fixture
def kiosk(
    tmp_path: Path, config: KioskConfig, clock: FakeClock, card: MockCardReader
) -> Iterator[Kiosk]:
    with cert_kiosk(config, tmp_path, clock, card=card) as kiosk:
        yield kiosk


def _shown(screen: CertMrzScreen) -> list[str]:
    return [screen.field_buttons[name].text() for name in screen.FIELDS]


def test_the_refused_details_are_shown_again_to_correct(qtbot: Any, kiosk: Kiosk) -> None:
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    type_mrz_fields(kiosk, MISTYPED)
    screen = kiosk.window.screens[CertMrzScreen]
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is not State.CERT_READING, timeout=5000)
    assert kiosk.flow.state is State.CERT_MRZ
    assert render(CardAccessDenied.resident_message) in screen.message.text()
    assert _shown(screen) == list(MISTYPED)
    # Only the birth date is corrected; Continue reads the card.
    tap(screen.field_buttons["birth_date"])
    for _ in range(3):
        tap(screen.keypad.keys[BACKSPACE])
    for char in "150":
        tap(screen.keypad.keys[char])
    assert _shown(screen) == list(KIM_TYPED)
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
    assert leftovers(kiosk.window, [*KIM_TYPED, *MISTYPED]) == []


def _continue(qtbot: Any, kiosk: Kiosk) -> CertMrzScreen:
    screen = kiosk.window.screens[CertMrzScreen]
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is not State.CERT_READING, timeout=5000)
    return screen


def test_typed_before_the_other_card_is_in(qtbot: Any, kiosk: Kiosk, card: MockCardReader) -> None:
    card.set_fault("cloned_dg1")
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    type_mrz_fields(kiosk)
    _continue(qtbot, kiosk)
    assert kiosk.flow.state is State.CERT_ERROR
    card.set_fault("none")
    card.remove()
    qtbot.wait(50)
    tap(button(kiosk, tr("cert", "Try another ID card")))
    type_mrz_fields(kiosk)
    screen = _continue(qtbot, kiosk)
    assert kiosk.flow.state is State.CERT_MRZ
    assert render(CardRemoved.resident_message) in screen.message.text()
    assert [screen.field_buttons[n].text() for n in screen.FIELDS] == list(KIM_TYPED)
    card.insert()
    qtbot.wait(50)
    _continue(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
