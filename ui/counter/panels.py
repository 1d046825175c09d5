"""Centre services' pages on the counter terminal: registrations, the welfare inbox...

A centre service that staff manage (``kiosk.journeys.centre``) adds a
``StaffPanel`` subclass in ``ui/counter/<service>.py`` and names it in
``staff_panels()``. The counter terminal shows each enabled panel as a tab
beside the queue. Panels run their database calls on the shared
``DbWorker``, never on the UI thread, and redraw when the change feed
says something changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from ui.common.queue_feed import SharedQueue


class StaffPanel(QWidget):
    """One centre service's tab on the counter terminal."""

    def __init__(
        self,
        shared: SharedQueue,
        config: KioskConfig,
        clock: Clock,
        *,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.shared = shared
        self.config = config
        self.clock = clock
        #: The data folder (keys for personal data); None: the default one.
        self.data_dir = data_dir
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


def staff_panels() -> tuple[type[StaffPanel], ...]:
    """Each centre service's staff panel, in tab order.

    Imported when asked for: the panels' modules import ``StaffPanel`` from here.
    """
    from ui.counter.programmes import ProgrammesPanel

    return (ProgrammesPanel,)


def enabled_panels(
    shared: SharedQueue, config: KioskConfig, clock: Clock, *, data_dir: Path | None = None
) -> list[StaffPanel]:
    """The panels of the services this centre offers, built."""
    return [
        panel(shared, config, clock, data_dir=data_dir)
        for panel in staff_panels()
        if panel.enabled(config)
    ]
