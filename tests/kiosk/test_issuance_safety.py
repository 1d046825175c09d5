"""Issue 19, items 2-4: no charge without a confirmed print, payment calls that cannot
strand anyone, and audit rows that survive a power cut.

Orders run through the real ``issue_order`` into the TCP ESC/POS emulator
and the mock card terminal, with a real SQLite audit table
(``tests.support.printing_faults``). Assertions are on what the resident
holds (the decoded paper), what they were charged (the terminal's ledger)
and what staff find (audit rows, events).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from drivers.payment.mock import MockPayment, TerminalError
from drivers.printer.mock import MockPrinter
from kiosk.certificates.audit import AuditLog, IssuanceRecord, load_or_create_hmac_key
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, MockPaymentOptions, MockPrinterOptions, PrinterProfile
from kiosk.ports.payment import (
    Authorization,
    CaptureOutcome,
    PaymentOutcome,
    authorize_within,
    capture_within,
    void_within,
)
from kiosk.ports.printer import PrintFailure, PrintResult
from kiosk.queue.store import Queue
from kiosk.storage.database import events, open_database
from tests.support import escpos_emulator as emu
from tests.support import printing_faults as pf


@pytest.fixture
def payment() -> Iterator[MockPayment]:
    terminal = MockPayment(MockPaymentOptions())
    yield terminal
    terminal.release_hangs()


def _on_network_printer(
    tmp_path: Path, payment: MockPayment, faults: emu.Faults | None = None
) -> pf.Left:
    """An order paid with ``payment`` and printed by the network printer driver on
    the emulator, which has ``faults``: what it left behind."""
    with emu.EscposEmulator(faults=faults) as e:
        return pf.run_order(tmp_path, pf.network_printer(e), payment, emulator=e)


# -- item 2: unknown status is never a charge -------------------------------------------


@pytest.mark.parametrize(
    "faults",
    [
        emu.Faults(answer_status=False, paper_out_after_lines=3),
        emu.Faults(garbage=b"\xff", paper_out_after_lines=3),
    ],
    ids=["silent", "garbage"],
)
def test_a_printer_that_cannot_answer_is_never_charged(
    tmp_path: Path, payment: MockPayment, faults: emu.Faults
) -> None:
    left = _on_network_printer(tmp_path, payment, faults)
    assert left.outcome.failure is PrintFailure.STATUS_UNKNOWN
    assert left.outcome.payment_result == "voided" and left.charged_won == 0
    assert left.ledger == ["MOCK-000001:voided"]
    assert left.on_paper == set()  # nothing was sent: the status was not known
    [row] = left.rows
    assert (row["state"], row["printed"], row["payment_result"], row["fee_won"]) == (
        "failed",
        False,
        "voided",
        0,
    )


def test_unknown_status_after_the_job_voids_instead_of_capturing(
    tmp_path: Path, payment: MockPayment
) -> None:
    # Fine before the copy (three answers), silent after it: the bytes may be lost.
    left = _on_network_printer(tmp_path, payment, emu.Faults(answer_first_requests=3))
    assert left.outcome.failure is PrintFailure.STATUS_UNKNOWN
    assert left.charged_won == 0 and left.ledger == ["MOCK-000001:voided"]
    [row] = left.rows
    assert row["state"] == "failed" and not row["printed"]
    # Whatever reached the paper carries a number the audit table knows.
    assert left.certificates_without_audit == 0


def test_a_copy_cut_short_in_the_printers_buffer_is_not_charged(
    tmp_path: Path, payment: MockPayment
) -> None:
    # The printer takes the whole copy into its buffer and answers status at
    # once, then runs out of paper ten lines in: nothing says "printed" until
    # it has printed the copy, and it never does.
    faults = emu.Faults(paper_out_after_lines=10, line_print_s=0.01)
    left = _on_network_printer(tmp_path, payment, faults)
    assert left.outcome.failure is PrintFailure.PAPER_OUT
    assert left.outcome.payment_result == "voided" and left.charged_won == 0
    [row] = left.rows
    assert (row["state"], row["printed"], row["fee_won"]) == ("failed", False, 0)


def test_a_clean_status_before_and_after_captures(tmp_path: Path, payment: MockPayment) -> None:
    left = _on_network_printer(tmp_path, payment)
    assert left.outcome.payment_result == "captured" and left.charged_won == pf.FEE
    [row] = left.rows
    assert row["state"] == "captured" and row["printed"] and row["fee_won"] == pf.FEE
    assert row["issuance_number"] in left.on_paper


def test_a_paid_copy_on_a_printer_without_status_is_not_charged(
    tmp_path: Path, payment: MockPayment
) -> None:
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile(reports_status=False))
    left = pf.run_order(tmp_path, printer, payment)
    assert left.outcome.failure is PrintFailure.STATUS_UNKNOWN
    assert left.charged_won == 0 and left.outcome.payment_result == "voided"


# -- item 3: payment calls under a deadline ----------------------------------------------


@pytest.mark.parametrize("fault", ["raise", "hang"])
def test_a_failing_void_is_reported_not_raised(
    tmp_path: Path, payment: MockPayment, fault: str
) -> None:
    payment.set_faults(void=fault)
    left = _on_network_printer(tmp_path, payment, emu.Faults(answer_status=False))
    assert left.seconds < 5  # the answer limit is 0.5 s
    assert left.outcome.payment_result == "void_failed" and left.charged_won == 0
    assert left.outcome.held_won == pf.FEE and "void" in left.outcome.payment_detail
    [row] = left.rows
    assert row["state"] == "failed" and row["payment_result"] == "void_failed"


@pytest.mark.parametrize("fault", ["raise", "hang"])
def test_a_failing_capture_charges_nothing_and_is_reported(
    tmp_path: Path, payment: MockPayment, fault: str
) -> None:
    payment.set_faults(capture=fault)
    left = _on_network_printer(tmp_path, payment)
    assert left.seconds < 5
    assert left.outcome.payment_result == "capture_failed" and left.charged_won == 0
    [row] = left.rows
    assert row["printed"] and row["state"] == "capture_failed" and row["fee_won"] == 0


class _AnswerLost(MockPayment):
    """A capture that charges the card, then loses its answer (a dropped VAN link)."""

    def capture(self, authorization: Authorization, amount_won: int) -> bool:
        super().capture(authorization, amount_won)
        raise TerminalError("mock: the answer was lost")


class _Refusing(MockPayment):
    """A terminal that answers every capture with "no" (a VAN refusal)."""

    def capture(self, authorization: Authorization, amount_won: int) -> bool:
        return False


def _receipt(printer: MockPrinter) -> str:
    *_, receipt = printer.jobs
    assert receipt.document.kind == "receipt"
    return receipt.document.plain_text()


def test_a_lost_capture_answer_is_voided_before_the_receipt_says_not_charged(
    tmp_path: Path,
) -> None:
    payment = _AnswerLost(MockPaymentOptions())
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile())
    left = pf.run_order(tmp_path, printer, payment)
    # The charge went through, the void cancelled it: the resident paid nothing.
    assert left.ledger == ["MOCK-000001:voided"] and left.charged_won == 0
    assert left.outcome.payment_result == "capture_failed"
    assert left.outcome.payment_detail == "capture: TerminalError; void: done"
    assert "Payment: Not charged (please tell the staff)" in _receipt(printer)
    [row] = left.rows
    assert (row["state"], row["payment_result"], row["fee_won"]) == ("capture_failed",) * 2 + (0,)


@pytest.mark.parametrize(
    ("terminal", "capture", "ledger"),
    [
        # The card was charged and the kiosk cannot take it back.
        (_AnswerLost, "ok", "MOCK-000001:captured"),
        # The terminal froze: nobody knows whether the capture went through.
        (MockPayment, "hang", "MOCK-000001:held"),
    ],
    ids=["charged-answer-lost", "timed-out"],
)
def test_a_capture_of_unknown_outcome_that_cannot_be_voided_is_never_called_not_charged(
    tmp_path: Path, terminal: type[MockPayment], capture: str, ledger: str
) -> None:
    payment = terminal(MockPaymentOptions())
    payment.set_faults(capture=capture, void="raise")
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile())
    left = pf.run_order(tmp_path, printer, payment)
    assert left.seconds < 5
    assert left.ledger == [ledger]
    assert left.outcome.payment_result == "capture_unknown"
    assert left.outcome.payment_detail.endswith("; void: TerminalError")
    receipt = _receipt(printer)
    assert "Not charged" not in receipt
    assert "Total charged: Not confirmed (200 won)" in receipt
    assert "Payment: Not confirmed: keep this receipt and ask at the counter" in receipt
    # The audit keeps the fee it may have taken, for staff to check at the terminal.
    [row] = left.rows
    assert row["printed"]
    assert (row["state"], row["payment_result"], row["fee_won"]) == (
        "capture_unknown",
        "capture_unknown",
        pf.FEE,
    )


def test_a_refused_capture_whose_void_fails_says_the_hold_is_still_there(
    tmp_path: Path,
) -> None:
    payment = _Refusing(MockPaymentOptions())
    payment.set_faults(void="raise")
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile())
    left = pf.run_order(tmp_path, printer, payment)
    assert left.ledger == ["MOCK-000001:held"] and left.charged_won == 0
    assert left.outcome.payment_result == "void_failed"
    assert "Payment: Not charged (please tell the staff)" in _receipt(printer)
    [row] = left.rows
    assert (row["state"], row["payment_result"], row["fee_won"]) == ("void_failed",) * 2 + (0,)


def test_a_hanging_authorization_answers_unavailable_in_time(payment: MockPayment) -> None:
    payment.set_script("hang")
    cancel = threading.Event()
    started = time.monotonic()
    result = authorize_within(payment, 200, "r", 0.2, cancel=cancel, grace_s=0.3)
    assert time.monotonic() - started < 2
    assert result.outcome is PaymentOutcome.UNAVAILABLE and not result.approved
    assert cancel.is_set()  # the terminal is told to stop asking for a card
    assert payment.ledger == []


def test_guards_pass_answers_through(payment: MockPayment) -> None:
    result = authorize_within(payment, 200, "r", 5, cancel=threading.Event(), grace_s=1)
    assert result.approved and result.authorization is not None
    assert capture_within(payment, result.authorization, 200, 1) == (CaptureOutcome.CAPTURED, "")
    assert payment.charged_won() == 200
    # The port's void leaves nothing charged, a captured hold included.
    assert void_within(payment, result.authorization, 1) == ""
    assert payment.charged_won() == 0


def test_an_approval_after_the_kiosk_gave_up_is_voided(payment: MockPayment) -> None:
    """A terminal that ignores the kiosk's cancel and approves late leaves no hold behind."""

    class LateApprover(MockPayment):
        def authorize(self, amount_won, reference, timeout_s, *, cancel):  # type: ignore[no-untyped-def]
            time.sleep(0.4)  # the card went in just as the kiosk stopped waiting
            return super().authorize(amount_won, reference, timeout_s, cancel=threading.Event())

    terminal = LateApprover(MockPaymentOptions())
    result = authorize_within(terminal, 200, "r", 0.1, cancel=threading.Event(), grace_s=0.0)
    assert result.outcome is PaymentOutcome.UNAVAILABLE  # the resident is told nothing was held
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and [e.state for e in terminal.ledger] != ["voided"]:
        time.sleep(0.02)
    assert [entry.state for entry in terminal.ledger] == ["voided"]
    assert terminal.charged_won() == 0


# -- item 4: the audit row exists before the first byte, and survives a kill ------------


def test_the_audit_row_is_written_before_the_first_byte(
    tmp_path: Path, payment: MockPayment, audit: AuditLog
) -> None:
    seen: list[list[tuple[str, str]]] = []

    class Watching(MockPrinter):
        def print_document(self, document):  # type: ignore[no-untyped-def]
            seen.append([(r["issuance_number"], r["state"]) for r in audit.entries()])
            return super().print_document(document)

    printer = Watching(MockPrinterOptions(), PrinterProfile())
    left = pf.run_order(tmp_path, printer, payment, copies=2)
    first, second, _receipt = seen
    numbers = list(left.outcome.printed_numbers)
    assert first == [(numbers[0], "printing")]
    assert second == [(numbers[0], "printed"), (numbers[1], "printing")]
    assert [r["state"] for r in left.rows] == ["captured", "captured"]


def test_a_kill_mid_print_is_recovered_at_the_next_start(tmp_path: Path) -> None:
    with pf.killed_mid_print(tmp_path) as (engine, auth_id):
        audit = AuditLog(engine, load_or_create_hmac_key(tmp_path))
        [left] = audit.entries()
        # The power cut left the row: the number on the half page is traceable.
        assert left["state"] == "printing" and left["authorization_id"] == auth_id
        assert left["authorized_won"] == pf.FEE
        terminal = MockPayment()
        [found] = pf.recover(engine, tmp_path, terminal)
        assert found.payment_result == "voided" and found.was == "printing"
        [row] = audit.entries()
        assert (row["state"], row["payment_result"], row["fee_won"]) == (
            "interrupted",
            "voided",
            0,
        )
        # The hold is released at the terminal, never captured.
        assert [(e.authorization.id, e.state) for e in terminal.ledger] == [(auth_id, "voided")]
        assert terminal.charged_won() == 0
        with engine.connect() as conn:
            [event] = conn.execute(events.select()).all()
        assert event.kind == "cert_interrupted"
        assert row["issuance_number"] in event.detail and f"amount_won={pf.FEE}" in event.detail
        # A second start finds nothing more to do.
        assert pf.recover(engine, tmp_path, terminal) == []


def _unfinished(audit: AuditLog, number: str, state: str, auth: str, amount: int) -> None:
    audit.record(
        IssuanceRecord(
            issuance_number=number,
            document_id="resident-copy",
            copies=2,
            fee_won=0,
            payment_result="pending",
            printed=state == "printed",
            issued_at=pf.NOW,
            kiosk_id="kiosk-1",
            identity_hash="0" * 64,
            state=state,
            authorization_id=auth,
            authorized_won=amount,
        )
    )


def test_recovery_voids_each_hold_once_and_tells_staff_per_row(
    tmp_path: Path, engine: Engine, audit: AuditLog, config: KioskConfig, clock: FakeClock
) -> None:
    _unfinished(audit, "1111-1111-1111-1111", "printed", "MOCK-000042", 400)
    _unfinished(audit, "2222-2222-2222-2222", "printing", "MOCK-000042", 400)
    _unfinished(audit, "3333-3333-3333-3333", "printing", "waived-1", 0)
    terminal = MockPayment()
    terminal.set_faults(void="raise")
    found = pf.recover(engine, tmp_path, terminal)
    assert [(f.was, f.payment_result) for f in found] == [
        ("printed", "void_failed"),
        ("printing", "void_failed"),
        ("printing", "waived"),
    ]
    assert [r["state"] for r in audit.entries()] == ["interrupted"] * 3
    queue = Queue(engine, config, clock)
    flagged = queue.events(["cert_interrupted"])
    assert len(flagged) == 3
    assert "payment=void_failed amount_won=400" in flagged[0]["detail"]


def test_a_failed_copy_still_pending_is_recovered(
    tmp_path: Path, engine: Engine, audit: AuditLog, config: KioskConfig, clock: FakeClock
) -> None:
    # Finding 1: the copy failed, the process died before void_within released the hold.
    _unfinished(audit, "4444-4444-4444-4444", "failed", "MOCK-000043", 400)
    terminal = MockPayment()
    [found] = pf.recover(engine, tmp_path, terminal)
    assert (found.was, found.payment_result) == ("failed", "voided")
    assert [(e.authorization.id, e.state) for e in terminal.ledger] == [("MOCK-000043", "voided")]
    assert terminal.charged_won() == 0
    [row] = audit.entries()
    assert (row["state"], row["payment_result"], row["fee_won"]) == ("interrupted", "voided", 0)
    [event] = Queue(engine, config, clock).events(["cert_interrupted"])
    assert "issuance=4444-4444-4444-4444" in event["detail"]
    assert "found=failed payment=voided" in event["detail"]
    assert pf.recover(engine, tmp_path, terminal) == []


def test_recovery_finds_a_hold_stamped_after_a_clock_that_went_back(
    tmp_path: Path, engine: Engine, audit: AuditLog, config: KioskConfig
) -> None:
    # Written at pf.NOW; the kiosk restarts with its wall clock an hour behind.
    _unfinished(audit, "7777-7777-7777-7777", "printed", "MOCK-000045", 400)
    clock = FakeClock(pf.NOW)
    clock.set_wall(pf.NOW - timedelta(hours=1))
    terminal = MockPayment()
    [found] = audit.recover_interrupted(
        terminal, kiosk_id="kiosk-1", now=clock.now(), deadline_s=0.5
    )
    assert (found.was, found.payment_result) == ("printed", "voided")
    assert [(e.authorization.id, e.state) for e in terminal.ledger] == [("MOCK-000045", "voided")]
    [row] = audit.entries()
    assert (row["state"], row["payment_result"], row["fee_won"]) == ("interrupted", "voided", 0)
    [event] = Queue(engine, config, clock).events(["cert_interrupted"])
    assert "issuance=7777-7777-7777-7777" in event["detail"]


def test_a_hold_approved_before_any_copy_began_is_voided_at_the_next_start(
    tmp_path: Path, engine: Engine, audit: AuditLog, config: KioskConfig, clock: FakeClock
) -> None:
    # The power went after the terminal approved and before the first copy's row.
    audit.record_hold(
        Authorization("MOCK-000046", 800),
        kiosk_id="kiosk-1",
        reference="resident-copyx2",
        now=pf.NOW,
    )
    assert audit.entries() == []  # no issuance row to find it by
    terminal = MockPayment()
    [found] = pf.recover(engine, tmp_path, terminal)
    assert (found.was, found.payment_result, found.authorized_won) == ("approved", "voided", 800)
    assert [(e.authorization.id, e.state) for e in terminal.ledger] == [("MOCK-000046", "voided")]
    assert terminal.charged_won() == 0
    [event] = Queue(engine, config, clock).events(["cert_interrupted"])
    assert event["detail"] == (
        "issuance=- document=resident-copyx2 found=approved payment=voided amount_won=800"
    )
    [hold] = audit.holds()
    assert hold["result"] == "voided" and hold["settled_at"] is not None
    assert pf.recover(engine, tmp_path, terminal) == []  # settled: never voided twice
    assert len(terminal.ledger) == 1


def test_a_hold_is_settled_with_its_rows_and_its_finished_order_is_left_alone(
    tmp_path: Path, engine: Engine, audit: AuditLog
) -> None:
    now = pf.NOW
    audit.record_hold(Authorization("MOCK-000047", 400), kiosk_id="kiosk-1", reference="a", now=now)
    _unfinished(audit, "8888-8888-8888-8888", "printed", "MOCK-000047", 400)
    # An order that ended (captured) though the kiosk stopped before settling its hold.
    audit.record_hold(Authorization("MOCK-000048", 400), kiosk_id="kiosk-1", reference="b", now=now)
    _unfinished(audit, "9999-9999-9999-9999", "printed", "MOCK-000048", 400)
    audit.update_together(
        [
            (
                ["9999-9999-9999-9999"],
                {"state": "captured", "payment_result": "captured", "fee_won": 400},
            )
        ]
    )
    terminal = MockPayment()
    found = pf.recover(engine, tmp_path, terminal)
    assert [(f.issuance_number, f.payment_result) for f in found] == [
        ("8888-8888-8888-8888", "voided")
    ]
    # One void, for the order that was printing; the captured one is not touched.
    assert [(e.authorization.id, e.state) for e in terminal.ledger] == [("MOCK-000047", "voided")]
    assert [(h["authorization_id"], h["result"]) for h in audit.holds()] == [
        ("MOCK-000047", "voided"),
        ("MOCK-000048", "captured"),
    ]


def test_a_row_left_capturing_is_not_voided_and_staff_check_the_terminal(
    tmp_path: Path, engine: Engine, audit: AuditLog, config: KioskConfig, clock: FakeClock
) -> None:
    # Finding 3: the power cut came between the capture and the final audit update.
    _unfinished(audit, "5555-5555-5555-5555", "capturing", "MOCK-000044", 400)
    audit.update_together([(["5555-5555-5555-5555"], {"fee_won": 200})])
    _unfinished(audit, "6666-6666-6666-6666", "failed", "MOCK-000044", 400)
    terminal = MockPayment()
    found = pf.recover(engine, tmp_path, terminal)
    assert [(f.was, f.payment_result) for f in found] == [
        ("capturing", "capture_unknown"),
        ("failed", "capture_unknown"),
    ]
    assert terminal.ledger == []  # no void of an authorization that may have been charged
    assert [(r["state"], r["payment_result"]) for r in audit.entries()] == [
        ("capture_unknown", "capture_unknown")
    ] * 2
    flagged = Queue(engine, config, clock).events(["cert_interrupted"])
    assert len(flagged) == 2
    for event in flagged:
        assert "authorization=MOCK-000044" in event["detail"]
        assert "amount_won=400" in event["detail"] and "capture_won=200" in event["detail"]
    assert pf.recover(engine, tmp_path, terminal) == []


def test_a_paid_order_goes_printing_printed_capturing_captured(
    tmp_path: Path, payment: MockPayment, monkeypatch: pytest.MonkeyPatch
) -> None:
    states: list[str] = []
    real_update = AuditLog.update_together

    def watching(self: AuditLog, changes: list[tuple[list[str], dict[str, Any]]]) -> None:
        states.extend(
            values["state"] for numbers, values in changes if numbers and "state" in values
        )
        real_update(self, changes)

    seen_at_capture: list[str] = []
    real_capture = payment.capture

    def capture(*args: Any, **kwargs: Any) -> Any:
        engine = engine_of(tmp_path)
        try:
            seen_at_capture.extend(r["state"] for r in AuditLog(engine, b"k").entries())
        finally:
            engine.dispose()
        return real_capture(*args, **kwargs)

    monkeypatch.setattr(AuditLog, "update_together", watching)
    monkeypatch.setattr(payment, "capture", capture)
    left = _on_network_printer(tmp_path, payment)
    assert left.outcome.payment_result == "captured"
    # The record step writes "printing"; the updates do the rest.
    assert ["printing", *states] == ["printing", "printed", "capturing", "captured"]
    assert seen_at_capture == ["capturing"]  # the row says so before the terminal is asked


def _fail_audit_changes(
    monkeypatch: pytest.MonkeyPatch, when: Callable[[dict[str, Any]], bool]
) -> None:
    """Audit changes fail, as with a database gone away, when one of them sets values ``when`` picks."""
    real_update = AuditLog.update_together

    def failing(self: AuditLog, changes: list[tuple[list[str], dict[str, Any]]]) -> None:
        if any(when(values) for _, values in changes):
            raise OSError("the database did not answer")
        real_update(self, changes)

    monkeypatch.setattr(AuditLog, "update_together", failing)


def test_a_failed_final_audit_update_tells_staff_and_is_not_voided_later(
    tmp_path: Path, payment: MockPayment, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_audit_changes(monkeypatch, lambda values: values.get("state") == "captured")
    left = _on_network_printer(tmp_path, payment)
    assert left.outcome.payment_result == "captured" and left.charged_won == pf.FEE
    [row] = left.rows
    assert row["state"] == "capturing"
    engine = engine_of(tmp_path)
    try:
        with engine.connect() as conn:
            [event] = conn.execute(events.select()).all()
        assert event.kind == "cert_audit_failed"
        assert row["issuance_number"] in event.detail and "state=captured" in event.detail
        assert row["identity_hash"] not in event.detail  # numbers only, nothing personal
        # The next start does not void the captured payment.
        [found] = pf.recover(engine, tmp_path, payment)
        assert found.payment_result == "capture_unknown"
        assert payment.charged_won() == pf.FEE
        assert [e.state for e in payment.ledger] == ["captured"]
    finally:
        engine.dispose()


class _SecondCopyPaperOut(MockPrinter):
    """Prints the first certificate, runs out of paper on the second."""

    jobs = 0

    def print_document(self, document):  # type: ignore[no-untyped-def]
        self.jobs += 1
        if self.jobs == 2:
            return PrintResult.failed(PrintFailure.PAPER_OUT, "paper out")
        return super().print_document(document)


def test_a_lost_settlement_of_a_partly_printed_order_never_voids_the_captured_copy(
    tmp_path: Path, payment: MockPayment, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The failed copy's row settles as "voided" (no state of its own).
    _fail_audit_changes(monkeypatch, lambda values: values.get("payment_result") == "voided")
    printer = _SecondCopyPaperOut(MockPrinterOptions(), PrinterProfile())
    left = pf.run_order(tmp_path, printer, payment, copies=2)
    assert left.outcome.payment_result == "captured" and left.charged_won == pf.FEE
    # The printed copy's row settles with the failed one's, or not at both:
    # never captured beside a failed row still pending.
    assert [(r["state"], r["payment_result"]) for r in left.rows] == [
        ("capturing", "pending"),
        ("failed", "pending"),
    ]
    monkeypatch.undo()
    engine = engine_of(tmp_path)
    try:
        found = pf.recover(engine, tmp_path, payment)
    finally:
        engine.dispose()
    # The next start does not cancel the sale of the copy the resident holds.
    assert {x.payment_result for x in found} == {"capture_unknown"}
    assert payment.charged_won() == pf.FEE
    assert [e.state for e in payment.ledger] == ["captured"]


def test_a_pending_row_beside_a_captured_one_is_not_voided_at_the_next_start(
    tmp_path: Path, payment: MockPayment
) -> None:
    printer = _SecondCopyPaperOut(MockPrinterOptions(), PrinterProfile())
    left = pf.run_order(tmp_path, printer, payment, copies=2)
    printed, failed = (r["issuance_number"] for r in left.rows)
    engine = engine_of(tmp_path)
    try:
        audit = AuditLog(engine, b"k")
        # As a version that settled rows one by one left them when the
        # failed copy's update was lost.
        audit.update_together([([failed], {"payment_result": "pending"})])
        [found] = pf.recover(engine, tmp_path, payment)
        assert (found.issuance_number, found.payment_result) == (failed, "capture_unknown")
        assert payment.charged_won() == pf.FEE  # the printed copy's sale stands
        assert [e.state for e in payment.ledger] == ["captured"]
        rows = {r["issuance_number"]: r for r in audit.entries()}
        assert rows[printed]["payment_result"] == "captured"
    finally:
        engine.dispose()


def test_no_capture_without_the_capturing_mark(
    tmp_path: Path, payment: MockPayment, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_audit_changes(monkeypatch, lambda values: values.get("state") == "capturing")
    left = _on_network_printer(tmp_path, payment)
    # A capture no row recorded would be voided by the next start, after the
    # resident was told it was paid: the hold is released and the copy is free.
    assert left.outcome.payment_result == "capture_failed" and left.charged_won == 0
    assert [e.state for e in payment.ledger] == ["voided"]
    [row] = left.rows
    assert (row["state"], row["payment_result"], row["fee_won"]) == (
        "capture_failed",
        "capture_failed",
        0,
    )
    assert left.outcome.printed_numbers == (row["issuance_number"],)
    assert row["issuance_number"] in left.on_paper  # the resident holds the copy
    monkeypatch.undo()
    engine = engine_of(tmp_path)
    try:
        with engine.connect() as conn:
            [event] = conn.execute(events.select()).all()
        assert event.kind == "cert_audit_failed" and "state=capturing" in event.detail
        assert pf.recover(engine, tmp_path, payment) == []
    finally:
        engine.dispose()


class _ChargesAfterTheDeadline(MockPayment):
    """A terminal whose capture goes through only after the kiosk's deadline
    (a slow VAN): the kiosk's void of the hold has reached it by then."""

    def __init__(self) -> None:
        super().__init__()
        self.late_charged = threading.Event()
        self.voids = 0

    def capture(self, authorization: Authorization, amount_won: int) -> bool:
        time.sleep(0.8)  # fast_config's answer limit is 0.5 s
        with self._lock:
            entry = self._entry(authorization)
            entry.state, entry.captured_won = "captured", amount_won
        self.late_charged.set()
        return True

    def void(self, authorization: Authorization) -> None:
        self.voids += 1
        super().void(authorization)


def test_a_capture_that_charges_after_the_kiosk_gave_up_is_cancelled_and_staff_told(
    tmp_path: Path,
) -> None:
    terminal = _ChargesAfterTheDeadline()
    left = pf.run_order(tmp_path, MockPrinter(MockPrinterOptions(), PrinterProfile()), terminal)
    # The capture did not answer in time; the hold was released, the resident told so.
    assert left.outcome.payment_result == "capture_failed" and left.outcome.charged_won == 0
    assert terminal.late_charged.wait(5)
    engine = engine_of(tmp_path)
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # written on the capture's own thread
            with engine.connect() as conn:
                kinds = {e.kind: e.detail for e in conn.execute(events.select()).all()}
            if "cert_capture_late" in kinds:
                break
            time.sleep(0.05)
    finally:
        engine.dispose()
    # The late charge is cancelled, as the resident was told, and staff hear
    # of it, with what to check at the terminal.
    assert terminal.voids == 2 and terminal.charged_won() == 0
    late = kinds["cert_capture_late"]
    assert f"authorization={terminal.ledger[0].authorization.id}" in late
    assert f"amount_won={pf.FEE}" in late and "void=done" in late


def engine_of(workdir: Path) -> Engine:
    """The database ``pf.run_order`` writes to."""
    return open_database(f"sqlite:///{workdir / 'kiosk.sqlite3'}")


def test_rows_from_before_migration_0002_get_the_state_they_ended_in(tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text

    from kiosk.storage import migrations

    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        migrations.upgrade(engine, "0001_baseline")
        with engine.begin() as conn:
            for number, result, printed in (
                ("1111-1111-1111-1111", "captured", 1),
                ("2222-2222-2222-2222", "voided", 0),
                ("3333-3333-3333-3333", "waived", 1),
            ):
                conn.execute(
                    text(
                        "INSERT INTO issuances (issuance_number, document_id, copies, fee_won, "
                        "payment_result, printed, issued_at, kiosk_id, identity_hash) VALUES "
                        "(:n, 'resident-copy', 1, 0, :r, :p, '2026-11-23 00:30:00', 'kiosk-1', "
                        "'00')"
                    ),
                    {"n": number, "r": result, "p": printed},
                )
        migrations.upgrade(engine)
        with engine.connect() as conn:
            states = conn.execute(
                text("SELECT state, authorization_id FROM issuances ORDER BY id")
            ).all()
    finally:
        engine.dispose()
    assert [tuple(s) for s in states] == [("captured", None), ("failed", None), ("waived", None)]
    # Nothing from before looks unfinished, so the first start flags nothing.
    assert "printing" not in {s[0] for s in states}
