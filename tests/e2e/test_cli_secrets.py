"""The command line never prints a database password, nor a traceback when it cannot save.

Run as real ``kiosk`` processes: what the technician reads on the terminal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.config import default_config
from kiosk.config.edit import save_config, set_value
from tests.support.cli import kiosk

#: Nothing listens on port 1: the connection is refused at once.
UNREACHABLE = (
    "postgresql+psycopg://kiosk:S3cretPw@127.0.0.1:1/kiosk"
    "?connect_timeout=2&password=Qp4ss&sslmode=disable"
)
SHOWN = "postgresql+psycopg://kiosk:***@127.0.0.1:1/kiosk?connect_timeout=2&password=***&sslmode=disable"


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    save_config(set_value(default_config(), "storage.database_url", UNREACHABLE), path)
    return path


def test_config_show_hides_a_password_in_the_url_query(config_file: Path) -> None:
    shown = kiosk("config", "show", "--config", str(config_file))
    assert shown.returncode == 0, shown.stderr
    assert f'database_url = "{SHOWN}"' in shown.stdout
    as_json = kiosk("config", "show", "--config", str(config_file), "--json")
    assert json.loads(as_json.stdout)["config"]["storage"]["database_url"] == SHOWN
    for output in (shown.stdout, as_json.stdout):
        assert "S3cretPw" not in output and "Qp4ss" not in output


def test_db_current_names_an_unreachable_database_without_its_password(
    config_file: Path,
) -> None:
    result = kiosk("db", "current", "--config", str(config_file))
    assert result.returncode == 3
    assert result.stderr.startswith(f"kiosk db: cannot read {SHOWN}: ")
    assert "S3cretPw" not in result.stderr and "Qp4ss" not in result.stderr
    assert "Traceback" not in result.stderr
