"""``[center]``: which community center this is, and the time zone its days follow."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from kiosk.config.errors import ConfigValueError
from kiosk.config.schema.common import ConfigModel, LocalizedName
from kiosk.i18n import N_


class CenterConfig(ConfigModel):
    name: LocalizedName = Field(
        default_factory=lambda: LocalizedName(
            ko="행복동 행정복지센터", en="Haengbok-dong Community Center"
        ),
        title="Center name",
    )
    """Shown on the home screen and printed on every ticket and document."""

    code: str = Field(default="demo-0001", min_length=1, max_length=32, title="Center code")
    """Identifies this center in issuance numbers and audit records."""

    kiosk_id: str = Field(default="kiosk-1", min_length=1, max_length=32, title="Kiosk id")
    """Identifies this kiosk among the center's kiosks. Give each kiosk on one database its own: a
    kiosk started with an id that a running kiosk holds waits until that one stops."""

    timezone: str = Field(default="Asia/Seoul", title="Time zone")
    """Business days (and daily queue numbering) start at midnight in this zone."""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigValueError(
                N_(
                    "config",
                    'unknown time zone, got "{value}" (for example "Asia/Seoul")',
                    value=value,
                )
            ) from None
        return value
