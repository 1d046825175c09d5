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
from typing import Any

from kiosk.journeys.flow import GoHome, State
from kiosk.journeys.participation import SERVICE_ID, ParticipationState
from ui.demo.certificates import typed_mrz
from ui.demo.events import (
    fill_fields,
    go_home,
    open_centre_service,
    pump,
    screen_at,
    tap,
    wait_for_state,
)
from ui.resident.screens.certificate import CertMrzScreen
from ui.resident.screens.participation import (
    ParticipationChooseScreen,
    ParticipationConfirmScreen,
    ParticipationHomeScreen,
    ParticipationPollScreen,
)

#: Screenshots this part of the demo takes.
SHOTS = 9


def _open(kiosk: Any) -> ParticipationHomeScreen:
    """Home -> other services -> residents' council."""
    open_centre_service(kiosk, SERVICE_ID)
    return screen_at(kiosk, ParticipationState.HOME, ParticipationHomeScreen)


def _identify(kiosk: Any, shoot: Callable[[str], object] | None, resident: str) -> None:
    """ "Vote with my ID card" on the poll screen, then the details typed on the ID screen."""
    # The resident's own card in the reader (the demo's last certificate was someone else's).
    kiosk.window.cert.card.reader.insert(resident)
    poll = kiosk.window.current_screen
    assert isinstance(poll, ParticipationPollScreen)
    tap(poll.vote_button)
    mrz = screen_at(kiosk, State.CERT_MRZ, CertMrzScreen)
    fill_fields(mrz, zip(mrz.FIELDS, typed_mrz(resident), strict=True))
    if shoot is not None:
        shoot("participation-id-card")
    tap(mrz.continue_button)


def participation_demo(kiosk: Any, shoot: Callable[[str], object]) -> None:
    """One notice read, one vote counted, one second vote refused."""
    if not kiosk.config.participation.enabled or kiosk.window.cert is None:
        return
    window = kiosk.window
    window.send(GoHome())
    pump(0.1)
    screen = _open(kiosk)
    shoot("participation-home")
    tap(next(iter(screen.notice_buttons.values())))
    wait_for_state(kiosk, ParticipationState.NOTICE)
    shoot("participation-notice")
    back = window.current_screen.back_button
    assert back is not None
    tap(back)
    wait_for_state(kiosk, ParticipationState.HOME)
    poll_id = (
        "budget-2027" if "budget-2027" in screen.poll_buttons else next(iter(screen.poll_buttons))
    )
    tap(screen.poll_buttons[poll_id])
    wait_for_state(kiosk, ParticipationState.POLL)
    shoot("participation-poll")
    _identify(kiosk, shoot, "demo-kim")
    choose = screen_at(kiosk, ParticipationState.CHOOSE, ParticipationChooseScreen)
    shoot("participation-choose")
    tap(next(iter(choose.buttons.values())))
    confirm = screen_at(kiosk, ParticipationState.CONFIRM, ParticipationConfirmScreen)
    shoot("participation-confirm")
    tap(confirm.cast_button)
    wait_for_state(kiosk, ParticipationState.DONE)
    shoot("participation-counted")
    # The same resident tries to vote again in the same poll.
    go_home(kiosk)
    screen = _open(kiosk)
    tap(screen.poll_buttons[poll_id])
    wait_for_state(kiosk, ParticipationState.POLL)
    _identify(kiosk, None, "demo-kim")
    wait_for_state(kiosk, ParticipationState.REFUSED)
    shoot("participation-already-voted")
    go_home(kiosk)
    shoot("participation-home-again")
