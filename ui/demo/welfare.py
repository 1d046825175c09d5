"""The welfare part of ``kiosk demo``: an anonymous crisis report (위기가구 신고) through the real window.

``welfare_demo(runner)`` taps from home to the centre services menu, the
welfare service, "report a neighbour in crisis", a situation, the 통/반 on
the keypad, "report without my number", confirm, and the receipt; one
screenshot per step, the receipt saved with the other printouts. Skipped
when the config does not offer welfare intake.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from kiosk.journeys.centre import CentreState
from kiosk.journeys.flow import GoHome, State
from kiosk.journeys.welfare import WelfareState
from ui.common.keypad import CLEAR
from ui.demo.events import pump, wait_until
from ui.resident.screens.centre import CentreMenuScreen
from ui.resident.screens.home import HomeScreen
from ui.resident.screens.welfare import (
    WelfareChoiceScreen,
    WelfareConfirmScreen,
    WelfareNumberScreen,
)

#: Screenshots this part takes (``ui.demo.script.SCREENS`` counts them).
SHOTS = 7


def _wait(kiosk: Any, state: Enum, timeout_s: float = 15.0) -> None:
    wait_until(lambda: kiosk.flow.state is state, timeout_s, f"the {state.value} screen")


def _tap(button: Any) -> None:
    button.click()
    pump(0.02)


def welfare_demo(runner: Any, profile: Any) -> None:
    kiosk = runner.kiosk
    if not kiosk.config.welfare.enabled:
        return
    window = kiosk.window
    window.send(GoHome())
    _wait(kiosk, State.HOME)
    home = window.current_screen
    assert isinstance(home, HomeScreen) and home.centre_button is not None
    _tap(home.centre_button)
    _wait(kiosk, CentreState.MENU)
    menu = window.current_screen
    assert isinstance(menu, CentreMenuScreen)
    runner.shoot("centre-menu")
    _tap(menu.buttons["welfare"][0])
    _wait(kiosk, WelfareState.CHOOSE)
    runner.shoot("welfare-choose")
    choose = window.current_screen
    assert isinstance(choose, WelfareChoiceScreen)
    _tap(choose.buttons["crisis"])
    _wait(kiosk, WelfareState.SITUATION)
    runner.shoot("welfare-situation")
    _tap(choose.buttons["skipped_meals"])
    _wait(kiosk, WelfareState.PLACE)
    place = window.current_screen
    assert isinstance(place, WelfareNumberScreen)
    for field, digits in (("tong", "12"), ("ban", "3")):
        _tap(place.field_buttons[field])
        _tap(place.keypad.keys[CLEAR])
        for digit in digits:
            _tap(place.keypad.keys[digit])
    runner.shoot("welfare-place")
    _tap(place.continue_button)
    _wait(kiosk, WelfareState.PHONE)
    runner.shoot("welfare-phone-optional")
    _tap(place.other_button)  # report without my number
    _wait(kiosk, WelfareState.CONFIRM)
    confirm = window.current_screen
    assert isinstance(confirm, WelfareConfirmScreen)
    runner.shoot("welfare-confirm")
    _tap(confirm.confirm_button)
    _wait(kiosk, WelfareState.DONE)
    runner.shoot("welfare-done")
    runner.save_printouts(profile)
    window.send(GoHome())
    _wait(kiosk, State.HOME)
