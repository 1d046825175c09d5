"""The screen flow, driven without any widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys import tickets as t
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.printer import PrintFailure, PrintResult
from kiosk.queue.tickets import IssuedTicket, Ticket, TicketState


def _issued(ticket_id: int = 7, code: str = "A-007") -> IssuedTicket:
    ticket = Ticket(
        id=ticket_id,
        service_id="general",
        business_day=date(2026, 11, 23),
        number=7,
        display_code=code,
        issued_at=datetime(2026, 11, 23, 0, 30, tzinfo=UTC),
        priority=False,
        state=TicketState.ISSUED,
        kiosk_id="kiosk-1",
        print_attempts=0,
    )
    return IssuedTicket(ticket, people_ahead=3, wait_minutes=8)


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> f.Flow:
    return ResidentFlow(config, clock)


def test_happy_path(flow: f.Flow) -> None:
    assert flow.state is f.State.HOME
    assert flow.handle(t.ChooseService("general")) == [t.IssueTicket("general", False, "ko")]
    assert flow.state is f.State.ISSUING
    issued = _issued()
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
    issued = _issued()
    flow.handle(t.TicketIssued(issued))
    # A duplicate or stray result never replaces the resident's number.
    assert flow.handle(t.TicketIssued(_issued(8, "A-008"))) == []
    assert flow.context.issued is issued


def test_home_and_back_are_ignored_mid_print(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    assert flow.handle(f.GoHome()) == []
    assert flow.handle(f.GoBack()) == []
    assert flow.state is f.State.ISSUING


def test_print_failure_then_retry_keeps_the_ticket(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    issued = _issued()
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
    flow.handle(t.TicketIssued(_issued()))
    flow.handle(t.PrintFinished(7, PrintResult.failed(PrintFailure.OFFLINE)))
    assert flow.handle(t.CancelTicket()) == [t.CancelIssuedTicket(7), f.SessionEnded("cancel")]
    assert flow.state is f.State.HOME


def test_result_for_another_ticket_is_ignored(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(_issued()))
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


def test_offline_taps_say_unavailable_and_issue_nothing_until_online(
    flow: f.Flow, clock: FakeClock
) -> None:
    assert flow.handle(f.ServicesOffline()) == []
    assert flow.state is f.State.HOME  # home stays; only what needs the database is refused
    assert flow.handle(t.ChooseService("general")) == []
    assert flow.state is f.State.UNAVAILABLE
    assert flow.context.message == t.TICKETS_UNAVAILABLE
    flow.handle(f.GoHome())
    assert flow.handle(c.OpenCertificates()) == []
    assert flow.state is f.State.UNAVAILABLE
    assert flow.context.message == c.CERTIFICATES_UNAVAILABLE
    clock.advance(31)
    assert flow.handle(f.Tick()) == [f.SessionEnded("timeout")]
    flow.handle(f.ServicesOnline())
    assert flow.handle(t.ChooseService("general")) == [t.IssueTicket("general", False, "ko")]
    assert flow.state is f.State.ISSUING


def test_going_offline_answers_a_tap_that_was_waiting_for_the_database(flow: f.Flow) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(f.ServicesOffline())
    assert flow.state is f.State.UNAVAILABLE
    assert flow.context.message == t.TICKETS_UNAVAILABLE
    assert flow.back_stack == []
    # Back and Home from there lead home, not back into "issuing".
    assert flow.handle(f.GoBack()) == [f.SessionEnded("home")]
    assert flow.state is f.State.HOME


def test_going_offline_mid_certificate_journey_says_so_and_forgets_what_was_typed(
    flow: f.Flow,
) -> None:
    class Typed:
        wiped = False

        def wipe(self) -> None:
            self.wiped = True

    flow.handle(c.OpenCertificates())
    assert flow.state is f.State.CERT_CHOOSE
    typed = Typed()
    flow.session.personal["typed"] = typed
    flow.handle(f.ServicesOffline())
    assert flow.state is f.State.UNAVAILABLE
    assert flow.context.message == c.CERTIFICATES_UNAVAILABLE
    assert typed.wiped and flow.session.personal == {}


def test_ticket_screen_returns_home_by_itself(flow: f.Flow, clock: FakeClock) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(_issued()))
    flow.handle(t.PrintFinished(7, PrintResult.printed()))
    deadline = flow.deadline()
    assert deadline is not None and deadline.total_s == 20
    clock.advance(19)
    assert flow.handle(f.Tick()) == []
    remaining = flow.deadline()
    assert remaining is not None and remaining.remaining_s == pytest.approx(1)
    clock.advance(1)
    assert flow.handle(f.Tick()) == [f.SessionEnded("done")]


def test_idle_timeout_on_print_error_warns_first(flow: f.Flow, clock: FakeClock) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(_issued()))
    flow.handle(t.PrintFinished(7, PrintResult.failed(PrintFailure.PAPER_OUT)))
    clock.advance(30)
    deadline = flow.deadline()
    assert deadline is not None and not deadline.warning
    clock.advance(10)  # 20 s left: the resident is warned with at least 20 s to spare
    deadline = flow.deadline()
    assert deadline is not None and deadline.warning and deadline.remaining_s >= 20
    flow.handle(f.MoreTime())
    deadline = flow.deadline()
    assert deadline is not None and deadline.remaining_s == 60 and not deadline.warning
    clock.advance(60)
    assert flow.handle(f.Tick()) == [f.SessionEnded("timeout")]
    # The ticket stays in the queue (staff see it as print_failed); no cancel effect.


def test_touch_restarts_the_idle_timer(flow: f.Flow, clock: FakeClock) -> None:
    flow.handle(f.OpenLanguages())
    clock.advance(50)
    flow.handle(f.Touch())
    clock.advance(50)
    assert flow.handle(f.Tick()) == []
    clock.advance(11)
    assert flow.handle(f.Tick()) == [f.SessionEnded("timeout")]


def test_voice_mode_doubles_limits(flow: f.Flow) -> None:
    flow.handle(f.OpenLanguages())
    assert flow.time_limit_s() == 60
    flow.handle(f.SetVoice(True))
    assert flow.time_limit_s() == 120


def test_language_choice_lasts_one_session(flow: f.Flow, clock: FakeClock) -> None:
    flow.handle(f.OpenLanguages())
    assert flow.state is f.State.LANGUAGE
    assert flow.handle(f.ChooseLanguage("vi")) == [f.LanguageChanged("vi")]
    assert flow.state is f.State.HOME
    assert flow.handle(t.ChooseService("welfare")) == [t.IssueTicket("welfare", False, "vi")]
    issued = _issued()
    flow.handle(t.TicketIssued(issued))
    flow.handle(t.PrintFinished(7, PrintResult.printed()))
    clock.advance(21)
    # The next resident starts in the default language again.
    assert flow.handle(f.Tick()) == [f.SessionEnded("done"), f.LanguageChanged("ko")]
    assert flow.session.language == "ko"


def test_back_from_language_returns_home(flow: f.Flow) -> None:
    flow.handle(f.OpenLanguages())
    flow.handle(f.GoBack())
    assert flow.state is f.State.HOME
    assert flow.handle(f.ChooseLanguage("xx")) == []


def test_session_wipe_clears_personal_data(flow: f.Flow) -> None:
    class Secret:
        wiped = False

        def wipe(self) -> None:
            self.wiped = True

    secret = Secret()
    first = flow.session
    first.personal["identity"] = secret
    flow.handle(f.OpenLanguages())
    flow.handle(f.GoHome())
    assert secret.wiped
    assert first.personal == {}
    assert flow.session is not first
    assert "identity" not in repr(first)


def test_disabled_or_unknown_service_is_ignored(flow: f.Flow) -> None:
    assert flow.handle(t.ChooseService("nope")) == []
    assert flow.state is f.State.HOME


def test_state_changes_are_reported(config: KioskConfig, clock: FakeClock) -> None:
    seen: list[tuple[f.State, f.State]] = []
    flow = ResidentFlow(config, clock, on_change=lambda a, b: seen.append((a, b)))
    flow.handle(t.ChooseService("general"))
    assert seen == [(f.State.HOME, f.State.ISSUING)]
