"""Programme registration (자치회관 강좌 신청), a centre service's journey.

The course list (with places left, "waiting list" or "full"), a course's
details and the confirmation, the resident's mobile number on the big
keypad, their name on the Hangul keyboard (optional: staff can note it at
the counter when the fee is paid), then saving, printing the slip and the
closing screen. Saving and printing are ``RunJob`` effects
(``kiosk.centre.programmes`` does the work).

The number and name typed are personal data: they travel in ``SubmitPhone``
and ``SubmitName`` (never shown in a repr), wait in ``Session.personal``
while they are saved, and are gone from it once the registration is stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, ClassVar

from kiosk.centre import phone
from kiosk.centre.programmes import (
    Availability,
    CourseStatus,
    Outcome,
    RegisterResult,
    Registration,
    Status,
    build_slip,
)
from kiosk.config import KioskConfig
from kiosk.i18n import N_, Text
from kiosk.journeys.centre import CentreServiceJourney, CentreState, retention_job
from kiosk.journeys.flow import Effect, Event, Handlers, JobContext, Report, RunJob, Step

if TYPE_CHECKING:
    from kiosk.centre.programmes_store import Programmes

SERVICE_ID = "programmes"
#: Where the typed number waits in ``Session.personal`` while it is saved.
PHONE_KEY = "programmes.phone"
NAME_KEY = "programmes.name"
#: The longest name the keyboard takes: room for a Korean name and for most
#: names in Latin letters ("NGUYEN VAN AN").
NAME_LENGTH = 20

PROGRAMMES_UNAVAILABLE = N_(
    "programmes", "Course registration is temporarily unavailable. Please ask at the counter."
)
DUPLICATE = N_(
    "programmes",
    "This mobile number is already registered for this course. "
    "Please ask at the counter if you are not sure.",
)
TAKEN = N_(
    "programmes",
    "Sorry, the last place in that course was just taken. Please choose again.",
)
CLOSED = N_("programmes", "Registration for that course is not open today.")
WITHDRAWN = N_(
    "programmes",
    "That course is no longer offered at the kiosk. Please ask at the counter.",
)
NOT_OPEN = N_("programmes", "This course cannot be chosen now.")
NOT_PRINTED = N_(
    "programmes",
    "Your registration is saved, but the slip could not be printed. "
    "Please note your registration number and ask at the counter for a slip.",
)


class ProgrammesState(Enum):
    LOADING = "programmes_loading"  # the course list is being read
    LIST = "programmes_list"
    COURSE = "programmes_course"  # one course: details, register
    PHONE = "programmes_phone"  # the mobile number on the keypad
    NAME = "programmes_name"  # the name on the Hangul keyboard (optional)
    SAVING = "programmes_saving"
    PRINTING = "programmes_printing"
    DONE = "programmes_done"


@dataclass
class ProgrammesContext:
    """The programme screens' state (``Context.part``); nothing personal."""

    courses: tuple[CourseStatus, ...] = ()
    course_id: str = ""
    message: Text | None = None
    registration: Registration | None = None
    printed: bool = True

    def course(self) -> CourseStatus | None:
        return next((c for c in self.courses if c.course.id == self.course_id), None)


# --- events ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChooseCourse(Event):
    course_id: str


class ConfirmCourse(Event):
    """Register for (or join the waiting list of) the course on screen."""


@dataclass(frozen=True, repr=False)
class SubmitPhone(Event):
    """The mobile number the resident typed (personal data: never in a repr)."""

    phone: str

    def __repr__(self) -> str:
        return "SubmitPhone(...)"


@dataclass(frozen=True, repr=False)
class SubmitName(Event):
    """The name the resident typed, "" when they skipped it (personal data)."""

    name: str

    def __repr__(self) -> str:
        return "SubmitName(...)"


@dataclass(frozen=True)
class CoursesLoaded(Report):
    courses: tuple[CourseStatus, ...]


class CoursesFailed(Report):
    pass


@dataclass(frozen=True)
class RegistrationSaved(Report):
    result: RegisterResult


class RegistrationFailed(Report):
    pass


@dataclass(frozen=True)
class SlipPrinted(Report):
    ok: bool


# --- the jobs (on the device worker) -------------------------------------------------


def _programmes(ctx: JobContext) -> Programmes:
    # Imported here, on the device worker: the storage layer (SQLAlchemy, the
    # key's cryptography) need not load before the kiosk's first frame.
    from kiosk.centre.programmes_store import Programmes
    from kiosk.centre.store import open_centre_key

    return Programmes(ctx.engine, ctx.config, ctx.clock, open_centre_key(ctx.engine, ctx.data_dir))


def purge_job() -> RunJob:
    """Erase registrants' names and numbers past ``programmes.keep_days``."""
    return retention_job(SERVICE_ID, lambda ctx: _programmes(ctx).purge())


def _load_courses(ctx: JobContext) -> Event:
    return CoursesLoaded(tuple(_programmes(ctx).courses()))


class ProgrammesJourney(CentreServiceJourney):
    service_id: ClassVar[str] = SERVICE_ID
    title: ClassVar[Text] = N_("programmes", "Course registration")
    summary: ClassVar[Text] = N_("programmes", "Culture, sports and education courses")
    unavailable: ClassVar[Text] = PROGRAMMES_UNAVAILABLE
    steps: ClassVar[Mapping[Enum, Step]] = {
        ProgrammesState.LOADING: Step.WAITING,
        ProgrammesState.LIST: Step.ASKING,
        ProgrammesState.COURSE: Step.ASKING,
        ProgrammesState.PHONE: Step.ASKING,
        ProgrammesState.NAME: Step.ASKING,
        ProgrammesState.SAVING: Step.WAITING,
        ProgrammesState.PRINTING: Step.WAITING,
        ProgrammesState.DONE: Step.DONE,
    }
    printing: ClassVar[Enum | None] = ProgrammesState.PRINTING
    screen_state = ProgrammesContext

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        return config.programmes.enabled and bool(config.programmes.enabled_courses)

    @property
    def context(self) -> ProgrammesContext:
        return self.flow.context.part(SERVICE_ID, ProgrammesContext)

    def handlers(self) -> Handlers:
        return {
            ChooseCourse: self._on_choose,
            ConfirmCourse: self._on_confirm,
            SubmitPhone: self._on_phone,
            SubmitName: self._on_name,
            CoursesLoaded: self._on_loaded,
            CoursesFailed: self._on_failed,
            RegistrationSaved: self._on_saved,
            RegistrationFailed: self._on_failed,
            SlipPrinted: self._on_printed,
        }

    def open(self) -> list[Effect]:
        self._advance(ProgrammesState.LOADING)
        return [self._load()]

    def _load(self) -> RunJob:
        return RunJob("programmes.courses", _load_courses, failed=CoursesFailed())

    def _unwind(self) -> None:
        """Forget the steps after the menu: the list is next (after a refusal)."""
        stack = self.flow.back_stack
        while stack and stack[-1] is not CentreState.MENU:
            stack.pop()

    # -- handlers ------------------------------------------------------------
    def _on_loaded(self, event: CoursesLoaded) -> list[Effect]:
        if not self._at(ProgrammesState.LOADING):
            return []
        # The store reads every course, for the counter; the kiosk lists the enabled
        # ones as the config is now (a technician may have turned one off or on
        # since the list's buttons were built).
        self.context.courses = tuple(
            c for c in event.courses if c.availability is not Availability.DISABLED
        )
        self.flow.go(ProgrammesState.LIST, push=False)
        return []

    def _on_failed(self, event: CoursesFailed | RegistrationFailed) -> list[Effect]:
        if not self._at(ProgrammesState.LOADING, ProgrammesState.SAVING):
            return []
        self._forget()
        self.flow.show_unavailable(PROGRAMMES_UNAVAILABLE)
        return []

    def _forget(self) -> None:
        """The typed number and name are not needed any more."""
        for key in (PHONE_KEY, NAME_KEY):
            self.flow.session.personal.pop(key, None)

    def _on_choose(self, event: ChooseCourse) -> list[Effect]:
        if not self._at(ProgrammesState.LIST):
            return []
        ctx = self.context
        chosen = next((c for c in ctx.courses if c.course.id == event.course_id), None)
        if chosen is None or not chosen.can_apply:
            return self._say(NOT_OPEN)
        if not self._offered(chosen.course.id):
            return self._back_to_list(WITHDRAWN)
        ctx.course_id = chosen.course.id
        return self._advance(ProgrammesState.COURSE)

    def _on_confirm(self, event: ConfirmCourse) -> list[Effect]:
        course = self.context.course()
        if not self._at(ProgrammesState.COURSE) or course is None:
            return []
        if not self._offered(course.course.id):
            return self._back_to_list(WITHDRAWN)
        return self._advance(ProgrammesState.PHONE)

    def _offered(self, course_id: str) -> bool:
        """Whether the kiosk offers the course now: a technician may have turned it
        off (or taken it out) since the list was read."""
        courses = self.flow.config.programmes.courses
        return any(course.id == course_id and course.enabled for course in courses)

    def _back_to_list(self, message: Text) -> list[Effect]:
        """The course list again, read anew, saying ``message`` (why the course is not
        to be had)."""
        self.context.message = message
        self._unwind()
        self.flow.go(ProgrammesState.LOADING, push=False)
        return [self._load()]

    def _on_phone(self, event: SubmitPhone) -> list[Effect]:
        if not self._at(ProgrammesState.PHONE):
            return []
        digits = event.phone
        problem = phone.mobile_problem(digits)
        if problem is not None:
            return self._say(problem)
        if self.flow.offline:
            self.flow.show_unavailable(PROGRAMMES_UNAVAILABLE)
            return []
        self.flow.session.personal[PHONE_KEY] = digits
        return self._advance(ProgrammesState.NAME)

    def _on_name(self, event: SubmitName) -> list[Effect]:
        if not self._at(ProgrammesState.NAME):
            return []
        personal = self.flow.session.personal
        digits = personal.get(PHONE_KEY)
        if not isinstance(digits, str):
            self.flow.go(ProgrammesState.PHONE, push=False)
            return []
        name = " ".join(event.name.split())[:NAME_LENGTH] or None
        personal[NAME_KEY] = name
        course_id = self.context.course_id
        # Not pushed: a refusal comes back to the number, Back from there to the course.
        self.flow.go(ProgrammesState.SAVING, push=False)

        def register(ctx: JobContext) -> Event:
            return RegistrationSaved(_programmes(ctx).register(course_id, digits, name))

        return [RunJob("programmes.register", register, failed=RegistrationFailed())]

    def _on_saved(self, event: RegistrationSaved) -> list[Effect]:
        if not self._at(ProgrammesState.SAVING):
            return []
        # Stored (or refused): the typed number and name are not needed any more.
        self._forget()
        result = event.result
        ctx = self.context
        if result.outcome is Outcome.DUPLICATE:
            ctx.message = DUPLICATE
            self._return_to(ProgrammesState.PHONE)  # Back from it: the course
            return []
        if result.registration is None:  # full, or closed meanwhile: the list again
            if result.outcome is Outcome.FULL:
                return self._back_to_list(TAKEN)
            offered = self._offered(ctx.course_id)
            return self._back_to_list(CLOSED if offered else WITHDRAWN)
        ctx.registration = result.registration
        self.flow.go(ProgrammesState.PRINTING, push=False)
        registration = result.registration
        language = self.flow.session.language

        def print_slip(job: JobContext) -> Event:
            slip = build_slip(job.config, registration, language, job.translate)
            return SlipPrinted(job.printer.print_document(slip).ok)

        return [RunJob("programmes.print_slip", print_slip, failed=SlipPrinted(ok=False))]

    def _on_printed(self, event: SlipPrinted) -> list[Effect]:
        if not self._at(ProgrammesState.PRINTING):
            return []
        self.context.printed = event.ok
        self.context.message = None if event.ok else NOT_PRINTED
        self.flow.go(ProgrammesState.DONE, push=False)
        return []

    # -- the accessibility audit's screens -----------------------------------------
    def sample(self, state: Enum) -> None:
        config = self.flow.config
        courses = config.programmes.enabled_courses
        counts = [(12, 0), (15, 2), (12, 3), (8, 0)]
        statuses = []
        for i, course in enumerate(courses):
            registered, waiting = counts[i % len(counts)]
            registered = min(registered, course.capacity)
            waiting = min(waiting, course.waiting_list) if registered >= course.capacity else 0
            if registered < course.capacity:
                availability = Availability.OPEN
            elif waiting < course.waiting_list:
                availability = Availability.WAITING_LIST
            else:
                availability = Availability.FULL
            statuses.append(CourseStatus(course, registered, waiting, availability))
        ctx = self.context
        ctx.courses = tuple(statuses)
        if statuses:
            ctx.course_id = statuses[0].course.id
            ctx.registration = Registration(
                id=13,
                course_id=statuses[0].course.id,
                term=statuses[0].course.term,
                registration_no=f"{statuses[0].course.registration_prefix}-013",
                status=Status.REGISTERED,
                waiting_position=None,
                phone_masked="010-****-5678",
                created_at=self.flow.clock.now(),
            )
