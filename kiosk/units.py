"""Millimetres to whole pixels: the one rounding rule for the schema and the first frame."""

from __future__ import annotations

from typing import Protocol


def whole_px(mm: float, mm_per_px: float) -> int:
    """Round up: every size in the design is a minimum (touch targets, letter heights)."""
    value = mm / mm_per_px
    return int(value) if value == int(value) else int(value) + 1


class PanelSize(Protocol):
    """A panel's size: ``ScreenConfig``, or the first frame's ``Panel``."""

    @property
    def width_px(self) -> int: ...
    @property
    def height_px(self) -> int: ...
    @property
    def mm_per_px(self) -> float: ...
    @property
    def mounting_height_mm(self) -> float: ...
    def px(self, mm: float) -> int: ...


#: Highest and lowest points a seated or standing resident can reach, above
#: the floor (docs/accessibility.md: every control between 400 and 1,220 mm).
REACH_MAX_MM = 1220.0
REACH_MIN_MM = 400.0


def above_reach_mm(screen: PanelSize) -> float:
    """How much of the panel's top lies above ``REACH_MAX_MM`` (0 when none does)."""
    top = screen.mounting_height_mm + screen.height_px * screen.mm_per_px
    return max(0.0, top - REACH_MAX_MM)
