"""``[welfare]``: welfare intake at the kiosk (찾아가는 복지, 복지 상담).

Residents book a consultation, ask for a home visit or report a neighbour
in crisis (위기가구 신고); staff answer from the counter terminal's welfare
inbox. What residents give is kept encrypted (``kiosk.centre.welfare``) and
deleted ``retention_days`` after staff finish the request.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from kiosk.config.errors import ConfigValueError, PathProblems
from kiosk.config.schema.common import ConfigId, ConfigModel, LocalizedName
from kiosk.config.schema.entries import repeated_ids
from kiosk.i18n import N_

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
#: Monday first, as ``date.weekday()`` counts.
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

_HHMM = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


def minutes_of(hhmm: str) -> int:
    """Minutes after midnight of a validated "HH:MM"."""
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


class WelfareTopic(ConfigModel):
    """One topic a resident can ask about (기초생활보장, 긴급복지...)."""

    id: ConfigId = Field(title="Topic id")
    """Stable identifier stored with each request."""

    names: LocalizedName = Field(title="Names")
    """The topic as residents and staff read it."""


class ConsultationHours(ConfigModel):
    """One weekday's consultation window; a day may have several (morning, afternoon)."""

    weekday: Weekday = Field(title="Weekday")
    """mon, tue, wed, thu, fri, sat or sun."""

    start: str = Field(default="10:00", title="Start")
    """First slot starts at this time (HH:MM)."""

    end: str = Field(default="12:00", title="End")
    """The last slot ends by this time (HH:MM, later than the start)."""

    @property
    def id(self) -> str:
        """How lists name this window ("mon 10:00-12:00")."""
        return f"{self.weekday} {self.start}-{self.end}"

    @field_validator("start", "end")
    @classmethod
    def _hhmm(cls, value: str) -> str:
        if not _HHMM.match(value):
            raise ConfigValueError(
                N_("config", 'must be a time as HH:MM, got "{value}"', value=value)
            )
        return value

    @model_validator(mode="after")
    def _ordered(self) -> ConsultationHours:
        if minutes_of(self.end) <= minutes_of(self.start):
            raise PathProblems(
                [(("end",), N_("config", "must be later than start ({start})", start=self.start))]
            )
        return self


def default_topics() -> list[WelfareTopic]:
    def topic(id_: str, ko: str, en: str, zh: str, vi: str) -> WelfareTopic:
        return WelfareTopic(id=id_, names=LocalizedName(ko=ko, en=en, zh=zh, vi=vi))

    return [
        topic("livelihood", "기초생활보장", "Basic livelihood security", "基本生活保障",
              "Bảo đảm sinh hoạt cơ bản"),
        topic("emergency", "긴급복지", "Emergency welfare support", "紧急福利支援",
              "Hỗ trợ phúc lợi khẩn cấp"),
        topic("elderly-disabled", "노인·장애인 복지", "Older people and disability",
              "老人·残疾人福利", "Phúc lợi người cao tuổi và người khuyết tật"),
        topic("childcare", "아동·보육", "Children and childcare", "儿童·保育",
              "Trẻ em và chăm sóc trẻ"),
        topic("housing", "주거", "Housing", "住房", "Nhà ở"),
        topic("other", "기타", "Something else", "其他", "Việc khác"),
    ]  # fmt: skip


def default_hours() -> list[ConsultationHours]:
    return [
        ConsultationHours(weekday=day, start=start, end=end)  # type: ignore[arg-type]
        for day in WEEKDAYS[:5]
        for start, end in (("10:00", "12:00"), ("14:00", "17:00"))
    ]


class WelfareConfig(ConfigModel):
    """Welfare intake: consultation bookings, home visits, crisis reports."""

    enabled: bool = Field(default=False, title="Enabled")
    """Offer welfare consultation, home visits and crisis reports at the kiosk."""

    topics: list[WelfareTopic] = Field(default_factory=default_topics, min_length=1, title="Topics")
    """What a resident can ask about, in the order the kiosk lists them."""

    hours: list[ConsultationHours] = Field(
        default_factory=default_hours, title="Consultation hours"
    )
    """When welfare staff take consultations; slots are cut from these windows."""

    slot_minutes: int = Field(default=30, ge=10, le=240, title="Slot length (minutes)")
    """Length of one consultation slot."""

    days_ahead: int = Field(default=7, ge=1, le=60, title="Days ahead")
    """Slots are offered from tomorrow up to this many days ahead."""

    retention_days: int = Field(default=90, ge=1, le=3650, title="Retention (days)")
    """How long a request, with what the resident gave, is kept once staff have marked it done;
    a consultation is also kept until its slot is this many days past. New and in-progress requests
    are never deleted: they stay in the counter's welfare inbox until staff mark them done. Deleting
    runs at kiosk start and when the inbox refreshes."""

    callback_promise: LocalizedName = Field(
        default_factory=lambda: LocalizedName(
            ko="담당 공무원이 2근무일 안에 전화드립니다.",
            en="A welfare officer will call you within 2 working days.",
            zh="福利负责人将在2个工作日内给您打电话。",
            vi="Cán bộ phúc lợi sẽ gọi cho bạn trong vòng 2 ngày làm việc.",
        ),
        title="Callback promise",
    )
    """When staff will call back, printed on the receipt and shown at the end."""

    phone: str = Field(default="", max_length=20, title="Welfare team phone")
    """The welfare team's number, printed on every receipt (empty: left off)."""

    @model_validator(mode="after")
    def _unique_topics(self) -> WelfareConfig:
        problems = repeated_ids(self.topics, "topics")
        if problems:
            raise PathProblems(problems)
        return self

    def topic(self, topic_id: str) -> WelfareTopic | None:
        return next((t for t in self.topics if t.id == topic_id), None)
