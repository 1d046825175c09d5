"""Queue integrity after faults: full number bands, clock jumps, tickets a crash left behind.

Each test reproduces a defect of issue 19 on a real database (SQLite here,
PostgreSQL where marked) and asserts on what residents and staff are left
with: the ticket rows, the display codes, the staff events.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, parse_config
from kiosk.queue.store import (
    BandFullError,
    ImplausibleDayError,
    Queue,
    plausible_next_day,
    unheld_file,
)
from kiosk.queue.tickets import TicketState
from tests.support.band_race import issue_at_once
from tests.support.databases import opened
from tests.support.side_by_side import kiosk_engines

IN_PLAY = ("issued", "printed", "print_failed", "called", "serving")


def band_config(last: int = 502) -> KioskConfig:
    data: dict[str, Any] = {
        "services": [
            {"id": "a", "names": {"ko": "가"}, "prefix": "A"},
            {"id": "b", "names": {"ko": "나"}, "band": [500, last]},
        ]
    }
    return parse_config(data)


def held_codes(engine: Engine, service_id: str) -> list[str]:
    """Display codes of the service's tickets still in play (what residents hold)."""
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT display_code FROM tickets WHERE service_id = :s AND state IN "
                "('issued', 'printed', 'print_failed', 'called', 'serving') ORDER BY id"
            ),
            {"s": service_id},
        ).all()
    return [r.display_code for r in rows]


def ticket_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM tickets")).scalar_one())


# -- item 6: a full band refuses instead of wrapping onto a waiting number ----------------


def _band_full_is_refused(engine: Engine, clock: FakeClock) -> None:
    queue = Queue(engine, band_config(), clock)
    codes = [queue.issue("b").ticket.display_code for _ in range(3)]
    assert codes == ["500", "501", "502"]
    for _ in range(2):
        with pytest.raises(BandFullError) as refused:
            queue.issue("b")
        assert "ask staff" in refused.value.message.source
    # Nothing consumed, no ticket row, every held number is unique.
    assert held_codes(engine, "b") == ["500", "501", "502"]
    assert ticket_count(engine) == 3
    with engine.connect() as conn:
        last = conn.execute(
            text("SELECT last_number FROM ticket_counters WHERE service_id = 'b'")
        ).scalar_one()
    assert last == 3
    # Staff hear of it once, however often residents tap, even while other
    # services go on issuing.
    assert queue.issue("a").ticket.display_code == "A-001"
    with pytest.raises(BandFullError):
        queue.issue("b")
    events = queue.events(["band_full"])
    assert len(events) == 1 and "band=500-502" in events[0]["detail"]
    # Once 500 is served, the band wraps onto it, and only onto it.
    first = queue.tickets_today("b")[0]
    for state in (TicketState.PRINTED, TicketState.CALLED, TicketState.SERVING, TicketState.DONE):
        queue.transition(first.id, state)
    assert queue.issue("b").ticket.display_code == "500"
    with pytest.raises(BandFullError):
        queue.issue("b")
    assert held_codes(engine, "b") == ["501", "502", "500"]


def test_a_full_band_refuses_and_never_reuses_a_waiting_number(
    engine: Engine, clock: FakeClock
) -> None:
    _band_full_is_refused(engine, clock)


@pytest.mark.postgres
def test_a_full_band_refuses_on_postgresql(pg_url: str, clock: FakeClock) -> None:
    with opened(pg_url) as engine:
        _band_full_is_refused(engine, clock)


@pytest.mark.postgres
@pytest.mark.parametrize("last", [502, 501])
def test_concurrent_issuers_never_share_a_band_number_on_postgresql(
    pg_url: str, clock: FakeClock, last: int
) -> None:
    # A band of two is smaller than the number of kiosks issuing at once: the
    # case the issuing statement's own check cannot see (``_lost_band_race``).
    with kiosk_engines(pg_url, 4) as engines:
        issued, refused = issue_at_once(engines, band_config(last), clock, "b", rounds=3)
        band = [str(n) for n in range(500, last + 1)]
        held = held_codes(engines[0], "b")
        assert sorted(held) == band
        assert sorted(issued) == band
        assert refused == 12 - len(band)


# -- item 5: a clock jump forward cannot pin the business day ------------------------------


def test_a_clock_jump_forward_is_refused_and_does_not_pin_the_day(
    engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(engine, config, clock)  # Monday 2026-11-23, 09:30 in Seoul
    assert queue.issue("general").ticket.display_code == "A-001"
    real = clock.now()
    clock.set_wall(real + timedelta(days=3, minutes=1))  # a bad NTP answer: Thursday
    with pytest.raises(ImplausibleDayError) as refused:
        queue.issue("general")
    assert "clock" in refused.value.message.source
    (warning,) = queue.events(["clock_implausible"])
    assert "2026-11-26" in warning["detail"] and "2026-11-23" in warning["detail"]
    assert queue.clock_status().state == "ahead"
    # The clock is corrected: today's numbering simply continues.
    clock.set_wall(real + timedelta(minutes=2))
    again = queue.issue("general").ticket
    assert (again.business_day, again.display_code) == (date(2026, 11, 23), "A-002")
    assert [t.display_code for t in queue.tickets_today()] == ["A-001", "A-002"]
    assert queue.waiting_counts()["general"] == 2
    # ...and tomorrow numbers restart at 1.
    clock.set_wall(datetime(2026, 11, 24, 0, 30, tzinfo=UTC))
    assert queue.issue("general").ticket.display_code == "A-001"


def test_a_day_pinned_in_the_future_is_rolled_back_by_the_technician(
    engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(engine, config, clock)
    first = [queue.issue("general").ticket for _ in range(2)]
    real = clock.now()
    # A one-day jump looks like midnight: numbers go to Tuesday...
    clock.set_wall(real + timedelta(days=1))
    pinned = [queue.issue("general").ticket for _ in range(3)]
    assert {t.business_day for t in pinned} == {date(2026, 11, 24)}
    # ...and once the clock is right again the queue stays pinned there.
    clock.set_wall(real + timedelta(minutes=5))
    later = [queue.issue("general").ticket for _ in range(2)]
    assert [(str(t.business_day), t.display_code) for t in later] == [
        ("2026-11-24", "A-004"),
        ("2026-11-24", "A-005"),
    ]
    assert queue.tickets_today() == queue.tickets_today("general")
    assert len(queue.tickets_today()) == 2  # today's list misses them
    [behind] = queue.events(["clock_behind"])  # staff are told once
    assert "2026-11-23" in behind["detail"] and "2026-11-24" in behind["detail"]
    status = queue.clock_status()
    assert (status.state, status.wall_day, status.last_day) == (
        "behind",
        date(2026, 11, 23),
        date(2026, 11, 24),
    )
    # Monday's are still waiting: moving Tuesday's A-001 and
    # A-002 next to them would put two residents on one code. Nothing moves.
    refused = queue.rollback_day()
    assert (refused.state, refused.collisions) == ("behind", ("A-001", "A-002"))
    assert queue.clock_status().state == "behind"
    assert len(queue.tickets_today()) == 2
    assert queue.events(["day_rolled_back"]) == []
    (report,) = queue.events(["day_rollback_refused"])
    assert report["detail"] == "from=2026-11-24 to=2026-11-23 collisions=A-001,A-002"
    # Staff serve one and cancel the other; then the repair goes through.
    queue.transition(first[0].id, TicketState.PRINTED)
    queue.transition(first[0].id, TicketState.CALLED, counter=1)
    queue.transition(first[0].id, TicketState.SERVING, counter=1)
    queue.transition(first[0].id, TicketState.DONE, counter=1)
    queue.transition(first[1].id, TicketState.CANCELLED)
    rolled = queue.rollback_day()
    assert (rolled.state, rolled.collisions) == ("ok", ())
    today = queue.tickets_today()
    # Every ticket is on today's list with the code its resident holds...
    assert [t.display_code for t in today] == [
        "A-001",
        "A-002",
        "A-001",
        "A-002",
        "A-003",
        "A-004",
        "A-005",
    ]
    # ...and no code is held twice in play.
    held = [t.display_code for t in today if t.state.value in IN_PLAY]
    assert held == ["A-001", "A-002", "A-003", "A-004", "A-005"]
    assert len(set(held)) == len(held)
    # New numbers follow the highest code any resident may hold.
    assert queue.issue("general").ticket.display_code == "A-006"
    held = [t.display_code for t in queue.tickets_today() if t.state.value in IN_PLAY]
    assert len(set(held)) == len(held) == 6
    (event,) = queue.events(["day_rolled_back"])
    assert event["detail"] == "from=2026-11-24 to=2026-11-23 moved=5"


def test_the_technician_accepts_a_day_after_a_long_closure(
    engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(engine, config, clock)
    queue.issue("general")
    # A new process after a holiday week: nothing vouches for the gap.
    clock.set_wall(datetime(2026, 12, 1, 0, 30, tzinfo=UTC))
    queue = Queue(engine, config, clock)
    with pytest.raises(ImplausibleDayError):
        queue.issue("general")
    assert queue.accept_day().state == "ok"
    ticket = queue.issue("general").ticket
    assert (ticket.business_day, ticket.display_code) == (date(2026, 12, 1), "A-001")
    assert [e["detail"] for e in queue.events(["day_accepted"])] == [
        "day=2026-12-01 previous=2026-11-23"
    ]


def test_real_time_passing_is_never_refused(
    engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(engine, config, clock)
    queue.issue("general")
    # A kiosk left running through a holiday week: the monotonic clock saw it pass.
    clock.advance(timedelta(days=6).total_seconds())
    assert queue.issue("general").ticket.display_code == "A-001"
    # Friday to Monday is a weekend, even for a kiosk switched off over it.
    assert plausible_next_day(date(2026, 11, 27), date(2026, 11, 30))
    assert not plausible_next_day(date(2026, 11, 27), date(2026, 12, 1))


@pytest.mark.postgres
def test_a_clock_jump_forward_is_refused_on_postgresql(
    pg_url: str, config: KioskConfig, clock: FakeClock
) -> None:
    with opened(pg_url) as engine:
        queue = Queue(engine, config, clock)
        queue.issue("general")
        real = clock.now()
        clock.set_wall(real + timedelta(days=10))
        with pytest.raises(ImplausibleDayError):
            queue.issue("general")
        clock.set_wall(real + timedelta(minutes=1))
        assert queue.issue("general").ticket.display_code == "A-002"
        assert [t.business_day for t in queue.tickets_today()] == [date(2026, 11, 23)] * 2
        assert len(queue.events(["clock_implausible"])) == 1


# -- item 4 (ticket half): tickets a crash left issued ---------------------------------------


@pytest.fixture
def queue(engine: Engine, config: KioskConfig, clock: FakeClock) -> Iterator[Queue]:
    yield Queue(engine, config, clock)


def test_tickets_left_issued_by_a_crash_are_flagged_for_staff(
    queue: Queue, engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    yesterday = queue.issue("general").ticket  # stranded since yesterday
    clock.set_wall(datetime(2026, 11, 24, 0, 30, tzinfo=UTC))
    printed = queue.issue("general").ticket
    queue.record_print(printed.id, ok=True)
    failed = queue.issue("general").ticket
    queue.record_print(failed.id, ok=False, detail="paper out")
    ghost = queue.issue("general").ticket  # the power went before its print finished
    other = config.model_copy(
        update={"center": config.center.model_copy(update={"kiosk_id": "kiosk-2"})}
    )
    elsewhere = Queue(engine, other, clock).issue("general").ticket

    recovered = queue.recover_interrupted()
    assert [(r.display_code, str(r.business_day), r.state) for r in recovered] == [
        ("A-001", "2026-11-23", TicketState.CANCELLED),
        ("A-003", "2026-11-24", TicketState.PRINT_FAILED),
    ]
    assert queue.get(yesterday.id).state is TicketState.CANCELLED
    states = {t.display_code: (t.state, t.print_attempts) for t in queue.tickets_today()}
    assert states == {
        "A-001": (TicketState.PRINTED, 1),
        "A-002": (TicketState.PRINT_FAILED, 1),
        "A-003": (TicketState.PRINT_FAILED, 0),  # flagged: never printed, still called
        "A-004": (TicketState.ISSUED, 0),  # another kiosk's, maybe printing right now
    }
    assert elsewhere.display_code == "A-004"
    events = queue.events(["ticket_recovered"])
    assert [e["ticket_id"] for e in events] == [yesterday.id, ghost.id]
    assert events[1]["detail"].startswith("A-003 (2026-11-24)")
    assert "print_failed" in events[1]["detail"]
    # A second start finds nothing more to do.
    assert queue.recover_interrupted() == []


# -- the technician's command line: kiosk queue clock / recover -----------------------------


class KioskQueue:
    """``kiosk queue`` on one data folder, as a technician types it, and that folder's database."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def __call__(self, command: str, *options: str) -> int:
        """``kiosk queue COMMAND --data-dir DATA_DIR OPTION...``: its exit code."""
        from ui.app.cli import main

        return main(["queue", command, "--data-dir", str(self.data_dir), *options])

    def database(self) -> AbstractContextManager[Engine]:
        """An engine on the database the commands work on, disposed of after the block."""
        return opened(f"sqlite:///{self.data_dir / 'kiosk.sqlite3'}")


@pytest.fixture
def kiosk_queue(tmp_path: Path) -> KioskQueue:
    """``kiosk queue`` on a data folder of this test's own."""
    return KioskQueue(tmp_path / "data")


def test_rollback_refuses_codes_of_two_later_days_that_would_meet_today(
    engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    queue = Queue(engine, config, clock)
    real = clock.now()
    clock.set_wall(real + timedelta(days=1))  # the clock ran ahead two days running
    tuesday = queue.issue("general").ticket
    clock.set_wall(real + timedelta(days=2))
    queue.issue("general")  # numbering restarts: A-001 again, on Wednesday
    clock.set_wall(real)
    assert queue.tickets_today() == []  # nothing in play today...
    refused = queue.rollback_day()  # ...but both later A-001s would land on it
    assert (refused.state, refused.collisions) == ("behind", ("A-001",))
    assert queue.clock_status().last_day == date(2026, 11, 25)  # nothing moved
    # A finished ticket may share a code: once Tuesday's A-001 is cancelled it moves.
    queue.transition(tuesday.id, TicketState.CANCELLED)
    assert queue.rollback_day().state == "ok"
    held = [t.display_code for t in queue.tickets_today() if t.state.value in IN_PLAY]
    assert held == ["A-001"]
    assert queue.issue("general").ticket.display_code == "A-002"


def test_kiosk_queue_clock_rolls_back_a_pinned_day(
    kiosk_queue: KioskQueue, capsys: pytest.CaptureFixture[str], config: KioskConfig
) -> None:
    real = datetime.now(UTC)
    with kiosk_queue.database() as engine:
        ahead = FakeClock(real + timedelta(days=1))  # a clock that ran a day ahead
        Queue(engine, config, ahead).issue("general")
        wall = Queue(engine, config, FakeClock(real)).business_day()
    assert kiosk_queue("clock") == 1
    assert f"clock day {wall}" in capsys.readouterr().out
    assert kiosk_queue("clock", "--accept") == 1  # the wrong repair is refused, and says why
    assert "nothing to accept" in capsys.readouterr().err
    assert kiosk_queue("clock", "--rollback") == 0
    out = capsys.readouterr().out
    assert f"moved back to {wall}" in out and "the clock and the queue agree" in out
    with kiosk_queue.database() as engine:
        assert [
            str(t.business_day) for t in Queue(engine, config, FakeClock(real)).tickets_today()
        ] == [str(wall)]


def test_kiosk_queue_clock_rollback_refuses_codes_held_on_both_days(
    kiosk_queue: KioskQueue, capsys: pytest.CaptureFixture[str], config: KioskConfig
) -> None:
    real = datetime.now(UTC)
    with kiosk_queue.database() as engine:
        today = Queue(engine, config, FakeClock(real))
        waiting = today.issue("general").ticket  # A-001, waiting today
        ahead = Queue(engine, config, FakeClock(real + timedelta(days=1)))
        ahead.issue("general")  # A-001 again, on the later day
        ahead.issue("general")  # A-002, only on the later day
        wall = today.business_day()
        later = ahead.business_day()
    assert kiosk_queue("clock", "--rollback") == 1
    err = capsys.readouterr().err
    assert "nothing moved" in err and f"{wall} and {later}: A-001." in err
    assert "A-002" not in err
    with kiosk_queue.database() as engine:
        queue = Queue(engine, config, FakeClock(real))
        assert queue.clock_status().state == "behind"  # nothing moved
        assert [t.display_code for t in queue.tickets_today()] == ["A-001"]
        queue.transition(waiting.id, TicketState.CANCELLED)  # staff settle it
    assert kiosk_queue("clock", "--rollback") == 0
    assert f"moved back to {wall}" in capsys.readouterr().out
    with kiosk_queue.database() as engine:
        held = [
            t.display_code
            for t in Queue(engine, config, FakeClock(real)).tickets_today()
            if t.state.value in IN_PLAY
        ]
    assert held == ["A-001", "A-002"]


def test_kiosk_queue_clock_accepts_the_day_after_a_long_closure(
    kiosk_queue: KioskQueue, capsys: pytest.CaptureFixture[str], config: KioskConfig
) -> None:
    with kiosk_queue.database() as engine:  # the last numbers were issued three weeks ago
        Queue(engine, config, FakeClock(datetime.now(UTC) - timedelta(days=21))).issue("general")
    assert kiosk_queue("clock") == 1
    assert "kiosk queue clock --accept" in capsys.readouterr().out
    assert kiosk_queue("clock", "--accept") == 0
    assert "numbering starts at 1" in capsys.readouterr().out
    assert kiosk_queue("clock") == 0


def test_kiosk_queue_recover_settles_a_half_issued_ticket(
    kiosk_queue: KioskQueue, capsys: pytest.CaptureFixture[str], config: KioskConfig
) -> None:
    with kiosk_queue.database() as engine:
        queue = Queue(engine, config, FakeClock(datetime.now(UTC)))
        day = queue.issue("general").ticket.business_day  # today's, never printed
    assert kiosk_queue("recover") == 0
    out = capsys.readouterr().out
    assert f"A-001 ({day}): no print on record; now print_failed" in out
    assert "1 ticket(s) settled" in out


def test_only_kiosk_queue_recover_reads_the_tickets_to_withdraw(
    kiosk_queue: KioskQueue, caplog: pytest.LogCaptureFixture
) -> None:
    """The running kiosk keeps ``queue-unheld.json``; ``kiosk queue clock`` has no business
    with it, and only ``recover`` (which withdraws them) opens it."""
    with kiosk_queue.database():
        pass  # the kiosk's database, as its first run left it
    unheld_file(kiosk_queue.data_dir).write_text("not json", "utf-8")
    unreadable = "could not read the tickets to withdraw"
    assert kiosk_queue("clock") == 0
    assert unreadable not in caplog.text
    assert kiosk_queue("recover") == 0
    assert unreadable in caplog.text
