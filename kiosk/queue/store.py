"""The queue: issuing numbered tickets atomically, their states and wait estimates.

Issuing is one transaction: bump the (service, business day) counter and
insert the ticket together, so numbers rise without gaps or duplicates even
with several processes on one database.

The business day is the wall clock's date in the center's time zone, with
two guards (``Queue.issue``, README "Queue numbers and the clock"):

* it never moves back before the latest day a number was issued for, so a
  wall clock that jumps back cannot reuse a number;
* it may move forward only to a plausible day: the next calendar day, or
  across a weekend (Saturday and Sunday only), or as far as this process's
  monotonic clock vouches time really passed. A farther day is refused
  (``ImplausibleDayError``, a ``clock_implausible`` staff event) instead of
  being written into ``ticket_counters``, where it would pin the queue in
  the future once the clock is corrected. ``accept_day`` and
  ``rollback_day`` are the technician's repairs.

A display code is never held twice in play (waiting, called or being
served) on one day, whichever service gave it: a service's id, prefix or
band may change during the day (technician mode and ``kiosk config set``
refuse it while the service has tickets in play, but a file edited by hand
asks nobody), and
numbering is kept per service id. So a service with a prefix continues
after the highest number any ticket in play holds under its prefix (a
renamed service's B-001 still waiting: the next is B-002). A service
numbered by a band (``[500, 502]``) wraps in order and only onto a code no
ticket in play holds; otherwise it refuses (``BandFullError``, a
``band_full`` staff event) and consumes nothing. ``recover_interrupted``
settles tickets a crash left half-issued.

Thread-safety: a ``Queue`` may be used from any thread (each call takes its
own connection), but callers keep it off the UI thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    Row,
    String,
    bindparam,
    case,
    cast,
    exists,
    func,
    insert,
    literal,
    literal_column,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk.clock import Clock
from kiosk.config import KioskConfig, ServiceConfig
from kiosk.config.edit import atomic_write, file_lock
from kiosk.i18n import N_, Text
from kiosk.queue.stats import StatsReport, compute_stats, measured_service_minutes, paused_counters
from kiosk.queue.tickets import (
    WAITING_STATES,
    InvalidTransitionError,
    IssuedTicket,
    Ticket,
    TicketState,
    code_number,
    display_code,
    predecessors,
)
from kiosk.storage.database import (
    DatabaseUnavailableError,
    database_errors,
    events,
    shared_now,
    ticket_counters,
    ticket_follow,
    tickets,
)

log = logging.getLogger(__name__)


class UnknownServiceError(LookupError):
    pass


class IssueRefusedError(Exception):
    """The queue answered but will not issue a number; nothing was issued or consumed.

    ``message`` is what the resident is told; ``str(exc)`` is for staff logs.
    """

    message: Text = N_(
        "flow", "Queue numbers are temporarily unavailable. Please ask at the counter."
    )


class BandFullError(IssueRefusedError):
    """Every number of the service's band is still held by a ticket in play."""

    message = N_(
        "flow", "No more numbers can be issued for this service right now. Please ask staff."
    )


class ImplausibleDayError(IssueRefusedError):
    """The wall clock says a day too far ahead of the last issued day (a clock jump)."""

    message = N_(
        "flow",
        "Queue numbers cannot be issued because the kiosk's clock looks wrong. Please ask staff.",
    )


#: Ticket states that hold a number: a band never wraps onto one of them.
IN_PLAY_STATES: frozenset[TicketState] = frozenset(
    {*WAITING_STATES, TicketState.CALLED, TicketState.SERVING}
)


#: How far a kiosk's or counter's clock may be off the database server's.
#: Times one machine stamps and another compares with its "now" go by the
#: server's clock (``shared_now``), but each machine still starts the business
#: day at its own midnight, prints its own time on tickets, and the waits in
#: the statistics are one machine's call time less another's issue time.
SKEW_LIMIT_S = 30.0


@dataclass(frozen=True)
class ClockStatus:
    """The wall clock's business day against the queue's (``Queue.clock_status``).

    ``state``: ``ok``; ``ahead`` (the wall clock's day is implausibly far past
    the last issued day: issuing is refused until a technician accepts it or
    fixes the clock); ``behind`` (numbers were issued for a later day than the
    wall clock's: the queue is pinned there until ``rollback_day``).
    ``collisions``: set only by a refused ``rollback_day``, the display codes
    that a ticket of the later day and another of today (or of another later
    day) both hold in play; staff serve or cancel them before rolling back.
    """

    wall_day: date
    last_day: date | None
    state: str
    collisions: tuple[str, ...] = ()
    #: This machine's clock minus the database server's, in seconds
    #: (PostgreSQL only: on SQLite every kiosk shares one machine's clock).
    skew_s: float | None = None

    @property
    def skewed(self) -> bool:
        """Whether this machine's clock is off the server's by more than ``SKEW_LIMIT_S``."""
        return self.skew_s is not None and abs(self.skew_s) > SKEW_LIMIT_S


@dataclass(frozen=True)
class Recovered:
    """One ticket ``recover_interrupted`` settled: its code and the state it was given."""

    ticket_id: int
    display_code: str
    business_day: date
    state: TicketState


def plausible_next_day(last: date, day: date) -> bool:
    """Whether ``day`` may follow ``last`` as the business day without a technician.

    The next calendar day, or any later day when only Saturdays and Sundays
    lie between (a center closed over the weekend opens on Monday). A longer
    gap (a holiday week) is also fine when this process saw the time pass
    (``Queue._vouched``).
    """
    if day <= last + timedelta(days=1):
        return True
    gap = (day - last).days
    between = (last + timedelta(days=i) for i in range(1, gap))
    return all(d.weekday() >= 5 for d in between)


@dataclass(frozen=True)
class NumberingReset:
    """What ``Queue.reset_numbering`` did: the next number and how many finished tickets moved."""

    service_id: str
    next_number: int
    retired: int


#: Seconds a measured wait model stays fresh (``waiting_counts`` refreshes it sooner).
WAIT_MODEL_TTL_S = 10.0

#: The service whose queue a ticket waits in: its own, or where a counter transferred it.
queue_service = func.coalesce(tickets.c.queue_service_id, tickets.c.service_id)


@dataclass(frozen=True)
class _WaitModel:
    """Measured minutes per person (services with data) and paused counters."""

    loaded_at: float
    minutes: dict[str, float]
    paused: frozenset[int]


def _padded_sql(value: Any) -> Any:
    """``f"{value:03d}"`` in SQL (for values >= 0)."""
    as_text = cast(value, String)
    return case((value < 1000, func.lpad(as_text, 3, "0")), else_=as_text)


def _display_code_sql(service: ServiceConfig, number: Any) -> Any:
    """``kiosk.queue.tickets.display_code`` as a SQL expression of the number."""
    if service.prefix is not None:
        return literal(f"{service.prefix}-", String) + _padded_sql(number)
    assert service.band is not None
    first, last = service.band
    return _padded_sql(literal(first, Integer) + (number - 1) % (last - first + 1))


def _row_to_ticket(row: Row[Any]) -> Ticket:
    return Ticket(
        id=row.id,
        service_id=row.service_id,
        business_day=row.business_day,
        number=row.number,
        display_code=row.display_code,
        issued_at=row.issued_at,
        priority=bool(row.priority),
        state=TicketState(row.state),
        kiosk_id=row.kiosk_id,
        print_attempts=row.print_attempts,
        counter=row.counter,
        queue_service_id=row.queue_service_id,
    )


_IN_PLAY_VALUES = sorted(s.value for s in IN_PLAY_STATES)

#: How far the wall clock may run ahead of the monotonic clock before it counts as a jump.
_CLOCK_SLACK_S = 3600.0


def _hold_issuers(conn: Connection) -> None:
    """Keep issuers out of ``ticket_counters`` until ``conn``'s transaction ends (PostgreSQL).

    The technician's repairs (``reset_numbering``, ``accept_day``,
    ``rollback_day``) read the counters and tickets, then rewrite them. An
    issue committed in between is missed: its number is given again (the
    repair's counter continues from what it read) or its counter row pins
    the queue to a day the repair just left. SQLite's BEGIN IMMEDIATE
    already keeps issuers out; here this waits for issues in flight and
    holds new ones (their upsert needs ROW EXCLUSIVE) for the repair's
    moment. Issuers still read the counters meanwhile.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE ticket_counters IN SHARE ROW EXCLUSIVE MODE")


def _in_play_on(day: Any) -> tuple[Any, ...]:
    """SQL conditions: a ticket of ``day`` still in play, whichever service gave it."""
    return (
        tickets.c.business_day == day,
        tickets.c.state.in_([literal(v) for v in _IN_PLAY_VALUES]),
    )


def _band_held(code: Any, day: Any) -> Any:
    """SQL: whether a ticket still in play on ``day`` holds display code ``code``."""
    return (
        exists().where(*_in_play_on(day), tickets.c.display_code == code).correlate_except(tickets)
    )


def _highest_held(prefix: str, day: Any) -> Any:
    """SQL: the highest number a ticket still in play on ``day`` shows after
    ``prefix`` (A-012: 12), whichever service gave it; 0 when none does.

    A prefix is one letter A-Z, so a code with it is the letter, a hyphen and digits.
    """
    digits = cast(func.substr(tickets.c.display_code, 3), Integer)
    return (
        select(func.coalesce(func.max(digits), 0))
        .where(*_in_play_on(day), tickets.c.display_code.like(f"{prefix}-%"))
        .correlate(None)
        .scalar_subquery()
    )


def unheld_file(data_dir: Path) -> Path:
    """Where a kiosk with data directory ``data_dir`` keeps the tickets it must withdraw."""
    return data_dir / "queue-unheld.json"


@dataclass(frozen=True)
class _LostAnswer:
    """An issuing statement whose answer never came (PostgreSQL): it may have made a ticket.

    The server commits before it answers, so a connection lost in between
    leaves a ticket nobody heard the id of. It is found by what the
    statement stamped on it: this kiosk, the service and the issue time,
    with an id above every ticket this process had heard of then (a clock
    that stood still or was set back may have stamped an earlier ticket
    with the same time).
    """

    kiosk_id: str
    service_id: str
    issued_at: datetime
    after_id: int

    def to_json(self) -> dict[str, Any]:
        return {
            "kiosk_id": self.kiosk_id,
            "service_id": self.service_id,
            "issued_at": self.issued_at.isoformat(),
            "after_id": self.after_id,
        }

    @classmethod
    def from_json(cls, entry: Mapping[str, Any]) -> _LostAnswer:
        return cls(
            str(entry["kiosk_id"]),
            str(entry["service_id"]),
            datetime.fromisoformat(entry["issued_at"]),
            int(entry["after_id"]),
        )


def _read_unheld(path: Path | None) -> tuple[dict[int, str], set[_LostAnswer]]:
    """The tickets ``Queue._keep_unheld`` wrote to ``path``, by id and by lost answer:
    none if it is missing or unreadable."""
    if path is None:
        return {}, set()
    try:
        entries = json.loads(path.read_text("utf-8"))
        known = {int(entry["id"]): str(entry["code"]) for entry in entries if "id" in entry}
        lost = {_LostAnswer.from_json(entry) for entry in entries if "id" not in entry}
        return known, lost
    except FileNotFoundError:
        return {}, set()
    except (OSError, ValueError, TypeError, KeyError) as exc:
        # Start-up recovery then flags them as it would any ticket left issued.
        log.error("could not read the tickets to withdraw from %s: %s", path, exc)
        return {}, set()


class Queue:
    def __init__(
        self,
        engine: Engine,
        config: KioskConfig,
        clock: Clock,
        *,
        unheld_file: Path | None = None,
    ) -> None:
        """``unheld_file``: where the issuing kiosk keeps the tickets it must
        withdraw (see ``_keep_unheld``); None keeps them in memory only."""
        self._engine = engine
        self._config = config
        self._clock = clock
        self._zone = ZoneInfo(config.center.timezone)
        dialect = engine.dialect.name
        self._insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        self._wait_model: _WaitModel | None = None
        self._wait_model_tried = -math.inf
        self._pg_sql: dict[str, tuple[str, str, dict[str, Any]]] = {}
        #: (wall clock, monotonic seconds) at this process's last issue: the
        #: monotonic clock vouches for the time that really passed since.
        self._last_seen: tuple[datetime, float] | None = None
        #: The latest issued day this process knows of (PostgreSQL skips a
        #: query while the wall clock's day stays within a plausible step).
        self._known_last_day: date | None = None
        #: (wall day, issued day) last warned about as ``clock_behind``.
        self._warned_behind: tuple[date, date] | None = None
        #: Per service, the (kind, reason) of the refusal last told to staff:
        #: residents tapping again and again at a full band raise one event,
        #: not one per tap, until that service issues again.
        self._told_refusal: dict[str, tuple[str, str]] = {}
        #: Tickets committed on PostgreSQL whose issue then failed (the
        #: connection dropped before the follow-up statements answered), by
        #: id, with their display code, and those the issuing statement may
        #: have committed before its answer was lost (``_LostAnswer``): the
        #: resident was told no number was given and holds no paper, so they
        #: are withdrawn as soon as the database answers again
        #: (``withdraw_unheld``).
        self._unheld_file = unheld_file
        self._unheld, self._lost = _read_unheld(unheld_file)
        #: The highest ticket id this process was told of (``_LostAnswer.after_id``).
        self._heard_id = 0

    @property
    def config(self) -> KioskConfig:
        return self._config

    def update_config(self, config: KioskConfig) -> None:
        self._config = config
        self._zone = ZoneInfo(config.center.timezone)
        self._wait_model = None
        self._wait_model_tried = -math.inf
        self._pg_sql = {}

    def business_day(self, when: datetime | None = None) -> date:
        return (when or self._clock.now()).astimezone(self._zone).date()

    def _service(self, service_id: str) -> ServiceConfig:
        try:
            return self._config.service(service_id)
        except KeyError:
            raise UnknownServiceError(service_id) from None

    # -- issuing ----------------------------------------------------------
    def issue(self, service_id: str, *, priority: bool = False) -> IssuedTicket:
        """Issue the next number of ``service_id``.

        Raises ``DatabaseUnavailableError`` (the database did not answer) or an
        ``IssueRefusedError`` (band full, implausible clock: recorded as a
        staff event); in both cases nothing was issued.
        """
        service = self._service(service_id)
        if not service.enabled:
            raise UnknownServiceError(f"{service_id} is disabled")
        now = self._clock.now()
        today = self.business_day(now)
        if self._unheld or self._lost:
            self._withdraw_unheld(now)
        try:
            if self._engine.dialect.name == "postgresql":
                row, ahead = self._issue_postgresql(service, priority, now, today)
            else:
                row, ahead = self._issue_sqlite(service, priority, now, today)
        except IssueRefusedError as exc:
            refusal = (
                "band_full" if isinstance(exc, BandFullError) else "clock_implausible",
                str(exc),
            )
            if self._told_refusal.get(service.id) != refusal:
                self._told_refusal[service.id] = refusal
                self._try_record_event(*refusal)
            raise
        self._told_refusal.pop(service.id, None)
        self._last_seen = (now, self._clock.monotonic())
        if self._known_last_day is None or row.business_day > self._known_last_day:
            self._known_last_day = row.business_day
        if row.business_day > today and self._warned_behind != (today, row.business_day):
            # Issued for a later day than the clock's: the clock went back, or
            # the queue is pinned by one that ran ahead. Staff hear it once.
            self._warned_behind = (today, row.business_day)
            self._try_record_event(
                "clock_behind",
                f"the wall clock says {today}, numbers go to {row.business_day} "
                "(technician: check the clock; roll the day back if the clock is right)",
            )
        token = None
        if self._config.follow.enabled:
            try:
                token = self._new_follow_token(row.id, row.business_day)
            except DatabaseUnavailableError:
                token = None  # the ticket stands; it is printed without its status link
        return IssuedTicket(
            _row_to_ticket(row),
            ahead,
            self.estimate_wait_minutes(service, ahead),
            follow_token=token,
        )

    def _new_follow_token(self, ticket_id: int, business_day: date) -> str:
        """Store a fresh ticket's status-page token (on PostgreSQL in one round trip)."""
        token = secrets.token_urlsafe(32)  # 43 characters, 256 bits: not guessable
        row = insert(ticket_follow).values(
            ticket_id=ticket_id, token=token, business_day=business_day
        )
        if self._engine.dialect.name != "postgresql":
            with database_errors(), self._engine.begin() as conn:
                conn.execute(row)
            return token
        with database_errors(), self._engine.connect() as conn:
            # One statement is one transaction (as in _issue_postgresql).
            conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.execute(row)
        return token

    def follow_token(self, ticket_id: int, business_day: date) -> str:
        """The ticket's secret status-page token (``kiosk.queue.follow``), made on first ask."""
        with database_errors(), self._engine.begin() as conn:
            existing = conn.execute(
                select(ticket_follow.c.token).where(ticket_follow.c.ticket_id == ticket_id)
            ).scalar()
            if existing is not None:
                return str(existing)
            token = secrets.token_urlsafe(32)  # 43 characters, 256 bits: not guessable
            conn.execute(
                insert(ticket_follow).values(
                    ticket_id=ticket_id, token=token, business_day=business_day
                )
            )
        return token

    def _issue_sqlite(
        self, service: ServiceConfig, priority: bool, now: datetime, today: date
    ) -> tuple[Row[Any], int]:
        service_id = service.id
        with database_errors(), self._engine.begin() as conn:
            latest = conn.execute(select(func.max(ticket_counters.c.business_day))).scalar()
            day = self._pick_day(latest, today, now)
            # BEGIN IMMEDIATE holds the write lock: nobody issues in between.
            current = conn.execute(
                select(ticket_counters.c.last_number).where(
                    ticket_counters.c.service_id == service_id,
                    ticket_counters.c.business_day == day,
                )
            ).scalar()
            number = int(current or 0) + 1
            if service.prefix is not None:
                held = conn.execute(select(_highest_held(service.prefix, day))).scalar_one()
                number = max(number, int(held) + 1)
            elif conn.execute(select(_band_held(display_code(service, number), day))).scalar():
                raise self._band_full(service, number)
            self._set_last_number(conn, service_id, day, number)
            code = display_code(service, number)
            ticket_id = conn.execute(
                insert(tickets)
                .values(
                    service_id=service_id,
                    business_day=day,
                    number=number,
                    display_code=code,
                    issued_at=now,
                    priority=priority and service.priority_allowed,
                    state=TicketState.ISSUED.value,
                    state_changed_at=now,
                    kiosk_id=self._config.center.kiosk_id,
                    print_attempts=0,
                )
                .returning(tickets.c.id)
            ).scalar_one()
            ahead = self._people_ahead(conn, service_id, day, ticket_id)
            row = conn.execute(select(tickets).where(tickets.c.id == ticket_id)).one()
        return row, ahead

    def _pick_day(self, latest: date | None, today: date, now: datetime) -> date:
        """The business day to issue for: the wall clock's, within the rules above.

        Never before ``latest`` (the latest day a number was issued for); a
        day past it only when ``plausible_next_day`` or this process's
        monotonic clock (``_vouched``) allows, else ``ImplausibleDayError``.
        """
        if latest is None:
            return today
        if today <= latest:
            return latest
        if plausible_next_day(latest, today) or self._vouched(now):
            return today
        raise ImplausibleDayError(
            f"the wall clock says {today}, the last numbers were issued for {latest}: "
            "refused as a clock jump (technician: check the clock, then accept the day)"
        )

    def _vouched(self, now: datetime) -> bool:
        """Whether the wall clock moved no faster than real time since this process's last issue."""
        if self._last_seen is None:
            return False
        seen_wall, seen_mono = self._last_seen
        real = self._clock.monotonic() - seen_mono
        return (now - seen_wall).total_seconds() <= real + _CLOCK_SLACK_S

    def _band_full(self, service: ServiceConfig, following: int) -> BandFullError:
        assert service.band is not None
        first, last = service.band
        return BandFullError(
            f"service={service.id} band={first}-{last}: "
            f"{display_code(service, following)} is still held by a ticket in play"
        )

    def _try_record_event(self, kind: str, detail: str) -> None:
        """Record a staff event on a best-effort basis (the refusal stands either way)."""
        with contextlib.suppress(DBAPIError, SQLAlchemyError):
            self.record_event(kind, detail)

    def _issue_postgresql(
        self, service: ServiceConfig, priority: bool, now: datetime, today: date
    ) -> tuple[Row[Any], int]:
        """``issue`` on PostgreSQL: the same steps, fused so the counter row is locked briefly.

        One statement picks the business day (never before the latest one),
        bumps the counter and inserts the ticket, run on its own (autocommit:
        one statement is one atomic transaction), so the row lock that
        serialises issuers is held for that statement and its commit only,
        never across a round trip to a busy client. The display code is
        computed in SQL and checked against ``display_code``; people ahead
        are counted after the commit. Both statements are compiled once
        per service (``_pg_statements``): kiosks share two CPU cores with the
        database, and building SQLAlchemy constructs costs more than the SQL.
        """
        known = self._known_last_day
        if known is None or (today > known and not plausible_next_day(known, today)):
            # Not vouched for by the day this process last issued for: ask.
            with database_errors(), self._engine.connect() as conn:
                latest = conn.execute(select(func.max(ticket_counters.c.business_day))).scalar()
            self._pick_day(latest, today, now)
            self._known_last_day = latest
        issue_sql, count_sql, base = self._pg_statements(service)
        params = dict(
            base,
            today=today,
            now=now,
            priority=priority and service.priority_allowed,
            kiosk_id=self._config.center.kiosk_id,
        )
        lost = _LostAnswer(params["kiosk_id"], service.id, now, self._heard_id)
        with database_errors(), self._engine.connect() as conn:
            # One statement is one transaction: the server commits before it
            # answers, so no second round trip keeps the counter row locked.
            conn.execution_options(isolation_level="AUTOCOMMIT")
            try:
                row = conn.exec_driver_sql(issue_sql, params).one_or_none()
            except (DBAPIError, SQLAlchemyError):
                # Committing before answering means a lost answer may hide a
                # ticket, and the resident is about to be told none was given.
                self._lost.add(lost)
                self._keep_unheld(lost=[lost])
                raise
            if row is None:  # the counter refused to wrap onto a number in play
                raise self._band_full(service, self._next_number(conn, service, today))
            self._heard_id = max(self._heard_id, int(row.id))
            try:
                return self._finish_pg_issue(conn, service, row, now, count_sql)
            except (DBAPIError, SQLAlchemyError):
                # The ticket is committed but the resident is about to be told
                # the queue is away: no counter may call a number nobody holds.
                self._unheld[int(row.id)] = str(row.display_code)
                self._keep_unheld(added={int(row.id): str(row.display_code)})
                raise

    def _finish_pg_issue(
        self, conn: Connection, service: ServiceConfig, row: Row[Any], now: datetime, count_sql: str
    ) -> tuple[Row[Any], int]:
        """The checks and the people-ahead count after the issuing statement committed."""
        if service.band is not None and self._lost_band_race(conn, row):
            conn.execute(
                update(tickets)
                .where(tickets.c.id == row.id)
                .values(state=TicketState.CANCELLED.value, state_changed_at=now)
            )
            raise self._band_full(service, row.number)
        expected = display_code(service, row.number)
        if row.display_code != expected:  # the SQL rendering disagrees: Python wins
            conn.execute(
                update(tickets).where(tickets.c.id == row.id).values(display_code=expected)
            )
            row = conn.execute(select(tickets).where(tickets.c.id == row.id)).one()
        count = conn.exec_driver_sql(
            count_sql,
            {"sharing": self.sharing(service.id), "day": row.business_day, "id": row.id},
        ).scalar_one()
        return row, int(count)

    def withdraw_unheld(self) -> None:
        """Withdraw the tickets whose issue failed after they were committed, if any.

        ``issue`` does it before its next number, but a kiosk nobody uses
        for two minutes would leave them to a counter's unprinted sweep,
        which calls them: the device worker's periodic job calls this too.
        Raises ``DatabaseUnavailableError`` while the database is still away.
        """
        if self._unheld or self._lost:
            self._withdraw_unheld(self._clock.now())

    def _keep_unheld(
        self,
        *,
        added: Mapping[int, str] | None = None,
        withdrawn: Iterable[int] = (),
        lost: Iterable[_LostAnswer] = (),
        looked_up: Iterable[_LostAnswer] = (),
    ) -> None:
        """Add the tickets ``added`` and the answers ``lost`` to ``unheld_file`` and
        take out those ``withdrawn`` and ``looked_up`` (removing the file once
        there are none).

        A kiosk restarted before it withdrew them would otherwise take them
        at start-up for tickets whose screen went with a crash, and flag them
        for counters to call (``recover_interrupted``). The database cannot
        hold the list: it is written exactly when the database stopped
        answering. A small file in the kiosk's data folder, replaced
        atomically, outlives the restart.

        Two processes may share the file: the running kiosk and ``kiosk queue
        recover``. Each re-reads it under a lock and changes only its own
        entries, so a number the kiosk adds while the command withdraws the
        ones it read is not lost.
        """
        path = self._unheld_file
        if path is None:
            return
        try:
            # The lock file beside it, as the config file's writers use.
            with file_lock(path):
                entries, answers = _read_unheld(path)
                entries.update(added or {})
                for ticket_id in withdrawn:
                    entries.pop(ticket_id, None)
                answers = (answers | set(lost)) - set(looked_up)
                if entries or answers:
                    listed = [{"id": id_, "code": code} for id_, code in entries.items()]
                    listed += [answer.to_json() for answer in answers]
                    atomic_write(path, json.dumps(listed).encode("utf-8"), backup=False)
                else:
                    path.unlink(missing_ok=True)
        except OSError as exc:
            # Withdrawal still happens from memory unless the kiosk restarts first.
            log.error("could not write the tickets to withdraw to %s: %s", path, exc)

    def _withdraw_unheld(self, now: datetime) -> None:
        """Cancel the tickets whose issue failed after they were committed (see ``_unheld``).

        Raises ``DatabaseUnavailableError`` while the database is still away;
        the ids are kept for the next try. A ticket that moved on meanwhile
        (a counter already flagged it) is cancelled all the same: nobody
        holds it. Its display code must match too: a file kept across a
        restart may name an id of another database. A lost answer that made
        no ticket (the statement failed before its commit) finds none.
        """
        open_states = [s.value for s in predecessors(TicketState.CANCELLED)]
        handled = list(self._unheld)
        looked_up = list(self._lost)
        with database_errors(), self._engine.begin() as conn:
            unheld = dict(self._unheld)
            for lost in looked_up:
                found = conn.execute(
                    select(tickets.c.id, tickets.c.display_code).where(
                        tickets.c.kiosk_id == lost.kiosk_id,
                        tickets.c.service_id == lost.service_id,
                        tickets.c.issued_at == lost.issued_at,
                        tickets.c.id > lost.after_id,
                    )
                )
                unheld.update({row.id: row.display_code for row in found})
            for ticket_id, code in unheld.items():
                changed = conn.execute(
                    update(tickets)
                    .where(
                        tickets.c.id == ticket_id,
                        tickets.c.display_code == code,
                        tickets.c.state.in_(open_states),
                    )
                    .values(state=TicketState.CANCELLED.value, state_changed_at=now)
                    .returning(tickets.c.display_code)
                ).first()
                if changed is not None:
                    self._add_event(
                        conn,
                        "ticket_withdrawn",
                        f"{changed.display_code}: the database dropped before the kiosk heard "
                        "its number, so the resident was told none was given; cancelled",
                        now,
                        ticket_id=ticket_id,
                    )
        self._unheld.clear()
        self._lost.clear()
        self._keep_unheld(withdrawn=handled, looked_up=looked_up)

    def _next_number(self, conn: Connection, service: ServiceConfig, today: date) -> int:
        """The number the service's counter would give next (for the refusal's wording)."""
        row = conn.execute(
            select(ticket_counters.c.last_number)
            .where(ticket_counters.c.service_id == service.id)
            .order_by(ticket_counters.c.business_day.desc())
            .limit(1)
        ).scalar()
        return int(row or 0) + 1

    @staticmethod
    def _lost_band_race(conn: Connection, row: Row[Any]) -> bool:
        """Whether an earlier ticket in play holds the code ``row`` was just given.

        The issuing statement checks this before bumping, but reads tickets
        as of its start: a number given by a concurrent issuer in between is
        unseen, which matters only for a band no larger than the number of
        kiosks issuing at once. Nor does it check a band's first number of
        the day (no counter row yet), which a ticket of another service can
        hold after a band was moved during the day. Committed now, both are
        visible: the later ticket (higher id) is withdrawn, so the earlier
        one stands.
        """
        held = conn.execute(
            select(
                exists().where(
                    tickets.c.business_day == row.business_day,
                    tickets.c.display_code == row.display_code,
                    tickets.c.id < row.id,
                    tickets.c.state.in_(_IN_PLAY_VALUES),
                )
            )
        ).scalar()
        return bool(held)

    def _pg_statements(self, service: ServiceConfig) -> tuple[str, str, dict[str, Any]]:
        """The compiled issue and people-ahead statements of ``service`` (cached)."""
        cached = self._pg_sql.get(service.id)
        if cached is not None:
            return cached
        today = bindparam("today", type_=Date)
        stamp = bindparam("now", type_=DateTime(timezone=True))
        day_expr = func.greatest(
            today,
            func.coalesce(
                select(func.max(ticket_counters.c.business_day)).scalar_subquery(), today
            ),
        )
        # The existing counter row, named as PostgreSQL's ON CONFLICT clause
        # sees it (not a second FROM entry).
        counted_day = literal_column("ticket_counters.business_day", Date)
        following = literal_column("ticket_counters.last_number", Integer) + 1
        first: Any = 1
        if service.prefix is not None:
            # After every number in play under the prefix (see the module's docstring).
            first = _highest_held(service.prefix, day_expr) + 1
            following = func.greatest(following, _highest_held(service.prefix, counted_day) + 1)
        bump = (
            postgresql.insert(ticket_counters)
            .values(
                service_id=bindparam("service_id", type_=String),
                business_day=day_expr,
                last_number=first,
            )
            .on_conflict_do_update(
                index_elements=[ticket_counters.c.service_id, ticket_counters.c.business_day],
                set_={"last_number": following},
                # A band never wraps onto a number in play: no update, no row,
                # no ticket (``_issue_postgresql`` refuses). A band's first
                # number of the day is checked after the fact (``_lost_band_race``).
                where=None
                if service.band is None
                else ~_band_held(_display_code_sql(service, following), counted_day),
            )
            .returning(ticket_counters.c.business_day, ticket_counters.c.last_number)
            .cte("bump")
        )
        new_ticket = (
            insert(tickets)
            .from_select(
                [
                    "service_id",
                    "business_day",
                    "number",
                    "display_code",
                    "issued_at",
                    "priority",
                    "state",
                    "state_changed_at",
                    "kiosk_id",
                    "print_attempts",
                ],
                select(
                    bindparam("service_id", type_=String),
                    bump.c.business_day,
                    bump.c.last_number,
                    _display_code_sql(service, bump.c.last_number),
                    stamp,
                    bindparam("priority", type_=Boolean),
                    literal(TicketState.ISSUED.value, String),
                    # Counters tell a print that never finished by the
                    # server's clock (``shared_now``), never this kiosk's.
                    func.now(),
                    bindparam("kiosk_id", type_=String),
                    literal(0, Integer),
                ),
            )
            .returning(*tickets.c)
        )
        waiting = ", ".join(f"'{state}'" for state in sorted(self._waiting_values()))
        count_sql = (
            "SELECT count(*) FROM tickets WHERE business_day = %(day)s"
            " AND coalesce(queue_service_id, service_id) = ANY(%(sharing)s)"
            f" AND state IN ({waiting}) AND id < %(id)s"
        )
        compiled = new_ticket.compile(dialect=self._engine.dialect)
        base = {k: v for k, v in compiled.params.items() if v is not None}
        base["service_id"] = service.id
        statements = (str(compiled), count_sql, base)
        self._pg_sql[service.id] = statements
        return statements

    # -- states -----------------------------------------------------------
    def transition(
        self, ticket_id: int, target: TicketState, *, counter: int | None = None
    ) -> Ticket:
        """Move a ticket to ``target`` if its current state allows it (atomically)."""
        allowed = [s.value for s in predecessors(target)]
        values: dict[str, Any] = {"state": target.value, "state_changed_at": self._clock.now()}
        if counter is not None:
            values["counter"] = counter
        with database_errors(), self._engine.begin() as conn:
            changed = conn.execute(
                update(tickets)
                .where(tickets.c.id == ticket_id, tickets.c.state.in_(allowed))
                .values(**values)
            ).rowcount
            row = conn.execute(select(tickets).where(tickets.c.id == ticket_id)).one_or_none()
        if row is None:
            raise InvalidTransitionError(f"ticket {ticket_id} does not exist")
        if not changed:
            raise InvalidTransitionError(
                f"ticket {ticket_id} cannot go from {row.state} to {target.value}"
            )
        return _row_to_ticket(row)

    def record_print(self, ticket_id: int, ok: bool, detail: str = "") -> Ticket:
        """Record one print attempt's outcome; a failure is also logged as an event."""
        target = TicketState.PRINTED if ok else TicketState.PRINT_FAILED
        allowed = [s.value for s in predecessors(target)]
        now = self._clock.now()
        with database_errors(), self._engine.begin() as conn:
            changed = conn.execute(
                update(tickets)
                .where(tickets.c.id == ticket_id, tickets.c.state.in_(allowed))
                .values(
                    state=target.value,
                    state_changed_at=now,
                    print_attempts=tickets.c.print_attempts + 1,
                )
            ).rowcount
            if not ok:
                conn.execute(
                    insert(events).values(
                        at=now,
                        kiosk_id=self._config.center.kiosk_id,
                        kind="print_failed",
                        ticket_id=ticket_id,
                        detail=detail[:400],
                    )
                )
            row = conn.execute(select(tickets).where(tickets.c.id == ticket_id)).one()
        if not changed:
            raise InvalidTransitionError(f"ticket {ticket_id} is {row.state}; cannot print it")
        return _row_to_ticket(row)

    def get(self, ticket_id: int) -> Ticket:
        with self._engine.connect() as conn:
            row = conn.execute(select(tickets).where(tickets.c.id == ticket_id)).one()
        return _row_to_ticket(row)

    def tickets_today(self, service_id: str | None = None) -> list[Ticket]:
        query = select(tickets).where(tickets.c.business_day == self.business_day())
        if service_id is not None:
            query = query.where(tickets.c.service_id == service_id)
        with self._engine.connect() as conn:
            rows = conn.execute(query.order_by(tickets.c.id)).all()
        return [_row_to_ticket(r) for r in rows]

    def codes_in_play(self, service_ids: Iterable[str]) -> dict[str, list[str]]:
        """Per service of ``service_ids`` that has any, the display codes of its
        tickets still in play (waiting, called or being served) on the current
        business day: those it gave and those transferred to its queue.

        Technician mode asks before a service's id, prefix or band changes:
        counters call tickets by the service's id, and a code stays on paper.
        """
        wanted = list(service_ids)
        found: dict[str, list[str]] = {}
        with database_errors(), self._engine.connect() as conn:
            day = self._queue_day(conn, self._clock.now())
            rows = conn.execute(
                select(tickets.c.service_id, queue_service.label("queue"), tickets.c.display_code)
                .where(
                    *_in_play_on(day),
                    tickets.c.service_id.in_(wanted) | queue_service.in_(wanted),
                )
                .order_by(tickets.c.id)
            ).all()
        for row in rows:
            for service_id in dict.fromkeys((row.service_id, row.queue)):
                if service_id in wanted:
                    found.setdefault(service_id, []).append(row.display_code)
        return found

    # -- waiting and estimates ----------------------------------------------
    @staticmethod
    def _waiting_values() -> list[str]:
        return [s.value for s in WAITING_STATES]

    def sharing(self, service_id: str) -> list[str]:
        """The services whose earlier tickets a ticket of ``service_id`` waits behind.

        A counter calls first come, first served across every service it
        serves (``kiosk.queue.counter``), so a ticket waits behind the
        earlier tickets of every service that shares a counter with its
        own, not only behind those of its own service.
        """
        counters = set(self._service(service_id).counters)
        return [
            s.id
            for s in self._config.services
            if s.id == service_id or (s.enabled and counters & set(s.counters))
        ]

    def ahead_of_new(self, counts: dict[str, int]) -> dict[str, int]:
        """Per service, the people a ticket taken now would wait behind.

        ``counts`` are the waiting tickets per service (``waiting_counts``).
        """
        return {
            service.id: sum(counts.get(other, 0) for other in self.sharing(service.id))
            for service in self._config.services
        }

    def _people_ahead(self, conn: Any, service_id: str, day: date, ticket_id: int) -> int:
        count = conn.execute(
            select(func.count())
            .select_from(tickets)
            .where(
                tickets.c.business_day == day,
                queue_service.in_(self.sharing(service_id)),
                tickets.c.state.in_(self._waiting_values()),
                tickets.c.id < ticket_id,
            )
        ).scalar_one()
        return int(count)

    def people_ahead(self, ticket: Ticket) -> int:
        """Waiting tickets called before ``ticket``, in the queue it waits in now."""
        with self._engine.connect() as conn:
            # A counter may have transferred the ticket to another service.
            waits_in = conn.execute(
                select(queue_service).where(tickets.c.id == ticket.id)
            ).scalar_one()
            return self._people_ahead(conn, str(waits_in), ticket.business_day, ticket.id)

    def waiting_counts(self) -> dict[str, int]:
        """Waiting tickets per service today (services with none are listed as 0)."""
        day = self.business_day()
        counts = {s.id: 0 for s in self._config.services}
        with database_errors(), self._engine.connect() as conn:
            rows = conn.execute(
                select(queue_service, func.count())
                .where(
                    tickets.c.business_day >= day,
                    tickets.c.state.in_(self._waiting_values()),
                )
                .group_by(queue_service)
            ).all()
            # Keep the estimates fresh from the worker thread that asks for
            # counts, so estimate_wait_minutes (UI thread) needs no query.
            self._wait_model = self._load_wait_model(conn)
        for service_id, count in rows:
            counts[service_id] = int(count)
        return counts

    def estimate_wait_minutes(self, service: ServiceConfig | str, people_ahead: int) -> int:
        """people ahead x minutes per person / counters open now, rounded up.

        Minutes per person: the running average of measured service times
        (``kiosk.queue.stats.measured_service_minutes``), or the configured seed
        ``service_minutes`` until the service has measurements. Counters open
        now: the counters that call the people ahead (the service's and those
        of services sharing one, see ``sharing``) and are not paused (at
        least one).
        Measurements are cached for ``WAIT_MODEL_TTL_S``; without a database
        the last known values (or the seeds) are used, never an error.
        """
        svc = self._service(service) if isinstance(service, str) else service
        if people_ahead <= 0:
            return 0
        model = self._current_wait_model()
        per_person = svc.service_minutes
        # The people ahead include other services' tickets (``sharing``), and
        # every counter serving one of those services takes them.
        serving = {c for other in self.sharing(svc.id) for c in self._service(other).counters}
        open_now = len(serving)
        if model is not None:
            per_person = model.minutes.get(svc.id, svc.service_minutes)
            open_now = len(serving - model.paused)
        minutes = people_ahead * per_person / max(1, open_now)
        return math.ceil(minutes - 1e-9)

    def _load_wait_model(self, conn: Connection) -> _WaitModel:
        alpha = self._config.counters.service_time_weight
        minutes = measured_service_minutes(conn, [s.id for s in self._config.services], alpha)
        return _WaitModel(self._clock.monotonic(), minutes, paused_counters(conn))

    def _current_wait_model(self) -> _WaitModel | None:
        now = self._clock.monotonic()
        model = self._wait_model
        if model is not None and now - model.loaded_at < WAIT_MODEL_TTL_S:
            return model
        if now - self._wait_model_tried < WAIT_MODEL_TTL_S:
            return model  # the last attempt failed recently: do not hammer the database
        self._wait_model_tried = now
        try:
            with self._engine.connect() as conn:
                model = self._load_wait_model(conn)
        except (DBAPIError, SQLAlchemyError):
            return self._wait_model
        self._wait_model = model
        return model

    # -- technician: restart numbering ------------------------------------------
    def reset_numbering(self, service_id: str) -> NumberingReset:
        """Restart today's numbering of one service (technician mode, after confirmation).

        The rule, chosen so no number is ever given out twice at once:

        * Tickets still in play today (waiting, called or being served) keep
          their numbers, and new numbers continue after the highest of them:
          a new number never equals one a resident is still holding. A ticket
          ``rollback_day`` moved here has its number retired below zero but
          still holds its code, so it counts by the number its code shows.
        * Finished tickets (done, no-show, cancelled) keep their display code,
          state and times for the record; only their internal sequence number
          is moved out of the way (set to minus the ticket id, never a valid
          number) so the unique (service, day, number) rule lets the number be
          issued again.
        * With nothing in play, numbering restarts at 1.

        The reset is one transaction and is recorded as a ``numbering_reset``
        event.
        """
        service = self._service(service_id)
        in_play = [s.value for s in (*WAITING_STATES, TicketState.CALLED, TicketState.SERVING)]
        now = self._clock.now()
        with database_errors(), self._engine.begin() as conn:
            _hold_issuers(conn)
            day = self._queue_day(conn, now)
            of_service = (tickets.c.service_id == service_id, tickets.c.business_day == day)
            held = conn.execute(
                select(tickets.c.number, tickets.c.display_code).where(
                    *of_service, tickets.c.state.in_(in_play)
                )
            ).all()
            # Never below 0: a negative counter would issue into the numbers
            # retired to minus a ticket id and break the unique rule all day.
            keep = max(
                [0, *(max(row.number, code_number(service, row.display_code) or 0) for row in held)]
            )
            retired = conn.execute(
                update(tickets)
                .where(*of_service, tickets.c.state.not_in(in_play), tickets.c.number > keep)
                .values(number=-tickets.c.id)
            ).rowcount
            counter = (ticket_counters.c.service_id == service_id) & (
                ticket_counters.c.business_day == day
            )
            if keep == 0:
                conn.execute(ticket_counters.delete().where(counter))
            else:
                conn.execute(update(ticket_counters).where(counter).values(last_number=keep))
            conn.execute(
                insert(events).values(
                    at=now,
                    kiosk_id=self._config.center.kiosk_id,
                    kind="numbering_reset",
                    detail=f"service={service_id} next={keep + 1} retired={retired}",
                )
            )
        return NumberingReset(service_id, keep + 1, int(retired))

    # -- technician: the business day and the clock ---------------------------------
    def _set_last_number(self, conn: Connection, service_id: str, day: date, number: int) -> None:
        """Record ``number`` as the last one ``service_id`` gave on ``day`` (its row made if need be)."""
        conn.execute(
            self._insert(ticket_counters)
            .values(service_id=service_id, business_day=day, last_number=number)
            .on_conflict_do_update(
                index_elements=[ticket_counters.c.service_id, ticket_counters.c.business_day],
                set_={"last_number": number},
            )
        )

    def _latest_day(self, conn: Connection) -> date | None:
        latest: date | None = conn.execute(
            select(func.max(ticket_counters.c.business_day))
        ).scalar()
        return latest

    def _queue_day(self, conn: Connection, now: datetime) -> date:
        """The business day of the queue at ``now``: the wall clock's, or the
        later day numbers were last issued for (see the module's docstring)."""
        latest = self._latest_day(conn)
        today = self.business_day(now)
        return today if latest is None else max(today, latest)

    def clock_status(self) -> ClockStatus:
        """Where the wall clock's business day stands against the last issued day,
        and (PostgreSQL) how far this machine's clock is off the server's."""
        skew_s: float | None = None
        with database_errors(), self._engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                server = conn.execute(select(func.now())).scalar_one()
                skew_s = (self._clock.now() - server).total_seconds()
            latest = self._latest_day(conn)
        now = self._clock.now()
        wall = self.business_day(now)
        state = "ok"
        if latest is not None and wall < latest:
            state = "behind"
        elif (
            latest is not None
            and wall > latest
            and not (plausible_next_day(latest, wall) or self._vouched(now))
        ):
            state = "ahead"
        return ClockStatus(wall, latest, state, skew_s=skew_s)

    def accept_day(self) -> ClockStatus:
        """Technician: the wall clock is right; open its day for issuing.

        After a closure longer than a weekend (or a clock put right by
        hand), the day the wall clock says is more than one day past the
        last issued one and issuing refuses it. Accepting writes an empty
        counter (last number 0) for each service on that day, which makes
        it the latest day: numbering starts at 1. Recorded as ``day_accepted``.
        """
        now = self._clock.now()
        wall = self.business_day(now)
        with database_errors(), self._engine.begin() as conn:
            _hold_issuers(conn)
            latest = self._latest_day(conn)
            if latest is not None and wall <= latest:
                return ClockStatus(wall, latest, "behind" if wall < latest else "ok")
            for service in self._config.services:
                conn.execute(
                    self._insert(ticket_counters)
                    .values(service_id=service.id, business_day=wall, last_number=0)
                    .on_conflict_do_nothing(
                        index_elements=[
                            ticket_counters.c.service_id,
                            ticket_counters.c.business_day,
                        ]
                    )
                )
            self._add_event(conn, "day_accepted", f"day={wall} previous={latest}", now)
        self._known_last_day = wall
        return ClockStatus(wall, wall, "ok")

    def rollback_day(self) -> ClockStatus:
        """Technician: numbers were issued for a day after the wall clock's; bring them back.

        A clock that ran ahead (then was corrected) left counters, and maybe
        tickets, on a later day, which keeps the queue there: new numbers go
        to that day and today's lists are empty. This moves every ticket of
        a later day to the wall clock's day, keeping its display code (what
        the resident holds on paper) and setting its internal number to minus
        its id (as ``reset_numbering`` retires numbers) so it cannot clash;
        each service's counter for today continues after the highest number
        of either day, so no new number equals one a resident may hold.

        A code must never be held twice in play on one day (a counter calling
        it would reach both residents), and codes on paper cannot change. So
        when a ticket in play of a later day holds the same display code as
        another ticket in play of today (or of another later day), nothing is
        moved: the returned status stays ``behind`` and lists those codes in
        ``collisions`` (a ``day_rollback_refused`` staff event names them);
        staff serve or cancel them, then roll back again. Finished tickets
        (done, cancelled, no-show) may share a code and never block. One
        transaction; recorded as ``day_rolled_back``.
        """
        now = self._clock.now()
        wall = self.business_day(now)
        with database_errors(), self._engine.begin() as conn:
            _hold_issuers(conn)
            latest = self._latest_day(conn)
            if latest is None or latest <= wall:
                return ClockStatus(wall, latest, "ok")
            collisions = tuple(
                conn.execute(
                    select(tickets.c.display_code)
                    .where(
                        tickets.c.business_day >= wall,
                        tickets.c.state.in_(_IN_PLAY_VALUES),
                    )
                    .group_by(tickets.c.display_code)
                    .having(func.count() > 1, func.max(tickets.c.business_day) > wall)
                    .order_by(tickets.c.display_code)
                ).scalars()
            )
            if collisions:
                self._add_event(
                    conn,
                    "day_rollback_refused",
                    f"from={latest} to={wall} collisions={','.join(collisions)}",
                    now,
                )
                return ClockStatus(wall, latest, "behind", collisions)
            later = ticket_counters.c.business_day > wall
            highest = dict(
                conn.execute(
                    select(ticket_counters.c.service_id, func.max(ticket_counters.c.last_number))
                    .where(ticket_counters.c.business_day >= wall)
                    .group_by(ticket_counters.c.service_id)
                ).all()
            )
            moved = conn.execute(
                update(tickets)
                .where(tickets.c.business_day > wall)
                .values(business_day=wall, number=-tickets.c.id)
            ).rowcount
            # Their phone status pages too: a left phone number is deleted
            # when its day is over, and the day is the ticket's.
            conn.execute(
                update(ticket_follow)
                .where(ticket_follow.c.business_day > wall)
                .values(business_day=wall)
            )
            conn.execute(ticket_counters.delete().where(later))
            for service_id, last in highest.items():
                self._set_last_number(conn, service_id, wall, last)
            self._add_event(conn, "day_rolled_back", f"from={latest} to={wall} moved={moved}", now)
        self._known_last_day = wall
        return ClockStatus(wall, wall, "ok")

    # -- start-up: tickets a crash left half-issued --------------------------------------
    def recover_interrupted(self) -> list[Recovered]:
        """Settle this kiosk's tickets left ``issued`` by a crash or a lost database; call at start.

        The rule, from the ticket's own fields: ``record_print`` moves every
        ticket out of ``issued`` (to ``printed`` or ``print_failed``,
        counting the attempt in ``print_attempts``) as soon as its printer
        answers, so a ticket still ``issued`` has no print on record: the
        kiosk stopped (power cut, crash, database gone) between giving the
        number and hearing from the printer, and the resident's screen went
        with it. Whether paper came out is unknown, so it must not wait
        looking like an ordinary printed ticket (a ghost):

        * a ticket of the current business day becomes ``print_failed``,
          exactly as a print that failed in front of the resident: counters
          see it flagged and still call it (a resident may hold the paper;
          if nobody comes it is a no-show), as ``kiosk.queue.counter`` does for
          a kiosk that never comes back;
        * a ticket of an earlier day is ``cancelled``: that queue is closed.

        Each gets a ``ticket_recovered`` staff event naming its code. Only
        this kiosk's tickets (``center.kiosk_id``): another kiosk's may be
        printing right now. Run it before this kiosk issues (the device
        worker does, when it starts; ``kiosk queue recover`` by hand).

        Tickets whose issue failed after they were committed, or whose
        issuing statement's answer was lost (``unheld_file``), are no such
        tickets: their resident was told no number was given, so they are
        withdrawn first (``ticket_withdrawn``), never called.
        """
        now = self._clock.now()
        self.withdraw_unheld()
        kiosk_id = self._config.center.kiosk_id
        stuck = (tickets.c.state == TicketState.ISSUED.value, tickets.c.kiosk_id == kiosk_id)
        with database_errors(), self._engine.begin() as conn:
            current = self._queue_day(conn, now)
            rows = conn.execute(select(tickets).where(*stuck).order_by(tickets.c.id)).all()
            recovered: list[Recovered] = []
            for row in rows:
                closed = row.business_day < current
                target = TicketState.CANCELLED if closed else TicketState.PRINT_FAILED
                changed = conn.execute(
                    update(tickets)
                    .where(tickets.c.id == row.id, *stuck)
                    .values(state=target.value, state_changed_at=now)
                ).rowcount
                if not changed:
                    continue
                why = (
                    "cancelled (its day is over)"
                    if closed
                    else "marked print_failed: call it, a resident may hold it"
                )
                self._add_event(
                    conn,
                    "ticket_recovered",
                    f"{row.display_code} ({row.business_day}): issued, no print on record "
                    f"when the kiosk stopped; {why}",
                    now,
                    ticket_id=row.id,
                )
                recovered.append(Recovered(row.id, row.display_code, row.business_day, target))
        return recovered

    def _add_event(
        self,
        conn: Connection,
        kind: str,
        detail: str,
        at: datetime,
        ticket_id: int | None = None,
    ) -> None:
        conn.execute(
            insert(events).values(
                at=at,
                kiosk_id=self._config.center.kiosk_id,
                kind=kind,
                ticket_id=ticket_id,
                detail=detail[:400],
            )
        )

    def daily_stats(self, start: date, end: date) -> StatsReport:
        """Statistics per business day and service (``kiosk.queue.stats.compute_stats``)."""
        return compute_stats(self._engine, self._config, start, end)

    def record_event(self, kind: str, detail: str = "", ticket_id: int | None = None) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                insert(events).values(
                    # Counters list a staff call for a while after it, by this clock.
                    at=shared_now(conn, self._clock.now()),
                    kiosk_id=self._config.center.kiosk_id,
                    kind=kind,
                    ticket_id=ticket_id,
                    detail=detail[:400],
                )
            )

    def events(self, kinds: Iterable[str] | None = None) -> list[dict[str, Any]]:
        query = select(events).order_by(events.c.id)
        if kinds is not None:
            query = query.where(events.c.kind.in_(list(kinds)))
        with self._engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query).all()]
