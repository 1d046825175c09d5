"""``[lending]``: tools the centre lends (공구 대여) and parcels it keeps for residents (택배 보관)."""

from __future__ import annotations

from pydantic import Field

from kiosk.config.schema.common import ConfigId, ConfigModel, LocalizedName


class LendingItemConfig(ConfigModel):
    id: ConfigId = Field(title="Item id")
    """Short stable identifier of the tool (lowercase)."""

    names: LocalizedName = Field(title="Names")
    """The tool as residents see it."""

    units: int = Field(default=1, ge=1, le=99, title="Units")
    """How many of this tool the centre has."""

    loan_days: int = Field(default=3, ge=1, le=60, title="Loan days")
    """Days a resident may keep the tool; the slip gives the return date."""


class LendingConfig(ConfigModel):
    enabled: bool = Field(default=False, title="Enabled")
    """Offer tool lending and parcel keeping on the kiosk's other services."""

    items: list[LendingItemConfig] = Field(default_factory=list, title="Tools")
    """The tools residents may borrow."""

    parcels: bool = Field(default=True, title="Parcel keeping")
    """Residents may ask, by phone number, whether a parcel is kept for them."""

    counter: int = Field(default=1, ge=1, le=99, title="Counter")
    """The counter where tools are handed out and returned and parcels collected."""

    open_loans_per_phone: int = Field(default=2, ge=0, le=99, title="Tools per phone number")
    """How many tools one mobile number may have at a time, asked for today or not yet returned;
    the kiosk refuses more (0: no limit)."""

    due_soon_days: int = Field(default=1, ge=0, le=14, title="Due soon (days)")
    """Staff see a loan in the reminders this many days before it is due."""

    keep_days: int = Field(default=30, ge=1, le=365, title="Keep personal data (days)")
    """Phone numbers of returned or cancelled loans and collected parcels are erased this many days
    later."""

    def item(self, item_id: str) -> LendingItemConfig | None:
        return next((item for item in self.items if item.id == item_id), None)
