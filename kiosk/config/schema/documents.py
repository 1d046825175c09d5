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

DocumentOption = Literal["household_members", "rrn_back", "address_history"]

#: The file in ``kiosk.data`` that holds the default catalogue.
CATALOGUE_FILE = "documents.toml"


class DocumentConfig(ConfigModel):
    id: ConfigId = Field(
        title="Document id",
        description="Short stable identifier (lowercase letters, digits, - or _).",
    )
    names: LocalizedName = Field(title="Names", description="The document as residents see it.")
    fee_won: int = Field(
        ge=0, le=100000, title="Fee per copy (won)", description="What one copy costs at the kiosk."
    )
    options: list[DocumentOption] = Field(
        default_factory=list,
        title="Options",
        description="Choices offered before printing: household_members, rrn_back "
        "(resident number back digits), address_history. Copies are always offered.",
    )
    enabled: bool = Field(
        default=True, title="Enabled", description="Disabled documents are hidden on the kiosk."
    )


@functools.cache
def _catalogue_tables() -> tuple[dict[str, Any], ...]:
    # Read once: every config without [[documents]] (each test's, each
    # preview of a technician's change) builds the catalogue anew.
    text = resources.files("kiosk.data").joinpath(CATALOGUE_FILE).read_text(encoding="utf-8")
    return tuple(tomllib.loads(text)["documents"])


def default_documents() -> list[DocumentConfig]:
    """The catalogue a config without ``[[documents]]`` tables gets (fresh models each call)."""
    return [DocumentConfig.model_validate(table) for table in _catalogue_tables()]
