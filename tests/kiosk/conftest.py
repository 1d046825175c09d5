"""Fixtures the core's tests share beyond tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.certificates.audit import AuditLog, load_or_create_hmac_key


@pytest.fixture
def audit(engine: Engine, tmp_path: Path) -> AuditLog:
    """The certificate audit table on ``engine``, keyed with this test's own HMAC key."""
    return AuditLog(engine, load_or_create_hmac_key(tmp_path))
