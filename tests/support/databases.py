"""Engines the tests open on a kiosk database for a while, disposed of however the block ends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine

from kiosk.storage.database import open_database


@contextmanager
def opened(url: str, *, migrate: bool | None = None) -> Iterator[Engine]:
    """An engine on ``url`` (``open_database``), disposed of when the block ends."""
    engine = open_database(url, migrate=migrate)
    try:
        yield engine
    finally:
        engine.dispose()
