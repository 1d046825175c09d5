"""A screen shown in a given look (language, text size, lowered or not), and what of
a widget is in sight, for the tests that check what must be seen without scrolling."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from tools.a11y.audit import _in_look, _prepare
from ui.app.compose import Kiosk
from ui.resident.screens.base import Screen

S = TypeVar("S", bound=Screen)


def shown_in_look(kiosk: Kiosk, state: Enum, language: str, zoom: float, low: bool) -> Screen:
    """The screen of ``state`` in ``language``, at ``zoom`` text, lowered or not."""
    return shown_as(Screen, kiosk, state, language, zoom=zoom, low=low)


def shown_as(
    kind: type[S], kiosk: Kiosk, state: Enum, language: str, *, zoom: float, low: bool
) -> S:
    """``shown_in_look``, checked to be a ``kind`` of screen."""
    _in_look(kiosk, "standard", language)
    kiosk.flow.session.text_zoom = zoom
    kiosk.flow.session.low_screen = low
    kiosk.window.apply_look()
    _prepare(kiosk, state)
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):  # a change of typeface can take more than one layout pass
        app.processEvents()
    screen = kiosk.window.current_screen
    assert isinstance(screen, kind)
    return screen


def visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` on the window, clipped by every widget it is in
    (a scroll area's viewport among them), in window coordinates."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return rect


def whole_in_sight(widget: QWidget) -> bool:
    seen = visible_rect(widget)
    return (seen.width(), seen.height()) == (widget.width(), widget.height())
