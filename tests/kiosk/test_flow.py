"""The flow machine (``kiosk.journeys.flow``) without widgets: time limits, the
language, the session, going offline; and, for the resident flow as a whole, that
every event has one handler and every state can be reached."""

from __future__ import annotations

import pytest

from kiosk.certificates.issuing import OrderOutcome
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys import tickets as t
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.card import ReaderNotConnected
from kiosk.ports.payment import Authorization
from kiosk.ports.printer import PrintFailure, PrintResult
from tests.support.journeys import issued_ticket, printing, reading

#: Event classes that only group others; the flow never receives one as such.
EVENT_BASES = {f.Event, f.Report, c.PersonalDetails, c.Answer}
#: The states that belong to no journey.
FLOW_STATES = {f.State.HOME, f.State.LANGUAGE, f.State.UNAVAILABLE}


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> f.Flow:
    return ResidentFlow(config, clock)


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


def test_idle_timeout_on_print_error_warns_first(flow: f.Flow, clock: FakeClock) -> None:
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(issued_ticket()))
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
    issued = issued_ticket()
    flow.handle(t.TicketIssued(issued))
    flow.handle(t.PrintFinished(7, PrintResult.printed()))
    clock.advance(flow.time_limit_s() or 0)
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


def _subclasses(cls: type[f.Event]) -> set[type[f.Event]]:
    """The product's subclasses of ``cls`` (not those other tests define for a fake service)."""
    found: set[type[f.Event]] = set()
    for sub in cls.__subclasses__():
        found |= _subclasses(sub)
        if sub.__module__.startswith("kiosk."):
            found.add(sub)
    return found


def test_every_event_type_has_exactly_one_handler(flow: f.Flow) -> None:
    tables = [flow.handlers(), *(journey.handlers() for journey in flow.journeys)]
    event_types = _subclasses(f.Event) - EVENT_BASES
    assert {f.GoHome, t.ChooseService, c.CardRead} <= event_types  # each module's events
    for event_type in event_types:
        assert sum(event_type in table for table in tables) == 1, event_type.__name__
    assert set().union(*tables) == event_types


def test_a_second_handler_for_an_event_is_refused(config: KioskConfig, clock: FakeClock) -> None:
    class AlsoGoesHome(t.TicketJourney):
        def handlers(self) -> f.Handlers:
            return {**super().handlers(), f.GoHome: lambda event: []}

    class Clashing(f.Flow):
        journey_types = (AlsoGoesHome,)

    with pytest.raises(TypeError, match="two handlers for GoHome"):
        Clashing(config, clock)


def test_every_state_belongs_to_the_flow_or_to_one_journey(flow: f.Flow) -> None:
    for state in f.State:
        owners = [journey for journey in flow.journeys if state in journey.steps]
        assert len(owners) == (0 if state in FLOW_STATES else 1), state
    for journey in flow.journeys:
        if journey.printing is not None:
            assert journey.steps[journey.printing] is f.Step.WAITING


def test_every_state_can_be_reached(config: KioskConfig, clock: FakeClock) -> None:
    seen = {f.State.HOME}
    flow = ResidentFlow(config, clock, on_change=lambda old, new: seen.add(new))
    flow.handle(f.OpenLanguages())
    flow.handle(f.GoBack())
    # A number the queue could not issue; then one printed at the second try.
    flow.handle(t.ChooseService("general"))
    flow.handle(t.IssueFailed("database is locked"))
    flow.handle(f.GoHome())
    flow.handle(t.ChooseService("general"))
    flow.handle(t.TicketIssued(issued_ticket()))
    flow.handle(t.PrintFinished(7, PrintResult.failed(PrintFailure.PAPER_OUT)))
    flow.handle(t.RetryPrint())
    flow.handle(t.PrintFinished(7, PrintResult.printed()))
    flow.handle(f.GoHome())
    # A certificate paid for and printed; then a reader that is not there.
    order = printing(flow, Authorization("A1", 200))
    outcome = OrderOutcome("resident-copy", 1, ("1",), 200, 200, "captured", "A1")
    flow.handle(c.OrderFinished(order.journey, outcome))
    flow.handle(f.GoHome())
    read = reading(flow)
    flow.handle(c.CardReadFailed(read.journey, ReaderNotConnected()))
    assert seen == set(f.State)
