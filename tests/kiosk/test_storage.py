"""Opening databases: clear messages for unusable files, WAL mode for SQLite."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url, text

from kiosk.storage import StorageError, StorageUnreachableError, _worth_waiting, open_database


def test_sqlite_uses_wal_and_creates_the_schema(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'sub' / 'k.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.execute(text("SELECT count(*) FROM tickets")).scalar_one() == 0
    engine.dispose()


def test_corrupt_database_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError) as info:
        open_database(f"sqlite:///{path}")
    assert str(path) in str(info.value)
    assert "database" in str(info.value)
    # A damaged file does not mend by itself: not an error to wait out.
    assert not isinstance(info.value, StorageUnreachableError)


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a directory"):
        open_database(f"sqlite:///{tmp_path}")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_location(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StorageError) as info:
            open_database(f"sqlite:///{locked / 'k.sqlite3'}")
        assert str(locked / "k.sqlite3") in str(info.value)
    finally:
        locked.chmod(0o700)


def test_bad_url() -> None:
    with pytest.raises(StorageError, match="not a valid database URL"):
        open_database("this is not a url")


def test_a_server_that_refuses_the_connection_is_worth_waiting_for() -> None:
    # Port 1 on this machine: nothing listens, the connection is refused at once.
    with pytest.raises(StorageUnreachableError) as info:
        open_database("postgresql+psycopg://kiosk@127.0.0.1:1/kiosk")
    message = str(info.value)
    assert message.startswith("postgresql+psycopg://kiosk@127.0.0.1:1/kiosk: cannot reach")
    assert "Connection refused" in message
    assert "\n" not in message  # the driver's hint lines stay out of the one-line message


@pytest.mark.postgres
def test_a_server_that_answers_no_such_role_needs_the_settings_fixed(pg_server: Any) -> None:
    url = make_url(pg_server.url).set(username="no_such_kiosk_role", password=None)
    with pytest.raises(StorageError) as info:
        open_database(url.render_as_string(hide_password=False))
    # The server answered: waiting will not help, so `kiosk run` exits with this message.
    assert not isinstance(info.value, StorageUnreachableError)
    assert 'role "no_such_kiosk_role" does not exist' in str(info.value)


@pytest.mark.parametrize(
    ("reason", "wait"),
    [
        ('connection to server at "10.0.0.5", port 5432 failed: Connection refused', True),
        ('connection to server at "10.0.0.5", port 5432 failed: timeout expired', True),
        ('could not translate host name "db.center.local" to address', True),
        ("connection failed: FATAL:  the database system is starting up", True),
        ("connection failed: FATAL:  sorry, too many clients already", True),
        ('connection failed: FATAL:  password authentication failed for user "kiosk"', False),
        ('connection failed: FATAL:  database "kiosk" does not exist', False),
        ("connection failed: FATAL:  no pg_hba.conf entry for host", False),
    ],
)
def test_which_server_answers_are_worth_waiting_for(reason: str, wait: bool) -> None:
    assert _worth_waiting(reason) is wait
