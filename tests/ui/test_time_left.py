"""Every screen that returns home by itself shows the time left (docs/accessibility.md, "Time").

The "temporarily unavailable" screen went home after 30 s without saying so,
and the language screen said it only in its last 25 s, in the warning.
"""

from __future__ import annotations

from enum import Enum

import pytest

from kiosk.journeys import flow as f
from tools.a11y.audit import _prepare
from ui.app.compose import Kiosk
from ui.resident.window import SCREENS


@pytest.mark.parametrize("state", list(SCREENS), ids=lambda state: state.value)
def test_a_screen_with_a_time_limit_says_how_long_is_left(kiosk: Kiosk, state: Enum) -> None:
    _prepare(kiosk, state)
    kiosk.flow.handle(f.Touch())  # the limit starts now
    limit = kiosk.flow.time_limit_s()
    window = kiosk.window
    window.tick()
    screen = window.current_screen
    if limit is None:
        # Home (at the defaults) and the steps that wait on a device have no limit.
        assert screen.countdown is None or not screen.countdown.text()
        return
    assert screen.countdown is not None and screen.countdown.isVisible()
    assert screen.countdown.text() == f"{int(limit)}초 뒤 처음 화면으로 돌아갑니다"
