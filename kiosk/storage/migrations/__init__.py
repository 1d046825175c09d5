"""Alembic migrations of the kiosk database, run without an ``alembic.ini``.

``upgrade(engine)`` brings any database (SQLite or PostgreSQL) to the newest
schema; ``kiosk.storage.database.open_database`` calls it for SQLite files, and
``kiosk db upgrade`` for PostgreSQL. The scripts live next to this file
(``env.py``, ``versions/``) and ship inside the package.

Several processes may upgrade the same database at once: on SQLite the
migration runs in one ``BEGIN IMMEDIATE`` transaction (the file's write
lock), on PostgreSQL under a transaction-level advisory lock, so the second
process finds the work done.

A new table or column in ``kiosk.storage.database.metadata`` needs a new file in
``versions/`` (``tests/kiosk/test_migrations.py`` fails until it exists). To
draft one: ``python -m kiosk.storage.migrations revision -m "what changed"``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent

#: Key under which env.py finds the connection to migrate.
CONNECTION_KEY = "connection"

#: PostgreSQL advisory lock taken while migrating (any constant; "KIOSK" in ASCII).
ADVISORY_LOCK_ID = 0x4B494F534B


def notify_changes(dialect: str, table: str, operations: tuple[str, ...]) -> None:
    """Make changes to ``table`` wake counters, displays and kiosks (``kiosk.queue.notify``).

    On PostgreSQL a statement trigger calls ``kiosk_notify_change()`` (made by
    the baseline), which sends ``NOTIFY kiosk_changes`` with the table's name;
    on SQLite row triggers bump ``changes.n``, which listeners poll. For use
    inside a migration's ``upgrade``.
    """
    from alembic import op

    if dialect == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER {' OR '.join(operations)} ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION kiosk_notify_change()"
        )
    elif dialect == "sqlite":
        for operation in operations:
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS {table}_{operation.lower()}_changes "
                f"AFTER {operation} ON {table} "
                "BEGIN UPDATE changes SET n = n + 1 WHERE id = 1; END"
            )


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", str(HERE / "versions").replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "kiosk/storage/migrations/versions has no revisions"
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, ``None`` for one without kiosk migrations."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` (the newest by default). Idempotent."""
    config = alembic_config()
    with engine.connect() as conn:
        config.attributes[CONNECTION_KEY] = conn
        command.upgrade(config, revision)


def main(argv: list[str] | None = None) -> int:
    """Developer entry point: ``python -m kiosk.storage.migrations revision -m MESSAGE``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kiosk.storage.migrations")
    sub = parser.add_subparsers(dest="cmd", required=True)
    rev = sub.add_parser("revision", help="write an empty migration file to fill in")
    rev.add_argument("-m", "--message", required=True)
    sub.add_parser("heads", help="print the newest revision")
    args = parser.parse_args(argv)
    if args.cmd == "revision":
        command.revision(alembic_config(), message=args.message)
    else:
        print(head_revision())
    return 0


if __name__ == "__main__":
    sys.exit(main())
