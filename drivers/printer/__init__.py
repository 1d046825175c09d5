"""Printer backends and the printer registry.

Every backend the config may name is registered here, with the optional
library it needs checked lazily (``unavailable_reason``), so a kiosk without
pyusb can still list the usb backend and say why it cannot use it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from drivers.printer.backends import (
    CupsPrinter,
    FilePrinter,
    NetworkPrinter,
    SerialPrinter,
    UsbPrinter,
    Win32RawPrinter,
)
from drivers.printer.mock import MockPrinter
from drivers.registry import BackendInfo, Registry, module_missing
from kiosk.config import PrinterConfig
from kiosk.ports.printer import Printer

T = TypeVar("T")


def _need(options: T | None, backend: str) -> T:
    if options is None:  # the config schema demands the table; this guards direct callers
        raise ValueError(f"devices.printer.{backend}: required when backend = {backend!r}")
    return options


def _windows_only() -> str | None:
    if sys.platform != "win32":
        return "win32raw works only on Windows"
    return module_missing("win32print", "pip install pywin32")()


def _all_of(*checks: Callable[[], str | None]) -> Callable[[], str | None]:
    def check() -> str | None:
        for c in checks:
            reason = c()
            if reason is not None:
                return reason
        return None

    return check


def printer_registry() -> Registry[PrinterConfig, Printer]:
    """Every printer backend the kiosk knows, keyed by the config's ``backend`` name."""
    registry: Registry[PrinterConfig, Printer] = Registry("printer")
    escpos_missing = module_missing("escpos", "pip install python-escpos")
    registry.register(
        BackendInfo(
            name="mock",
            description="In-memory printer for tests and the demo",
            create=lambda cfg: MockPrinter(cfg.mock, cfg.profile),
        )
    )
    registry.register(
        BackendInfo(
            name="network",
            description="ESC/POS over raw TCP (port 9100)",
            create=lambda cfg: NetworkPrinter(
                _need(cfg.network, "network"),
                cfg.profile,
                job_timeout_s=cfg.job_timeout_s,
            ),
            unavailable_reason=escpos_missing,
        )
    )
    registry.register(
        BackendInfo(
            name="usb",
            description="ESC/POS over USB (pyusb)",
            create=lambda cfg: UsbPrinter(
                _need(cfg.usb, "usb"),
                cfg.profile,
                job_timeout_s=cfg.job_timeout_s,
            ),
            unavailable_reason=_all_of(
                escpos_missing, module_missing("usb", "pip install pyusb; needs libusb")
            ),
        )
    )
    registry.register(
        BackendInfo(
            name="serial",
            description="ESC/POS over a serial port (pyserial)",
            create=lambda cfg: SerialPrinter(
                _need(cfg.serial, "serial"),
                cfg.profile,
                job_timeout_s=cfg.job_timeout_s,
            ),
            unavailable_reason=_all_of(
                escpos_missing, module_missing("serial", "pip install pyserial")
            ),
        )
    )
    registry.register(
        BackendInfo(
            name="file",
            description="ESC/POS written to a device file (no status)",
            create=lambda cfg: FilePrinter(
                _need(cfg.file, "file"),
                cfg.profile,
                job_timeout_s=cfg.job_timeout_s,
            ),
            unavailable_reason=escpos_missing,
        )
    )
    registry.register(
        BackendInfo(
            name="cups",
            description="ESC/POS through a raw CUPS queue (pycups; queue state, no paper status)",
            create=lambda cfg: CupsPrinter(
                _need(cfg.cups, "cups"),
                cfg.profile,
                job_timeout_s=cfg.job_timeout_s,
            ),
            unavailable_reason=_all_of(
                escpos_missing,
                module_missing("cups", "pip install pycups (the 'cups' extra); needs libcups2-dev"),
            ),
        )
    )
    registry.register(
        BackendInfo(
            name="win32raw",
            description="ESC/POS through a Windows printer queue in RAW mode (no status)",
            create=lambda cfg: Win32RawPrinter(
                _need(cfg.win32raw, "win32raw"),
                cfg.profile,
                job_timeout_s=cfg.job_timeout_s,
            ),
            unavailable_reason=_all_of(escpos_missing, _windows_only),
        )
    )
    return registry


def create_printer(config: PrinterConfig) -> Printer:
    return printer_registry().create(config.backend, config)
