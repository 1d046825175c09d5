"""The kiosk commands refuse, on one line, what would lose or invent a technician's data.

``demo`` and ``audit-a11y`` write only in a folder of their own; ``keys
export`` never makes a key; the commands that read or repair a kiosk's
database do not make an empty one in a mistyped data folder; bad arguments
are refused before any work starts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import ROOT
from ui.app.cli import build_parser, main


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    [line] = captured.err.strip().splitlines()
    return line


def test_demo_refuses_a_folder_it_did_not_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "residents.csv").write_text("kept", encoding="utf-8")
    (tmp_path / "screens").mkdir()
    (tmp_path / "notes.txt").write_text("kept", encoding="utf-8")
    assert main(["demo", "--out", str(tmp_path)]) == 2
    assert _one_line(capsys) == (
        f"kiosk demo: --out {tmp_path}: holds files this command did not write; "
        "give a new or empty folder"
    )
    assert (tmp_path / "data" / "residents.csv").read_text(encoding="utf-8") == "kept"
    assert (tmp_path / "screens").is_dir() and (tmp_path / "notes.txt").exists()


@pytest.mark.parametrize("command", ["demo", "audit-a11y"])
def test_a_scratch_command_refuses_a_file_as_its_folder(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a_file = tmp_path / "afile"
    a_file.write_text("kept", encoding="utf-8")
    assert main([command, "--out", str(a_file)]) == 2
    assert _one_line(capsys) == f"kiosk {command}: --out {a_file}: not a folder"
    assert a_file.read_text(encoding="utf-8") == "kept"


def test_demo_replaces_its_own_earlier_output(tmp_path: Path) -> None:
    from ui.app.commands import prepare_out
    from ui.app.commands.demo import WRITTEN

    for folder in ("data", "screens", "printouts"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "old").write_text("", encoding="utf-8")
    (tmp_path / "journal.jsonl").write_text("{}\n", encoding="utf-8")
    args = argparse.Namespace(command="demo", out=tmp_path)
    assert prepare_out(args, WRITTEN, sign="journal.jsonl", replaced=("data", "screens")) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.jsonl", "printouts"]


@pytest.mark.parametrize(
    ("option", "value"), [("--language", "xx"), ("--theme", "bogus")], ids=["language", "theme"]
)
def test_audit_refuses_an_unknown_language_or_look_before_it_starts(
    option: str, value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["audit-a11y", "--out", str(tmp_path / "a11y"), option, value])
    assert exited.value.code == 2
    assert f"argument {option}: invalid choice: '{value}'" in capsys.readouterr().err
    assert not (tmp_path / "a11y").exists()


def test_the_audits_looks_are_the_ones_it_measures() -> None:
    from kiosk.i18n import LANGUAGES
    from tools.a11y import audit
    from tools.a11y.display import LOOK
    from ui.app.commands.audit import THEMES

    assert set(THEMES) == {*audit.VARIANTS, LOOK}
    assert audit.LANGUAGES == LANGUAGES


def test_keys_export_never_makes_a_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.certificates.signing import KioskSigner

    wrong = tmp_path / "not-the-kiosk"
    assert main(["keys", "export", "--data-dir", str(wrong)]) == 2
    line = _one_line(capsys)
    assert line.startswith(f"kiosk keys: no signing key at {wrong}")
    assert "is --data-dir the kiosk's data folder?" in line
    assert not wrong.exists()
    KioskSigner.load_or_create(tmp_path)  # as the kiosk does on its first run
    assert main(["keys", "export", "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("-----BEGIN PUBLIC KEY-----")
    # Written over the private key, the public one would end all signing.
    private = tmp_path / "keys" / "signing-ed25519.pem"
    before = private.read_bytes()
    assert main(["keys", "export", "--data-dir", str(tmp_path), "--out", str(private)]) == 2
    assert _one_line(capsys) == f"kiosk keys: --out {private}: not in the kiosk's keys folder"
    assert private.read_bytes() == before
    KioskSigner.load(tmp_path)  # still the kiosk's key


@pytest.mark.parametrize(
    "argv",
    [
        ["stats", "--from", "2026-01-01", "--to", "2026-01-02"],
        ["queue", "clock"],
        ["queue", "recover"],
        ["keys", "check"],
    ],
    ids=" ".join,
)
def test_a_data_folder_without_a_database_is_refused_not_filled(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "mistyped"
    assert main([*argv, "--data-dir", str(data_dir)]) == 3
    assert _one_line(capsys) == (
        f"kiosk {argv[0]}: no database at {data_dir / 'kiosk.sqlite3'}: "
        "is --data-dir the kiosk's data folder?"
    )
    assert not data_dir.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["--only", "bogus"],
        ["--only", "startup,bogus"],
        ["--starts", "0"],
        ["--taps", "-1"],
        ["--soak", "0"],
    ],
    ids=" ".join,
)
def test_bench_refuses_a_group_or_count_it_cannot_run(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["bench", *argv])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {argv[0]}: " in err and "Traceback" not in err


def test_bench_takes_groups_comma_separated_or_repeated() -> None:
    parser = build_parser()
    args = parser.parse_args(["bench", "--only", "startup,tap", "--only", "card"])
    assert args.only == ["startup", "tap", "card"]


def test_set_pin_without_a_terminal_says_to_use_pin_stdin(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    done = subprocess.run(
        [sys.executable, "-m", "ui.app.cli", "tech", "set-pin", "--data-dir", str(tmp_path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={
            k: v for k, v in os.environ.items() if k not in ("PYTEST_CURRENT_TEST", "KIOSK_CONFIG")
        },
        start_new_session=True,  # no controlling terminal, as under cron or a script
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "kiosk tech: no terminal to type the PIN on: give it on standard input with "
        "--pin-stdin; nothing changed"
    )
    assert not config.exists()
