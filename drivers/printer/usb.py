"""The ``usb`` printer backend: ESC/POS over USB bulk endpoints (pyusb)."""

from __future__ import annotations

from typing import Any

from drivers.printer.base import EscposPrinter
from kiosk.config import UsbPrinterOptions


class UsbPrinter(EscposPrinter[UsbPrinterOptions]):
    """USB bulk endpoints through ``escpos.printer.Usb`` (pyusb)."""

    backend = "usb"

    @property
    def io_timeout_s(self) -> float:
        return self.options.timeout_ms / 1000

    def target(self) -> str:
        return f"{self.options.vendor_id:04x}:{self.options.product_id:04x}"

    def _open(self, timeout_s: float) -> Any:
        from escpos.printer import Usb

        conn = Usb(
            self.options.vendor_id,
            self.options.product_id,
            timeout=self.options.timeout_ms,
            in_ep=self.options.in_ep,
            out_ep=self.options.out_ep,
        )
        conn.open()
        return conn

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
