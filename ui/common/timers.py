"""Qt timers made in one call: who owns the timer, what it runs, how often."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def make_timer(
    parent: QObject,
    slot: Callable[[], object],
    interval_ms: int = 0,
    *,
    single_shot: bool = False,
) -> QTimer:
    """A timer owned by ``parent`` that runs ``slot`` every ``interval_ms``, or once
    when ``single_shot``. It waits to be started (``start()``, or ``start(ms)``)."""
    timer = QTimer(parent)
    timer.setSingleShot(single_shot)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
