"""Two programs changing the config file: neither undoes the other's change (kiosk/config/edit.py).

Technician mode keeps the config it started with in memory; ``kiosk tech
set-pin`` and ``kiosk config set`` run over SSH meanwhile. Every save reads
the file again under a lock and sets only the keys it changes.
"""

from __future__ import annotations

import threading
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import KioskConfig, edit, load_config
from kiosk.config.edit import ConfigLocation, SettingsStore, save_config, set_and_save, set_value
from kiosk.tech.auth import hash_pin, verify_pin
from tests.support.cli import kiosk

OLD_PIN = "482916"
NEW_PIN = "735194"


@pytest.fixture
def config_file(tmp_path: Path, config: KioskConfig) -> Path:
    path = tmp_path / "kiosk.toml"
    save_config(set_value(config, "technician.pin_hash", hash_pin(OLD_PIN)), path)
    return path


def test_a_pin_set_over_ssh_survives_a_setting_changed_on_the_screen(config_file: Path) -> None:
    running = SettingsStore(ConfigLocation(config_file, config_file, "argument"))
    result = kiosk(
        "tech", "set-pin", "--config", str(config_file), "--pin-stdin", input=f"{NEW_PIN}\n"
    )
    assert result.returncode == 0, result.stderr
    running.set("ui.idle_timeout_s", 120)
    saved = tomllib.loads(config_file.read_text("utf-8"))
    assert saved["ui"]["idle_timeout_s"] == 120
    assert verify_pin(NEW_PIN, saved["technician"]["pin_hash"])
    assert not verify_pin(OLD_PIN, saved["technician"]["pin_hash"])
    # The running kiosk now asks for the new PIN too.
    assert verify_pin(NEW_PIN, running.config.technician.pin_hash)
    # The file before this save is the backup, as always.
    backup = tomllib.loads((config_file.parent / "kiosk.toml.bak").read_text("utf-8"))
    assert verify_pin(NEW_PIN, backup["technician"]["pin_hash"])
    assert "idle_timeout_s" not in backup["ui"] or backup["ui"]["idle_timeout_s"] != 120


def test_two_config_sets_at_once_keep_both_changes(
    config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = ConfigLocation(config_file, config_file, "argument")
    real_save = edit.save_config

    def slow_save(*args: Any, **kwargs: Any) -> None:
        # Long enough for the other command to read the file meanwhile.
        time.sleep(0.3)
        real_save(*args, **kwargs)

    monkeypatch.setattr(edit, "save_config", slow_save)
    errors: list[BaseException] = []

    def set_one(key: str, value: Any) -> None:
        try:
            set_and_save(location, key, value)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=set_one, args=("ui.idle_timeout_s", 120)),
        threading.Thread(target=set_one, args=("center.kiosk_id", "lobby-2")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == []
    saved = load_config(config_file)
    assert saved.ui.idle_timeout_s == 120
    assert saved.center.kiosk_id == "lobby-2"
