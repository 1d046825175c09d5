"""The lobby board's lists and which calls it reads out, after recalls, outages and restores."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, default_config
from kiosk.queue.counter import CounterOps
from kiosk.queue.store import Queue


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
