"""``[participation]``: resident participation (주민자치회): notices and polls.

Notices (``[[participation.notices]]``) are shown on the kiosk's
participation screen and on the lobby display between two dates. Polls
(``[[participation.polls]]``) are open between two times; residents vote at
the kiosk with their ID card, one vote each per poll, for one option. A
``budget`` poll (주민참여예산) gives each option its cost.

Dates and times without an offset are in ``center.timezone``
(``2026-11-16T09:00:00``); an offset may be written
(``2026-11-16T09:00:00+09:00``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field, model_validator

from kiosk.config.errors import Loc, PathProblems
from kiosk.config.schema.common import ConfigId, ConfigModel, LocalizedName
from kiosk.config.schema.entries import FirstEntries, by_id, repeated_ids
from kiosk.i18n import N_, Text


class LocalizedText(LocalizedName):
    """A text in each supported language; Korean is required, others fall back to it."""

    ko: str = Field(min_length=1, title="Korean")
    """Text shown in Korean."""

    en: str | None = Field(default=None, title="English")
    """Text shown in English."""

    zh: str | None = Field(default=None, title="Chinese")
    """Text shown in Simplified Chinese."""

    vi: str | None = Field(default=None, title="Vietnamese")
    """Text shown in Vietnamese."""


class NoticeConfig(ConfigModel):
    """One notice of the residents' council (총회 안내, 모집 공고...)."""

    id: ConfigId = Field(title="Notice id")
    """Short stable identifier (lowercase letters, digits, - or _)."""

    title: LocalizedText = Field(title="Title")
    """The notice's heading."""

    body: LocalizedText = Field(title="Text")
    """The notice itself, as residents read it in large type."""

    shown_from: date = Field(title="Shown from")
    """First day the notice is shown (a date: 2026-11-16)."""

    shown_until: date = Field(title="Shown until")
    """Last day the notice is shown (inclusive)."""

    @model_validator(mode="after")
    def _dates_in_order(self) -> NoticeConfig:
        if self.shown_until < self.shown_from:
            raise PathProblems([(("shown_until",), N_("config", "must not be before shown_from"))])
        return self


class PollOption(ConfigModel):
    """One answer of a poll (a project of a budget poll)."""

    id: ConfigId = Field(title="Option id")
    """Short stable identifier (lowercase letters, digits, - or _). Votes and the list of who
    voted are kept under it: give each new poll a new id (a poll copied from last term with the
    same id keeps last term's votes, and its voters cannot vote again)."""

    label: LocalizedText = Field(title="Label")
    """The option as residents see it."""

    cost_won: int | None = Field(default=None, ge=0, le=100_000_000_000, title="Cost (won)")
    """What the project costs: required in a budget poll, not set in a survey."""


class PollConfig(ConfigModel):
    """One poll: a question, its options (one choice each), and when it is open."""

    id: ConfigId = Field(title="Poll id")
    """Short stable identifier (lowercase letters, digits, - or _); votes keep it."""

    kind: Literal["survey", "budget"] = Field(default="survey", title="Kind")
    """survey: a question with answers. budget: participatory budgeting (주민참여예산), each option a
    project with its cost."""

    question: LocalizedText = Field(title="Question")
    """What residents are asked."""

    options: list[PollOption] = Field(min_length=2, max_length=8, title="Options")
    """The answers; each resident chooses one."""

    opens: datetime = Field(title="Opens")
    """When voting starts (2026-11-16T09:00:00, center time)."""

    closes: datetime = Field(title="Closes")
    """When voting ends (not included); results stay visible to staff."""

    @model_validator(mode="after")
    def _consistent(self) -> PollConfig:
        problems: list[tuple[Loc, Text]] = []
        if (self.opens.tzinfo is None) != (self.closes.tzinfo is None):
            problems.append(
                (
                    ("closes",),
                    N_("config", "give both opens and closes an offset, or neither"),
                )
            )
        elif self.closes <= self.opens:
            problems.append((("closes",), N_("config", "must be after opens")))
        option_ids = FirstEntries("options")
        for i, option in enumerate(self.options):
            if (used := option_ids.repeated(option.id, i)) is not None:
                problems.append((("options", i, "id"), used))
            if self.kind == "budget" and option.cost_won is None:
                problems.append(
                    (
                        ("options", i, "cost_won"),
                        N_("config", "required in a budget poll"),
                    )
                )
            if self.kind == "survey" and option.cost_won is not None:
                problems.append(
                    (
                        ("options", i, "cost_won"),
                        N_("config", 'only for kind = "budget"'),
                    )
                )
        if problems:
            raise PathProblems(problems)
        return self


class ParticipationConfig(ConfigModel):
    """Resident participation (주민자치회): notices on the kiosk and the lobby display, and
    polls residents vote in at the kiosk with their ID card (one vote per resident)."""

    enabled: bool = Field(default=False, title="Enabled")
    """Offer resident participation on the kiosk's other-services menu."""

    notices: list[NoticeConfig] = Field(default_factory=list, title="Notices")
    """Notices of the residents' council, each shown between two dates."""

    polls: list[PollConfig] = Field(default_factory=list, title="Polls")
    """Surveys and participatory-budget votes, each open between two times."""

    @model_validator(mode="after")
    def _unique_ids(self) -> ParticipationConfig:
        problems = [*repeated_ids(self.notices, "notices"), *repeated_ids(self.polls, "polls")]
        if problems:
            raise PathProblems(problems)
        return self

    def poll(self, poll_id: str) -> PollConfig:
        return by_id(self.polls, poll_id)
