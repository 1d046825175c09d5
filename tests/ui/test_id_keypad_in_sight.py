"""The ID details screen keeps its whole keypad and Continue in sight.

At the end of the scrolled body, the keypad's letter rows and Continue lay
below the fold in every language, even on the full-height screen, and a
document number starts with a letter; lowered, only the digits showed. The
keypad is pinned under the body now (as a phone's keyboard is), and the
field being typed into is scrolled to.
"""

from __future__ import annotations

from itertools import product
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.journeys import flow as f
from tests.support.looks import shown_as, whole_in_sight
from tests.support.resident_screen import button, cert_button, tap, type_mrz_fields
from ui.app.compose import Kiosk
from ui.resident.screens.certificate import CertMrzScreen


def _id_screen(kiosk: Kiosk, language: str, *, zoom: float, low: bool) -> CertMrzScreen:
    return shown_as(CertMrzScreen, kiosk, f.State.CERT_MRZ, language, zoom=zoom, low=low)


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_every_key_and_continue_are_in_sight_at_normal_text(kiosk: Kiosk, language: str) -> None:
    hidden = []
    for low in (False, True):
        screen = _id_screen(kiosk, language, zoom=1.0, low=low)
        for key in [*screen.keypad.keys.values(), screen.continue_button]:
            if not whole_in_sight(key):
                hidden.append(f"low={low}: {key.text()!r}")
    assert hidden == []


@pytest.mark.parametrize(("language", "low"), list(product(["ko", "vi"], [False, True])))
def test_the_field_typed_into_is_scrolled_to(kiosk: Kiosk, language: str, low: bool) -> None:
    screen = _id_screen(kiosk, language, zoom=1.0, low=low)
    app = QApplication.instance()
    assert app is not None
    for field in screen.FIELDS:
        screen.select(field)
        app.processEvents()
        assert whole_in_sight(screen.field_buttons[field]), field
    # Typing into the last field keeps it in sight too.
    screen.key("8")
    app.processEvents()
    assert whole_in_sight(screen.field_buttons[screen.FIELDS[-1]])


def test_at_big_text_the_keypad_ends_the_page(kiosk: Kiosk) -> None:
    # Pinned at 200 %, the keypad would leave the page too little room.
    screen = _id_screen(kiosk, "ko", zoom=2.0, low=False)
    assert screen.body_scroll.widget().isAncestorOf(screen.keypad)
    screen = _id_screen(kiosk, "ko", zoom=1.0, low=False)
    assert not screen.body_scroll.widget().isAncestorOf(screen.keypad)


@pytest.mark.parametrize("low", [False, True], ids=["full", "lowered"])
def test_a_wrong_check_digit_is_told_in_sight(qtbot: Any, kiosk: Kiosk, low: bool) -> None:
    # Under the pinned keypad the message came below the last field, out of
    # sight: Continue seemed to do nothing.
    kiosk.window.set_low_screen(low)
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    type_mrz_fields(kiosk, ("M123456781", "8503150", "3201015"))  # a wrong check digit
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: bool(screen.message.text()), timeout=3000)
    qtbot.waitUntil(lambda: whole_in_sight(screen.message), timeout=3000)


@pytest.mark.parametrize("language", ["ko", "vi"])
def test_voice_mode_moving_between_fields_scrolls_to_them(kiosk: Kiosk, language: str) -> None:
    screen = _id_screen(kiosk, language, zoom=1.0, low=True)
    app = QApplication.instance()
    assert app is not None
    kiosk.flow.session.voice = True
    for char in "M12345678":
        screen.key(char)
    assert screen.keypad_typing(int(Qt.Key.Key_Enter)) is not None  # on to the date of birth
    app.processEvents()
    assert screen.active == "birth_date" and whole_in_sight(screen.field_buttons["birth_date"])
