"""Opening databases: clear messages for unusable files, WAL mode for SQLite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.storage import StorageError, open_database


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
