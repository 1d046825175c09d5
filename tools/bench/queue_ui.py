"""Queue benchmark for ``kiosk bench``: issuance rates and call-to-display latency.

``measure()`` returns:

* ``issue_per_s_sqlite``: tickets per second, one process, a fresh SQLite file;
* ``issue_per_s_postgres``: tickets per second, 8 processes issuing at once
  (one service) through ``Queue.issue``;
* ``issue_per_s_raw_sql_floor``: measured in the same run, the same number
  of bare atomic increments of one counter row from 8 processes with the
  same driver (the ceiling for any numbering scheme). Target: postgres at
  least half of this;
* ``call_to_display_ms_p95``: a counter window presses "call next" until the
  display window (same process, mock speech, no chime) has the number on
  screen and has started announcing it; 95th percentile. Target <= 200 ms.
  It runs on PostgreSQL (LISTEN/NOTIFY) when available, else on SQLite;
* ``postgres_available``: 1.0 or 0.0. Without PostgreSQL the two PostgreSQL
  figures are NaN.

PostgreSQL: ``pg_url`` or ``KIOSK_BENCH_PG_URL`` or ``KIOSK_TEST_PG_URL`` or
the test server of ``scripts/test-services.sh``. The benchmark works in a
scratch schema it drops afterwards, never in the database's own tables.
"""

from __future__ import annotations

import math
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import KioskConfig, default_config
from kiosk.queue.stats import percentile
from tools.bench.queue_load import (
    measure_pg_issuance,
    measure_sqlite_issuance,
    scratch_pg_schema,
)
from tools.services import pg_test_url

if TYPE_CHECKING:
    from drivers.speech.mock import MockSpeaker
    from ui.display.window import DisplayWindow


def postgres_url(pg_url: str | None = None) -> str | None:
    """The PostgreSQL server to benchmark, if one answers."""
    url = pg_url or os.environ.get("KIOSK_BENCH_PG_URL") or pg_test_url()
    try:
        import psycopg  # noqa: F401
        from sqlalchemy import create_engine, text
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:
        return None
    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()
    return url


def _wait(predicate: Callable[[], bool], timeout_s: float) -> bool:
    from ui.common.application import process_events_until

    # Polled finely: the wait is part of what the benchmark measures.
    return process_events_until(predicate, timeout_s, poll_s=0.0005)


def _shown(
    display: DisplayWindow, speaker: MockSpeaker, counter: int, code: str
) -> Callable[[], bool]:
    said = len(speaker.utterances)

    def check() -> bool:
        return display.code_on_screen(counter) == code and len(speaker.utterances) > said

    return check


def measure_call_to_display(url: str, calls: int = 40, config: KioskConfig | None = None) -> float:
    """p95 in ms from pressing "call next" to the display showing and announcing it."""
    from drivers.speech.mock import MockSpeaker
    from kiosk.clock import SystemClock
    from kiosk.queue.store import Queue
    from ui.common.application import ensure_app
    from ui.common.queue_feed import SharedQueue
    from ui.counter.window import CounterWindow
    from ui.display.window import DisplayWindow, SilentChime

    ensure_app()
    config = config or default_config()
    config = config.model_copy(
        update={
            "display": config.display.model_copy(
                update={"chime": False, "repeat": 1, "second_language": "none"}
            )
        }
    )
    shared = SharedQueue.open(config, url, SystemClock())
    speaker = MockSpeaker()
    counter = config.enabled_services[0].counters[0]
    service = config.enabled_services[0].id
    queue = Queue(shared.engine, config, SystemClock())
    window = CounterWindow(shared, counter)
    display = DisplayWindow(shared, config, speaker, SilentChime())
    durations: list[float] = []
    try:
        window.show()
        display.show()
        window.start()
        display.start()
        if not _wait(lambda: display.last_call_id is not None, 10):
            raise RuntimeError("the display never loaded")
        for _ in range(calls):
            ticket = queue.issue(service).ticket
            queue.record_print(ticket.id, ok=True)
            if not _wait(lambda: window.call_button.isEnabled(), 10):
                raise RuntimeError("the counter never saw the ticket")
            started = time.perf_counter()
            window.call_button.click()
            if not _wait(_shown(display, speaker, counter, ticket.display_code), 10):
                raise RuntimeError("the display never showed the call")
            durations.append((time.perf_counter() - started) * 1000)
            _wait(lambda: not window.shared.worker.busy, 10)
            shared.ops.start(counter)
            shared.ops.finish(counter)
            shared.feed.poke()
            # Each press finds the display idle, as a lobby mostly is.
            _wait(lambda: display.code_on_screen(counter) == "—", 10)
            _wait(lambda: display.announcer.ready, 10)
    finally:
        for w in (window, display):
            w.shutdown()
            w.close()
            w.deleteLater()
        shared.close()
        speaker.close()
    if os.environ.get("KIOSK_BENCH_VERBOSE"):
        print("call-to-display ms:", sorted(round(d, 1) for d in durations))
    return percentile(durations, 95)


def measure(pg_url: str | None = None) -> dict[str, float]:
    """All queue figures (see the module docstring). Needs a QApplication-capable platform."""
    results: dict[str, float] = {"issue_per_s_sqlite": round(measure_sqlite_issuance(), 1)}
    url = postgres_url(pg_url)
    results["postgres_available"] = 1.0 if url else 0.0
    if url is not None:
        results.update(measure_pg_issuance(url))
        with scratch_pg_schema(url) as scoped:
            results["call_to_display_ms_p95"] = round(measure_call_to_display(scoped), 1)
    else:
        results["issue_per_s_postgres"] = math.nan
        results["issue_per_s_raw_sql_floor"] = math.nan
        with tempfile.TemporaryDirectory() as tmp:
            sqlite_url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
            results["call_to_display_ms_p95"] = round(measure_call_to_display(sqlite_url), 1)
    return results
