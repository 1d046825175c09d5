"""The ``serial`` printer backend: ESC/POS over RS-232 or USB-serial (pyserial)."""

from __future__ import annotations

import termios
from typing import Any

from drivers.printer.base import EscposPrinter
from kiosk.config import SerialPrinterOptions


class SerialPrinter(EscposPrinter[SerialPrinterOptions]):
    """RS-232 / USB-serial through ``escpos.printer.Serial`` (pyserial)."""

    backend = "serial"

    @property
    def io_timeout_s(self) -> float:
        return self.options.timeout_s

    def target(self) -> str:
        return f"{self.options.device}@{self.options.baudrate}"

    def _open(self, timeout_s: float) -> Any:
        from escpos.printer import Serial

        conn = Serial(self.options.device, baudrate=self.options.baudrate, timeout=timeout_s)
        conn.open()
        return conn

    def _disconnect(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        port = conn.device
        # python-escpos's close() flushes (tcdrain) first: on an unplugged
        # adapter that raises before the port is closed, and the error comes
        # back later from the garbage collector. Close the port itself.
        conn.device = None
        if port is not None:
            port.close()

    def _abort(self) -> None:
        conn = self._conn
        port = conn.device if conn is not None else None
        try:
            if port is not None:
                # Drop what the kernel still holds for the printer: sent once the
                # printer takes data again, the failed job's end would print long
                # after the resident was told it failed. On a stalled line close()
                # would also wait for it to drain (the tty's closing_wait, 30 s).
                port.reset_output_buffer()
        except (OSError, termios.error):
            pass  # an unplugged adapter: nothing is left to print, but the port must close
        finally:
            self._disconnect()

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
