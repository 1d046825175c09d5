"""The centre services' staff panels the counter terminal offers, in tab order."""

from __future__ import annotations

from pathlib import Path

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from ui.common.queue_feed import SharedQueue
from ui.counter.lending import LendingPanel
from ui.counter.panels import StaffPanel
from ui.counter.participation import ParticipationPanel
from ui.counter.programmes import ProgrammesPanel
from ui.counter.welfare import WelfarePanel

#: Each centre service's staff panel (``ui.counter.panels``), in tab order.
STAFF_PANELS: tuple[type[StaffPanel], ...] = (
    ProgrammesPanel,
    WelfarePanel,
    LendingPanel,
    ParticipationPanel,
)


def enabled_panels(
    shared: SharedQueue, config: KioskConfig, clock: Clock, data_dir: Path
) -> list[StaffPanel]:
    """The panels of the services this centre offers, built."""
    return [
        panel(shared, config, clock, data_dir) for panel in STAFF_PANELS if panel.enabled(config)
    ]
