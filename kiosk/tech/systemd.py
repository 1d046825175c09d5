"""Running under systemd: readiness and watchdog notifications, and logging to the journal.

``notify`` speaks the sd_notify protocol (one datagram of ``KEY=value``
lines to the socket named by ``$NOTIFY_SOCKET``); outside systemd it does
nothing. The kiosk says ``READY=1`` once home is on screen and then
``WATCHDOG=1`` at half the unit's ``WatchdogSec`` from its UI thread, so a
UI that hangs is restarted (``deploy/systemd/community-kiosk.service``).

``JournalHandler`` sends log records to journald's native socket as
structured entries (``MESSAGE``, ``PRIORITY``, ``LOGGER``, ``CODE_*``,
``THREAD``), every message passed through ``log_buffer.scrub`` first: logs
never hold personal data, and the scrubber is the second line of defence.
``configure_logging`` picks it when systemd connected the process's output
to the journal (``$JOURNAL_STREAM``), and a scrubbing stderr handler
otherwise.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Mapping

from kiosk.tech.log_buffer import scrub

JOURNAL_SOCKET = "/run/systemd/journal/socket"
IDENTIFIER = "community-kiosk"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

#: Loggers that talk a lot at INFO about things a technician does not need
#: (migrations run on every start, Qt's multimedia back end probing):
#: WARNING and up unless ``--verbose``.
CHATTY_LOGGERS = ("alembic", "alembic.runtime.migration", "qt.multimedia", "qt")


def _socket_address(name: str) -> str:
    # A leading "@" names a socket in the abstract namespace.
    return "\0" + name[1:] if name.startswith("@") else name


def notify(message: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send ``message`` (e.g. ``"READY=1"``) to systemd; False when not run by it."""
    env = os.environ if environ is None else environ
    name = env.get("NOTIFY_SOCKET")
    if not name:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(message.encode("utf-8"), _socket_address(name))
    except OSError as exc:
        logging.getLogger(__name__).warning("systemd notification failed: %s", exc)
        return False
    return True


def watchdog_interval_s(environ: Mapping[str, str] | None = None) -> float | None:
    """How often to say ``WATCHDOG=1`` (half the unit's ``WatchdogSec``), or None
    when no watchdog watches this process."""
    env = os.environ if environ is None else environ
    usec = env.get("WATCHDOG_USEC")
    if not usec:
        return None
    pid = env.get("WATCHDOG_PID")
    if pid and pid != str(os.getpid()):
        return None  # meant for another process (cage, say)
    try:
        return int(usec) / 2_000_000
    except ValueError:
        return None


_PRIORITIES = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}


def _field(name: str, value: str) -> bytes:
    data = value.encode("utf-8")
    if b"\n" in data:
        # Multi-line values: the name, a newline, the length as 64-bit little endian, the bytes.
        return name.encode() + b"\n" + len(data).to_bytes(8, "little") + data + b"\n"
    return name.encode() + b"=" + data + b"\n"


class JournalHandler(logging.Handler):
    """Log records as structured journal entries (journald's native protocol)."""

    def __init__(self, path: str = JOURNAL_SOCKET, level: int = logging.NOTSET) -> None:
        super().__init__(level)
        self._path = path
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)

    def entry(self, record: logging.LogRecord) -> bytes:
        message = scrub(record.getMessage())
        if record.exc_info:
            message += "\n" + scrub(logging.Formatter().formatException(record.exc_info))
        fields = {
            "MESSAGE": message,
            "PRIORITY": str(_PRIORITIES.get(record.levelno, 6)),
            "SYSLOG_IDENTIFIER": IDENTIFIER,
            "LOGGER": record.name,
            "CODE_FILE": record.pathname,
            "CODE_LINE": str(record.lineno),
            "CODE_FUNC": record.funcName or "",
            "THREAD": record.threadName or "",
        }
        return b"".join(_field(name, value) for name, value in fields.items())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._socket.sendto(self.entry(record), self._path)
        except Exception:
            self.handleError(record)

    def close(self) -> None:
        self._socket.close()
        super().close()


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


class ScrubbingFormatter(logging.Formatter):
    """The usual one-line format, with personal-data shapes masked."""

    def __init__(self) -> None:
        super().__init__(_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


#: The handler ``configure_logging`` installed last (it replaces it when called again).
_installed: logging.Handler | None = None


def configure_logging(
    *,
    verbose: bool = False,
    level: int = logging.INFO,
    environ: Mapping[str, str] | None = None,
) -> logging.Handler:
    """Send the application's log to the journal (under systemd) or to stderr, at
    ``level`` (DEBUG with ``verbose``). Calling it again replaces the handler."""
    global _installed
    env = os.environ if environ is None else environ
    root = logging.getLogger()
    if _installed is not None:
        root.removeHandler(_installed)
        _installed.close()
    handler: logging.Handler
    if env.get("JOURNAL_STREAM") and os.path.exists(JOURNAL_SOCKET):
        handler = JournalHandler()
    else:
        handler = StderrHandler()
        handler.setFormatter(ScrubbingFormatter())
    root.addHandler(handler)
    _installed = handler
    root.setLevel(logging.DEBUG if verbose else level)
    for name in CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if verbose else logging.WARNING)
    return handler
