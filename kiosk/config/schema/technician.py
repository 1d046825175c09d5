"""``[technician]``: the entry to technician mode: PIN, technician cards, corner, timeout."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from kiosk.config.schema.common import ConfigModel

TechCorner = Literal["top_left", "top_right", "bottom_left", "bottom_right"]


class TechnicianConfig(ConfigModel):
    """How technicians get into technician mode (never residents)."""

    pin_hash: str = Field(default="", title="PIN hash", json_schema_extra={"secret": True})
    """scrypt hash of the technician PIN; set it with `kiosk tech set-pin`. Empty: PIN entry is
    disabled."""

    card_uids: list[Annotated[str, Field(pattern=r"^([0-9A-F]{2}){4,10}$")]] = Field(
        default_factory=list, title="Technician card UIDs"
    )
    """PC/SC card UIDs (uppercase hex, e.g. 04A1B2C3) that bring up the technician PIN pad; the PIN
    is still needed (a UID can be copied)."""

    corner: TechCorner = Field(default="top_right", title="Entry corner")
    """Screen corner a technician presses and holds to ask for the PIN."""

    long_press_s: float = Field(default=5.0, ge=2.0, le=30.0, title="Long press (s)")
    """How long the corner must be held before the PIN pad appears."""

    idle_timeout_s: int = Field(default=180, ge=30, le=3600, title="Technician idle timeout (s)")
    """Technician mode returns to the resident home screen after this long without a touch."""
