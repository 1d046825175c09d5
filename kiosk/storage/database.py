"""Database schema and engine set-up (SQLAlchemy Core; SQLite or PostgreSQL).

SQLite is the embedded default (WAL mode with ``synchronous = FULL``, so a
committed transaction survives a power cut; a file in the kiosk's data
directory). Transactions that issue numbers take SQLite's write lock up
front (``BEGIN IMMEDIATE``) so several kiosk processes sharing one file
never hand out the same number. A database that cannot be opened raises
``StorageError`` naming the file, never a driver traceback.

The schema is created and changed by Alembic migrations (``kiosk/storage/migrations``),
never by ``create_all``: SQLite files are migrated when opened; PostgreSQL
with ``kiosk db upgrade``. Every table added here needs a migration too
(``tests/kiosk/test_migrations.py`` fails on drift).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from kiosk.storage.urls import hide_url_secrets


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time, written in UTC and read back with its zone.

    SQLite keeps no zone: without this a time came back naive, and
    ``astimezone`` took it for the machine's local time (nine hours early on
    a kiosk whose system clock is set to Korea).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else stored_utc(value).astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else stored_utc(value)


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
    Column("issued_at", UtcDateTime(), nullable=False),
    Column("priority", Boolean, nullable=False, default=False),
    Column("state", String(16), nullable=False),
    Column("state_changed_at", UtcDateTime(), nullable=False),
    Column("kiosk_id", String(32), nullable=False),
    Column("print_attempts", Integer, nullable=False, default=0),
    Column("counter", Integer, nullable=True),
    # The service whose queue the ticket waits in after a counter transferred
    # it; NULL means its own service. Numbering stays with ``service_id``.
    Column("queue_service_id", String(32), nullable=True),
    # Counter work (kiosk.queue.counter): first call, latest call or recall,
    # start and end of service. NULL until it happens.
    Column("called_at", UtcDateTime(), nullable=True),
    Column("last_called_at", UtcDateTime(), nullable=True),
    Column("serving_at", UtcDateTime(), nullable=True),
    Column("finished_at", UtcDateTime(), nullable=True),
    UniqueConstraint("service_id", "business_day", "number", name="uq_ticket_number"),
    Index("ix_tickets_waiting", "business_day", "service_id", "state"),
)

#: Structured events (print failures, staff calls...) for staff and technicians.
#: Never holds personal data.
events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("kiosk_id", String(32), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("ticket_id", Integer, nullable=True),
    Column("detail", String(400), nullable=False, default=""),
)

#: One row per printed (or voided) certificate copy: the audit trail of kiosk/certificates/audit.py.
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
    Column("issued_at", UtcDateTime(), nullable=False),
    Column("kiosk_id", String(32), nullable=False),
    Column("identity_hash", String(64), nullable=False),
    # printing (written before the copy's first byte), printed, failed,
    # capturing (just before the capture), then captured / waived / voided /
    # capture_failed / void_failed / capture_unknown (the capture's answer was
    # lost and its void failed), or interrupted / capture_unknown (found
    # unfinished at start: see AuditLog.recover_interrupted).
    Column("state", String(16), nullable=False),
    # The hold behind this copy, so a restart can release it.
    Column("authorization_id", String(64), nullable=True),
    Column("authorized_won", Integer, nullable=True),
)

#: Every approved card payment of a certificate order, written before the
#: resident sees the approval (kiosk/certificates/audit.py): the issuance rows
#: come later, when printing starts, and a power cut in between must still
#: leave a trace of the money held. Settled when the order (or a void) ends.
payment_holds = Table(
    "payment_holds",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("authorization_id", String(64), nullable=False, unique=True),
    Column("kiosk_id", String(32), nullable=False),
    Column("amount_won", Integer, nullable=False),
    # What was being paid for: document ids and copies ("resident_copyx2"), nothing personal.
    Column("reference", String(200), nullable=False),
    Column("approved_at", UtcDateTime(), nullable=False),
    # The order's payment result (captured, voided, capture_unknown...) once it ended.
    Column("result", String(16), nullable=True),
    Column("settled_at", UtcDateTime(), nullable=True),
)


#: Counter terminals: paused or open, and the share of priority calls they owe.
counters = Table(
    "counters",
    metadata,
    Column("counter", Integer, primary_key=True, autoincrement=False),
    Column("paused", Boolean, nullable=False, default=False),
    # Grows by the configured priority share with each call; a priority ticket
    # may jump the queue while it is at least 1 (kiosk.queue.counter).
    Column("priority_credit", Float, nullable=False, default=1.0),
    Column("updated_at", UtcDateTime(), nullable=False),
)

#: Every call and recall of a ticket to a counter: what the lobby display announces.
calls = Table(
    "calls",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UtcDateTime(), nullable=False),
    Column("business_day", Date, nullable=False),
    Column("ticket_id", Integer, nullable=False),
    Column("counter", Integer, nullable=False),
    Column("service_id", String(32), nullable=False),
    Column("display_code", String(16), nullable=False),
    Column("recall", Boolean, nullable=False, default=False),
    Index("ix_calls_day", "business_day"),
)

#: Measured service: one row per stretch of serving one ticket at one counter
#: (ended by finishing it, or by transferring it to another service).
service_log = Table(
    "service_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ticket_id", Integer, nullable=False),
    Column("service_id", String(32), nullable=False),
    Column("business_day", Date, nullable=False),
    Column("counter", Integer, nullable=False),
    Column("started_at", UtcDateTime(), nullable=False),
    Column("finished_at", UtcDateTime(), nullable=False),
    Column("seconds", Float, nullable=False),
    Column("outcome", String(16), nullable=False),
    Index("ix_service_log_service", "service_id", "finished_at"),
)

#: One row (id 1) whose number SQLite triggers bump on every change to the
#: queue tables: counters and displays poll it (PostgreSQL uses LISTEN/NOTIFY).
changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("n", Integer, nullable=False),
)


#: Wrong technician PINs in a row and the entry lockout, per kiosk (kiosk.tech.auth),
#: so a restart does not hand an attacker five fresh tries. Never holds a PIN.
tech_lockout = Table(
    "tech_lockout",
    metadata,
    Column("kiosk_id", String(32), primary_key=True),
    Column("failures", Integer, nullable=False),
    # Wall-clock end of the lockout; NULL while entry is open.
    Column("locked_until", UtcDateTime(), nullable=True),
    Column("updated_at", UtcDateTime(), nullable=False),
)

#: Phone follow-up (kiosk.queue.follow): each ticket's secret status-page token
#: and the mobile number its resident left (cleared once the ticket is finished
#: or its day is over; never logged unmasked).
ticket_follow = Table(
    "ticket_follow",
    metadata,
    Column("ticket_id", Integer, primary_key=True, autoincrement=False),
    Column("token", String(64), nullable=False),
    Column("business_day", Date, nullable=False),
    # The number left on the status page, encrypted with the centre key (kiosk.centre.keys).
    Column("phone_enc", String(200), nullable=True),
    # The page language the number was left in: the texts are written in it.
    Column("language", String(8), nullable=True),
    Column("ahead_sent_at", UtcDateTime(), nullable=True),
    Column("called_sent_at", UtcDateTime(), nullable=True),
    # Sends of each text the gateway may have delivered, counted before each
    # send, and when it was last tried: a restart of kiosk web must not send
    # it anew (web.notifier). The server default fills rows the kiosks insert.
    Column("ahead_attempts", Integer, nullable=False, server_default="0"),
    Column("ahead_tried_at", UtcDateTime(), nullable=True),
    Column("called_attempts", Integer, nullable=False, server_default="0"),
    Column("called_tried_at", UtcDateTime(), nullable=True),
    # How many times a number was left for this ticket (at most MAX_PHONE_SETS).
    Column("phone_sets", Integer, nullable=False, server_default="0"),
    UniqueConstraint("token", name="uq_ticket_follow_token"),
)


#: Tools lent to residents (kiosk.centre.lending). The phone number is stored
#: only encrypted and as a keyed hash (kiosk.centre.keys), and erased with
#: the row's other details some days after the tool came back.
loans = Table(
    "loans",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ref", String(20), nullable=False, unique=True),
    Column("item_id", String(32), nullable=False),
    # requested (asked for at the kiosk), out (handed over), returned, cancelled.
    Column("status", String(16), nullable=False),
    Column("requested_at", UtcDateTime(), nullable=False),
    Column("business_day", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("handed_at", UtcDateTime(), nullable=True),
    # When the loan ended: the tool came back, or the request was cancelled
    # (lending.keep_days counts from it).
    Column("returned_at", UtcDateTime(), nullable=True),
    Column("phone_hash", String(64), nullable=True),
    Column("phone_enc", String(200), nullable=True),
    Column("phone_last4", String(4), nullable=True),
    Index("ix_loans_item_status", "item_id", "status"),
)

#: Parcels the centre keeps for residents (택배 보관), logged by staff.
parcels = Table(
    "parcels",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ref", String(20), nullable=False, unique=True),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("collected_at", UtcDateTime(), nullable=True),
    # What staff wrote on the shelf label (carrier, size): no personal data.
    Column("note", String(80), nullable=False, default=""),
    Column("phone_hash", String(64), nullable=True),
    Column("phone_enc", String(200), nullable=True),
    Column("phone_last4", String(4), nullable=True),
    Index("ix_parcels_phone", "phone_hash"),
)


#: Which centre key (kiosk.centre.keys) the centre services' personal data
#: is written with: one row, the key's fingerprint (a keyed hash of a fixed
#: text, which tells nothing of the key). A machine with another key file
#: refuses to write records that nobody else could read (kiosk.centre.store).
centre_key = Table(
    "centre_key",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("fingerprint", String(64), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)


#: Welfare intake (kiosk.centre.welfare): one row per consultation booking,
#: home-visit request or crisis report. What the resident gave (phone, 통/반,
#: topic, situation) is only in ``payload``, encrypted; the rest says what
#: kind of request it is and where staff are with it. A slot is booked once
#: (unique ``slot_start``), whichever kiosk books it.
welfare_requests = Table(
    "welfare_requests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # The reference printed on the receipt is 복지-<day>-<seq>.
    Column("day", Date, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("slot_start", UtcDateTime(), nullable=True),
    Column("payload", String(4000), nullable=False),
    Column("status", String(16), nullable=False),
    Column("kiosk_id", String(32), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    UniqueConstraint("day", "seq", name="uq_welfare_requests_reference"),
    UniqueConstraint("slot_start", name="uq_welfare_requests_slot"),
    Index("ix_welfare_requests_created", "created_at"),
)


#: Resident participation (kiosk.centre.participation): who has voted in a poll, as a
#: per-poll keyed hash of their identity. No time, no row number, no choice: the
#: unique key alone refuses a second vote.
participation_voters = Table(
    "participation_voters",
    metadata,
    Column("poll_id", String(32), primary_key=True),
    Column("voter_hash", String(64), primary_key=True),
)

#: The votes of resident participation's polls: a count per option, raised by each
#: vote. No row per ballot: a ballot's place in the file would tell when it was
#: cast, and the voter list's order who cast it (see kiosk.centre.participation).
participation_tally = Table(
    "participation_tally",
    metadata,
    Column("poll_id", String(32), primary_key=True),
    Column("option_id", String(32), primary_key=True),
    Column("votes", Integer, nullable=False),
)


#: Programme registration (kiosk.centre.programmes): one row per course and
#: term, bumped first by every registration so registrations for one course
#: take turns (the row lock on PostgreSQL, BEGIN IMMEDIATE on SQLite).
programme_counters = Table(
    "programme_counters",
    metadata,
    Column("course_id", String(32), primary_key=True),
    Column("term", String(16), primary_key=True),
    Column("last_number", Integer, nullable=False),
)

#: One resident's registration for a course. The name and phone number are
#: encrypted (``*_enc``); ``phone_hash`` is a keyed hash, so one phone is
#: found again without storing it in clear.
programme_registrations = Table(
    "programme_registrations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("course_id", String(32), nullable=False),
    Column("term", String(16), nullable=False),
    Column("number", Integer, nullable=False),
    Column("registration_no", String(24), nullable=False),
    # registered, waiting or cancelled.
    Column("status", String(16), nullable=False),
    # Order on the waiting list (lower first); NULL once registered.
    Column("wait_seq", Integer, nullable=True),
    # The personal data: NULL once erased (programmes.keep_days after the term
    # ended or the registration was cancelled); the row stays for the counts.
    Column("phone_hash", String(64), nullable=True),
    Column("phone_enc", String(512), nullable=True),
    Column("name_enc", String(512), nullable=True),
    Column("kiosk_id", String(32), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
    # When the registration moved from the waiting list to a place, and when
    # staff marked the resident called about it: the resident was not at a
    # kiosk, so until staff call they still think they are waiting.
    Column("promoted_at", UtcDateTime(), nullable=True),
    Column("promotion_called_at", UtcDateTime(), nullable=True),
    UniqueConstraint("course_id", "term", "number", name="uq_programme_registration_number"),
    Index("ix_programme_registrations_course", "course_id", "term", "status"),
)


class StorageError(Exception):
    """The database cannot be used; the message names it and says why."""


class StorageUnreachableError(StorageError):
    """The database server did not answer (down, restarting, network not up yet).

    Unlike other storage errors, trying again later may succeed: a kiosk that
    boots before the center's server waits for it instead of exiting.
    """


class DatabaseUnavailableError(Exception):
    """The database did not answer a statement; nothing was written. Safe to retry."""


@contextlib.contextmanager
def database_errors() -> Iterator[None]:
    """Turn a database failure inside the block into ``DatabaseUnavailableError``."""
    try:
        yield
    except (DBAPIError, SQLAlchemyError) as exc:
        raise DatabaseUnavailableError(str(getattr(exc, "orig", exc))) from None


def error_summary(exc: BaseException) -> str:
    """Why ``exc`` happened, in one line: the database driver's first line.

    SQLAlchemy adds the statement and its parameters under the driver's
    message, and drivers add hints: neither belongs on a screen or in a
    one-line log entry. Falls back to the error's type.
    """
    detail = str(getattr(exc, "orig", None) or exc)
    lines = [line.strip() for line in detail.splitlines() if line.strip()]
    return lines[0][:200] if lines else type(exc).__name__


#: What a PostgreSQL server says when it answers but cannot take connections
#: for a moment: starting up after a power cut, shutting down, full.
_SERVER_BUSY = (
    "the database system is starting up",
    "the database system is not yet accepting connections",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "too many clients already",
    "remaining connection slots are reserved",
)

#: libpq writes a server's error as "SEVERITY:  message" (two spaces) in the
#: server's language; its own errors (refused, timeout) never look like that.
_SERVER_ANSWER = re.compile(r"\S:  \S")

#: What ``ping`` reports: the server is up and accepting connections, up but
#: refusing them for now (starting, shutting down, recovering), or silent.
ServerState = Literal["accepting", "rejecting", "silent"]


def _worth_waiting(reason: str, ping: Callable[[], ServerState | None] | None = None) -> bool:
    """Whether a failed connection may succeed later without anyone changing the config.

    No answer at all (refused, timed out, no route, host name not resolved
    while the network comes up) is worth waiting for, and so is a busy
    server. A server that answered FATAL for another reason (no such role or
    database, wrong password, pg_hba.conf) needs the settings fixed: waiting
    would hide that behind a kiosk that looks merely unavailable.

    A server set up in Korean (``lc_messages``, initdb's default on a Korean
    system) answers "치명적오류:  ..." instead, and a Japanese one "FATAL:
    データベースシステムは起動処理中です": no list of English phrases
    recognises either. So ``ping`` decides whenever it can: libpq's ping
    reads the answer's SQLSTATE, not its words, and tells a server that is
    starting or shutting down from one that is up and turned us away.
    """
    if any(busy in reason for busy in _SERVER_BUSY):
        return True
    if not _SERVER_ANSWER.search(reason):
        return True  # no server answered
    state = ping() if ping is not None else None
    if state is None:
        # Cannot ask. An English FATAL that is not "busy" is about the settings;
        # words we cannot read are waited for: the reason is logged and on the
        # technician dashboard, and a kiosk exiting while its server starts
        # would be restarted into the same failure until its start limit.
        return "FATAL:" not in reason
    # A server that takes connections but refused ours wants other settings.
    return state != "accepting"


def _ping(engine: Engine) -> ServerState | None:
    """Ask a PostgreSQL server whether it takes connections, without logging in.

    Calls libpq's ``PQping`` through ctypes, which lets go of the GIL while
    it waits: psycopg's own ``ping`` holds it, freezing the screen for as
    long as a dying server takes to time out. None when psycopg or libpq is
    not installed or the probe itself fails.
    """
    url = engine.url
    if url.get_backend_name() != "postgresql":
        return None
    try:
        import psycopg
        from psycopg.conninfo import make_conninfo
    except ImportError:
        return None
    import ctypes
    import ctypes.util

    try:
        path = ctypes.util.find_library("pq")
        if path is None:
            return None
        ping = ctypes.CDLL(path).PQping
        ping.argtypes = [ctypes.c_char_p]
        ping.restype = ctypes.c_int
        # A query key given twice arrives as a tuple: libpq keeps the last one too.
        query = {key: v[-1] if isinstance(v, tuple) else v for key, v in url.query.items()}
        conninfo = make_conninfo(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=url.username,
            connect_timeout=5,
            **query,
        )
        result = ping(conninfo.encode())
    except (OSError, AttributeError, UnicodeError, psycopg.Error):
        return None
    states: dict[int, ServerState] = {0: "accepting", 1: "rejecting", 2: "silent"}
    return states.get(result)


def stored_utc(value: datetime) -> datetime:
    """A time read back from the database, with its zone: SQLite drops it on
    the way back, and every time is stored in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def shared_now(conn: Connection, local: datetime) -> datetime:
    """The time every machine on this database goes by, for a time one machine
    stamps and another compares with its "now".

    PostgreSQL: the server's (``now()``: when the transaction on ``conn``
    began), one round trip. The kiosk, the counters and the display each
    run on a PC of their own, and PC clocks drift by minutes: one PC's stamp
    against another PC's clock made a ticket still printing callable, or a
    call just made too old to read out. SQLite: ``local``, the clock of the
    one machine that holds the file (as tests move it).
    """
    if conn.dialect.name != "postgresql":
        return local
    server: datetime = conn.execute(select(func.now())).scalar_one()
    return server.astimezone(UTC)


def default_sqlite_path(data_dir: Path) -> Path:
    return data_dir / "kiosk.sqlite3"


def database_url(configured: str, data_dir: Path) -> str:
    """``storage.database_url`` when the config sets one, else SQLite in the data folder."""
    return configured or f"sqlite:///{default_sqlite_path(data_dir)}"


def _describe(url: str) -> str:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return hide_url_secrets(url)  # "<removed>": it may hold a password all the same
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return hide_url_secrets(parsed)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN IMMEDIATE instead of pysqlite's
    # deferred BEGIN, so issuing transactions take the write lock at once.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 30000")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL, not NORMAL: in WAL mode NORMAL may lose the last committed
    # transactions on a power cut, and an audit row of a charged certificate
    # must outlive one. A kiosk writes little, so the extra fsync is cheap.
    cur.execute("PRAGMA synchronous = FULL")
    # Erased personal data (a phone number past its keep_days) is overwritten
    # in the file, not left in a free page for anyone copying the disk.
    # Debian builds SQLite with this on; other builds (Windows) may not.
    cur.execute("PRAGMA secure_delete = ON")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _migrate_or_check(engine: Engine, where: str, migrate: bool) -> None:
    """Bring the schema to the newest revision, or check that it is there."""
    from alembic.util.exc import CommandError

    from kiosk.storage import migrations

    if migrate:
        try:
            migrations.upgrade(engine)
        except CommandError as exc:
            # A revision this kiosk does not know: a newer kiosk migrated the file.
            raise StorageError(
                f"{where}: the database was set up by a newer kiosk version ({exc})"
            ) from None
        return
    current = migrations.current_revision(engine)
    head = migrations.head_revision()
    if current == head:
        return
    if current is None:
        raise StorageError(f"{where}: the database has no kiosk tables yet; run `kiosk db upgrade`")
    if current not in migrations.known_revisions():
        raise StorageError(
            f"{where}: the database was set up by a newer kiosk version (revision {current})"
        )
    raise StorageError(
        f"{where}: the database schema is at revision {current}, this kiosk needs {head}; "
        "run `kiosk db upgrade`"
    )


def url_problem(url: str) -> str | None:
    """Why no engine can be built from ``url`` (malformed, or its database
    driver is not installed), without the URL (it may hold a password); None
    when it can be tried."""
    try:
        create_engine(url).dispose()
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return "not a valid database URL"
    except ImportError as exc:
        return f"its database driver is not installed ({exc})"
    return None


def open_database(url: str, *, migrate: bool | None = None) -> Engine:
    """Create the engine, migrate the schema and check the database is usable.

    ``migrate=None`` (the default) migrates SQLite files on the spot and only
    checks PostgreSQL databases, which ``kiosk db upgrade`` migrates; a
    PostgreSQL database that is behind raises ``StorageError`` saying so.
    """
    where = _describe(url)
    problem = url_problem(url)
    if problem is not None:
        raise StorageError(f"{where}: {problem}")
    parsed = make_url(url)
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
        if parsed.get_backend_name() == "postgresql":
            # A server that is down must fail fast: callers show "temporarily
            # unavailable" and retry instead of hanging.
            kwargs["connect_args"] = {"connect_timeout": 5}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        _migrate_or_check(engine, where, is_sqlite if migrate is None else migrate)
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
        reason = error_summary(exc)
        if (
            not is_sqlite
            and isinstance(exc, OperationalError)
            and _worth_waiting(reason, lambda: _ping(engine))
        ):
            raise StorageUnreachableError(
                f"{where}: cannot reach the database ({reason})"
            ) from None
        raise StorageError(f"{where}: cannot open the database ({reason})") from None
    return engine
