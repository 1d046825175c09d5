"""What ``kiosk web``'s server writes to its log: personal data masked, no request lines.

The app runs under uvicorn with the options ``kiosk web`` gives it, behind the
log handler every ``kiosk`` command installs (``configure_logging``), and the
test reads stderr: what reaches the journal.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import Engine
from starlette.applications import Starlette

from drivers.notify.mock import MockNotifier
from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import FakeClock
from kiosk.config import default_config
from kiosk.queue.store import Queue
from kiosk.storage.database import open_database
from kiosk.tech import systemd
from ui.app.commands.web import server_options
from web import create_app


@pytest.fixture
def db(tmp_path: Path) -> Engine:
    return open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")


@pytest.fixture
def logged_to_stderr() -> Iterator[None]:
    """The log set-up of ``kiosk web`` (stderr outside systemd), undone afterwards."""
    root = logging.getLogger()
    level = root.level
    uvicorn_loggers = {
        name: (logging.getLogger(name).handlers[:], logging.getLogger(name).propagate)
        for name in ("uvicorn", "uvicorn.error", "uvicorn.access")
    }
    # As in the fresh process ``kiosk web`` runs in: another test's server may
    # have given uvicorn's loggers its own handlers (its default log config).
    for name in uvicorn_loggers:
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True
    handler = systemd.configure_logging(level=logging.INFO, environ={})
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for name, (handlers, propagate) in uvicorn_loggers.items():
            logging.getLogger(name).handlers = handlers
            logging.getLogger(name).propagate = propagate


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _serving(app: Starlette) -> Iterator[str]:
    """``app`` under uvicorn as ``kiosk web`` runs it; yields the server's address."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, **server_options()))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _status(url: str, data: bytes | None = None) -> int:
    try:
        with urllib.request.urlopen(url, data=data, timeout=5) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        exc.close()
        return exc.code


def test_a_failed_request_is_logged_with_the_phone_number_masked_and_no_request_line(
    db: Engine, logged_to_stderr: None, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    queue = Queue(db, default_config(), clock)
    issued = queue.issue("general")
    queue.record_print(issued.ticket.id, ok=True)
    token = issued.follow_token
    assert token is not None
    key = PersonalDataKey(secrets.token_bytes(64))
    app = create_app(
        default_config(), db, key, clock=clock, notifier=MockNotifier(), run_notifier=False
    )

    def broken_store(token: str, phone: str, language: str) -> None:
        # A fault whose text carries the number, as a driver's or a library's may.
        raise RuntimeError(f"could not keep {phone} for {token}")

    app.state.follow.store.set_phone = broken_store
    capsys.readouterr()
    with _serving(app) as address:
        assert _status(f"{address}/t/{token}/phone", b"phone=010-1234-5678") == 500
        # A number in the address itself: answered, and not written down.
        assert _status(f"{address}/t/{token}/status.json?phone=01098765432") == 200
    err = capsys.readouterr().err
    # The failure is there for the technician, traceback and all ...
    assert "Exception in ASGI application" in err
    assert "RuntimeError: could not keep <masked> for" in err
    # ... but not the number, and no request line with the ticket's link.
    for number in ("010-1234-5678", "01012345678", "01098765432"):
        assert number not in err
    assert "status.json" not in err and "GET /t/" not in err
