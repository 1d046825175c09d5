"""The ``file`` printer backend: ESC/POS written to a device file; no status."""

from __future__ import annotations

from typing import Any

from drivers.printer.base import EscposPrinter
from kiosk.config import FilePrinterOptions


class FilePrinter(EscposPrinter[FilePrinterOptions]):
    """A device file (``/dev/usb/lp0``) through ``escpos.printer.File``; write-only."""

    backend = "file"
    can_read_status = False

    def target(self) -> str:
        return self.options.device

    def _open(self, timeout_s: float) -> Any:
        from escpos.printer import File

        conn = File(self.options.device, auto_flush=True)
        conn.open()
        return conn

    def _write(self, data: bytes, timeout_s: float) -> None:
        self._conn._raw(data)
