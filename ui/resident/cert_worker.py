"""The certificate journey's device work, off the UI thread, and its bridge to the window.

``CertWorker`` is a worker thread (``ui.common.worker``) for the records
provider and the payment terminal (both may block for many seconds).
Printing orders runs on the ``DeviceWorker`` thread instead (it owns the
printer; jobs stay in order), through its ``call``. ``CertBridge`` turns the flow's certificate
effects into these requests and their results (and the card reader's
signals) back into flow events, tagged with the journey they belong to.

Every terminal call runs under a deadline (``kiosk.ports.payment``'s
``*_within``): a terminal that raises or freezes gives an error value, never
a resident stuck on a screen. At start the worker settles what a power cut
left unfinished (``AuditLog.recover_interrupted``) before anything else.

The journal gets ids, codes and outcomes only; never names or numbers of
the resident.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from kiosk.certificates.audit import AuditLog, CrashSettlement, HoldBook
from kiosk.certificates.issuing import CertificateOrder, OrderOutcome, OutcomeLine, issue_order
from kiosk.certificates.signing import KioskSigner
from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.identity import Identity
from kiosk.journal import Journal
from kiosk.journeys import certificates as c
from kiosk.ports.card import CardError
from kiosk.ports.payment import (
    Authorization,
    PaymentOutcome,
    PaymentResult,
    PaymentTerminal,
    authorize_within,
    void_within,
)
from kiosk.ports.printer import Printer, PrintFailure
from kiosk.ports.records import RecordsError, RecordsProvider, RecordsUnavailable
from ui.common.i18n import qt_translate
from ui.common.worker import Worker
from ui.resident.card_adapter import CardReaderAdapter
from ui.resident.ticket_worker import DeviceWorker

log = logging.getLogger(__name__)


class CertWorker(Worker):
    """Records look-ups and payment authorizations on their own thread."""

    thread_name = "cert-worker"

    request_fetch = Signal(int, object)
    #: journey, attempt, amount, waived, reference, cancel (a threading.Event)
    request_authorize = Signal(int, int, int, bool, str, object)
    #: journey (0: no session to tell), authorization
    request_void = Signal(int, object)

    #: A hold could not be released: journey (0: none), authorization id, amount, why.
    void_failed = Signal(int, str, int, str)
    record_fetched = Signal(int, object)
    record_failed = Signal(int, object)
    payment_finished = Signal(int, int, object)
    order_finished = Signal(int, object)

    def __init__(
        self,
        records: RecordsProvider,
        payment: PaymentTerminal,
        free: PaymentTerminal,
        timeout_s: float,
        answer_timeout_s: float = 15.0,
    ) -> None:
        super().__init__()
        self.records = records
        self.payment = payment
        self.free = free
        self.timeout_s = timeout_s
        self.answer_timeout_s = answer_timeout_s
        #: Where approved holds are written down before the approval is acted
        #: on, and settled when voided (``CertBridge`` sets it).
        self.holds: HoldBook | None = None
        self.request_fetch.connect(self._fetch)
        self.request_authorize.connect(self._authorize)
        self.request_void.connect(self._void)

    def terminal_for(self, authorization: Authorization) -> PaymentTerminal:
        return self.free if authorization.waived else self.payment

    @Slot(int, object)
    def _fetch(self, journey: int, identity: Identity) -> None:
        try:
            record = self.records.fetch(identity)
        except RecordsError as exc:
            log.warning("records lookup failed: %s (%s)", exc.code, exc.detail)
            self.record_failed.emit(journey, exc)
            return
        except Exception as exc:  # a backend bug must not leave the resident waiting
            log.error("records lookup crashed: %s", type(exc).__name__)
            self.record_failed.emit(journey, RecordsUnavailable(type(exc).__name__))
            return
        self.record_fetched.emit(journey, record)

    @Slot(int, int, int, bool, str, object)
    def _authorize(
        self,
        journey: int,
        attempt: int,
        amount: int,
        waived: bool,
        reference: str,
        cancel: threading.Event,
    ) -> None:
        terminal = self.free if waived else self.payment
        if cancel.is_set():
            # Cancelled while queued behind other work: the terminal never asks.
            result = PaymentResult(PaymentOutcome.CANCELLED, detail="cancelled before the terminal")
        else:
            result = authorize_within(
                terminal,
                amount,
                reference,
                self.timeout_s,
                cancel=cancel,
                grace_s=self.answer_timeout_s,
                release_late=None
                if waived
                else lambda late: self._release_late(journey, late, reference),
            )
            if result.approved and not waived:
                result = self._kept(result, reference)
        self.payment_finished.emit(journey, attempt, result)

    def _kept(self, result: PaymentResult, reference: str) -> PaymentResult:
        """``result`` once its hold is written down; voided and unavailable when it cannot be."""
        auth = result.authorization
        assert auth is not None
        if self.holds is None:
            return result
        try:
            self.holds.record(auth, reference)
        except Exception as exc:
            # Printing would start with no trace of the money held: a power
            # cut before the first copy's audit row would leave it held and
            # nothing for the next start to find it by.
            log.error("payment hold not recorded (%s): voiding it", type(exc).__name__)
            released = self.void(auth)
            return PaymentResult(
                PaymentOutcome.UNAVAILABLE,
                detail=f"hold not recorded: {type(exc).__name__}",
                hold_left=not released,
            )
        return result

    def _release_late(self, journey: int, authorization: Authorization, reference: str) -> None:
        """A hold approved after the resident was told payment was unavailable (any thread).

        Written down first, so a power cut during the release leaves the next
        start something to void; then released like any other hold.
        """
        if self.holds is not None:
            try:
                self.holds.record(authorization, reference)
            except Exception as exc:
                log.error("late payment hold not recorded (%s)", type(exc).__name__)
        self.void(authorization, journey)

    @Slot(int, object)
    def _void(self, journey: int, authorization: Authorization) -> None:
        self.void(authorization, journey)

    def void(self, authorization: Authorization, journey: int = 0) -> bool:
        """Release a hold (any thread); a failure is reported through ``void_failed``."""
        error = void_within(self.terminal_for(authorization), authorization, self.answer_timeout_s)
        if error:
            self.void_failed.emit(journey, authorization.id, authorization.amount_won, error)
        if self.holds is not None:
            self.holds.settle(authorization.id, "void_failed" if error else "voided")
        return not error


class CertBridge(QObject):
    """Carries out certificate effects and feeds results back as flow events (UI thread)."""

    def __init__(
        self,
        config: KioskConfig,
        clock: Clock,
        card: CardReaderAdapter,
        worker: CertWorker,
        device_worker: DeviceWorker,
        printer: Printer,
        audit: AuditLog,
        signer: KioskSigner,
    ) -> None:
        super().__init__()
        self.config = config
        self.clock = clock
        self.card = card
        self.worker = worker
        self.device_worker = device_worker
        self.printer = printer
        self.audit = audit
        self.signer = signer
        self._send: Callable[[c.CertEvent], None] | None = None
        self._journal: Journal | None = None
        self._reads: dict[int, int] = {}  # card request id -> journey
        #: Payment attempt -> the event that cancels it on the terminal.
        self._payment_cancels: dict[int, threading.Event] = {}
        for signal, slot in self._card_links(card):
            signal.connect(slot)
        worker.record_fetched.connect(self._record_fetched)
        worker.record_failed.connect(self._record_failed)
        worker.payment_finished.connect(self._payment_finished)
        worker.order_finished.connect(self._order_finished)
        worker.void_failed.connect(self._void_failed)
        worker.holds = HoldBook(audit, config.center.kiosk_id, clock)

    def update_config(self, config: KioskConfig) -> None:
        """A technician's saved change (UI thread): the documents, purposes and
        kiosk id the next order is printed and recorded with. An order being
        printed keeps the config it started with."""
        self.config = config
        self.worker.holds = HoldBook(self.audit, config.center.kiosk_id, self.clock)

    def _card_links(
        self, card: CardReaderAdapter
    ) -> list[tuple[SignalInstance, Callable[..., None]]]:
        """The card reader's signals this bridge listens to, each with its slot."""
        return [
            (card.identity_read, self._identity_read),
            (card.read_failed, self._read_failed),
            (card.card_removed, self._card_removed),
            (card.card_inserted, self._card_inserted),
        ]

    def replace_card_reader(self, card: CardReaderAdapter) -> None:
        """Swap the card reader live (technician changed its settings); UI thread."""
        old = self.card
        for signal, slot in self._card_links(old):
            signal.disconnect(slot)
        old.stop()
        self._reads.clear()  # answers from the old reader no longer count
        self.card = card
        for signal, slot in self._card_links(card):
            signal.connect(slot)
        card.start()

    def attach(self, send: Callable[[c.CertEvent], None], journal: Journal) -> None:
        self._send = send
        self._journal = journal

    def start(self) -> None:
        self.card.start()
        self.worker.start()
        # First job on the terminal's thread: release what a power cut left held.
        # Every order of this run is authorized on that thread after it, so
        # all pending audit rows it finds are a previous run's (whatever the
        # wall clock says). Should it fail (the database went away), the
        # next start tries again.
        started = self.clock.now()
        self.worker.call(lambda: self.recover(started))

    def recover(self, started: datetime) -> None:
        """Settle issuances left unfinished by a previous run (cert worker thread)."""
        found = self.audit.recover_interrupted(
            self.worker.payment,
            kiosk_id=self.config.center.kiosk_id,
            now=started,
            deadline_s=self.worker.answer_timeout_s,
        )
        for item in found:
            self._write("cert_interrupted", detail=item.staff_detail)

    def stop(self) -> None:
        # A terminal waiting for a card would hold the worker thread (and
        # the kiosk's shutdown) until its time limit.
        for cancel in self._payment_cancels.values():
            cancel.set()
        self.card.stop()
        self.worker.stop()

    def _emit(self, event: c.CertEvent) -> None:
        if self._send is not None:
            self._send(event)

    def _write(self, kind: str, **fields: object) -> None:
        if self._journal is not None:
            self._journal.write(kind, **fields)

    # -- effects (UI thread) -----------------------------------------------------------
    def carry_out(self, effect: object) -> bool:
        """Handle a certificate effect; False if ``effect`` is not one."""
        if isinstance(effect, c.ReadCard):
            # Only a session's newest read is answered: after Back during a slow
            # read, the earlier read's late answer (other details) would be
            # taken for the one the resident is waiting for.
            for request_id, journey in list(self._reads.items()):
                if journey == effect.journey:
                    del self._reads[request_id]
            self._reads[self.card.read_identity(effect.mrz)] = effect.journey
        elif isinstance(effect, c.FetchRecord):
            self.worker.request_fetch.emit(effect.journey, effect.identity)
        elif isinstance(effect, c.AuthorizePayment):
            cancel = self._payment_cancels[effect.attempt] = threading.Event()
            self.worker.request_authorize.emit(
                effect.journey,
                effect.attempt,
                effect.amount_won,
                effect.waived,
                effect.reference,
                cancel,
            )
        elif isinstance(effect, c.CancelPayment):
            pending = self._payment_cancels.pop(effect.attempt, None)
            if pending is not None:
                # Set from the UI thread: the worker is blocked in authorize.
                pending.set()
                self._write("payment_cancelled", attempt=effect.attempt)
        elif isinstance(effect, c.PrintOrder):
            self._print(effect.journey, effect.order, effect.authorization)
        elif isinstance(effect, c.VoidPayment):
            self._write("payment_voided", authorization=effect.authorization.id)
            self.worker.request_void.emit(effect.journey, effect.authorization)
        elif isinstance(effect, c.FlagStaff):
            self._write("staff_flag", flag=effect.kind, detail=effect.detail)
            self.device_worker.request_event.emit(effect.kind, effect.detail)
        else:
            return False
        return True

    def _print(self, journey: int, order: CertificateOrder, auth: Authorization) -> None:
        terminal = self.worker.terminal_for(auth)
        done = self.worker.order_finished
        config = self.config  # the order's, whatever a technician saves meanwhile

        def job() -> None:  # runs on the device worker thread
            try:
                outcome = issue_order(
                    order,
                    auth,
                    config=config,
                    # The device worker's current printer: technicians may
                    # have swapped it live since the kiosk started.
                    printer=self.device_worker.printer,
                    payment=terminal,
                    audit=self.audit,
                    signer=self.signer,
                    clock=self.clock,
                    translate=qt_translate,
                )
            except Exception as exc:  # never strand the resident on "printing"
                log.error("certificate order crashed: %s", type(exc).__name__)
                outcome = self._settle_crash(order, auth, terminal, type(exc).__name__)
            done.emit(journey, outcome)

        self.device_worker.call(job)

    def _settle_crash(
        self, order: CertificateOrder, auth: Authorization, terminal: PaymentTerminal, what: str
    ) -> OrderOutcome:
        """Settle an order that raised part-way and say how (device worker thread).

        Copies it had captured stay charged, copies it settled as issued
        (waived, not charged) stay the resident's; the rest of the hold is
        released (``AuditLog.settle_crashed_order``). Which other copies came
        out whole is not known, so the resident is not offered them again.
        """
        error = ""
        try:
            settled = self.audit.settle_crashed_order(
                terminal,
                auth.id,
                kiosk_id=self.config.center.kiosk_id,
                now=self.clock.now(),
                deadline_s=self.worker.answer_timeout_s,
            )
        except Exception as again:
            # The database is gone too: whatever was captured is not known,
            # and the next start settles the order from its rows.
            log.error("crashed certificate order not settled: %s", type(again).__name__)
            settled = CrashSettlement("capture_unknown")
        if settled is None:  # nothing written down: nothing can have been captured
            error = void_within(terminal, auth, self.worker.answer_timeout_s)
            self.audit.settle_hold(auth.id, "void_failed" if error else "voided", self.clock.now())
            settled = CrashSettlement("void_failed" if error else "voided")
        lines = _lines(order, settled.printed)
        return OrderOutcome(
            document_id=order.document_id,
            copies=order.copies,
            printed_numbers=tuple(number for line in lines for number in line.printed_numbers),
            fee_per_copy_won=order.fee_per_copy_won,
            charged_won=settled.charged_won,
            payment_result=settled.payment_result,
            authorization_id=auth.id,
            failure=PrintFailure.ERROR,
            failure_detail=what,
            held_won=auth.amount_won,
            payment_detail=error,
            lines=lines,
            printed_unknown=True,
        )

    # -- results (UI thread, queued from the workers) ----------------------------------
    @Slot(int, object)
    def _identity_read(self, request_id: int, identity: Identity) -> None:
        journey = self._reads.pop(request_id, -1)
        self._write("card_read", ok=True)
        self._emit(c.CardRead(journey, identity))

    @Slot(int, object)
    def _read_failed(self, request_id: int, error: CardError) -> None:
        journey = self._reads.pop(request_id, -1)
        self._write("card_read", ok=False, error=type(error).__name__)
        self._emit(c.CardReadFailed(journey, error))

    @Slot(str)
    def _card_removed(self, reader: str) -> None:
        self._emit(c.CardPulled())

    @Slot(str)
    def _card_inserted(self, reader: str) -> None:
        self._emit(c.CardInserted())

    @Slot(int, object)
    def _record_fetched(self, journey: int, record: object) -> None:
        self._write("record_fetched", ok=True)
        self._emit(c.RecordFetched(journey, record))  # type: ignore[arg-type]

    @Slot(int, object)
    def _record_failed(self, journey: int, error: RecordsError) -> None:
        self._write("record_fetched", ok=False, error=error.code)
        self._emit(c.RecordFailed(journey, error))

    @Slot(int, int, object)
    def _payment_finished(self, journey: int, attempt: int, result: PaymentResult) -> None:
        self._payment_cancels.pop(attempt, None)
        auth = result.authorization
        self._write(
            "payment",
            outcome=result.outcome.value,
            authorization=auth.id if auth else None,
            amount_won=auth.amount_won if auth else None,
        )
        self._emit(c.PaymentFinished(journey, attempt, result))

    @Slot(int, str, int, str)
    def _void_failed(self, journey: int, authorization: str, amount_won: int, why: str) -> None:
        # A hold nobody released: staff must do it at the terminal, for this amount.
        detail = f"authorization={authorization} amount_won={amount_won} reason={why}"
        self._write("staff_flag", flag="payment_void_failed", detail=detail)
        self.device_worker.request_event.emit("payment_void_failed", detail)
        if journey:
            # The resident may still be reading "nothing has been charged".
            self._emit(c.PaymentNotReleased(journey))

    @Slot(int, object)
    def _order_finished(self, journey: int, outcome: OrderOutcome) -> None:
        self._write(
            "certificate_order",
            document=outcome.document_id,
            documents=[
                {"document": d.document_id, "copies": d.copies, "printed": len(d.printed_numbers)}
                for d in outcome.documents
            ],
            copies=outcome.copies,
            printed=list(outcome.printed_numbers),
            failed=list(outcome.failed_numbers),
            payment=outcome.payment_result,
            charged_won=outcome.charged_won,
            failure=outcome.failure.value if outcome.failure else None,
            receipt_printed=outcome.receipt_printed,
        )
        self._emit(c.OrderFinished(journey, outcome))


def _lines(
    order: CertificateOrder, printed: tuple[tuple[str, str], ...]
) -> tuple[OutcomeLine, ...]:
    """``order``'s documents, each with the copies of ``printed`` (document id,
    issuance number, in printing order) that are its own."""
    rest = list(printed)
    lines = []
    for item in order.items:
        mine = [number for document, number in rest if document == item.document_id]
        mine = mine[: item.options.copies]
        rest = [(document, number) for document, number in rest if number not in mine]
        lines.append(
            OutcomeLine(item.document_id, item.options.copies, tuple(mine), item.fee_per_copy_won)
        )
    return tuple(lines)
