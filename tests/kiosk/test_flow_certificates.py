"""The certificate journey (``kiosk.journeys.certificates``) in the flow, without widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from drivers.records.contract import parse_record
from drivers.records.demo import DEMO_RECORDS
from kiosk.certificates.issuing import MAX_BASKET, OrderOutcome
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.i18n import identity_translate
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import Effect, Flow, GoBack, GoHome, SessionEnded, State, Tick
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.card import (
    CardAccessDenied,
    CardRemoved,
    ChipCheck,
    ChipDetailsMismatch,
    ChipNotGenuine,
    ChipVerdict,
)
from kiosk.ports.payment import HOLD_LEFT_MESSAGE, Authorization, PaymentOutcome, PaymentResult
from kiosk.ports.printer import PrintFailure
from kiosk.ports.records import RecordNotFound
from tests.support.journeys import (
    KIM_TYPED,
    at_payment,
    back_through,
    printing,
    reading,
    to_options,
)


def _flow(config: KioskConfig, clock: FakeClock) -> Flow:
    return ResidentFlow(config, clock)


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> Flow:
    """The resident kiosk's flow on the test config, at home."""
    return _flow(config, clock)


def _message(flow: Flow) -> str:
    message = flow.context.cert.message
    return message.render(identity_translate) if message else ""


def _print_stops_short(
    flow: Flow,
    payment_result: str,
    *,
    copies: int = 1,
    printed: tuple[str, ...] = (),
    charged_won: int = 0,
    failure: PrintFailure = PrintFailure.PAPER_OUT,
    payment_detail: str = "",
) -> list[Effect]:
    """From home: ``copies`` resident copies (200 won each) are paid for, and only
    ``printed`` of them print, settled as ``payment_result``: the flow's effects,
    on the error screen."""
    held_won = 200 * copies
    order = printing(flow, Authorization("A1", held_won))
    outcome = OrderOutcome(
        "resident-copy",
        copies,
        printed,
        200,
        charged_won,
        payment_result,
        "A1",
        failure=failure,
        held_won=held_won,
        payment_detail=payment_detail,
        # The receipt prints after whatever copies did.
        receipt_printed=bool(printed),
    )
    effects = flow.handle(c.OrderFinished(order.journey, outcome))
    assert flow.state is State.CERT_ERROR
    return effects


def _payment_flagged(flow: Flow, payment_result: str, **order: Any) -> str:
    """``_print_stops_short``, settled so that staff must see to the payment by hand:
    they are told of it (``cert_<payment_result>``) and of the print; the detail
    staff get about the payment."""
    payment_flag, print_flag = _print_stops_short(flow, payment_result, **order)
    assert isinstance(payment_flag, c.FlagStaff) and payment_flag.kind == f"cert_{payment_result}"
    assert isinstance(print_flag, c.FlagStaff) and print_flag.kind == "cert_print_failed"
    return payment_flag.detail


def test_wrong_check_digit_and_impossible_date_never_reach_the_card(flow: Flow) -> None:
    flow.handle(c.OpenCertificates())
    flow.handle(c.ChooseDocument("resident-copy"))
    assert flow.state is State.CERT_MRZ
    assert flow.handle(c.SubmitMrz("M123456789", "8503150", "3201015")) == []
    assert "document number does not match its check digit" in _message(flow)
    assert flow.handle(c.SubmitMrz("M123456788", "8502300", "3201015")) == []
    assert "date of birth is not a real date" in _message(flow)
    assert flow.handle(c.SubmitMrz("M123456788", "850315", "3201015")) == []
    assert "check digit after it" in _message(flow)
    assert flow.state is State.CERT_MRZ
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    assert isinstance(read, c.ReadCard) and flow.state is State.CERT_READING


def test_scanned_mrz_starts_the_read(flow: Flow) -> None:
    flow.handle(c.OpenCertificates())
    flow.handle(c.ChooseDocument("resident-copy"))
    mrz = DEMO_RESIDENTS["demo-lee"].mrz
    lines = "\r\n".join(mrz[i : i + 30] for i in range(0, 90, 30))
    [read] = flow.handle(c.MrzScanned(lines))
    assert isinstance(read, c.ReadCard)
    assert read.mrz.key_seed_string() == DEMO_RESIDENTS["demo-lee"].mrz_info().key_seed_string()


def test_happy_path_to_done_and_wiped(flow: Flow, clock: FakeClock) -> None:
    to_options(flow)
    assert flow.state is State.CERT_OPTIONS
    identity = flow.session.personal["identity"]
    record = flow.session.personal["record"]
    flow.handle(c.SetCertOption("rrn_back", True))
    flow.handle(c.SetCertOption("address_history", "full"))  # not a 등본 option: ignored
    flow.handle(c.SetCopies(9))
    assert flow.context.cert.options.copies == 5 and flow.context.cert.options.rrn_back
    assert flow.context.cert.options.address_history == "none"
    flow.handle(c.SetCopies(2))
    flow.handle(c.ConfirmOptions())
    assert flow.state is State.CERT_SUMMARY and flow.context.cert.total_won == 400
    [pay] = flow.handle(c.ConfirmPayment())
    assert isinstance(pay, c.AuthorizePayment) and pay.amount_won == 400 and not pay.waived
    auth = Authorization("A1", 400)
    [order] = flow.handle(
        c.PaymentFinished(pay.journey, pay.attempt, PaymentResult(PaymentOutcome.APPROVED, auth))
    )
    assert isinstance(order, c.PrintOrder) and order.order.options.copies == 2
    assert flow.handle(GoHome()) == [] and flow.state is State.CERT_PRINTING
    outcome = OrderOutcome(
        "resident-copy", 2, ("1", "2"), 200, 400, "captured", "A1", receipt_printed=True
    )
    assert flow.handle(c.OrderFinished(order.journey, outcome)) == []
    assert flow.state is State.CERT_DONE
    clock.advance((flow.time_limit_s() or 0) + 1)
    assert flow.handle(Tick()) == [SessionEnded("done")]
    assert identity.wiped and record.wiped and flow.session.personal == {}


def test_exempt_resident_pays_nothing(flow: Flow) -> None:
    to_options(flow, "demo-lee")
    flow.handle(c.ConfirmOptions())
    assert flow.context.cert.waived and flow.context.cert.total_won == 0
    assert flow.context.cert.exemption_id == "basic-livelihood"  # named on the summary
    [pay] = flow.handle(c.ConfirmPayment())
    assert isinstance(pay, c.AuthorizePayment) and pay.waived and pay.amount_won == 0


def test_exemption_fees_come_from_config(config: KioskConfig, clock: FakeClock) -> None:
    # A reduced fee for the 가족관계증명서 under basic livelihood support; the
    # records of demo-lee name that reason.
    data = config.model_dump()
    data["exemptions"] = [
        {
            "id": "basic-livelihood",
            "names": {"ko": "국민기초생활수급자"},
            "fees": {"family-relations": 100},
        }
    ]
    changed = KioskConfig.model_validate(data)
    flow = _flow(changed, clock)
    to_options(flow, "demo-lee", doc="family-relations")
    flow.handle(c.ConfirmOptions())
    cert = flow.context.cert
    assert cert.exemption_id == "basic-livelihood" and cert.fee_per_copy_won == 100
    assert not cert.waived
    # Off: everyone pays the document's own fee.
    data["devices"]["payment"]["waive_for_exempt"] = False
    flow = _flow(KioskConfig.model_validate(data), clock)
    to_options(flow, "demo-lee", doc="family-relations")
    flow.handle(c.ConfirmOptions())
    assert flow.context.cert.fee_per_copy_won == 500 and not flow.context.cert.exemption_id


def test_choice_options_and_specific_members(flow: Flow) -> None:
    to_options(flow, "demo-lee", doc="family-relations")
    flow.handle(c.ToggleFamilyMember(0))  # only for 특정: ignored
    assert flow.context.cert.options.family_members == ()
    flow.handle(c.SetCertOption("family_kind", "everything"))  # not a kind: ignored
    assert flow.context.cert.options.family_kind == "general"
    flow.handle(c.SetCertOption("family_kind", "specific"))
    flow.handle(c.ToggleFamilyMember(2))
    flow.handle(c.ToggleFamilyMember(0))
    flow.handle(c.ToggleFamilyMember(0))
    flow.handle(c.ToggleFamilyMember(7))  # no such member: ignored
    assert flow.context.cert.options.family_members == (2,)
    flow.handle(c.SetCertOption("family_kind", "detailed"))
    assert flow.context.cert.options.family_members == ()


def test_tax_certificate_purpose_defaults_to_the_first(flow: Flow) -> None:
    to_options(flow, "demo-lee", doc="local-tax")
    assert flow.context.cert.options.purpose == "payment"
    flow.handle(c.SetCertOption("purpose", "bank"))
    flow.handle(c.SetCertOption("purpose", "lottery"))  # not configured: ignored
    assert flow.context.cert.options.purpose == "bank"


def test_declined_payment_returns_to_summary(flow: Flow) -> None:
    to_options(flow)
    flow.handle(c.ConfirmOptions())
    [pay] = flow.handle(c.ConfirmPayment())
    flow.handle(c.PaymentFinished(pay.journey, pay.attempt, PaymentResult(PaymentOutcome.DECLINED)))
    assert flow.state is State.CERT_SUMMARY and "declined" in _message(flow)


def test_late_authorization_is_voided(flow: Flow) -> None:
    to_options(flow)
    flow.handle(c.ConfirmOptions())
    [pay] = flow.handle(c.ConfirmPayment())
    flow.handle(GoBack())
    assert flow.state is State.CERT_SUMMARY
    auth = Authorization("A1", 200)
    result = PaymentResult(PaymentOutcome.APPROVED, auth)
    void = c.VoidPayment(auth, pay.journey)
    assert flow.handle(c.PaymentFinished(pay.journey, pay.attempt, result)) == [void]
    flow.handle(GoHome())
    assert flow.handle(c.PaymentFinished(pay.journey, pay.attempt, result)) == [void]


def test_a_hold_approved_as_the_resident_cancelled_and_not_released_is_told(flow: Flow) -> None:
    pay = at_payment(flow)
    flow.handle(GoBack())
    assert _message(flow) == "Payment cancelled. Nothing has been charged."
    approved = PaymentResult(PaymentOutcome.APPROVED, Authorization("A1", 200))
    [void] = flow.handle(c.PaymentFinished(pay.journey, pay.attempt, approved))
    assert isinstance(void, c.VoidPayment) and void.journey == pay.journey
    # The terminal would not release it: paying again would hold a second amount.
    assert flow.handle(c.PaymentNotReleased(void.journey)) == []
    assert flow.state is State.CERT_SUMMARY
    assert _message(flow) == HOLD_LEFT_MESSAGE.render(identity_translate)
    # A later resident is never told of an earlier one's hold.
    flow.handle(GoHome())
    at_payment(flow)
    flow.handle(GoBack())
    flow.handle(c.PaymentNotReleased(void.journey))
    assert _message(flow) == "Payment cancelled. Nothing has been charged."


def test_leaving_the_payment_step_cancels_the_terminal(flow: Flow) -> None:
    pay = at_payment(flow)
    assert flow.handle(GoBack()) == [c.CancelPayment(pay.attempt)]
    assert flow.state is State.CERT_SUMMARY
    assert _message(flow) == "Payment cancelled. Nothing has been charged."
    [again] = flow.handle(c.ConfirmPayment())
    assert isinstance(again, c.AuthorizePayment) and again.attempt != pay.attempt
    assert flow.handle(GoHome()) == [SessionEnded("home"), c.CancelPayment(again.attempt)]


def test_card_pulled_while_paying_cancels_the_terminal(flow: Flow) -> None:
    pay = at_payment(flow)
    effects = flow.handle(c.CardPulled())
    assert c.CancelPayment(pay.attempt) in effects and flow.state is State.HOME


def test_an_answered_payment_needs_no_cancel(flow: Flow) -> None:
    pay = at_payment(flow)
    declined = PaymentResult(PaymentOutcome.DECLINED)
    assert flow.handle(c.PaymentFinished(pay.journey, pay.attempt, declined)) == []
    assert flow.state is State.CERT_SUMMARY


def test_an_earlier_attempts_approval_never_pays_for_new_options(
    config: KioskConfig, clock: FakeClock
) -> None:
    """Pay for one copy, cancel, choose three, pay again: if the first card tap is
    approved late it is voided, and only the second request's answer prints."""
    flow = _flow(config, clock)
    first = at_payment(flow)
    assert first.amount_won == 200
    flow.handle(GoBack())
    flow.handle(GoBack())
    assert flow.state is State.CERT_OPTIONS
    flow.handle(c.SetCopies(3))
    flow.handle(c.ConfirmOptions())
    [second] = flow.handle(c.ConfirmPayment())
    assert isinstance(second, c.AuthorizePayment) and second.amount_won == 600
    late = Authorization("A1", 200)
    late_answer = c.PaymentFinished(
        first.journey, first.attempt, PaymentResult(PaymentOutcome.APPROVED, late)
    )
    assert flow.handle(late_answer) == [c.VoidPayment(late, first.journey)]
    assert flow.state is State.CERT_PAYING
    auth = Authorization("A2", 600)
    [order] = flow.handle(
        c.PaymentFinished(
            second.journey, second.attempt, PaymentResult(PaymentOutcome.APPROVED, auth)
        )
    )
    assert isinstance(order, c.PrintOrder)
    assert order.authorization == auth and order.order.options.copies == 3


def test_failed_print_tells_resident_and_staff(flow: Flow) -> None:
    [flag] = _print_stops_short(flow, "voided")
    assert isinstance(flag, c.FlagStaff) and flag.kind == "cert_print_failed"
    assert "paper_out" in flag.detail and "김민지" not in flag.detail
    assert "run out of paper" in _message(flow) and "not been charged" in _message(flow)


@pytest.mark.parametrize(
    ("printed", "said"),
    [
        (("N1",), "1 of 3 copies was printed; you were charged only for that one."),
        (("N1", "N2"), "2 of 3 copies were printed; you were charged only for those."),
    ],
)
def test_a_part_printed_says_how_many_in_good_english(
    flow: Flow, printed: tuple[str, ...], said: str
) -> None:
    _print_stops_short(flow, "captured", copies=3, printed=printed, charged_won=200 * len(printed))
    assert said in _message(flow)


@pytest.mark.parametrize("payment_result", ["waived", "capture_failed"])
def test_a_part_printed_order_that_took_no_money_never_says_charged(
    flow: Flow, payment_result: str
) -> None:
    _print_stops_short(flow, payment_result, copies=3, printed=("N1",))
    said = _message(flow)
    assert "1 of 3 copies printed; you have not been charged." in said
    assert "were charged" not in said


def test_card_removed_or_refused_and_stale_reads(flow: Flow) -> None:
    flow.handle(c.CardInserted())
    flow.handle(c.OpenCertificates())
    flow.handle(c.ChooseDocument("resident-copy"))
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    flow.handle(c.CardReadFailed(read.journey, CardAccessDenied("6300")))
    assert flow.state is State.CERT_MRZ and "did not accept" in _message(flow)
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    assert flow.handle(c.CardReadFailed(read.journey, CardRemoved())) == [
        SessionEnded("card_removed")
    ]
    assert flow.state is State.HOME
    late = DEMO_RESIDENTS["demo-kim"].identity()
    assert flow.handle(c.CardRead(read.journey, late)) == [] and late.wiped


def test_card_pulled_after_identification_wipes(flow: Flow) -> None:
    to_options(flow)
    identity = flow.session.personal["identity"]
    assert flow.handle(c.CardPulled()) == [SessionEnded("card_removed")]
    assert identity.wiped and flow.state is State.HOME


def test_timeout_mid_journey_wipes(flow: Flow, config: KioskConfig, clock: FakeClock) -> None:
    to_options(flow)
    record = flow.session.personal["record"]
    clock.advance(config.ui.idle_timeout_s - 10)
    deadline = flow.deadline()
    assert deadline is not None and deadline.warning
    clock.advance(11)
    assert flow.handle(Tick()) == [SessionEnded("timeout")]
    assert record.wiped and flow.state is State.HOME


def test_no_record_and_tax_arrears(flow: Flow) -> None:
    flow.handle(c.OpenCertificates())
    flow.handle(c.ChooseDocument("resident-copy"))
    [read] = flow.handle(c.SubmitMrz(*KIM_TYPED))
    [fetch] = flow.handle(c.CardRead(read.journey, DEMO_RESIDENTS["demo-kim"].identity()))
    flow.handle(c.RecordFailed(fetch.journey, RecordNotFound()))
    assert flow.state is State.CERT_ERROR and "ask at the counter" in _message(flow)
    flow.handle(GoHome())
    to_options(flow, "demo-nguyen", doc="local-tax")
    assert flow.state is State.CERT_ERROR and "unpaid" in _message(flow)
    flow.handle(GoBack())  # choose another document, still identified
    assert flow.state is State.CERT_CHOOSE
    flow.handle(c.ChooseDocument("resident-abstract"))
    assert flow.state is State.CERT_OPTIONS


def test_back_steps(flow: Flow) -> None:
    to_options(flow)
    flow.handle(c.ConfirmOptions())
    back_through(flow, State.CERT_OPTIONS, State.CERT_CHOOSE)
    assert flow.handle(GoBack()) == [SessionEnded("home")]


def test_a_failed_void_releases_the_resident_and_tells_staff_the_amount(flow: Flow) -> None:
    detail = _payment_flagged(
        flow,
        "void_failed",
        failure=PrintFailure.STATUS_UNKNOWN,
        payment_detail="void: TerminalError",
    )
    assert "authorization=A1 amount_won=200" in detail
    assert "could not be cancelled automatically" in _message(flow)
    assert "state could not be checked" in _message(flow)
    flow.handle(GoHome())
    assert flow.state is State.HOME and flow.session.personal == {}


def test_a_part_printed_order_whose_charge_is_unknown_never_says_what_was_charged(
    flow: Flow,
) -> None:
    # One of three copies printed; its capture's answer was lost and the void failed.
    detail = _payment_flagged(
        flow,
        "capture_unknown",
        copies=3,
        printed=("N1",),
        payment_detail="capture: TerminalError; void: TerminalError",
    )
    assert "authorization=A1 amount_won=600 capture_won=200" in detail
    message = _message(flow)
    assert "We could not confirm whether your card was charged." in message
    assert "keep your receipt and ask at the counter" in message
    assert "charged only" not in message and "not been charged" not in message


@pytest.mark.parametrize(
    ("payment_result", "said"),
    [
        ("captured", "The receipt could not be printed. Please ask at the counter for one."),
        ("capture_unknown", "the receipt could not be printed. Please ask at the counter."),
    ],
)
def test_a_receipt_that_did_not_print_is_not_promised(
    flow: Flow, payment_result: str, said: str
) -> None:
    # Every copy printed, then the paper ran out on the receipt.
    order = printing(flow, Authorization("A1", 200))
    outcome = OrderOutcome(
        "resident-copy", 1, ("N1",), 200, 200, payment_result, "A1", receipt_printed=False
    )
    effects = flow.handle(c.OrderFinished(order.journey, outcome))
    assert flow.state is State.CERT_DONE
    message = _message(flow)
    assert said in message and "keep your receipt" not in message
    assert "cert_receipt_not_printed" in [e.kind for e in effects if isinstance(e, c.FlagStaff)]


def test_paid_documents_need_a_printer_that_confirms(config: KioskConfig, clock: FakeClock) -> None:
    config.devices.printer.profile.reports_status = False
    flow = _flow(config, clock)
    to_options(flow)
    flow.handle(c.ConfirmOptions())
    assert flow.handle(c.ConfirmPayment()) == []  # the terminal is never asked
    assert flow.state is State.CERT_SUMMARY
    assert "cannot confirm printing" in _message(flow) and "Nothing has been charged" in (
        _message(flow)
    )
    # A free document (local-tax, 0 won) prints anyway: nothing is charged for it.
    free = _flow(config, clock)
    to_options(free, doc="local-tax")
    free.handle(c.ConfirmOptions())
    [pay] = free.handle(c.ConfirmPayment())
    assert isinstance(pay, c.AuthorizePayment) and pay.waived


# --- forged chips and records of someone else (issue 19, item 1) ---------------------------


def test_identity_of_another_document_than_typed_is_refused(
    config: KioskConfig, clock: FakeClock
) -> None:
    """A reader backend that let a cloned chip through: the flow itself refuses Lee's DG1
    for Kim's typed details, asks for no record, and tells staff without personal data."""
    flow = _flow(config, clock)
    read = reading(flow)
    lee = DEMO_RESIDENTS["demo-lee"].identity()
    effects = flow.handle(c.CardRead(read.journey, lee))
    assert effects == [c.FlagStaff("cert_card_refused", "reason=details_mismatch")]
    assert flow.state is State.CERT_ERROR and lee.wiped
    assert "do not match the details you entered" in _message(flow)
    assert "identity" not in flow.session.personal
    # "Try another ID card" (the error screen's Back): the ID step again, with the
    # document chosen kept and nothing of the refused card left in the session.
    flow.handle(GoBack())
    assert flow.state is State.CERT_MRZ and flow.session.personal == {}
    assert flow.context.cert.document_id == "resident-copy" and not _message(flow)


def test_an_expired_document_gives_no_identity(config: KioskConfig, clock: FakeClock) -> None:
    """Kim's card is valid until 1 January 2032: from the day after it identifies no one (an
    old passport would vote a second time beside the new one, or stand in for a valid ID)."""
    kim = DEMO_RESIDENTS["demo-kim"].identity()
    assert kim.expiry() == date(2032, 1, 1)
    clock.advance((datetime(2032, 1, 1, 15, 0, tzinfo=UTC) - clock.now()).total_seconds())
    flow = _flow(config, clock)  # 00:00 on 2 January 2032 in Seoul
    read = reading(flow)
    assert flow.handle(c.CardRead(read.journey, kim)) == []
    assert flow.state is State.CERT_ERROR and kim.wiped
    assert _message(flow) == c.EXPIRED_DOCUMENT.render(identity_translate)
    assert "identity" not in flow.session.personal
    # On its last day, it still did.
    clock.advance(-1)
    flow = _flow(config, clock)
    read = reading(flow)
    [fetch] = flow.handle(c.CardRead(read.journey, DEMO_RESIDENTS["demo-kim"].identity()))
    assert isinstance(fetch, c.FetchRecord)


def test_chip_refusals_go_to_an_error_screen_and_staff(
    flow: Flow, config: KioskConfig, clock: FakeClock
) -> None:
    read = reading(flow)
    verdict = ChipVerdict(ChipCheck.UNTRUSTED_SIGNER, "no trusted CSCA issued the DS certificate")
    effects = flow.handle(c.CardReadFailed(read.journey, ChipNotGenuine(verdict)))
    assert effects == [c.FlagStaff("cert_card_refused", "reason=untrusted_signer")]
    assert flow.state is State.CERT_ERROR
    assert "could not be verified as genuine" in _message(flow)
    flow2 = _flow(config, clock)
    read2 = reading(flow2)
    mismatch = ChipDetailsMismatch("DG1 differs from the MRZ details in: birth date")
    assert flow2.handle(c.CardReadFailed(read2.journey, mismatch)) == [
        c.FlagStaff("cert_card_refused", "reason=details_mismatch")
    ]
    assert flow2.state is State.CERT_ERROR


def test_record_of_another_identity_is_refused(flow: Flow) -> None:
    read = reading(flow)
    [fetch] = flow.handle(c.CardRead(read.journey, DEMO_RESIDENTS["demo-kim"].identity()))
    assert isinstance(fetch, c.FetchRecord)
    lees = parse_record(DEMO_RECORDS["demo-lee"])
    effects = flow.handle(c.RecordFetched(fetch.journey, lees))
    assert effects == [
        c.FlagStaff(
            "cert_record_mismatch",
            "the records provider answered with a record of another identity",
        )
    ]
    assert flow.state is State.CERT_ERROR and lees.wiped
    assert "do not belong to the person on this ID card" in _message(flow)
    assert "record" not in flow.session.personal


def test_record_names_its_holder_by_the_audit_identity_key() -> None:
    kim = DEMO_RESIDENTS["demo-kim"].identity()
    assert parse_record(DEMO_RECORDS["demo-kim"]).holder_key == kim.key == "KOR|M12345678|850315"


def test_a_basket_of_documents_for_one_payment(flow: Flow) -> None:
    to_options(flow)  # 등본 for Kim
    flow.handle(c.SetCopies(2))
    flow.handle(c.ConfirmOptions())
    assert flow.state is State.CERT_SUMMARY and flow.context.cert.total_won == 400
    flow.handle(c.AddDocument())
    assert flow.state is State.CERT_CHOOSE
    flow.handle(GoBack())  # changed their mind: the basket as it was
    assert flow.state is State.CERT_SUMMARY and len(flow.context.cert.basket) == 1
    flow.handle(c.AddDocument())
    assert flow.handle(c.ChooseDocument("family-relations")) == []  # no second card read
    assert flow.state is State.CERT_OPTIONS
    flow.handle(c.SetCertOption("family_kind", "detailed"))
    flow.handle(c.ConfirmOptions())
    cert = flow.context.cert
    assert [i.document_id for i in cert.basket] == ["resident-copy", "family-relations"]
    assert cert.total_won == 900
    flow.handle(GoBack())  # back to the last document's options, out of the basket
    assert flow.state is State.CERT_OPTIONS and cert.options.family_kind == "detailed"
    assert len(cert.basket) == 1
    flow.handle(c.ConfirmOptions())
    [pay] = flow.handle(c.ConfirmPayment())
    assert isinstance(pay, c.AuthorizePayment) and pay.amount_won == 900
    assert pay.reference == "resident-copyx2+family-relationsx1"
    auth = Authorization("A1", 900)
    [job] = flow.handle(
        c.PaymentFinished(pay.journey, pay.attempt, PaymentResult(PaymentOutcome.APPROVED, auth))
    )
    assert isinstance(job, c.PrintOrder)
    assert [i.document_id for i in job.order.items] == ["resident-copy", "family-relations"]
    assert job.order.total_won == 900 and job.order.copies == 3


def test_the_basket_has_a_limit(flow: Flow) -> None:
    to_options(flow)
    flow.handle(c.ConfirmOptions())
    for _ in range(MAX_BASKET - 1):
        flow.handle(c.AddDocument())
        flow.handle(c.ChooseDocument("resident-abstract"))
        flow.handle(c.ConfirmOptions())
    assert len(flow.context.cert.basket) == MAX_BASKET
    flow.handle(c.AddDocument())
    assert flow.state is State.CERT_SUMMARY
