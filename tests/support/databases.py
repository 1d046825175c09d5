"""Engines the tests open on a kiosk database for a while, disposed of however the block
ends, and what one row holds on disk (``stored``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, Table, select

from kiosk.storage.database import open_database


@contextmanager
def opened(url: str, *, migrate: bool | None = None) -> Iterator[Engine]:
    """An engine on ``url`` (``open_database``), disposed of when the block ends."""
    engine = open_database(url, migrate=migrate)
    try:
        yield engine
    finally:
        engine.dispose()


def stored(engine: Engine, table: Table, row_id: int, *columns: str) -> tuple[Any, ...]:
    """``columns`` of the row ``row_id`` of ``table`` as the database holds them, read
    past the stores (what a purge left of a resident's personal data)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(*(table.c[name] for name in columns)).where(table.c.id == row_id)
        ).one()
    return tuple(row)
