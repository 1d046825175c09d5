"""The ESC/POS printer, written once: status, encode, send, and every failure as a value.

Backends (one module each: ``network.py``, ``usb.py``, ``serial.py``,
``file.py``, ``cups.py``, ``win32raw.py``) only say how to open, write to and
read from their connection. Everything else is here: the status check before
each job and after it (a job counts as printed only when both answers are
complete, with paper and no error, and the printer has said it finished
printing the job; silence or garbage is a failure unless the profile
declares a printer without status), the encoding
(``escpos.encode``), sending in chunks under a per-job deadline, and the
mapping of every exception to ``PrintResult.failed(PrintFailure.X, detail)``.
``print_document`` never raises.

Most backends wrap one python-escpos connection class (``Network``, ``Usb``,
``Serial``, ``File``, ``Win32Raw``) and use it only to open, write, read and
close; CUPS talks to pycups itself, to follow each job to the paper.
python-escpos is imported when a backend connects, and its optional
libraries (pyusb, pyserial, pycups, pywin32) are checked by the registry, so
a missing one makes the backend unusable with a reason, never an import
error. python-escpos opens a connection as a side effect of reading
``.device``; backends always call ``open()`` first and only touch
``.device`` afterwards.

Threading: one device worker thread calls the ``Printer`` methods; a lock
still serialises them so a stray call from elsewhere cannot interleave
bytes of two jobs.
"""

from __future__ import annotations

import contextlib
import errno
import socket
import threading
import time
from abc import ABC, abstractmethod
from typing import Any, Generic, TypeVar

from drivers.printer import escpos
from drivers.printer.status import (
    STATUS_QUERIES,
    check_after,
    check_printed,
    check_while_printing,
    decide,
    is_printed_answer,
    parse_status,
    valid_status_byte,
)
from kiosk.config import PrinterProfile
from kiosk.ports.printer import PaperState, PrinterStatus, PrintFailure, PrintResult
from kiosk.printing.document import Document

#: Bytes per write; the job deadline is checked between chunks.
CHUNK = 4096
#: While a job prints, how often the printer is asked whether it stopped.
PRINTING_POLL_S = 0.5
#: The job name spooling backends (CUPS, Windows) give every job.
JOB_NAME = "kiosk"

#: A backend's options table from the config (``NetworkPrinterOptions``...).
Options = TypeVar("Options")


class PrinterTimeout(TimeoutError):
    """The job's deadline passed while sending or waiting."""


class ConnectionClosed(ConnectionError):
    """The printer closed the connection (end of stream)."""


def classify(exc: BaseException) -> PrintFailure:
    """Which ``PrintFailure`` an exception from a backend or library means."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    if isinstance(exc, TimeoutError | socket.timeout) or names & {
        "USBTimeoutError",
        "SerialTimeoutException",
    }:
        return PrintFailure.TIMEOUT
    if names & {
        "DeviceNotFoundError",
        "USBNotFoundError",
        "NoBackendError",
        "CupsJobStalled",
        "CupsQueueMissing",
    }:
        return PrintFailure.NOT_CONNECTED
    if isinstance(
        exc, ConnectionRefusedError | FileNotFoundError | PermissionError | socket.gaierror
    ):
        return PrintFailure.NOT_CONNECTED
    if isinstance(exc, ConnectionError | EOFError):
        return PrintFailure.CONNECTION_LOST
    if "USBError" in names:
        code = getattr(exc, "errno", None) or getattr(exc, "backend_error_code", None)
        if code in (errno.ENODEV, -4):  # -4: LIBUSB_ERROR_NO_DEVICE
            return PrintFailure.NOT_CONNECTED
        return PrintFailure.CONNECTION_LOST
    if "SerialException" in names:
        return PrintFailure.CONNECTION_LOST
    if isinstance(exc, OSError):
        if exc.errno in (errno.EPIPE, errno.ECONNRESET, errno.ECONNABORTED, errno.ENOTCONN):
            return PrintFailure.CONNECTION_LOST
        if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EHOSTUNREACH):
            return PrintFailure.NOT_CONNECTED
        return PrintFailure.CONNECTION_LOST
    return PrintFailure.ERROR


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().replace("\n", " ")
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class EscposPrinter(ABC, Generic[Options]):
    """A ``kiosk.ports.printer.Printer`` speaking ESC/POS over some byte connection.

    ``options`` is the backend's table from the config; ``_conn`` the open
    connection (mostly a python-escpos connection object), None when closed.
    """

    #: Backend name as in the config (``network``, ``usb``...).
    backend = "escpos"
    #: Whether the connection can carry the printer's status answers back.
    can_read_status = True

    def __init__(
        self, options: Options, profile: PrinterProfile, *, job_timeout_s: float = 30.0
    ) -> None:
        self.options = options
        self.profile = profile
        self.job_timeout_s = job_timeout_s
        self._conn: Any = None
        self._lock = threading.RLock()
        self._connected = False
        self._last_error: tuple[PrintFailure, str] | None = None

    # -- what a backend provides ---------------------------------------------
    @property
    def io_timeout_s(self) -> float:
        """How long connecting, one write or one status answer may take."""
        return 2.0

    @abstractmethod
    def target(self) -> str:
        """Where the printer is, for technicians (host:port, device path...)."""

    @abstractmethod
    def _open(self, timeout_s: float) -> Any:
        """An open connection to the printer (kept in ``_conn``); raise on failure."""

    def _connect(self, timeout_s: float) -> None:
        self._conn = self._open(timeout_s)

    def _disconnect(self) -> None:
        """Close the connection; may raise (the caller ignores it)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _abort(self) -> None:
        """Close the connection after a failed job, discarding what it has not delivered.

        The default only closes; backends whose connection buffers the job
        (a TCP socket) override this. May raise (the caller ignores it).
        """
        self._disconnect()

    @abstractmethod
    def _write(self, data: bytes, timeout_s: float) -> None:
        """Write all of ``data`` within ``timeout_s`` or raise."""

    def _read(self, timeout_s: float) -> bytes:
        """Bytes the printer sent (up to a few), ``b""`` when none came in ``timeout_s``.

        Raises ``ConnectionClosed`` at end of stream. Backends that cannot
        read (``can_read_status = False``) keep this default.
        """
        return b""

    def _begin_job(self) -> None:
        """Called before a job's bytes (spooling backends start a job here)."""

    def _end_job(self) -> None:
        """Called after a job's bytes (spooling backends submit the job here)."""

    def _offline_status(self) -> PrinterStatus | None:
        """A status for backends that learn it another way than ``DLE EOT``."""
        return None

    @property
    def reports_status(self) -> bool:
        """Whether jobs are checked by status answers (the connection and profile allow it)."""
        return self.can_read_status and self.profile.reports_status

    # -- Printer protocol ------------------------------------------------------
    @property
    def name(self) -> str:
        return f"{self.backend} {self.target()}"

    def open(self) -> None:
        with self._lock:
            try:
                self._ensure_connected(time.monotonic() + self.io_timeout_s)
            except Exception as exc:  # surfaces in the next print_document
                self._last_error = (classify(exc), _describe(exc))

    def close(self) -> None:
        with self._lock:
            self._drop_connection()

    def status(self) -> PrinterStatus:
        with self._lock:
            deadline = time.monotonic() + self.job_timeout_s
            try:
                return self._status_before_job(deadline)
            except Exception as exc:
                self._drop_connection()
                failure = classify(exc)
                return PrinterStatus(detail=f"{failure.value}: {_describe(exc)}")

    def print_document(self, document: Document) -> PrintResult:
        with self._lock:
            try:
                return self._print(document)
            except Exception as exc:
                self._drop_connection()
                return PrintResult.failed(classify(exc), _describe(exc))

    # -- the job -------------------------------------------------------------------
    def _print(self, document: Document) -> PrintResult:
        deadline = time.monotonic() + self.job_timeout_s
        try:
            data = escpos.encode(document, self.profile)
        except Exception as exc:  # a layout bug or a missing font: not the printer's fault
            return PrintResult.failed(PrintFailure.ERROR, f"encoding failed: {_describe(exc)}")
        before = self._status_before_job(deadline)
        decision = decide(before, self._status_profile())
        if decision.refuse is not None:
            return decision.refuse
        # From the first byte of the job on, a failure must not leave the rest
        # waiting in a buffer: it would print later, after the resident was told
        # the job failed and had gone (a certificate with personal data, unpaid).
        try:
            result = self._send_job(data, deadline, paper_low=decision.paper_low)
        except Exception:
            self._abandon_job()
            raise
        if not result.ok:
            self._abandon_job()
        return result

    def _send_job(self, data: bytes, deadline: float, *, paper_low: bool) -> PrintResult:
        self._begin_job()
        for start in range(0, len(data), CHUNK):
            self._write(data[start : start + CHUNK], self._remaining(deadline))
        self._end_job()
        if not self.reports_status:
            # Bytes sent, nothing known about the paper (see PrintResult.unchecked).
            return PrintResult.printed(paper_low=paper_low, unchecked=True)
        problem = self._await_printed(deadline)
        if problem is not None:
            return problem
        after = self._query_status(deadline)
        problem = check_after(after)
        if problem is not None:
            return problem
        return PrintResult.printed(paper_low=paper_low or after.paper is PaperState.NEAR_END)

    def _await_printed(self, deadline: float) -> PrintResult | None:
        """Wait until the printer has printed the whole job: None once it has, else the failure.

        The printer answers ``GS r 1`` only after printing what came before it
        (``status.py``). While it prints, the offline cause (``DLE EOT 2``,
        answered at once) is asked every ``PRINTING_POLL_S``, so paper running
        out or the cover opening fails the job then, not at the time limit.
        Without an answer by the time limit nobody knows what came out.
        """
        self._write(escpos.PRINTED_REQUEST, self._remaining(deadline))
        while (left := deadline - time.monotonic()) > 0:
            answer = self._read(min(PRINTING_POLL_S, left))
            for b in answer:
                if is_printed_answer(b):
                    return check_printed(b)
                if valid_status_byte(b):
                    problem = check_while_printing(b)
                    if problem is not None:
                        return problem
            if not answer and time.monotonic() < deadline:
                self._write(escpos.status_request(2), self._remaining(deadline))
        return PrintResult.failed(
            PrintFailure.STATUS_UNKNOWN,
            "the printer had not said it finished printing the job "
            f"within the {self.job_timeout_s:g} s time limit (GS r 1)",
        )

    # -- helpers ---------------------------------------------------------------
    def _status_profile(self) -> PrinterProfile:
        # A connection that cannot carry status answers is a printer without
        # status, whatever its profile says (CUPS still reports a stopped queue).
        if self.can_read_status:
            return self.profile
        return self.profile.model_copy(update={"reports_status": False})

    @staticmethod
    def _remaining(deadline: float) -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise PrinterTimeout("the print job took longer than its time limit")
        return left

    def _ensure_connected(self, deadline: float) -> None:
        if self._connected:
            return
        self._connect(min(self.io_timeout_s, self._remaining(deadline)))
        self._connected = True
        self._last_error = None

    def _abandon_job(self) -> None:
        # The next job starts on a fresh connection, as after any failure.
        if self._connected:
            self._connected = False
            with contextlib.suppress(Exception):
                self._abort()

    def _drop_connection(self) -> None:
        # After any failure the stream may hold stale answers or half a
        # command: start the next job on a fresh connection.
        if self._connected:
            self._connected = False
            # Closing a broken connection may fail too; there is nothing more to do.
            with contextlib.suppress(Exception):
                self._disconnect()

    def _status_before_job(self, deadline: float) -> PrinterStatus:
        """The printer's status, connecting first (before a job, and for ``status()``)."""
        reused = self._connected
        self._ensure_connected(deadline)
        try:
            return self._query_status(deadline)
        except (EOFError, OSError) as exc:
            # A printer that was power-cycled, or that drops idle connections,
            # left the kept connection dead; the first use finds out. Nothing
            # of the job was written, so one fresh connection is safe to try.
            if not reused or classify(exc) is not PrintFailure.CONNECTION_LOST:
                raise
        self._drop_connection()
        self._ensure_connected(deadline)
        return self._query_status(deadline)

    def _query_status(self, deadline: float) -> PrinterStatus:
        other = self._offline_status()
        if other is not None:
            return other
        if not self.can_read_status:
            return PrinterStatus(detail=f"{self.backend}: this connection cannot read status")
        # Bytes left over (e.g. a late answer to a request that timed out) would
        # shift every answer by one: discard them first.
        stale = self._drain()
        self._write(
            b"".join(escpos.status_request(n) for n in STATUS_QUERIES), self._remaining(deadline)
        )
        answer = b""
        wait_until = min(deadline, time.monotonic() + self.io_timeout_s)
        while len(answer) < len(STATUS_QUERIES):
            left = wait_until - time.monotonic()
            if left <= 0:
                break
            answer += self._read(left)
        # A little grace for surplus bytes, which mean the stream is out of step.
        if len(answer) >= len(STATUS_QUERIES):
            answer += self._read(0.0)
        note = f"discarded {len(stale)} stale byte(s)" if stale else ""
        return parse_status(answer, note=note)

    def _drain(self) -> bytes:
        stale = b""
        for _ in range(64):
            chunk = self._read(0.0)
            if not chunk:
                break
            stale += chunk
        return stale
