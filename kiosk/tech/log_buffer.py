"""The last log lines in memory, for technician mode's log view and diagnostics bundles.

The application installs one ``RingBufferHandler`` on the root logger at
start. Log records never carry personal data (docs/architecture.md); as a second
line of defence ``scrub`` masks anything shaped like a resident
registration number, a phone number or an MRZ line before a line is stored.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import deque

DEFAULT_CAPACITY = 200

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Digits are told apart by lookarounds, not ``\b``: Hangul counts as a word
# character, so "주민번호900101-1234567" has no word boundary before the number.
_PATTERNS = (
    # Resident registration number (주민등록번호), with or without the dash.
    re.compile(r"(?<!\d)\d{6}-?[1-8]\d{6}(?!\d)"),
    # Korean mobile and landline numbers: dashes, dots or spaces, or +82.
    re.compile(r"(?<!\d)0\d{1,2}[-. ]\d{3,4}[-. ]\d{4}(?!\d)"),
    re.compile(r"\+82[-. ]?\d{1,2}[-. ]?\d{3,4}[-. ]?\d{4}(?!\d)"),
    # A mobile number written without separators.
    re.compile(r"(?<!\d)01\d{8,9}(?!\d)"),
    # MRZ lines and MRZ information strings (document number + dates).
    re.compile(r"[A-Z0-9<]{20,}"),
)


def scrub(text: str) -> str:
    """Mask text shaped like personal data (defence in depth; logs should hold none)."""
    for pattern in _PATTERNS:
        text = pattern.sub("<masked>", text)
    return text


class RingBufferHandler(logging.Handler):
    """Keeps the last ``capacity`` formatted, scrubbed log lines. Thread-safe."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY, level: int = logging.INFO) -> None:
        super().__init__(level)
        self._lines: deque[str] = deque(maxlen=capacity)
        self._guard = threading.Lock()
        self.setFormatter(logging.Formatter(_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = scrub(self.format(record))
        except Exception:
            self.handleError(record)
            return
        with self._guard:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._guard:
            return list(self._lines)

    def clear(self) -> None:
        with self._guard:
            self._lines.clear()


def install(
    logger: logging.Logger | None = None, capacity: int = DEFAULT_CAPACITY
) -> RingBufferHandler:
    """Attach a ring buffer to ``logger`` (the root logger by default), once."""
    target = logger if logger is not None else logging.getLogger()
    for handler in target.handlers:
        if isinstance(handler, RingBufferHandler):
            return handler
    handler = RingBufferHandler(capacity)
    # The logger's level is the application's choice (``kiosk run`` sets INFO);
    # the buffer keeps whatever passes it.
    target.addHandler(handler)
    return handler


def uninstall(handler: RingBufferHandler, logger: logging.Logger | None = None) -> None:
    (logger if logger is not None else logging.getLogger()).removeHandler(handler)
