"""Issuing from many processes at once: the load harness and the issuance benchmark.

``run_issuers`` starts N processes (``spawn``) that each issue M tickets
through ``Queue.issue`` against one database, released together, and
reports what each got and how long it took. The multi-process tests use it
to check numbers stay distinct and contiguous; ``measure_issuance`` turns it
into tickets per second, next to the raw floor: the same number of bare
atomic increments (``UPDATE ticket_counters SET last_number = last_number +
1 ... RETURNING``, one per transaction) from the same number of processes
through the same driver, the most any issuing scheme could reach.

``ui/bench_queue.measure`` adds the call-to-display latency (it needs Qt).
Qt-free and driver-free.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue as queue_mod
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from kiosk.clock import SystemClock
from kiosk.config import KioskConfig, default_config
from kiosk.queue.store import Queue
from kiosk.storage.database import DatabaseUnavailableError, open_database
from tools.services import pg_test_url

#: Service row the raw floor increments (never a configured service id).
FLOOR_SERVICE = "zz-bench-floor"


@dataclass(frozen=True)
class WorkerReport:
    worker: int
    #: (service id, business day ISO, number) of every ticket this worker was given.
    tickets: list[tuple[str, str, int]]
    started: float
    finished: float
    errors: int


@dataclass(frozen=True)
class IssueRun:
    reports: list[WorkerReport]

    @property
    def issued(self) -> int:
        return sum(len(r.tickets) for r in self.reports)

    @property
    def elapsed_s(self) -> float:
        if not self.reports:
            return 0.0
        return max(r.finished for r in self.reports) - min(r.started for r in self.reports)

    @property
    def per_second(self) -> float:
        return self.issued / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def all_tickets(self) -> list[tuple[str, str, int]]:
        return [t for r in self.reports for t in r.tickets]


def _issue_worker(
    worker: int,
    go: Any,
    results: Any,
    ready: Any,
    url: str,
    config: KioskConfig,
    services: Sequence[str],
    count: int,
    progress: Any,
) -> None:
    """Child process: wait for ``go``, issue ``count`` tickets round-robin over ``services``."""
    engine = open_database(url, migrate=False)
    queue = Queue(engine, config, SystemClock())
    queue.waiting_counts()  # connect and load the wait model before the clock starts
    got: list[tuple[str, str, int]] = []
    errors = 0
    ready.put(worker)
    go.wait()
    started = time.monotonic()
    i = 0
    while len(got) < count:
        service = services[i % len(services)]
        try:
            ticket = queue.issue(service).ticket
        except DatabaseUnavailableError:
            errors += 1
            if errors > 1000:
                break
            time.sleep(0.05)
            continue
        got.append((ticket.service_id, ticket.business_day.isoformat(), ticket.number))
        if progress is not None:
            # One slot per worker in shared memory, no lock: a worker killed
            # mid-write (the fault tests do that) can never block the others,
            # as it could while holding a shared queue's lock.
            progress[worker] = len(got)
        i += 1
    finished = time.monotonic()
    engine.dispose()
    results.put(WorkerReport(worker, got, started, finished, errors))


def _floor_worker(worker: int, go: Any, results: Any, ready: Any, url: str, count: int) -> None:
    """Child process: ``count`` bare atomic increments of one counter row, one per transaction."""
    engine = create_engine(url)
    bump = text(
        "UPDATE ticket_counters SET last_number = last_number + 1 "
        "WHERE service_id = :service AND business_day = :day RETURNING last_number"
    )
    params = {"service": FLOOR_SERVICE, "day": date(2000, 1, 1)}
    with engine.connect() as conn:  # warm the pool before the clock starts
        conn.execute(text("SELECT 1"))
    ready.put(worker)
    go.wait()
    started = time.monotonic()
    numbers = []
    for _ in range(count):
        with engine.begin() as conn:
            numbers.append(int(conn.execute(bump, params).scalar_one()))
    finished = time.monotonic()
    engine.dispose()
    results.put(
        WorkerReport(worker, [(FLOOR_SERVICE, "", n) for n in numbers], started, finished, 0)
    )


def _start_workers(
    processes: int, target: Callable[..., None], *args: Any
) -> tuple[list[Any], Any, Any, Any]:
    """Start ``processes`` children running ``target(i, go, results, ready, *args)``.

    Each reports on ``ready`` once it has imported and connected, then waits
    for ``go``; its ``WorkerReport`` comes back on ``results``.
    """
    ctx = mp.get_context("spawn")
    go = ctx.Event()
    results = ctx.Queue()
    ready = ctx.Queue()
    procs = [
        ctx.Process(target=target, args=(i, go, results, ready, *args), daemon=True)
        for i in range(processes)
    ]
    for p in procs:
        p.start()
    return procs, go, results, ready


def _run_released_together(
    processes: int, timeout_s: float, target: Callable[..., None], *args: Any
) -> IssueRun:
    """``_start_workers``, then release every worker at once and collect the reports."""
    procs, go, results, ready = _start_workers(processes, target, *args)
    wait_ready(procs, ready)
    go.set()
    return IssueRun(_collect(procs, results, timeout_s))


def _collect(procs: list[Any], results: Any, timeout_s: float) -> list[WorkerReport]:
    reports: list[WorkerReport] = []
    deadline = time.monotonic() + timeout_s
    while len(reports) < len(procs):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            reports.append(results.get(timeout=min(remaining, 1.0)))
        except queue_mod.Empty:
            if not any(p.is_alive() for p in procs) and results.empty():
                break
    for p in procs:
        p.join(timeout=max(0.1, deadline - time.monotonic()))
        if p.is_alive():
            p.kill()
            p.join()
    return sorted(reports, key=lambda r: r.worker)


def run_issuers(
    url: str,
    processes: int,
    per_process: int,
    *,
    services: Sequence[str] | None = None,
    config: KioskConfig | None = None,
    timeout_s: float = 300.0,
) -> IssueRun:
    """``processes`` processes issue ``per_process`` tickets each, all released at once."""
    config = config or default_config()
    services = list(services or [config.enabled_services[0].id])
    return _run_released_together(
        processes, timeout_s, _issue_worker, url, config, services, per_process, None
    )


@contextmanager
def spawn_issuers(
    url: str,
    processes: int,
    per_process: int,
    *,
    services: Sequence[str],
    config: KioskConfig | None = None,
) -> Iterator[tuple[list[Any], Any, Any, Any]]:
    """Like ``run_issuers`` but hands back (processes, go, results, progress) to poke at.

    For fault tests (killing a process mid-run). The caller sets ``go``;
    ``progress[i]`` holds how many tickets worker ``i`` has issued so far.
    """
    config = config or default_config()
    progress = mp.get_context("spawn").Array("i", processes, lock=False)
    procs, go, results, ready = _start_workers(
        processes, _issue_worker, url, config, list(services), per_process, progress
    )
    try:
        wait_ready(procs, ready)
        yield procs, go, results, progress
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
            p.join(timeout=10)


def collect(procs: list[Any], results: Any, timeout_s: float = 300.0) -> list[WorkerReport]:
    return _collect(procs, results, timeout_s)


def wait_ready(procs: list[Any], ready: Any, timeout_s: float = 120.0) -> None:
    """Wait until every child has imported, connected and reported ready."""
    deadline = time.monotonic() + timeout_s
    count = 0
    while count < len(procs):
        try:
            ready.get(timeout=max(0.1, min(1.0, deadline - time.monotonic())))
            count += 1
        except queue_mod.Empty:
            if time.monotonic() > deadline or not any(p.is_alive() for p in procs):
                raise RuntimeError(f"only {count} of {len(procs)} workers started") from None


def run_floor(url: str, processes: int, per_process: int, timeout_s: float = 300.0) -> IssueRun:
    """The raw floor: bare increments of one ``ticket_counters`` row (created and removed here)."""
    engine = create_engine(url)
    row = {"service": FLOOR_SERVICE, "day": date(2000, 1, 1)}
    try:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM ticket_counters WHERE service_id = :service"), row)
            conn.execute(
                text(
                    "INSERT INTO ticket_counters (service_id, business_day, last_number) "
                    "VALUES (:service, :day, 0)"
                ),
                row,
            )
        return _run_released_together(processes, timeout_s, _floor_worker, url, per_process)
    finally:
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM ticket_counters WHERE service_id = :service"), row)
        engine.dispose()


# -- the benchmark -------------------------------------------------------------------------


def pg_url_in_schema(url: str, schema: str) -> str:
    """``url`` with its connections confined to ``schema`` (``search_path``)."""
    parsed = make_url(url)
    options = parsed.query.get("options", "")
    if isinstance(options, tuple):
        options = " ".join(options)
    options = f"{options} -csearch_path={schema}".strip()
    return parsed.update_query_dict({"options": options}).render_as_string(hide_password=False)


@contextmanager
def scratch_pg_schema(
    url: str, *, prefix: str = "kiosk_bench", migrate: bool = True
) -> Iterator[str]:
    """A fresh schema (migrated unless ``migrate`` is false) in the database at ``url``.

    Yields the URL confined to it; the schema is dropped afterwards. Its name is
    ``{prefix}_{pid}_{random}``, so a later run can drop the schema of a process
    that was killed. The benchmark never touches the database's own tables.
    """
    from kiosk.storage import migrations

    schema = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        scoped = pg_url_in_schema(url, schema)
        if migrate:
            engine = create_engine(scoped)
            try:
                migrations.upgrade(engine)
            finally:
                engine.dispose()
        yield scoped
    finally:
        try:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        except OperationalError:
            pass  # the server is away (e.g. a restart test failed): the next run cleans up
        admin.dispose()


def measure_sqlite_issuance(count: int = 400) -> float:
    """Tickets per second, one process issuing in a loop on a fresh SQLite file."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        queue = Queue(engine, default_config(), SystemClock())
        queue.issue("general")  # warm up
        started = time.perf_counter()
        for _ in range(count):
            queue.issue("general")
        elapsed = time.perf_counter() - started
        engine.dispose()
    return count / elapsed


def measure_pg_issuance(
    url: str, clients: int = 8, per_client: int = 150, rounds: int = 3
) -> dict[str, float]:
    """``issue_per_s_postgres`` and ``issue_per_s_raw_sql_floor``, measured side by side.

    Both run ``rounds`` times, alternating, in a scratch schema; each figure
    is the median of its rounds (the machine may be busy with other work).
    """
    issued: list[float] = []
    floor: list[float] = []
    with scratch_pg_schema(url) as scoped:
        for i in range(rounds):
            if i % 2 == 0:
                floor.append(run_floor(scoped, clients, per_client).per_second)
                issued.append(run_issuers(scoped, clients, per_client).per_second)
            else:
                issued.append(run_issuers(scoped, clients, per_client).per_second)
                floor.append(run_floor(scoped, clients, per_client).per_second)
    return {
        "issue_per_s_postgres": round(statistics.median(issued), 1),
        "issue_per_s_raw_sql_floor": round(statistics.median(floor), 1),
    }


def measure(pg_url: str | None = None) -> dict[str, float]:
    """The Qt-free figures: ``issue_per_s_sqlite`` and, when PostgreSQL answers, the
    ``issue_per_s_postgres`` / ``issue_per_s_raw_sql_floor`` pair (NaN without it).

    ``tools.bench.queue_ui.measure`` returns these plus ``call_to_display_ms_p95``.
    """
    import math

    results: dict[str, float] = {"issue_per_s_sqlite": round(measure_sqlite_issuance(), 1)}
    url = pg_url or os.environ.get("KIOSK_BENCH_PG_URL") or pg_test_url()
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception:  # no driver, no server: report no PostgreSQL figures
        results.update(issue_per_s_postgres=math.nan, issue_per_s_raw_sql_floor=math.nan)
        results["postgres_available"] = 0.0
        return results
    results["postgres_available"] = 1.0
    results.update(measure_pg_issuance(url))
    return results
