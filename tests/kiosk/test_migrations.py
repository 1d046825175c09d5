"""Alembic migrations: the migrated schema is kiosk.storage.database.metadata, on SQLite and PostgreSQL.

The drift test fails as soon as someone adds a table or column to
``kiosk/storage/database.py`` without a migration in ``kiosk/storage/migrations/versions``.
"""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, inspect, text

from kiosk.storage import migrations
from kiosk.storage.database import StorageError, StorageUnreachableError, metadata, open_database
from tests.postgres_fixture import PgServer
from tests.support.databases import opened


def _schema(engine: Engine) -> dict[str, dict[str, Any]]:
    """table -> {"columns": {name: nullable}, "indexes": {name}} (alembic_version left out)."""
    inspector = inspect(engine)
    out: dict[str, dict[str, Any]] = {}
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        out[table] = {
            "columns": {c["name"]: bool(c["nullable"]) for c in inspector.get_columns(table)},
            "indexes": {ix["name"] for ix in inspector.get_indexes(table)},
        }
    return out


def _metadata_schema() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for table in metadata.sorted_tables:
        out[table.name] = {
            "columns": {c.name: bool(c.nullable) for c in table.columns},
            "indexes": {ix.name for ix in table.indexes},
        }
    return out


def _assert_no_drift(engine: Engine) -> None:
    migrated = _schema(engine)
    declared = _metadata_schema()
    missing = sorted(set(declared) - set(migrated))
    extra = sorted(set(migrated) - set(declared))
    assert not missing, f"tables in kiosk.storage.database without a migration: {missing}"
    assert not extra, f"tables made by migrations but not in kiosk.storage.database: {extra}"
    for name, want in declared.items():
        got = migrated[name]
        assert set(got["columns"]) == set(want["columns"]), (
            f"{name}: columns differ; add a migration. "
            f"missing {sorted(set(want['columns']) - set(got['columns']))}, "
            f"extra {sorted(set(got['columns']) - set(want['columns']))}"
        )
        for column, nullable in want["columns"].items():
            if column in {c.name for c in metadata.tables[name].primary_key.columns}:
                continue
            assert got["columns"][column] == nullable, f"{name}.{column}: nullable differs"
        assert want["indexes"] <= got["indexes"], (
            f"{name}: indexes missing {want['indexes'] - got['indexes']}"
        )


def test_sqlite_migrated_schema_matches_metadata(tmp_path: Path) -> None:
    with opened(f"sqlite:///{tmp_path / 'k.sqlite3'}") as engine:
        _assert_no_drift(engine)
        assert migrations.current_revision(engine) == migrations.head_revision()


def test_migrations_are_packaged_with_the_code() -> None:
    here = Path(migrations.__file__).parent
    assert (here / "env.py").is_file()
    assert list((here / "versions").glob("0001_*.py"))
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    assert "migrations/*.mako" in pyproject


def test_opening_twice_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    for _ in range(2):
        engine = open_database(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT n FROM changes WHERE id = 1")).scalar_one() == 0
        engine.dispose()


def test_a_pre_migration_database_is_adopted_with_its_tickets(tmp_path: Path) -> None:
    """A file made by metadata.create_all before migrations existed keeps its tickets."""
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE TABLE ticket_counters (service_id VARCHAR(32) NOT NULL, business_day DATE NOT NULL,
            last_number INTEGER NOT NULL, PRIMARY KEY (service_id, business_day));
        CREATE TABLE tickets (id INTEGER NOT NULL PRIMARY KEY, service_id VARCHAR(32) NOT NULL,
            business_day DATE NOT NULL, number INTEGER NOT NULL, display_code VARCHAR(16) NOT NULL,
            issued_at DATETIME NOT NULL, priority BOOLEAN NOT NULL, state VARCHAR(16) NOT NULL,
            state_changed_at DATETIME NOT NULL, kiosk_id VARCHAR(32) NOT NULL,
            print_attempts INTEGER NOT NULL, counter INTEGER,
            CONSTRAINT uq_ticket_number UNIQUE (service_id, business_day, number));
        CREATE INDEX ix_tickets_waiting ON tickets (business_day, service_id, state);
        CREATE TABLE events (id INTEGER NOT NULL PRIMARY KEY, at DATETIME NOT NULL,
            kiosk_id VARCHAR(32) NOT NULL, kind VARCHAR(32) NOT NULL, ticket_id INTEGER,
            detail VARCHAR(400) NOT NULL);
        INSERT INTO ticket_counters VALUES ('general', '2026-11-23', 1);
        INSERT INTO tickets VALUES (1, 'general', '2026-11-23', 1, 'A-001',
            '2026-11-23 00:30:00.000000', 0, 'printed', '2026-11-23 00:30:00.000000',
            'kiosk-1', 1, NULL);
        """
    )
    con.commit()
    con.close()
    with opened(f"sqlite:///{path}") as engine:
        _assert_no_drift(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT display_code FROM tickets")).scalars().all() == [
                "A-001"
            ]


def test_a_database_from_a_newer_kiosk_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(StorageError) as info:
        open_database(f"sqlite:///{path}")
    assert str(path) in str(info.value)
    assert "newer kiosk" in str(info.value)


def _open_in_child(url: str) -> None:
    open_database(url).dispose()


def test_processes_starting_together_migrate_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.sqlite3'}"
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_open_in_child, args=(url,)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    with opened(url) as engine:
        _assert_no_drift(engine)


@pytest.mark.postgres
def test_postgres_migrated_schema_matches_metadata(pg_empty_url: str) -> None:
    # Not migrated yet: refused with the command to run.
    with pytest.raises(StorageError, match="kiosk db upgrade") as info:
        open_database(pg_empty_url)
    # The server answered: waiting will not help, so kiosk run exits with this message.
    assert not isinstance(info.value, StorageUnreachableError)
    with opened(pg_empty_url, migrate=True) as engine:
        _assert_no_drift(engine)
        with engine.connect() as conn:
            triggers = conn.execute(
                text("SELECT tgname FROM pg_trigger WHERE tgname LIKE '%_notify'")
            ).scalars()
            assert {"tickets_notify", "calls_notify", "counters_notify", "events_notify"} <= set(
                triggers
            )
    # Now it opens without migrating.
    open_database(pg_empty_url).dispose()


@pytest.mark.postgres
def test_kiosk_db_upgrade_command(pg_server: PgServer, pg_empty_url: str, tmp_path: Path) -> None:
    from ui.app.cli import main

    config = tmp_path / "kiosk.toml"
    from kiosk.config import default_config_text

    text_ = default_config_text().replace('database_url = ""', f'database_url = "{pg_empty_url}"')
    config.write_text(text_, encoding="utf-8")
    assert main(["db", "current", "--config", str(config)]) == 1
    assert main(["db", "upgrade", "--config", str(config)]) == 0
    assert main(["db", "current", "--config", str(config)]) == 0
    engine = create_engine(pg_empty_url)
    try:
        _assert_no_drift(engine)
    finally:
        engine.dispose()


def test_the_issuance_state_default_is_dropped_after_the_backfill(tmp_path: Path) -> None:
    # 0002 needs a default to fill old rows; kiosk.storage.database has none, so new rows must
    # always say their state (finding 12).
    with opened(f"sqlite:///{tmp_path / 'kiosk.sqlite3'}") as engine:
        [state] = [c for c in inspect(engine).get_columns("issuances") if c["name"] == "state"]
    assert state["default"] is None


def test_registrations_from_before_0012_keep_their_data_and_can_lose_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
    engine = create_engine(url)
    try:
        migrations.upgrade(engine, "0011_follow_phone_enc")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO programme_registrations (course_id, term, number, "
                    "registration_no, status, phone_hash, phone_enc, name_enc, kiosk_id, "
                    "created_at, updated_at) VALUES ('yoga', '2026-12-01', 1, 'YOGA-001', "
                    "'registered', 'h', 'p', 'n', 'kiosk-1', '2026-11-23 00:30:00.000000', "
                    "'2026-11-23 00:30:00.000000')"
                )
            )
    finally:
        engine.dispose()
    with opened(url) as engine:
        _assert_no_drift(engine)
        uniques = inspect(engine).get_unique_constraints("programme_registrations")
        assert [u["column_names"] for u in uniques] == [["course_id", "term", "number"]]
        with engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT registration_no, phone_hash, phone_enc, name_enc FROM programme_registrations"
                )
            ).one()
            assert tuple(row) == ("YOGA-001", "h", "p", "n")
            conn.execute(
                text("UPDATE programme_registrations SET phone_hash = NULL, phone_enc = NULL")
            )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database without tables, on each database a centre may run on."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
    return str(request.getfixturevalue("pg_empty_url"))


def test_followed_tickets_from_before_0015_start_with_no_attempts(empty_url: str) -> None:
    engine = create_engine(empty_url)
    try:
        migrations.upgrade(engine, "0014_programme_promotions")
        with engine.begin() as conn:
            for ticket_id, phone in ((1, "'encrypted'"), (2, "NULL")):
                conn.execute(
                    text(
                        "INSERT INTO ticket_follow (ticket_id, token, business_day, phone_enc, "
                        f"language) VALUES ({ticket_id}, 't{ticket_id}', '2026-11-23', {phone}, 'ko')"
                    )
                )
        migrations.upgrade(engine)
        _assert_no_drift(engine)
        with engine.begin() as conn:
            # As Queue.issue inserts a row: without the new columns.
            conn.execute(
                text(
                    "INSERT INTO ticket_follow (ticket_id, token, business_day) "
                    "VALUES (3, 't3', '2026-11-23')"
                )
            )
            rows = conn.execute(
                text(
                    "SELECT ticket_id, phone_enc, phone_sets, ahead_attempts, called_attempts, "
                    "ahead_tried_at, called_tried_at FROM ticket_follow ORDER BY ticket_id"
                )
            ).all()
    finally:
        engine.dispose()
    # The number already left counts as the first of the ticket's few.
    assert [tuple(row) for row in rows] == [
        (1, "encrypted", 1, 0, 0, None, None),
        (2, None, 0, 0, 0, None, None),
        (3, None, 0, 0, 0, None, None),
    ]


def test_ballots_from_before_0016_are_counted_into_the_tally(empty_url: str) -> None:
    engine = create_engine(empty_url)
    try:
        migrations.upgrade(engine, "0015_follow_attempts")
        with engine.begin() as conn:
            for ballot_id, option in ((91, "a"), (17, "b"), (55, "a"), (3, "a")):
                conn.execute(
                    text(
                        "INSERT INTO participation_ballots (id, poll_id, option_id) "
                        f"VALUES ({ballot_id}, 'budget', '{option}')"
                    )
                )
        migrations.upgrade(engine)
        _assert_no_drift(engine)
        with engine.begin() as conn:
            tally = conn.execute(
                text("SELECT option_id, votes FROM participation_tally ORDER BY option_id")
            ).all()
        assert "participation_ballots" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    assert [tuple(row) for row in tally] == [("a", 3), ("b", 1)]
