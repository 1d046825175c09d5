"""The one ``QApplication`` of a process: made once, the same way for every window.

The resident kiosk, the counter terminal, the display board, the demo, the
benchmarks and the tests all call ``ensure_app`` before building a window:
it returns the running application or makes it with the kiosk's name, its
default fonts (Korean first) and Qt's messages routed through ``logging``.
``process_events_until`` lets that application run while code outside the
event loop (a test, a benchmark) waits for something to happen.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.config.paths import APP_NAME
from ui.common.theme import FONT_FAMILIES

_QT_NOISE = ("This plugin does not support propagateSizeHints",)


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Route Qt's messages through logging; the offscreen platform's harmless
    # complaint about size hints would otherwise be printed on every window.
    if any(message.startswith(noise) for noise in _QT_NOISE):
        return
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    """The running ``QApplication``, made on the first call (UI thread)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if "PYTEST_CURRENT_TEST" not in os.environ:
        # Under pytest-qt its own handler must see Qt warnings (they fail tests).
        qInstallMessageHandler(_qt_message)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    app.setFont(font)
    return app


def process_events_until(condition: Callable[[], bool], timeout_s: float, *, poll_s: float) -> bool:
    """Process Qt events (timers fire, queued signals arrive) until ``condition``
    holds: True, or False when ``timeout_s`` passes first. ``poll_s`` is the
    pause between two rounds of events."""
    app = QCoreApplication.instance()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        if app is not None:
            app.processEvents()
        time.sleep(poll_s)
    return True
