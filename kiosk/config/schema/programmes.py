"""``[programmes]``: 자치회관 강좌 (culture, sports and education courses) residents register for.

A centre service (``kiosk.journeys.centre``): ``enabled`` turns it on, and
each ``[[programmes.courses]]`` table is one course of one term. Dates are
the centre's local dates (``center.timezone``). ``keep_days`` is how long
registrants' names and phone numbers outlive their term or cancelling.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from kiosk.config.errors import Loc, PathProblems
from kiosk.config.schema.common import ConfigId, ConfigModel, LocalizedName
from kiosk.config.schema.entries import FirstEntries, by_id, repeated_ids
from kiosk.i18n import N_, Text

CourseCategory = Literal["culture", "sports", "education"]


class CourseConfig(ConfigModel):
    id: ConfigId = Field(title="Course id")
    """Short stable identifier (lowercase letters, digits, - or _); registrations are stored under
    it."""

    names: LocalizedName = Field(title="Names")
    """The course as residents see it."""

    category: CourseCategory = Field(title="Category")
    """culture (문화), sports (체육) or education (교육)."""

    schedule: LocalizedName = Field(title="Schedule")
    """When it meets, as residents read it (e.g. "매주 화·목 10:00–11:30")."""

    term_start: date = Field(title="Term start")
    """First day of the term."""

    term_end: date = Field(title="Term end")
    """Last day of the term."""

    capacity: int = Field(ge=1, le=500, title="Places")
    """How many residents the course takes."""

    waiting_list: int = Field(default=0, ge=0, le=500, title="Waiting list size")
    """How many more may join the waiting list once the places are taken (0: no waiting list)."""

    fee_won: int = Field(default=0, ge=0, le=1_000_000, title="Fee (won)")
    """The term's fee, paid at the counter (0: free)."""

    registration_opens: date = Field(title="Registration opens")
    """First day residents can register."""

    registration_closes: date = Field(title="Registration closes")
    """Last day residents can register (at the latest term_end; after term_start, late registrants
    are told to pay before their first class)."""

    enabled: bool = Field(default=True, title="Enabled")
    """A disabled course takes no new registrations and the kiosk does not list it. The counter
    still lists it, to manage its registrations and waiting list (a cancel still gives the place
    to the first waiting)."""

    number_prefix: str = Field(
        default="", pattern=r"^[A-Z0-9]{0,8}$", title="Registration number prefix"
    )
    """Printed before each registration's number, e.g. YGAM in YGAM-001 (capital letters and
    digits). Empty: the first four letters of the id in capitals. Each course needs its own."""

    @property
    def registration_prefix(self) -> str:
        """What this course's registration numbers begin with (``YOGA`` in ``YOGA-001``)."""
        return self.number_prefix or self.id[:4].upper()

    @property
    def term(self) -> str:
        """The key registrations of this term are stored under (its first day)."""
        return self.term_start.isoformat()

    @model_validator(mode="after")
    def _dates_in_order(self) -> CourseConfig:
        problems: list[tuple[Loc, Text]] = []
        if self.term_end < self.term_start:
            problems.append((("term_end",), N_("config", "must not be before term_start")))
        if self.registration_closes < self.registration_opens:
            problems.append(
                (("registration_closes",), N_("config", "must not be before registration_opens"))
            )
        elif self.registration_closes > self.term_end:
            # A resident registering after the last class would pay for a term already over.
            problems.append((("registration_closes",), N_("config", "must not be after term_end")))
        if self.registration_opens > self.term_end:
            problems.append((("registration_opens",), N_("config", "must not be after term_end")))
        if problems:
            raise PathProblems(problems)
        return self


class ProgrammesConfig(ConfigModel):
    enabled: bool = Field(default=False, title="Enabled")
    """Residents can register for the centre's courses at the kiosk."""

    courses: list[CourseConfig] = Field(default_factory=list, title="Courses")
    """The courses of the current terms, in the order the kiosk lists them."""

    keep_days: int = Field(default=30, ge=1, le=365, title="Keep personal data (days)")
    """Names and phone numbers of registrations are erased this many days after the term ends or the
    registration is cancelled (a term no longer in the config: after its first day)."""

    @model_validator(mode="after")
    def _unique_ids(self) -> ProgrammesConfig:
        problems = repeated_ids(self.courses, "courses", shown_as="programmes.courses")
        # Staff call registrations by number: two courses must never give the same one.
        prefixes = FirstEntries("programmes.courses")
        for i, course in enumerate(self.courses):
            prefix = course.registration_prefix
            if (other := prefixes.earlier(prefix, i)) is not None:
                problems.append(
                    (
                        ("courses", i, "number_prefix"),
                        N_(
                            "config",
                            "numbers registrations {prefix}-001 like {other}: give one of "
                            "them another number_prefix",
                            prefix=prefix,
                            other=other,
                        ),
                    )
                )
        if problems:
            raise PathProblems(problems)
        return self

    @property
    def enabled_courses(self) -> list[CourseConfig]:
        return [c for c in self.courses if c.enabled]

    def course(self, course_id: str) -> CourseConfig:
        return by_id(self.courses, course_id)
