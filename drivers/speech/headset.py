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

The kiosk asks through ``HeadsetWatch``: the commands take milliseconds, or
a second when the sound server hangs, and the UI thread never waits for
them.
"""

from __future__ import annotations

import re
import subprocess
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

HeadsetMode = Literal["auto", "always", "never"]

#: Runs a command and returns its standard output; raises OSError or
#: subprocess.SubprocessError when the command is missing or fails.
Run = Callable[[Sequence[str]], str]

_TIMEOUT_S = 1.0
_HEADPHONE_PORT = re.compile(r"headphone|headset", re.IGNORECASE)


def run_command(args: Sequence[str]) -> str:
    """Run ``args`` (no shell) and return its output; raise on failure or after 1 s."""
    done = subprocess.run(
        list(args), capture_output=True, text=True, timeout=_TIMEOUT_S, check=True
    )
    return done.stdout


def _sinks(run: Run) -> list[tuple[str, str, list[tuple[str, bool]]]] | None:
    """(sink name, active port, [(port, available)]) per PulseAudio/PipeWire sink."""
    try:
        text = run(["pactl", "list", "sinks"])
    except (OSError, subprocess.SubprocessError):
        return None
    sinks: list[tuple[str, str, list[tuple[str, bool]]]] = []
    ports: list[tuple[str, bool]] = []
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
            ports.append((port, "not available" not in line))
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
        if any(_HEADPHONE_PORT.search(active) for _, active, _ in sinks):
            return True
        if any(_HEADPHONE_PORT.search(p) and ok for _, _, ports in sinks for p, ok in ports):
            return True  # plugged in, not yet the active port: route_to_headset switches
        if any(ports for _, _, ports in sinks):
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
        if _HEADPHONE_PORT.search(active):
            return True
        for port, available in ports:
            if available and _HEADPHONE_PORT.search(port):
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
    """Earphones checked on a thread of its own; ``private()`` answers at once.

    Each call answers from the last finished check and starts a new one (one
    at a time), so a resident who plugs earphones in is heard privately from
    the next screen. Before the first check has finished the answer is "not
    private": until the kiosk knows, typed keys are not read out.
    """

    def __init__(
        self,
        mode: Callable[[], HeadsetMode],
        check: Callable[[HeadsetMode], bool] = private_speech,
    ) -> None:
        self._mode = mode
        self._check = check
        self._known = False
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._done.set()
        self.refresh()

    def private(self) -> bool:
        mode = self._mode()
        if mode != "auto":
            return mode == "always"
        self.refresh()
        with self._lock:
            return self._known

    def refresh(self) -> None:
        """Start a check unless one is running (``auto`` only)."""
        if self._mode() != "auto":
            return
        with self._lock:
            if not self._done.is_set():
                return
            self._done.clear()
        threading.Thread(target=self._run, name="headset", daemon=True).start()

    def wait(self, timeout_s: float = 5.0) -> bool:
        """Until the running check has finished (tests); False on timeout."""
        return self._done.wait(timeout_s)

    def _run(self) -> None:
        try:
            found = self._check("auto")
        except Exception:  # a broken sound system means: not private
            found = False
        with self._lock:
            self._known = found
            self._done.set()
