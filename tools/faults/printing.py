"""Fault cases of the printing area: paid certificates against broken printers and terminals.

Every case runs one paid order through the real ``issue_order`` into the
TCP ESC/POS emulator (or a printer that is not there) and the mock card
terminal, with a real SQLite audit table (``tests.support.printing_faults``),
and judges what was left: the issuance numbers on the decoded paper, the
terminal's ledger, the audit rows. ``charged_without_print`` counts charged
copies the printer did not confirm; ``certificates_without_audit`` counts
numbers on paper that the audit table does not know. The power-cut case
SIGKILLs a printing process and runs the start-up recovery after it.
"""

from __future__ import annotations

from collections.abc import Callable

from drivers.payment.mock import MockPayment
from kiosk.ports.payment import Authorization, PaymentOutcome, authorize_within
from kiosk.ports.printer import PrintFailure
from tests.support import escpos_emulator as emu
from tests.support import printing_faults as pf
from tools.faults import Case, CaseContext, Outcome


def _verdict(left: pf.Left, checks: dict[str, bool]) -> Outcome:
    failed = [name for name, ok in checks.items() if not ok]
    detail = (
        f"payment={left.outcome.payment_result} charged={left.charged_won} "
        f"failure={left.outcome.failure.value if left.outcome.failure else '-'} "
        f"audit={[r['state'] for r in left.rows]} paper={len(left.on_paper)}"
    )
    if failed:
        detail += f"; not held: {', '.join(failed)}"
    return Outcome(
        held=not failed,
        detail=detail,
        charged_without_print=left.charged_without_print,
        certificates_without_audit=left.certificates_without_audit,
    )


def _refused(
    faults: emu.Faults | None = None,
    status: dict[int, int] | None = None,
    failure: PrintFailure = PrintFailure.STATUS_UNKNOWN,
) -> Callable[[CaseContext], Outcome]:
    """A printer fault during a paid copy: voided, nothing charged, the row says failed."""

    def run(ctx: CaseContext) -> Outcome:
        payment = MockPayment()
        with emu.EscposEmulator(status, faults) as e:
            left = pf.run_order(ctx.workdir, pf.network_printer(e), payment, emulator=e)
        rows = left.rows
        return _verdict(
            left,
            {
                "failure reported": left.outcome.failure is failure,
                "nothing charged": left.charged_won == 0,
                "hold voided": left.ledger == ["MOCK-000001:voided"],
                "audit row failed": [(r["state"], r["printed"]) for r in rows]
                == [("failed", False)],
            },
        )

    return run


def _printer_off(ctx: CaseContext) -> Outcome:
    e = emu.EscposEmulator().start()
    printer = pf.network_printer(e)
    e.close()  # nothing listens on the port any more
    payment = MockPayment()
    left = pf.run_order(ctx.workdir, printer, payment)
    return _verdict(
        left,
        {
            "not connected": left.outcome.failure is PrintFailure.NOT_CONNECTED,
            "nothing charged": left.charged_won == 0,
            "hold voided": left.ledger == ["MOCK-000001:voided"],
            "audit row failed": [r["state"] for r in left.rows] == ["failed"],
        },
    )


def _terminal_fault(*, capture: str = "ok", void: str = "ok") -> Callable[[CaseContext], Outcome]:
    """The terminal raises or hangs on capture / void: an error value in time, staff told."""

    def run(ctx: CaseContext) -> Outcome:
        payment = MockPayment()
        payment.set_faults(capture=capture, void=void)
        # A void is only needed when the copy failed: make it fail.
        faults = emu.Faults(answer_status=False) if void != "ok" else None
        with emu.EscposEmulator(faults=faults) as e:
            left = pf.run_order(ctx.workdir, pf.network_printer(e), payment, emulator=e)
        expected = "void_failed" if void != "ok" else "capture_failed"
        return _verdict(
            left,
            {
                "answered in time": left.seconds < 5,
                f"outcome {expected}": left.outcome.payment_result == expected,
                "amount for staff": left.outcome.held_won == pf.FEE,
                "nothing charged": left.charged_won == 0,
                "audit settled": all(r["payment_result"] == expected for r in left.rows)
                and len(left.rows) == 1,
            },
        )

    return run


class _RefusingCapture(MockPayment):
    """A terminal that answers every capture with "no" (a VAN refusal)."""

    def capture(self, authorization: Authorization, amount_won: int) -> bool:
        return False


def _capture_refused(ctx: CaseContext) -> Outcome:
    payment = _RefusingCapture()
    with emu.EscposEmulator() as e:
        left = pf.run_order(ctx.workdir, pf.network_printer(e), payment, emulator=e)
    return _verdict(
        left,
        {
            "capture_failed": left.outcome.payment_result == "capture_failed",
            "nothing charged": left.charged_won == 0,
            "copy printed and audited": [(r["state"], r["printed"]) for r in left.rows]
            == [("capture_failed", True)],
            "number on paper": {r["issuance_number"] for r in left.rows} <= left.on_paper,
        },
    )


def _capture_unknown(ctx: CaseContext) -> Outcome:
    """The capture's answer is lost and the void meant to cancel it fails too: the card
    may have been charged, so the order is never called "not charged"."""
    payment = MockPayment()
    payment.set_faults(capture="raise", void="raise")
    with emu.EscposEmulator() as e:
        left = pf.run_order(ctx.workdir, pf.network_printer(e), payment, emulator=e)
    return _verdict(
        left,
        {
            "answered in time": left.seconds < 5,
            "outcome capture_unknown": left.outcome.payment_result == "capture_unknown",
            "amount for staff": left.outcome.held_won == pf.FEE,
            "audit keeps the fee": [(r["state"], r["fee_won"]) for r in left.rows]
            == [("capture_unknown", pf.FEE)],
            "number on paper": {r["issuance_number"] for r in left.rows} <= left.on_paper,
        },
    )


def _authorize_hangs(ctx: CaseContext) -> Outcome:
    import threading
    import time

    payment = MockPayment()
    payment.set_script("hang")
    cancel = threading.Event()
    started = time.monotonic()
    try:
        result = authorize_within(payment, pf.FEE, "resident-copy", 0.2, cancel=cancel, grace_s=0.3)
    finally:
        payment.release_hangs()
    seconds = time.monotonic() - started
    checks = {
        "answered in time": seconds < 2,
        "unavailable": result.outcome is PaymentOutcome.UNAVAILABLE and not result.approved,
        "terminal told to stop": cancel.is_set(),
        "nothing held": payment.ledger == [],
    }
    failed = [name for name, ok in checks.items() if not ok]
    return Outcome(
        held=not failed,
        detail=f"{result.outcome.value} after {seconds:.2f} s"
        + (f"; not held: {', '.join(failed)}" if failed else ""),
    )


def _killed_mid_print(ctx: CaseContext) -> Outcome:
    from kiosk.certificates.audit import AuditLog, load_or_create_hmac_key

    with pf.killed_mid_print(ctx.workdir) as (engine, auth_id):
        audit = AuditLog(engine, load_or_create_hmac_key(ctx.workdir))
        before = audit.entries()
        terminal = MockPayment()
        found = pf.recover(engine, ctx.workdir, terminal)
        after = audit.entries()
        with engine.connect() as conn:
            from kiosk.storage.database import events

            flagged = conn.execute(events.select().where(events.c.kind == "cert_interrupted")).all()
    checks = {
        "row written before the kill": [r["state"] for r in before] == ["printing"],
        "row flagged at start": [r["state"] for r in after] == ["interrupted"],
        "hold voided": [(e.authorization.id, e.state) for e in terminal.ledger]
        == [(auth_id, "voided")],
        "one staff event": len(flagged) == 1 and len(found) == 1,
    }
    failed = [name for name, ok in checks.items() if not ok]
    charged = terminal.charged_won()
    return Outcome(
        held=not failed,
        detail=f"found={[f.was for f in found]} events={len(flagged)}"
        + (f"; not held: {', '.join(failed)}" if failed else ""),
        charged_without_print=1 if charged else 0,
        # The half page's number is in the table: the row was written first.
        certificates_without_audit=0 if before else 1,
    )


CASES: tuple[Case, ...] = (
    # New with issue 19: an unknown status is a failure, never a charge.
    Case(
        "printing/status-silent",
        _refused(emu.Faults(answer_status=False, paper_out_after_lines=3)),
    ),
    Case(
        "printing/status-garbage",
        _refused(emu.Faults(garbage=b"\xff", paper_out_after_lines=3)),
    ),
    Case(
        "printing/status-unknown-after-job",
        _refused(emu.Faults(answer_first_requests=3)),
    ),
    Case("printing/void-raises", _terminal_fault(void="raise")),
    Case("printing/void-hangs", _terminal_fault(void="hang")),
    Case("printing/capture-raises", _terminal_fault(capture="raise")),
    Case("printing/capture-hangs", _terminal_fault(capture="hang")),
    Case("printing/capture-unknown-void-fails", _capture_unknown),
    Case("printing/authorize-hangs", _authorize_hangs),
    Case("printing/kill-mid-print-then-recovery", _killed_mid_print),
    # Held before issue 19 too.
    Case("printing/printer-off", _printer_off),
    Case("printing/paper-out", _refused(status=emu.PAPER_OUT, failure=PrintFailure.PAPER_OUT)),
    Case("printing/cover-open", _refused(status=emu.COVER_OPEN, failure=PrintFailure.COVER_OPEN)),
    Case(
        "printing/drop-mid-job",
        _refused(emu.Faults(close_after_bytes=300), failure=PrintFailure.CONNECTION_LOST),
    ),
    Case("printing/payment-capture-refused", _capture_refused),
)
