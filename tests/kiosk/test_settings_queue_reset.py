"""Restarting today's numbering (Queue.reset_numbering): never a duplicate of a waiting number."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.store import IN_PLAY_STATES, Queue
from kiosk.queue.tickets import Ticket, TicketState
from tests.kiosk.test_queue_integrity import band_config


def test_nothing_in_play_restarts_at_one(
    engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(engine, config, clock)
    for _ in range(3):
        t = queue.issue("general").ticket
        queue.transition(t.id, TicketState.CANCELLED)
    result = queue.reset_numbering("general")
    assert (result.next_number, result.retired) == (1, 3)
    assert queue.issue("general").ticket.display_code == "A-001"
    # Finished tickets keep what was printed on them.
    assert [t.display_code for t in queue.tickets_today()][:3] == ["A-001", "A-002", "A-003"]
    assert queue.events(["numbering_reset"])[0]["detail"] == "service=general next=1 retired=3"


def test_waiting_tickets_keep_their_numbers_and_are_never_duplicated(
    engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(engine, config, clock)
    tickets = [queue.issue("general").ticket for _ in range(5)]
    queue.transition(tickets[0].id, TicketState.CANCELLED)  # A-001 finished
    queue.transition(tickets[4].id, TicketState.CANCELLED)  # A-005 finished
    # A-002..A-004 still waiting.
    result = queue.reset_numbering("general")
    assert result.next_number == 4 + 1
    new = [queue.issue("general").ticket.display_code for _ in range(2)]
    assert new == ["A-005", "A-006"]
    waiting = [t.display_code for t in queue.tickets_today() if t.state is TicketState.ISSUED]
    assert len(waiting) == len(set(waiting))
    # Other services are untouched.
    assert queue.issue("move-in").ticket.display_code == "B-001"


def _issued_a_day_ahead(
    queue: Queue, clock: FakeClock, count: int, service: str = "general"
) -> list[Ticket]:
    """``count`` tickets taken while the clock ran a day ahead, then put right."""
    real = clock.now()
    clock.set_wall(real + timedelta(days=1))
    ahead = [queue.issue(service).ticket for _ in range(count)]
    clock.set_wall(real)
    return ahead


def _held(queue: Queue, service: str = "general") -> list[str]:
    """The codes residents hold today (tickets in play), in the order issued."""
    return [t.display_code for t in queue.tickets_today(service) if t.state in IN_PLAY_STATES]


def test_after_a_rollback_numbering_continues_after_the_moved_codes(
    db: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(db, config, clock)
    for _ in range(5):  # Monday's A-001..A-005, all seen to
        queue.transition(queue.issue("general").ticket.id, TicketState.CANCELLED)
    _issued_a_day_ahead(queue, clock, 3)  # A-001..A-003, still waiting
    assert queue.rollback_day().state == "ok"
    # Only the moved tickets are in play: their internal numbers sit below
    # zero, yet the technician was promised numbers after the highest held.
    result = queue.reset_numbering("general")
    assert result.next_number == 4
    new = [queue.issue("general").ticket.display_code for _ in range(3)]
    assert new == ["A-004", "A-005", "A-006"]
    assert _held(queue) == ["A-001", "A-002", "A-003", "A-004", "A-005", "A-006"]


def test_after_a_rollback_a_new_number_never_repeats_a_moved_code(
    db: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(db, config, clock)
    queue.issue("general")  # Monday's A-001, still waiting
    ahead = _issued_a_day_ahead(queue, clock, 4)
    queue.transition(ahead[0].id, TicketState.CANCELLED)  # so no code would be held twice
    assert queue.rollback_day().state == "ok"
    assert _held(queue) == ["A-001", "A-002", "A-003", "A-004"]
    assert queue.reset_numbering("general").next_number == 5
    assert queue.issue("general").ticket.display_code == "A-005"
    assert _held(queue) == ["A-001", "A-002", "A-003", "A-004", "A-005"]


def test_after_a_rollback_a_band_continues_after_the_moved_codes(
    db: Engine, clock: FakeClock
) -> None:
    queue = Queue(db, band_config(509), clock)
    for _ in range(2):  # Monday's 500 and 501, seen to
        queue.transition(queue.issue("b").ticket.id, TicketState.CANCELLED)
    _issued_a_day_ahead(queue, clock, 3, "b")  # 500..502, still waiting
    assert queue.rollback_day().state == "ok"
    assert queue.reset_numbering("b").next_number == 4
    assert [queue.issue("b").ticket.display_code for _ in range(2)] == ["503", "504"]
    assert _held(queue, "b") == ["500", "501", "502", "503", "504"]
