"""Payment backends and the authorize-print-capture order: never charge without paper."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from drivers.payment import create_payment
from drivers.payment.free import FreePayment
from drivers.payment.mock import MockPayment
from drivers.printer.mock import MockPrinter
from kiosk.certificates.audit import AuditLog, HoldBook, identity_hash, load_or_create_hmac_key
from kiosk.certificates.issuing import (
    BasketItem,
    CertificateOrder,
    CertOptions,
    OrderOutcome,
    OutcomeLine,
    build_receipt,
    issue_order,
)
from kiosk.certificates.signing import KioskSigner
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockPaymentOptions,
    MockPrinterOptions,
    PaymentConfig,
    PrinterProfile,
)
from kiosk.i18n import identity_translate
from kiosk.identity import DEMO_RESIDENTS
from kiosk.ports.payment import PaymentOutcome, PaymentResult, PaymentTerminal
from kiosk.ports.printer import PrintFailure, PrintResult
from kiosk.printing.document import Document
from kiosk.storage.database import open_database
from tests.support.printing_faults import order

KIM = DEMO_RESIDENTS["demo-kim"]


def test_backends_are_terminals() -> None:
    assert isinstance(create_payment(PaymentConfig(backend="free")), PaymentTerminal)
    assert isinstance(create_payment(PaymentConfig()), MockPayment)


def test_a_restarted_kiosks_mock_terminal_takes_payments_its_database_can_keep(
    tmp_path: Path,
) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}")
    try:
        holds = HoldBook(AuditLog(engine, b"k"), "kiosk-1", FakeClock())
        for _run in range(2):  # the kiosk as built at two starts, on one database
            terminal = create_payment(PaymentConfig(backend="mock"))
            result = terminal.authorize(200, "resident-copy", 5)
            assert result.authorization is not None
            # Both runs' first approval: a repeated id made the second run's
            # hold fail to record, and its payments "unavailable".
            holds.record(result.authorization, "resident-copy")
        first, second = (h["authorization_id"] for h in holds.audit.holds())
        assert first != second and first.startswith("MOCK-") and second.endswith("-000001")
    finally:
        engine.dispose()


def test_free_waives_everything() -> None:
    result = FreePayment().authorize(400, "resident-copyx2", 5)
    assert result.approved and result.authorization is not None
    assert result.authorization.waived and result.authorization.amount_won == 0


def test_mock_follows_its_script() -> None:
    mock = MockPayment(MockPaymentOptions(script=["decline", "timeout", "approve"]))
    assert mock.authorize(200, "r", 5).outcome is PaymentOutcome.DECLINED
    assert mock.authorize(200, "r", 5).outcome is PaymentOutcome.TIMEOUT
    ok = mock.authorize(200, "r", 5)
    assert ok.approved and ok.authorization is not None
    assert mock.authorize(200, "r", 5).approved  # the last answer repeats
    assert not mock.capture(ok.authorization, 300)  # never more than was authorized
    assert mock.capture(ok.authorization, 200) and mock.charged_won() == 200
    assert not mock.capture(ok.authorization, 200)  # not twice
    with pytest.raises(ValueError):
        mock.set_script("maybe")


def test_mock_terminal_stops_waiting_for_a_card_when_cancelled() -> None:
    mock = MockPayment(MockPaymentOptions(script=["no_card"]))
    cancel = threading.Event()
    answers: list[PaymentResult] = []
    waiter = threading.Thread(
        target=lambda: answers.append(mock.authorize(200, "r", 60, cancel=cancel))
    )
    started = time.monotonic()
    waiter.start()
    deadline = started + 5
    while mock.waiting == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert mock.waiting == 1
    cancel.set()
    waiter.join(5)
    assert not waiter.is_alive() and time.monotonic() - started < 5  # not the 60 s limit
    assert answers[0].outcome is PaymentOutcome.CANCELLED and answers[0].authorization is None
    assert mock.ledger == [] and mock.waiting == 0


def test_a_request_cancelled_before_it_starts_asks_for_no_card() -> None:
    cancel = threading.Event()
    cancel.set()
    for terminal in (MockPayment(MockPaymentOptions(script=["approve"])), FreePayment()):
        result = terminal.authorize(200, "r", 60, cancel=cancel)
        assert result.outcome is PaymentOutcome.CANCELLED and not result.approved


def test_no_card_times_out_at_the_terminals_limit() -> None:
    mock = MockPayment(MockPaymentOptions(script=["no_card"]))
    assert mock.authorize(200, "r", 0.05).outcome is PaymentOutcome.TIMEOUT


class FlakyPrinter(MockPrinter):
    """Prints ``ok_jobs`` jobs, then runs out of paper."""

    def __init__(self, ok_jobs: int) -> None:
        super().__init__(MockPrinterOptions(), PrinterProfile())
        self.ok_jobs = ok_jobs

    def print_document(self, document: Document) -> PrintResult:
        if len(self.jobs) >= self.ok_jobs:
            return PrintResult.failed(PrintFailure.PAPER_OUT, "test: paper out")
        return super().print_document(document)


def _run(
    config: KioskConfig,
    audit: AuditLog,
    tmp_path: Path,
    printer: MockPrinter,
    payment: PaymentTerminal,
    order: CertificateOrder,
):  # type: ignore[no-untyped-def]
    result = payment.authorize(order.total_won, "ref", 5)
    assert result.authorization is not None
    return issue_order(
        order,
        result.authorization,
        config=config,
        printer=printer,
        payment=payment,
        audit=audit,
        signer=KioskSigner.load_or_create(tmp_path),
        clock=FakeClock(),
        translate=identity_translate,
    )


def test_printed_order_is_captured_and_audited(
    config: KioskConfig, audit: AuditLog, tmp_path: Path
) -> None:
    printer, payment = FlakyPrinter(ok_jobs=99), MockPayment()
    outcome = _run(config, audit, tmp_path, printer, payment, order(copies=2))
    assert outcome.complete and outcome.payment_result == "captured"
    assert payment.charged_won() == 400 and payment.ledger[0].state == "captured"
    kinds = [j.document.kind for j in printer.jobs]
    assert kinds == ["certificate", "certificate", "receipt"]
    receipt = printer.jobs[-1].document.plain_text()
    assert "Total charged: 400 won" in receipt
    for number in outcome.printed_numbers:
        assert number in receipt
    rows = audit.entries()
    assert [r["issuance_number"] for r in rows] == list(outcome.printed_numbers)
    expected_hash = identity_hash(load_or_create_hmac_key(tmp_path), KIM.identity())
    for row in rows:
        assert row["identity_hash"] == expected_hash and row["printed"]
        assert (row["document_id"], row["copies"], row["fee_won"]) == ("resident-copy", 2, 200)
        assert row["payment_result"] == "captured" and row["kiosk_id"] == "kiosk-1"
        # Nothing about the resident but the keyed hash.
        assert "M12345678" not in str(row) and "김민지" not in str(row)


def test_paper_out_before_any_copy_voids_the_authorization(
    config: KioskConfig, audit: AuditLog, tmp_path: Path
) -> None:
    printer, payment = FlakyPrinter(ok_jobs=0), MockPayment()
    outcome = _run(config, audit, tmp_path, printer, payment, order(copies=2))
    assert outcome.printed_numbers == () and outcome.payment_result == "voided"
    assert outcome.failure is PrintFailure.PAPER_OUT and not outcome.receipt_printed
    assert payment.charged_won() == 0 and payment.ledger[0].state == "voided"
    [row] = audit.entries()  # the number on the half-printed page is traceable
    assert not row["printed"] and row["payment_result"] == "voided" and row["fee_won"] == 0


def test_partial_print_charges_only_printed_copies(
    config: KioskConfig, audit: AuditLog, tmp_path: Path
) -> None:
    printer, payment = FlakyPrinter(ok_jobs=1), MockPayment()
    outcome = _run(config, audit, tmp_path, printer, payment, order(copies=3))
    assert len(outcome.printed_numbers) == 1 and not outcome.complete
    assert outcome.charged_won == 200 and payment.charged_won() == 200


def test_waived_order_charges_nothing(config: KioskConfig, audit: AuditLog, tmp_path: Path) -> None:
    printer, payment = FlakyPrinter(ok_jobs=99), FreePayment()
    outcome = _run(config, audit, tmp_path, printer, payment, order(copies=1, fee=0))
    assert outcome.complete and outcome.payment_result == "waived" and outcome.charged_won == 0
    assert "Fee waived" in printer.jobs[-1].document.plain_text()


def _basket() -> CertificateOrder:
    # A 등본 (2 copies at 200) then a 가족관계증명서 (1 copy at 500): one payment.
    first = order(copies=2)
    return replace(
        first,
        more=(BasketItem("family-relations", CertOptions(family_kind="detailed"), 500),),
    )


def test_a_basket_prints_in_order_and_is_paid_once(
    config: KioskConfig, audit: AuditLog, tmp_path: Path
) -> None:
    printer, payment = FlakyPrinter(ok_jobs=99), MockPayment()
    basket = _basket()
    assert basket.total_won == 900 and basket.copies == 3
    outcome = _run(config, audit, tmp_path, printer, payment, basket)
    assert outcome.complete and outcome.payment_result == "captured"
    assert outcome.charged_won == 900 and payment.charged_won() == 900
    assert len(payment.ledger) == 1  # one authorization, one capture
    kinds = [job.document.kind for job in printer.jobs]
    assert kinds == ["certificate", "certificate", "certificate", "receipt"]
    assert "가족관계증명서(상세)" in printer.jobs[2].document.plain_text()
    receipt = printer.jobs[-1].document.plain_text()
    assert "Total charged: 900 won" in receipt and "가족관계증명서" in receipt
    rows = audit.entries()  # one row per printed copy, with its own document and fee
    assert [r["document_id"] for r in rows] == ["resident-copy"] * 2 + ["family-relations"]
    assert [r["fee_won"] for r in rows] == [200, 200, 500]
    assert all(r["payment_result"] == "captured" and r["printed"] for r in rows)
    assert [line.document_id for line in outcome.lines] == ["resident-copy", "family-relations"]


def test_a_basket_that_fails_part_way_charges_what_printed(
    config: KioskConfig, audit: AuditLog, tmp_path: Path
) -> None:
    # The 등본's two copies print; the paper runs out on the 가족관계증명서.
    printer, payment = FlakyPrinter(ok_jobs=2), MockPayment()
    outcome = _run(config, audit, tmp_path, printer, payment, _basket())
    assert not outcome.complete and outcome.failure is PrintFailure.PAPER_OUT
    assert outcome.charged_won == 400 and payment.charged_won() == 400
    assert [len(line.printed_numbers) for line in outcome.lines] == [2, 0]
    rows = audit.entries()
    assert [r["printed"] for r in rows] == [True, True, False]
    assert rows[2]["payment_result"] == "voided" and rows[2]["fee_won"] == 0


def test_the_receipt_after_a_failure_says_what_was_printed(config: KioskConfig) -> None:
    outcome = OrderOutcome(
        document_id="resident-copy",
        copies=3,
        printed_numbers=("1111-2222-3333-4444", "5555-6666-7777-8888"),
        fee_per_copy_won=200,
        charged_won=400,
        payment_result="captured",
        authorization_id="A1",
        failure=PrintFailure.PAPER_OUT,
        lines=(
            OutcomeLine("resident-copy", 2, ("1111-2222-3333-4444", "5555-6666-7777-8888"), 200),
            OutcomeLine("family-relations", 1, (), 500),
        ),
    )
    text = build_receipt(
        config, outcome, language="ko", issued_at=FakeClock().now(), translate=identity_translate
    ).plain_text()
    assert "2 of 2" in text and "0 of 1" in text and "Total charged: 400 won" in text
    assert "only the documents above were printed" in text


@pytest.mark.parametrize("payment_result", ["capture_failed", "capture_unknown"])
def test_a_part_printed_receipt_says_charged_only_when_the_capture_went_through(
    config: KioskConfig, payment_result: str
) -> None:
    outcome = OrderOutcome(
        document_id="resident-copy",
        copies=2,
        printed_numbers=("1111-2222-3333-4444",),
        fee_per_copy_won=200,
        charged_won=0,
        payment_result=payment_result,
        authorization_id="A1",
        failure=PrintFailure.PAPER_OUT,
    )
    text = build_receipt(
        config, outcome, language="ko", issued_at=FakeClock().now(), translate=identity_translate
    ).plain_text()
    assert (
        "Printing stopped part-way: only the documents above were printed; the rest were cancelled."
    ) in text
    assert "printed and charged" not in text
