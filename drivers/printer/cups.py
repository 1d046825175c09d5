"""The ``cups`` printer backend: a raw CUPS queue through pycups, followed to the paper."""

from __future__ import annotations

import logging
import os
import socket
import time
from typing import Any

from drivers.printer.base import JOB_NAME, EscposPrinter, PrinterTimeout
from kiosk.config import CupsPrinterOptions, PrinterProfile
from kiosk.ports.printer import PrinterStatus

#: IPP job states (RFC 8011, 5.3.7).
_JOB_HELD = 4  # CUPS holds a job it failed to send ("retry-job", Debian's default policy)
_JOB_STOPPED = 6
_JOB_COMPLETED = 9
_JOB_ENDED_BADLY = {7: "cancelled", 8: "aborted"}
#: IPP printer state "stopped" (the "stop-printer" policy, or staff stopped the queue).
_QUEUE_STOPPED = 5

log = logging.getLogger(__name__)


def job_name() -> str:
    """A job's name: the kiosk's, this machine's and this process's ("kiosk lobby-pc 4711")."""
    return f"{JOB_NAME} {socket.gethostname()} {os.getpid()}"


def _sender_ended(name: str) -> bool:
    """Whether the job named ``name`` (``job_name``) came from a process of this
    machine that has ended. Another machine's jobs, and those of a process still
    running (or a new one that got its number), are not this kiosk's to purge."""
    parts = name.split(" ")
    if len(parts) != 3 or parts[0] != JOB_NAME or parts[1] != socket.gethostname():
        return False
    if not parts[2].isdigit():
        return False
    try:
        os.kill(int(parts[2]), 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return True
    except OSError:  # exists, but another user's
        return False
    return False


class CupsJobStalled(ConnectionError):
    """CUPS could not send the job to the printer (the job is held, or its queue stopped)."""


class CupsQueueMissing(LookupError):
    """The CUPS server has no queue of the configured name."""


def cups_server_address(server: str | None) -> tuple[str, int] | None:
    """``host``, ``host:port`` or a socket path as (host, port); None: the system's default."""
    if not server:
        return None
    host, sep, port = server.rpartition(":")
    if sep and port.isdigit() and not server.startswith("/"):
        return host, int(port)
    return server, 631


class CupsPrinter(EscposPrinter[CupsPrinterOptions]):
    """A raw CUPS queue, through pycups.

    Unlike the other backends this one does not use python-escpos's
    connection class: its ``CupsPrinter`` spools each job through a file of
    its own and forgets the job's id, so it cannot know whether the job was
    printed. A spooler taking a job is not paper in the resident's hand.

    Each job goes to CUPS as one raw document over IPP (never through a file
    of ours: a certificate holds personal data), and ``print_document``
    waits, within the job's time limit, until CUPS reports the job completed,
    i.e. its backend delivered every byte to the printer. A job CUPS aborts,
    or that is still waiting when the queue stops or time runs out, is
    cancelled, so it cannot come out of the printer later, after the
    resident was told to ask staff; the print fails with CUPS's own reason.
    Every job, printed or not, is then purged, so its document does not stay
    in CUPS's spool (a day by default, ``PreserveJobFiles``).
    """

    backend = "cups"
    can_read_status = False

    def __init__(
        self, options: CupsPrinterOptions, profile: PrinterProfile, *, job_timeout_s: float = 30
    ) -> None:
        super().__init__(options, profile, job_timeout_s=job_timeout_s)
        self.queue = options.queue
        self.server = options.server
        self._job = bytearray()
        self._job_started = 0.0

    def target(self) -> str:
        return f"{self.queue} on {self.server}" if self.server else self.queue

    def _open(self, timeout_s: float) -> Any:
        import cups

        address = cups_server_address(self.server)
        try:
            ipp = (
                cups.Connection(host=address[0], port=address[1]) if address else cups.Connection()
            )
        except RuntimeError as exc:  # pycups says only "failed to connect to server"
            where = self.server or "this computer"
            raise ConnectionRefusedError(f"CUPS on {where}: {exc}") from None
        if self.queue not in ipp.getPrinters():
            raise CupsQueueMissing(f"CUPS has no queue named {self.queue!r}")
        self._purge_left_behind(ipp)
        return ipp

    def _purge_left_behind(self, ipp: Any) -> None:
        """Purge this queue's kiosk jobs that a crash or power cut left in CUPS.

        A job is named after the machine and process that sent it
        (``job_name``); one whose process on this machine has ended was left
        behind: a waiting one would print a former resident's certificate
        for whoever stands at the kiosk now, and a printed one keeps its
        document in the spool. A live process's job is never touched: a
        technician's ``kiosk printer status`` connects while the kiosk prints.
        """
        try:
            jobs = ipp.getJobs(
                which_jobs="all",
                my_jobs=True,
                # pycups keys the answer by job-id: without it the answer is empty.
                requested_attributes=["job-id", "job-name", "job-printer-uri"],
            )
        except Exception as exc:
            log.warning("CUPS did not list the kiosk's jobs left from before: %s", exc)
            return
        for job_id, job in jobs.items():
            on_this_queue = str(job.get("job-printer-uri", "")).endswith(f"/{self.queue}")
            if on_this_queue and _sender_ended(str(job.get("job-name", ""))):
                log.warning("CUPS still held kiosk job %s from before: purging it", job_id)
                self._purge(ipp, job_id)

    def _disconnect(self) -> None:
        # A pycups connection has no close(); it hangs up when collected.
        self._conn = None

    def _begin_job(self) -> None:
        self._job.clear()
        self._job_started = time.monotonic()

    def _write(self, data: bytes, timeout_s: float) -> None:
        self._job += data

    def _end_job(self) -> None:
        import cups

        ipp = self._conn
        data, self._job = bytes(self._job), bytearray()
        name = job_name()
        job_id = ipp.createJob(self.queue, name, {})
        try:
            ipp.startDocument(self.queue, job_id, name, cups.CUPS_FORMAT_RAW, 1)
            ipp.writeRequestData(data, len(data))
            ipp.finishDocument(self.queue)
            self._wait_until_printed(ipp, job_id)
        finally:
            self._purge(ipp, job_id)

    def _wait_until_printed(self, ipp: Any, job_id: int) -> None:
        limit = self._job_started + self.job_timeout_s
        while True:
            job = ipp.getJobAttributes(job_id)
            state = job.get("job-state")
            if state == _JOB_COMPLETED:
                return
            why = job.get("job-printer-state-message") or ", ".join(
                job.get("job-state-reasons") or []
            )
            if state in _JOB_ENDED_BADLY:
                raise ConnectionError(f"CUPS {_JOB_ENDED_BADLY[state]} the job: {why}")
            if state in (_JOB_HELD, _JOB_STOPPED):
                # CUPS would try again later: by then the resident has gone.
                raise CupsJobStalled(f"CUPS could not print on {self.queue}: {why}")
            queue = ipp.getPrinterAttributes(
                self.queue, requested_attributes=["printer-state", "printer-state-message"]
            )
            if queue.get("printer-state") == _QUEUE_STOPPED:
                reason = queue.get("printer-state-message") or why or "stopped"
                raise CupsJobStalled(f"CUPS stopped queue {self.queue}: {reason}")
            if time.monotonic() >= limit:
                raise PrinterTimeout(
                    f"CUPS had not printed the job after {self.job_timeout_s:g} s ({why})"
                )
            time.sleep(0.05)

    @staticmethod
    def _purge(ipp: Any, job_id: int) -> None:
        # A certificate's personal data may reach disk only as paper, and CUPS
        # keeps a printed job's document for a day. Purging deletes it, and
        # cancels a job still waiting so it cannot print after the resident
        # was told it failed; a plain cancel keeps the document and is refused
        # once the job has completed.
        try:
            ipp.cancelJob(job_id, purge_job=True)
        except Exception as exc:
            # The print's result stands (the paper is out, or the failure says
            # why not); the technician must learn the job was left behind.
            log.warning(
                "CUPS did not purge job %s, its document stays in the spool: %s", job_id, exc
            )

    def _offline_status(self) -> PrinterStatus | None:
        # CUPS knows whether the queue is stopped, nothing about paper or cover.
        try:
            state = self._conn.getPrinterAttributes(
                self.queue, requested_attributes=["printer-state"]
            ).get("printer-state")
        except Exception:
            return PrinterStatus(detail="cups: queue state unavailable")
        if state == _QUEUE_STOPPED:
            return PrinterStatus(online=False, detail="cups: queue stopped")
        return PrinterStatus(detail=f"cups: queue state {state}; paper and cover unknown")
