"""Fixtures the core's tests share beyond tests/conftest.py."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.certificates.audit import AuditLog, load_or_create_hmac_key


@pytest.fixture
def audit(engine: Engine, tmp_path: Path) -> AuditLog:
    """The certificate audit table on ``engine``, keyed with this test's own HMAC key."""
    return AuditLog(engine, load_or_create_hmac_key(tmp_path))


@pytest.fixture
def machine_in_seoul(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The operating system's own zone is Korea's, as on a kiosk set up in Korea.

    The tests otherwise run in UTC, where a time that lost its zone on the way
    back from SQLite still reads right.
    """
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
