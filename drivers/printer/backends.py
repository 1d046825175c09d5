"""Printer backends: how bytes reach the printer and how its status bytes come back.

Each backend wraps one python-escpos connection class (``Network``, ``Usb``,
``Serial``, ``File``, ``CupsPrinter``, ``Win32Raw``) and uses it only to
open, write, read and close; layout and status logic live in ``base.py``
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
from abc import abstractmethod
from typing import Any

from drivers.printer.base import ConnectionClosed, EscposPrinter
from kiosk.config import (
    CupsPrinterOptions,
    FilePrinterOptions,
    NetworkPrinterOptions,
    PrinterProfile,
    SerialPrinterOptions,
    UsbPrinterOptions,
    Win32RawPrinterOptions,
)
from kiosk.devices import PrinterStatus

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


class CupsPrinter(_SpoolingPrinter):
    """A raw CUPS queue through ``escpos.printer.CupsPrinter`` (pycups)."""

    backend = "cups"

    def __init__(
        self, options: CupsPrinterOptions, profile: PrinterProfile, *, job_timeout_s: float = 30
    ) -> None:
        super().__init__(profile, options.queue, job_timeout_s=job_timeout_s)

    def _make(self) -> Any:
        from escpos.printer import CupsPrinter as Cups

        conn = Cups(self.queue)
        conn.open(job_name=JOB_NAME)  # checks that the queue exists
        return conn

    def _offline_status(self) -> PrinterStatus | None:
        # CUPS knows whether the queue is stopped, nothing about paper or cover.
        try:
            state = self._conn.printers.get(self.queue, {}).get("printer-state")
        except Exception:
            return PrinterStatus(detail="cups: queue state unavailable")
        if state == 5:
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
