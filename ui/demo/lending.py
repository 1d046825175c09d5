"""The demo's tool loan and parcel question (``kiosk.journeys.lending``).

A resident borrows a drill with their mobile number and takes the slip;
then, after staff logged a parcel for another number, that resident asks
whether a parcel is kept for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.lending_store import Lending
from kiosk.journeys import centre as ce
from kiosk.journeys import lending as le
from kiosk.journeys.flow import GoHome, State
from ui.demo.events import pump, wait_until
from ui.resident.screens.centre import CentreMenuScreen, PhoneEntryScreen
from ui.resident.screens.home import HomeScreen
from ui.resident.screens.lending import (
    LendingConfirmScreen,
    LendingHomeScreen,
    LendingItemsScreen,
)

#: Screenshots this part of the demo takes.
SHOTS = 8


def _wait(kiosk: Any, state: object) -> None:
    wait_until(lambda: kiosk.flow.state is state, 15.0, f"the {state} screen")


def _type_number(screen: PhoneEntryScreen[Any], digits: str) -> None:
    for char in digits:
        screen.keypad.keys[char].click()
    pump(0.02)


def _to_lending(kiosk: Any, shoot: Callable[[str], None] | None = None) -> LendingHomeScreen:
    window = kiosk.window
    home = window.current_screen
    assert isinstance(home, HomeScreen) and home.centre_button is not None
    home.centre_button.click()
    _wait(kiosk, ce.CentreState.MENU)
    menu = window.current_screen
    assert isinstance(menu, CentreMenuScreen)
    if shoot is not None:
        shoot("centre-menu")
    menu.buttons["lending"][0].click()
    _wait(kiosk, le.LendingState.HOME)
    screen = window.current_screen
    assert isinstance(screen, LendingHomeScreen)
    return screen


def lending_demo(kiosk: Any, data_dir: Any, shoot: Callable[[str], None]) -> None:
    """Borrow a drill, then ask about a parcel."""
    if not le.LendingJourney.enabled(kiosk.config):
        return
    window = kiosk.window
    window.send(GoHome())
    pump(0.1)
    shoot("centre-menu-home")
    lending = _to_lending(kiosk, shoot)
    shoot("lending-home")
    lending.borrow.click()
    _wait(kiosk, le.LendingState.ITEMS)
    items = window.current_screen
    assert isinstance(items, LendingItemsScreen)
    shoot("lending-items")
    items.buttons["drill"].click()
    _wait(kiosk, le.LendingState.PHONE)
    phone = window.current_screen
    assert isinstance(phone, PhoneEntryScreen)
    _type_number(phone, "01012345678")
    shoot("lending-phone")
    phone.next_button.click()
    _wait(kiosk, le.LendingState.CONFIRM)
    confirm = window.current_screen
    assert isinstance(confirm, LendingConfirmScreen)
    shoot("lending-confirm")
    confirm.confirm.click()
    _wait(kiosk, le.LendingState.DONE)
    shoot("lending-done")
    window.send(GoHome())
    _wait(kiosk, State.HOME)

    # Staff at the counter logged a parcel for another resident.
    staff = Lending(
        kiosk.engine, kiosk.config, kiosk.clock, PersonalDataKey.load_or_create(data_dir)
    )
    staff.log_parcel("01098765432", "택배 상자 (중)")
    lending = _to_lending(kiosk)
    lending.parcels.click()
    _wait(kiosk, le.LendingState.PHONE)
    phone = window.current_screen
    assert isinstance(phone, PhoneEntryScreen)
    _type_number(phone, "01098765432")
    phone.next_button.click()
    _wait(kiosk, le.LendingState.PARCELS)
    shoot("lending-parcels")
    window.send(GoHome())
    pump(0.1)
