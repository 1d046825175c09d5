"""The queue-ticket journey: its events, effects and handlers.

The journey: the resident taps a service on the home screen -> the number
is issued and printed in one device job (ISSUING) -> "take your ticket"
(TICKET), which returns home by itself. If the printer fails, PRINT_ERROR
offers to print again or to cancel the number. ``kiosk.journeys.flow`` holds
the states and the navigation; this module, the ticket steps.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

from kiosk.i18n import N_, Text
from kiosk.journeys.flow import (
    Context,
    Effect,
    Event,
    Handlers,
    Journey,
    Report,
    State,
    Step,
)
from kiosk.ports.printer import PrintFailure, PrintResult
from kiosk.queue.tickets import IssuedTicket

TICKETS_UNAVAILABLE = N_(
    "flow", "Queue numbers are temporarily unavailable. Please ask at the counter."
)


# --- events (UI -> flow) -------------------------------------------------------


@dataclass(frozen=True)
class ChooseService(Event):
    service_id: str
    priority: bool = False


@dataclass(frozen=True)
class TicketIssued(Report):
    issued: IssuedTicket


@dataclass(frozen=True)
class IssueFailed(Report):
    """No number was issued. ``message`` says why to the resident (a full band,
    a clock the queue does not trust); None means the database did not answer."""

    reason: str
    message: Text | None = None


@dataclass(frozen=True)
class PrintFinished(Report):
    ticket_id: int
    result: PrintResult


class RetryPrint(Event):
    """Print the same number again (the printer was seen to)."""


class CancelTicket(Event):
    """Give the number up after the printer failed."""


# --- effects (flow -> UI) -------------------------------------------------------


@dataclass(frozen=True)
class IssueTicket(Effect):
    """Issue a number and print it at once (one device job: no round trip)."""

    service_id: str
    priority: bool
    language: str


@dataclass(frozen=True)
class PrintTicket(Effect):
    issued: IssuedTicket
    language: str


@dataclass(frozen=True)
class CancelIssuedTicket(Effect):
    ticket_id: int


# --- the journey -----------------------------------------------------------------


class TicketJourney(Journey):
    steps: ClassVar[Mapping[Enum, Step]] = {
        State.ISSUING: Step.WAITING,
        State.TICKET: Step.DONE,
        State.PRINT_ERROR: Step.ASKING,
    }
    printing = State.ISSUING
    unavailable = TICKETS_UNAVAILABLE

    def handlers(self) -> Handlers:
        return {
            ChooseService: self._on_choose_service,
            TicketIssued: self._on_ticket_issued,
            IssueFailed: self._on_issue_failed,
            PrintFinished: self._on_print_finished,
            RetryPrint: self._on_retry_print,
            CancelTicket: self._on_cancel_ticket,
        }

    def _on_choose_service(self, event: ChooseService) -> list[Effect]:
        flow = self.flow
        if flow.state is not State.HOME:
            return []  # a second tap while a ticket is being issued issues nothing
        service = next((s for s in flow.config.enabled_services if s.id == event.service_id), None)
        if service is None:
            return []
        if flow.offline:
            flow.show_unavailable(TICKETS_UNAVAILABLE)
            return []
        flow.context = Context(
            service_id=service.id,
            priority=event.priority and service.priority_allowed,
            printing=True,
        )
        flow.go(State.ISSUING)
        return [IssueTicket(service.id, flow.context.priority, flow.session.language)]

    def _on_ticket_issued(self, event: TicketIssued) -> list[Effect]:
        flow = self.flow
        if flow.state is not State.ISSUING or flow.context.issued is not None:
            return []
        flow.context.issued = event.issued
        flow.redraw()
        return []  # the device worker prints it right after issuing (IssueTicket)

    def _on_issue_failed(self, event: IssueFailed) -> list[Effect]:
        flow = self.flow
        if flow.state is not State.ISSUING:
            return []
        flow.context.printing = False
        flow.context.message = event.message or TICKETS_UNAVAILABLE
        flow.go(State.UNAVAILABLE, push=False)
        return []

    def _on_print_finished(self, event: PrintFinished) -> list[Effect]:
        flow = self.flow
        context = flow.context
        issued = context.issued
        if issued is None or issued.ticket.id != event.ticket_id:
            return []
        if flow.state not in (State.ISSUING, State.PRINT_ERROR):
            return []
        context.printing = False
        if event.result.ok:
            context.failure = None
            context.unchecked = event.result.unchecked
            flow.go(State.TICKET, push=False)
        else:
            context.failure = event.result.failure or PrintFailure.ERROR
            if flow.state is State.PRINT_ERROR:
                flow.redraw()
            else:
                flow.go(State.PRINT_ERROR, push=False)
        return []

    def _waiting_for_a_decision(self) -> IssuedTicket | None:
        """The number on the print-error screen, unless it is printing again."""
        context = self.flow.context
        if self.flow.state is not State.PRINT_ERROR or context.printing:
            return None
        return context.issued

    def _on_retry_print(self, event: RetryPrint) -> list[Effect]:
        issued = self._waiting_for_a_decision()
        if issued is None:
            return []
        self.flow.context.printing = True
        self.flow.redraw()
        return [PrintTicket(issued, self.flow.session.language)]

    def _on_cancel_ticket(self, event: CancelTicket) -> list[Effect]:
        issued = self._waiting_for_a_decision()
        if issued is None:
            return []
        return [CancelIssuedTicket(issued.ticket.id), *self.flow.end_session("cancel")]
