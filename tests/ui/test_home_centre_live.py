"""A centre service a technician turns off or on shows on the home screen at once."""

from __future__ import annotations

from typing import Any

from kiosk.journeys import flow as f
from kiosk.journeys.centre import CentreState
from kiosk.journeys.flow import State
from kiosk.journeys.resident import CENTRE_SERVICES
from kiosk.journeys.welfare import WelfareJourney
from tests.support.resident_screen import as_read, centre_button, home_screen, screen_text, tap
from ui.app.compose import Kiosk
from ui.common.i18n import render


def _listed(kiosk: Kiosk) -> str:
    """The services the home screen's "other services" button lists, as read."""
    return as_read(centre_button(kiosk).text())


def test_a_centre_service_turned_off_and_on_leaves_and_rejoins_the_home_button(
    qtbot: Any, kiosk: Kiosk
) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    welfare = render(WelfareJourney.title)
    assert welfare in _listed(kiosk)

    assert controller.apply("welfare.enabled", False) == []
    assert welfare not in _listed(kiosk)
    tap(centre_button(kiosk))
    assert kiosk.flow.state is CentreState.MENU

    kiosk.window.send(f.GoHome())
    assert kiosk.flow.state is State.HOME
    assert controller.apply("welfare.enabled", True) == []
    assert welfare in _listed(kiosk)


def test_with_every_centre_service_off_home_offers_no_other_services(
    qtbot: Any, kiosk: Kiosk
) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    changes = [(f"{journey.service_id}.enabled", False) for journey in CENTRE_SERVICES]
    assert controller.apply_many(changes) == []
    assert kiosk.flow.state is State.HOME
    # Before, the button stayed with all four listed, and a tap did nothing.
    assert home_screen(kiosk).centre_button is None
    for journey in CENTRE_SERVICES:
        assert render(journey.title) not in screen_text(kiosk)
