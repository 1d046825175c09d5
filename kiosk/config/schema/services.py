"""``[[services]]``: the queues residents take a number for, and how numbers look."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import Field, field_validator, model_validator

from kiosk.config.errors import ConfigValueError
from kiosk.config.schema.common import ConfigId, ConfigModel, LocalizedName
from kiosk.i18n import N_

_PREFIX_RE = re.compile(r"^[A-Z]$")


class ServiceConfig(ConfigModel):
    id: ConfigId = Field(title="Service id")
    """Short stable identifier (lowercase letters, digits, - or _)."""

    names: LocalizedName = Field(title="Names")
    """The service as residents see it."""

    prefix: str | None = Field(default=None, title="Ticket prefix")
    """One uppercase letter shown before the number (A-012). Use this or a number band."""

    band: tuple[int, int] | None = Field(default=None, title="Number band")
    """First and last number of this service's band (e.g. 500-799), instead of a prefix."""

    counters: list[Annotated[int, Field(ge=1, le=99)]] = Field(
        default_factory=lambda: [1], min_length=1, title="Counters"
    )
    """Counter numbers that serve this service."""

    service_minutes: float = Field(default=5.0, gt=0, le=240, title="Minutes per person")
    """Seed estimate of one person's service time, until measured data exists."""

    priority_allowed: bool = Field(default=False, title="Priority allowed")
    """Elderly, disabled and pregnant residents may take a priority ticket."""

    enabled: bool = Field(default=True, title="Enabled")
    """Disabled services are hidden on the kiosk."""

    @field_validator("prefix")
    @classmethod
    def _prefix_shape(cls, value: str | None) -> str | None:
        if value is not None and not _PREFIX_RE.match(value):
            raise ConfigValueError(
                N_("config", 'must be one uppercase letter A-Z, got "{value}"', value=value)
            )
        return value

    @field_validator("band")
    @classmethod
    def _band_order(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None:
            first, last = value
            if not (0 <= first < last <= 9999):
                raise ConfigValueError(
                    N_(
                        "config",
                        "must be [first, last] with 0 <= first < last <= 9999, got {value}",
                        value=str(list(value)),
                    )
                )
        return value

    @model_validator(mode="after")
    def _prefix_or_band(self) -> ServiceConfig:
        if (self.prefix is None) == (self.band is None):
            raise ConfigValueError(
                N_("config", "set exactly one of prefix (a letter A-Z) or band ([first, last])")
            )
        return self
