"""Counter work on the shared queue: calling, recalling, serving, transferring.

Each staff counter (``kiosk counter --counter N``) serves the services whose
``counters`` list its number. ``CounterOps`` carries out its actions, each as
one transaction that also locks the counter's row in ``counters`` (two
presses at one counter happen one after the other):

* ``call_next`` picks the next waiting ticket of the counter's services, in
  order of issue time (a transferred ticket keeps its original issue time).
  Priority tickets may go ahead of earlier ones for at most
  ``counters.priority_share`` of the calls (see ``_choose``). Two counters
  pressing at the same moment never get the same ticket: PostgreSQL locks
  the chosen row with ``FOR UPDATE SKIP LOCKED`` (the other counter takes the
  next one), SQLite serialises the transactions (``BEGIN IMMEDIATE``).
* ``recall``, ``start``, ``finish`` and ``no_show`` act on the counter's
  current ticket (called or being served); a counter has at most one.
* ``transfer`` sends the current ticket to another service's queue: it keeps
  its number and issue time, so it is called soon there.
* ``pause`` / ``resume``: a paused counter calls nobody and is left out of
  wait estimates.

Every call and recall is a row in ``calls``; the database triggers announce it
(kiosk.queue.notify) and the lobby display reads it back with ``display_snapshot``.
Finishing (or transferring) a ticket being served records the measured
service time in ``service_log`` for statistics and wait estimates.

A kiosk that stopped between issuing and printing leaves its ticket
``issued``; after ``counters.unprinted_after_s`` the next call marks it
``print_failed`` (staff see the flag) so the number is still called.

Times one PC stamps and another compares with its "now" (a ticket's start
of printing, a call's time for the display, a staff call's) are stamped and
compared by one clock, ``kiosk.storage.database.shared_now``: on PostgreSQL the
server's, as the kiosk, counter and display PCs' clocks drift apart.

Database failures raise ``kiosk.storage.database.DatabaseUnavailableError``; refusals a
member of staff can act on raise ``CounterError`` subclasses. Qt-free; any
thread (each call takes its own connection), but keep it off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, Row, and_, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.clock import Clock
from kiosk.config import KioskConfig, ServiceConfig
from kiosk.i18n import N_, Text, identity_translate
from kiosk.queue.store import queue_service
from kiosk.queue.tickets import WAITING_STATES, TicketState, predecessors
from kiosk.storage.database import (
    calls,
    counters,
    database_errors,
    events,
    service_log,
    shared_now,
    ticket_follow,
    tickets,
)

#: States of a counter's current ticket.
CURRENT_STATES = (TicketState.CALLED.value, TicketState.SERVING.value)

#: Waiting states a counter can call (``issued`` is still printing).
CALLABLE_STATES = (TicketState.PRINTED.value, TicketState.PRINT_FAILED.value)


class CounterError(Exception):
    """An action the counter cannot take now.

    ``text`` says why for staff, translated when the counter window shows it
    (a Korean counter read "ticket 1 is not waiting", with the row id);
    ``str()`` is the English source, for logs.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(text.render(identity_translate))
        self.text = text


class CounterPausedError(CounterError):
    pass


class CounterBusyError(CounterError):
    pass


class NoCurrentTicketError(CounterError):
    pass


class UnknownCounterError(CounterError):
    pass


@dataclass(frozen=True)
class CounterTicket:
    """A ticket as counters and displays see it."""

    id: int
    display_code: str
    #: The service it was issued for (its numbering).
    service_id: str
    #: The service whose queue it is in (differs after a transfer).
    queue_service_id: str
    priority: bool
    state: TicketState
    issued_at: datetime
    called_at: datetime | None
    last_called_at: datetime | None
    serving_at: datetime | None
    counter: int | None
    #: Still ``issued`` after ``unprinted_after_s``: the kiosk never printed it.
    unprinted: bool = False

    @property
    def print_failed(self) -> bool:
        return self.state is TicketState.PRINT_FAILED or self.unprinted

    @property
    def transferred(self) -> bool:
        return self.queue_service_id != self.service_id


@dataclass(frozen=True)
class CallRecord:
    """One call (or recall) of a ticket to a counter."""

    id: int
    at: datetime
    ticket_id: int
    counter: int
    service_id: str
    display_code: str
    recall: bool


@dataclass(frozen=True)
class StaffCall:
    """A resident pressed "call staff" on a kiosk."""

    id: int
    at: datetime
    kiosk_id: str
    detail: str


@dataclass(frozen=True)
class CounterSnapshot:
    counter: int
    paused: bool
    service_ids: tuple[str, ...]
    current: CounterTicket | None
    #: Waiting tickets of the counter's services, in issue order.
    waiting: list[CounterTicket]
    #: The ticket ``call_next`` would call now (None: nobody callable).
    next_ticket_id: int | None
    staff_calls: list[StaffCall]
    waiting_counts: dict[str, int]


@dataclass(frozen=True)
class DisplaySnapshot:
    #: counter -> the ticket it has called (or is serving) now.
    current: dict[int, CallRecord]
    #: Latest calls, newest first.
    recent: list[CallRecord]
    waiting_counts: dict[str, int]
    paused: frozenset[int]
    #: Id of the newest call (pass it as ``since`` next time).
    last_call_id: int
    #: Calls after ``since``, oldest first (to announce).
    new_calls: list[CallRecord]
    #: When it was read, by the clock the calls' times are stamped with
    #: (``shared_now``: the database server's on PostgreSQL).
    read_at: datetime
    #: Counters whose ticket is being served: the resident has arrived.
    serving: frozenset[int] = frozenset()


class NewCalls:
    """Which calls a reader (the lobby display) has not announced yet.

    Call ids are handed out when a call is written, not when it commits: on
    PostgreSQL counter 1's call 10 can commit after counter 2's call 11. A
    reader that only asked for the ids above the highest it had seen would
    then never announce call 10. So it asks again for the ``LOOKBACK`` ids
    below that mark and skips the calls it already announced.

    A reader that could not read for a while (``lost``) would find every
    call made meanwhile in its next read, most of them long answered:
    reading them all out would hold each new call back by minutes. That
    read shows them but announces only a call still on its counter's tile
    and at most ``RESUME_WINDOW_S`` old, whose resident may still be on the
    way (not one being served: that resident has arrived); the rest are
    settled like the calls made before the reader started.

    A database restored from a backup hands out call ids again from below
    the mark: a reader that kept its mark would never announce a call
    again. A snapshot whose newest call is below the mark starts the reader
    afresh on that database, read like the first read after an outage.
    """

    LOOKBACK = 20
    #: After a failed read: how old a call still on its tile may be to be announced.
    RESUME_WINDOW_S = 60.0

    def __init__(self) -> None:
        #: The newest call id seen; None before the first read.
        self.mark: int | None = None
        #: Calls at or below this id are never announced (made before the
        #: reader started, or settled by the read after a failed one).
        self._floor = 0
        self._announced: set[int] = set()
        self._lost = False

    def since(self) -> int | None:
        """What to pass to ``CounterOps.display_snapshot``."""
        return None if self.mark is None else max(0, self.mark - self.LOOKBACK)

    def lost(self) -> None:
        """A read failed: the next one may bring a backlog of old calls (see above)."""
        self._lost = True

    def take(self, snapshot: DisplaySnapshot) -> list[CallRecord]:
        """The snapshot's calls to announce, oldest first (none on the first read).

        A call made just now (after a failed read) is told by the snapshot's
        ``read_at``, never by the reader's own clock: the counter that
        stamped the call runs on another PC.
        """
        if self.mark is None:
            self._floor = snapshot.last_call_id
        elif snapshot.last_call_id < self.mark:
            # Another database (restored from a backup): its ids restart.
            self.mark = 0
            self._floor = 0
            self._announced.clear()
            self._lost = True
        if self._lost and self.mark is not None:
            fresh = self._still_on_tiles(snapshot)
            self._floor = max(self._floor, snapshot.last_call_id)
        else:
            fresh = [
                c for c in snapshot.new_calls if c.id > self._floor and c.id not in self._announced
            ]
        self._lost = False
        self._announced.update(c.id for c in fresh)
        newest = max([snapshot.last_call_id, *(c.id for c in snapshot.new_calls)])
        self.mark = max(newest, self.mark or 0)
        # Below the window asked again, an id is never seen twice.
        self._announced = {i for i in self._announced if i > self.mark - self.LOOKBACK}
        return fresh

    def _still_on_tiles(self, snapshot: DisplaySnapshot) -> list[CallRecord]:
        """The calls not announced yet that counters' tiles show and that were made just now.

        Taken from the tiles, not ``new_calls``: those are capped, and the
        newest calls of a long backlog may lie past the cap.
        """
        settled = max(self._floor, self.since() or 0)
        oldest = snapshot.read_at - timedelta(seconds=self.RESUME_WINDOW_S)
        return sorted(
            (
                c
                for c in snapshot.current.values()
                if c.id > settled
                and c.id not in self._announced
                and c.at >= oldest
                and c.counter not in snapshot.serving
            ),
            key=lambda c: c.id,
        )


def _paused(counter: int) -> Text:
    return N_("counter", "Counter {n} is paused: resume it first", n=counter)


def _busy(row: Row[Any]) -> Text:
    """Why a counter with a current ticket cannot call another."""
    if row.state == TicketState.SERVING.value:
        return N_(
            "counter", "{code} is still being served here: finish it first", code=row.display_code
        )
    return N_(
        "counter",
        "{code} is still called here: start serving it or mark it absent first",
        code=row.display_code,
    )


def _being_served(code: str) -> Text:
    return N_("counter", "{code} is already being served", code=code)


def _not_waiting(row: Row[Any]) -> Text:
    """Why a ticket staff picked cannot be called (another counter took it, say)."""
    if row.state in CURRENT_STATES and row.counter is not None:
        return N_(
            "counter",
            "{code} was just called to counter {n}",
            code=row.display_code,
            n=int(row.counter),
        )
    if row.state == TicketState.ISSUED.value:
        # Listed (marked "printing") so staff see it coming; its paper is not out yet.
        return N_(
            "counter",
            "{code} is still printing; it can be called once its ticket is out",
            code=row.display_code,
        )
    return N_("counter", "{code} is no longer waiting", code=row.display_code)


def _must(value: datetime | None) -> datetime:
    assert value is not None
    return value


def _call_record(row: Row[Any]) -> CallRecord:
    return CallRecord(
        id=int(row.id),
        at=_must(row.at),
        ticket_id=int(row.ticket_id),
        counter=int(row.counter),
        service_id=row.service_id,
        display_code=row.display_code,
        recall=bool(row.recall),
    )


class CounterOps:
    """Counter actions and the views counters and displays draw. Thread-safe."""

    def __init__(self, engine: Engine, config: KioskConfig, clock: Clock) -> None:
        self._engine = engine
        self._config = config
        self._clock = clock
        self._zone = ZoneInfo(config.center.timezone)
        self._pg = engine.dialect.name == "postgresql"
        self._insert = postgresql.insert if self._pg else sqlite.insert

    @property
    def config(self) -> KioskConfig:
        return self._config

    # -- configuration -----------------------------------------------------------
    def services_for(self, counter: int) -> list[ServiceConfig]:
        """The enabled services this counter serves (``services[].counters``)."""
        return [s for s in self._config.services if s.enabled and counter in s.counters]

    def all_counters(self) -> list[int]:
        return sorted({c for s in self._config.services if s.enabled for c in s.counters})

    def _service_ids(self, counter: int) -> list[str]:
        ids = [s.id for s in self.services_for(counter)]
        if not ids:
            raise UnknownCounterError(
                N_(
                    "counter",
                    "Counter {n} serves no service (see services[].counters in the settings)",
                    n=counter,
                )
            )
        return ids

    def business_day(self, when: datetime | None = None) -> date:
        return (when or self._clock.now()).astimezone(self._zone).date()

    def now(self) -> datetime:
        return self._clock.now()

    # -- plumbing -----------------------------------------------------------------------
    @contextmanager
    def _locked(self, counter: int, now: datetime) -> Iterator[tuple[Connection, Row[Any]]]:
        """A transaction holding ``counter``'s row (locked) and a connection to work in.

        A database failure inside it becomes ``DatabaseUnavailableError``.
        """
        with database_errors(), self._engine.begin() as conn:
            yield conn, self._lock_counter(conn, counter, now)

    @staticmethod
    def _set_counter(conn: Connection, counter: int, now: datetime, **values: Any) -> None:
        conn.execute(
            update(counters).where(counters.c.counter == counter).values(updated_at=now, **values)
        )

    def _lock_counter(self, conn: Connection, counter: int, now: datetime) -> Row[Any]:
        """Make sure the counter has its row, and lock it for this transaction."""
        conn.execute(
            self._insert(counters)
            .values(counter=counter, paused=False, priority_credit=1.0, updated_at=now)
            .on_conflict_do_nothing(index_elements=[counters.c.counter])
        )
        return conn.execute(
            select(counters).where(counters.c.counter == counter).with_for_update()
        ).one()

    def _ticket_query(self) -> Any:
        return select(tickets, queue_service.label("queue_service"))

    def _to_ticket(self, row: Row[Any], now: datetime | None = None) -> CounterTicket:
        """``row`` as a ticket; with ``now`` (``shared_now``: the clock the
        issuing kiosk stamped it by), flagged if it has been printing too long."""
        state = TicketState(row.state)
        unprinted = False
        if state is TicketState.ISSUED and now is not None:
            changed = _must(row.state_changed_at)
            unprinted = (now - changed).total_seconds() >= self._config.counters.unprinted_after_s
        return CounterTicket(
            id=int(row.id),
            display_code=row.display_code,
            service_id=row.service_id,
            queue_service_id=row.queue_service,
            priority=bool(row.priority),
            state=state,
            issued_at=_must(row.issued_at),
            called_at=row.called_at,
            last_called_at=row.last_called_at,
            serving_at=row.serving_at,
            counter=row.counter,
            unprinted=unprinted,
        )

    def _current_row(self, conn: Connection, counter: int) -> Row[Any] | None:
        return conn.execute(
            self._ticket_query()
            .where(tickets.c.counter == counter, tickets.c.state.in_(CURRENT_STATES))
            .order_by(tickets.c.last_called_at.desc(), tickets.c.id.desc())
            .limit(1)
        ).first()

    def _get(self, conn: Connection, ticket_id: int) -> CounterTicket:
        row = conn.execute(self._ticket_query().where(tickets.c.id == ticket_id)).one()
        return self._to_ticket(row)

    def _event(
        self,
        conn: Connection,
        now: datetime,
        kind: str,
        ticket_id: int | None,
        detail: str,
        source: str = "",
    ) -> None:
        conn.execute(
            insert(events).values(
                at=now,
                kiosk_id=(source or self._config.center.kiosk_id)[:32],
                kind=kind,
                ticket_id=ticket_id,
                detail=detail[:400],
            )
        )

    def _sweep_unprinted(self, conn: Connection, now: datetime) -> None:
        """Tickets left ``issued`` by a kiosk that stopped: make them callable, flagged.

        ``now`` is ``shared_now``: the kiosk stamped the ticket by that clock.
        """
        cutoff = now - timedelta(seconds=self._config.counters.unprinted_after_s)
        ids = [
            int(r.id)
            for r in conn.execute(
                update(tickets)
                .where(
                    tickets.c.state == TicketState.ISSUED.value,
                    tickets.c.state_changed_at < cutoff,
                )
                .values(state=TicketState.PRINT_FAILED.value, state_changed_at=now)
                .returning(tickets.c.id)
            ).all()
        ]
        for ticket_id in ids:
            self._event(conn, now, "print_failed", ticket_id, "not printed: the kiosk stopped")

    def _record_call(
        self,
        conn: Connection,
        at: datetime,
        day: date,
        ticket: CounterTicket,
        counter: int,
        *,
        recall: bool,
    ) -> None:
        conn.execute(
            insert(calls).values(
                at=at,
                business_day=day,
                ticket_id=ticket.id,
                counter=counter,
                service_id=ticket.queue_service_id,
                display_code=ticket.display_code,
                recall=recall,
            )
        )

    # -- choosing the next ticket ---------------------------------------------------
    def _waiting_filter(self, service_ids: Sequence[str], day: date) -> list[Any]:
        return [
            tickets.c.business_day >= day,
            tickets.c.state.in_(CALLABLE_STATES),
            queue_service.in_(list(service_ids)),
        ]

    def _first(self, conn: Connection, where: list[Any], *, lock: bool) -> Row[Any] | None:
        # First come, first served in the order the database issued the
        # numbers (ids, which a transfer keeps), never by ``issued_at``: that
        # is the issuing kiosk's wall clock, and clocks disagree or step back.
        query = self._ticket_query().where(*where).order_by(tickets.c.id).limit(1)
        if lock:
            query = query.with_for_update(skip_locked=True, of=tickets)
        return conn.execute(query).first()

    def _choose(
        self, conn: Connection, service_ids: Sequence[str], day: date, credit: float
    ) -> tuple[Row[Any] | None, bool]:
        """The ticket to call and whether it is a priority ticket jumping the queue.

        A priority ticket goes first when nobody else waits, when it was issued
        first anyway, or when the counter has a whole credit: each call adds
        ``priority_share`` to the credit (up to 1) and each jump spends 1, so
        with a share of 1/3 at most one call in three is a jump.
        """
        base = self._waiting_filter(service_ids, day)
        first_priority = self._first(conn, [*base, tickets.c.priority.is_(True)], lock=False)
        first_other = self._first(conn, [*base, tickets.c.priority.is_(False)], lock=False)
        share = self._config.counters.priority_share
        prefer_priority = first_priority is not None and (
            first_other is None
            or first_priority.id < first_other.id
            or (share > 0 and credit >= 1 - 1e-9)
        )
        kinds = [True, False] if prefer_priority else [False, True]
        for priority in kinds:
            row = self._first(conn, [*base, tickets.c.priority.is_(priority)], lock=True)
            if row is None:
                continue
            # Re-check against the other kind's head now that rows may have moved.
            other = self._first(conn, [*base, tickets.c.priority.is_(not priority)], lock=False)
            jumped = priority and other is not None and other.id < row.id
            return row, bool(jumped)
        return None, False

    # -- actions ------------------------------------------------------------------------
    def call_next(self, counter: int) -> CounterTicket | None:
        """Call the next waiting ticket to ``counter``; ``None`` when nobody waits."""
        service_ids = self._service_ids(counter)
        now = self._clock.now()
        day = self.business_day(now)
        with self._locked(counter, now) as (conn, state):
            at = shared_now(conn, now)
            self._ready_to_call(conn, state, counter, at)
            row, jumped = self._choose(conn, service_ids, day, float(state.priority_credit))
            if row is None:
                return None
            ticket = self._call(conn, at, day, row.id, counter, recall=False)
            share = self._config.counters.priority_share
            credit = float(state.priority_credit) - (1.0 if jumped else 0.0)
            credit = min(1.0, credit + share)
            self._set_counter(conn, counter, now, priority_credit=credit)
        return ticket

    def call_ticket(self, counter: int, ticket_id: int) -> CounterTicket:
        """Call one particular waiting ticket (e.g. a flagged one whose resident came up)."""
        service_ids = self._service_ids(counter)
        now = self._clock.now()
        with self._locked(counter, now) as (conn, state):
            at = shared_now(conn, now)
            self._ready_to_call(conn, state, counter, at)
            row = conn.execute(
                self._ticket_query().where(tickets.c.id == ticket_id).with_for_update(of=tickets)
            ).first()
            if row is None:
                raise CounterError(N_("counter", "This ticket is no longer in the queue"))
            if row.state not in CALLABLE_STATES:
                raise CounterError(_not_waiting(row))
            if row.queue_service not in service_ids:
                raise CounterError(
                    N_(
                        "counter",
                        "{code} waits for another counter's service",
                        code=row.display_code,
                    )
                )
            ticket = self._call(conn, at, self.business_day(now), ticket_id, counter, recall=False)
        return ticket

    def _ready_to_call(self, conn: Connection, state: Row[Any], counter: int, at: datetime) -> None:
        """Refuse a call while the counter is paused or still serving someone.

        Tickets whose print never finished are swept out first, so a call never
        lands on a number nobody holds (``at``: ``shared_now``).
        """
        if state.paused:
            raise CounterPausedError(_paused(counter))
        busy = self._current_row(conn, counter)
        if busy is not None:
            raise CounterBusyError(_busy(busy))
        self._sweep_unprinted(conn, at)

    def _call(
        self,
        conn: Connection,
        at: datetime,
        day: date,
        ticket_id: int,
        counter: int,
        *,
        recall: bool,
    ) -> CounterTicket:
        """Call the ticket to ``counter``, stamped ``at`` (``shared_now``: the display
        tells a call made just now by it), for the business day ``day``."""
        allowed = [s.value for s in predecessors(TicketState.CALLED)]
        changed = conn.execute(
            update(tickets)
            .where(tickets.c.id == ticket_id, tickets.c.state.in_(allowed))
            .values(
                state=TicketState.CALLED.value,
                state_changed_at=at,
                counter=counter,
                called_at=func.coalesce(tickets.c.called_at, at),
                last_called_at=at,
            )
        ).rowcount
        if changed != 1:
            row = conn.execute(self._ticket_query().where(tickets.c.id == ticket_id)).one()
            raise CounterError(_not_waiting(row))
        ticket = self._get(conn, ticket_id)
        self._record_call(conn, at, day, ticket, counter, recall=recall)
        return ticket

    def _current_or_fail(self, conn: Connection, counter: int) -> Row[Any]:
        row = self._current_row(conn, counter)
        if row is None:
            raise NoCurrentTicketError(N_("counter", "Counter {n} has no called ticket", n=counter))
        return row

    def recall(self, counter: int) -> CounterTicket:
        """Call the current (called, not yet served) ticket again."""
        self._service_ids(counter)
        now = self._clock.now()
        with self._locked(counter, now) as (conn, _state):
            row = self._current_or_fail(conn, counter)
            if row.state != TicketState.CALLED.value:
                raise CounterError(_being_served(row.display_code))
            at = shared_now(conn, now)
            ticket = self._call(conn, at, self.business_day(now), row.id, counter, recall=True)
        return ticket

    def _move_current(
        self,
        counter: int,
        target: TicketState,
        *,
        need: TicketState,
        stamp: str,
        log_service: bool = False,
    ) -> CounterTicket:
        self._service_ids(counter)
        now = self._clock.now()
        with self._locked(counter, now) as (conn, _state):
            row = self._current_or_fail(conn, counter)
            if row.state != need.value:
                raise CounterError(
                    _being_served(row.display_code)
                    if need is TicketState.CALLED
                    else N_("counter", "Start serving {code} first", code=row.display_code)
                )
            allowed = [s.value for s in predecessors(target)]
            conn.execute(
                update(tickets)
                .where(tickets.c.id == row.id, tickets.c.state.in_(allowed))
                .values({"state": target.value, "state_changed_at": now, stamp: now})
            )
            if log_service:
                self._log_service(conn, row, counter, now, "done")
            ticket = self._get(conn, row.id)
        return ticket

    def _log_service(
        self, conn: Connection, row: Row[Any], counter: int, now: datetime, outcome: str
    ) -> None:
        started = row.serving_at or now
        conn.execute(
            insert(service_log).values(
                ticket_id=row.id,
                service_id=row.queue_service,
                business_day=self.business_day(started),
                counter=counter,
                started_at=started,
                finished_at=now,
                seconds=max(0.0, (now - started).total_seconds()),
                outcome=outcome,
            )
        )

    def start(self, counter: int) -> CounterTicket:
        """The called resident arrived: start serving."""
        return self._move_current(
            counter, TicketState.SERVING, need=TicketState.CALLED, stamp="serving_at"
        )

    def finish(self, counter: int) -> CounterTicket:
        """Service done; the measured time goes to statistics and estimates."""
        return self._move_current(
            counter,
            TicketState.DONE,
            need=TicketState.SERVING,
            stamp="finished_at",
            log_service=True,
        )

    def no_show(self, counter: int) -> CounterTicket:
        """The called resident did not come."""
        return self._move_current(
            counter, TicketState.NO_SHOW, need=TicketState.CALLED, stamp="finished_at"
        )

    def transfer(self, counter: int, service_id: str) -> CounterTicket:
        """Send the current ticket to ``service_id``'s queue, keeping its number and issue time.

        It waits again (printed, or print_failed if it never printed) and is
        ordered by its original issue time, so it is called soon. A service
        in progress is recorded as served here.
        """
        self._service_ids(counter)
        try:
            target = self._config.service(service_id)
        except KeyError:
            raise CounterError(
                N_("counter", "Unknown service {service}", service=service_id)
            ) from None
        name = target.names.get(self._config.ui.language)
        if not target.enabled:
            raise CounterError(N_("counter", "{service} is switched off", service=name))
        now = self._clock.now()
        with self._locked(counter, now) as (conn, _state):
            row = self._current_or_fail(conn, counter)
            if row.queue_service == service_id:
                raise CounterError(
                    N_(
                        "counter",
                        "{code} already waits for {service}",
                        code=row.display_code,
                        service=name,
                    )
                )
            failed_prints = conn.execute(
                select(func.count())
                .select_from(events)
                .where(events.c.ticket_id == row.id, events.c.kind == "print_failed")
            ).scalar_one()
            printed = int(row.print_attempts) > int(failed_prints)
            waiting = TicketState.PRINTED if printed else TicketState.PRINT_FAILED
            if row.state == TicketState.SERVING.value:
                self._log_service(conn, row, counter, now, "transferred")
            conn.execute(
                update(tickets)
                .where(tickets.c.id == row.id, tickets.c.state.in_(CURRENT_STATES))
                .values(
                    state=waiting.value,
                    state_changed_at=now,
                    counter=None,
                    queue_service_id=service_id,
                    serving_at=None,
                )
            )
            # Waiting again, for another counter: the resident's texts ("you
            # are next", "go to counter n") go out anew for this wait.
            conn.execute(
                update(ticket_follow)
                .where(ticket_follow.c.ticket_id == row.id)
                .values(
                    ahead_sent_at=None,
                    ahead_attempts=0,
                    ahead_tried_at=None,
                    called_sent_at=None,
                    called_attempts=0,
                    called_tried_at=None,
                )
            )
            self._event(
                conn,
                now,
                "transferred",
                row.id,
                f"from={row.queue_service} to={service_id}",
                source=f"counter-{counter}",
            )
            ticket = self._get(conn, row.id)
        return ticket

    def set_paused(self, counter: int, paused: bool) -> None:
        """Pause (nobody is called; left out of estimates) or resume the counter."""
        self._service_ids(counter)
        now = self._clock.now()
        with self._locked(counter, now) as (conn, _state):
            self._set_counter(conn, counter, now, paused=paused)

    def pause(self, counter: int) -> None:
        self.set_paused(counter, True)

    def resume(self, counter: int) -> None:
        self.set_paused(counter, False)

    # -- views ----------------------------------------------------------------------------
    def _waiting_counts(self, conn: Connection, day: date) -> dict[str, int]:
        waiting = [s.value for s in WAITING_STATES]
        counts = {s.id: 0 for s in self._config.services}
        rows = conn.execute(
            select(queue_service, func.count())
            .where(tickets.c.business_day >= day, tickets.c.state.in_(waiting))
            .group_by(queue_service)
        ).all()
        for service_id, count in rows:
            counts[service_id] = int(count)
        return counts

    def ticket_state(self, ticket_id: int) -> TicketState:
        """What became of a ticket that left a counter's screen. The counter's
        own buttons end a ticket as done, absent or transferred; only a kiosk
        cancels one, and the clerk must be told (nobody is coming)."""
        with database_errors(), self._engine.connect() as conn:
            state = conn.execute(
                select(tickets.c.state).where(tickets.c.id == ticket_id)
            ).scalar_one()
        return TicketState(state)

    def counter_snapshot(self, counter: int, *, limit: int = 200) -> CounterSnapshot:
        """What the counter window shows."""
        service_ids = self._service_ids(counter)
        now = self._clock.now()
        day = self.business_day(now)
        waiting_states = [s.value for s in WAITING_STATES]
        with database_errors(), self._engine.connect() as conn:
            # The kiosks stamp tickets and staff calls by this clock, not this PC's.
            read_at = shared_now(conn, now)
            since = read_at - timedelta(minutes=self._config.counters.staff_call_minutes)
            state = conn.execute(select(counters).where(counters.c.counter == counter)).first()
            current = self._current_row(conn, counter)
            rows = conn.execute(
                self._ticket_query()
                .where(
                    tickets.c.business_day >= day,
                    tickets.c.state.in_(waiting_states),
                    queue_service.in_(service_ids),
                )
                .order_by(tickets.c.id)
                .limit(limit)
            ).all()
            staff = conn.execute(
                select(events)
                .where(events.c.kind == "staff_call", events.c.at >= since)
                .order_by(events.c.id.desc())
                .limit(20)
            ).all()
            counts = self._waiting_counts(conn, day)
        waiting = [self._to_ticket(r, read_at) for r in rows]
        paused = bool(state.paused) if state is not None else False
        credit = float(state.priority_credit) if state is not None else 1.0
        return CounterSnapshot(
            counter=counter,
            paused=paused,
            service_ids=tuple(service_ids),
            current=self._to_ticket(current, read_at) if current is not None else None,
            waiting=waiting,
            next_ticket_id=None if paused else self._predict_next(waiting, credit),
            staff_calls=[StaffCall(int(r.id), _must(r.at), r.kiosk_id, r.detail) for r in staff],
            waiting_counts=counts,
        )

    def _predict_next(self, waiting: list[CounterTicket], credit: float) -> int | None:
        """``_choose`` on an in-memory list (for the "next" mark in the window)."""
        callable_ = [t for t in waiting if t.state is not TicketState.ISSUED or t.unprinted]
        priority = [t for t in callable_ if t.priority]
        others = [t for t in callable_ if not t.priority]
        if not priority:
            return others[0].id if others else None
        if not others:
            return priority[0].id
        share = self._config.counters.priority_share
        if priority[0].id < others[0].id or (share > 0 and credit >= 1 - 1e-9):
            return priority[0].id
        return others[0].id

    def display_snapshot(
        self, since_call_id: int | None = None, *, recent: int = 6
    ) -> DisplaySnapshot:
        """What the lobby display shows; ``new_calls`` are the calls after ``since_call_id``."""
        now = self._clock.now()
        day = self.business_day(now)
        with database_errors(), self._engine.connect() as conn:
            read_at = shared_now(conn, now)
            current_rows = conn.execute(
                select(calls, tickets.c.state.label("ticket_state"))
                .select_from(
                    calls.join(
                        tickets,
                        and_(
                            tickets.c.id == calls.c.ticket_id,
                            tickets.c.counter == calls.c.counter,
                            tickets.c.last_called_at == calls.c.at,
                        ),
                    )
                )
                .where(
                    tickets.c.state.in_(CURRENT_STATES),
                    tickets.c.business_day >= day,
                )
                .order_by(calls.c.id)
            ).all()
            # Each ticket's latest call, not those on the tiles, then the limit:
            # the list is for a resident who missed their number, and a ticket
            # called again and again takes one line, never pushing others off.
            on_tiles = [int(r.ticket_id) for r in current_rows]
            latest = (
                select(func.max(calls.c.id))
                .where(calls.c.business_day >= day, calls.c.ticket_id.not_in(on_tiles))
                .group_by(calls.c.ticket_id)
            )
            recent_rows = conn.execute(
                select(calls)
                .where(calls.c.id.in_(latest))
                .order_by(calls.c.id.desc())
                .limit(max(recent, 1))
            ).all()
            last_id = conn.execute(select(func.max(calls.c.id))).scalar()
            new_rows: Sequence[Row[Any]] = []
            if since_call_id is not None:
                new_rows = conn.execute(
                    select(calls)
                    .where(calls.c.id > since_call_id)
                    .order_by(calls.c.id)
                    .limit(NewCalls.LOOKBACK + 50)
                ).all()
            paused = conn.execute(
                select(counters.c.counter).where(counters.c.paused.is_(True))
            ).all()
            counts = self._waiting_counts(conn, day)
        current = {int(r.counter): _call_record(r) for r in current_rows}
        return DisplaySnapshot(
            current=current,
            recent=[_call_record(r) for r in recent_rows][:recent],
            serving=frozenset(
                int(r.counter) for r in current_rows if r.ticket_state == TicketState.SERVING.value
            ),
            waiting_counts=counts,
            paused=frozenset(int(r.counter) for r in paused),
            last_call_id=int(last_id or 0),
            new_calls=[_call_record(r) for r in new_rows],
            read_at=read_at,
        )
