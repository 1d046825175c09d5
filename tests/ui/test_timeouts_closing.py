"""Closing screens warn and give more time; the time left is always in sight.

The take-your-ticket screen and the other closing screens went home after
20 s with no warning and no "more time"; and the time left was the last line
of the scrolled page, below the fold at 200 % text and in Vietnamese.
"""

from __future__ import annotations

from itertools import product

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.journeys import flow as f
from tests.support.looks import visible_rect
from tools.a11y.audit import _in_look, _prepare
from ui.app.compose import Kiosk
from ui.common.i18n import numbers_with_units, tr


def _closing(kiosk: Kiosk) -> list[f.State]:
    flow = kiosk.flow
    return [s for j in flow.journeys for s, step in j.steps.items() if step is f.Step.DONE]


def test_every_closing_screen_warns_and_gives_more_time(kiosk: Kiosk) -> None:
    window = kiosk.window
    closing = _closing(kiosk)
    assert {s.value for s in closing} >= {
        "ticket",
        "cert_done",
        "welfare_done",
        "programmes_done",
        "lending_parcels",
        "participation_refused",
    }
    for state in closing:
        _prepare(kiosk, state)
        kiosk.flow.handle(f.Touch())  # the screen's time starts now
        limit = kiosk.flow.time_limit_s()
        assert limit is not None
        kiosk.clock.advance(limit - 21)  # type: ignore[attr-defined]
        window.tick()
        assert window.time_warning.isVisible(), state
        assert "21" in window.time_warning.label.text()
        assert not window.current_screen.countdown.isVisible()  # the warning says it
        window.time_warning.button.click()
        assert kiosk.flow.state is state and not window.time_warning.isVisible()
        deadline = kiosk.flow.deadline()
        assert deadline is not None and deadline.remaining_s == limit
        window.tick()
        assert window.current_screen.countdown.isVisible()


SOME_STEPS = (f.State.LANGUAGE, f.State.UNAVAILABLE, f.State.PRINT_ERROR, f.State.CERT_SUMMARY)


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_the_time_left_is_in_sight_in_every_look(kiosk: Kiosk, language: str) -> None:
    app = QApplication.instance()
    assert app is not None
    hidden = []
    for state, zoom, low in product((*_closing(kiosk), *SOME_STEPS), (1.0, 2.0), (False, True)):
        _in_look(kiosk, "standard", language)
        kiosk.flow.session.text_zoom = zoom
        kiosk.flow.session.low_screen = low
        kiosk.window.apply_look()
        _prepare(kiosk, state)
        kiosk.window.tick()
        for _ in range(3):
            app.processEvents()
        countdown = kiosk.window.current_screen.countdown
        assert countdown is not None and countdown.isVisible(), state
        seen = visible_rect(countdown)
        if seen.height() < countdown.height() or seen.width() < countdown.width():
            hidden.append(
                f"{state.value} {zoom:.0%} low={low}: {seen.height()}/{countdown.height()}"
            )
    assert hidden == []


def test_at_big_text_the_time_left_is_short_and_read_whole(kiosk: Kiosk) -> None:
    _in_look(kiosk, "large_text", "en")
    _prepare(kiosk, f.State.TICKET)
    kiosk.flow.handle(f.Touch())
    kiosk.window.tick()
    countdown = kiosk.window.current_screen.countdown
    assert countdown.text() == numbers_with_units(
        tr("nav", "First screen in {seconds} s", seconds=35)
    )
    assert countdown.accessibleName() == tr(
        "nav", "Returning to the first screen in {seconds} s", seconds=35
    )
