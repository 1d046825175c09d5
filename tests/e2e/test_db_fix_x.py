"""A database URL the kiosk cannot use: ``kiosk config set`` refuses it with its
key path, and ``kiosk db`` names the problem in one line (exit 2), never with a
traceback nor the password. Run as real ``kiosk`` processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import default_config_text
from tests.support.cli import kiosk

KEY = "storage.database_url"


def _config_with(tmp_path: Path, url: str) -> Path:
    """A config file written by hand (as over SSH), with ``url`` as the database."""
    path = tmp_path / "kiosk.toml"
    text = default_config_text()
    assert text.count('database_url = ""') == 1
    path.write_text(text.replace('database_url = ""', f'database_url = "{url}"'), "utf-8")
    return path


@pytest.mark.parametrize(
    "url", ["nonsense", "postgres://kiosk:S3cretPw@db/kiosk", "mysql://kiosk:S3cretPw@db/kiosk"]
)
def test_config_set_refuses_a_url_that_is_not_sqlite_or_postgresql(
    tmp_path: Path, url: str
) -> None:
    path = _config_with(tmp_path, "")
    before = path.read_text("utf-8")
    result = kiosk("config", "set", KEY, url, "--config", str(path))
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert f"{KEY}: must be empty (SQLite in the data folder)" in line
    assert "S3cretPw" not in result.stderr
    assert path.read_text("utf-8") == before


@pytest.mark.parametrize("action", ["current", "upgrade"])
@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("nonsense", f"{KEY}: must be empty (SQLite in the data folder)"),
        ("postgres://kiosk:S3cretPw@db/kiosk", f"{KEY}: must be empty"),
        ("postgresql+psycopg://kiosk:S3cretPw@db:port/kiosk", f"{KEY}: not a valid database URL"),
        ("sqlite://S3cretPw@host/kiosk.sqlite3", f"{KEY}: not a valid database URL"),
    ],
)
def test_db_commands_name_an_unusable_url_in_one_line(
    tmp_path: Path, action: str, url: str, problem: str
) -> None:
    path = _config_with(tmp_path, url)
    result = kiosk("db", action, "--config", str(path), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("kiosk db: ") and problem in line
    assert "S3cretPw" not in result.stderr
    assert result.stdout == ""
