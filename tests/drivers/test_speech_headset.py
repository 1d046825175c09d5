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


def test_the_watch_checks_on_a_thread_and_waits_for_it_briefly() -> None:
    started, release = threading.Event(), threading.Event()
    threads: list[str] = []

    def slow_check(mode: str) -> bool:
        threads.append(threading.current_thread().name)
        started.set()
        release.wait(5)  # a sound server that takes its time
        return True

    watch = HeadsetWatch(lambda: "auto", check=slow_check, timeout_s=0.1)
    began = time.monotonic()
    # Not known in time: not private, so typed keys are not read out.
    assert watch.private() is False
    assert started.is_set()
    assert time.monotonic() - began < 0.5
    release.set()
    assert watch.wait()
    assert watch.private() is True
    assert threads and set(threads) == {"headset"}


def test_the_watch_notices_earphones_pulled_out_at_the_next_question() -> None:
    plugged = [True]
    watch = HeadsetWatch(lambda: "auto", check=lambda _mode: plugged[0])
    assert watch.private() is True
    plugged[0] = False
    assert watch.private() is False  # not the earlier answer
    plugged[0] = True
    assert watch.private() is True


def test_the_watch_counts_a_broken_sound_system_as_not_private() -> None:
    broken = [False]

    def check(mode: str) -> bool:
        if broken[0]:
            raise RuntimeError("pactl crashed")
        return True

    watch = HeadsetWatch(lambda: "auto", check=check)
    assert watch.private() is True
    broken[0] = True  # earphones were found; now the sound system fails
    assert watch.private() is False
    assert watch.wait()
    assert watch.private() is False


def test_the_watch_does_not_answer_from_a_check_begun_before_the_question() -> None:
    """A check running when earphones are pulled out may have seen them plugged in."""
    in_check, release = threading.Event(), threading.Event()
    answers = iter([True, False])

    def check(mode: str) -> bool:
        answer = next(answers)
        if answer:  # the first check: it looked while they were plugged in
            in_check.set()
            release.wait(5)
        return answer

    watch = HeadsetWatch(lambda: "auto", check=check, timeout_s=2.0)
    first = threading.Thread(target=watch.private)
    first.start()
    assert in_check.wait(5)
    # Pulled out now; the old check finishes while the next question waits.
    threading.Timer(0.05, release.set).start()
    assert watch.private() is False
    first.join(5)


@pytest.mark.parametrize(("mode", "private"), [("always", True), ("never", False)])
def test_the_watch_asks_nothing_when_the_config_decides(mode: str, private: bool) -> None:
    asked: list[str] = []

    def check(m: str) -> bool:
        asked.append(m)
        return True

    watch = HeadsetWatch(lambda: mode, check=check)
    assert watch.private() is private
    assert asked == []


def test_a_headphone_jack_the_system_cannot_sense_is_not_taken_for_earphones(
    tmp_path: Path,
) -> None:
    # Codecs and USB cards without jack sensing: "availability unknown". The
    # kiosk must not read typed details aloud, nor move the sound off the speaker.
    system = FakeSystem({"pactl": _pactl("analog-output-speaker", "availability unknown")})
    assert detect_headset(system, tmp_path) is None
    assert private_speech("auto", system, tmp_path) is False
    assert route_to_headset(system) is False
    assert not any("set-sink-port" in command for command in system.commands)


def test_an_active_headphone_port_whose_earphones_were_pulled_out_is_not_private(
    tmp_path: Path,
) -> None:
    system = FakeSystem({"pactl": _pactl("analog-output-headphones", "not available")})
    assert detect_headset(system, tmp_path) is False
    assert route_to_headset(system) is False
