"""The lobby board's lists and which calls it reads out, after recalls, outages and restores."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, default_config
from kiosk.queue.counter import CounterOps, NewCalls
from kiosk.queue.store import Queue
from kiosk.storage.database import open_database


class Centre:
    def __init__(self, engine: Engine, clock: FakeClock, config: KioskConfig) -> None:
        self.clock = clock
        self.queue = Queue(engine, config, clock)
        self.ops = CounterOps(engine, config, clock)

    def take(self, service: str = "general") -> str:
        ticket = self.queue.issue(service).ticket
        self.queue.record_print(ticket.id, ok=True)
        self.clock.advance(1)
        return ticket.display_code


@pytest.fixture
def centre(db: Engine, clock: FakeClock) -> Centre:
    return Centre(db, clock, default_config())


def test_recalled_no_shows_all_stay_on_the_board(centre: Centre) -> None:
    """Call, call again, call again, absent: the repeats pushed the oldest no-show off the list."""
    room = 6
    for _ in range(8):
        centre.take()
    absent = []
    for _ in range(room):
        ticket = centre.ops.call_next(1)
        assert ticket is not None
        for _ in range(2):
            centre.clock.advance(30)
            centre.ops.recall(1)
        centre.clock.advance(30)
        centre.ops.no_show(1)
        absent.append(ticket.display_code)
    centre.ops.call_next(1)
    centre.ops.call_next(2)
    snap = centre.ops.display_snapshot(recent=room)
    assert [c.display_code for c in snap.recent] == absent[::-1]


def test_a_resident_already_being_served_is_not_read_out_after_an_outage(
    centre: Centre,
) -> None:
    display = NewCalls()
    code = centre.take()
    display.take(centre.ops.display_snapshot(display.since()))
    display.lost()  # the network drops for 30 s
    centre.clock.advance(5)
    centre.ops.call_next(1)
    centre.clock.advance(15)
    centre.ops.start(1)  # the resident walked up meanwhile
    centre.clock.advance(10)
    snap = centre.ops.display_snapshot(display.since())
    assert snap.current[1].display_code == code  # still on its tile
    assert display.take(snap) == []


def test_a_database_restored_from_a_backup_is_read_out_again(
    tmp_path: Path, clock: FakeClock
) -> None:
    """Call ids restart below the ones the display saw: it showed new calls in silence."""
    config = default_config()
    before = Centre(
        open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}", migrate=True), clock, config
    )
    display = NewCalls()
    display.take(before.ops.display_snapshot(display.since()))
    for _ in range(30):
        before.take()
        before.ops.call_next(1)
        before.ops.no_show(1)
        clock.advance(10)
        display.take(before.ops.display_snapshot(display.since()))
    # The server is restored from the morning's backup: no call yet.
    display.lost()
    after = Centre(
        open_database(f"sqlite:///{tmp_path / 'b.sqlite3'}", migrate=True), clock, config
    )
    heard = []
    for _ in range(3):
        after.take()
        called = after.ops.call_next(1)
        assert called is not None
        clock.advance(5)
        got = display.take(after.ops.display_snapshot(display.since()))
        heard += [c.display_code for c in got]
        after.ops.no_show(1)
    assert heard == ["A-001", "A-002", "A-003"]
