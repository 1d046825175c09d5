"""What the schema's sections share: the base model, localized names, identifiers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from kiosk.config.errors import ConfigValueError, PathProblems
from kiosk.i18n import N_


class ConfigModel(BaseModel):
    """Base of every section: unknown keys are errors, and assignments are validated too.

    A field's description is the docstring under it (pydantic's
    ``use_attribute_docstrings``).
    """

    # defer_build: the schema is built on first use, not at import (start-up time).
    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        frozen=False,
        defer_build=True,
        use_attribute_docstrings=True,
    )


class LocalizedName(ConfigModel):
    """A name in each supported language; Korean is required, others fall back to it."""

    ko: str = Field(min_length=1, title="Korean")
    """Name shown in Korean."""

    en: str | None = Field(default=None, title="English")
    """Name shown in English."""

    zh: str | None = Field(default=None, title="Chinese")
    """Name shown in Simplified Chinese."""

    vi: str | None = Field(default=None, title="Vietnamese")
    """Name shown in Vietnamese."""

    def get(self, language: str) -> str:
        value = getattr(self, language, None) if language in ("ko", "en", "zh", "vi") else None
        return value if isinstance(value, str) and value else self.ko


_ID_RE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


def _id_shape(value: str) -> str:
    if not _ID_RE.match(value):
        raise ConfigValueError(
            N_(
                "config",
                "must start with a lowercase letter and use only a-z, 0-9, - or _ (max 32), "
                'got "{value}"',
                value=value,
            )
        )
    return value


#: A stable identifier of a service or document, as it appears in files and records.
ConfigId = Annotated[str, AfterValidator(_id_shape)]


def require_options(model: BaseModel, backend: str, names: Iterable[str]) -> None:
    """Backend options live in a sub-table named after the backend; demand the chosen one."""
    if backend in names and backend != "mock" and getattr(model, backend) is None:
        # Reported at the missing table's own key path (devices.printer.network).
        raise PathProblems(
            [
                (
                    (backend,),
                    N_(
                        "config",
                        'required when backend = "{backend}": add its [{backend}] table',
                        backend=backend,
                    ),
                )
            ]
        )
