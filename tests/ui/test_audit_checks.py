"""The audit's own checks fail what they should: reach (both limits),
bare-symbol names and the focus ring."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QApplication, QPushButton

from tools.a11y.audit import (
    _buttons,
    _rect_in,
    focus_ring_problems,
    reach_problems,
    symbol_name_problems,
)
from ui.app.compose import Kiosk


@dataclass(frozen=True)
class _Panel:
    mounting_height_mm: float
    mm_per_px: float


def test_reach_finds_controls_below_400_mm_and_above_1220_mm(kiosk: Kiosk) -> None:
    window = kiosk.window
    QApplication.processEvents()
    rects = [(b, _rect_in(window, b)) for b in _buttons(window)]
    mm = kiosk.config.screen.mm_per_px
    assert reach_problems(window, rects, _Panel(750, mm), low=False) == []
    too_low = reach_problems(window, rects, _Panel(300, mm), low=False)
    assert any(window.access_bar.low.accessibleName() in p for p in too_low)
    assert all("bottom at" in p for p in too_low)
    too_high = reach_problems(window, rects, _Panel(1000, mm), low=True)
    assert too_high and all("top at" in p for p in too_high)


def test_symbol_names_are_found(kiosk: Kiosk) -> None:
    plus, named, check = QPushButton("+"), QPushButton("+"), QPushButton("√")
    plus.setAccessibleName("+")
    named.setAccessibleName("One more copy")
    check.setAccessibleName("✓")
    assert symbol_name_problems([plus, named, check]) == ["'+'", "'✓'"]


def test_focus_ring_check_fails_a_ring_too_thin_or_too_faint(qtbot: Any, kiosk: Kiosk) -> None:
    window = kiosk.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    mm = kiosk.config.screen.mm_per_px
    staff = window.current_screen.staff_button
    assert staff is not None
    assert focus_ring_problems(window, [staff], mm) == []
    # A plain button with the old ring: 1.6 mm of orange.
    window.access_bar.row.addWidget(old := QPushButton("Old"))
    old.setStyleSheet("QPushButton:focus { border: 6px solid #E07A00; }")
    old.show()
    QApplication.processEvents()
    problems = focus_ring_problems(window, [old], mm)
    assert any("mm wide" in p for p in problems)
    assert any(":1 on the page" in p for p in problems)
