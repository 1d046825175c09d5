"""A timer that runs a slot once, after the events already queued have been handled."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ui.common.timers import make_timer


def deferred(parent: QObject, slot: Callable[[], None]) -> QTimer:
    """A single-shot timer of no delay that runs ``slot`` once it is started.

    A widget's place and size are known only once Qt has laid out what just
    changed: a slot that scrolls to a widget, or reads a screen aloud, waits
    for that. Started again before it fires, the timer still runs ``slot``
    once, so a burst of changes is answered once.
    """
    return make_timer(parent, slot, single_shot=True)
