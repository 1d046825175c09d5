"""Queue statistics per day and service, `kiosk stats`, and the running average."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.counter import CounterOps
from kiosk.queue.stats import compute_stats, ewma, format_table, percentile, to_csv
from kiosk.queue.store import Queue
from kiosk.queue.tickets import TicketState


def test_percentile_interpolates() -> None:
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == pytest.approx(9.1)
    assert percentile([5.0], 90) == 5.0
    assert percentile([3, 1, 2], 50) == 2
    with pytest.raises(ValueError):
        percentile([], 90)


def test_ewma() -> None:
    assert ewma([], 0.2) is None
    assert ewma([10.0], 0.2) == 10.0
    assert ewma([10.0, 20.0], 0.2) == pytest.approx(12.0)
    assert ewma([10.0, 20.0], 1.0) == 20.0
    with pytest.raises(ValueError):
        ewma([1.0], 0.0)


def _day_of_work(engine: Engine, config: KioskConfig, clock: FakeClock) -> None:
    """Monday 2026-11-23 from 09:30 in Seoul: four general tickets, one welfare."""
    queue = Queue(engine, config, clock)
    ops = CounterOps(engine, config, clock)
    ids = []
    for _ in range(4):
        ticket = queue.issue("general").ticket
        queue.record_print(ticket.id, ok=True)
        ids.append(ticket.id)
    welfare = queue.issue("welfare").ticket
    queue.transition(welfare.id, TicketState.CANCELLED)
    # Waits 10, 12, 14 minutes (the clock moves 2 minutes per service).
    clock.advance(600)
    for _ in range(3):
        ops.call_next(1)
        ops.start(1)
        clock.advance(120)
        ops.finish(1)
    ops.call_next(1)
    ops.no_show(1)
    # Next day, an hour later in the day: one ticket, served in 4 minutes after 1 minute.
    clock.advance(timedelta(days=1, hours=1).total_seconds())
    queue.record_print(queue.issue("general").ticket.id, ok=True)
    clock.advance(60)
    ops.call_next(2)
    ops.start(2)
    clock.advance(240)
    ops.finish(2)


def test_daily_statistics(engine: Engine, config: KioskConfig, clock: FakeClock) -> None:
    _day_of_work(engine, config, clock)
    report = compute_stats(engine, config, date(2026, 11, 23), date(2026, 11, 24))
    rows = {(r.day.isoformat(), r.service_id): r for r in report.rows}
    monday = rows[("2026-11-23", "general")]
    assert (monday.issued, monday.served, monday.no_shows, monday.cancelled) == (4, 3, 1, 0)
    assert monday.wait_mean_min == pytest.approx((10 + 12 + 14 + 16) / 4)
    assert monday.wait_p90_min == pytest.approx(percentile([10, 12, 14, 16], 90))
    assert monday.service_mean_min == pytest.approx(2.0)
    assert monday.service_p90_min == pytest.approx(2.0)
    welfare = rows[("2026-11-23", "welfare")]
    assert (welfare.issued, welfare.cancelled, welfare.wait_mean_min) == (5 - 4, 1, None)
    tuesday = rows[("2026-11-24", "general")]
    assert (tuesday.issued, tuesday.served, tuesday.wait_mean_min) == (1, 1, pytest.approx(1.0))
    assert tuesday.service_mean_min == pytest.approx(4.0)
    # Tickets per hour in Seoul: five at 09:xx on Monday, one at 10:xx on Tuesday.
    assert report.per_hour[9] == 5 and report.per_hour[10] == 1 and sum(report.per_hour) == 6
    # A range without the second day.
    only_monday = compute_stats(engine, config, date(2026, 11, 23), date(2026, 11, 23))
    assert {r.day for r in only_monday.rows} == {date(2026, 11, 23)}


def test_csv_and_table(engine: Engine, config: KioskConfig, clock: FakeClock) -> None:
    _day_of_work(engine, config, clock)
    report = compute_stats(engine, config, date(2026, 11, 23), date(2026, 11, 24))
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert rows[0]["day"] == "2026-11-23" and rows[0]["service"] == "general"
    assert rows[0]["issued"] == "4" and rows[0]["wait_mean_min"] == "13.0"
    table = format_table(report)
    assert "general" in table and "13.0" in table and "6 tickets issued" in table
    empty = compute_stats(engine, config, date(2025, 1, 1), date(2025, 1, 2))
    assert "no tickets" in format_table(empty)
    with pytest.raises(ValueError):
        compute_stats(engine, config, date(2026, 1, 2), date(2026, 1, 1))


def test_kiosk_stats_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: KioskConfig
) -> None:
    from kiosk.storage.database import open_database
    from ui.app.cli import main

    data_dir = tmp_path / "data"
    engine = open_database(f"sqlite:///{data_dir / 'kiosk.sqlite3'}")
    _day_of_work(engine, config, FakeClock(datetime(2026, 11, 23, 0, 30, tzinfo=UTC)))
    engine.dispose()
    args = ["stats", "--from", "2026-11-23", "--to", "2026-11-24", "--data-dir", str(data_dir)]
    assert main([*args, "--csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("day,service,issued,served,no_shows")
    assert "2026-11-24,general,1,1,0,0" in out
    assert main(args) == 0
    assert "wait avg" in capsys.readouterr().out
    assert main(["stats", "--from", "2026-11-24", "--to", "2026-11-23"]) == 2
