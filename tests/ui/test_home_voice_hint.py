"""Home's voice-guide hint is read before the services, in sight in every language.

At the foot of the services it lay below the fold in English, Chinese and
Vietnamese: the residents it is for (poor sight, little reading) never saw
that a keypad key starts the spoken guide. At 200 % text and on a lowered
screen it stays under the services, beside the voice button it names: above
them, in Vietnamese at 200 % it took the whole screen and hid every service,
and on a lowered screen it pushed the last service out of sight.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.journeys import flow as f
from tests.ui.test_ticket_number_in_sight import visible_rect
from tools.a11y.audit import _in_look, _prepare
from ui.app.compose import Kiosk
from ui.resident.screens.home import HomeScreen


def _home(kiosk: Kiosk, language: str, *, zoom: float, low: bool) -> HomeScreen:
    _in_look(kiosk, "standard", language)
    kiosk.flow.session.text_zoom = zoom
    kiosk.flow.session.low_screen = low
    kiosk.window.apply_look()
    _prepare(kiosk, f.State.HOME)
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):  # a change of typeface can take more than one layout pass
        app.processEvents()
    screen = kiosk.window.current_screen
    assert isinstance(screen, HomeScreen)
    return screen


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_the_voice_hint_is_wholly_in_sight_above_the_services(kiosk: Kiosk, language: str) -> None:
    home = _home(kiosk, language, zoom=1.0, low=False)
    hint = home.voice_hint
    assert "키패드" in hint.text() if language == "ko" else hint.text()
    seen = visible_rect(hint)
    assert (seen.width(), seen.height()) == (hint.width(), hint.height())
    first_service = home.service_buttons[0]
    assert (
        hint.geometry().bottom()
        < first_service.mapTo(hint.parentWidget(), first_service.rect().topLeft()).y()
    )


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
@pytest.mark.parametrize(("zoom", "low"), [(2.0, False), (1.0, True)], ids=["big", "lowered"])
def test_at_big_text_and_lowered_the_first_service_comes_before_the_hint(
    kiosk: Kiosk, language: str, zoom: float, low: bool
) -> None:
    home = _home(kiosk, language, zoom=zoom, low=low)
    first_service = home.service_buttons[0]
    seen = visible_rect(first_service)
    assert seen.height() > 0
    assert (
        home.voice_hint.y()
        > first_service.mapTo(home.voice_hint.parentWidget(), first_service.rect().topLeft()).y()
    )
