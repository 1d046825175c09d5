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
