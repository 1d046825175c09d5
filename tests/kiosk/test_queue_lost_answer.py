"""A number PostgreSQL committed whose answer the kiosk never heard is never called.

The issuing statement runs in autocommit, so the server commits before it
answers. Here the connection is lost in between: the resident is told no
number was given and holds no paper, so no counter may call that number,
neither while the kiosk runs on nor after it restarts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.counter import CounterOps
from kiosk.queue.store import Queue
from kiosk.storage.database import DatabaseUnavailableError
from tests.support.databases import opened
from tests.support.server_clock import let_time_pass

pytestmark = pytest.mark.postgres


@contextmanager
def answer_lost(engine: Engine) -> Iterator[None]:
    """The next issuing statement runs and commits, then its connection drops."""
    lost: list[str] = []

    def drop(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("WITH bump") and not lost:
            lost.append(statement)
            raise OperationalError(statement, {}, ConnectionError("server closed the connection"))

    event.listen(engine, "after_cursor_execute", drop)
    try:
        yield
    finally:
        event.remove(engine, "after_cursor_execute", drop)
    assert lost, "no issuing statement ran"


def called_in_turn(ops: CounterOps) -> list[str]:
    """Every number counter 1 calls, one after another, until nobody waits."""
    codes = []
    while (called := ops.call_next(1)) is not None:
        codes.append(called.display_code)
        ops.start(1)
        ops.finish(1)
    return codes


def lose_the_second_answer(
    engine: Engine, config: KioskConfig, clock: FakeClock, kept: Path
) -> Queue:
    """A kiosk gives A-001 (printed), then loses the answer for A-002: its queue."""
    queue = Queue(engine, config, clock, unheld_file=kept)
    first = queue.issue("general").ticket  # stamped the same time as A-002: the clock stands
    queue.record_print(first.id, ok=True)
    with answer_lost(engine), pytest.raises(DatabaseUnavailableError):
        queue.issue("general")  # A-002 committed; the resident is told no number was given
    return queue


def test_a_number_whose_answer_was_lost_is_withdrawn_before_the_next_one(
    pg_url: str, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    kept = tmp_path / "unheld.json"
    with opened(pg_url) as engine:
        queue = lose_the_second_answer(engine, config, clock, kept)
        after = queue.issue("general").ticket
        queue.record_print(after.id, ok=True)
        let_time_pass(engine, clock, config.counters.unprinted_after_s + 60)
        assert called_in_turn(CounterOps(engine, config, clock)) == ["A-001", "A-003"]
        [withdrawn] = queue.events(["ticket_withdrawn"])
        assert withdrawn["detail"].startswith("A-002: ")
    assert not kept.exists()


def test_a_number_whose_answer_was_lost_is_withdrawn_after_a_restart(
    pg_url: str, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    kept = tmp_path / "unheld.json"
    with opened(pg_url) as engine:
        lose_the_second_answer(engine, config, clock, kept)
        # The kiosk restarts before it issues again; its start-up recovery runs.
        restarted = Queue(engine, config, clock, unheld_file=kept)
        restarted.recover_interrupted()
        let_time_pass(engine, clock, config.counters.unprinted_after_s + 60)
        assert called_in_turn(CounterOps(engine, config, clock)) == ["A-001"]
        assert restarted.issue("general").ticket.display_code == "A-003"  # A-002 is used up
        assert restarted.events(["ticket_recovered"]) == []
    assert not kept.exists()
