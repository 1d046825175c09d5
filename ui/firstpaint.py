"""Report the wall-clock time of a widget's first paint, then quit (for ``kiosk bench``)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False


def report_first_paint(widget: QWidget) -> None:
    spy = _FirstPaint(widget)
    widget.installEventFilter(spy)
