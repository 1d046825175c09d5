"""``[ui]``: how each resident's session starts (language, theme) and how long it waits."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kiosk.config.schema.common import ConfigModel

Language = Literal["ko", "en", "zh", "vi"]
Theme = Literal["standard", "high_contrast"]


class UIConfig(ConfigModel):
    language: Language = Field(
        default="ko", title="Default language", description="Language each session starts in."
    )
    theme: Theme = Field(
        default="standard",
        title="Default theme",
        description="Colour theme each session starts in.",
    )
    idle_timeout_s: int = Field(
        default=60,
        ge=30,
        le=600,
        title="Idle timeout (s)",
        description="Return home (and wipe the session) after this long without a touch.",
    )
    ticket_screen_s: int = Field(
        default=20,
        ge=5,
        le=120,
        title="Ticket screen time (s)",
        description="How long the take-your-ticket screen stays before returning home.",
    )
    fullscreen: bool = Field(
        default=True,
        title="Fullscreen",
        description="Run fullscreen (turn off only for development).",
    )
