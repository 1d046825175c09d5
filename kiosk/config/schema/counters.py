"""``[counters]``: call order and wait estimates at the staff counters."""

from __future__ import annotations

from pydantic import Field

from kiosk.config.schema.common import ConfigModel


class CountersConfig(ConfigModel):
    """Staff counters (``kiosk counter``): who is called next, and wait estimates."""

    priority_share: float = Field(default=1 / 3, ge=0.0, le=1.0, title="Priority share")
    """Largest share of calls in which a priority ticket may go ahead of earlier ones (1/3: at most
    one call in three; 0: priority tickets wait their turn)."""

    service_time_weight: float = Field(default=0.2, gt=0.0, le=1.0, title="Service time weight")
    """Weight of the newest measured service in the running average used for wait estimates (higher
    follows recent changes faster)."""

    unprinted_after_s: int = Field(default=120, ge=30, le=3600, title="Unprinted after (s)")
    """A ticket still unprinted after this long (its kiosk stopped) is shown to staff as a print
    failure and can be called."""

    staff_call_minutes: int = Field(default=30, ge=1, le=480, title="Staff calls shown (minutes)")
    """How long a resident's call for staff from a kiosk stays listed at counters."""
