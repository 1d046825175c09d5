"""Run something right after a widget's first frame is painted.

The kiosk opens its database and devices after the home screen is on
screen; ``kiosk bench`` measures process start to that first frame.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let the paint finish before doing anything slow.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    widget.installEventFilter(_FirstPaint(widget, callback))


def report_first_paint(widget: QWidget) -> None:
    """Print the wall-clock time of the first paint, then leave the event loop."""

    def report() -> None:
        print(f"FIRST_PAINT {time.time():.6f}", flush=True)
        QApplication.exit(0)

    spy = _FirstPaint(widget, report)
    widget.installEventFilter(spy)
