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
from kiosk.journeys import lending as le
from kiosk.journeys.flow import GoHome
from ui.demo.events import go_home, open_centre_service, pump, screen_at, wait_for_state
from ui.resident.screens.centre import PhoneEntryScreen
from ui.resident.screens.lending import (
    LendingConfirmScreen,
    LendingHomeScreen,
    LendingItemsScreen,
)

#: Screenshots this part of the demo takes.
SHOTS = 8


def _type_number(screen: PhoneEntryScreen[Any], digits: str) -> None:
    for char in digits:
        screen.keypad.keys[char].click()
    pump(0.02)


def _to_lending(kiosk: Any, shoot: Callable[[str], None] | None = None) -> LendingHomeScreen:
    open_centre_service(kiosk, "lending", shoot)
    return screen_at(kiosk, le.LendingState.HOME, LendingHomeScreen)


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
    items = screen_at(kiosk, le.LendingState.ITEMS, LendingItemsScreen)
    shoot("lending-items")
    items.buttons["drill"].click()
    phone = screen_at(kiosk, le.LendingState.PHONE, PhoneEntryScreen)
    _type_number(phone, "01012345678")
    shoot("lending-phone")
    phone.next_button.click()
    confirm = screen_at(kiosk, le.LendingState.CONFIRM, LendingConfirmScreen)
    shoot("lending-confirm")
    confirm.confirm.click()
    wait_for_state(kiosk, le.LendingState.DONE)
    shoot("lending-done")
    go_home(kiosk)

    # Staff at the counter logged a parcel for another resident.
    staff = Lending(
        kiosk.engine, kiosk.config, kiosk.clock, PersonalDataKey.load_or_create(data_dir)
    )
    staff.log_parcel("01098765432", "택배 상자 (중)")
    lending = _to_lending(kiosk)
    lending.parcels.click()
    phone = screen_at(kiosk, le.LendingState.PHONE, PhoneEntryScreen)
    _type_number(phone, "01098765432")
    phone.next_button.click()
    wait_for_state(kiosk, le.LendingState.PARCELS)
    shoot("lending-parcels")
    window.send(GoHome())
    pump(0.1)
