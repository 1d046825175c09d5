"""Voice mode: what a blind resident cannot see is said.

A display switch pressed by keypad says its new state, and the first screen
returning says so, whether the resident pressed hash or the ticket screen's
time ran out (the new session is silent: voice mode is off again).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.journeys.flow import State
from tests.ui.test_voice import _press, _press_to, _speaker, _start_voice
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.resident.screens.home import HomeScreen


def test_a_display_switch_says_its_new_state(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    contrast = kiosk.window.access_bar.contrast
    _press_to(kiosk, contrast, qtbot)
    assert kiosk.flow.session.theme == "high_contrast"
    name = tr("access", "Contrast")
    assert _speaker(kiosk).utterances[-1].text == f"{name}: {tr('access', 'on')}"
    _press(Qt.Key.Key_5, qtbot)
    assert kiosk.flow.session.theme == "standard"
    assert _speaker(kiosk).utterances[-1].text == f"{name}: {tr('access', 'off')}"


def test_hash_says_the_first_screen_returns(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    _press_to(kiosk, kiosk.window.screens[HomeScreen].language_button, qtbot)
    assert kiosk.flow.state is State.LANGUAGE
    _press(Qt.Key.Key_NumberSign, qtbot)
    assert kiosk.flow.state is State.HOME
    last = _speaker(kiosk).utterances[-1]
    assert last.text == tr("voice", "Returning to the first screen.")
    assert last.language == "ko"


def test_the_ticket_screen_timing_out_says_the_first_screen_returns(
    qtbot: Any, kiosk: Kiosk
) -> None:
    _start_voice(kiosk, qtbot)
    _press(Qt.Key.Key_5, qtbot)  # the focused first service: a ticket
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    limit = kiosk.flow.time_limit_s()
    assert limit is not None
    kiosk.clock.advance(limit + 1)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert kiosk.flow.state is State.HOME
    assert _speaker(kiosk).utterances[-1].text == tr("voice", "Returning to the first screen.")
