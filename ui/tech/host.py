"""The parts of the running resident kiosk that technician mode works with, as Protocols.

Technician mode opens over the resident window and drives the resident's
device worker, yet ``ui.tech`` and ``ui.resident`` sit side by side and
neither imports the other (docs/architecture.md). These Protocols say what
technician mode needs of them; the composition root (``ui.app.compose``)
hands in the real ``ui.resident.window.MainWindow`` and its
``ui.resident.ticket_worker.DeviceWorker``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance

from kiosk.journeys import flow as f
from kiosk.ports.printer import Printer
from kiosk.queue.store import Queue


class PrinterWorker(Protocol):
    """The thread that owns the printer: technician mode prints and asks for status on it."""

    @property
    def printer(self) -> Printer:
        """The current printer; touch it only on the worker thread (``call``)."""
        ...

    def call(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` on the worker thread, after the jobs already queued."""
        ...

    @property
    def request_replace_printer(self) -> SignalInstance:
        """Emit with a new ``Printer``: the old one is closed and this one opened, live."""
        ...

    @property
    def printer_replaced(self) -> SignalInstance:
        """Emitted with the new printer's name."""
        ...

    @property
    def printed(self) -> SignalInstance:
        """Emitted with the ``PrintResult`` of every document printed (ticket,
        certificate, receipt, slip, test page)."""
        ...


class ResidentWindow(Protocol):
    """The resident window technician mode opens over (also a ``QWidget``).

    ``worker`` and ``queue`` are None until the kiosk has reached its database.
    """

    @property
    def flow(self) -> f.Flow: ...

    @property
    def kiosk_mode(self) -> bool: ...

    @property
    def worker(self) -> PrinterWorker | None: ...

    @property
    def queue(self) -> Queue | None: ...

    def send(self, event: f.Event) -> None:
        """Hand the resident flow an event (``GoHome`` when technician mode takes over)."""
        ...

    def shutdown(self) -> None: ...
