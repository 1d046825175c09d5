"""A service's id, prefix or band changed during the day never gives a code someone holds.

Numbering is kept per service id, so a renamed service starts its own count
and a prefix handed to another service is counted afresh; a config file
edited by hand is not checked against the queue.
The issuing store is the last line: on SQLite and on PostgreSQL, a new code
never equals one a ticket still in play holds today.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import Engine, select

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, parse_config
from kiosk.config.edit import set_value
from kiosk.queue.store import IN_PLAY_STATES, BandFullError, Queue
from kiosk.queue.tickets import TicketState
from kiosk.storage.database import tickets


def codes_held(engine: Engine) -> list[str]:
    """The display codes residents hold on paper and counters may still call, in order."""
    with engine.connect() as conn:
        return list(
            conn.execute(
                select(tickets.c.display_code)
                .where(tickets.c.state.in_([s.value for s in IN_PLAY_STATES]))
                .order_by(tickets.c.id)
            ).scalars()
        )


def changed(queue: Queue, *changes: tuple[str, Any]) -> None:
    """The kiosk's config after a technician's changes, as the running queue takes it."""
    config = queue.config
    for key, value in changes:
        config = set_value(config, key, value)
    queue.update_config(config)


def test_a_renamed_service_continues_after_the_number_still_waiting(
    db: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(db, config, clock)
    first = queue.issue("move-in").ticket
    assert first.display_code == "B-001"
    changed(queue, ("services[1].id", "civil"))
    # Was B-001 again, while the first resident's B-001 still waited.
    assert queue.issue("civil").ticket.display_code == "B-002"
    assert queue.issue("civil").ticket.display_code == "B-003"
    assert codes_held(db) == ["B-001", "B-002", "B-003"]


def test_a_prefix_handed_to_another_service_skips_the_codes_still_in_play(
    db: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(db, config, clock)
    assert queue.issue("general").ticket.display_code == "A-001"
    assert queue.issue("general").ticket.display_code == "A-002"
    changed(queue, ("services[0].prefix", "Z"), ("services[1].prefix", "A"))
    # Was A-001: a second resident holding A-001.
    assert queue.issue("move-in").ticket.display_code == "A-003"
    assert queue.issue("general").ticket.display_code == "Z-003"
    assert codes_held(db) == ["A-001", "A-002", "A-003", "Z-003"]


def test_codes_of_finished_tickets_do_not_hold_numbering_back(
    db: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(db, config, clock)
    done = queue.issue("general").ticket
    for state in (TicketState.PRINTED, TicketState.CALLED, TicketState.SERVING, TicketState.DONE):
        queue.transition(done.id, state)
    changed(queue, ("services[0].prefix", "Z"), ("services[1].prefix", "A"))
    # Nobody holds A-001 any more: as after a restart of the numbering, it may be given again.
    assert queue.issue("move-in").ticket.display_code == "A-001"


def band_config() -> KioskConfig:
    return parse_config(
        {
            "services": [
                {"id": "a", "names": {"ko": "가"}, "prefix": "A"},
                {"id": "b", "names": {"ko": "나"}, "band": [500, 502]},
            ]
        }
    )


def test_a_renamed_band_service_never_gives_a_code_held_in_play(
    db: Engine, clock: FakeClock
) -> None:
    queue = Queue(db, band_config(), clock)
    assert queue.issue("b").ticket.display_code == "500"
    changed(queue, ("services[1].id", "c"))
    with pytest.raises(BandFullError) as refused:
        queue.issue("c")
    assert "500" in str(refused.value)
    # Whatever the next try gives (PostgreSQL finds the clash after its
    # statement and spends the number), no code is held twice.
    with contextlib.suppress(BandFullError):
        queue.issue("c")
    held = codes_held(db)
    assert held[0] == "500"
    assert not [code for code, count in Counter(held).items() if count > 1]
    assert [event["kind"] for event in queue.events(["band_full"])] == ["band_full"]


def test_codes_in_play_name_each_service_s_tickets_and_those_moved_to_it(
    db: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(db, config, clock)
    general = queue.issue("general").ticket
    queue.issue("move-in")
    finished = queue.issue("welfare").ticket
    queue.transition(finished.id, TicketState.CANCELLED)
    with db.begin() as conn:
        # A counter transferred A-001 to the move-in queue.
        conn.execute(
            tickets.update().where(tickets.c.id == general.id).values(queue_service_id="move-in")
        )
    assert queue.codes_in_play(["general", "move-in", "welfare"]) == {
        "general": ["A-001"],
        "move-in": ["A-001", "B-001"],
    }
