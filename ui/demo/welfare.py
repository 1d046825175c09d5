"""The welfare part of ``kiosk demo``: an anonymous crisis report (위기가구 신고) through the real window.

``welfare_demo(runner)`` taps from home to the centre services menu, the
welfare service, "report a neighbour in crisis", a situation, the 통/반 on
the keypad, "report without my number", confirm, and the receipt; one
screenshot per step, the receipt saved with the other printouts. Skipped
when the config does not offer welfare intake.
"""

from __future__ import annotations

from typing import Any

from kiosk.journeys.welfare import WelfareState
from ui.demo.events import fill_fields, go_home, open_centre_service, screen_at, tap, wait_for_state
from ui.resident.screens.welfare import (
    WelfareChoiceScreen,
    WelfareConfirmScreen,
    WelfareNumberScreen,
)

#: Screenshots this part takes (``ui.demo.script.SCREENS`` counts them).
SHOTS = 7


def welfare_demo(runner: Any, profile: Any) -> None:
    kiosk = runner.kiosk
    if not kiosk.config.welfare.enabled:
        return
    go_home(kiosk)
    open_centre_service(kiosk, "welfare", runner.shoot)
    choose = screen_at(kiosk, WelfareState.CHOOSE, WelfareChoiceScreen)
    runner.shoot("welfare-choose")
    tap(choose.buttons["crisis"])
    wait_for_state(kiosk, WelfareState.SITUATION)
    runner.shoot("welfare-situation")
    tap(choose.buttons["skipped_meals"])
    place = screen_at(kiosk, WelfareState.PLACE, WelfareNumberScreen)
    fill_fields(place, (("tong", "12"), ("ban", "3")))
    runner.shoot("welfare-place")
    tap(place.continue_button)
    wait_for_state(kiosk, WelfareState.PHONE)
    runner.shoot("welfare-phone-optional")
    tap(place.other_button)  # report without my number
    confirm = screen_at(kiosk, WelfareState.CONFIRM, WelfareConfirmScreen)
    runner.shoot("welfare-confirm")
    tap(confirm.confirm_button)
    wait_for_state(kiosk, WelfareState.DONE)
    runner.shoot("welfare-done")
    runner.save_printouts(profile)
    go_home(kiosk)
