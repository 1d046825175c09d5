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

from kiosk.journeys import flow as f
from tests.support.looks import shown_as, visible_rect
from ui.app.compose import Kiosk
from ui.resident.screens.home import HomeScreen


def _home(kiosk: Kiosk, language: str, *, zoom: float, low: bool) -> HomeScreen:
    return shown_as(HomeScreen, kiosk, f.State.HOME, language, zoom=zoom, low=low)


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
def test_at_big_text_the_first_service_comes_before_the_hint(kiosk: Kiosk, language: str) -> None:
    home = _home(kiosk, language, zoom=2.0, low=False)
    first_service = home.service_buttons[0]
    assert visible_rect(first_service).height() > 0
    assert not kiosk.window.reserve_note.isVisible() and home.voice_hint.isVisible()
    top = first_service.mapTo(home.voice_hint.parentWidget(), first_service.rect().topLeft()).y()
    assert home.voice_hint.y() > top


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_lowered_the_hint_stands_above_reach_where_it_fits(kiosk: Kiosk, language: str) -> None:
    # The lowered home is where most kiosks start (the panel's top is out of a
    # wheelchair user's reach); at its foot the hint was cut in two. Above
    # reach is for reading: it stands there whole, or stays in the body.
    home = _home(kiosk, language, zoom=1.0, low=True)
    note = kiosk.window.reserve_note
    if language == "vi":  # four lines: more than the room above reach
        assert not note.isVisible() and home.voice_hint.isVisible()
        return
    assert note.isVisible() and not home.voice_hint.isVisible()
    assert note.text() == home.voice_hint.text()
    seen = visible_rect(note)
    assert (seen.width(), seen.height()) == (note.width(), note.height())
    # Away from home, and back on the full-height screen, it goes.
    kiosk.flow.session.low_screen = False
    kiosk.window.apply_look()
    assert not note.isVisible() and home.voice_hint.isVisible()
