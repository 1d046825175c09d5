"""Every state of the resident flow has a screen to show it."""

from __future__ import annotations

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys.flow import State
from kiosk.journeys.resident import ResidentFlow
from ui.resident.window import SCREENS


def test_every_state_has_a_screen(config: KioskConfig, clock: FakeClock) -> None:
    flow = ResidentFlow(config, clock)
    states = {State.HOME, State.LANGUAGE, State.UNAVAILABLE}
    for journey in flow.journeys:
        states |= set(journey.steps)
    assert set(SCREENS) == states
