"""Queue tickets: their states, allowed transitions and display codes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from kiosk.config import ServiceConfig


class TicketState(Enum):
    ISSUED = "issued"
    PRINTED = "printed"
    PRINT_FAILED = "print_failed"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


#: state -> states it may move to. A print_failed ticket can be reprinted.
TRANSITIONS: dict[TicketState, frozenset[TicketState]] = {
    TicketState.ISSUED: frozenset(
        {TicketState.PRINTED, TicketState.PRINT_FAILED, TicketState.CANCELLED}
    ),
    TicketState.PRINTED: frozenset({TicketState.CALLED, TicketState.CANCELLED}),
    TicketState.PRINT_FAILED: frozenset(
        {TicketState.PRINTED, TicketState.PRINT_FAILED, TicketState.CALLED, TicketState.CANCELLED}
    ),
    TicketState.CALLED: frozenset(
        {TicketState.CALLED, TicketState.SERVING, TicketState.NO_SHOW, TicketState.CANCELLED}
    ),
    TicketState.SERVING: frozenset({TicketState.DONE}),
    TicketState.DONE: frozenset(),
    TicketState.NO_SHOW: frozenset(),
    TicketState.CANCELLED: frozenset(),
}

#: Tickets still waiting to be called. A print_failed ticket waits too: the
#: resident saw the number on screen and staff see the failure.
WAITING_STATES: frozenset[TicketState] = frozenset(
    {TicketState.ISSUED, TicketState.PRINTED, TicketState.PRINT_FAILED}
)


class InvalidTransitionError(ValueError):
    pass


def predecessors(target: TicketState) -> frozenset[TicketState]:
    return frozenset(s for s, nexts in TRANSITIONS.items() if target in nexts)


def display_code(service: ServiceConfig, number: int) -> str:
    """``A-012`` for a prefixed service; the wrapped band number (``512``) otherwise."""
    if service.prefix is not None:
        return f"{service.prefix}-{number:03d}"
    assert service.band is not None
    first, last = service.band
    return f"{first + (number - 1) % (last - first + 1):03d}"


def code_number(service: ServiceConfig, code: str) -> int | None:
    """The smallest number ``n >= 1`` with ``display_code(service, n) == code``, if any.

    None for a code the service cannot give (another prefix, outside its band).
    """
    if service.prefix is not None:
        head, _, digits = code.rpartition("-")
        if head != service.prefix or not digits.isdigit():
            return None
        return int(digits) or None
    assert service.band is not None
    first, last = service.band
    if not code.isdigit() or not first <= int(code) <= last:
        return None
    return int(code) - first + 1


@dataclass(frozen=True)
class Ticket:
    id: int
    service_id: str
    business_day: date
    number: int
    display_code: str
    issued_at: datetime
    priority: bool
    state: TicketState
    kiosk_id: str
    print_attempts: int
    #: The counter that last called it (None before its first call).
    counter: int | None = None
    #: The service a counter transferred it to (None: it waits in its own).
    queue_service_id: str | None = None


@dataclass(frozen=True)
class IssuedTicket:
    """A ticket with what the resident is told about it at issue time."""

    ticket: Ticket
    people_ahead: int
    wait_minutes: int
    #: The secret of the ticket's status page (``[follow]`` enabled), else None.
    follow_token: str | None = None
