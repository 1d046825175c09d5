"""Trying again in the certificate journey, without widgets: another ID card after a
refused or expired one, a limit on the details a card may refuse, the ID screen's
typing forgotten when the card is taken out, and printing again after a failed print."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kiosk.certificates.issuing import OrderOutcome
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import Flow, GoBack, State
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.card import CardAccessDenied, CardTimeout
from kiosk.ports.payment import Authorization, PaymentOutcome, PaymentResult
from kiosk.ports.printer import PrintFailure
from tests.kiosk.test_flow_certificates import _message
from tests.support.journeys import KIM_TYPED, reading, to_options


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> Flow:
    return ResidentFlow(config, clock)


def _journey(flow: Flow) -> c.CertificateJourney:
    journey = flow.journey()
    assert isinstance(journey, c.CertificateJourney)
    return journey


def test_an_expired_card_offers_another_id_card_with_the_document_kept(
    config: KioskConfig, clock: FakeClock
) -> None:
    clock.advance((datetime(2032, 1, 1, 15, 0, tzinfo=UTC) - clock.now()).total_seconds())
    flow = ResidentFlow(config, clock)
    read = reading(flow)
    flow.handle(c.CardRead(read.journey, DEMO_RESIDENTS["demo-kim"].identity()))
    assert flow.state is State.CERT_ERROR
    assert flow.context.cert.retry_state == State.CERT_MRZ.value
    flow.handle(GoBack())  # "Try another ID card"
    assert flow.state is State.CERT_MRZ and not _message(flow)
    assert flow.context.cert.document_id == "resident-copy"
    # Another (valid) card goes on to the record as usual.
    clock.advance(-400 * 86400)
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    [fetch] = flow.handle(c.CardRead(read.journey, DEMO_RESIDENTS["demo-kim"].identity()))
    assert isinstance(fetch, c.FetchRecord)


def test_a_card_that_refuses_the_details_three_times_is_not_asked_again(flow: Flow) -> None:
    read = reading(flow)
    for _ in range(c.MAX_REFUSED_DETAILS - 1):
        assert flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300"))) == []
        assert flow.state is State.CERT_MRZ and "did not accept" in _message(flow)
        [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    effects = flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
    assert flow.state is State.CERT_ERROR
    assert "will not be tried again" in _message(flow) and "ask at the counter" in _message(flow)
    assert "3 times" in _message(flow)
    assert [e.kind for e in effects if isinstance(e, c.FlagStaff)] == ["cert_card_refused"]
    # No way back to the card from here: "try again" is not offered...
    assert flow.context.cert.retry_state == ""
    assert flow.session.personal == {}


def test_the_limit_holds_while_the_card_stays_and_restarts_for_the_next_card(
    flow: Flow,
) -> None:
    read = reading(flow)
    # Other failures (a slow card) are not refusals of the details.
    flow.handle(c.CardReadFailed(read.journey, CardTimeout()))
    for _ in range(c.MAX_REFUSED_DETAILS - 1):
        [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
        flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
    assert flow.state is State.CERT_MRZ
    # The card is taken out and another put in: its attempts are its own.
    flow.handle(c.CardPulled())
    for _ in range(c.MAX_REFUSED_DETAILS - 1):
        [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
        flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
    assert flow.state is State.CERT_MRZ
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
    assert flow.state is State.CERT_ERROR
    # Identifying for a vote in the same session, with the same card still in:
    # the card is not asked again.
    flow.context.cert.identify_for = ""
    flow.go(State.CERT_MRZ)
    assert flow.handle(c.SubmitMrz(*KIM_TYPED)) == []
    assert flow.state is State.CERT_ERROR and "will not be tried again" in _message(flow)


def test_the_card_taken_out_on_the_id_screen_clears_what_was_typed(flow: Flow) -> None:
    read = reading(flow)
    flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
    journey = _journey(flow)
    before = journey.typed_cleared
    assert flow.handle(c.CardPulled()) == []
    assert flow.state is State.CERT_MRZ and journey.typed_cleared == before + 1
    assert "taken out" in _message(flow) and "cleared" in _message(flow)
    assert "mrz" not in flow.session.personal


def _order_stops_after(flow: Flow, payment_result: str, printed: tuple[str, ...]) -> None:
    """Three copies paid for; only ``printed`` of them print, settled as ``payment_result``."""
    to_options(flow)
    flow.handle(c.SetCopies(3))
    flow.handle(c.ConfirmOptions())
    [pay] = flow.handle(c.ConfirmPayment())
    approved = PaymentResult(PaymentOutcome.APPROVED, Authorization("A1", 600))
    [order] = flow.handle(c.PaymentFinished(pay.journey, pay.attempt, approved))
    flow.handle(
        c.OrderFinished(
            order.journey,
            OrderOutcome(
                "resident-copy",
                3,
                printed,
                200,
                200 * len(printed) if payment_result == "captured" else 0,
                payment_result,
                "A1",
                failure=PrintFailure.PAPER_OUT,
                held_won=600,
                receipt_printed=bool(printed),
            ),
        )
    )
    assert flow.state is State.CERT_ERROR


def test_a_failed_print_offers_printing_the_rest_again(flow: Flow) -> None:
    _order_stops_after(flow, "captured", ("N1",))
    assert flow.context.cert.retry_state == State.CERT_SUMMARY.value
    flow.handle(GoBack())  # "Try printing again"
    cert = flow.context.cert
    assert flow.state is State.CERT_SUMMARY and cert.authorization is None
    # Only the two copies that did not print, paid for anew.
    assert [i.options.copies for i in cert.basket] == [2] and cert.total_won == 400
    [pay] = flow.handle(c.ConfirmPayment())
    assert isinstance(pay, c.AuthorizePayment) and pay.amount_won == 400
    auth = Authorization("A2", 400)
    [order] = flow.handle(
        c.PaymentFinished(pay.journey, pay.attempt, PaymentResult(PaymentOutcome.APPROVED, auth))
    )
    assert isinstance(order, c.PrintOrder) and order.order.copies == 2


@pytest.mark.parametrize("payment_result", ["void_failed", "capture_unknown"])
def test_no_printing_again_while_the_money_is_in_doubt(flow: Flow, payment_result: str) -> None:
    _order_stops_after(flow, payment_result, ("N1",))
    assert flow.context.cert.retry_state == ""
    flow.handle(GoBack())
    assert flow.state is State.HOME
