"""Change notifications without PostgreSQL: the SQLite change counter and its poller."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.counter import CounterOps
from kiosk.queue.notify import POLL_INTERVAL_S, RESYNC, PollingListener, create_listener
from kiosk.queue.store import Queue
from kiosk.storage.database import open_database
from tests.support.databases import opened


def test_polling_listener_reports_changes(
    tmp_path: object, config: KioskConfig, clock: FakeClock
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    engine = open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    heard: list[str] = []
    changed = threading.Event()

    def on_change(what: str) -> None:
        heard.append(what)
        if what != RESYNC:
            changed.set()

    listener = create_listener(engine)
    assert isinstance(listener, PollingListener)
    listener.start(on_change)
    try:
        time.sleep(0.2)
        Queue(engine, config, clock).issue("general")
        listener.poke()
        assert changed.wait(2)
    finally:
        listener.stop()
        engine.dispose()
    assert heard[0] == RESYNC


def test_triggers_count_every_queue_change(
    tmp_path: Path, config: KioskConfig, clock: FakeClock
) -> None:
    with opened(f"sqlite:///{tmp_path / 'k.sqlite3'}") as engine:
        listener = PollingListener(engine)

        def changes() -> int:
            value = listener._read()
            assert value is not None
            return value

        queue = Queue(engine, config, clock)
        start = changes()
        ticket = queue.issue("general").ticket
        after_issue = changes()
        queue.record_print(ticket.id, ok=True)
        after_print = changes()
        CounterOps(engine, config, clock).call_next(1)
        after_call = changes()
        queue.record_event("staff_call", "screen=home")
        after_event = changes()
        assert start < after_issue < after_print < after_call < after_event


def test_polling_is_at_most_once_a_second(tmp_path: Path) -> None:
    with opened(f"sqlite:///{tmp_path / 'k.sqlite3'}") as engine:
        assert POLL_INTERVAL_S >= 1.0
        listener = create_listener(engine, poll_interval_s=0.01)
        assert isinstance(listener, PollingListener)
        assert listener._interval >= 1.0
        reads: list[float] = []
        original = listener._read

        def counting() -> int | None:
            reads.append(time.monotonic())
            return original()

        listener._read = counting  # type: ignore[method-assign]
        listener.start(lambda _what: None)
        time.sleep(2.5)
        listener.stop()
        assert 2 <= len(reads) <= 4
