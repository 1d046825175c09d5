"""A course turned off or on by a technician while the kiosk runs, as residents see the list."""

from __future__ import annotations

from typing import Any

from kiosk.journeys.flow import GoHome, State
from kiosk.journeys.programmes import ProgrammesState as S
from tests.support.resident_screen import centre_button, tap
from ui.app.compose import Kiosk
from ui.resident.screens.programmes import ProgrammesListScreen
from ui.resident.voice import ordered_controls


def _to_list(qtbot: Any, kiosk: Kiosk) -> ProgrammesListScreen:
    tap(centre_button(kiosk))
    tap(kiosk.window.current_screen.buttons["programmes"][0])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: kiosk.flow.state is S.LIST, timeout=5000)
    listing = kiosk.window.current_screen
    assert isinstance(listing, ProgrammesListScreen)
    return listing


def _home(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.window.send(GoHome())
    qtbot.waitUntil(lambda: kiosk.flow.state is State.HOME, timeout=5000)


def _listed(listing: ProgrammesListScreen) -> list[str]:
    return [course for course, button in listing.buttons.items() if button.isVisible()]


def test_a_course_turned_off_live_leaves_the_list_and_one_turned_on_joins_it(
    qtbot: Any, kiosk: Kiosk
) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    assert controller.apply("programmes.courses[1].enabled", False) == []
    listing = _to_list(qtbot, kiosk)  # the list's buttons are built now
    assert _listed(listing) == ["yoga", "smartphone", "singing"]
    _home(qtbot, kiosk)
    assert controller.apply("programmes.courses[0].enabled", False) == []
    assert controller.apply("programmes.courses[1].enabled", True) == []
    listing = _to_list(qtbot, kiosk)
    # Was: yoga still listed as 'Registration has closed', calligraphy missing until a restart.
    assert _listed(listing) == ["calligraphy", "smartphone", "singing"]
    # The keypad's walk through the screen (voice mode) passes the listed ones only.
    walked = [b.accessibleName() for b in ordered_controls(listing)]
    assert not any("아침 요가" in name for name in walked)
    assert any("서예" in name for name in walked)
