"""Printer backends and the printer registry.

Every backend the config may name is registered here, with the optional
library it needs checked lazily (``unavailable_reason``), so a kiosk without
pyusb can still list the usb backend and say why it cannot use it. Each
backend is a module of this package (``network.py``, ``usb.py``...); the
ESC/POS logic they share is ``base.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from drivers.printer.base import EscposPrinter
from drivers.printer.cups import CupsPrinter
from drivers.printer.file import FilePrinter
from drivers.printer.mock import MockPrinter
from drivers.printer.network import NetworkPrinter
from drivers.printer.serial import SerialPrinter
from drivers.printer.usb import UsbPrinter
from drivers.printer.win32raw import Win32RawPrinter
from drivers.registry import BackendInfo, Registry, module_missing
from kiosk.config import PrinterConfig
from kiosk.ports.printer import Printer

Check = Callable[[], str | None]

_escpos_missing = module_missing("escpos", "pip install python-escpos")


def _windows_only() -> str | None:
    if sys.platform != "win32":
        return "win32raw works only on Windows"
    return module_missing("win32print", "pip install pywin32")()


def _all_of(*checks: Check) -> Check:
    def check() -> str | None:
        for c in checks:
            reason = c()
            if reason is not None:
                return reason
        return None

    return check


def _escpos_backend(
    printer: type[EscposPrinter[Any]],
    description: str,
    options: Callable[[PrinterConfig], object | None],
    *needs: Check,
) -> BackendInfo[PrinterConfig, Printer]:
    """An ESC/POS backend built from its options table; it needs python-escpos and ``needs``."""
    name = printer.backend

    def create(cfg: PrinterConfig) -> Printer:
        table = options(cfg)
        if table is None:  # the config schema demands the table; this guards direct callers
            raise ValueError(f"devices.printer.{name}: required when backend = {name!r}")
        return printer(table, cfg.profile, job_timeout_s=cfg.job_timeout_s)

    return BackendInfo(name, description, create, _all_of(_escpos_missing, *needs))


def printer_registry() -> Registry[PrinterConfig, Printer]:
    """Every printer backend the kiosk knows, keyed by the config's ``backend`` name."""
    return Registry(
        "printer",
        BackendInfo(
            "mock",
            "In-memory printer for tests and the demo",
            lambda cfg: MockPrinter(cfg.mock, cfg.profile),
        ),
        _escpos_backend(
            NetworkPrinter, "ESC/POS over raw TCP (port 9100)", lambda cfg: cfg.network
        ),
        _escpos_backend(
            UsbPrinter,
            "ESC/POS over USB (pyusb)",
            lambda cfg: cfg.usb,
            module_missing("usb", "pip install pyusb; needs libusb"),
        ),
        _escpos_backend(
            SerialPrinter,
            "ESC/POS over a serial port (pyserial)",
            lambda cfg: cfg.serial,
            module_missing("serial", "pip install pyserial"),
        ),
        _escpos_backend(
            FilePrinter, "ESC/POS written to a device file (no status)", lambda cfg: cfg.file
        ),
        _escpos_backend(
            CupsPrinter,
            "ESC/POS through a raw CUPS queue (pycups; queue state, no paper status)",
            lambda cfg: cfg.cups,
            module_missing("cups", "pip install pycups (the 'cups' extra); needs libcups2-dev"),
        ),
        _escpos_backend(
            Win32RawPrinter,
            "ESC/POS through a Windows printer queue in RAW mode (no status)",
            lambda cfg: cfg.win32raw,
            _windows_only,
        ),
    )


def create_printer(config: PrinterConfig) -> Printer:
    return printer_registry().create(config.backend, config)
