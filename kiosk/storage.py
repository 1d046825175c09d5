"""Database schema and engine set-up (SQLAlchemy Core; SQLite or PostgreSQL).

SQLite is the embedded default (WAL mode, a file in the kiosk's data
directory). Transactions that issue numbers take SQLite's write lock up
front (``BEGIN IMMEDIATE``) so several kiosk processes sharing one file
never hand out the same number. A database that cannot be opened raises
``StorageError`` naming the file, never a driver traceback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

metadata = MetaData()

ticket_counters = Table(
    "ticket_counters",
    metadata,
    Column("service_id", String(32), primary_key=True),
    Column("business_day", Date, primary_key=True),
    Column("last_number", Integer, nullable=False),
)

tickets = Table(
    "tickets",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("service_id", String(32), nullable=False),
    Column("business_day", Date, nullable=False),
    Column("number", Integer, nullable=False),
    Column("display_code", String(16), nullable=False),
    Column("issued_at", DateTime(timezone=True), nullable=False),
    Column("priority", Boolean, nullable=False, default=False),
    Column("state", String(16), nullable=False),
    Column("state_changed_at", DateTime(timezone=True), nullable=False),
    Column("kiosk_id", String(32), nullable=False),
    Column("print_attempts", Integer, nullable=False, default=0),
    Column("counter", Integer, nullable=True),
    UniqueConstraint("service_id", "business_day", "number", name="uq_ticket_number"),
    Index("ix_tickets_waiting", "business_day", "service_id", "state"),
)

#: Structured events (print failures, staff calls...) for staff and technicians.
#: Never holds personal data.
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("kiosk_id", String(32), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("ticket_id", Integer, nullable=True),
    Column("detail", String(400), nullable=False, default=""),
)

#: One row per printed (or voided) certificate copy: the audit trail of kiosk/audit.py.
#: The resident appears only as a keyed hash (HMAC-SHA256) of their identity.
issuances = Table(
    "issuances",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("issuance_number", String(19), nullable=False, unique=True),
    Column("document_id", String(32), nullable=False),
    Column("copies", Integer, nullable=False),
    Column("fee_won", Integer, nullable=False),
    Column("payment_result", String(16), nullable=False),
    Column("printed", Boolean, nullable=False),
    Column("issued_at", DateTime(timezone=True), nullable=False),
    Column("kiosk_id", String(32), nullable=False),
    Column("identity_hash", String(64), nullable=False),
)


class StorageError(Exception):
    """The database cannot be used; the message names it and says why."""


def default_sqlite_path(data_dir: Path) -> Path:
    return data_dir / "kiosk.sqlite3"


def _describe(url: str) -> str:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN IMMEDIATE instead of pysqlite's
    # deferred BEGIN, so issuing transactions take the write lock at once.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 30000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_database(url: str) -> Engine:
    """Create the engine, create missing tables and check the database is usable."""
    where = _describe(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"{url}: not a valid database URL") from None
    kwargs: dict[str, Any] = {}
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite:
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            if path.is_dir():
                raise StorageError(f"{path}: is a directory, not a database file")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"{path}: cannot create its folder ({exc.strerror})") from None
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise StorageError(f"{where}: cannot use this database ({exc})") from None
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        metadata.create_all(engine)
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM tickets")).scalar_one()
            if is_sqlite:
                ok = conn.exec_driver_sql("PRAGMA quick_check").scalar_one()
                if ok != "ok":
                    raise StorageError(f"{where}: the database file is damaged ({ok})")
    except StorageError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as exc:
        engine.dispose()
        reason = getattr(exc, "orig", exc)
        raise StorageError(f"{where}: cannot open the database ({reason})") from None
    return engine
