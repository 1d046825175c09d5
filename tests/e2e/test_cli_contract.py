"""Every ``kiosk`` command keeps the same contract: options spelt and explained
alike, one error prefix, and the exit-code table of the README.

| code | meaning |
| 0 | done / ok |
| 1 | a check ran and failed |
| 2 | usage or config error, nothing done |
| 3 | a device or service could not be reached |
"""

from __future__ import annotations

import argparse
import io
import json
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomli_w

from kiosk.config import default_config_text
from tests.support.cli import kiosk
from ui.app.cli import build_parser, main
from ui.app.commands import Progress

#: Commands that work on a scratch folder of their own (no --data-dir).
SCRATCH = {"demo", "audit-a11y"}
#: Commands that report, and so must be able to report as JSON.
REPORTING = {
    "printer status",
    "stats",
    "db current",
    "config show",
    "card read",
    "card readers",
    "devices list",
    "verify",
    "bench",
}


def _commands() -> Iterator[tuple[str, argparse.ArgumentParser]]:
    def walk(
        parser: argparse.ArgumentParser, prefix: str
    ) -> Iterator[tuple[str, argparse.ArgumentParser]]:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs and prefix:
            yield prefix, parser
        for action in subs:
            for name, child in action.choices.items():
                yield from walk(child, f"{prefix} {name}".strip())

    yield from walk(build_parser(), "")


def _options(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {
        (a.option_strings[-1] if a.option_strings else a.dest): a
        for a in parser._actions
        if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)
    }


COMMANDS = dict(_commands())


def test_every_option_says_what_it_does() -> None:
    silent = [
        f"{name} {option}"
        for name, parser in COMMANDS.items()
        for option, action in _options(parser).items()
        if not action.help
    ]
    assert silent == []


def test_config_and_data_dir_go_together_and_read_the_same() -> None:
    for name, parser in COMMANDS.items():
        options = _options(parser)
        if "--config" not in options or name in SCRATCH:
            continue
        assert "--data-dir" in options, name
        assert options["--config"].metavar == "FILE" and options["--data-dir"].metavar == "DIR", (
            name
        )
        assert "$KIOSK_CONFIG" in str(options["--config"].help), name


def test_reporting_commands_can_answer_in_json() -> None:
    missing = [name for name in sorted(REPORTING) if "--json" not in _options(COMMANDS[name])]
    assert missing == []


def test_version() -> None:
    done = kiosk("--version")
    assert done.returncode == 0 and done.stdout.startswith("kiosk 0.")


@pytest.fixture
def bad_config(tmp_path: Path) -> Path:
    path = tmp_path / "bad.toml"
    path.write_text('schema_version = 1\n[ui]\nlanguage = "fr"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["printer", "status"],
        ["printer", "test"],
        ["card", "readers"],
        ["stats", "--from", "2026-01-01", "--to", "2026-01-02"],
        ["queue", "clock"],
        ["queue", "recover"],
        ["db", "current"],
        ["db", "upgrade"],
        ["config", "show"],
        ["config", "set", "ui.theme", "standard"],
        ["tech", "set-pin", "--pin-stdin"],
    ],
    ids=" ".join,
)
def test_a_bad_config_is_exit_2_with_the_command_and_the_key(
    argv: list[str], bad_config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([*argv, "--config", str(bad_config), "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"kiosk {argv[0]}: ") and "ui.language" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["db", "current"],
        ["db", "upgrade"],
        ["stats", "--from", "2026-01-01", "--to", "2026-01-02"],
        ["queue", "clock"],
    ],
    ids=" ".join,
)
def test_a_database_that_does_not_answer_is_exit_3(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "kiosk.toml"
    # Port 9 (discard) on this machine: nothing listens, the connection is refused at once.
    data = tomllib.loads(default_config_text())
    data["storage"]["database_url"] = "postgresql+psycopg://kiosk@127.0.0.1:9/none"
    config.write_text(tomli_w.dumps(data), encoding="utf-8")
    code = main([*argv, "--config", str(config), "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 3, err
    assert err.startswith(f"kiosk {argv[0]}: ")


def test_a_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["stats", "--from", "yesterday", "--to", "2026-01-02"])
    assert exited.value.code == 2
    assert "not a date" in capsys.readouterr().err
    assert main(["stats", "--from", "2026-01-02", "--to", "2026-01-01"]) == 2


def test_config_show_says_which_file_it_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "show", "--data-dir", str(tmp_path)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"# embedded demo config (changes go to {tmp_path / 'kiosk.toml'})"
    assert main(["config", "show", "--json", "--data-dir", str(tmp_path)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["file"].startswith("embedded demo config")
    assert shown["config"]["schema_version"] == 1


def test_db_current_and_stats_answer_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade", "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["db", "current", "--json", "--data-dir", str(tmp_path)]) == 0
    current = json.loads(capsys.readouterr().out)
    assert current["up_to_date"] is True and current["revision"] == current["newest"]
    code = main(
        [
            "stats",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-02",
            "--json",
            "--data-dir",
            str(tmp_path),
        ]
    )
    assert code == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["from"] == "2026-01-01" and stats["rows"] == []


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    progress = Progress(3)
    progress.step("home")
    progress.step("ticket")
    assert terminal.getvalue().endswith("[2/3] ticket")
    progress.finish()
    assert terminal.getvalue().endswith("\r\x1b[K")
    quiet = Progress(3, json_output=True)
    quiet.step("home")
    monkeypatch.setattr("sys.stderr", io.StringIO())
    piped = Progress(3)
    piped.step("home")
    assert terminal.getvalue().count("home") == 1
