"""The programme registration part of ``kiosk demo``: 아침 요가 registered with a mobile number.

Home → other services → course registration → the course → its details →
the number on the keypad → the name on the Hangul keyboard → the slip; then
the counter terminal's course registration panel with that registration. One screenshot per step; the slip is
saved with the other printouts.
"""

from __future__ import annotations

from typing import Any

from kiosk.journeys.programmes import ProgrammesJourney
from kiosk.journeys.programmes import ProgrammesState as S
from ui.demo.events import go_home
from ui.demo.runner import DemoRunner
from ui.resident.screens.centre import CentreMenuScreen
from ui.resident.screens.home import HomeScreen
from ui.resident.screens.programmes import (
    ProgrammesCourseScreen,
    ProgrammesListScreen,
    ProgrammesNameScreen,
    ProgrammesPhoneScreen,
)

#: Screenshots this part takes (``ui.demo.script.SCREENS`` counts them).
SHOTS = 7


def programmes_demo(runner: DemoRunner, profile: Any) -> None:
    kiosk = runner.kiosk
    window = kiosk.window
    if not ProgrammesJourney.enabled(kiosk.config):
        return
    go_home(kiosk)
    home = window.screens[HomeScreen]
    assert home.centre_button is not None
    runner.tap(home.centre_button)
    runner.shoot("centre-menu")
    runner.tap(window.screens[CentreMenuScreen].buttons["programmes"][0])
    runner.wait_until(lambda: kiosk.flow.state is S.LIST)
    runner.shoot("programmes-list")
    runner.tap(window.screens[ProgrammesListScreen].buttons["yoga"])
    runner.shoot("programmes-course")
    runner.tap(window.screens[ProgrammesCourseScreen].confirm_button)
    phone = window.screens[ProgrammesPhoneScreen]
    assert isinstance(phone, ProgrammesPhoneScreen)
    runner.shoot("programmes-phone")
    for char in "01012345678":
        runner.tap(phone.keypad.keys[char])
    runner.shoot("programmes-phone-typed")
    runner.tap(phone.next_button)
    name = window.screens[ProgrammesNameScreen]
    assert isinstance(name, ProgrammesNameScreen)
    for key in "ㄱㅣㅁㅁㅣㄴㅇㅜㅓㄴ":  # 김민원
        runner.tap(name.keyboard.keys[key])
    runner.shoot("programmes-name")
    runner.tap(name.continue_button)
    runner.wait_until(lambda: kiosk.flow.state is S.DONE)
    runner.shoot("programmes-done")
    runner.save_printouts(profile)
    runner.go_home()
