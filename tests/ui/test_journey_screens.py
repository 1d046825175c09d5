"""Every state of the resident flow has a screen to show it."""

from __future__ import annotations

from kiosk.journeys.flow import State
from ui.resident.screens.base import all_screens


def test_every_state_has_a_screen() -> None:
    assert set(all_screens()) == set(State)
