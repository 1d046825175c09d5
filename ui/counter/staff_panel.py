"""The base of a centre service's tab on the counter terminal (``ui.counter.panels``).

A module of its own so a panel module (``ui/counter/<service>.py``) can
subclass it while ``ui.counter.panels`` names every panel: importing the
base from ``panels`` would be an import cycle.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from ui.common.queue_feed import SharedQueue


class StaffPanel(QWidget):
    """One centre service's tab on the counter terminal."""

    def __init__(self, shared: SharedQueue, config: KioskConfig, clock: Clock) -> None:
        super().__init__()
        self.shared = shared
        self.config = config
        self.clock = clock
        shared.feed.changed.connect(lambda _what: self.refresh())

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        """Whether the centre offers this panel's service (override)."""
        return False

    def title(self) -> str:
        """The tab's title, in the staff's language (override)."""
        return self.objectName()

    def retranslate(self) -> None:
        """Redraw the panel's fixed texts after a language change (override)."""

    def start(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        """Stop timers (override if the panel has any)."""

    def refresh(self) -> None:
        """Fetch and redraw (override; the feed calls it on every change)."""
