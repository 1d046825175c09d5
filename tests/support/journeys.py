"""Walking the resident flow without widgets: a ticket to print, and a certificate
journey up to the card being read, its options, its payment or its printing; jobs
carried out as the device worker does, and Back tapped screen by screen.

Shared by the tests of ``kiosk.journeys`` (the machine and each journey).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from drivers.records.contract import parse_record
from drivers.records.demo import DEMO_RECORDS
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import Effect, Flow, GoBack, JobContext, RunJob, State
from kiosk.ports.payment import Authorization, PaymentOutcome, PaymentResult
from kiosk.queue.tickets import IssuedTicket, Ticket, TicketState

KIM_TYPED = ("M123456788", "8503150", "3201015")  # each field + its check digit


def issued_ticket(ticket_id: int = 7, code: str = "A-007") -> IssuedTicket:
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


def run_jobs(flow: Flow, effects: list[Effect], ctx: JobContext) -> list[Effect]:
    """Carry out the flow's RunJobs as the device worker does; return the other effects."""
    rest = []
    for effect in effects:
        if isinstance(effect, RunJob):
            rest += run_jobs(flow, flow.handle(effect.work(ctx)), ctx)
        else:
            rest.append(effect)
    return rest


def back_through(flow: Flow, *states: object) -> None:
    """Tap Back once for each of ``states``: the flow must reach each in turn."""
    for expected in states:
        flow.handle(GoBack())
        assert flow.state is expected


def typed(key: str) -> tuple[str, str, str]:
    """What the demo resident ``key`` types: each field followed by its check digit."""
    seed = DEMO_RESIDENTS[key].mrz_info().key_seed_string()
    number, dates = seed[:-14], seed[-14:]
    return number.replace("<", ""), dates[:7], dates[7:]


def to_options(flow: Flow, key: str = "demo-kim", doc: str = "resident-copy") -> None:
    """From home: ``doc`` chosen, the card read and the record fetched."""
    flow.handle(c.OpenCertificates())
    flow.handle(c.ChooseDocument(doc))
    details = KIM_TYPED if key == "demo-kim" else typed(key)
    [read] = flow.handle(c.SubmitMrz(*details))
    assert isinstance(read, c.ReadCard)
    identity = DEMO_RESIDENTS[key].identity()
    [fetch] = flow.handle(c.CardRead(read.journey, identity))
    assert isinstance(fetch, c.FetchRecord)
    flow.handle(c.RecordFetched(fetch.journey, parse_record(DEMO_RECORDS[key])))


def at_payment(flow: Flow) -> c.AuthorizePayment:
    """Options confirmed and "pay" tapped: the terminal has been asked."""
    to_options(flow)
    flow.handle(c.ConfirmOptions())
    [pay] = flow.handle(c.ConfirmPayment())
    assert isinstance(pay, c.AuthorizePayment) and flow.state is State.CERT_PAYING
    return pay


def reading(flow: Flow) -> c.ReadCard:
    """From home: Kim's details typed, the card reader asked."""
    flow.handle(c.OpenCertificates())
    flow.handle(c.ChooseDocument("resident-copy"))
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    assert isinstance(read, c.ReadCard)
    return read


def printing(flow: Flow, authorization: Authorization) -> c.PrintOrder:
    """From home: one copy paid for with ``authorization``; the order is printing."""
    pay = at_payment(flow)
    approved = PaymentResult(PaymentOutcome.APPROVED, authorization)
    [order] = flow.handle(c.PaymentFinished(pay.journey, pay.attempt, approved))
    assert isinstance(order, c.PrintOrder) and flow.state is State.CERT_PRINTING
    return order
