"""Resident participation in ``kiosk demo``: read a notice, vote with the mock ID card, try again.

``participation_demo(kiosk, shoot)`` opens the other-services menu and the
residents' council screen, reads the first notice, opens the budget vote,
identifies with the mock card reader (demo-kim, the details typed on the ID
screen's keypad), chooses an option and casts the vote; then it starts a
second vote in the same poll with the same card and is told the resident
has already voted. ``shoot(name)`` is called at each step.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtWidgets import QPushButton

from kiosk.journeys.flow import GoHome, State
from kiosk.journeys.participation import SERVICE_ID, ParticipationState
from ui.common.keypad import CLEAR
from ui.demo.certificates import typed_mrz
from ui.demo.events import pump, wait_until
from ui.resident.screens.centre import CentreMenuScreen
from ui.resident.screens.certificate import CertMrzScreen
from ui.resident.screens.home import HomeScreen
from ui.resident.screens.participation import (
    ParticipationChooseScreen,
    ParticipationConfirmScreen,
    ParticipationHomeScreen,
    ParticipationPollScreen,
)

#: Screenshots this part of the demo takes.
SHOTS = 9


def _tap(button: QPushButton) -> None:
    button.click()
    pump(0.02)


def _wait(kiosk: Any, state: Enum, timeout_s: float = 15.0) -> None:
    wait_until(lambda: kiosk.flow.state is state, timeout_s, f"the {state.value} screen")


def _open(kiosk: Any) -> ParticipationHomeScreen:
    """Home -> other services -> residents' council."""
    home = kiosk.window.current_screen
    assert isinstance(home, HomeScreen) and home.centre_button is not None
    _tap(home.centre_button)
    menu = kiosk.window.current_screen
    assert isinstance(menu, CentreMenuScreen)
    _tap(menu.buttons[SERVICE_ID][0])
    _wait(kiosk, ParticipationState.HOME)
    screen = kiosk.window.current_screen
    assert isinstance(screen, ParticipationHomeScreen)
    return screen


def _identify(kiosk: Any, shoot: Callable[[str], object] | None, resident: str) -> None:
    """ "Vote with my ID card" on the poll screen, then the details typed on the ID screen."""
    # The resident's own card in the reader (the demo's last certificate was someone else's).
    kiosk.window.cert.card.reader.insert(resident)
    poll = kiosk.window.current_screen
    assert isinstance(poll, ParticipationPollScreen)
    _tap(poll.vote_button)
    _wait(kiosk, State.CERT_MRZ)
    mrz = kiosk.window.current_screen
    assert isinstance(mrz, CertMrzScreen)
    for name, value in zip(mrz.FIELDS, typed_mrz(resident), strict=True):
        _tap(mrz.field_buttons[name])
        _tap(mrz.keypad.keys[CLEAR])
        for char in value:
            _tap(mrz.keypad.keys[char])
    if shoot is not None:
        shoot("participation-id-card")
    _tap(mrz.continue_button)


def participation_demo(kiosk: Any, shoot: Callable[[str], object]) -> None:
    """One notice read, one vote counted, one second vote refused."""
    if not kiosk.config.participation.enabled or kiosk.window.cert is None:
        return
    window = kiosk.window
    window.send(GoHome())
    pump(0.1)
    screen = _open(kiosk)
    shoot("participation-home")
    _tap(next(iter(screen.notice_buttons.values())))
    _wait(kiosk, ParticipationState.NOTICE)
    shoot("participation-notice")
    back = window.current_screen.back_button
    assert back is not None
    _tap(back)
    _wait(kiosk, ParticipationState.HOME)
    poll_id = (
        "budget-2027" if "budget-2027" in screen.poll_buttons else next(iter(screen.poll_buttons))
    )
    _tap(screen.poll_buttons[poll_id])
    _wait(kiosk, ParticipationState.POLL)
    shoot("participation-poll")
    _identify(kiosk, shoot, "demo-kim")
    _wait(kiosk, ParticipationState.CHOOSE)
    choose = window.current_screen
    assert isinstance(choose, ParticipationChooseScreen)
    shoot("participation-choose")
    _tap(next(iter(choose.buttons.values())))
    _wait(kiosk, ParticipationState.CONFIRM)
    confirm = window.current_screen
    assert isinstance(confirm, ParticipationConfirmScreen)
    shoot("participation-confirm")
    _tap(confirm.cast_button)
    _wait(kiosk, ParticipationState.DONE)
    shoot("participation-counted")
    # The same resident tries to vote again in the same poll.
    window.send(GoHome())
    _wait(kiosk, State.HOME)
    screen = _open(kiosk)
    _tap(screen.poll_buttons[poll_id])
    _wait(kiosk, ParticipationState.POLL)
    _identify(kiosk, None, "demo-kim")
    _wait(kiosk, ParticipationState.REFUSED)
    shoot("participation-already-voted")
    window.send(GoHome())
    _wait(kiosk, State.HOME)
    shoot("participation-home-again")
