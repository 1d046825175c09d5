"""The ``network`` printer backend: ESC/POS over raw TCP (port 9100)."""

from __future__ import annotations

import socket
import struct
from typing import Any

from drivers.printer.base import ConnectionClosed, EscposPrinter
from kiosk.config import NetworkPrinterOptions


class NetworkPrinter(EscposPrinter[NetworkPrinterOptions]):
    """Raw TCP (port 9100) through ``escpos.printer.Network``."""

    backend = "network"

    @property
    def io_timeout_s(self) -> float:
        return self.options.timeout_s

    def target(self) -> str:
        return f"{self.options.host}:{self.options.port}"

    def _sock(self) -> socket.socket:
        sock = self._conn.device if self._conn is not None else None
        if not isinstance(sock, socket.socket):
            raise ConnectionClosed("not connected")
        return sock

    def _open(self, timeout_s: float) -> Any:
        from escpos.printer import Network

        conn = Network(self.options.host, self.options.port, timeout=timeout_s)
        # Network.open() in python-escpos 3.1 leaks its socket when the connect
        # fails (ResourceWarning), so connect here and hand it the socket.
        sock = socket.create_connection((self.options.host, self.options.port), timeout_s)
        # Answers are a byte or three: don't let Nagle hold our requests back.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.device = sock
        return conn

    def _abort(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        sock = conn.device
        if isinstance(sock, socket.socket):
            # Linger on with 0 s: close() resets the connection and the kernel
            # drops what the printer has not taken yet. A plain close() would
            # deliver it once the printer reads again, long after the job failed.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
        conn.device = None

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
