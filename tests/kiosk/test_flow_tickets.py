"""The queue-ticket journey (``kiosk.journeys.tickets``) in the flow, without widgets."""

from __future__ import annotations

import pytest

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import flow as f
from kiosk.journeys import tickets as t
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.printer import PrintFailure, PrintResult
from tests.support.journeys import issued_ticket


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> f.Flow:
    return ResidentFlow(config, clock)


def test_happy_path(flow: f.Flow) -> None:
    assert flow.state is f.State.HOME
    assert flow.handle(t.ChooseService("general")) == [t.IssueTicket("general", False, "ko")]
    assert flow.state is f.State.ISSUING
    issued = issued_ticket()
    # The worker prints right after issuing: no second request.
    assert flow.handle(t.TicketIssued(issued)) == []
    assert flow.context.issued == issued
    assert flow.handle(t.PrintFinished(7, PrintResult.printed())) == []
    assert flow.state is f.State.TICKET
    assert flow.handle(f.GoHome()) == [f.SessionEnded("done")]
    assert flow.state is f.State.HOME
    assert flow.context.issued is None


def test_second_tap_while_issuing_issues_nothing(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    assert flow.handle(t.ChooseService("general")) == []
    assert flow.handle(t.ChooseService("welfare")) == []
    issued = issued_ticket()
    flow.handle(t.TicketIssued(issued))
    # A duplicate or stray result never replaces the resident's number.
    assert flow.handle(t.TicketIssued(issued_ticket(8, "A-008"))) == []
    assert flow.context.issued is issued


def test_home_and_back_are_ignored_mid_print(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    assert flow.handle(f.GoHome()) == []
    assert flow.handle(f.GoBack()) == []
    assert flow.state is f.State.ISSUING


def test_print_failure_then_retry_keeps_the_ticket(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    issued = issued_ticket()
    flow.handle(t.TicketIssued(issued))
    flow.handle(t.PrintFinished(7, PrintResult.failed(PrintFailure.PAPER_OUT, "sensor")))
    assert flow.state is f.State.PRINT_ERROR
    assert flow.context.failure is PrintFailure.PAPER_OUT
    assert flow.handle(t.RetryPrint()) == [t.PrintTicket(issued, "ko")]
    assert flow.handle(t.RetryPrint()) == []  # already printing
    flow.handle(t.PrintFinished(7, PrintResult.failed(PrintFailure.OFFLINE)))
    assert flow.state is f.State.PRINT_ERROR
    assert flow.context.failure is PrintFailure.OFFLINE
    flow.handle(t.RetryPrint())
    flow.handle(t.PrintFinished(7, PrintResult.printed()))
    assert flow.state is f.State.TICKET
    assert flow.context.issued is issued


def test_cancel_on_print_error_cancels_that_ticket(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(issued_ticket()))
    flow.handle(t.PrintFinished(7, PrintResult.failed(PrintFailure.OFFLINE)))
    assert flow.handle(t.CancelTicket()) == [t.CancelIssuedTicket(7), f.SessionEnded("cancel")]
    assert flow.state is f.State.HOME


def test_result_for_another_ticket_is_ignored(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(issued_ticket()))
    flow.handle(t.PrintFinished(99, PrintResult.printed()))
    assert flow.state is f.State.ISSUING


def test_issue_failure_shows_unavailable_then_times_out(flow: f.Flow, clock: FakeClock) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.IssueFailed("database is locked"))
    assert flow.state is f.State.UNAVAILABLE
    assert flow.context.message is not None
    clock.advance(31)
    assert flow.handle(f.Tick()) == [f.SessionEnded("timeout")]
    assert flow.state is f.State.HOME


def test_ticket_screen_returns_home_by_itself(flow: f.Flow, clock: FakeClock) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(issued_ticket()))
    flow.handle(t.PrintFinished(7, PrintResult.printed()))
    deadline = flow.deadline()
    # ui.ticket_screen_s (20 s) is too short to warn 20 s ahead: the screen stays 35 s.
    assert deadline is not None and deadline.total_s == 35
    clock.advance(34)
    assert flow.handle(f.Tick()) == []
    remaining = flow.deadline()
    assert remaining is not None and remaining.remaining_s == pytest.approx(1)
    clock.advance(1)
    assert flow.handle(f.Tick()) == [f.SessionEnded("done")]


def test_ticket_screen_warns_and_gives_more_time(flow: f.Flow, clock: FakeClock) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(issued_ticket()))
    flow.handle(t.PrintFinished(7, PrintResult.printed()))
    assert flow.state is f.State.TICKET
    clock.advance(5)
    deadline = flow.deadline()
    assert deadline is not None and not deadline.warning
    clock.advance(10)  # 20 s left
    deadline = flow.deadline()
    assert deadline is not None and deadline.warning and deadline.remaining_s >= 20
    flow.handle(f.MoreTime())
    deadline = flow.deadline()
    assert deadline is not None and deadline.remaining_s == 35 and not deadline.warning
    assert flow.state is f.State.TICKET


def test_every_closing_screen_warns_20_s_ahead(flow: f.Flow) -> None:
    closing = [s for j in flow.journeys for s, step in j.steps.items() if step is f.Step.DONE]
    assert (
        len(closing) >= 6
    )  # ticket, documents, welfare, programmes, lending (2), participation (2)
    for state in closing:
        flow.state = state
        limit = flow.time_limit_s()
        assert limit is not None and limit >= f.WARNING_S + 5, state


def test_disabled_or_unknown_service_is_ignored(flow: f.Flow) -> None:
    assert flow.handle(t.ChooseService("nope")) == []
    assert flow.state is f.State.HOME


def test_state_changes_are_reported(config: KioskConfig, clock: FakeClock) -> None:
    seen: list[tuple[f.State, f.State]] = []
    flow = ResidentFlow(config, clock, on_change=lambda a, b: seen.append((a, b)))
    flow.handle(t.ChooseService("general"))
    assert seen == [(f.State.HOME, f.State.ISSUING)]
