"""MRZ scanners in keyboard-emulation mode, on the certificate journey's ID screen.

A USB MRZ scanner "types" the document's machine-readable lines followed by
Enter. On the MRZ screen this filter collects such a burst and sends the
flow ``MrzScanned``, which checks every check digit and reads the chip with
the same BAC as typed details. An MRZ always starts with a letter (P, I, A,
C, V), so a letter or ``<`` starts a burst; digits outside a burst stay keypad
keys for voice mode. A burst that pauses (a person typing) is dropped.

A scan is swallowed on every screen, not only on the MRZ screen: a document
laid on the scanner early would otherwise reach the screen as keypad keys (its
digits switched voice mode on and moved the focus, its Enter pressed
whatever had it: on Home, a ticket). Only the MRZ screen uses it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f

#: Characters of an MRZ line.
_MRZ_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
#: Lines per document format, by line length (TD1, TD2, TD3).
_FORMATS = {30: 3, 36: 2, 44: 2}
#: Scanners type far faster than this; a longer pause ends the burst.
BURST_GAP_S = 0.3


class MrzScanFilter(QObject):
    def __init__(
        self,
        window: QWidget,
        state: Callable[[], Enum],
        send: Callable[[f.Event], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._window = window
        self._state = state
        self._send = send
        self._clock = clock
        self._lines: list[str] = []
        self._line = ""
        self._last = 0.0
        self._active = False

    def _reset(self) -> None:
        self._lines, self._line, self._active = [], "", False

    def wipe(self) -> None:
        """Drop a half-scanned MRZ (the session it belonged to has ended)."""
        self._reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        now = self._clock()
        if self._active and now - self._last > BURST_GAP_S:
            self._reset()
        text = event.text().upper()
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not self._active:
            if (text and text[0].isalpha()) or text == "<":
                self._active = True
            else:
                return False  # a keypad key for voice mode, not a scan
        self._last = now
        if is_enter:
            return self._end_line()
        if len(text) == 1 and text in _MRZ_CHARS:
            self._line += text
            return True
        self._reset()  # something no MRZ contains: not a scan after all
        return False

    def _end_line(self) -> bool:
        line, self._line = self._line, ""
        if line:
            self._lines.append(line)
        widths = {len(x) for x in self._lines}
        if len(widths) == 1:
            width = widths.pop()
            if width in _FORMATS and len(self._lines) == _FORMATS[width]:
                text = "\n".join(self._lines)
                self._reset()
                if self._state() is f.State.CERT_MRZ:
                    self._send(c.MrzScanned(text))
        elif widths:
            self._reset()  # lines of different lengths: a misread; wait for a rescan
        return True
