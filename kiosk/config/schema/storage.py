"""``[storage]``: the database of the queue, counters and issued certificates."""

from __future__ import annotations

import re

from pydantic import Field, field_validator

from kiosk.config.errors import ConfigValueError
from kiosk.config.schema.common import ConfigModel
from kiosk.i18n import N_

#: The start of a SQLAlchemy URL: ``dialect+driver://``.
_SCHEME_RE = re.compile(r"^([A-Za-z0-9_+]+)://")
#: The databases the kiosk runs on: SQLite and PostgreSQL through psycopg 3
#: (``postgresql://`` names SQLAlchemy's default PostgreSQL driver).
DATABASE_SCHEMES = frozenset({"sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg"})


class StorageConfig(ConfigModel):
    # Its password is secret: shown masked (kiosk.config.edit.SECRET_IN_URL).
    database_url: str = Field(default="", title="Database URL", json_schema_extra={"secret": "url"})
    """SQLAlchemy URL; empty means SQLite in the kiosk's data directory."""

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        # Checked here, not first when the database is opened: the message then
        # names the key, and `kiosk config set` refuses the URL before saving it.
        # What was typed is not echoed: a URL may hold a password.
        scheme = _SCHEME_RE.match(value)
        if value and (scheme is None or scheme.group(1).lower() not in DATABASE_SCHEMES):
            raise ConfigValueError(
                N_(
                    "config",
                    "must be empty (SQLite in the data folder), a SQLite URL "
                    "(sqlite:///path/to/file.sqlite3) or a PostgreSQL URL "
                    "(postgresql+psycopg://user@host/database)",
                )
            )
        return value
