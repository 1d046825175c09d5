"""``[screen]``: the panel's geometry, from which every size on it is set in millimetres.

The lobby display (``[display.screen]``) is described by the same model.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from kiosk.config.errors import ConfigValueError
from kiosk.config.schema.common import ConfigModel
from kiosk.i18n import N_
from kiosk.units import whole_px


class ScreenConfig(ConfigModel):
    width_px: int = Field(default=1080, ge=320, le=7680, title="Width (pixels)")
    """Panel resolution, horizontal."""

    height_px: int = Field(default=1920, ge=320, le=7680, title="Height (pixels)")
    """Panel resolution, vertical."""

    pixel_pitch_mm: float | None = Field(default=None, gt=0.05, lt=2.0, title="Pixel pitch (mm)")
    """Physical size of one pixel; when set it wins over the physical width."""

    # A 24-inch 16:9 panel in portrait is about 299 mm wide.
    physical_width_mm: float | None = Field(
        default=298.8, gt=50, lt=3000, title="Physical width (mm)"
    )
    """Visible width of the panel; used when the pixel pitch is not set."""

    mounting_height_mm: float = Field(default=750, ge=0, le=2000, title="Mounting height (mm)")
    """Height of the panel's bottom edge above the floor (for low-screen mode)."""

    @model_validator(mode="after")
    def _pitch_known(self) -> ScreenConfig:
        if self.pixel_pitch_mm is None and self.physical_width_mm is None:
            raise ConfigValueError(N_("config", "set either pixel_pitch_mm or physical_width_mm"))
        return self

    @property
    def mm_per_px(self) -> float:
        if self.pixel_pitch_mm is not None:
            return self.pixel_pitch_mm
        assert self.physical_width_mm is not None
        return self.physical_width_mm / self.width_px

    def px(self, mm: float) -> int:
        """Convert a physical length to whole pixels (rounding up: sizes are minimums)."""
        return whole_px(mm, self.mm_per_px)
