"""Letting Qt run while the scripted demo waits: what a resident's pauses are to the kiosk."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def pump(seconds: float = 0.05) -> None:
    """Process Qt events for ``seconds`` (timers fire, workers' results arrive)."""
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if app is not None:
            app.processEvents()
        time.sleep(0.005)


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Process events until ``condition`` holds; ``TimeoutError`` naming ``what`` after ``timeout_s``."""
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"demo: {what} did not happen within {timeout_s:g} s")
        pump(0.01)
