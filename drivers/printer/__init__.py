"""Printer backends and the printer registry."""

from __future__ import annotations

from drivers.printer.mock import MockPrinter
from drivers.registry import BackendInfo, Registry
from kiosk.config import PrinterConfig
from kiosk.devices import Printer


def printer_registry() -> Registry[PrinterConfig, Printer]:
    """Every printer backend the kiosk knows, keyed by the config's ``backend`` name."""
    registry: Registry[PrinterConfig, Printer] = Registry("printer")
    registry.register(
        BackendInfo(
            name="mock",
            description="In-memory printer for tests and the demo",
            create=lambda cfg: MockPrinter(cfg.mock, cfg.profile),
        )
    )
    return registry


def create_printer(config: PrinterConfig) -> Printer:
    return printer_registry().create(config.backend, config)
