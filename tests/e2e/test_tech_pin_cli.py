"""Only ``kiosk tech set-pin`` changes the technician PIN hash, and only a hash it wrote is valid.

Run as real ``kiosk`` processes on a scratch config file: what the technician
reads on the terminal, and what the file holds afterwards.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kiosk.config import default_config
from kiosk.config.edit import save_config, set_value
from kiosk.tech.auth import verify_pin
from tests.support.cli import kiosk

PIN = "482916"


def saved_technician(path: Path) -> dict[str, str]:
    """The file's [technician] table as written (a file may leave it to the defaults)."""
    table: dict[str, str] = tomllib.loads(path.read_text(encoding="utf-8")).get("technician", {})
    return table


def saved_pin_hash(path: Path) -> str:
    return saved_technician(path).get("pin_hash", "")


@pytest.fixture
def no_pin(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    save_config(default_config(), path)
    return path


@pytest.fixture
def with_pin(no_pin: Path) -> Path:
    done = kiosk("tech", "set-pin", "--config", str(no_pin), "--pin-stdin", input=f"{PIN}\n")
    assert done.returncode == 0, done.stderr
    return no_pin


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("technician", '{corner = "top_left"}'),  # would wipe the PIN
        ("technician", '{pin_hash = "135792"}'),  # a PIN no PIN matches
        ("technician.pin_hash", '""'),
    ],
)
def test_config_set_never_changes_the_pin(with_pin: Path, key: str, value: str) -> None:
    before = with_pin.read_bytes()
    done = kiosk("config", "set", "--config", str(with_pin), key, value)
    assert done.returncode == 2
    assert done.stderr == (
        f"kiosk config: {with_pin}: {key}: this would change technician.pin_hash; "
        "set the PIN with `kiosk tech set-pin`; nothing changed\n"
    )
    assert with_pin.read_bytes() == before
    assert verify_pin(PIN, saved_pin_hash(with_pin))


def test_config_set_does_not_put_a_plain_pin_where_none_was_set(no_pin: Path) -> None:
    done = kiosk("config", "set", "--config", str(no_pin), "technician", '{pin_hash = "135792"}')
    assert done.returncode == 2
    assert "this would change technician.pin_hash" in done.stderr
    assert saved_pin_hash(no_pin) == ""


def test_config_set_of_other_technician_settings_keeps_the_pin(with_pin: Path) -> None:
    done = kiosk("config", "set", "--config", str(with_pin), "technician.corner", "top_left")
    assert done.returncode == 0, done.stderr
    saved = saved_technician(with_pin)
    assert saved["corner"] == "top_left" and verify_pin(PIN, saved["pin_hash"])


def test_config_validate_refuses_a_pin_hash_set_pin_did_not_write(no_pin: Path) -> None:
    assert kiosk("config", "validate", str(no_pin)).returncode == 0  # no PIN: entry disabled
    save_config(set_value(default_config(), "technician.pin_hash", "135792"), no_pin)
    done = kiosk("config", "validate", str(no_pin))
    assert done.returncode == 2
    assert done.stderr == (
        f"kiosk config: {no_pin}: technician.pin_hash: not a PIN hash; "
        "set the PIN with `kiosk tech set-pin`\n"
    )
    assert "135792" not in done.stderr  # it may be the PIN itself
    done = kiosk("tech", "set-pin", "--config", str(no_pin), "--pin-stdin", input=f"{PIN}\n")
    assert done.returncode == 0, done.stderr
    assert kiosk("config", "validate", str(no_pin)).returncode == 0
