"""``[display]``: the lobby display that shows and announces calls (``kiosk display``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kiosk.config.schema.common import ConfigModel
from kiosk.config.schema.screen import ScreenConfig


def _display_screen() -> ScreenConfig:
    # A 55-inch 1920x1080 television in landscape, mounted high on a lobby wall.
    return ScreenConfig(
        width_px=1920,
        height_px=1080,
        pixel_pitch_mm=None,
        physical_width_mm=1209.6,
        mounting_height_mm=1800,
    )


class DisplayConfig(ConfigModel):
    """The lobby display (``kiosk display``): its own screen and how calls are announced."""

    screen: ScreenConfig = Field(default_factory=_display_screen, title="Display screen")
    """Geometry of the lobby display's panel (sizes on it are set in millimetres)."""

    fullscreen: bool = Field(default=True, title="Fullscreen")
    """Fill the whole screen (turn off only for development)."""

    monitor: int = Field(default=0, ge=0, le=8, title="Monitor")
    """Which connected monitor shows the display (0 is the first)."""

    repeat: int = Field(default=2, ge=1, le=5, title="Announcement repeats")
    """How many times each call is spoken."""

    second_language: Literal["none", "en", "zh", "vi"] = Field(
        default="none", title="Second language"
    )
    """Also announce each call in this language, after the Korean."""

    chime: bool = Field(default=True, title="Chime")
    """Play a chime before each announcement."""

    recent_calls: int = Field(default=6, ge=0, le=12, title="Earlier calls shown")
    """How many earlier calls the display lists beside the current ones."""

    number_height_mm: float = Field(default=90.0, ge=20, le=400, title="Number height (mm)")
    """Height of the called numbers; about 1 mm per 10 cm of viewing distance."""
