"""The PostgreSQL fixtures: a real PostgreSQL server for the shared-queue tests.

``pg_server`` (session) finds the server at ``tools.services.pg_test_url()``:
``KIOSK_TEST_PG_URL``, ``KIOSK_TEST_PG_PORT`` or, by default, the one
``scripts/test-services.sh`` runs for this checkout. When nothing answers it
starts it with that script; the test is skipped, with the script's
explanation, only when the server cannot be started.

``pg_url`` (function) hands each test an empty, migrated schema of its own
(its URL sets ``search_path``), dropped afterwards, so test runs sharing a
server never see each other's tickets and the database's own tables are
never touched.

Mark the tests that use them ``@pytest.mark.postgres`` (``-m 'not postgres'``
leaves them out).
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from tools.services import pg_test_url, pg_url_is_ours

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "test-services.sh"
__all__ = ["PgServer", "pg_empty_url", "pg_server", "pg_url"]


def _services(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=120, check=False
    )


def _answers(url: str) -> str | None:
    """None when the server answers, else why not."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        return str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    finally:
        engine.dispose()
    return None


class PgServer:
    """Handle on the test server: its URL, and stop/start/restart for fault tests."""

    def __init__(self, url: str, managed: bool) -> None:
        self.url = url
        #: Started by scripts/test-services.sh (so the tests may stop and start it).
        self.managed = managed

    def _require_managed(self) -> None:
        if not self.managed:
            pytest.skip("the PostgreSQL server was not started by scripts/test-services.sh")

    def stop(self) -> None:
        self._require_managed()
        done = _services("stop", "postgres")
        if "stopped" not in done.stdout:
            pytest.skip(f"cannot stop the test server: {done.stdout}{done.stderr}")

    def start(self) -> None:
        self._require_managed()
        done = _services("start", "postgres")
        if done.returncode != 0:
            pytest.fail(f"PostgreSQL did not come back: {done.stdout}{done.stderr}")
        self.wait_ready()

    def restart(self) -> None:
        self.stop()
        self.start()

    def wait_ready(self, timeout_s: float = 30.0) -> None:
        deadline = time.monotonic() + timeout_s
        while (why := _answers(self.url)) is not None:
            if time.monotonic() > deadline:
                pytest.fail(f"PostgreSQL not answering: {why}")
            time.sleep(0.1)


@pytest.fixture(scope="session")
def pg_server() -> PgServer:
    url = pg_test_url()
    why = _answers(url)
    managed = pg_url_is_ours(url)
    if why is not None and managed:
        started = _services("start", "postgres")
        url = pg_test_url()  # the script may have chosen another free port
        why = _answers(url)
        if why is not None:
            pytest.skip(
                f"PostgreSQL test server unavailable at {url}: {why}; "
                f"test-services.sh said: {started.stdout.strip()} {started.stderr.strip()}"
            )
    elif why is not None:
        pytest.skip(f"PostgreSQL at KIOSK_TEST_PG_URL={url} unavailable: {why}")
    _drop_orphan_schemas(url)
    return PgServer(url, managed)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _drop_orphan_schemas(url: str) -> None:
    """Schemas left by test or benchmark processes that were killed (their pid is gone)."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            names = conn.execute(
                text(
                    "SELECT nspname FROM pg_namespace "
                    "WHERE nspname LIKE 'test\\_%' OR nspname LIKE 'kiosk\\_bench\\_%'"
                )
            ).scalars()
            for name in list(names):
                parts = name.removeprefix("kiosk_bench_").removeprefix("test_").split("_")
                if parts[0].isdigit() and not _alive(int(parts[0])):
                    conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    finally:
        engine.dispose()


def scratch_schema(url: str, *, migrate: bool) -> AbstractContextManager[str]:
    """A schema of its own for one test (dropped afterwards): runs never see each other."""
    from tools.bench.queue_load import scratch_pg_schema

    return scratch_pg_schema(url, prefix="test", migrate=migrate)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A migrated PostgreSQL schema of its own for one test (``search_path`` in the URL)."""
    with scratch_schema(pg_server.url, migrate=True) as url:
        yield url


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """An empty PostgreSQL schema of its own, without any tables (for migration tests)."""
    with scratch_schema(pg_server.url, migrate=False) as url:
        yield url
