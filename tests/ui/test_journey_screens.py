"""Every state of the resident flow has a screen to show it."""

from __future__ import annotations

from kiosk.journeys.flow import State
from ui.resident.window import SCREENS


def test_every_state_has_a_screen() -> None:
    assert set(SCREENS) == set(State)
