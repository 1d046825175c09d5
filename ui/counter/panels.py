"""Centre services' pages on the counter terminal: registrations, the welfare inbox...

A centre service that staff manage (``kiosk.journeys.centre``) adds a
``StaffPanel`` subclass in ``ui/counter/<service>.py`` and names it in
``STAFF_PANELS``. The counter terminal shows each enabled panel as a tab
beside the queue. Panels run their database calls on the shared
``DbWorker``, never on the UI thread, and redraw when the change feed
says something changed. A panel subclasses ``StaffPanel`` from
``ui.counter.staff_panel`` (re-exported here).
"""

from __future__ import annotations

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from ui.common.queue_feed import SharedQueue
from ui.counter.participation import ParticipationPanel
from ui.counter.staff_panel import StaffPanel

__all__ = ["STAFF_PANELS", "StaffPanel", "enabled_panels"]


#: Each centre service's staff panel, in tab order.
STAFF_PANELS: tuple[type[StaffPanel], ...] = (ParticipationPanel,)


def enabled_panels(shared: SharedQueue, config: KioskConfig, clock: Clock) -> list[StaffPanel]:
    """The panels of the services this centre offers, built."""
    return [panel(shared, config, clock) for panel in STAFF_PANELS if panel.enabled(config)]
