"""Back while the ID card is being read returns to the ID screen as if it had never been
left: one more Back leaves the ID step (for a vote, back to the poll), and the details
sent to the card are not kept."""

from __future__ import annotations

import pytest

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys import centre as ce
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys import participation as jp
from kiosk.journeys.resident import ResidentFlow
from tests.support.journeys import KIM_TYPED, reading


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> f.Flow:
    return ResidentFlow(config, clock)


def _vote_reading(flow: f.Flow) -> c.ReadCard:
    """From home: a poll, Vote, Kim's details typed, the card reader asked."""
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("participation"))
    flow.handle(jp.OpenPoll("budget-2027"))
    flow.handle(jp.StartVoting())
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    assert isinstance(read, c.ReadCard) and flow.state is f.State.CERT_READING
    return read


def test_back_while_reading_for_a_vote_drops_the_details_keeps_the_vote(flow: f.Flow) -> None:
    read = _vote_reading(flow)
    flow.handle(f.GoBack())
    assert flow.state is f.State.CERT_MRZ
    assert "mrz" not in flow.session.personal
    # The late answer of the read left behind is not taken.
    late = DEMO_RESIDENTS["demo-kim"].identity()
    assert flow.handle(c.CardRead(read.journey, late)) == [] and late.wiped
    # Still identifying for the vote: a read now goes to the poll, never to the
    # resident records.
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    effects = flow.handle(c.CardRead(read.journey, DEMO_RESIDENTS["demo-kim"].identity()))
    assert not any(isinstance(e, c.FetchRecord) for e in effects)
    assert flow.state is jp.ParticipationState.CHECKING


def test_back_while_reading_for_a_vote_then_back_leaves_the_id_step(flow: f.Flow) -> None:
    _vote_reading(flow)
    flow.handle(f.GoBack())
    flow.handle(f.GoBack())  # was: the ID screen again, no longer for the vote
    assert flow.state is jp.ParticipationState.POLL
    assert flow.context.cert.identify_for == ""


def test_back_while_reading_a_certificate_then_back_is_the_documents(flow: f.Flow) -> None:
    reading(flow)
    flow.handle(f.GoBack())
    assert flow.state is f.State.CERT_MRZ and "mrz" not in flow.session.personal
    assert flow.context.cert.stage == "" and flow.context.cert.document_id == "resident-copy"
    flow.handle(f.GoBack())
    assert flow.state is f.State.CERT_CHOOSE
