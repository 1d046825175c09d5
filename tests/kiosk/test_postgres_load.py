"""Many kiosks issuing into one PostgreSQL database: 8 processes x 1,000 tickets, and a kill."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import Engine

from kiosk.clock import SystemClock
from kiosk.config import default_config
from kiosk.queue.store import Queue
from kiosk.storage.database import open_database
from tests.kiosk.test_queue_multiprocess import (
    assert_contiguous,
    database_tickets,
    kill_one_mid_run,
)
from tools.bench.queue_load import run_issuers

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.timeout(300)]


@pytest.fixture
def pg_engine(pg_url: str) -> Engine:
    return open_database(pg_url)


def test_eight_processes_thousand_tickets_each(pg_url: str, pg_engine: Engine) -> None:
    started = time.monotonic()
    run = run_issuers(pg_url, 8, 1000, services=["general", "move-in"], timeout_s=240)
    elapsed = time.monotonic() - started
    assert [len(r.tickets) for r in run.reports] == [1000] * 8
    issued = run.all_tickets()
    assert len(set(issued)) == 8000
    per_service = assert_contiguous(issued)
    assert sorted(per_service.values()) == [4000, 4000]
    stored = database_tickets(pg_engine)
    assert sorted(stored) == sorted(issued)
    assert_contiguous(stored)
    print(f"8 x 1000 tickets in {elapsed:.1f} s ({run.per_second:.0f} tickets/s while issuing)")
    pg_engine.dispose()


def test_a_kiosk_killed_mid_issuing_leaves_no_gap(pg_url: str, pg_engine: Engine) -> None:
    kill_one_mid_run(pg_url, 4, 400, ["general"])
    per_service = assert_contiguous(database_tickets(pg_engine))
    (count,) = per_service.values()
    assert count >= 1200
    ticket = Queue(pg_engine, default_config(), SystemClock()).issue("general").ticket
    assert ticket.number == count + 1
    pg_engine.dispose()


def test_issuance_benchmark_runs_in_a_scratch_schema(pg_url: str, pg_engine: Engine) -> None:
    from sqlalchemy import text

    from tools.bench.queue_load import measure_pg_issuance

    figures = measure_pg_issuance(pg_url, clients=2, per_client=30, rounds=1)
    assert figures["issue_per_s_postgres"] > 0 and figures["issue_per_s_raw_sql_floor"] > 0
    with pg_engine.connect() as conn:
        schemas = conn.execute(
            text("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'kiosk_bench_%'")
        ).scalar_one()
        assert schemas == 0
        assert conn.execute(text("SELECT count(*) FROM tickets")).scalar_one() == 0
    pg_engine.dispose()
