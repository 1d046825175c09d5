"""Saving a changed config (kiosk/config/edit.py): the file stays as it was written
but for the keys changed, and is never one the kiosk would refuse to read back."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from kiosk.config import ConfigError, default_config_text, load_config
from kiosk.config.edit import ConfigLocation, SettingsStore, set_and_save
from kiosk.config.paths import MAX_CONFIG_BYTES

DEMO = default_config_text()
DEMO_NAME = "행복동 행정복지센터"


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """``kiosk config show --embedded > kiosk.toml``: where docs/deployment.md section 3 starts."""
    path = tmp_path / "kiosk.toml"
    path.write_text(DEMO, "utf-8")
    return path


def _at(path: Path) -> ConfigLocation:
    return ConfigLocation(path, path, "argument")


def _changed_lines(before: str, after: str) -> list[str]:
    """The lines removed (``-``) and added (``+``), as ``diff`` shows them."""
    diff = difflib.ndiff(before.splitlines(), after.splitlines())
    return [line for line in diff if line.startswith(("- ", "+ "))]


def test_a_set_changes_its_line_and_nothing_else(demo_file: Path) -> None:
    set_and_save(_at(demo_file), "center.kiosk_id", "lobby-1")
    set_and_save(_at(demo_file), "center.name.ko", "사랑동 행정복지센터")
    set_and_save(_at(demo_file), "ui.idle_timeout_s", 90)
    text = demo_file.read_text("utf-8")
    assert _changed_lines(DEMO, text) == [
        '- kiosk_id = "kiosk-1"',
        '+ kiosk_id = "lobby-1"',
        f'- name = {{ ko = "{DEMO_NAME}", en = "Haengbok-dong Community Center", '
        'zh = "幸福洞行政福利中心", vi = "Trung tâm Hành chính Phúc lợi Haengbok-dong" }',
        '+ name = { ko = "사랑동 행정복지센터", en = "Haengbok-dong Community Center", '
        'zh = "幸福洞行政福利中心", vi = "Trung tâm Hành chính Phúc lợi Haengbok-dong" }',
        "- idle_timeout_s = 60",
        "+ idle_timeout_s = 90",
    ]
    # The catalogue is still the one documents.toml holds, not a copy that would drift.
    assert "\n[[documents]]\n" not in text and "\n[[exemptions]]\n" not in text
    assert "It is written down once,\n# in the kiosk's documents.toml" in text


def test_a_new_table_gets_the_key_set_and_no_defaults(demo_file: Path) -> None:
    set_and_save(_at(demo_file), "devices.printer.network.host", "10.0.0.5")
    assert _changed_lines(DEMO, demo_file.read_text("utf-8")) == [
        "+ ",
        "+ [devices.printer.network]",
        '+ host = "10.0.0.5"',
    ]
    network = load_config(demo_file).devices.printer.network
    assert network is not None and network.port == 9100  # the default, left to the schema


def test_a_technicians_save_keeps_the_comment_beside_the_value(demo_file: Path) -> None:
    demo_file.write_text(
        DEMO.replace("idle_timeout_s = 60", "idle_timeout_s = 60  # a busy lobby"), "utf-8"
    )
    SettingsStore(_at(demo_file)).set("ui.idle_timeout_s", 120)
    text = demo_file.read_text("utf-8")
    assert "idle_timeout_s = 120  # a busy lobby" in text
    assert text.count("\n#") == DEMO.count("\n#")


def test_the_largest_file_the_kiosk_reads_is_saved_and_one_byte_more_is_refused(
    demo_file: Path,
) -> None:
    room = MAX_CONFIG_BYTES - len(DEMO.encode("utf-8")) + len(DEMO_NAME.encode("utf-8"))
    set_and_save(_at(demo_file), "center.name.ko", "x" * room)
    assert demo_file.stat().st_size == MAX_CONFIG_BYTES
    assert load_config(demo_file).center.name.ko == "x" * room
    before = demo_file.read_bytes()
    backup = demo_file.with_name("kiosk.toml.bak").read_bytes()

    with pytest.raises(ConfigError) as refused:
        set_and_save(_at(demo_file), "center.name.ko", "x" * (room + 1))
    assert str(refused.value) == (
        f"{demo_file}: center.name.ko: file is larger than 1024 KiB; a config file is a few KB"
    )
    # Nothing written: the file and its backup are as they were, and the kiosk still reads it.
    assert demo_file.read_bytes() == before
    assert demo_file.with_name("kiosk.toml.bak").read_bytes() == backup
    assert load_config(demo_file).center.name.ko == "x" * room


def test_a_config_that_is_a_link_stays_a_link_to_the_changed_file(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "real.toml"
    real.write_text(DEMO, "utf-8")
    real.chmod(0o640)
    etc = tmp_path / "etc"
    etc.mkdir()
    link = etc / "kiosk.toml"
    link.symlink_to("../shared/real.toml")

    set_and_save(_at(link), "center.kiosk_id", "lobby-1")

    assert link.is_symlink() and os.readlink(link) == "../shared/real.toml"
    assert _changed_lines(DEMO, real.read_text("utf-8")) == [
        '- kiosk_id = "kiosk-1"',
        '+ kiosk_id = "lobby-1"',
    ]
    assert real.stat().st_mode & 0o777 == 0o640
    # The backup and the lock are beside the file itself; nothing beside the link.
    assert (shared / "real.toml.bak").read_text("utf-8") == DEMO
    assert sorted(p.name for p in shared.iterdir()) == [
        "real.toml",
        "real.toml.bak",
        "real.toml.lock",
    ]
    assert [p.name for p in etc.iterdir()] == ["kiosk.toml"]
