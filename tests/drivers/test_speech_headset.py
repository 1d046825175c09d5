"""Headset detection from canned ``pactl`` and ``amixer`` output, and the three config modes."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from drivers.speech.headset import (
    HeadsetWatch,
    detect_headset,
    is_private,
    private_speech,
    route_to_headset,
)

_PACTL = """Sink #0
\tState: RUNNING
\tName: alsa_output.pci-0000_00_1f.3.analog-stereo
\tProperties:
\t\tdevice.bus_path = "pci-0000:00:1f.3"
\tPorts:
\t\tanalog-output-speaker: Speakers (type: Speaker, priority: 10000, availability unknown)
\t\tanalog-output-headphones: Headphones (type: Headphones, priority: 9900, {hp})
\tActive Port: {active}
\tFormats:
\t\tpcm
"""

_AMIXER = """numid=1,iface=CARD,name='Headphone Jack'
  ; type=BOOLEAN,access=r-------,values=1
  : values={value}
numid=2,iface=CARD,name='Mic Jack'
  ; type=BOOLEAN,access=r-------,values=1
  : values=off
"""


class FakeSystem:
    def __init__(self, outputs: dict[str, str]) -> None:
        self.outputs = outputs
        self.commands: list[list[str]] = []

    def __call__(self, args: Sequence[str]) -> str:
        self.commands.append(list(args))
        if args[0] not in self.outputs:
            raise FileNotFoundError(args[0])
        return self.outputs[args[0]]


def _pactl(active: str, hp: str) -> str:
    return _PACTL.format(active=active, hp=hp)


def test_pulseaudio_headphone_port_active_is_a_headset(tmp_path: Path) -> None:
    system = FakeSystem({"pactl": _pactl("analog-output-headphones", "available")})
    assert detect_headset(system, tmp_path) is True


def test_pulseaudio_headphones_not_plugged_in(tmp_path: Path) -> None:
    system = FakeSystem({"pactl": _pactl("analog-output-speaker", "not available")})
    assert detect_headset(system, tmp_path) is False
    assert route_to_headset(system) is False


def test_plugged_in_headphones_become_the_active_port(tmp_path: Path) -> None:
    system = FakeSystem({"pactl": _pactl("analog-output-speaker", "available")})
    assert detect_headset(system, tmp_path) is True
    assert route_to_headset(system) is True
    assert system.commands[-1] == [
        "pactl",
        "set-sink-port",
        "alsa_output.pci-0000_00_1f.3.analog-stereo",
        "analog-output-headphones",
    ]


@pytest.mark.parametrize(("value", "expected"), [("on", True), ("off", False)])
def test_alsa_jack_control_without_a_sound_server(
    tmp_path: Path, value: str, expected: bool
) -> None:
    (tmp_path / "card0").mkdir()
    system = FakeSystem({"amixer": _AMIXER.format(value=value)})
    assert detect_headset(system, tmp_path) is expected
    assert ["amixer", "-c", "0", "contents"] in system.commands


def test_nothing_to_ask_is_unknown(tmp_path: Path) -> None:
    (tmp_path / "card0").mkdir()

    def broken(args: Sequence[str]) -> str:
        raise subprocess.TimeoutExpired(list(args), 1.0)

    assert detect_headset(broken, tmp_path) is None
    assert detect_headset(FakeSystem({}), tmp_path) is None


@pytest.mark.parametrize(
    ("mode", "detected", "private"),
    [
        ("always", None, True),
        ("always", False, True),
        ("never", True, False),
        ("auto", True, True),
        ("auto", False, False),
        ("auto", None, False),  # unknown counts as no headset
    ],
)
def test_modes(mode: str, detected: bool | None, private: bool) -> None:
    assert is_private(mode, lambda: detected) is private  # type: ignore[arg-type]


def test_the_kiosk_routes_speech_to_earphones_it_finds(tmp_path: Path) -> None:
    system = FakeSystem({"pactl": _pactl("analog-output-speaker", "available")})
    assert private_speech("auto", system, tmp_path) is True
    assert system.commands[-1][:2] == ["pactl", "set-sink-port"]
    unplugged = FakeSystem({"pactl": _pactl("analog-output-speaker", "not available")})
    assert private_speech("auto", unplugged, tmp_path) is False
    assert private_speech("always", unplugged, tmp_path) is True
    assert private_speech("never", system, tmp_path) is False


def test_the_watch_answers_at_once_and_checks_on_a_thread() -> None:
    started, release = threading.Event(), threading.Event()
    threads: list[str] = []

    def slow_check(mode: str) -> bool:
        threads.append(threading.current_thread().name)
        started.set()
        release.wait(5)  # a sound server that takes its time
        return True

    watch = HeadsetWatch(lambda: "auto", check=slow_check)
    assert started.wait(5)
    began = time.monotonic()
    # Not known yet: not private, so typed keys are not read out; no waiting.
    assert watch.private() is False
    assert time.monotonic() - began < 0.5
    release.set()
    assert watch.wait()
    assert watch.private() is True
    assert threads and threads[0] == "headset"


def test_the_watch_counts_a_broken_sound_system_as_not_private() -> None:
    def broken(mode: str) -> bool:
        raise RuntimeError("pactl crashed")

    watch = HeadsetWatch(lambda: "auto", check=broken)
    assert watch.wait()
    assert watch.private() is False


@pytest.mark.parametrize(("mode", "private"), [("always", True), ("never", False)])
def test_the_watch_asks_nothing_when_the_config_decides(mode: str, private: bool) -> None:
    asked: list[str] = []

    def check(m: str) -> bool:
        asked.append(m)
        return True

    watch = HeadsetWatch(lambda: mode, check=check)
    assert watch.private() is private
    assert asked == []
