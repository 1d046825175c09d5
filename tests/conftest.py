"""Fixtures shared by every test package: configs, clocks and databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, default_config
from tests.postgres_fixture import *  # noqa: F403  (PostgreSQL fixtures: pg_server, pg_url)
from tests.support.databases import opened


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test, and every ``kiosk`` process it starts, gets a data folder of its
    own: nothing reads or writes the machine's real kiosk.toml, keys or database."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "kiosk-data"))
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)


@pytest.fixture
def config() -> KioskConfig:
    return default_config()


@pytest.fixture
def clock() -> FakeClock:
    # 09:30 on a Monday in Seoul.
    return FakeClock(datetime(2026, 11, 23, 0, 30, tzinfo=UTC))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, sqlite_url: str) -> str:
    """Each database a centre may run on: the test runs once on each."""
    if request.param == "sqlite":
        return sqlite_url
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def db(db_url: str) -> Iterator[Engine]:
    """An open engine on each database a centre may run on (``db_url``)."""
    with opened(db_url) as engine:
        yield engine


@pytest.fixture
def engine(sqlite_url: str) -> Iterator[Engine]:
    with opened(sqlite_url) as eng:
        yield eng
