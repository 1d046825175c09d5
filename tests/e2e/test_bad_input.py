"""Hostile input to the real ``kiosk`` process: exit 2 with one line naming the file, never a traceback.

Each case runs the command in a subprocess with a timeout, so a hang (a
FIFO nobody writes to) fails the test instead of stalling the suite.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config
from tests.support import bad_inputs
from tests.support.cli import kiosk

TIMEOUT_S = 60


def _one_clear_line(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for text in expected:
        assert text in lines[0], (text, lines[0])
    return lines[0]


@pytest.mark.parametrize("command", [("config", "validate"), ("run", "--config")])
def test_deeply_nested_toml_is_one_line_with_its_key(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    deep = bad_inputs.deep_toml(tmp_path)
    extra = ("--data-dir", str(tmp_path)) if command[0] == "run" else ()
    line = _one_clear_line(kiosk(*command, str(deep), *extra, timeout=TIMEOUT_S), str(deep))
    assert line == f"kiosk {command[0]}: {deep}: a: nested more than 32 levels deep (line 1)"


def test_a_deep_value_given_to_config_set_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(kiosk("config", "show", "--embedded").stdout, encoding="utf-8")
    value = "[" * 5000 + "]" * 5000
    result = kiosk("config", "set", "ui.language", value, "--config", str(config))
    _one_clear_line(result, "nested more than")


def test_nesting_by_dotted_keys_names_the_key_path(tmp_path: Path) -> None:
    dotted = bad_inputs.deep_dotted_toml(tmp_path)
    line = _one_clear_line(kiosk("config", "validate", str(dotted)), str(dotted), "ui.x.x.x")
    assert line.endswith("nested more than 32 levels deep")


@pytest.mark.parametrize("command", [("config", "validate"), ("run", "--config")])
def test_a_fifo_config_is_refused_without_hanging(tmp_path: Path, command: tuple[str, ...]) -> None:
    pipe = bad_inputs.fifo(tmp_path)
    extra = ("--data-dir", str(tmp_path)) if command[0] == "run" else ()
    result = kiosk(*command, str(pipe), *extra, timeout=TIMEOUT_S)
    _one_clear_line(result, str(pipe), "not a regular file")


@pytest.mark.parametrize("command", [("config", "validate"), ("run", "--config")])
def test_dev_zero_as_config_is_refused_before_reading(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    extra = ("--data-dir", str(tmp_path)) if command[0] == "run" else ()
    result = kiosk(*command, "/dev/zero", *extra, timeout=TIMEOUT_S)
    _one_clear_line(result, "/dev/zero", "not a regular file")


def test_config_show_and_set_refuse_a_fifo(tmp_path: Path) -> None:
    pipe = bad_inputs.fifo(tmp_path)
    shown = kiosk("config", "show", "--config", str(pipe), timeout=TIMEOUT_S)
    _one_clear_line(shown, str(pipe), "not a regular file")
    changed = kiosk(
        "config", "set", "ui.language", '"en"', "--config", str(pipe), timeout=TIMEOUT_S
    )
    _one_clear_line(changed, str(pipe), "not a regular file")


def test_a_huge_config_is_refused_with_its_size(tmp_path: Path) -> None:
    huge = bad_inputs.huge_file(tmp_path)
    _one_clear_line(kiosk("config", "validate", str(huge)), str(huge), "larger than 1024 KiB")


def test_brackets_inside_strings_and_comments_are_not_nesting(tmp_path: Path) -> None:
    # A centre whose name is decorated with brackets still loads: only real
    # tables and arrays count towards the depth limit.
    from kiosk.config import default_config_text

    decorated = default_config_text() + "\n# " + "[" * 100 + "\n"
    text = decorated.replace('ko = "', 'ko = "' + "[{" * 40, 1)
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    assert "[{" * 40 in text and config.services


def test_load_config_refuses_a_fifo_as_a_config_error(tmp_path: Path) -> None:
    pipe = bad_inputs.fifo(tmp_path)
    with pytest.raises(ConfigError) as info:
        load_config(pipe)
    assert str(info.value) == (
        f"{pipe}: not a regular file (a folder, FIFO or device); refusing to read it"
    )


@pytest.mark.parametrize("size", [(30_000, 30_000), (12_000, 9_000)])
def test_verify_refuses_a_png_bomb_in_one_line(tmp_path: Path, size: tuple[int, int]) -> None:
    # 30000x30000 is past Pillow's error limit; 12000x9000 is where Pillow
    # only warned and then unpacked 108 million pixels.
    bomb = bad_inputs.png_bomb(tmp_path, *size)
    result = kiosk("verify", str(bomb), "--data-dir", str(tmp_path), timeout=TIMEOUT_S)
    _one_clear_line(result, str(bomb), "picture too large")


def test_verify_refuses_a_fifo_and_a_device(tmp_path: Path) -> None:
    pipe = bad_inputs.fifo(tmp_path, "printout.png")
    result = kiosk("verify", str(pipe), "--data-dir", str(tmp_path), timeout=TIMEOUT_S)
    _one_clear_line(result, str(pipe), "not a regular file")
    key = kiosk("verify", "KC1.x", "--public-key", "/dev/zero", timeout=TIMEOUT_S)
    _one_clear_line(key, "/dev/zero", "not a regular file")


def test_verify_names_a_damaged_png(tmp_path: Path) -> None:
    damaged = tmp_path / "printout.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + b"junk" * 100)
    result = kiosk("verify", str(damaged), "--data-dir", str(tmp_path), timeout=TIMEOUT_S)
    _one_clear_line(result, str(damaged), "damaged picture")


@pytest.mark.parametrize(
    ("command", "option"), [(("keys", "export"), "--out"), (("run",), "--journal")]
)
def test_a_file_to_write_in_a_missing_folder_is_named(
    tmp_path: Path, command: tuple[str, ...], option: str
) -> None:
    target = tmp_path / "no-such-folder" / "file"
    result = kiosk(*command, option, str(target), "--data-dir", str(tmp_path), timeout=TIMEOUT_S)
    line = _one_clear_line(result, str(target))
    assert line == f"kiosk {command[0]}: {option} {target}: No such file or directory"
    assert not target.exists()
