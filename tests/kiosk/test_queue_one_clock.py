"""One clock for the queue across PCs: a kiosk, counters and a display on one PostgreSQL.

Each PC has its own clock, and PC clocks drift by minutes. A time one PC
stamps and another compares with its "now" goes by the database server's
clock, so a skewed PC neither calls a ticket still printing nor keeps a staff
call from the counters. Each test gives one PC a clock minutes off the server's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.counter import CounterOps, NewCalls
from kiosk.queue.store import Queue
from tests.support.databases import opened
from tests.support.server_clock import let_time_pass

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    with opened(pg_url) as engine:
        yield engine


def _off_by(seconds: float) -> FakeClock:
    """A PC's clock ``seconds`` ahead of the server's (behind when negative)."""
    return FakeClock(datetime.now(UTC) + timedelta(seconds=seconds))


@pytest.mark.parametrize(
    ("kiosk_off", "counter_off"),
    [(-150, 0), (0, 150)],
    ids=["kiosk-behind", "counter-ahead"],
)
def test_a_ticket_still_printing_is_not_called_whatever_the_pcs_clocks_say(
    pg_engine: Engine, config: KioskConfig, kiosk_off: float, counter_off: float
) -> None:
    """``counters.unprinted_after_s`` is 120 s; the kiosk's clock is 150 s behind the counter's."""
    kiosk = Queue(pg_engine, config, _off_by(kiosk_off))
    counter_clock = _off_by(counter_off)
    counter = CounterOps(pg_engine, config, counter_clock)
    printing = kiosk.issue("general").ticket  # the paper is on its way out
    [listed] = counter.counter_snapshot(1).waiting
    assert (listed.display_code, listed.print_failed) == (printing.display_code, False)
    assert counter.call_next(1) is None  # nobody holds a number yet
    kiosk.record_print(printing.id, ok=True)
    called = counter.call_next(1)
    assert called is not None and called.display_code == printing.display_code
    assert not called.print_failed and kiosk.events(["print_failed"]) == []


def test_a_ticket_whose_kiosk_stopped_is_still_called_after_two_minutes_of_server_time(
    pg_engine: Engine, config: KioskConfig
) -> None:
    kiosk_clock = _off_by(150)  # ahead: by its stamp the ticket would wait 270 s
    kiosk = Queue(pg_engine, config, kiosk_clock)
    counter = CounterOps(pg_engine, config, _off_by(0))
    stuck = kiosk.issue("general").ticket  # the kiosk stops before printing
    assert counter.call_next(1) is None
    let_time_pass(pg_engine, kiosk_clock, config.counters.unprinted_after_s + 1)
    [listed] = counter.counter_snapshot(1).waiting
    assert listed.print_failed  # flagged for staff, and called
    called = counter.call_next(1)
    assert called is not None and called.display_code == stuck.display_code
    assert [e["ticket_id"] for e in kiosk.events(["print_failed"])] == [stuck.id]


def test_a_staff_call_from_a_kiosk_whose_clock_is_behind_reaches_the_counters(
    pg_engine: Engine, config: KioskConfig
) -> None:
    """Counters list staff calls of the last ``counters.staff_call_minutes`` (30)."""
    kiosk = Queue(pg_engine, config, _off_by(-40 * 60))
    counter = CounterOps(pg_engine, config, _off_by(0))
    kiosk.record_event("staff_call", "screen=home")
    assert [c.detail for c in counter.counter_snapshot(1).staff_calls] == ["screen=home"]


def test_after_an_outage_a_display_pc_running_slow_does_not_read_out_a_call_long_answered(
    pg_engine: Engine, config: KioskConfig
) -> None:
    """The display's clock is 90 s slow; a call made during the outage is 100 s old by
    the server's clock, past ``NewCalls.RESUME_WINDOW_S`` (60 s): shown, not read out
    (by the display's own clock it was 10 s old, and read out)."""
    kiosk_clock = _off_by(0)
    kiosk = Queue(pg_engine, config, kiosk_clock)
    counter = CounterOps(pg_engine, config, kiosk_clock)
    display = CounterOps(pg_engine, config, _off_by(-90))
    calls = NewCalls()
    calls.take(display.display_snapshot(calls.since()))
    calls.lost()  # the display loses the database for a while
    ticket = kiosk.issue("general").ticket
    kiosk.record_print(ticket.id, ok=True)
    called = counter.call_next(1)
    assert called is not None
    # 100 s of server time; the display's clock, 90 s behind, says 10 s went by
    # since the call (it is left where it was: the server's clock is the one moved).
    let_time_pass(pg_engine, kiosk_clock, 100)
    snapshot = display.display_snapshot(calls.since())
    assert snapshot.current[1].display_code == ticket.display_code  # on its tile
    assert calls.take(snapshot) == []
