"""The participation journey without widgets: notices, polls, the ID-card hook, one vote.

The ID card is read by the certificate journey's steps
(``CertificateJourney.identify_for``): these tests drive them with the
events the card reader would send, and run the journey's ``RunJob`` work
on a real SQLite database, as the device worker would.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from drivers.printer.mock import MockPrinter
from kiosk.centre import participation as pa
from kiosk.centre import participation_store as vote_store
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, MockPrinterOptions, PrinterProfile
from kiosk.identity import DEMO_RESIDENTS, Identity
from kiosk.journeys import centre as ce
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys import participation as jp
from kiosk.journeys.resident import ResidentFlow
from tests.support.journeys import KIM_TYPED, run_jobs

S = jp.ParticipationState


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> f.Flow:
    return ResidentFlow(config, clock)


@pytest.fixture
def job_context(
    engine: Engine, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> f.JobContext:
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile())
    return f.JobContext(engine, printer, config, clock, tmp_path)


def _to_poll(flow: f.Flow, poll_id: str = "budget-2027") -> None:
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("participation"))
    assert flow.state is S.HOME
    flow.handle(jp.OpenPoll(poll_id))
    assert flow.state is S.POLL


def _identify(flow: f.Flow, ctx: f.JobContext, resident: str = "demo-kim") -> list[f.Effect]:
    """Vote -> the ID screen -> typed details -> the chip read: what follows."""
    assert flow.handle(jp.StartVoting()) == []
    assert flow.state is f.State.CERT_MRZ
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    assert isinstance(read, c.ReadCard) and flow.state is f.State.CERT_READING
    identity = DEMO_RESIDENTS[resident].identity()
    effects = flow.handle(c.CardRead(read.journey, identity))
    # No records lookup: the identity went to the poll and was wiped there.
    assert not any(isinstance(e, c.FetchRecord) for e in effects)
    rest = run_jobs(flow, effects, ctx)
    assert identity.wiped
    assert "identity" not in flow.session.personal and "mrz" not in flow.session.personal
    return rest


def _voter_check(flow: f.Flow, identity: Identity) -> f.RunJob:
    """To a poll, vote, the typed details, the chip read: the voter check, not run yet."""
    _to_poll(flow)
    flow.handle(jp.StartVoting())
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    [check] = flow.handle(c.CardRead(read.journey, identity))
    assert isinstance(check, f.RunJob)
    return check


def test_the_service_lists_todays_notices_and_open_polls(flow: f.Flow) -> None:
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("participation"))
    journey = next(j for j in flow.journeys if isinstance(j, jp.ParticipationJourney))
    assert [n.id for n in journey.notices()] == ["general-assembly", "budget-vote"]
    assert [p.id for p in journey.polls()] == ["budget-2027", "programme-survey"]
    flow.handle(jp.OpenNotice("general-assembly"))
    assert flow.state is S.NOTICE and journey.notice() is not None
    flow.handle(f.GoBack())
    assert flow.state is S.HOME
    flow.handle(jp.OpenNotice("no-such-notice"))
    assert flow.state is S.HOME


def test_polls_not_open_are_not_listed(config: KioskConfig) -> None:
    clock = FakeClock(
        pa.closes_at(config.participation.poll("budget-2027"), ZoneInfo("Asia/Seoul"))
    )
    flow = ResidentFlow(config, clock)
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("participation"))
    journey = next(j for j in flow.journeys if isinstance(j, jp.ParticipationJourney))
    assert journey.polls() == []
    flow.handle(jp.OpenPoll("budget-2027"))
    assert flow.state is S.HOME


def test_back_from_the_id_screen_returns_to_the_poll(flow: f.Flow) -> None:
    _to_poll(flow)
    flow.handle(jp.StartVoting())
    assert flow.state is f.State.CERT_MRZ
    assert flow.context.cert.identify_for == "participation"
    flow.handle(f.GoBack())
    assert flow.state is S.POLL
    assert flow.context.cert.identify_for == ""
    flow.handle(f.GoBack())
    assert flow.state is S.HOME


def test_vote_once_then_refused(flow: f.Flow, job_context: f.JobContext, engine: Engine) -> None:
    _to_poll(flow)
    assert _identify(flow, job_context) == []
    assert flow.state is S.CHOOSE
    assert isinstance(flow.session.personal[jp._VOTER], str)
    # Back from choosing goes to the poll, not into the ID steps.
    flow.handle(f.GoBack())
    assert flow.state is S.POLL
    assert _identify(flow, job_context) == []
    flow.handle(jp.ChooseOption("not-an-option"))
    assert flow.state is S.CHOOSE
    flow.handle(jp.ChooseOption("alley-led-lights"))
    assert flow.state is S.CONFIRM
    flow.handle(f.GoBack())  # choose again
    assert flow.state is S.CHOOSE
    flow.handle(jp.ChooseOption("senior-massage-chairs"))
    [cast] = flow.handle(jp.CastVote())
    assert isinstance(cast, f.RunJob) and flow.state is S.CASTING
    assert flow.handle(f.GoHome()) == [] and flow.state is S.CASTING  # not abandoned
    run_jobs(flow, [cast], job_context)
    assert flow.state is S.DONE
    assert flow.session.personal == {}  # the voter hash went when the vote was cast
    poll = flow.config.participation.poll("budget-2027")
    assert {o.option_id: o.votes for o in vote_store.results(engine, poll).options} == {
        "playground-shade": 0,
        "senior-massage-chairs": 1,
        "alley-led-lights": 0,
    }
    assert flow.handle(f.GoHome()) == [f.SessionEnded("done")]
    # The same resident, a new session: told at once, before choosing anything.
    _to_poll(flow)
    _identify(flow, job_context)
    assert flow.state is S.REFUSED
    journey = next(j for j in flow.journeys if isinstance(j, jp.ParticipationJourney))
    assert journey.message == jp.ALREADY_VOTED
    assert vote_store.results(engine, poll).total == 1
    # Another poll is another matter.
    flow.handle(f.GoHome())
    _to_poll(flow, "programme-survey")
    _identify(flow, job_context)
    assert flow.state is S.CHOOSE


def test_a_second_vote_racing_the_first_is_refused_at_cast(
    config: KioskConfig, clock: FakeClock, job_context: f.JobContext
) -> None:
    # Two kiosks: the resident identifies on both before voting on either.
    one, two = ResidentFlow(config, clock), ResidentFlow(config, clock)
    for flow in (one, two):
        _to_poll(flow)
        _identify(flow, job_context)
        flow.handle(jp.ChooseOption("playground-shade"))
    run_jobs(one, one.handle(jp.CastVote()), job_context)
    assert one.state is S.DONE
    run_jobs(two, two.handle(jp.CastVote()), job_context)
    assert two.state is S.REFUSED
    journey = next(j for j in two.journeys if isinstance(j, jp.ParticipationJourney))
    assert journey.context.outcome is pa.VoteOutcome.ALREADY_VOTED


def test_a_choice_taken_off_the_ballot_meanwhile_is_chosen_again(
    flow: f.Flow, job_context: f.JobContext, engine: Engine
) -> None:
    # A technician edited the open poll's options while the resident confirmed:
    # they were told the poll had closed, and lost their place.
    _to_poll(flow)
    _identify(flow, job_context)
    flow.handle(jp.ChooseOption("alley-led-lights"))
    assert flow.state is S.CONFIRM
    poll = flow.config.participation.poll("budget-2027")
    assert poll is not None
    poll.options = [o for o in poll.options if o.id != "alley-led-lights"]
    run_jobs(flow, flow.handle(jp.CastVote()), job_context)
    assert flow.state is S.CHOOSE
    journey = next(j for j in flow.journeys if isinstance(j, jp.ParticipationJourney))
    assert journey.message == jp.OPTION_GONE
    assert vote_store.results(engine, poll).total == 0
    flow.handle(jp.ChooseOption("playground-shade"))  # the same voter, no card again
    run_jobs(flow, flow.handle(jp.CastVote()), job_context)
    assert flow.state is S.DONE and vote_store.results(engine, poll).total == 1


def test_a_poll_that_closed_before_voting_began_says_so_on_its_page(
    flow: f.Flow, clock: FakeClock
) -> None:
    _to_poll(flow)
    poll = flow.config.participation.poll("budget-2027")
    assert poll is not None
    clock.set_wall(pa.closes_at(poll, pa.center_zone(flow.config)))
    assert flow.handle(jp.StartVoting()) == []
    assert flow.state is S.POLL  # no card asked for, nothing refused
    journey = next(j for j in flow.journeys if isinstance(j, jp.ParticipationJourney))
    assert journey.message == jp.POLL_HAS_CLOSED


def test_a_failed_job_says_so_and_keeps_the_resident_on_their_step(
    flow: f.Flow, job_context: f.JobContext
) -> None:
    identity = DEMO_RESIDENTS["demo-kim"].identity()
    check = _voter_check(flow, identity)
    flow.handle(check.failed)
    assert flow.state is S.POLL and identity.wiped
    journey = next(j for j in flow.journeys if isinstance(j, jp.ParticipationJourney))
    assert journey.message == jp.CHECK_FAILED
    _identify(flow, job_context)
    flow.handle(jp.ChooseOption("yoga"))  # not this poll's
    flow.handle(jp.ChooseOption("playground-shade"))
    [cast] = flow.handle(jp.CastVote())
    assert isinstance(cast, f.RunJob)
    flow.handle(cast.failed)
    assert flow.state is S.CONFIRM and journey.message == jp.VOTE_NOT_RECORDED
    flow.handle(f.GoBack())  # choose again: the message stays with its screen
    assert flow.state is S.CHOOSE and journey.message is None
    flow.handle(jp.ChooseOption("playground-shade"))
    run_jobs(flow, flow.handle(jp.CastVote()), job_context)
    assert flow.state is S.DONE


def test_home_waits_for_the_voter_check_then_ends_the_session(
    flow: f.Flow, job_context: f.JobContext
) -> None:
    check = _voter_check(flow, DEMO_RESIDENTS["demo-kim"].identity())
    # Home waits for the check in hand (a centre service's waiting step)...
    assert flow.handle(f.GoHome()) == []
    assert flow.state is jp.ParticipationState.CHECKING
    flow.handle(check.work(job_context))
    assert flow.state is jp.ParticipationState.CHOOSE
    # ...and then ends the session with nothing of the resident left.
    flow.handle(f.GoHome())
    assert flow.state is f.State.HOME and flow.session.personal == {}
    flow.handle(check.work(job_context))  # a late duplicate answer is dropped
    assert flow.state is f.State.HOME and flow.session.personal == {}


def test_the_certificate_journey_is_unchanged_without_identify_for(
    flow: f.Flow,
) -> None:
    flow.handle(c.OpenCertificates())
    flow.handle(c.ChooseDocument("resident-copy"))
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    identity = DEMO_RESIDENTS["demo-kim"].identity()
    [fetch] = flow.handle(c.CardRead(read.journey, identity))
    assert isinstance(fetch, c.FetchRecord)
    assert flow.session.personal["identity"] is identity


def test_every_state_has_a_sample(flow: f.Flow) -> None:
    journey = next(j for j in flow.journeys if isinstance(j, jp.ParticipationJourney))
    for state in S:
        flow.context = f.Context()
        journey.sample(state)
        assert journey.poll() is not None and journey.notice() is not None
        assert journey.context.option_id
    assert journey.context.outcome is pa.VoteOutcome.ALREADY_VOTED  # the last: refused


def test_a_refused_card_stops_the_vote_and_names_no_certificate(flow: f.Flow) -> None:
    from kiosk.ports.card import ChipDetailsMismatch

    _to_poll(flow)
    flow.handle(jp.StartVoting())
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    assert isinstance(read, c.ReadCard)
    mismatch = ChipDetailsMismatch("DG1 differs from the MRZ details in: birth date")
    [flag] = flow.handle(c.CardReadFailed(read.journey, mismatch))
    assert isinstance(flag, c.FlagStaff)
    assert flow.state is f.State.CERT_ERROR
    # Still marked as identifying for the vote: the error screen's title says so.
    assert flow.context.cert.identify_for == "participation"
    assert flow.handle(f.GoHome()) == [f.SessionEnded("home")]
    assert flow.session.personal == {}


def test_card_pulled_while_the_voter_is_checked_ends_the_session_and_wipes(
    flow: f.Flow, job_context: f.JobContext
) -> None:
    identity = DEMO_RESIDENTS["demo-kim"].identity()
    check = _voter_check(flow, identity)
    assert flow.state is S.CHECKING
    assert flow.handle(c.CardPulled()) == [f.SessionEnded("card_removed")]
    assert identity.wiped and flow.session.personal == {}
    assert flow.state is f.State.HOME
    flow.handle(check.work(job_context))  # the check's late answer opens nothing
    assert flow.state is f.State.HOME and flow.session.personal == {}


@pytest.mark.parametrize("step", ["choose", "confirm", "not recorded"])
def test_card_pulled_after_identification_closes_the_vote(
    flow: f.Flow, job_context: f.JobContext, engine: Engine, step: str
) -> None:
    """Whoever took the card has left: the next person sees home, not their ballot."""
    _to_poll(flow)
    _identify(flow, job_context)
    assert flow.state is S.CHOOSE and jp._VOTER in flow.session.personal
    if step != "choose":
        flow.handle(jp.ChooseOption("playground-shade"))
        assert flow.state is S.CONFIRM
    if step == "not recorded":
        [cast] = flow.handle(jp.CastVote())
        assert isinstance(cast, f.RunJob)
        flow.handle(cast.failed)  # the voter hash stays for another try...
        assert flow.state is S.CONFIRM and jp._VOTER in flow.session.personal
    assert flow.handle(c.CardPulled()) == [f.SessionEnded("card_removed")]
    assert flow.state is f.State.HOME and flow.back_stack == []
    assert flow.session.personal == {}
    journey = next(j for j in flow.journeys if isinstance(j, jp.ParticipationJourney))
    assert journey.poll() is None and journey.context.option_id == ""
    flow.handle(jp.CastVote())  # nothing left to cast with
    poll = flow.config.participation.poll("budget-2027")
    assert vote_store.results(engine, poll).total == 0


def test_card_pulled_while_the_vote_is_written_lets_it_finish(
    flow: f.Flow, job_context: f.JobContext
) -> None:
    _to_poll(flow)
    _identify(flow, job_context)
    flow.handle(jp.ChooseOption("playground-shade"))
    [cast] = flow.handle(jp.CastVote())
    assert flow.handle(c.CardPulled()) == [] and flow.state is S.CASTING
    run_jobs(flow, [cast], job_context)
    assert flow.state is S.DONE and flow.session.personal == {}
    # On the done screen, as on a certificate's: the session just ends.
    assert flow.handle(c.CardPulled()) == [f.SessionEnded("done")]
    assert flow.state is f.State.HOME


def test_a_card_pulled_before_identification_changes_nothing(flow: f.Flow) -> None:
    _to_poll(flow)
    assert flow.handle(c.CardPulled()) == []
    assert flow.state is S.POLL
