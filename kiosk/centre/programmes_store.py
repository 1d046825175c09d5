"""Programme registrations in the centre's database: places, the waiting list, cancelling.

The locking rule that keeps two kiosks from oversubscribing a course is
told in ``kiosk.centre.programmes``'s docstring; this module does it. The
kiosk's journey loads it in its job work, on the device worker, so
SQLAlchemy is not imported before the first frame. ``purge`` erases the
personal data of registrations that are over (``programmes.keep_days``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from kiosk.centre.phone import formatted, masked_number, mobile_problem
from kiosk.centre.programmes import (
    Availability,
    CourseStatus,
    Outcome,
    RegisterResult,
    Registration,
    Revealed,
    Status,
    after_promotion,
)
from kiosk.centre.store import CentreStore
from kiosk.config import CourseConfig
from kiosk.storage.database import database_errors, programme_counters, programme_registrations

_PHONE_PURPOSE = "programmes.phone"


class Programmes(CentreStore):
    """The courses, their places and registrations (one instance per engine and key)."""

    def _availability(self, course: CourseConfig, registered: int, waiting: int) -> Availability:
        if not course.enabled:
            return Availability.DISABLED
        today = self.today()
        if today < course.registration_opens:
            return Availability.NOT_YET
        if today > course.registration_closes:
            return Availability.CLOSED
        registered, waiting = after_promotion(course, registered, waiting)
        if registered < course.capacity:
            return Availability.OPEN
        if waiting < course.waiting_list:
            return Availability.WAITING_LIST
        return Availability.FULL

    # -- reading --------------------------------------------------------------
    def courses(self) -> list[CourseStatus]:
        """Every course, in config order, with its counts; a disabled one is ``DISABLED``
        (the kiosk lists only the enabled ones, the counter all)."""
        courses = self._config.programmes.courses
        counts: dict[tuple[str, str, str], int] = {}
        r = programme_registrations.c
        with database_errors(), self._engine.connect() as conn:
            rows = conn.execute(
                select(r.course_id, r.term, r.status, func.count())
                .where(r.status != Status.CANCELLED.value)
                .group_by(r.course_id, r.term, r.status)
            )
            for course_id, term, status, n in rows:
                counts[(course_id, term, status)] = int(n)
        out = []
        for course in courses:
            registered = counts.get((course.id, course.term, Status.REGISTERED.value), 0)
            waiting = counts.get((course.id, course.term, Status.WAITING.value), 0)
            out.append(
                CourseStatus(
                    course, registered, waiting, self._availability(course, registered, waiting)
                )
            )
        return out

    def registrations(self, course_id: str) -> list[Registration]:
        """A course's registrations this term, registered first, then the waiting list in order."""
        course = self._config.programmes.course(course_id)
        r = programme_registrations.c
        with database_errors(), self._engine.connect() as conn:
            rows = conn.execute(
                select(programme_registrations)
                .where(r.course_id == course.id, r.term == course.term)
                .order_by(r.number)
            ).all()
        out = [self._registration(row, rows) for row in rows]
        rank = {Status.REGISTERED: 0, Status.WAITING: 1, Status.CANCELLED: 2}
        return sorted(out, key=lambda reg: (rank[reg.status], reg.waiting_position or 0))

    def reveal(self, registration_id: int) -> Revealed:
        """The full phone number and name of one registration (for staff, on purpose)."""
        with database_errors(), self._engine.connect() as conn:
            row = conn.execute(
                select(
                    programme_registrations.c.phone_enc, programme_registrations.c.name_enc
                ).where(programme_registrations.c.id == registration_id)
            ).one()
        name = self._key.decrypt(row.name_enc) if row.name_enc else None
        number = formatted(self._key.decrypt(row.phone_enc)) if row.phone_enc else ""
        return Revealed(number, name)

    def _registration(self, row: Any, rows: Any) -> Registration:
        status = Status(row.status)
        position = None
        if status is Status.WAITING:
            position = sum(
                1
                for other in rows
                if other.status == Status.WAITING.value and other.wait_seq <= row.wait_seq
            )
        return Registration(
            id=row.id,
            course_id=row.course_id,
            term=row.term,
            registration_no=row.registration_no,
            status=status,
            waiting_position=position,
            phone_masked=masked_number(self._key.decrypt(row.phone_enc)) if row.phone_enc else "",
            created_at=row.created_at,
            to_call=(
                status is Status.REGISTERED
                and row.promoted_at is not None
                and row.promotion_called_at is None
            ),
        )

    # -- writing -----------------------------------------------------------------
    def _take_turn(self, conn: Connection, course: CourseConfig) -> int:
        """Lock the course's counter row for this transaction; its last number."""
        c = programme_counters.c
        where = (c.course_id == course.id) & (c.term == course.term)
        for _ in range(2):
            locked = conn.execute(
                update(programme_counters).where(where).values(last_number=c.last_number)
            ).rowcount
            if locked:
                return int(conn.execute(select(c.last_number).where(where)).scalar_one())
            try:
                with conn.begin_nested():
                    conn.execute(
                        insert(programme_counters).values(
                            course_id=course.id, term=course.term, last_number=0
                        )
                    )
                return 0
            except IntegrityError:
                continue  # another kiosk made it first: wait for its lock
        raise RuntimeError("the course counter row could not be locked")

    def register(self, course_id: str, phone: str, name: str | None = None) -> RegisterResult:
        """Register ``phone`` for the course, or put it on the waiting list.

        ``phone`` must be a mobile number's digits (``kiosk.centre.phone``).
        The outcome says what happened; FULL, DUPLICATE and CLOSED (also for a
        disabled course) store nothing.
        """
        if mobile_problem(phone) is not None:
            raise ValueError("not a Korean mobile number")
        digits = phone
        course = self._config.programmes.course(course_id)
        today = self.today()
        if not course.enabled or not (
            course.registration_opens <= today <= course.registration_closes
        ):
            return RegisterResult(Outcome.CLOSED)
        phone_hash = self._key.digest(_PHONE_PURPOSE, digits)
        r = programme_registrations.c
        now = self._clock.now()
        with database_errors(), self._engine.begin() as conn:
            last = self._take_turn(conn, course)
            mine = (r.course_id == course.id) & (r.term == course.term)
            taken = conn.execute(
                select(r.id).where(
                    mine, r.phone_hash == phone_hash, r.status != Status.CANCELLED.value
                )
            ).first()
            if taken is not None:
                return RegisterResult(Outcome.DUPLICATE)
            # A place the config added since the last registration goes to the
            # people waiting, in order, before this newcomer can have one
            # (marked for staff to call: ``to_call``).
            self._promote(conn, course)
            registered, waiting, last_seq = self._counts(conn, course)
            if registered < course.capacity and waiting == 0:
                status, seq = Status.REGISTERED, None
            elif waiting < course.waiting_list:
                status, seq = Status.WAITING, last_seq + 1
            else:
                return RegisterResult(Outcome.FULL)
            number = last + 1
            conn.execute(
                update(programme_counters)
                .where(
                    (programme_counters.c.course_id == course.id)
                    & (programme_counters.c.term == course.term)
                )
                .values(last_number=number)
            )
            new_id = conn.execute(
                insert(programme_registrations).values(
                    course_id=course.id,
                    term=course.term,
                    number=number,
                    registration_no=f"{course.registration_prefix}-{number:03d}",
                    status=status.value,
                    wait_seq=seq,
                    phone_hash=phone_hash,
                    phone_enc=self._key.encrypt(digits),
                    name_enc=self._key.encrypt(name) if name else None,
                    kiosk_id=self._config.center.kiosk_id,
                    created_at=now,
                    updated_at=now,
                )
            ).inserted_primary_key
            assert new_id is not None
            registration = self._load(conn, int(new_id[0]))
        outcome = Outcome.REGISTERED if status is Status.REGISTERED else Outcome.WAITING
        return RegisterResult(outcome, registration)

    def _counts(self, conn: Connection, course: CourseConfig) -> tuple[int, int, int]:
        """Registered, waiting, and the last waiting-list order given (0: none)."""
        r = programme_registrations.c
        mine = (r.course_id == course.id) & (r.term == course.term)
        registered = conn.execute(
            select(func.count()).where(mine, r.status == Status.REGISTERED.value)
        ).scalar_one()
        waiting = conn.execute(
            select(func.count()).where(mine, r.status == Status.WAITING.value)
        ).scalar_one()
        last_seq = conn.execute(select(func.max(r.wait_seq)).where(mine)).scalar()
        return int(registered), int(waiting), int(last_seq or 0)

    def _load(self, conn: Connection, registration_id: int) -> Registration:
        r = programme_registrations.c
        row = conn.execute(select(programme_registrations).where(r.id == registration_id)).one()
        rows = conn.execute(
            select(programme_registrations).where(
                r.course_id == row.course_id,
                r.term == row.term,
                r.status == Status.WAITING.value,
            )
        ).all()
        return self._registration(row, rows)

    def cancel(self, registration_id: int) -> list[Registration]:
        """Cancel a registration (staff). A freed place goes to the first waiting,
        with any place a raised capacity added: the registrations promoted, in
        order (none: nobody was, or it was already cancelled)."""
        r = programme_registrations.c
        now = self._clock.now()
        with database_errors(), self._engine.begin() as conn:
            course_id = conn.execute(
                select(r.course_id).where(r.id == registration_id)
            ).scalar_one()
            self._take_turn(conn, self._config.programmes.course(course_id))
            # The status only once the course is locked: two counters cancelling
            # the same registration would otherwise both see it registered and
            # each promote someone from the waiting list (one place, two people).
            row = conn.execute(
                select(r.course_id, r.term, r.status).where(r.id == registration_id)
            ).one()
            if row.status == Status.CANCELLED.value:
                return []
            conn.execute(
                update(programme_registrations)
                .where(r.id == registration_id)
                .values(status=Status.CANCELLED.value, wait_seq=None, updated_at=now)
            )
            promoted = self._promote(conn, self._config.programmes.course(row.course_id))
            return [self._load(conn, i) for i in promoted]

    def _promote(self, conn: Connection, course: CourseConfig) -> list[int]:
        """Give the course's free places to the first waiting, in order (the caller holds
        the course's lock). The ids of the registrations promoted, in order.

        Each is marked promoted: whoever promoted it (a kiosk, the purge, a
        counter), the counter's tab lists it for staff to call (``to_call``).
        """
        registered, waiting, _ = self._counts(conn, course)
        free = min(course.capacity - registered, waiting)
        if free <= 0:
            return []
        r = programme_registrations.c
        first = (
            conn.execute(
                select(r.id)
                .where(
                    r.course_id == course.id,
                    r.term == course.term,
                    r.status == Status.WAITING.value,
                )
                .order_by(r.wait_seq)
                .limit(free)
            )
            .scalars()
            .all()
        )
        now = self._clock.now()
        conn.execute(
            update(programme_registrations)
            .where(r.id.in_(first))
            .values(
                status=Status.REGISTERED.value,
                wait_seq=None,
                updated_at=now,
                promoted_at=now,
                promotion_called_at=None,
            )
        )
        return [int(i) for i in first]

    def to_call(self) -> list[Registration]:
        """The registrations of the courses' current terms (disabled courses too) that
        moved from the waiting list to a place and whose resident staff have not marked
        called, in the order they were promoted."""
        courses = self._config.programmes.courses
        if not courses:
            return []
        r = programme_registrations.c
        current = or_(*((r.course_id == c.id) & (r.term == c.term) for c in courses))
        with database_errors(), self._engine.connect() as conn:
            rows = conn.execute(
                select(programme_registrations)
                .where(
                    current,
                    r.status == Status.REGISTERED.value,
                    r.promoted_at.is_not(None),
                    r.promotion_called_at.is_(None),
                )
                .order_by(r.promoted_at, r.id)
            ).all()
        return [self._registration(row, ()) for row in rows]

    def mark_called(self, registration_id: int) -> None:
        """Staff told the resident of ``registration_id`` about their place."""
        r = programme_registrations.c
        with database_errors(), self._engine.begin() as conn:
            conn.execute(
                update(programme_registrations)
                .where(r.id == registration_id, r.promotion_called_at.is_(None))
                .values(promotion_called_at=self._clock.now())
            )

    def promote_waiting(self) -> list[Registration]:
        """Give places added to a course (its capacity raised in the config) to the
        people waiting, in order; the registrations promoted (listed by ``to_call``).
        A disabled course's waiting list moves too: its residents are still waiting."""
        promoted = []
        with database_errors(), self._engine.begin() as conn:
            for course in self._config.programmes.courses:
                r = programme_registrations.c
                mine = (r.course_id == course.id) & (r.term == course.term)
                waiting = select(r.id).where(mine, r.status == Status.WAITING.value).limit(1)
                if conn.execute(waiting).first() is None:
                    continue  # nobody waits: no need to hold the course's lock
                self._take_turn(conn, course)
                promoted += [self._load(conn, i) for i in self._promote(conn, course)]
        return promoted

    # -- housekeeping ------------------------------------------------------------
    def purge(self) -> int:
        """Erase the name and phone number of registrations whose term ended, or that
        were cancelled, more than ``programmes.keep_days`` ago. The rows stay: the
        registration numbers and a course's counts do not change. Returns how many
        registrations lost their personal data. Places added to a course since
        go to the people waiting first (``promote_waiting``)."""
        self.promote_waiting()
        keep = timedelta(days=self._config.programmes.keep_days)
        cutoff = self._clock.now() - keep
        last_day = self.today() - keep
        ends = {(c.id, c.term): c.term_end for c in self._config.programmes.courses}
        r = programme_registrations.c
        erased = {"phone_hash": None, "phone_enc": None, "name_enc": None}
        with database_errors(), self._engine.begin() as conn:
            terms = conn.execute(
                select(r.course_id, r.term).where(r.phone_enc.is_not(None)).distinct()
            ).all()
            over = [
                (r.course_id == course_id) & (r.term == term)
                for course_id, term in terms
                if _term_end(ends, course_id, term) < last_day
            ]
            cancelled = (r.status == Status.CANCELLED.value) & (r.updated_at < cutoff)
            count = conn.execute(
                update(programme_registrations)
                .where(r.phone_enc.is_not(None) & or_(cancelled, *over))
                .values(**erased)
            ).rowcount
        return int(count)


def _term_end(ends: dict[tuple[str, str], date], course_id: str, term: str) -> date:
    """The last day of a course's term, from the config. A term the config no
    longer lists (the next term replaced it) has lost its end date: its first
    day, the key it is stored under, is the one date left to count from."""
    return ends.get((course_id, term)) or date.fromisoformat(term)


# --- the printed slip ------------------------------------------------------------------
