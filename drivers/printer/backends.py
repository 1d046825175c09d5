"""Printer backends: how bytes reach the printer and how its status bytes come back.

Each backend wraps one python-escpos connection class (``Network``, ``Usb``,
``Serial``, ``File``, ``Win32Raw``) and uses it only to open, write, read
and close (CUPS talks to pycups itself, to follow each job to the paper); layout and status logic live in ``base.py``
and ``escpos.py``. python-escpos is imported when a backend connects, and
its optional libraries (pyusb, pyserial, pycups, pywin32) are checked by
the registry, so a missing one makes the backend unusable with a reason,
never an import error.

python-escpos opens a connection as a side effect of reading ``.device``;
we always call ``open()`` first and only touch ``.device`` afterwards.
"""

from __future__ import annotations

import contextlib
import socket
import time
from abc import abstractmethod
from typing import Any

from drivers.printer.base import ConnectionClosed, EscposPrinter, PrinterTimeout
from kiosk.config import (
    CupsPrinterOptions,
    FilePrinterOptions,
    NetworkPrinterOptions,
    PrinterProfile,
    SerialPrinterOptions,
    UsbPrinterOptions,
    Win32RawPrinterOptions,
)
from kiosk.ports.printer import PrinterStatus

JOB_NAME = "kiosk"


class NetworkPrinter(EscposPrinter):
    """Raw TCP (port 9100) through ``escpos.printer.Network``."""

    backend = "network"

    def __init__(
        self, options: NetworkPrinterOptions, profile: PrinterProfile, *, job_timeout_s: float = 30
    ) -> None:
        super().__init__(profile, io_timeout_s=options.timeout_s, job_timeout_s=job_timeout_s)
        self.options = options
        self._conn: Any = None

    def target(self) -> str:
        return f"{self.options.host}:{self.options.port}"

    def _sock(self) -> socket.socket:
        sock = self._conn.device if self._conn is not None else None
        if not isinstance(sock, socket.socket):
            raise ConnectionClosed("not connected")
        return sock

    def _connect(self, timeout_s: float) -> None:
        from escpos.printer import Network

        conn = Network(self.options.host, self.options.port, timeout=timeout_s)
        # Network.open() in python-escpos 3.1 leaks its socket when the connect
        # fails (ResourceWarning), so connect here and hand it the socket.
        sock = socket.create_connection((self.options.host, self.options.port), timeout_s)
        # Answers are a byte or three: don't let Nagle hold our requests back.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.device = sock
        self._conn = conn

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _write(self, data: bytes, timeout_s: float) -> None:
        self._sock().settimeout(timeout_s)
        self._conn._raw(data)

    def _read(self, timeout_s: float) -> bytes:
        sock = self._sock()
        if timeout_s <= 0:
            sock.setblocking(False)
        else:
            sock.settimeout(timeout_s)
        try:
            data: bytes = self._conn._read()
        except (TimeoutError, BlockingIOError):
            return b""
        finally:
            sock.settimeout(self.io_timeout_s)
        if not data:
            raise ConnectionClosed("the printer closed the connection")
        return data


class UsbPrinter(EscposPrinter):
    """USB bulk endpoints through ``escpos.printer.Usb`` (pyusb)."""

    backend = "usb"

    def __init__(
        self, options: UsbPrinterOptions, profile: PrinterProfile, *, job_timeout_s: float = 30
    ) -> None:
        super().__init__(
            profile, io_timeout_s=options.timeout_ms / 1000, job_timeout_s=job_timeout_s
        )
        self.options = options
        self._conn: Any = None

    def target(self) -> str:
        return f"{self.options.vendor_id:04x}:{self.options.product_id:04x}"

    def _connect(self, timeout_s: float) -> None:
        from escpos.printer import Usb

        conn = Usb(
            self.options.vendor_id,
            self.options.product_id,
            timeout=self.options.timeout_ms,
            in_ep=self.options.in_ep,
            out_ep=self.options.out_ep,
        )
        conn.open()
        self._conn = conn

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _write(self, data: bytes, timeout_s: float) -> None:
        # pyusb takes the timeout per transfer, in milliseconds.
        self._conn.device.write(self.options.out_ep, data, max(1, int(timeout_s * 1000)))

    def _read(self, timeout_s: float) -> bytes:
        try:
            data = self._conn.device.read(self.options.in_ep, 16, max(1, int(timeout_s * 1000)))
        except Exception as exc:
            if type(exc).__name__ == "USBTimeoutError":
                return b""
            raise
        return bytes(data)


class SerialPrinter(EscposPrinter):
    """RS-232 / USB-serial through ``escpos.printer.Serial`` (pyserial)."""

    backend = "serial"

    def __init__(
        self, options: SerialPrinterOptions, profile: PrinterProfile, *, job_timeout_s: float = 30
    ) -> None:
        super().__init__(profile, io_timeout_s=options.timeout_s, job_timeout_s=job_timeout_s)
        self.options = options
        self._conn: Any = None

    def target(self) -> str:
        return f"{self.options.device}@{self.options.baudrate}"

    def _connect(self, timeout_s: float) -> None:
        from escpos.printer import Serial

        conn = Serial(self.options.device, baudrate=self.options.baudrate, timeout=timeout_s)
        conn.open()
        self._conn = conn

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _write(self, data: bytes, timeout_s: float) -> None:
        port = self._conn.device
        port.write_timeout = timeout_s
        port.write(data)

    def _read(self, timeout_s: float) -> bytes:
        port = self._conn.device
        port.timeout = max(timeout_s, 0)
        # read(16) would wait out the whole timeout for 16 bytes; status answers
        # are 1-3 bytes, so wait for one and take whatever else already arrived.
        data: bytes = port.read(1)
        if data and port.in_waiting:
            data += port.read(port.in_waiting)
        return data


class FilePrinter(EscposPrinter):
    """A device file (``/dev/usb/lp0``) through ``escpos.printer.File``; write-only."""

    backend = "file"
    can_read_status = False

    def __init__(
        self, options: FilePrinterOptions, profile: PrinterProfile, *, job_timeout_s: float = 30
    ) -> None:
        super().__init__(profile, job_timeout_s=job_timeout_s)
        self.options = options
        self._conn: Any = None

    def target(self) -> str:
        return self.options.device

    def _connect(self, timeout_s: float) -> None:
        from escpos.printer import File

        conn = File(self.options.device, auto_flush=True)
        conn.open()
        self._conn = conn

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def _write(self, data: bytes, timeout_s: float) -> None:
        self._conn._raw(data)


class _SpoolingPrinter(EscposPrinter):
    """Backends that hand whole jobs to a spooler (CUPS, Windows): one job per open."""

    can_read_status = False

    def __init__(self, profile: PrinterProfile, queue: str, *, job_timeout_s: float) -> None:
        super().__init__(profile, job_timeout_s=job_timeout_s)
        self.queue = queue
        self._conn: Any = None

    def target(self) -> str:
        return self.queue

    @abstractmethod
    def _make(self) -> Any:
        """A python-escpos connection for ``self.queue``."""

    def _connect(self, timeout_s: float) -> None:
        self._conn = self._make()

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()

    def _begin_job(self) -> None:
        self._conn.open(job_name=JOB_NAME)

    def _write(self, data: bytes, timeout_s: float) -> None:
        self._conn._raw(data)

    def _end_job(self) -> None:
        # Closing the spooler job submits it.
        self._conn.close()


#: IPP job states (RFC 8011, 5.3.7).
_JOB_HELD = 4  # CUPS holds a job it failed to send ("retry-job", Debian's default policy)
_JOB_STOPPED = 6
_JOB_COMPLETED = 9
_JOB_ENDED_BADLY = {7: "cancelled", 8: "aborted"}
#: IPP printer state "stopped" (the "stop-printer" policy, or staff stopped the queue).
_QUEUE_STOPPED = 5


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


class CupsPrinter(_SpoolingPrinter):
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
    """

    backend = "cups"

    def __init__(
        self, options: CupsPrinterOptions, profile: PrinterProfile, *, job_timeout_s: float = 30
    ) -> None:
        super().__init__(profile, options.queue, job_timeout_s=job_timeout_s)
        self.server = options.server
        self._job = bytearray()
        self._job_started = 0.0

    def target(self) -> str:
        return f"{self.queue} on {self.server}" if self.server else self.queue

    def _make(self) -> Any:
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
        return ipp

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
        job_id = ipp.createJob(self.queue, JOB_NAME, {})
        ipp.startDocument(self.queue, job_id, JOB_NAME, cups.CUPS_FORMAT_RAW, 1)
        ipp.writeRequestData(data, len(data))
        ipp.finishDocument(self.queue)
        self._wait_until_printed(ipp, job_id)

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
                self._cancel(ipp, job_id)
                raise CupsJobStalled(f"CUPS could not print on {self.queue}: {why}")
            queue = ipp.getPrinterAttributes(
                self.queue, requested_attributes=["printer-state", "printer-state-message"]
            )
            if queue.get("printer-state") == _QUEUE_STOPPED:
                self._cancel(ipp, job_id)
                reason = queue.get("printer-state-message") or why or "stopped"
                raise CupsJobStalled(f"CUPS stopped queue {self.queue}: {reason}")
            if time.monotonic() >= limit:
                self._cancel(ipp, job_id)
                raise PrinterTimeout(
                    f"CUPS had not printed the job after {self.job_timeout_s:g} s ({why})"
                )
            time.sleep(0.05)

    @staticmethod
    def _cancel(ipp: Any, job_id: int) -> None:
        # Best effort: the failure reported is why the job did not print.
        with contextlib.suppress(Exception):
            ipp.cancelJob(job_id, purge_job=False)

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


class Win32RawPrinter(_SpoolingPrinter):
    """A Windows printer queue in RAW mode through ``escpos.printer.Win32Raw``."""

    backend = "win32raw"

    def __init__(
        self, options: Win32RawPrinterOptions, profile: PrinterProfile, *, job_timeout_s: float = 30
    ) -> None:
        super().__init__(profile, options.queue, job_timeout_s=job_timeout_s)

    def _make(self) -> Any:
        from escpos.printer import Win32Raw

        return Win32Raw(self.queue)
