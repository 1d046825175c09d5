"""The queue on PostgreSQL: issuing, change notifications, and a server restart mid-operation."""

from __future__ import annotations

import threading
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, default_config_text, parse_config
from kiosk.queue.counter import CounterOps
from kiosk.queue.notify import RESYNC, PgListener, create_listener
from kiosk.queue.store import IN_PLAY_STATES, Queue
from kiosk.queue.tickets import TicketState, display_code
from kiosk.storage.database import DatabaseUnavailableError, open_database
from tests.postgres_fixture import PgServer
from tests.support.databases import opened
from tests.support.server_clock import let_time_pass

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    with opened(pg_url) as engine:
        yield engine


@contextmanager
def issued_meanwhile(engine: Engine, lobby: Queue, statement: str) -> Iterator[list[str]]:
    """A resident takes a "general" number on ``lobby`` just before ``statement`` first runs.

    The issue runs on its own thread and gets half a second to finish, so a
    statement that does not hold issuers back sees it committed. The yielded
    list holds its display code once the block has ended.
    """
    issued: list[str] = []
    threads: list[threading.Thread] = []

    def issue_now(conn: object, cursor: object, sql: str, *args: object) -> None:
        if sql.startswith(statement) and not threads:
            worker = threading.Thread(
                target=lambda: issued.append(lobby.issue("general").ticket.display_code)
            )
            threads.append(worker)
            worker.start()
            worker.join(0.5)

    event.listen(engine, "before_cursor_execute", issue_now)
    try:
        yield issued
    finally:
        event.remove(engine, "before_cursor_execute", issue_now)
    for worker in threads:
        worker.join(10)


def test_issue_matches_the_sqlite_numbering(
    pg_engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(pg_engine, config, clock)
    codes = [queue.issue("general").ticket.display_code for _ in range(3)]
    codes.append(queue.issue("move-in").ticket.display_code)
    assert codes == ["A-001", "A-002", "A-003", "B-001"]
    issued = queue.issue("general", priority=True)
    assert issued.ticket.priority and issued.people_ahead == 3
    assert issued.ticket.issued_at == clock.now()
    assert queue.issue("move-in", priority=True).ticket.priority is False  # not allowed there


def test_display_codes_computed_in_sql_match_python(pg_engine: Engine, clock: FakeClock) -> None:
    text_ = default_config_text().replace('prefix = "B"', "band = [500, 509]")
    config = parse_config(tomllib.loads(text_))
    queue = Queue(pg_engine, config, clock)
    band = config.service("move-in")
    general = config.service("general")
    with pg_engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO ticket_counters VALUES ('general', %(day)s, 997)",
            {"day": queue.business_day()},
        )
    for _ in range(4):
        ticket = queue.issue("general").ticket
        assert ticket.display_code == display_code(general, ticket.number)
    assert ticket.display_code == "A-1001"
    first = [queue.issue("move-in").ticket for _ in range(10)]
    for ticket in first[:2]:  # given back: the band may wrap onto them
        queue.transition(ticket.id, TicketState.CANCELLED)
    for _ in range(2):
        ticket = queue.issue("move-in").ticket
        assert ticket.display_code == display_code(band, ticket.number)
    assert ticket.display_code == "501"  # wrapped within 500-509


def drop_after_commit(queue: Queue, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``queue``'s next issue commit its ticket, then lose the connection."""
    sharing = queue.sharing

    def dropped(service_id: str) -> list[str]:
        # The issuing statement has committed; the connection dies before the
        # people-ahead count answers.
        monkeypatch.setattr(queue, "sharing", sharing)
        raise OperationalError("SELECT count", {}, ConnectionError("server closed the connection"))

    monkeypatch.setattr(queue, "sharing", dropped)


def test_a_number_committed_before_the_connection_dropped_is_never_called(
    pg_engine: Engine, config: KioskConfig, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue = Queue(pg_engine, config, clock)
    ops = CounterOps(pg_engine, config, clock)
    drop_after_commit(queue, monkeypatch)
    with pytest.raises(DatabaseUnavailableError):
        queue.issue("general")  # the resident is told no number was given
    held = queue.issue("general")
    queue.record_print(held.ticket.id, ok=True)
    # Long enough for a counter to sweep up a ticket still issued (by the
    # server's clock), which it would then call: this one must be gone.
    let_time_pass(pg_engine, clock, config.counters.unprinted_after_s + 60)
    called = ops.call_next(1)
    assert called is not None and called.display_code == held.ticket.display_code
    ops.start(1)
    ops.finish(1)
    assert ops.call_next(1) is None
    ghost = queue.tickets_today("general")[0]
    assert ghost.display_code == "A-001" and ghost.state is TicketState.CANCELLED
    withdrawn = queue.events(["ticket_withdrawn"])
    assert [e["ticket_id"] for e in withdrawn] == [ghost.id]
    assert "A-001" in withdrawn[0]["detail"]


def test_a_number_committed_before_the_connection_dropped_is_withdrawn_after_a_restart(
    pg_engine: Engine,
    config: KioskConfig,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    kept = tmp_path / "unheld.json"
    queue = Queue(pg_engine, config, clock, unheld_file=kept)
    drop_after_commit(queue, monkeypatch)
    with pytest.raises(DatabaseUnavailableError):
        queue.issue("general")  # the resident is told no number was given
    # The kiosk restarts before it issues again; its start-up recovery runs.
    restarted = Queue(pg_engine, config, clock, unheld_file=kept)
    assert restarted.recover_interrupted() == []
    held = restarted.issue("general").ticket
    restarted.record_print(held.id, ok=True)
    let_time_pass(pg_engine, clock, config.counters.unprinted_after_s + 1)
    ops = CounterOps(pg_engine, config, clock)
    called = ops.call_next(1)
    assert called is not None and called.display_code == held.display_code == "A-002"
    assert ops.call_next(2) is None  # nobody is called for A-001
    ghost = restarted.tickets_today("general")[0]
    assert (ghost.display_code, ghost.state) == ("A-001", TicketState.CANCELLED)
    [withdrawn] = restarted.events(["ticket_withdrawn"])
    assert withdrawn["ticket_id"] == ghost.id and "A-001" in withdrawn["detail"]
    assert restarted.events(["ticket_recovered"]) == []
    assert not kept.exists()  # done with: a later start withdraws nothing


def test_a_number_issued_during_a_numbering_reset_is_not_given_again(
    pg_engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    technician = Queue(pg_engine, config, clock)
    lobby = Queue(pg_engine, config, clock)
    held = lobby.issue("general").ticket
    lobby.record_print(held.id, ok=True)
    with issued_meanwhile(pg_engine, lobby, "UPDATE ticket_counters") as during:
        technician.reset_numbering("general")
    after = lobby.issue("general").ticket.display_code
    assert [held.display_code, *during, after] == ["A-001", "A-002", "A-003"]


@pytest.mark.parametrize(
    "meanwhile",
    [
        "UPDATE tickets SET business_day",  # after the highest numbers were read
        "DELETE FROM ticket_counters",  # after the later day's tickets moved
        "INSERT INTO ticket_counters",  # after the later day's counters went
    ],
)
def test_a_number_issued_during_a_day_rollback_is_not_given_again(
    pg_engine: Engine, config: KioskConfig, clock: FakeClock, meanwhile: str
) -> None:
    technician = Queue(pg_engine, config, clock)
    lobby = Queue(pg_engine, config, clock)
    wall = clock.now()
    clock.set_wall(wall + timedelta(days=1))  # the clock ran a day ahead...
    for _ in range(2):
        ticket = lobby.issue("general").ticket
        lobby.record_print(ticket.id, ok=True)
    clock.set_wall(wall + timedelta(minutes=5))  # ...and was put right
    with issued_meanwhile(pg_engine, lobby, meanwhile) as during:
        assert technician.rollback_day().state == "ok"
    after = lobby.issue("general").ticket.display_code
    assert [*during, after] == ["A-003", "A-004"]
    with pg_engine.connect() as conn:
        in_play = conn.exec_driver_sql(
            "SELECT display_code, business_day FROM tickets WHERE state = ANY(%(states)s)"
            " ORDER BY id",
            {"states": [s.value for s in IN_PLAY_STATES]},
        ).all()
    # Every number a resident holds is on today's list, each held once, and
    # the queue stays on today (no counter re-pinned it to the later day).
    today = technician.business_day()
    assert [(code, day) for code, day in in_play] == [
        ("A-001", today),
        ("A-002", today),
        ("A-003", today),
        ("A-004", today),
    ]
    assert technician.clock_status().state == "ok"


def test_the_clock_check_says_how_far_this_machine_is_off_the_servers(
    pg_engine: Engine, config: KioskConfig
) -> None:
    on_time = Queue(pg_engine, config, FakeClock(datetime.now(UTC))).clock_status()
    assert on_time.skew_s is not None and abs(on_time.skew_s) < 5 and not on_time.skewed
    # Two minutes fast: past SKEW_LIMIT_S (the queue's times go by the
    # server's clock, but this PC's business day and ticket times do not).
    fast = FakeClock(datetime.now(UTC) + timedelta(minutes=2))
    ahead = Queue(pg_engine, config, fast).clock_status()
    assert ahead.skew_s is not None and 115 < ahead.skew_s < 125 and ahead.skewed


def test_business_day_never_steps_back(
    pg_engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(pg_engine, config, clock)
    first = queue.issue("general").ticket
    clock.set_wall(clock.now() - timedelta(days=1))
    again = queue.issue("general").ticket
    assert again.business_day == first.business_day and again.number == 2


def test_listener_hears_changes_from_another_connection(
    pg_url: str, pg_engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    heard: list[str] = []
    got = threading.Event()

    def on_change(what: str) -> None:
        heard.append(what)
        if what == "calls":
            got.set()

    listener = create_listener(pg_engine)
    assert isinstance(listener, PgListener)
    listener.start(on_change)
    try:
        assert listener.connected.wait(10)
        with opened(pg_url) as other:
            queue = Queue(other, config, clock)
            ticket = queue.issue("general").ticket
            queue.record_print(ticket.id, ok=True)
            started = time.monotonic()
            CounterOps(other, config, clock).call_next(1)
            assert got.wait(5)
            latency = time.monotonic() - started
    finally:
        listener.stop()
    assert heard[0] == RESYNC
    assert "tickets" in heard and "calls" in heard
    assert latency < 1.0


def test_restart_shows_unavailable_then_recovers_with_nothing_lost(
    pg_server: PgServer, pg_url: str, config: KioskConfig
) -> None:
    """A PostgreSQL restart during operation: issuing fails cleanly, then works again by itself."""
    clock = FakeClock(datetime.now(UTC))
    engine = open_database(pg_url)
    queue = Queue(engine, config, clock)
    before = [queue.issue("general").ticket for _ in range(5)]
    heard: list[str] = []
    listener = PgListener(engine, reconnect_s=0.2)
    listener.start(heard.append)
    issued_during: list[int] = []
    failures: list[str] = []
    stop = threading.Event()

    def kiosk_loop() -> None:
        # A kiosk that keeps issuing (and is told "unavailable" while the server is away).
        while not stop.is_set():
            try:
                issued_during.append(queue.issue("move-in").ticket.number)
            except DatabaseUnavailableError as exc:
                failures.append(str(exc))
                time.sleep(0.05)
            time.sleep(0.01)

    worker = threading.Thread(target=kiosk_loop)
    try:
        assert listener.connected.wait(10)
        worker.start()
        time.sleep(0.5)
        pg_server.stop()
        with pytest.raises(DatabaseUnavailableError):
            queue.issue("general")
        with pytest.raises(DatabaseUnavailableError):
            queue.waiting_counts()
        # The home screen's estimate never fails: it falls back to what it knew.
        assert queue.estimate_wait_minutes("general", 2) == 5
        time.sleep(0.5)
        pg_server.start()
        deadline = time.monotonic() + 20
        while True:
            try:
                after = queue.issue("general").ticket
                break
            except DatabaseUnavailableError:
                assert time.monotonic() < deadline, "the queue did not recover"
                time.sleep(0.1)
        time.sleep(0.5)
        stop.set()
        worker.join(10)
        # The listener reconnected by itself and asked everyone to resync.
        deadline = time.monotonic() + 10
        while not listener.connected.is_set() or heard.count(RESYNC) < 2:
            assert time.monotonic() < deadline, f"listener did not reconnect: {heard}"
            time.sleep(0.05)
        assert failures, "the kiosk loop never saw the server away"
        assert after.number == len(before) + 1
        survivors = {t.id for t in queue.tickets_today("general")}
        assert {t.id for t in before} <= survivors
        # Issued while the server came and went: no duplicate, no gap.
        numbers = sorted(t.number for t in queue.tickets_today("move-in"))
        assert numbers == list(range(1, len(numbers) + 1))
        assert set(issued_during) <= set(numbers)
    finally:
        # Close everything this test opened, whether it passed, failed or was
        # skipped: a connection left open fails whichever test runs next.
        stop.set()
        if worker.is_alive():
            worker.join(10)
        listener.stop()
        engine.dispose()
