"""Alembic environment: migrate the connection ``kiosk.storage.migrations.upgrade`` hands in.

Everything runs in one transaction the caller can see: SQLite starts it
with ``BEGIN IMMEDIATE`` (kiosk.storage.database's begin hook), so a second process
waits and then finds the database migrated; PostgreSQL takes an advisory
lock for the same effect.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine, text

from kiosk.storage.database import metadata
from kiosk.storage.migrations import ADVISORY_LOCK_ID, CONNECTION_KEY


def _migrate(connection: Connection) -> None:
    with connection.begin():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": ADVISORY_LOCK_ID})
        context.configure(
            connection=connection,
            target_metadata=metadata,
            transactional_ddl=True,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        context.run_migrations()


def run() -> None:
    if context.is_offline_mode():
        raise SystemExit("kiosk migrations run online only (kiosk db upgrade)")
    connection = context.config.attributes.get(CONNECTION_KEY)
    if isinstance(connection, Connection):
        _migrate(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("no database to migrate: use kiosk db upgrade")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            _migrate(conn)
    finally:
        engine.dispose()


run()
