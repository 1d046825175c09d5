"""What systemd hears from the kiosk: readiness, watchdog pings and structured, scrubbed journal entries."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.tech import systemd


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    """A datagram socket standing in for systemd's notify or journal socket."""
    path = str(tmp_path / "sd.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(2)
    yield sock, path
    sock.close()


def test_notify_sends_the_message_to_the_socket_systemd_named(
    listener: tuple[socket.socket, str],
) -> None:
    sock, path = listener
    assert systemd.notify("READY=1", {"NOTIFY_SOCKET": path})
    assert sock.recv(100) == b"READY=1"


def test_notify_outside_systemd_does_nothing() -> None:
    assert systemd.notify("READY=1", {}) is False


def test_the_watchdog_pings_at_half_the_units_interval() -> None:
    pid = str(os.getpid())
    assert systemd.watchdog_interval_s({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": pid}) == 15
    assert systemd.watchdog_interval_s({"WATCHDOG_USEC": "30000000"}) == 15
    # Meant for cage, the unit's main process: not ours to feed.
    assert systemd.watchdog_interval_s({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}) is None
    assert systemd.watchdog_interval_s({}) is None


def _fields(entry: bytes) -> dict[str, str]:
    return dict(line.split("=", 1) for line in entry.decode().splitlines())


def test_journal_entries_are_structured_and_scrubbed(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    handler = systemd.JournalHandler(path)
    log = logging.getLogger("kiosk.test.journal")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("card %s refused for 850315-2345678", "M12345678<<<<<<<<<<<<<<")
    finally:
        log.removeHandler(handler)
        handler.close()
    fields = _fields(sock.recv(65536))
    assert fields["PRIORITY"] == "4" and fields["SYSLOG_IDENTIFIER"] == "community-kiosk"
    assert fields["LOGGER"] == "kiosk.test.journal" and fields["CODE_FUNC"].startswith("test_")
    assert "850315" not in fields["MESSAGE"] and "M12345678" not in fields["MESSAGE"]
    assert fields["MESSAGE"].count("<masked>") == 2


def test_a_multi_line_message_uses_the_length_prefixed_form(
    listener: tuple[socket.socket, str],
) -> None:
    sock, path = listener
    handler = systemd.JournalHandler(path)
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "first\nsecond", None, None)
    handler.emit(record)
    handler.close()
    entry = sock.recv(65536)
    head, rest = entry.split(b"\n", 1)
    assert head == b"MESSAGE"
    assert int.from_bytes(rest[:8], "little") == len(b"first\nsecond")
    assert rest[8:20] == b"first\nsecond"


def test_stderr_logging_is_scrubbed_and_quiet_about_migrations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    handler = systemd.configure_logging(level=logging.INFO, environ={})
    try:
        logging.getLogger("kiosk.test").info("phone 010-1234-5678 called")
        logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
    finally:
        logging.getLogger().removeHandler(handler)
    err = capsys.readouterr().err
    assert "phone <masked> called" in err
    assert "SQLiteImpl" not in err
