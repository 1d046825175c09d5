"""MRZ document scanners: turn what a scanner types or sends into ``MrzInfo``.

A resident can put the document's photo page on an MRZ scanner instead of
typing the document number, birth date and expiry date. Scanners come in
two kinds:

- keyboard emulation (USB HID): the MRZ arrives as keystrokes, each line
  ended by Enter. ``KeyboardMrzScanner`` assembles keystrokes (or whole
  lines) and yields the MRZ once 3 lines of 30 (TD1), 2 of 36 (TD2) or 2 of
  44 (TD3) characters have arrived in one burst;
- serial (RS-232 or USB CDC): lines ending in CR. ``SerialMrzScanner``
  reads them with pyserial.

Both validate every check digit, so a misread never reaches the card (a
chip may count failed BAC attempts).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.identity import Identity, MrzError, MrzInfo, parse_scanned_mrz

_WIDTHS = {30: 3, 36: 2, 44: 2}
#: Keystrokes further apart than this start a new scan (a person typing is not a scanner).
DEFAULT_BURST_GAP_S = 1.0


@dataclass(frozen=True, repr=False)
class ScannedMrz:
    """One scan: the MRZ information for BAC and the printed identity (personal data)."""

    mrz_info: MrzInfo
    identity: Identity

    def __repr__(self) -> str:
        return f"ScannedMrz({self.mrz_info!r})"


class MrzAssembler:
    """Collects MRZ lines until a complete MRZ is there.

    Lines of other lengths (scanner banners, stray Enter presses) are
    dropped; a complete MRZ that fails its check digits raises ``MrzError``
    and resets.
    """

    def __init__(self) -> None:
        self._lines: list[str] = []

    def reset(self) -> None:
        self._lines = []

    def feed_line(self, line: str) -> ScannedMrz | None:
        text = "".join(line.split()).upper()
        if len(text) not in _WIDTHS:
            if text:
                self._lines = []
            return None
        if self._lines and len(self._lines[0]) != len(text):
            self._lines = []
        self._lines.append(text)
        if len(self._lines) < _WIDTHS[len(text)]:
            return None
        lines, self._lines = self._lines, []
        identity = parse_scanned_mrz("\n".join(lines))
        return ScannedMrz(identity.mrz_info(), identity)


class KeyboardMrzScanner:
    """A keyboard-emulating scanner: feed it key characters (Enter = ``\\r`` or ``\\n``)."""

    def __init__(
        self,
        burst_gap_s: float = DEFAULT_BURST_GAP_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._assembler = MrzAssembler()
        self._line = ""
        self._last = 0.0
        self._gap = burst_gap_s
        self._clock = clock

    def feed_key(self, char: str) -> ScannedMrz | None:
        now = self._clock()
        if self._last and now - self._last > self._gap:
            self._line = ""
            self._assembler.reset()
        self._last = now
        if char in ("\r", "\n"):
            line, self._line = self._line, ""
            return self._assembler.feed_line(line)
        if len(char) == 1:
            self._line += char
        return None

    def feed_text(self, text: str) -> list[ScannedMrz]:
        """Feed many keystrokes; return every MRZ completed (invalid ones raise ``MrzError``)."""
        out: list[ScannedMrz] = []
        for char in text:
            scanned = self.feed_key(char)
            if scanned is not None:
                out.append(scanned)
        return out


class SerialMrzScanner:
    """A serial scanner sending MRZ lines ended by CR (LF tolerated). Device worker thread."""

    def __init__(self, device: str, baudrate: int = 9600, timeout_s: float = 0.2) -> None:
        self.device = device
        self.baudrate = baudrate
        self.timeout_s = timeout_s
        self._port: Any = None
        self._assembler = MrzAssembler()
        self._buffer = b""

    def open(self) -> None:
        import serial  # pyserial; imported here so the keyboard path needs nothing

        self._port = serial.Serial(self.device, self.baudrate, timeout=self.timeout_s)

    def close(self) -> None:
        if self._port is not None:
            self._port.close()
            self._port = None

    def __enter__(self) -> SerialMrzScanner:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read_mrz(self, timeout_s: float) -> ScannedMrz | None:
        """Wait up to ``timeout_s`` for a complete MRZ; None on timeout. Bad check digits raise."""
        if self._port is None:
            raise RuntimeError("scanner is not open")
        deadline = time.monotonic() + timeout_s
        while True:
            while b"\r" in self._buffer or b"\n" in self._buffer:
                cut = min(i for i in (self._buffer.find(b"\r"), self._buffer.find(b"\n")) if i >= 0)
                raw, self._buffer = self._buffer[:cut], self._buffer[cut + 1 :]
                try:
                    line = raw.decode("ascii")
                except UnicodeDecodeError:
                    self._assembler.reset()
                    continue
                scanned = self._assembler.feed_line(line.strip("\x02\x03"))
                if scanned is not None:
                    return scanned
            if time.monotonic() >= deadline:
                return None
            chunk: bytes = self._port.read(max(1, self._port.in_waiting))
            self._buffer += chunk
            if len(self._buffer) > 4096:  # garbage without line ends
                self._buffer = b""
                self._assembler.reset()


__all__ = [
    "KeyboardMrzScanner",
    "MrzAssembler",
    "MrzError",
    "ScannedMrz",
    "SerialMrzScanner",
]
