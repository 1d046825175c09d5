"""Queue numbering, business days, estimates and ticket state transitions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, default_config_text, parse_config
from kiosk.queue.store import Queue, UnknownServiceError
from kiosk.queue.tickets import TRANSITIONS, InvalidTransitionError, TicketState
from kiosk.storage.database import DatabaseUnavailableError


@pytest.fixture
def queue(engine: Engine, config: KioskConfig, clock: FakeClock) -> Queue:
    return Queue(engine, config, clock)


def test_numbers_rise_per_service_without_gaps(queue: Queue) -> None:
    codes = [queue.issue("general").ticket.display_code for _ in range(3)]
    codes += [queue.issue("move-in").ticket.display_code for _ in range(2)]
    codes.append(queue.issue("general").ticket.display_code)
    assert codes == ["A-001", "A-002", "A-003", "B-001", "B-002", "A-004"]


def test_people_ahead_and_estimate(queue: Queue) -> None:
    # 민원 일반: 5 minutes per person, two counters.
    first = queue.issue("general")
    assert (first.people_ahead, first.wait_minutes) == (0, 0)
    for _ in range(4):
        last = queue.issue("general")
    assert last.people_ahead == 4
    assert last.wait_minutes == 10  # 4 x 5 / 2
    # Other services do not count; a served or cancelled ticket is no longer ahead.
    queue.issue("welfare")
    queue.transition(first.ticket.id, TicketState.CANCELLED)
    assert queue.people_ahead(last.ticket) == 3
    # 복지 상담: 15 minutes per person, one counter, rounded up.
    assert queue.estimate_wait_minutes("welfare", 3) == 45


def test_print_failed_tickets_still_wait(queue: Queue) -> None:
    failed = queue.issue("general")
    queue.record_print(failed.ticket.id, ok=False, detail="paper out")
    later = queue.issue("general")
    assert later.people_ahead == 1
    assert queue.waiting_counts()["general"] == 2
    events = queue.events(["print_failed"])
    assert [(e["ticket_id"], e["detail"]) for e in events] == [(failed.ticket.id, "paper out")]


def test_retry_reprints_the_same_ticket(queue: Queue) -> None:
    issued = queue.issue("general")
    queue.record_print(issued.ticket.id, ok=False)
    queue.record_print(issued.ticket.id, ok=False)
    ticket = queue.record_print(issued.ticket.id, ok=True)
    assert ticket.display_code == "A-001"
    assert ticket.state is TicketState.PRINTED
    assert ticket.print_attempts == 3
    assert [t.display_code for t in queue.tickets_today()] == ["A-001"]


def test_numbers_restart_each_business_day_in_seoul(queue: Queue, clock: FakeClock) -> None:
    # 23:59 in Seoul is 14:59 UTC; midnight in Seoul is 15:00 UTC.
    clock.set_wall(datetime(2026, 11, 23, 14, 59, tzinfo=UTC))
    assert queue.issue("general").ticket.display_code == "A-001"
    assert queue.issue("general").ticket.business_day == date(2026, 11, 23)
    clock.set_wall(datetime(2026, 11, 23, 15, 0, tzinfo=UTC))
    issued = queue.issue("general")
    assert (issued.ticket.display_code, issued.ticket.business_day) == ("A-001", date(2026, 11, 24))
    assert issued.people_ahead == 0  # yesterday's tickets are not ahead


def test_clock_jumping_back_never_reuses_a_number(queue: Queue, clock: FakeClock) -> None:
    clock.set_wall(datetime(2026, 11, 24, 0, 30, tzinfo=UTC))
    issued = [queue.issue("general").ticket for _ in range(3)]
    # The clock is set back a whole day (a bad NTP sync, a dead RTC battery).
    clock.set_wall(datetime(2026, 11, 23, 0, 30, tzinfo=UTC))
    after = queue.issue("general").ticket
    assert after.business_day == issued[-1].business_day
    assert after.number == 4
    # ...and forward again: still no duplicate.
    clock.set_wall(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))
    assert queue.issue("general").ticket.number == 5


def test_number_band_wraps_within_its_band(engine: Engine, clock: FakeClock) -> None:
    data: dict[str, Any] = {
        "services": [
            {"id": "a", "names": {"ko": "가"}, "band": [1, 499]},
            {"id": "b", "names": {"ko": "나"}, "band": [500, 502]},
        ]
    }
    queue = Queue(engine, parse_config(data), clock)
    assert queue.issue("a").ticket.display_code == "001"
    issued = [queue.issue("b").ticket for _ in range(3)]
    assert [t.display_code for t in issued] == ["500", "501", "502"]
    # 500 was given back: the band wraps onto it (a full band refuses:
    # tests/kiosk/test_queue_integrity.py).
    queue.transition(issued[0].id, TicketState.CANCELLED)
    assert queue.issue("b").ticket.display_code == "500"


def test_priority_only_where_allowed(queue: Queue) -> None:
    assert queue.issue("general", priority=True).ticket.priority is True
    assert queue.issue("move-in", priority=True).ticket.priority is False


def test_unknown_and_disabled_services(engine: Engine, clock: FakeClock) -> None:
    import tomllib

    data = tomllib.loads(default_config_text())
    data["services"][1]["enabled"] = False
    queue = Queue(engine, parse_config(data), clock)
    with pytest.raises(UnknownServiceError):
        queue.issue("nope")
    with pytest.raises(UnknownServiceError):
        queue.issue("move-in")


@pytest.mark.parametrize("start", list(TicketState))
def test_transitions_follow_the_table(queue: Queue, start: TicketState) -> None:
    for target in TicketState:
        issued = queue.issue("general")
        _drive_to(queue, issued.ticket.id, start)
        if target in TRANSITIONS[start]:
            assert queue.transition(issued.ticket.id, target).state is target
        else:
            with pytest.raises(InvalidTransitionError):
                queue.transition(issued.ticket.id, target)
            assert queue.get(issued.ticket.id).state is start


def _drive_to(queue: Queue, ticket_id: int, state: TicketState) -> None:
    paths = {
        TicketState.ISSUED: [],
        TicketState.PRINTED: [TicketState.PRINTED],
        TicketState.PRINT_FAILED: [TicketState.PRINT_FAILED],
        TicketState.CALLED: [TicketState.PRINTED, TicketState.CALLED],
        TicketState.SERVING: [TicketState.PRINTED, TicketState.CALLED, TicketState.SERVING],
        TicketState.DONE: [
            TicketState.PRINTED,
            TicketState.CALLED,
            TicketState.SERVING,
            TicketState.DONE,
        ],
        TicketState.NO_SHOW: [TicketState.PRINTED, TicketState.CALLED, TicketState.NO_SHOW],
        TicketState.CANCELLED: [TicketState.CANCELLED],
    }
    for step in paths[state]:
        queue.transition(ticket_id, step)


def test_issue_time_is_recorded_in_utc(queue: Queue, clock: FakeClock) -> None:
    issued = queue.issue("general").ticket
    assert issued.issued_at == clock.now()
    clock.advance(timedelta(minutes=3).total_seconds())
    assert queue.get(issued.id).issued_at.tzinfo is not None


def test_unreachable_database_raises_queue_unavailable(
    engine: Engine, config: KioskConfig, clock: FakeClock, tmp_path: Any
) -> None:
    queue = Queue(engine, config, clock)
    queue.issue("general")
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.execute(text("DROP TABLE tickets"))
    with pytest.raises(DatabaseUnavailableError):
        queue.issue("general")
    # Nothing half-done: the counter did not move either.
    with engine.connect() as conn:
        assert conn.execute(text("SELECT last_number FROM ticket_counters")).scalar_one() == 1
