"""``[follow]``: phone follow-up of a queue ticket (the QR code and the status page).

The printed ticket carries a QR code that opens the ticket's live status
page, served on the center's network by ``kiosk web``; residents may leave a
mobile number there to be texted (``[devices.notify]``).
"""

from __future__ import annotations

from pydantic import Field, model_validator

from kiosk.config.errors import PathProblems
from kiosk.config.schema.common import ConfigModel
from kiosk.i18n import N_


class FollowConfig(ConfigModel):
    enabled: bool = Field(default=False, title="Phone follow-up")
    """Print a QR code on each queue ticket that opens its live status page (served by `kiosk web`).
    """

    base_url: str = Field(default="", max_length=200, title="Public address")
    """Address residents' phones reach `kiosk web` at, e.g. http://10.0.0.5:8080 (the QR code is
    this address plus the ticket's secret link)."""

    host: str = Field(default="0.0.0.0", min_length=1, max_length=100, title="Listen address")
    """Network address `kiosk web` listens on (0.0.0.0: every interface)."""

    port: int = Field(default=8080, ge=1, le=65535, title="Listen port")
    """TCP port of `kiosk web`."""

    ahead_threshold: int = Field(default=3, ge=1, le=50, title="Text when this many are ahead")
    """A resident who left a phone number is texted once when this many people are ahead, and once
    when called."""

    refresh_s: int = Field(default=5, ge=2, le=60, title="Refresh period (s)")
    """How often the status page and the text notifier look at the queue."""

    @model_validator(mode="after")
    def _address(self) -> FollowConfig:
        url = self.base_url
        if self.enabled and not url.startswith(("http://", "https://")):
            raise PathProblems(
                [
                    (
                        ("base_url",),
                        N_(
                            "config",
                            "Give the address phones reach the status page at, "
                            "starting with http:// or https://",
                        ),
                    )
                ]
            )
        return self
