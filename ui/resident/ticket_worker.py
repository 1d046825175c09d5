"""The device worker: queue database and printer work off the UI thread.

One worker thread (``ui.common.worker``) owns the printer and runs every
database and printing job in order; results come back to the UI thread as
Qt signals. The UI thread only emits request signals and never waits.
Nothing raised on the worker reaches the UI: failures arrive as
``issue_failed`` / ``print_finished`` with a failed ``PrintResult``.

Centre services (``kiosk.journeys.centre``) send their database and printer
work here too, as ``RunJob`` effects: the job runs in turn with the
worker's printer and the kiosk's database, and its event goes back as
``job_done``.

Every document printed on the worker's printer (tickets, certificates and
their receipts, centre-service slips, test pages) reports its result as
``printed``: the printer the worker hands out is wrapped to say so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal, Slot

from kiosk.centre.keys import PersonalKeyError
from kiosk.journeys.flow import JobContext, RunJob
from kiosk.ports.printer import Printer, PrinterStatus, PrintFailure, PrintResult
from kiosk.printing.document import Document
from kiosk.queue.store import IssueRefusedError, Queue
from kiosk.queue.tickets import InvalidTransitionError, IssuedTicket, TicketState
from kiosk.storage.claim import KioskClaim, KioskIdInUseError
from kiosk.storage.database import DatabaseUnavailableError, StorageUnreachableError
from ui.common.worker import Worker

log = logging.getLogger(__name__)

DocumentBuilder = Callable[[IssuedTicket, str], Document]
#: What a centre service's job is given, around the printer the worker holds now.
JobContextFactory = Callable[[Printer], JobContext]


class ReportingPrinter:
    """A printer that tells ``report`` the result of every document it prints,
    on the thread that prints it (a driver that raises reports a failure)."""

    def __init__(self, printer: Printer, report: Callable[[PrintResult], None]) -> None:
        self.inner = printer
        self._report = report

    @property
    def name(self) -> str:
        return self.inner.name

    def open(self) -> None:
        self.inner.open()

    def close(self) -> None:
        self.inner.close()

    def status(self) -> PrinterStatus:
        return self.inner.status()

    def print_document(self, document: Document) -> PrintResult:
        try:
            result = self.inner.print_document(document)
        except Exception as exc:
            self._report(PrintResult.failed(PrintFailure.ERROR, type(exc).__name__))
            raise
        self._report(result)
        return result

    def __getattr__(self, name: str) -> Any:
        # What a backend offers beyond the port (a mock's jobs, its preview).
        return getattr(self.inner, name)


class DeviceWorker(Worker):
    """Issues, prints, cancels and counts tickets on the thread that owns the printer."""

    thread_name = "device-worker"

    # Requests (emitted from the UI thread, run on the worker thread).
    request_issue = Signal(str, bool, str)
    request_print = Signal(object, str)
    request_cancel = Signal(int)
    request_counts = Signal()
    request_event = Signal(str, str)
    #: Live re-configuration: close the current printer, open this one in its place.
    request_replace_printer = Signal(object)
    #: A centre service's ``RunJob``.
    request_job = Signal(object)

    # Results (emitted on the worker thread, delivered on the UI thread).
    ticket_issued = Signal(object)
    #: (reason for the log, ``Text`` for the resident or None: the database did not answer)
    issue_failed = Signal(str, object)
    print_finished = Signal(int, object)
    counts_ready = Signal(object)
    event_recorded = Signal(str)
    printer_replaced = Signal(str)
    #: The event a ``RunJob`` answered with (for the flow).
    job_done = Signal(object)
    #: The ``PrintResult`` of every document the printer was given, whoever printed it.
    printed = Signal(object)

    def __init__(
        self,
        queue: Queue,
        printer: Printer,
        build_document: DocumentBuilder,
        job_context: JobContextFactory | None = None,
    ) -> None:
        super().__init__()
        self.queue = queue
        self._printer = ReportingPrinter(printer, self.printed.emit)
        self._build = build_document
        self._job_context = job_context
        #: What the database did not take (restarting), recorded later in
        #: order: a ticket's print outcome, or its cancellation (the resident
        #: gave the number back).
        self._unrecorded: list[tuple[int, PrintResult | TicketState]] = []
        #: This kiosk's hold on ``center.kiosk_id``, checked with the counts
        #: (``ui.app.compose`` sets it; see ``kiosk.storage.claim``).
        self.claim: KioskClaim | None = None
        self._claim_taken = False
        self.request_issue.connect(self._issue)
        self.request_print.connect(self._print)
        self.request_cancel.connect(self._cancel)
        self.request_counts.connect(self._counts)
        self.request_event.connect(self._event)
        self.request_replace_printer.connect(self._replace_printer)
        self.request_job.connect(self._job)

    @property
    def printer(self) -> Printer:
        """The current printer; its every result is also emitted as ``printed``."""
        return self._printer

    @printer.setter
    def printer(self, printer: Printer) -> None:
        self._printer = ReportingPrinter(printer, self.printed.emit)

    # -- lifecycle (worker thread) ---------------------------------------------------
    def on_start(self) -> None:
        # Before the first request: a kiosk issues no number while tickets a
        # crash left half-issued are still unsettled.
        self._open()
        self._recover()

    def on_stop(self) -> None:
        self._close()

    # -- slots (worker thread) ------------------------------------------------------
    def _open(self) -> None:
        try:
            self.printer.open()
        except Exception as exc:  # a printer that cannot open fails its first job instead
            log.warning("printer open failed: %s", type(exc).__name__)

    def _recover(self) -> None:
        """Settle tickets a crash left half-issued, before this kiosk issues any."""
        try:
            recovered = self.queue.recover_interrupted()
        except DatabaseUnavailableError as exc:
            log.error("could not recover interrupted tickets: %s", exc)
            return
        for ticket in recovered:
            log.warning(
                "ticket %s (%s) was left issued with no print on record; now %s",
                ticket.display_code,
                ticket.business_day,
                ticket.state.value,
            )

    def _record(self, ticket_id: int, outcome: PrintResult | TicketState) -> bool:
        """Record a print outcome or a cancellation; False when the database is away."""
        what = "print result" if isinstance(outcome, PrintResult) else "cancellation"
        try:
            if isinstance(outcome, PrintResult):
                self.queue.record_print(ticket_id, outcome.ok, outcome.detail)
            else:
                self.queue.transition(ticket_id, outcome)
        except InvalidTransitionError as exc:
            log.error("could not record %s for ticket %s: %s", what, ticket_id, exc)
        except DatabaseUnavailableError as exc:
            log.error("could not record %s for ticket %s yet: %s", what, ticket_id, exc)
            return False
        return True

    def _record_or_keep(self, ticket_id: int, outcome: PrintResult | TicketState) -> None:
        """Record now, or keep it (after what is already kept) for when the database answers."""
        self._flush_unrecorded()
        if self._unrecorded or not self._record(ticket_id, outcome):
            self._unrecorded.append((ticket_id, outcome))

    def _flush_unrecorded(self) -> None:
        """Record what the database missed while it was away, in order.

        Left unrecorded, a printed ticket would stay ``issued`` and the next
        start's recovery would take it for one that never printed; a ticket
        given back would stay in the queue, and a counter would call a
        number nobody holds.
        """
        pending, self._unrecorded = self._unrecorded, []
        for index, (ticket_id, outcome) in enumerate(pending):
            if not self._record(ticket_id, outcome):
                self._unrecorded = pending[index:] + self._unrecorded
                return

    def _close(self) -> None:
        try:
            self.printer.close()
        except Exception as exc:
            log.warning("printer close failed: %s", type(exc).__name__)

    @Slot(object)
    def _replace_printer(self, printer: Printer) -> None:
        # Jobs queued before this request finish on the old printer; every
        # later job uses the new one. No restart needed.
        self._close()
        self.printer = printer
        self._open()
        log.info("printer replaced: %s", printer.name)
        self.printer_replaced.emit(printer.name)

    @Slot(object)
    def _job(self, job: RunJob) -> None:
        event = job.failed
        if self._job_context is None:
            log.error("job %s asked for, but this kiosk runs no centre services", job.name)
        else:
            try:
                event = job.work(self._job_context(self.printer))
            except PersonalKeyError as exc:
                # Written by kiosk.centre, about the key file, never about a
                # resident: the technician needs it to know what to copy.
                log.error("job %s failed: %s", job.name, exc)
            except Exception as exc:
                # Type name only: a message could carry what the resident typed.
                log.error("job %s failed: %s", job.name, type(exc).__name__)
        self.job_done.emit(event)

    @Slot(str, bool, str)
    def _issue(self, service_id: str, priority: bool, language: str) -> None:
        """Issue a number, show it (signal), then print it straight away."""
        self._flush_unrecorded()
        try:
            issued = self.queue.issue(service_id, priority=priority)
        except DatabaseUnavailableError as exc:
            log.error("queue unavailable: %s", exc)
            self.issue_failed.emit(str(exc), None)
            return
        except IssueRefusedError as exc:  # full band, implausible clock: a staff event too
            log.warning("issue refused: %s", exc)
            self.issue_failed.emit(str(exc), exc.message)
            return
        except Exception as exc:
            log.exception("issuing failed")
            self.issue_failed.emit(type(exc).__name__, None)
            return
        self.ticket_issued.emit(issued)
        self._print(issued, language)

    @Slot(object, str)
    def _print(self, issued: IssuedTicket, language: str) -> None:
        ticket_id = issued.ticket.id
        try:
            document = self._build(issued, language)
            result = self.printer.print_document(document)
        except Exception as exc:  # a driver bug must not strand the resident
            log.exception("print job crashed")
            result = PrintResult.failed(PrintFailure.ERROR, type(exc).__name__)
        self._record_or_keep(ticket_id, result)
        if not result.ok:
            log.warning(
                "print failed ticket=%s failure=%s detail=%s",
                ticket_id,
                result.failure.value if result.failure else "?",
                result.detail,
            )
        self.print_finished.emit(ticket_id, result)

    @Slot(int)
    def _cancel(self, ticket_id: int) -> None:
        self._record_or_keep(ticket_id, TicketState.CANCELLED)

    @Slot()
    def _counts(self) -> None:
        self._keep_claim()
        self._flush_unrecorded()
        try:
            # A number committed into a dropped connection goes within
            # seconds, not at this kiosk's next issue: a counter's unprinted
            # sweep would have it called after two minutes.
            self.queue.withdraw_unheld()
            counts = self.queue.waiting_counts()
        except DatabaseUnavailableError:
            return
        self.counts_ready.emit(counts)

    def _keep_claim(self) -> None:
        if self.claim is None:
            return
        try:
            self.claim.keep()
        except KioskIdInUseError as exc:
            if not self._claim_taken:  # once, not every three seconds
                log.error("%s", exc)
                self._event("kiosk_id_in_use", str(exc))
            self._claim_taken = True
        except StorageUnreachableError:
            pass  # the server is away: tried again with the next counts
        else:
            self._claim_taken = False

    @Slot(str, str)
    def _event(self, kind: str, detail: str) -> None:
        try:
            self.queue.record_event(kind, detail)
        except Exception as exc:
            log.error("could not record %s: %s", kind, type(exc).__name__)
            return
        self.event_recorded.emit(kind)
