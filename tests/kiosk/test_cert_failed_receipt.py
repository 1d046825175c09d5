"""A print that stopped part-way after copies printed, and the receipt did not print
either: the resident is told to ask for one, staff are told it is missing."""

from __future__ import annotations

import pytest

from kiosk.certificates.issuing import OrderOutcome
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import State
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.payment import Authorization
from kiosk.ports.printer import PrintFailure
from tests.kiosk.test_flow_certificates import _message
from tests.support.journeys import printing


def _stopped(receipt_printed: bool, payment_result: str = "captured") -> OrderOutcome:
    return OrderOutcome(
        "resident-copy",
        3,
        ("N1",),
        200,
        200 if payment_result == "captured" else 0,
        payment_result,
        "A1",
        failure=PrintFailure.PAPER_OUT,
        held_won=200,
        receipt_printed=receipt_printed,
    )


@pytest.mark.parametrize("payment_result", ["captured", "capture_failed", "void_failed"])
def test_a_receipt_that_did_not_print_after_a_failure_is_said_and_flagged(
    config: KioskConfig, clock: FakeClock, payment_result: str
) -> None:
    flow = ResidentFlow(config, clock)
    order = printing(flow, Authorization("A1", 200))
    effects = flow.handle(c.OrderFinished(order.journey, _stopped(False, payment_result)))
    assert flow.state is State.CERT_ERROR
    assert "receipt could not be printed" in _message(flow)
    assert "staff has been told" in _message(flow)
    flags = [e.kind for e in effects if isinstance(e, c.FlagStaff)]
    assert "cert_receipt_not_printed" in flags


def test_a_receipt_that_printed_is_not_mentioned(config: KioskConfig, clock: FakeClock) -> None:
    flow = ResidentFlow(config, clock)
    order = printing(flow, Authorization("A1", 200))
    effects = flow.handle(c.OrderFinished(order.journey, _stopped(True)))
    assert "receipt" not in _message(flow)
    assert "cert_receipt_not_printed" not in [e.kind for e in effects if isinstance(e, c.FlagStaff)]
