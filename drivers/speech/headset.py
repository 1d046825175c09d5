"""Is a headset (earphones) plugged into the kiosk's audio jack?

Voice mode speaks typed characters only where no one else can hear them
(docs/accessibility.md, "With earphones plugged in, the loudspeaker is
silent"). ``devices.speech.headset`` decides: ``always`` (the kiosk has
a handset or earphones only), ``never`` (loudspeaker only) or ``auto``, which
asks the sound system through ``detect_headset``:

1. PulseAudio or PipeWire (``pactl list sinks``): a sink whose active port is
   a headphone port (``analog-output-headphones``, ``[Out] Headphones``...).
   A headphone port that is plugged in but not active is switched to with
   ``pactl set-sink-port`` (``route_to_headset``), which sends all speech to
   it and silences the loudspeaker on that sink.
2. ALSA jack controls (``amixer -c N contents``): a ``Headphone Jack`` control
   whose value is ``on``. ALSA alone cannot move the sound: with a codec that
   mutes its speaker when the jack is used (most HDA codecs) the speech goes to
   the earphones; we cannot check that from here, so a plugged jack counts as
   private.

``None`` means "cannot tell" (no sound server, no jack control); ``auto``
treats it as no headset. Qt-free, and the commands go through ``run`` so tests
give canned output.

The kiosk asks through ``HeadsetWatch`` before each thing it would say only
into earphones: the commands take milliseconds, or a second when the sound
server hangs, so they run on a thread of their own and the UI thread waits
for them a fraction of a second at most.
"""

from __future__ import annotations

import re
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

HeadsetMode = Literal["auto", "always", "never"]

#: Runs a command and returns its standard output; raises OSError or
#: subprocess.SubprocessError when the command is missing or fails.
Run = Callable[[Sequence[str]], str]

_TIMEOUT_S = 1.0
#: How long ``HeadsetWatch.private`` waits for a fresh check before answering "no".
_ANSWER_WITHIN_S = 0.25
_HEADPHONE_PORT = re.compile(r"headphone|headset", re.IGNORECASE)


def run_command(args: Sequence[str]) -> str:
    """Run ``args`` (no shell) and return its output; raise on failure or after 1 s."""
    done = subprocess.run(
        list(args), capture_output=True, text=True, timeout=_TIMEOUT_S, check=True
    )
    return done.stdout


def _plugged(port_line: str) -> bool | None:
    """A port line's availability: True "available", False "not available", None
    when the sound system cannot sense its jack ("availability unknown")."""
    if "not available" in port_line:
        return False
    if "availability unknown" in port_line or "available" not in port_line:
        return None
    return True


def _sinks(run: Run) -> list[tuple[str, str, list[tuple[str, bool | None]]]] | None:
    """(sink name, active port, [(port, plugged)]) per PulseAudio/PipeWire sink."""
    try:
        text = run(["pactl", "list", "sinks"])
    except (OSError, subprocess.SubprocessError):
        return None
    sinks: list[tuple[str, str, list[tuple[str, bool | None]]]] = []
    ports: list[tuple[str, bool | None]] = []
    name, active, in_ports = "", "", False
    for raw in text.splitlines():
        line = raw.strip()
        if raw.startswith("Sink #"):
            if name:
                sinks.append((name, active, ports))
            name, active, ports, in_ports = "", "", [], False
        elif line.startswith("Name:"):
            name = line.partition(":")[2].strip()
        elif line.startswith("Active Port:"):
            active = line.partition(":")[2].strip()
            in_ports = False
        elif line.startswith("Ports:"):
            in_ports = True
        elif in_ports and ":" in line and raw.startswith("\t\t"):
            port = line.partition(":")[0].strip()
            ports.append((port, _plugged(line)))
        elif line and not raw.startswith("\t\t"):
            in_ports = False
    if name:
        sinks.append((name, active, ports))
    return sinks


def _alsa_jack(run: Run, asound: Path) -> bool | None:
    cards = sorted(asound.glob("card[0-9]*"))
    seen = False
    for card in cards:
        try:
            text = run(["amixer", "-c", card.name.removeprefix("card"), "contents"])
        except (OSError, subprocess.SubprocessError):
            continue
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if "iface=CARD" in line and re.search(r"name='(Headphone|Headset)[^']*Jack'", line):
                seen = True
                for value in lines[i + 1 : i + 4]:
                    if ": values=" in value:
                        if value.split("=", 1)[1].strip() == "on":
                            return True
                        break
    return False if seen else None


def detect_headset(run: Run = run_command, asound: Path = Path("/proc/asound")) -> bool | None:
    """True when earphones are plugged in, False when not, None when the system cannot tell."""
    sinks = _sinks(run)
    if sinks:
        # Only a port the sound system says is plugged in counts, active or not
        # (route_to_headset makes it the active one). An active headphone port
        # may be "not available" (earphones just pulled out), and one whose jack
        # cannot be sensed says nothing either way: the ALSA jack may know.
        headphones = [
            plugged
            for _, _, ports in sinks
            for port, plugged in ports
            if _HEADPHONE_PORT.search(port)
        ]
        if True in headphones:
            return True
        if None not in headphones and any(ports for _, _, ports in sinks):
            return False
    return _alsa_jack(run, asound)


def route_to_headset(run: Run = run_command) -> bool:
    """Make a plugged-in headphone port the active one; True when speech now goes there.

    Only a sound server (PulseAudio, PipeWire) can move the sound; with ALSA
    alone this returns False and the codec decides (see the module docstring).
    """
    sinks = _sinks(run)
    if not sinks:
        return False
    for name, active, ports in sinks:
        for port, plugged in ports:
            if plugged is not True or not _HEADPHONE_PORT.search(port):
                continue
            if port == active:
                return True
            try:
                run(["pactl", "set-sink-port", name, port])
            except (OSError, subprocess.SubprocessError):
                return False
            return True
    return False


def is_private(mode: HeadsetMode, detect: Callable[[], bool | None] = detect_headset) -> bool:
    """Whether what the kiosk says can be heard by the resident alone."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    return detect() is True


def private_speech(
    mode: HeadsetMode, run: Run = run_command, asound: Path = Path("/proc/asound")
) -> bool:
    """``is_private`` for the kiosk: with ``auto``, also sends the speech to the earphones found."""
    if mode != "auto":
        return is_private(mode)
    detected = detect_headset(run, asound)
    if detected:
        route_to_headset(run)
    return detected is True


class HeadsetWatch:
    """Earphones checked afresh for each question, on a thread of its own.

    ``private()`` answers only from a check that began after it was asked:
    earphones pulled out between two typed digits are noticed at the second
    digit, and no answer outlives the question (nor the session) it was
    given for. The check runs on a thread (one at a time) and the caller
    waits for it ``timeout_s`` at most; a check that is late, fails, raises
    or cannot tell means "not private", so a hung sound server silences what
    is typed rather than reading it on the loudspeaker.
    """

    def __init__(
        self,
        mode: Callable[[], HeadsetMode],
        check: Callable[[HeadsetMode], bool] = private_speech,
        timeout_s: float = _ANSWER_WITHIN_S,
    ) -> None:
        self._mode = mode
        self._check = check
        self._timeout_s = timeout_s
        self._changed = threading.Condition()
        self._started = 0  # how many checks were started
        self._answered = 0  # the number of the last check that finished
        self._found = False  # what that check found
        self._running = False

    def private(self) -> bool:
        """Whether only the resident hears the speech now; False when unsure."""
        try:
            mode = self._mode()
        except Exception:  # a config that cannot be read decides nothing: not private
            return False
        if mode != "auto":
            return mode == "always"
        deadline = time.monotonic() + self._timeout_s
        with self._changed:
            # A check already running began before the question: its answer may
            # be from before the earphones were pulled out, so wait for a newer one.
            wanted = self._started + 1
            while self._answered < wanted:
                if not self._running and not self._start():
                    return False
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(remaining)
            return self._found

    def wait(self, timeout_s: float = 5.0) -> bool:
        """Until no check is running (tests); False on timeout."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._running, timeout_s)

    def _start(self) -> bool:
        """Start the next check (the lock is held); False when no thread could start."""
        self._started += 1
        number = self._started
        self._running = True
        try:
            threading.Thread(target=self._run, args=(number,), name="headset", daemon=True).start()
        except RuntimeError:  # no thread to spare: not private
            self._running = False
            return False
        return True

    def _run(self, number: int) -> None:
        try:
            found = self._check("auto") is True
        except Exception:  # a broken sound system means: not private
            found = False
        with self._changed:
            self._answered = number
            self._found = found
            self._running = False
            self._changed.notify_all()
