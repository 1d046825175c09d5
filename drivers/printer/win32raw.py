"""The ``win32raw`` printer backend: a Windows printer queue in RAW mode; no status."""

from __future__ import annotations

from typing import Any

from drivers.printer.base import JOB_NAME, EscposPrinter
from kiosk.config import Win32RawPrinterOptions


class Win32RawPrinter(EscposPrinter[Win32RawPrinterOptions]):
    """A Windows printer queue in RAW mode through ``escpos.printer.Win32Raw``.

    The spooler takes whole jobs: each job is opened, written and closed
    (which submits it) on the connection.
    """

    backend = "win32raw"
    can_read_status = False

    def target(self) -> str:
        return self.options.queue

    def _open(self, timeout_s: float) -> Any:
        from escpos.printer import Win32Raw

        return Win32Raw(self.options.queue)

    def _begin_job(self) -> None:
        self._conn.open(job_name=JOB_NAME)

    def _write(self, data: bytes, timeout_s: float) -> None:
        self._conn._raw(data)

    def _end_job(self) -> None:
        # Closing the spooler job submits it.
        self._conn.close()
