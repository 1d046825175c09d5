"""``kiosk config set`` as docs/deployment.md section 3 runs it: the real command on a
file started from the embedded demo, read back by ``kiosk config validate``."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.config.edit import ConfigLocation, set_and_save
from kiosk.config.paths import MAX_CONFIG_BYTES
from tests.support.cli import kiosk


def _embedded_file(path: Path) -> str:
    """``install -m 0600 /dev/null FILE`` then ``k config show --embedded > FILE``."""
    path.touch(mode=0o600)
    shown = kiosk("config", "show", "--embedded")
    assert shown.returncode == 0, shown.stderr
    path.write_text(shown.stdout, encoding="utf-8")
    return shown.stdout


def _set(key: str, value: str) -> None:
    result = kiosk("config", "set", key, value)
    assert result.returncode == 0, result.stderr


def test_the_deployment_steps_change_three_lines_of_the_embedded_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "kiosk.toml"
    embedded = _embedded_file(config)
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    _set("center.name.ko", "사랑동 행정복지센터")
    _set("center.kiosk_id", "lobby-1")
    _set("storage.database_url", "postgresql+psycopg://kiosk:pw@192.168.10.2/kiosk")

    # The three values, changed where they are written, and not a byte else.
    expected = embedded
    for old, new in (
        ('{ ko = "행복동 행정복지센터",', '{ ko = "사랑동 행정복지센터",'),
        ('kiosk_id = "kiosk-1"', 'kiosk_id = "lobby-1"'),
        ('database_url = ""', 'database_url = "postgresql+psycopg://kiosk:pw@192.168.10.2/kiosk"'),
    ):
        assert expected.count(old) == 1
        expected = expected.replace(old, new)
    text = config.read_text(encoding="utf-8")
    assert text == expected
    assert "\n[[documents]]\n" not in text  # the catalogue stays in documents.toml
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    checked = kiosk("config", "validate", str(config))
    assert checked.returncode == 0, checked.stderr


def test_a_set_the_kiosk_could_not_read_back_is_refused_and_nothing_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "kiosk.toml"
    _embedded_file(config)
    # As eight `config set` of 120 KB names leave it.
    set_and_save(ConfigLocation(config, config, "argument"), "center.name.en", "x" * 960_000)
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    before = config.read_bytes()

    result = kiosk("config", "set", "center.name.ko", "가" * 40_000)  # 120 KB

    assert result.returncode == 2
    assert result.stderr == (
        f"kiosk config: {config}: center.name.ko: "
        f"file is larger than {MAX_CONFIG_BYTES // 1024} KiB; a config file is a few KB\n"
    )
    assert config.read_bytes() == before
    # The kiosk still reads the file, and the command still changes it.
    assert kiosk("config", "validate", str(config)).returncode == 0
    _set("center.name.en", "Haengbok-dong Community Center")
    assert config.stat().st_size < 20_000


def test_a_linked_config_stays_a_link_and_its_file_is_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "shared").mkdir()
    real = tmp_path / "shared" / "real.toml"
    _embedded_file(real)
    (tmp_path / "etc").mkdir()
    link = tmp_path / "etc" / "kiosk.toml"
    link.symlink_to("../shared/real.toml")
    monkeypatch.setenv("KIOSK_CONFIG", str(link))

    _set("center.kiosk_id", "lobby-1")

    assert link.is_symlink() and os.readlink(link) == "../shared/real.toml"
    assert 'kiosk_id = "lobby-1"' in real.read_text(encoding="utf-8")
    shown = kiosk("config", "show", "--json")
    assert '"kiosk_id": "lobby-1"' in shown.stdout
