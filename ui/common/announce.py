"""Status changes told to screen readers (AT-SPI on Linux) as announcements.

Qt 6.8 and later send ``QAccessibleAnnouncementEvent``: the screen reader
says the message without moving the focus. With an older Qt the message
becomes the accessible name of ``widget``, which then reports the change
(the widget should be a visible label: a live region of sorts).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``message`` (``assertive``: interrupting what it says)."""
    if not message:
        return
    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_type is None:
        widget.setAccessibleName(message)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
        return
    event = event_type(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
