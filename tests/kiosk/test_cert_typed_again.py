"""A read that comes back to the ID screen (the card refused the details, or was slow, or
none was in yet) gives the screen what was typed once more, to check and correct; nothing
else does. Details typed before the ID card was put in (the last one had been taken out, as
after "Try another ID card") ask for the card on the ID screen instead of sending the
resident home."""

from __future__ import annotations

import pytest

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import Flow, GoBack, SessionEnded, State
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.card import CardAccessDenied, CardRemoved, CardTimeout, ChipDetailsMismatch
from tests.kiosk.test_flow_certificates import _message
from tests.support.journeys import KIM_TYPED, reading, typed


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> Flow:
    return ResidentFlow(config, clock)


def _journey(flow: Flow) -> c.CertificateJourney:
    journey = flow.journey(State.CERT_MRZ)
    assert isinstance(journey, c.CertificateJourney)
    return journey


@pytest.mark.parametrize("error", [CardAccessDenied("6300"), CardTimeout()])
def test_a_read_back_on_the_id_screen_gives_the_typed_details_once(
    flow: Flow, error: c.CardError
) -> None:
    read = reading(flow)
    flow.handle(c.CardReadFailed(read.journey, error))
    assert flow.state is State.CERT_MRZ
    assert _journey(flow).typed_again() == KIM_TYPED
    assert _journey(flow).typed_again() is None


def test_they_go_with_the_card_another_card_or_a_scan(flow: Flow) -> None:
    read = reading(flow)
    flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
    flow.handle(c.CardPulled())
    assert _journey(flow).typed_again() is None
    assert "retype" not in flow.session.personal
    # A card refused as forged: "Try another ID card" starts with nothing typed.
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    flow.handle(c.CardReadFailed(read.journey, c.ChipDetailsMismatch("probe")))
    assert flow.state is State.CERT_ERROR
    flow.handle(GoBack())
    assert flow.state is State.CERT_MRZ and _journey(flow).typed_again() is None
    # Scanned details were never on the screen: they are not put there.
    mrz = DEMO_RESIDENTS["demo-lee"].mrz
    [read] = flow.handle(c.MrzScanned("\r\n".join(mrz[i : i + 30] for i in range(0, 90, 30))))
    flow.handle(c.CardReadFailed(read.journey, CardTimeout()))
    assert flow.state is State.CERT_MRZ and _journey(flow).typed_again() is None


def test_the_fields_are_those_typed() -> None:
    for key, resident in DEMO_RESIDENTS.items():
        details = KIM_TYPED if key == "demo-kim" else typed(key)
        assert c.typed_fields(resident.mrz_info()) == details
        assert c.mrz_from_typed(*details) == resident.mrz_info()


def test_no_card_yet_after_another_id_card_asks_for_it(flow: Flow) -> None:
    read = reading(flow)
    flow.handle(c.CardReadFailed(read.journey, ChipDetailsMismatch("forged")))
    flow.handle(c.CardPulled())  # "Take this card out..."
    flow.handle(GoBack())  # "Try another ID card"
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))  # typed before putting it in
    effects = flow.handle(c.CardReadFailed(read.journey, CardRemoved("no card in reader")))
    assert not any(isinstance(e, SessionEnded) for e in effects)
    assert flow.state is State.CERT_MRZ
    assert "insert your ID card" in _message(flow)
    assert flow.context.cert.document_id == "resident-copy"
    assert _journey(flow).typed_again() == KIM_TYPED
    # Put in now, it is read.
    flow.handle(c.CardInserted())
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    assert isinstance(read, c.ReadCard)


def test_a_card_taken_out_during_the_read_still_ends_the_session(flow: Flow) -> None:
    flow.handle(c.CardInserted())
    read = reading(flow)
    flow.handle(c.CardReadFailed(read.journey, CardRemoved()))
    assert flow.state is State.HOME
    # Taken out, put back, then taken out mid-read: the holder may be leaving.
    read = reading(flow)
    flow.handle(c.CardReadFailed(read.journey, CardTimeout()))
    flow.handle(c.CardPulled())
    flow.handle(c.CardInserted())
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    assert flow.handle(c.CardReadFailed(read.journey, CardRemoved())) == [
        SessionEnded("card_removed")
    ]


def test_the_days_first_resident_typing_before_the_card_is_asked_for_it(flow: Flow) -> None:
    # The kiosk has just started; no card was ever put in.
    read = reading(flow)
    assert flow.handle(c.CardReadFailed(read.journey, CardRemoved())) == []
    assert flow.state is State.CERT_MRZ
    assert flow.context.cert.document_id == "resident-copy"
    assert flow.context.cert.message == CardRemoved().resident_message
    assert _journey(flow).typed_again() == KIM_TYPED
