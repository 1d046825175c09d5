"""The command line never prints a database password, nor a traceback when it cannot save.

Run as real ``kiosk`` processes: what the technician reads on the terminal.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from kiosk.config import default_config, edit
from kiosk.config.edit import save_config, set_value
from tests.support.cli import kiosk
from ui.app.cli import main

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


@pytest.mark.parametrize(
    ("command", "stdin"),
    [
        (["config", "set", "ui.idle_timeout_s", "120"], None),
        (["tech", "set-pin", "--pin-stdin"], "735194\n"),
    ],
)
def test_a_data_folder_that_is_a_file_is_one_line_not_a_traceback(
    tmp_path: Path, command: list[str], stdin: str | None
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("", encoding="utf-8")
    result = kiosk(*command, "--data-dir", str(not_a_folder), input=stdin)
    assert result.returncode == 3
    assert result.stderr == (
        f"kiosk {command[0]}: could not save {not_a_folder / 'kiosk.toml'}: "
        "File exists; nothing changed\n"
    )
    assert not_a_folder.read_text(encoding="utf-8") == ""


def test_a_read_only_disk_is_one_line_not_a_traceback(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def read_only(path: Path, *_args: object, **_kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(edit, "atomic_write", read_only)
    before = config_file.read_bytes()
    code = main(["config", "set", "--config", str(config_file), "ui.idle_timeout_s", "120"])
    assert code == 3
    assert capsys.readouterr().err == (
        f"kiosk config: could not save {config_file}: Read-only file system; nothing changed\n"
    )
    assert config_file.read_bytes() == before
