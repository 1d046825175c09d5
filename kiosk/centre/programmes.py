"""Programme registration (자치회관 강좌): places, the waiting list, the printed slip.

Residents register for a course of the current term with their mobile
number; the fee is paid at the counter. When the places are taken they may
join the course's waiting list (``waiting_list`` long); when staff cancel a
registration, the first on the waiting list takes the place. A place added
by raising a course's capacity goes to the waiting list too, at the next
registration, cancel or purge. However it happened, the registration is
marked promoted and the counter's tab lists it until staff mark the
resident called: they were not at a kiosk to see it. A course disabled in
the config (``enabled = false``) takes no new registrations and the kiosk
does not list it; the counter still does, and its cancels still promote.

Storage (``programme_counters``, ``programme_registrations``): every
registration first takes its course's counter row (an UPDATE: the row lock
on PostgreSQL, the write lock of ``BEGIN IMMEDIATE`` on SQLite), then counts
and inserts in the same transaction, so two kiosks registering at once never
oversubscribe a course and one phone never registers twice.

Personal data: the name and phone number are stored encrypted with the
centre key (``kiosk.centre.keys``) and the phone also as a keyed hash; they
are never logged, and the printed slip shows the phone masked
(010-****-5678) and no name, since slips get left behind in the lobby. They
are erased ``programmes.keep_days`` after the term ended or the registration
was cancelled (``purge``: at kiosk start, every hour, and when the counter's
tab starts); the registration
itself stays, so numbers and counts do not change.

This module holds what a course's state, a registration and the slip are;
``kiosk.centre.programmes_store`` keeps registrations in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import Enum
from zoneinfo import ZoneInfo

from kiosk.config import CourseConfig, KioskConfig
from kiosk.i18n import N_, Text, Translate, day_text, grouped
from kiosk.printing.document import Align, Block, Cut, Document, Feed, KeyValue, Rule, TextLine

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
    #: The course is disabled in the config: no new registrations (the kiosk does
    #: not list it; the counter does, to manage its registrations and waiting list).
    DISABLED = "disabled"


class Outcome(Enum):
    REGISTERED = "registered"
    WAITING = "waiting"
    FULL = "full"
    DUPLICATE = "duplicate"  # this phone is already registered or waiting
    CLOSED = "closed"  # registration is not open today, or the course is disabled


def won_text(amount: int, language: str) -> Text:
    if amount == 0:
        return N_("programmes", "Free")
    return N_("programmes", "{amount} won", amount=grouped(amount, language))


def after_promotion(course: CourseConfig, registered: int, waiting: int) -> tuple[int, int]:
    """Registered and waiting once the people waiting have the places free for them.

    A place the config added (a capacity raised) goes to the waiting list in
    order before anyone new; until the next registration or the counter's
    start gives it, the counts are shown as they will then be.
    """
    promoted = max(0, min(waiting, course.capacity - registered))
    return registered + promoted, waiting - promoted


@dataclass(frozen=True)
class CourseStatus:
    """One course as the list shows it."""

    course: CourseConfig
    registered: int
    waiting: int
    availability: Availability

    @property
    def places_left(self) -> int:
        registered, _ = after_promotion(self.course, self.registered, self.waiting)
        return max(0, self.course.capacity - registered)

    @property
    def waiting_left(self) -> int:
        _, waiting = after_promotion(self.course, self.registered, self.waiting)
        return max(0, self.course.waiting_list - waiting)

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
    #: Empty once the personal data was erased (``Programmes.purge``).
    phone_masked: str
    created_at: datetime
    #: Moved from the waiting list to a place, and staff have not yet marked the
    #: resident called (``Programmes.to_call``): they still think they are waiting.
    to_call: bool = False


@dataclass(frozen=True)
class RegisterResult:
    outcome: Outcome
    registration: Registration | None = None


@dataclass(frozen=True, repr=False)
class Revealed:
    """One registration's personal data, shown to staff on purpose."""

    #: Empty once erased (``programmes.keep_days``), like ``Registration.phone_masked``.
    phone: str
    name: str | None

    def __repr__(self) -> str:
        return "Revealed(...)"


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
                (tr(N_("programmes", "Fee")), tr(won_text(course.fee_won, language))),
                (tr(N_("programmes", "Mobile phone")), registration.phone_masked),
                (
                    tr(N_("programmes", "Registered on")),
                    registration.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                ),
            )
        ),
        Feed(1),
    ]
    for line in slip_notes(course, registration, language, zone=zone):
        blocks.append(TextLine(tr(line)))
    blocks += [Feed(1), Cut()]
    return Document("programme_slip", tuple(blocks))


def slip_notes(
    course: CourseConfig,
    registration: Registration,
    language: str,
    *,
    year: bool = True,
    zone: tzinfo = UTC,
) -> list[Text]:
    """What the resident does next (on the slip and the done screen).

    Days are written with their weekday; the slip, which the resident keeps,
    with the year too. ``zone`` is the centre's (``center.timezone``): the
    day the resident registered is read in it. A course may take
    registrations after its term has started; the notes then name no day
    (the day before the term, or its first class, is already past).
    """
    notes: list[Text] = []
    started = registration.created_at.astimezone(zone).date() >= course.term_start
    if registration.status is Status.WAITING:
        notes.append(
            N_(
                "programmes",
                "You are on the waiting list. If a place becomes free, the centre will "
                "call you at this number.",
            )
        )
    elif course.fee_won and started:
        notes.append(
            N_(
                "programmes",
                "The term has started. Please pay the fee of {fee} at the centre's counter "
                "before your first class, with this slip.",
                fee=won_text(course.fee_won, language),
            )
        )
    elif course.fee_won:
        notes.append(
            N_(
                "programmes",
                "Please pay the fee of {fee} at the centre's counter by {date}, with this slip.",
                fee=won_text(course.fee_won, language),
                date=day_text(course.term_start - timedelta(days=1), year=year),
            )
        )
    elif started:
        notes.append(
            N_(
                "programmes",
                "This course is free. The term has started: please come to the next class.",
            )
        )
    else:
        notes.append(
            N_(
                "programmes",
                "This course is free. Please come to the first class on {date}.",
                date=day_text(course.term_start, year=year),
            )
        )
    notes.append(N_("programmes", "To cancel, please ask at the counter."))
    return notes
