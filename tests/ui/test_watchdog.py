"""The systemd watchdog is fed from the UI thread's event loop, and only while it runs."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from ui.app.watchdog import Watchdog


def _messages(sock: socket.socket) -> list[bytes]:
    got = []
    sock.setblocking(False)
    try:
        while True:
            got.append(sock.recv(100))
    except BlockingIOError:
        return got


def test_ready_then_pings_while_the_event_loop_runs(qtbot: Any, tmp_path: Path) -> None:
    path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(path)
        # WatchdogSec=0.2 s: a ping every 0.1 s.
        watchdog = Watchdog(environ={"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "200000"})
        watchdog.start()
        qtbot.wait(350)
        sent = _messages(sock)
        assert sent[0] == b"READY=1"
        assert sent[1:].count(b"WATCHDOG=1") >= 3
        # A UI thread stuck in a blocking call: the timer cannot fire, nothing is sent.
        time.sleep(0.35)
        assert _messages(sock) == []
        QApplication.processEvents()
        watchdog.stop()
        assert _messages(sock)[-1] == b"STOPPING=1"
