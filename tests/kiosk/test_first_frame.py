"""The home snapshot the first frame is painted from (kiosk/first_frame.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kiosk.config
from kiosk import first_frame
from kiosk.clock import FakeClock
from kiosk.config import default_config, default_config_text, load_config
from kiosk.first_frame import (
    FILE_NAME,
    FirstFrame,
    HomeSnapshot,
    fingerprint,
    load_snapshot,
    save_snapshot,
)

# A centre of its own: two services (one disabled), English and high contrast by default.
CONFIG = """
schema_version = 1
[center]
name = { ko = "별빛동 주민센터", en = "Byeolbit-dong Center" }
timezone = "Asia/Seoul"
[screen]
width_px = 800
height_px = 1280
pixel_pitch_mm = 0.2
mounting_height_mm = 900
[ui]
language = "en"
theme = "high_contrast"
[[services]]
id = "general"
names = { ko = "민원", vi = "Dân sự" }
prefix = "A"
priority_allowed = false
[[services]]
id = "welfare"
names = { ko = "복지" }
prefix = "B"
enabled = false
"""


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_the_snapshot_carries_what_home_shows(config_file: Path, tmp_path: Path) -> None:
    config = load_config(config_file)
    data = tmp_path / "data"
    key = fingerprint(config_file)
    assert save_snapshot(data, key, config)
    snap = load_snapshot(data, key)
    assert snap is not None
    assert snap.center.name.get("ko") == "별빛동 주민센터"
    assert snap.center.name.get("en") == "Byeolbit-dong Center"
    assert snap.center.name.get("zh") == "별빛동 주민센터"  # Korean stands in, as in the schema
    assert snap.center.timezone == "Asia/Seoul"
    assert [s.id for s in snap.enabled_services] == ["general"]  # the disabled one is not shown
    general = snap.enabled_services[0]
    assert general.names.get("vi") == "Dân sự" and general.names.get("en") == "민원"
    assert general.priority_allowed is False
    assert len(snap.enabled_documents) == len(config.enabled_documents)
    assert (snap.ui.language, snap.ui.theme) == ("en", "high_contrast")
    assert (snap.screen.width_px, snap.screen.height_px) == (800, 1280)
    # Millimetres become the same pixels as with the validated config.
    for mm in (0.1, 2.5, 12, 40, 299.9):
        assert snap.screen.px(mm) == config.screen.px(mm)
    # The session the first frame starts from is the one the flow starts from.
    first = FirstFrame(snap, FakeClock())
    assert (first.session.language, first.session.theme) == ("en", "high_contrast")


def test_the_embedded_config_round_trips() -> None:
    config = default_config()
    snap = HomeSnapshot.from_json(
        json.loads(json.dumps(HomeSnapshot.from_config(config).to_json()))
    )
    assert [s.id for s in snap.enabled_services] == [s.id for s in config.enabled_services]
    assert len(snap.enabled_documents) == len(config.enabled_documents) > 0
    for language in ("ko", "en", "zh", "vi"):
        assert snap.center.name.get(language) == config.center.name.get(language)
        for mine, theirs in zip(snap.enabled_services, config.enabled_services, strict=True):
            assert mine.names.get(language) == theirs.names.get(language)


def test_a_changed_config_or_code_is_not_painted_from_the_old_snapshot(
    config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    assert save_snapshot(data, fingerprint(config_file), load_config(config_file))
    assert load_snapshot(data, fingerprint(config_file)) is not None
    config_file.write_text(CONFIG.replace("별빛동", "달빛동"), encoding="utf-8")
    assert load_snapshot(data, fingerprint(config_file)) is None
    # The embedded config has a key of its own.
    assert fingerprint(None) not in (None, fingerprint(config_file))
    # The schema is among the code the key covers; new code (an upgrade, an
    # edit) reads configs anew.
    assert Path(kiosk.config.__file__) in first_frame._CODE
    schema = tmp_path / "config.py"
    schema.write_text("# the schema\n", encoding="utf-8")
    monkeypatch.setattr(first_frame, "_CODE", (schema,))
    assert save_snapshot(data, fingerprint(None), default_config())
    assert load_snapshot(data, fingerprint(None)) is not None
    stat = schema.stat()
    os.utime(schema, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert load_snapshot(data, fingerprint(None)) is None


def test_a_config_that_cannot_be_read_has_no_snapshot(tmp_path: Path) -> None:
    assert fingerprint(tmp_path / "missing.toml") is None
    assert load_snapshot(tmp_path, None) is None
    assert not save_snapshot(tmp_path, None, default_config())


KEY = fingerprint(None)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe not json",
        b"[1, 2]",
        json.dumps({"key": KEY}).encode(),
        json.dumps({"key": KEY, "home": {"center": {}}}).encode(),
        # Looks whole, but the panel has no size.
        json.dumps(
            {
                "key": KEY,
                "home": {
                    **HomeSnapshot.from_config(default_config()).to_json(),
                    "screen": [0, 0, 0.2, 0],
                },
            }
        ).encode(),
        # A service without a Korean name.
        json.dumps(
            {
                "key": KEY,
                "home": {
                    **HomeSnapshot.from_config(default_config()).to_json(),
                    "services": [{"id": "x", "names": {"en": "X"}, "priority": False}],
                },
            }
        ).encode(),
    ],
)
def test_a_damaged_snapshot_is_ignored(tmp_path: Path, content: bytes) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)
    assert load_snapshot(tmp_path, KEY) is None


def test_an_unwritable_data_folder_only_costs_the_snapshot(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    assert not save_snapshot(blocker / "data", fingerprint(None), default_config())


def test_saving_the_same_snapshot_again_leaves_the_file_alone(tmp_path: Path) -> None:
    key = fingerprint(None)
    assert save_snapshot(tmp_path, key, default_config())
    stamp = (tmp_path / FILE_NAME).stat().st_mtime_ns
    os.utime(tmp_path / FILE_NAME, ns=(stamp - 10**9, stamp - 10**9))
    assert save_snapshot(tmp_path, key, default_config())
    assert (tmp_path / FILE_NAME).stat().st_mtime_ns == stamp - 10**9
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILE_NAME]  # no temporary files left


def test_the_first_frame_path_imports_no_schema() -> None:
    """What ``kiosk run`` imports before its first frame stays free of pydantic."""
    code = (
        "import sys\n"
        "from kiosk.first_frame import FirstFrame, fingerprint, load_snapshot\n"
        "from kiosk.config.paths import resolve_config_path\n"
        "heavy = sorted(m for m in ('pydantic', 'kiosk.config', 'kiosk.journeys.flow') if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_the_key_of_the_embedded_config_covers_the_file_it_is_read_from() -> None:
    # Without a config file the key rests on the code alone: the demo file
    # the embedded config is read from must be part of it.
    demo = next(path for path in first_frame._CODE if path.name == "demo.toml")
    assert demo.read_text(encoding="utf-8") == default_config_text()
    key = fingerprint(None)
    assert key is not None and key["config"] is None
    assert ["demo.toml", demo.stat().st_size, demo.stat().st_mtime_ns] in key["code"]


def test_the_snapshot_keeps_no_secret_of_the_config(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text(
        CONFIG + '\n[storage]\ndatabase_url = "postgresql+psycopg://kiosk:s3cret-pw@db/kiosk"\n',
        encoding="utf-8",
    )
    assert save_snapshot(tmp_path, fingerprint(config_file), load_config(config_file))
    stored = (tmp_path / FILE_NAME).read_text(encoding="utf-8")
    assert "s3cret-pw" not in stored and "postgresql" not in stored
    assert "별빛동 주민센터" in stored
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o077 == 0  # owner only, as the keys
