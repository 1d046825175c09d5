"""The systemd watchdog, fed from the UI thread's event loop.

A ``QTimer`` on the UI thread says ``WATCHDOG=1`` at half the unit's
``WatchdogSec``: the timer only fires while the event loop runs, so a UI
that hangs (a deadlock, a blocking call on the UI thread) stops the pings
and systemd restarts the kiosk. Outside systemd it does nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from kiosk.tech.systemd import notify, watchdog_interval_s
from ui.common.timers import make_timer


class Watchdog(QObject):
    def __init__(
        self, parent: QObject | None = None, environ: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self._environ = environ
        self.interval_s = watchdog_interval_s(environ)
        self._timer = make_timer(self, self.ping)
        if self.interval_s is not None:
            self._timer.setInterval(max(1, int(self.interval_s * 1000)))

    def start(self) -> None:
        """Say the kiosk is ready, then keep saying it is alive."""
        notify("READY=1", self._environ)
        if self.interval_s is not None:
            self.ping()
            self._timer.start()

    def ping(self) -> None:
        notify("WATCHDOG=1", self._environ)

    def stop(self) -> None:
        self._timer.stop()
        notify("STOPPING=1", self._environ)
