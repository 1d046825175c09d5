"""Restarting today's numbering (Queue.reset_numbering): never a duplicate of a waiting number."""

from __future__ import annotations

from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.store import Queue
from kiosk.queue.tickets import TicketState


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
