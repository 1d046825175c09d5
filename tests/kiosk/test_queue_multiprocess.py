"""Several kiosk processes issuing from one SQLite file: no duplicate, no gap.

Each process is a real ``spawn``ed interpreter with its own engine, as
separate kiosks sharing a file are. ``assert_contiguous`` is shared with the
PostgreSQL load tests.
"""

from __future__ import annotations

import os
import signal
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from kiosk.clock import SystemClock
from kiosk.config import default_config
from kiosk.queue.store import Queue
from kiosk.storage.database import open_database
from tests.support.databases import opened
from tools.bench.queue_load import collect, run_issuers, spawn_issuers

pytestmark = pytest.mark.slow


def assert_contiguous(tickets: Iterable[tuple[str, str, int]]) -> dict[tuple[str, str], int]:
    """Numbers per (service, day) are exactly 1..N; returns N per (service, day)."""
    numbers: dict[tuple[str, str], list[int]] = defaultdict(list)
    for service, day, number in tickets:
        numbers[(service, str(day))].append(number)
    for key, got in numbers.items():
        assert len(got) == len(set(got)), f"{key}: duplicate numbers"
        assert sorted(got) == list(range(1, len(got) + 1)), f"{key}: numbers have a gap"
    return {key: len(got) for key, got in numbers.items()}


def database_tickets(engine: Engine) -> list[tuple[str, str, int]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT service_id, business_day, number FROM tickets")).all()
    return [(r.service_id, str(r.business_day), int(r.number)) for r in rows]


def test_four_processes_five_hundred_tickets_each(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    open_database(url).dispose()  # migrate once, as the first kiosk to start would
    run = run_issuers(url, 4, 500, services=["general", "move-in"], timeout_s=240)
    assert [len(r.tickets) for r in run.reports] == [500, 500, 500, 500]
    issued = run.all_tickets()
    assert len(set(issued)) == 2000
    per_service = assert_contiguous(issued)
    assert sorted(n for n in per_service.values()) == [1000, 1000]
    with opened(url) as engine:
        stored = database_tickets(engine)
        assert sorted(stored) == sorted(issued)
        assert_contiguous(stored)


def kill_one_mid_run(url: str, processes: int, per_process: int, services: list[str]) -> int:
    """Run issuers, SIGKILL one of them after it issued some; return the victim's pid."""
    with spawn_issuers(url, processes, per_process, services=services) as (
        procs,
        go,
        results,
        progress,
    ):
        go.set()
        victim = procs[0]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and progress[0] < per_process // 5:
            time.sleep(0.005)
        os.kill(victim.pid, signal.SIGKILL)
        reports = collect(procs[1:], results, timeout_s=240)
        assert [len(r.tickets) for r in reports] == [per_process] * (processes - 1)
        victim.join(10)
        assert victim.exitcode == -signal.SIGKILL
        return int(victim.pid)


def test_a_kiosk_killed_mid_issuing_leaves_no_gap(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    open_database(url).dispose()
    kill_one_mid_run(url, 3, 300, ["general"])
    with opened(url) as engine:
        per_service = assert_contiguous(database_tickets(engine))
        (count,) = per_service.values()
        assert count >= 600
        # The next ticket simply follows.
        ticket = Queue(engine, default_config(), SystemClock()).issue("general").ticket
        assert ticket.number == count + 1
