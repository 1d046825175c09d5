"""``[[documents]]``: the certificates residents can print, with their fees.

The default catalogue is data, not code: ``kiosk/data/documents.toml``. It
is the schema's default rather than part of the demo config because a
center's own file without ``[[documents]]`` tables must get the same
catalogue as the demo; one file serves both.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any, Literal

from pydantic import Field

from kiosk.config.schema.common import ConfigId, ConfigModel, LocalizedName

DocumentOption = Literal[
    "household_members",
    "rrn_back",
    "household_reason",
    "change_reason",
    "address_history",
    "household_head",
    "military_service",
    "family_kind",
    "purpose",
]

#: The file in ``kiosk.data`` that holds the default catalogue.
CATALOGUE_FILE = "documents.toml"


class PurposeConfig(ConfigModel):
    id: ConfigId = Field(title="Purpose id")
    """Short stable identifier."""

    names: LocalizedName = Field(title="Names")
    """The purpose as residents see it."""


class DocumentConfig(ConfigModel):
    id: ConfigId = Field(title="Document id")
    """Short stable identifier (lowercase letters, digits, - or _)."""

    names: LocalizedName = Field(title="Names")
    """The document as residents see it."""

    fee_won: int = Field(ge=0, le=100000, title="Fee per copy (won)")
    """What one copy costs at the kiosk."""

    options: list[DocumentOption] = Field(default_factory=list, title="Options")
    """Choices offered before printing: household_members, rrn_back (resident number back digits),
    household_reason (세대 구성 사유 및 일자), change_reason (변동 사유), address_history (none, last 5 years
    or all), household_head (세대주 성명 및 관계), military_service (병역사항), family_kind (일반, 상세 or 특정),
    purpose (from purposes). Copies are always offered."""

    purposes: list[PurposeConfig] = Field(
        default_factory=list, max_length=8, title="Purposes of use"
    )
    """What the resident may say the document is for (the purpose option); the first is preselected.
    """

    enabled: bool = Field(default=True, title="Enabled")
    """Disabled documents are hidden on the kiosk."""


@functools.cache
def _catalogue_tables(key: str) -> tuple[dict[str, Any], ...]:
    # Read once: every config without [[documents]] (each test's, each
    # preview of a technician's change) builds the catalogue anew.
    text = resources.files("kiosk.data").joinpath(CATALOGUE_FILE).read_text(encoding="utf-8")
    return tuple(tomllib.loads(text)[key])


class ExemptionConfig(ConfigModel):
    id: ConfigId = Field(title="Exemption id")
    """Short stable identifier; the records service names the reasons that apply to a resident with
    these ids."""

    names: LocalizedName = Field(title="Names")
    """The reason as residents see it on the summary."""

    fees: dict[str, int] = Field(default_factory=dict, title="Fees (won)")
    """Fee per copy for each document id under this exemption; a document not named here is free."""

    def fee_for(self, document_id: str) -> int:
        return self.fees.get(document_id, 0)


def default_exemptions() -> list[ExemptionConfig]:
    """The exemption reasons a config without ``[[exemptions]]`` tables gets."""
    return [ExemptionConfig.model_validate(t) for t in _catalogue_tables("exemptions")]


def default_documents() -> list[DocumentConfig]:
    """The catalogue a config without ``[[documents]]`` tables gets (fresh models each call)."""
    return [DocumentConfig.model_validate(table) for table in _catalogue_tables("documents")]
