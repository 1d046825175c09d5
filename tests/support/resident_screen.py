"""What a resident sees on the kiosk window and how they tap it, for UI tests.

The certificate journey tests and the printing fault tests read the current
screen's visible text and tap buttons by the label a resident would read.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from ui.app.compose import Kiosk


def tap(widget: Any) -> None:
    """A finger on a widget the resident can see and use."""
    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def screen_text(kiosk: Kiosk) -> str:
    """Every visible label and button text of the current screen, one per line."""
    screen = kiosk.window.current_screen
    parts = [w.text() for w in screen.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in screen.findChildren(QPushButton) if w.isVisible()]
    return "\n".join(parts)


def button(kiosk: Kiosk, text: str) -> QPushButton:
    """The visible button showing ``text`` as one whole line of its label."""
    screen = kiosk.window.current_screen
    for candidate in screen.findChildren(QPushButton):
        if candidate.isVisible() and text in candidate.text().split("\n"):
            return candidate
    raise AssertionError(f"no button {text!r} on {screen.name}: {screen_text(kiosk)}")
