"""Programme registration (자치회관 강좌): places, the waiting list, the printed slip.

Residents register for a course of the current term with their mobile
number; the fee is paid at the counter. When the places are taken they may
join the course's waiting list (``waiting_list`` long); when staff cancel a
registration, the first on the waiting list takes the place.

Storage (``programme_counters``, ``programme_registrations``): every
registration first takes its course's counter row (an UPDATE: the row lock
on PostgreSQL, the write lock of ``BEGIN IMMEDIATE`` on SQLite), then counts
and inserts in the same transaction, so two kiosks registering at once never
oversubscribe a course and one phone never registers twice.

Personal data: the name and phone number are stored encrypted with the
centre key (``kiosk.centre.keys``) and the phone also as a keyed hash; they
are never logged, and the printed slip shows the phone masked
(010-****-5678) and no name, since slips get left behind in the lobby.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import Clock
from kiosk.config import CourseConfig, KioskConfig
from kiosk.i18n import N_, Text, Translate
from kiosk.printing.document import Align, Block, Cut, Document, Feed, KeyValue, Rule, TextLine
from kiosk.queue.store import database_errors
from kiosk.storage.database import programme_counters, programme_registrations

_PHONE_RE = re.compile(r"010\d{8}")
_PHONE_PURPOSE = "programmes.phone"

CATEGORY_NAMES: dict[str, Text] = {
    "culture": N_("programmes", "Culture"),
    "sports": N_("programmes", "Sports"),
    "education": N_("programmes", "Education"),
}


class Status(Enum):
    REGISTERED = "registered"
    WAITING = "waiting"
    CANCELLED = "cancelled"


class Availability(Enum):
    """What the course list says about a course."""

    OPEN = "open"  # places left
    WAITING_LIST = "waiting_list"  # places taken, the waiting list is not
    FULL = "full"
    NOT_YET = "not_yet"  # registration has not opened
    CLOSED = "closed"  # registration has closed


class Outcome(Enum):
    REGISTERED = "registered"
    WAITING = "waiting"
    FULL = "full"
    DUPLICATE = "duplicate"  # this phone is already registered or waiting
    CLOSED = "closed"  # registration is not open today


def normalize_phone(typed: str) -> str | None:
    """The digits of a Korean mobile number (010 and eight digits), or None."""
    digits = re.sub(r"[\s-]", "", typed)
    return digits if _PHONE_RE.fullmatch(digits) else None


def format_phone(digits: str) -> str:
    """010-1234-5678 (as much as is typed)."""
    parts = [digits[:3], digits[3:7], digits[7:11]]
    return "-".join(p for p in parts if p)


def mask_phone(digits: str) -> str:
    """010-****-5678: enough for the resident and staff to recognise it."""
    return f"{digits[:3]}-****-{digits[-4:]}" if len(digits) >= 8 else "***"


def won_text(amount: int) -> Text:
    if amount == 0:
        return N_("programmes", "Free")
    return N_("programmes", "{amount} won", amount=f"{amount:,}")


@dataclass(frozen=True)
class CourseStatus:
    """One course as the list shows it."""

    course: CourseConfig
    registered: int
    waiting: int
    availability: Availability

    @property
    def places_left(self) -> int:
        return max(0, self.course.capacity - self.registered)

    @property
    def waiting_left(self) -> int:
        return max(0, self.course.waiting_list - self.waiting)

    @property
    def can_apply(self) -> bool:
        return self.availability in (Availability.OPEN, Availability.WAITING_LIST)


@dataclass(frozen=True)
class Registration:
    """A registration as the slip and the counter see it (the phone masked)."""

    id: int
    course_id: str
    term: str
    registration_no: str
    status: Status
    #: Place on the waiting list (1 = next), for a waiting registration.
    waiting_position: int | None
    phone_masked: str
    created_at: datetime


@dataclass(frozen=True)
class RegisterResult:
    outcome: Outcome
    registration: Registration | None = None


@dataclass(frozen=True, repr=False)
class Revealed:
    """One registration's personal data, shown to staff on purpose."""

    phone: str
    name: str | None

    def __repr__(self) -> str:
        return "Revealed(...)"


class Programmes:
    """The courses, their places and registrations (one instance per engine and key)."""

    def __init__(
        self, engine: Engine, config: KioskConfig, clock: Clock, key: PersonalDataKey
    ) -> None:
        self._engine = engine
        self._config = config
        self._clock = clock
        self._key = key
        self._zone = ZoneInfo(config.center.timezone)

    def today(self) -> date:
        return self._clock.now().astimezone(self._zone).date()

    def _availability(self, course: CourseConfig, registered: int, waiting: int) -> Availability:
        today = self.today()
        if today < course.registration_opens:
            return Availability.NOT_YET
        if today > course.registration_closes:
            return Availability.CLOSED
        if registered < course.capacity:
            return Availability.OPEN
        if waiting < course.waiting_list:
            return Availability.WAITING_LIST
        return Availability.FULL

    # -- reading --------------------------------------------------------------
    def courses(self) -> list[CourseStatus]:
        """The enabled courses, in config order, with their counts."""
        courses = self._config.programmes.enabled_courses
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
        return Revealed(format_phone(self._key.decrypt(row.phone_enc)), name)

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
            phone_masked=mask_phone(self._key.decrypt(row.phone_enc)),
            created_at=row.created_at,
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

        ``phone`` must be valid (``normalize_phone``). The outcome says what
        happened; FULL, DUPLICATE and CLOSED store nothing.
        """
        digits = normalize_phone(phone)
        if digits is None:
            raise ValueError("not a Korean mobile number")
        course = self._config.programmes.course(course_id)
        today = self.today()
        if not (course.registration_opens <= today <= course.registration_closes):
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
            registered, waiting, last_seq = self._counts(conn, course)
            if registered < course.capacity:
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
                    registration_no=f"{course.id[:4].upper()}-{number:03d}",
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

    def cancel(self, registration_id: int) -> Registration | None:
        """Cancel a registration (staff). A freed place goes to the first waiting,
        whose registration is returned (None: nobody was promoted)."""
        r = programme_registrations.c
        now = self._clock.now()
        with database_errors(), self._engine.begin() as conn:
            row = conn.execute(
                select(r.course_id, r.term, r.status).where(r.id == registration_id)
            ).one()
            if row.status == Status.CANCELLED.value:
                return None
            course = self._config.programmes.course(row.course_id)
            self._take_turn(conn, course)
            conn.execute(
                update(programme_registrations)
                .where(r.id == registration_id)
                .values(status=Status.CANCELLED.value, wait_seq=None, updated_at=now)
            )
            if row.status != Status.REGISTERED.value:
                return None
            first = conn.execute(
                select(r.id)
                .where(
                    r.course_id == row.course_id,
                    r.term == row.term,
                    r.status == Status.WAITING.value,
                )
                .order_by(r.wait_seq)
                .limit(1)
            ).scalar()
            if first is None:
                return None
            conn.execute(
                update(programme_registrations)
                .where(r.id == first)
                .values(status=Status.REGISTERED.value, wait_seq=None, updated_at=now)
            )
            return self._load(conn, int(first))


# --- the printed slip ------------------------------------------------------------------


def term_text(course: CourseConfig) -> str:
    return f"{course.term_start.isoformat()} – {course.term_end.isoformat()}"


def build_slip(
    config: KioskConfig, registration: Registration, language: str, translate: Translate
) -> Document:
    """The slip the resident takes home: course, schedule, number, status, fee.

    No name, and the phone masked: a slip left in the lobby tells nobody who registered.
    """
    course = config.programmes.course(registration.course_id)
    zone = ZoneInfo(config.center.timezone)

    def tr(text: Text) -> str:
        return text.render(translate)

    waiting = registration.status is Status.WAITING
    status = (
        tr(N_("programmes", "Waiting list no. {position}", position=registration.waiting_position))
        if waiting
        else tr(N_("programmes", "Registered"))
    )
    blocks: list[Block] = [
        TextLine(config.center.name.get(language), bold=True, align=Align.CENTER),
        Rule(),
        TextLine(tr(N_("programmes", "Course registration")), bold=True, align=Align.CENTER),
        TextLine(course.names.get(language), scale=2, bold=True, align=Align.CENTER),
        TextLine(registration.registration_no, scale=2, bold=True, align=Align.CENTER),
        TextLine(status, bold=True, align=Align.CENTER),
        Rule(),
        KeyValue(
            (
                (tr(N_("programmes", "Schedule")), course.schedule.get(language)),
                (tr(N_("programmes", "Term")), term_text(course)),
                (tr(N_("programmes", "Fee")), tr(won_text(course.fee_won))),
                (tr(N_("programmes", "Mobile phone")), registration.phone_masked),
                (
                    tr(N_("programmes", "Registered on")),
                    registration.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                ),
            )
        ),
        Feed(1),
    ]
    for line in slip_notes(course, registration):
        blocks.append(TextLine(tr(line)))
    blocks += [Feed(1), Cut()]
    return Document("programme_slip", tuple(blocks))


def slip_notes(course: CourseConfig, registration: Registration) -> list[Text]:
    """What the resident does next (on the slip and the done screen)."""
    notes: list[Text] = []
    if registration.status is Status.WAITING:
        notes.append(
            N_(
                "programmes",
                "You are on the waiting list. If a place becomes free, the centre will "
                "call you at this number.",
            )
        )
    elif course.fee_won:
        notes.append(
            N_(
                "programmes",
                "Please pay the fee of {fee} at the centre's counter by {date}, with this slip.",
                fee=won_text(course.fee_won),
                date=(course.term_start - timedelta(days=1)).isoformat(),
            )
        )
    else:
        notes.append(
            N_(
                "programmes",
                "This course is free. Please come to the first class on {date}.",
                date=course.term_start.isoformat(),
            )
        )
    notes.append(N_("programmes", "To cancel, please ask at the counter."))
    return notes
