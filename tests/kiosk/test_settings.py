"""Config file resolution, key-path changes, atomic saving and redaction (kiosk/config/edit.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from kiosk.config import ConfigError, KioskConfig, load_config
from kiosk.config.edit import (
    field_specs,
    parse_key_path,
    parse_value,
    redacted_data,
    redacted_toml,
    resolve_config_path,
    save_config,
    set_and_save,
    set_value,
)
from kiosk.tech.auth import hash_pin


def test_resolution_order(tmp_path: Path) -> None:
    data = tmp_path / "data"
    explicit = tmp_path / "x.toml"
    env = {"KIOSK_CONFIG": str(tmp_path / "env.toml")}
    assert resolve_config_path(explicit, data, env).path == explicit
    assert resolve_config_path(None, data, env).path == tmp_path / "env.toml"
    embedded = resolve_config_path(None, data, {})
    assert embedded.path is None and embedded.origin == "embedded"
    assert embedded.save_path == data / "kiosk.toml"
    data.mkdir()
    (data / "kiosk.toml").write_text("", "utf-8")
    found = resolve_config_path(None, data, {})
    assert found.path == data / "kiosk.toml" and found.origin == "data dir"


def test_key_paths_and_values() -> None:
    assert parse_key_path("services[2].prefix") == ("services", 2, "prefix")
    assert parse_key_path("devices.printer.network.host") == (
        "devices",
        "printer",
        "network",
        "host",
    )
    with pytest.raises(ValueError):
        parse_key_path("devices..x")
    assert parse_value("9100") == 9100
    assert parse_value("[1, 2]") == [1, 2]
    assert parse_value("true") is True
    assert parse_value("10.0.0.5") == "10.0.0.5"
    assert parse_value('"A"') == "A"


def test_set_value_fills_an_optional_table_and_validates(config: KioskConfig) -> None:
    changed = set_value(config, "devices.printer.network.host", "10.0.0.5")
    changed = set_value(changed, "devices.printer.backend", "network")
    assert changed.devices.printer.network is not None
    assert changed.devices.printer.network.host == "10.0.0.5"
    assert config.devices.printer.backend == "mock"  # the original is untouched
    with pytest.raises(ConfigError) as bad:
        set_value(config, "devices.printer.backend", "network")
    assert [str(p) for p in bad.value.problems] == [
        'devices.printer.network: required when backend = "network": add its [network] table'
    ]
    with pytest.raises(ConfigError) as unknown:
        set_value(config, "devices.printer.hots", "x")
    assert unknown.value.problems[0].path == "devices.printer.hots"
    with pytest.raises(ConfigError) as missing:
        set_value(config, "services[9].prefix", "Z")
    assert str(missing.value.problems[0]) == "services[9]: no such item"


def test_save_round_trips_and_keeps_a_backup(tmp_path: Path, config: KioskConfig) -> None:
    path = tmp_path / "kiosk.toml"
    save_config(config, path)
    changed = set_value(config, "ui.idle_timeout_s", 90)
    save_config(changed, path)
    assert load_config(path) == changed
    assert load_config(path.with_name("kiosk.toml.bak")) == config
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_config_set_starts_from_the_demo_when_no_file(tmp_path: Path) -> None:
    location = resolve_config_path(None, tmp_path, {})
    changed = set_and_save(location, "services[0].prefix", "Q")
    assert (
        tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))["services"][0]["prefix"] == "Q"
    )
    assert len(changed.services) == 4  # the demo's services came along


def test_failure_between_write_and_rename_leaves_the_old_file(
    tmp_path: Path, config: KioskConfig
) -> None:
    path = tmp_path / "kiosk.toml"
    save_config(config, path)
    before = path.read_bytes()

    def power_cut(tmp: Path) -> None:
        assert tmp.read_bytes() != before  # the new text is fully written, not yet renamed
        raise OSError("power cut")

    with pytest.raises(OSError, match="power cut"):
        save_config(set_value(config, "ui.idle_timeout_s", 99), path, before_replace=power_cut)
    assert path.read_bytes() == before
    assert load_config(path) == config
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


_CHILD = """
import os, signal, sys
from pathlib import Path
from kiosk.config import load_config
from kiosk.config.edit import save_config, set_value
path = Path(sys.argv[1])
config = set_value(load_config(path), "ui.idle_timeout_s", 77)
def die(tmp):
    os.kill(os.getpid(), signal.SIGKILL)
save_config(config, path, before_replace=die)
"""


def test_process_killed_mid_save_leaves_a_loadable_config(
    tmp_path: Path, config: KioskConfig
) -> None:
    path = tmp_path / "kiosk.toml"
    save_config(config, path)
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL
    assert load_config(path) == config  # the old file, whole
    # A stale temporary file may remain; it never replaces the config.
    assert all(p.name.startswith(".") for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
    os.sync()


def test_redaction_removes_pin_hash_and_database_password(config: KioskConfig) -> None:
    config = set_value(config, "technician.pin_hash", hash_pin("482916"))
    config = set_value(config, "storage.database_url", "postgresql://kiosk:s3cr3t@db/kiosk")
    data = redacted_data(config)
    assert "pin_hash" not in data["technician"]
    text = redacted_toml(config)
    assert "s3cr3t" not in text and "scrypt" not in text
    assert "postgresql://kiosk:***@db/kiosk" in text


def test_field_specs_describe_the_schema() -> None:
    from kiosk.config import PrinterConfig, UIConfig

    specs = {s.name: s for s in field_specs(UIConfig, "ui")}
    assert specs["language"].kind == "choice" and specs["language"].choices == (
        "ko",
        "en",
        "zh",
        "vi",
    )
    assert specs["fullscreen"].kind == "bool"
    idle = specs["idle_timeout_s"]
    assert (idle.kind, idle.minimum, idle.maximum, idle.key) == (
        "int",
        30,
        600,
        "ui.idle_timeout_s",
    )
    printer = {s.name: s for s in field_specs(PrinterConfig, "devices.printer")}
    assert printer["network"].kind == "table" and printer["network"].optional
    assert printer["job_timeout_s"].exclusive_min
