"""Saving a changed config (kiosk/config/edit.py): the file stays as it was written
but for the keys changed, and is never one the kiosk would refuse to read back."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from kiosk.config import ConfigError, KioskConfig, default_config_text, load_config
from kiosk.config.edit import (
    ConfigLocation,
    SettingsStore,
    config_data,
    set_and_save,
    update_config,
)
from kiosk.config.load import parse_config
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


# The devices as some technicians write them: one [devices] table with dotted keys.
DOTTED_DEVICES = DEMO.replace(
    '[devices.printer]\nbackend = "mock"\n\n[devices.printer.profile]\n'
    'paper_width_mm = 80\nkorean_mode = "native"\nqr_mode = "native"\ncut = "partial"\n\n'
    '[devices.card_reader]\nbackend = "mock"\n',
    '[devices]\nprinter.backend = "mock"\ncard_reader.backend = "mock"\n',
)


def test_a_key_new_to_a_table_of_dotted_keys_is_written_as_one_of_them(tmp_path: Path) -> None:
    assert DOTTED_DEVICES != DEMO
    path = tmp_path / "kiosk.toml"
    path.write_text(DOTTED_DEVICES, "utf-8")

    set_and_save(_at(path), "devices.card_reader.passive_auth.test_cards", True)
    set_and_save(_at(path), "devices.printer.network.host", "10.0.0.5")

    assert _changed_lines(DOTTED_DEVICES, path.read_text("utf-8")) == [
        '+ printer.network.host = "10.0.0.5"',
        "+ card_reader.passive_auth.test_cards = true",
    ]
    devices = load_config(path).devices
    assert devices.card_reader.passive_auth.test_cards
    assert devices.printer.network is not None and devices.printer.network.host == "10.0.0.5"


# A technician's note on one course: tomlkit keeps it at the end of the course before.
CALLIGRAPHY_NOTE = "# Calligraphy: the teacher brings the ink.\n"
COMMENTED = DEMO.replace(
    '[[programmes.courses]]\nid = "calligraphy"',
    CALLIGRAPHY_NOTE + '[[programmes.courses]]\nid = "calligraphy"',
)


def _without(path: Path, section: str, name: str, item_id: str) -> None:
    def remove(config: KioskConfig) -> KioskConfig:
        data = config_data(config)
        items = data[section][name]
        data[section][name] = [item for item in items if item["id"] != item_id]
        return parse_config(data)

    update_config(_at(path), remove)


def test_removing_the_first_course_removes_its_table_and_keeps_the_others_comments(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(COMMENTED, "utf-8")

    _without(path, "programmes", "courses", "yoga")

    # The yoga table goes; the note stays above calligraphy, the others are untouched.
    yoga = COMMENTED.index('[[programmes.courses]]\nid = "yoga"')
    assert (
        path.read_text("utf-8") == COMMENTED[:yoga] + COMMENTED[COMMENTED.index(CALLIGRAPHY_NOTE) :]
    )
    assert [c.id for c in load_config(path).programmes.courses] == [
        "calligraphy",
        "smartphone",
        "singing",
    ]


def test_removing_a_course_removes_the_comment_above_it(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(COMMENTED, "utf-8")

    _without(path, "programmes", "courses", "calligraphy")

    start = COMMENTED.index("\n" + CALLIGRAPHY_NOTE) + 1
    end = COMMENTED.index('[[programmes.courses]]\nid = "smartphone"')
    assert path.read_text("utf-8") == COMMENTED[:start] + COMMENTED[end:]


def test_removing_the_last_poll_keeps_the_comment_above_the_next_section(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(COMMENTED, "utf-8")

    _without(path, "participation", "polls", "programme-survey")

    start = COMMENTED.index('[[participation.polls]]\nid = "programme-survey"')
    end = COMMENTED.index("# Programme registration (자치회관 강좌)")
    assert path.read_text("utf-8") == COMMENTED[:start] + COMMENTED[end:]
    assert [p.id for p in load_config(path).participation.polls] == ["budget-2027"]


def test_removing_every_poll_keeps_the_comment_above_the_next_section(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(DEMO, "utf-8")

    _without(path, "participation", "polls", "budget-2027")
    _without(path, "participation", "polls", "programme-survey")

    # tomlkit writes the emptied list at the top of its table.
    start = DEMO.index("[[participation.polls]]")
    end = DEMO.index("# Programme registration (자치회관 강좌)")
    expected = DEMO[:start] + DEMO[end:]
    expected = expected.replace("[participation]\n", "[participation]\npolls = []\n", 1)
    assert path.read_text("utf-8") == expected
    assert load_config(path).participation.polls == []
