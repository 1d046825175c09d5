"""The ``kiosk`` console script as a real process: errors without tracebacks, the demo."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.support.cli import kiosk
from ui.demo.script import SCREENS


def test_config_validate_lists_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[services]]\nid = "general"\nnames = { ko = "민원" }\nprefix = "aa"\n'
        '[[services]]\nid = "x"\nnames = { ko = "y" }\nprefix = "B"\n'
        '[ui]\ntheme = "neon"\n',
        encoding="utf-8",
    )
    result = kiosk("config", "validate", str(bad))
    assert result.returncode == 2
    assert 'services[0].prefix: must be one uppercase letter A-Z, got "aa"' in result.stderr
    assert "ui.theme: must be one of 'standard' or 'high_contrast', got \"neon\"" in result.stderr
    assert "Traceback" not in result.stderr
    good = tmp_path / "good.toml"
    good.write_text(kiosk("config", "show", "--embedded").stdout, encoding="utf-8")
    assert kiosk("config", "validate", str(good)).returncode == 0


def test_run_refuses_invalid_config_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[ui]\nlanguage = 'fr'\n", encoding="utf-8")
    result = kiosk("run", "--config", str(bad), "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert str(bad) in result.stderr
    assert "ui.language: must be one of" in result.stderr
    assert "services: required, but missing" in result.stderr
    assert "Traceback" not in result.stderr
    missing = kiosk("run", "--config", str(tmp_path / "nope.toml"))
    assert missing.returncode == 2 and "cannot read file" in missing.stderr


def test_run_names_a_corrupt_database(tmp_path: Path) -> None:
    (tmp_path / "kiosk.sqlite3").write_bytes(b"garbage" * 1000)
    result = kiosk("run", "--data-dir", str(tmp_path))
    assert result.returncode == 3
    assert str(tmp_path / "kiosk.sqlite3") in result.stderr
    assert "Traceback" not in result.stderr


def test_resident_window_loads_no_storage_layer_before_first_frame() -> None:
    # docs/architecture.md: journeys import their stores inside their jobs,
    # so the first frame does not wait for SQLAlchemy or cryptography.
    probe = (
        "import sys, ui.app.compose, ui.resident.window\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'cryptography'}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.strip() == "[]"


def test_run_starts_and_paints_home(tmp_path: Path) -> None:
    result = kiosk("run", "--data-dir", str(tmp_path), "--bench-first-paint")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("FIRST_PAINT ")
    # The database is opened right after the first frame, not before it.
    assert not (tmp_path / "kiosk.sqlite3").exists()


def test_demo_writes_screens_printouts_and_journal(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = kiosk("demo", "--out", str(out), timeout=300)
    assert result.returncode == 0, result.stderr
    screens = sorted(p.name for p in (out / "screens").glob("*.png"))
    assert len(screens) == SCREENS  # the progress count is right
    assert result.stderr == ""  # no progress bar when nobody watches a terminal
    entries = [json.loads(line) for line in (out / "journal.jsonl").read_text().splitlines()]
    for name in (
        "01-home.png",
        "ticket-take",
        "print-error",
        "ticket-after-retry",
        "language",
        "ticket-vietnamese",
    ):
        assert any(name in s for s in screens), (name, screens)
    for png in (out / "screens").glob("*.png"):
        if png.stem.split("-", 1)[1].startswith(("counter", "display")):
            continue  # the staff terminal (and its tabs) and the lobby board have their own sizes
        with Image.open(png) as image:
            assert image.size == (1080, 1920)
    assert any(s.endswith("-counter.png") for s in screens)
    assert any(s.endswith("-display.png") for s in screens)
    announcements = [e for e in entries if e["kind"] == "announcement"]
    printouts = sorted((out / "printouts").glob("*.png"))
    assert len(printouts) >= 3
    for png in printouts:
        with Image.open(png) as image:
            assert image.size[0] == 576  # 80 mm paper
        assert png.with_suffix(".bin").read_bytes().startswith(b"\x1b@")
    kinds = {e["kind"] for e in entries}
    assert {"event", "state", "effect", "ticket_issued", "print_result", "screenshot"} <= kinds
    assert announcements and "창구로 오십시오" in announcements[0]["text"]
    failures = [e for e in entries if e["kind"] == "print_result" and not e["ok"]]
    assert failures and failures[0]["failure"] == "paper_out"


def test_config_validate_refuses_plain_http_records_to_another_host(tmp_path: Path) -> None:
    import tomllib

    import tomli_w

    data = tomllib.loads(kiosk("config", "show", "--embedded").stdout)
    data["records"] = {"backend": "http", "http": {"url": "http://records.example.go.kr/api"}}
    bad = tmp_path / "plain-http.toml"
    bad.write_text(tomli_w.dumps(data), encoding="utf-8")
    result = kiosk("config", "validate", str(bad))
    assert result.returncode == 2
    assert (
        "records.http.url: plain http:// would send residents' details unencrypted: use "
        "https:// (http:// is only for this computer, e.g. 127.0.0.1), got "
        '"http://records.example.go.kr/api"'
    ) in result.stderr
    assert "Traceback" not in result.stderr
    data["records"]["http"]["url"] = "https://records.example.go.kr/api"
    bad.write_text(tomli_w.dumps(data), encoding="utf-8")
    assert kiosk("config", "validate", str(bad)).returncode == 0


def test_tech_set_pin_leaves_the_config_readable_by_its_owner_only(tmp_path: Path) -> None:
    import stat
    import tomllib

    from kiosk.tech.auth import verify_pin

    config = tmp_path / "kiosk.toml"
    config.write_text(kiosk("config", "show", "--embedded").stdout, encoding="utf-8")
    config.chmod(0o644)  # as a text editor or an image build leaves it
    result = kiosk("tech", "set-pin", "--config", str(config), "--pin-stdin", input="482916\n")
    assert result.returncode == 0, result.stderr
    assert f"technician PIN set in {config}" in result.stdout
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    # The backup of the previous file is no more readable than the file.
    assert stat.S_IMODE((tmp_path / "kiosk.toml.bak").stat().st_mode) == 0o600
    stored = tomllib.loads(config.read_text(encoding="utf-8"))["technician"]["pin_hash"]
    assert verify_pin("482916", stored) and "482916" not in config.read_text(encoding="utf-8")
    # No temporary file is left beside it: the file was replaced in one rename
    # (the lock file that writers of the config take turns on stays, empty).
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kiosk.toml",
        "kiosk.toml.bak",
        "kiosk.toml.lock",
    ]
    assert (tmp_path / "kiosk.toml.lock").read_bytes() == b""


@pytest.mark.parametrize("command", [["run"], ["counter", "--counter", "1"], ["display"]])
def test_a_window_command_without_a_display_says_so_in_one_line(
    tmp_path: Path, command: list[str]
) -> None:
    done = kiosk(*command, "--data-dir", str(tmp_path), display=False, timeout=60)
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"kiosk {command[0]}: no display")
    assert "libxcb" not in done.stderr and "Traceback" not in done.stderr


def test_keys_check_tells_each_machine_whether_its_centre_key_is_the_centres(
    tmp_path: Path,
) -> None:
    from kiosk.centre.keys import PersonalDataKey, key_path
    from kiosk.centre.store import open_centre_key
    from kiosk.storage.database import open_database

    shared = tmp_path / "centre.sqlite3"
    config = tmp_path / "kiosk.toml"
    embedded = kiosk("config", "show", "--embedded").stdout
    config.write_text(
        embedded.replace('database_url = ""', f'database_url = "sqlite:///{shared}"'),
        encoding="utf-8",
    )

    def check(data_dir: Path) -> subprocess.CompletedProcess[str]:
        return kiosk("keys", "check", "--config", str(config), "--data-dir", str(data_dir))

    first, second = tmp_path / "first", tmp_path / "second"
    assert check(first).returncode == 3  # no database yet: none is made for the check
    assert not shared.exists()
    open_database(f"sqlite:///{shared}").dispose()  # as the first kiosk's first run does
    missing = check(second)
    assert missing.returncode == 1 and "copy it from the first kiosk" in missing.stderr
    PersonalDataKey.load_or_create(first)  # the first kiosk's key, nothing stored with it yet
    assert check(first).returncode == 0 and "will be the centre key" in check(first).stdout
    engine = open_database(f"sqlite:///{shared}")
    open_centre_key(engine, first)  # a centre service stores something
    engine.dispose()
    assert "is the centre key" in check(first).stdout
    PersonalDataKey.load_or_create(second)  # made its own instead of copying the first's
    different = check(second)
    assert different.returncode == 1
    assert "is not the centre key" in different.stderr and "Traceback" not in different.stderr
    key_path(second).write_bytes(key_path(first).read_bytes())
    assert check(second).returncode == 0
