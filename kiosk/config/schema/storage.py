"""``[storage]``: the database of the queue, counters and issued certificates."""

from __future__ import annotations

from pydantic import Field

from kiosk.config.schema.common import ConfigModel


class StorageConfig(ConfigModel):
    # Its password is secret: shown masked (kiosk.config.edit.SECRET_IN_URL).
    database_url: str = Field(default="", title="Database URL", json_schema_extra={"secret": "url"})
    """SQLAlchemy URL; empty means SQLite in the kiosk's data directory."""
