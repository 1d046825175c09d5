"""``[ui]``: how each resident's session starts (language, theme) and how long it waits."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kiosk.config.schema.common import ConfigModel

Language = Literal["ko", "en", "zh", "vi"]
Theme = Literal["standard", "high_contrast"]
LowScreen = Literal["auto", "on", "off"]


class UIConfig(ConfigModel):
    language: Language = Field(default="ko", title="Default language")
    """Language each session starts in."""

    theme: Theme = Field(default="standard", title="Default theme")
    """Colour theme each session starts in."""

    low_screen: LowScreen = Field(default="auto", title="Lower controls by default")
    """Whether each session starts with every control moved within reach from a wheelchair
    (low-screen mode): auto when the panel's top is above 1,220 mm (screen.mounting_height_mm
    plus the panel's height), or always on, or off."""

    home_reset_s: int = Field(default=60, ge=30, le=600, title="Home reset (s)")
    """On the first screen, settings a resident changed (language, voice, contrast, big text, lower)
    go back to the defaults after this long without a touch, with a warning first."""

    idle_timeout_s: int = Field(default=60, ge=30, le=600, title="Idle timeout (s)")
    """Return home (and wipe the session) after this long without a touch."""

    ticket_screen_s: int = Field(default=20, ge=5, le=120, title="Ticket screen time (s)")
    """How long the closing screens (take your ticket, your documents, a result) stay before
    returning home; at least 35 s, so the time warning, 25 s before the end, comes after 10 s of
    reading."""

    fullscreen: bool = Field(default=True, title="Fullscreen")
    """Run fullscreen (turn off only for development)."""
