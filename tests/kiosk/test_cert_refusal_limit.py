"""The limit on the details one ID card may refuse holds while that card stays in the
reader: Home, or the error screen's time limit, and a new start do not ask it again."""

from __future__ import annotations

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import Flow, GoHome, State, Tick
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.card import CardAccessDenied
from tests.kiosk.test_flow_certificates import _message
from tests.support.journeys import KIM_TYPED, reading


def _refused_to_the_limit(flow: Flow) -> None:
    read = reading(flow)
    for _ in range(c.MAX_REFUSED_DETAILS - 1):
        flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
        [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
    assert flow.state is State.CERT_ERROR and "will not be tried again" in _message(flow)


def _start_again(flow: Flow) -> list[c.Effect]:
    flow.handle(c.OpenCertificates())
    flow.handle(c.ChooseDocument("resident-copy"))
    return flow.handle(c.SubmitMrz(*KIM_TYPED))


def test_home_and_a_new_start_do_not_ask_the_same_card_again(
    config: KioskConfig, clock: FakeClock
) -> None:
    flow = ResidentFlow(config, clock)
    _refused_to_the_limit(flow)
    flow.handle(GoHome())  # the card is still in the reader
    assert _start_again(flow) == []  # no ReadCard: the chip is not asked
    assert flow.state is State.CERT_ERROR and "will not be tried again" in _message(flow)


def test_the_error_screen_timing_out_does_not_restart_the_count(
    config: KioskConfig, clock: FakeClock
) -> None:
    flow = ResidentFlow(config, clock)
    _refused_to_the_limit(flow)
    clock.advance(config.ui.idle_timeout_s * 2 + 1)
    flow.handle(Tick())
    assert flow.state is State.HOME
    assert _start_again(flow) == []
    assert "will not be tried again" in _message(flow)


def test_a_card_taken_out_or_put_in_is_counted_afresh(
    config: KioskConfig, clock: FakeClock
) -> None:
    flow = ResidentFlow(config, clock)
    _refused_to_the_limit(flow)
    flow.handle(GoHome())
    flow.handle(c.CardPulled())
    [read] = _start_again(flow)
    assert isinstance(read, c.ReadCard)
    # A removal the reader missed: the card put in is counted afresh all the same.
    flow.handle(GoHome())
    _refused_to_the_limit(flow)
    flow.handle(GoHome())
    flow.handle(c.CardInserted())
    [read] = _start_again(flow)
    assert isinstance(read, c.ReadCard)
