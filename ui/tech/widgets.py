"""Shared look of the technician screens: physical sizes, a stylesheet, small widget
helpers and the PIN pad.

Touch targets keep the residents' rule (every side at least 12 mm) but
technician text may be smaller (at least 7 mm), so more fits on a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import ConfigProblem, ScreenConfig
from kiosk.tech.auth import MAX_PIN_DIGITS
from ui.common.i18n import qt_translate, tr
from ui.common.theme import STANDARD, Metrics, Sizes, stylesheet

#: Millimetres; buttons and inputs are >= 12 mm on every side, text >= 7 mm.
TECH_SIZES = Sizes(
    body_text=7.5,
    small_text=7.0,
    title_text=10.0,
    button_text=7.5,
    display_code=20.0,
    button_height=13.0,
    service_button_height=13.0,
    nav_button_height=13.0,
    gap=2.5,
    margin=4.0,
    radius=1.5,
    border=0.5,
    focus_border=1.0,
)
MIN_TARGET_MM = 12.0
MIN_TEXT_MM = 7.0


def tech_metrics(screen: ScreenConfig) -> Metrics:
    return Metrics(screen, 1.0, TECH_SIZES)


def tech_stylesheet(metrics: Metrics) -> str:
    p = STANDARD
    px = metrics.px
    tpx = metrics.text_px
    s = metrics.sizes
    target = px(MIN_TARGET_MM + 1)
    return (
        stylesheet(p, metrics)
        + f"""
QWidget#tech {{ background: {p.background}; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit {{
    color: {p.text}; background: {p.surface}; border: {px(s.border)}px solid {p.border};
    font-size: {tpx(s.body_text)}px; min-height: {target}px; padding: 0 {px(1.5)}px; }}
QPlainTextEdit {{ font-family: monospace; font-size: {tpx(MIN_TEXT_MM)}px; }}
QCheckBox {{ color: {p.text}; font-size: {tpx(s.body_text)}px; min-height: {target}px; }}
QCheckBox::indicator {{ width: {target}px; height: {target}px; }}
QLabel[role="error"] {{ color: {p.danger}; font-size: {tpx(s.small_text)}px; }}
QLabel[role="ok"] {{ color: #116B2E; font-size: {tpx(s.small_text)}px; }}
QGroupBox {{ color: {p.text}; font-size: {tpx(s.body_text)}px; font-weight: bold;
    border: {px(s.border)}px solid {p.border}; margin-top: {tpx(s.body_text)}px;
    padding-top: {px(2)}px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {px(2)}px; }}
QPushButton {{ min-width: {target}px; }}
"""
    )


def label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    # Never squeezed below the text's height (inside scroll areas wrapped text would overlap).
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if role:
        widget.setProperty("role", role)
    return widget


def button(
    text: str,
    *,
    variant: str = "",
    description: str = "",
    clicked: Callable[..., object] | None = None,
) -> QPushButton:
    """A button named ``text`` for screen readers; a press runs ``clicked``."""
    widget = QPushButton(text)
    if variant:
        widget.setProperty("variant", variant)
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    if clicked is not None:
        widget.clicked.connect(clicked)
    return widget


def left_row(*widgets: QWidget) -> QHBoxLayout:
    """``widgets`` side by side at the left of a row; the rest of the row stays empty."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def no_squeeze(layout: QLayout) -> None:
    """Keep a scrolled page at least as tall as its contents need."""
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, never squeezed below its contents' height."""
    layout = widget.layout()
    if layout is not None:
        no_squeeze(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def problems_text(problems: list[ConfigProblem]) -> str:
    """Validation problems one per line: the key path as in the file, the message translated."""
    return "\n".join(p.render(qt_translate) for p in problems)


class PinPad(QWidget):
    """A numeric keypad with a masked display. Emits ``submitted(pin)`` or ``cancelled``."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        root = QVBoxLayout(self)
        self.title = label(tr("tech", "Technician PIN"), "title")
        self.display = label("", "code")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = label("", "error")
        root.addWidget(self.title)
        root.addWidget(self.display)
        root.addWidget(self.message)
        grid = QGridLayout()
        self.keys: dict[str, Any] = {}
        for i, key in enumerate("123456789"):
            self._add_key(grid, key, i // 3, i % 3)
        clear = button(tr("tech", "Clear"), variant="secondary", clicked=self.clear)
        grid.addWidget(clear, 3, 0)
        self._add_key(grid, "0", 3, 1)
        back = button(
            "⌫",
            variant="secondary",
            description=tr("tech", "Delete the last digit"),
            clicked=self._backspace,
        )
        grid.addWidget(back, 3, 2)
        root.addLayout(grid)
        bar = QHBoxLayout()
        self.cancel_button = button(tr("tech", "Cancel"), variant="secondary", clicked=self._cancel)
        self.ok_button = button(tr("tech", "Enter"), clicked=self._submit)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.ok_button)
        root.addLayout(bar)
        root.addStretch(1)
        self._redraw()

    def _add_key(self, grid: QGridLayout, key: str, row: int, col: int) -> None:
        widget = button(key, clicked=lambda _=False, k=key: self.press(k))
        grid.addWidget(widget, row, col)
        self.keys[key] = widget

    def press(self, digit: str) -> None:
        if len(self._digits) < MAX_PIN_DIGITS:
            self._digits += digit
        self._redraw()

    def _backspace(self) -> None:
        self._digits = self._digits[:-1]
        self._redraw()

    def clear(self) -> None:
        self._digits = ""
        self._redraw()

    def set_message(self, text: str) -> None:
        self.message.setText(text)

    def set_locked(self, locked: bool) -> None:
        for key in self.keys.values():
            key.setEnabled(not locked)
        self.ok_button.setEnabled(not locked)

    def _redraw(self) -> None:
        self.display.setText("●" * len(self._digits) or "—")
        self.display.setAccessibleName(
            tr("tech", "{count} digits entered", count=len(self._digits))
        )

    def _submit(self) -> None:
        pin, self._digits = self._digits, ""
        self._redraw()
        self.submitted.emit(pin)

    def _cancel(self) -> None:
        self.clear()
        self.message.setText("")
        self.cancelled.emit()
