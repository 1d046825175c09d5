"""Every screen that returns home by itself shows the time left (docs/accessibility.md, "Time").

The "temporarily unavailable" screen went home after 30 s without saying so,
and the language screen said it only in its last 25 s, in the warning.
"""

from __future__ import annotations

from kiosk.journeys import flow as f
from tools.a11y.audit import _prepare
from ui.app.compose import Kiosk
from ui.resident.window import SCREENS


def test_every_screen_with_a_time_limit_says_how_long_is_left(kiosk: Kiosk) -> None:
    window = kiosk.window
    wrong: dict[str, str] = {}
    limited = 0
    for state in SCREENS:
        _prepare(kiosk, state)
        kiosk.flow.handle(f.Touch())  # the limit starts now
        limit = kiosk.flow.time_limit_s()
        window.tick()
        screen = window.current_screen
        shown = screen.countdown.text() if screen.countdown is not None else ""
        if limit is None:
            # Home (at the defaults) and the steps that wait on a device have no limit.
            expected = ""
        else:
            limited += 1
            expected = f"{int(limit)}초 뒤 처음 화면으로 돌아갑니다"
            if screen.countdown is None or not screen.countdown.isVisible():
                shown = "(no countdown shown)"
        if shown != expected:
            wrong[state.value] = shown
    assert not wrong
    assert limited > 30  # the steps, the ticket screens, the language and unavailable screens
