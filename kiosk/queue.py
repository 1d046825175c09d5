"""The queue: issuing numbered tickets atomically, their states and wait estimates.

Issuing is one transaction: bump the (service, business day) counter and
insert the ticket together, so numbers rise without gaps or duplicates even
with several processes on one database. The business day is the date in
the center's time zone and never moves backwards, so a wall clock that
jumps back cannot reuse a number.

Thread-safety: a ``Queue`` may be used from any thread (each call takes its
own connection), but callers keep it off the UI thread.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Row, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk.clock import Clock
from kiosk.config import KioskConfig, ServiceConfig
from kiosk.storage import events, ticket_counters, tickets
from kiosk.tickets import (
    WAITING_STATES,
    InvalidTransitionError,
    IssuedTicket,
    Ticket,
    TicketState,
    display_code,
    predecessors,
)


class QueueUnavailableError(Exception):
    """The database did not answer; nothing was issued. Safe to retry."""


class UnknownServiceError(LookupError):
    pass


@dataclass(frozen=True)
class NumberingReset:
    """What ``Queue.reset_numbering`` did: the next number and how many finished tickets moved."""

    service_id: str
    next_number: int
    retired: int


def _aware(value: datetime) -> datetime:
    # SQLite drops the zone on the way back; everything stored is UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _row_to_ticket(row: Row[Any]) -> Ticket:
    return Ticket(
        id=row.id,
        service_id=row.service_id,
        business_day=row.business_day,
        number=row.number,
        display_code=row.display_code,
        issued_at=_aware(row.issued_at),
        priority=bool(row.priority),
        state=TicketState(row.state),
        kiosk_id=row.kiosk_id,
        print_attempts=row.print_attempts,
    )


class Queue:
    def __init__(self, engine: Engine, config: KioskConfig, clock: Clock) -> None:
        self._engine = engine
        self._config = config
        self._clock = clock
        self._zone = ZoneInfo(config.center.timezone)
        dialect = engine.dialect.name
        self._insert = postgresql.insert if dialect == "postgresql" else sqlite.insert

    @property
    def config(self) -> KioskConfig:
        return self._config

    def update_config(self, config: KioskConfig) -> None:
        self._config = config
        self._zone = ZoneInfo(config.center.timezone)

    def business_day(self, when: datetime | None = None) -> date:
        return (when or self._clock.now()).astimezone(self._zone).date()

    def _service(self, service_id: str) -> ServiceConfig:
        try:
            return self._config.service(service_id)
        except KeyError:
            raise UnknownServiceError(service_id) from None

    # -- issuing ----------------------------------------------------------
    def issue(self, service_id: str, *, priority: bool = False) -> IssuedTicket:
        service = self._service(service_id)
        if not service.enabled:
            raise UnknownServiceError(f"{service_id} is disabled")
        now = self._clock.now()
        today = self.business_day(now)
        try:
            with self._engine.begin() as conn:
                # Never step back to an earlier business day (clock jumped back).
                latest = conn.execute(select(func.max(ticket_counters.c.business_day))).scalar()
                day = max(today, latest) if latest is not None else today
                bump = (
                    self._insert(ticket_counters)
                    .values(service_id=service_id, business_day=day, last_number=1)
                    .on_conflict_do_update(
                        index_elements=[
                            ticket_counters.c.service_id,
                            ticket_counters.c.business_day,
                        ],
                        set_={"last_number": ticket_counters.c.last_number + 1},
                    )
                    .returning(ticket_counters.c.last_number)
                )
                number = conn.execute(bump).scalar_one()
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
        except (DBAPIError, SQLAlchemyError) as exc:
            raise QueueUnavailableError(str(getattr(exc, "orig", exc))) from None
        return IssuedTicket(_row_to_ticket(row), ahead, self.estimate_wait_minutes(service, ahead))

    # -- states -----------------------------------------------------------
    def transition(
        self, ticket_id: int, target: TicketState, *, counter: int | None = None
    ) -> Ticket:
        """Move a ticket to ``target`` if its current state allows it (atomically)."""
        allowed = [s.value for s in predecessors(target)]
        values: dict[str, Any] = {"state": target.value, "state_changed_at": self._clock.now()}
        if counter is not None:
            values["counter"] = counter
        try:
            with self._engine.begin() as conn:
                changed = conn.execute(
                    update(tickets)
                    .where(tickets.c.id == ticket_id, tickets.c.state.in_(allowed))
                    .values(**values)
                ).rowcount
                row = conn.execute(select(tickets).where(tickets.c.id == ticket_id)).one_or_none()
        except (DBAPIError, SQLAlchemyError) as exc:
            raise QueueUnavailableError(str(getattr(exc, "orig", exc))) from None
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
        try:
            with self._engine.begin() as conn:
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
        except (DBAPIError, SQLAlchemyError) as exc:
            raise QueueUnavailableError(str(getattr(exc, "orig", exc))) from None
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

    # -- waiting and estimates ----------------------------------------------
    @staticmethod
    def _waiting_values() -> list[str]:
        return [s.value for s in WAITING_STATES]

    def _people_ahead(self, conn: Any, service_id: str, day: date, ticket_id: int) -> int:
        count = conn.execute(
            select(func.count())
            .select_from(tickets)
            .where(
                tickets.c.business_day == day,
                tickets.c.service_id == service_id,
                tickets.c.state.in_(self._waiting_values()),
                tickets.c.id < ticket_id,
            )
        ).scalar_one()
        return int(count)

    def people_ahead(self, ticket: Ticket) -> int:
        with self._engine.connect() as conn:
            return self._people_ahead(conn, ticket.service_id, ticket.business_day, ticket.id)

    def waiting_counts(self) -> dict[str, int]:
        """Waiting tickets per service today (services with none are listed as 0)."""
        day = self.business_day()
        counts = {s.id: 0 for s in self._config.services}
        try:
            with self._engine.connect() as conn:
                rows = conn.execute(
                    select(tickets.c.service_id, func.count())
                    .where(
                        tickets.c.business_day >= day,
                        tickets.c.state.in_(self._waiting_values()),
                    )
                    .group_by(tickets.c.service_id)
                ).all()
        except (DBAPIError, SQLAlchemyError) as exc:
            raise QueueUnavailableError(str(getattr(exc, "orig", exc))) from None
        for service_id, count in rows:
            counts[service_id] = int(count)
        return counts

    def open_counters(self, service: ServiceConfig) -> int:
        return len(set(service.counters))

    def estimate_wait_minutes(self, service: ServiceConfig | str, people_ahead: int) -> int:
        """people ahead x minutes per person / open counters, rounded up."""
        svc = self._service(service) if isinstance(service, str) else service
        if people_ahead <= 0:
            return 0
        minutes = people_ahead * svc.service_minutes / max(1, self.open_counters(svc))
        return math.ceil(minutes)

    # -- technician: restart numbering ------------------------------------------
    def reset_numbering(self, service_id: str) -> NumberingReset:
        """Restart today's numbering of one service (technician mode, after confirmation).

        The rule, chosen so no number is ever given out twice at once:

        * Tickets still in play today (waiting, called or being served) keep
          their numbers, and new numbers continue after the highest of them:
          a new number never equals one a resident is still holding.
        * Finished tickets (done, no-show, cancelled) keep their display code,
          state and times for the record; only their internal sequence number
          is moved out of the way (set to minus the ticket id, never a valid
          number) so the unique (service, day, number) rule lets the number be
          issued again.
        * With nothing in play, numbering restarts at 1.

        The reset is one transaction and is recorded as a ``numbering_reset``
        event.
        """
        self._service(service_id)
        in_play = [s.value for s in (*WAITING_STATES, TicketState.CALLED, TicketState.SERVING)]
        now = self._clock.now()
        try:
            with self._engine.begin() as conn:
                latest = conn.execute(select(func.max(ticket_counters.c.business_day))).scalar()
                today = self.business_day(now)
                day = max(today, latest) if latest is not None else today
                of_service = (tickets.c.service_id == service_id, tickets.c.business_day == day)
                highest = conn.execute(
                    select(func.max(tickets.c.number)).where(
                        *of_service, tickets.c.state.in_(in_play)
                    )
                ).scalar()
                keep = int(highest or 0)
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
        except (DBAPIError, SQLAlchemyError) as exc:
            raise QueueUnavailableError(str(getattr(exc, "orig", exc))) from None
        return NumberingReset(service_id, keep + 1, int(retired))

    def record_event(self, kind: str, detail: str = "", ticket_id: int | None = None) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                insert(events).values(
                    at=self._clock.now(),
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
