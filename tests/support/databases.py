"""Engines the tests open on a kiosk database for a while, disposed of however the block
ends, what one row holds on disk (``stored``), and a certificate copy's audit row written
as the kiosk writes it (``record_copy``)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, select, text

from kiosk.certificates.audit import AuditLog, IssuanceRecord, load_or_create_hmac_key
from kiosk.storage.claim import CLAIM_LOCK_SPACE
from kiosk.storage.database import default_sqlite_path, open_database


@contextmanager
def opened(url: str, *, migrate: bool | None = None) -> Iterator[Engine]:
    """An engine on ``url`` (``open_database``), disposed of when the block ends."""
    engine = open_database(url, migrate=migrate)
    try:
        yield engine
    finally:
        engine.dispose()


def stored(engine: Engine, table: Table, row_id: int, *columns: str) -> tuple[Any, ...]:
    """``columns`` of the row ``row_id`` of ``table`` as the database holds them, read
    past the stores (what a purge left of a resident's personal data)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(*(table.c[name] for name in columns)).where(table.c.id == row_id)
        ).one()
    return tuple(row)


def record_copy(
    data_dir: Path,
    number: str,
    *,
    state: str,
    payment_result: str,
    at: datetime,
    authorization_id: str,
) -> None:
    """The audit row of one 200-won copy of 주민등록표 등본 in the kiosk database of
    ``data_dir`` (its default SQLite file), as the kiosk writes it for ``kiosk-1``."""
    with opened(f"sqlite:///{default_sqlite_path(data_dir)}") as engine:
        AuditLog(engine, load_or_create_hmac_key(data_dir)).record(
            IssuanceRecord(
                issuance_number=number,
                document_id="resident-copy",
                copies=1,
                fee_won=0,
                payment_result=payment_result,
                printed=state not in ("printing", "failed"),
                issued_at=at,
                kiosk_id="kiosk-1",
                identity_hash="0" * 64,
                state=state,
                authorization_id=authorization_id,
                authorized_won=200,
            )
        )


_CLAIM_LOCKS = (
    "FROM pg_locks WHERE locktype = 'advisory' AND classid = :space AND objsubid = 2 "
    "AND objid::text::bigint = (hashtext(current_schema() || '/' || :id)::bigint & 4294967295)"
)


def end_claim_session(engine: Engine, kiosk_id: str) -> None:
    """What the server does when its keepalives give up on the claiming kiosk.

    Returns once the session has ended and its lock is gone: terminating a
    backend only signals it, and under load the lock outlived the call.
    """
    where = {"space": CLAIM_LOCK_SPACE, "id": kiosk_id}
    with engine.begin() as conn:
        ended = conn.execute(text(f"SELECT pg_terminate_backend(pid) {_CLAIM_LOCKS}"), where).all()
    assert ended == [(True,)]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            if not conn.execute(text(f"SELECT 1 {_CLAIM_LOCKS}"), where).first():
                return
        time.sleep(0.05)
    raise AssertionError(f"the server kept {kiosk_id}'s claim for 10 s after ending its session")
