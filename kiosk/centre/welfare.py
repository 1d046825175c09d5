"""Welfare intake (찾아가는 복지, 복지 상담): requests, slots, encryption, purge, the receipt.

A resident asks for one of three things at the kiosk:

- a **consultation**: a topic and a slot cut from the configured
  consultation hours over the next days; a slot is booked once, whichever
  kiosk books it (a unique constraint on ``slot_start``);
- a **home visit**: a topic, their mobile number and the time of day that
  suits them;
- a **crisis report** (위기가구 신고) about a neighbour: the situation,
  where (통/반, or "I'd rather tell staff") and, only if they wish, their
  number. Anonymous reports are accepted.

What the resident gave (phone, 통/반, topic, situation, time of day) is
stored only encrypted with the centre key (``kiosk.centre.keys``: Fernet,
AES-128-CBC with HMAC-SHA256), the one file every centre service uses. The
counter terminal decrypts with the same file: **several kiosks and counters
sharing one database must all use a copy of it**, or staff cannot read what
the other kiosks stored. A request stays while it is new or in progress;
once staff mark it done it is deleted ``welfare.retention_days`` later, and
not before its slot, if it has one, is that long past (``welfare_store.purge``:
at kiosk start and from the counter's inbox).

Nothing here logs what a resident gave; the printed receipt carries the
reference, what was asked for, the slot, when staff will call and the
welfare team's number, and the phone only masked.

This module holds what a request, a slot and the receipt are;
``kiosk.centre.welfare_store`` encrypts requests and keeps them in the
database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.config import KioskConfig
from kiosk.config.schema.welfare import WEEKDAYS, minutes_of
from kiosk.i18n import N_, Text, Translate, day_text
from kiosk.printing.document import Align, Block, Cut, Document, KeyValue, Rule, TextLine

REFERENCE_PREFIX = "복지"


class RequestKind(Enum):
    CONSULTATION = "consultation"
    HOME_VISIT = "home_visit"
    CRISIS = "crisis"


class Status(Enum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"


KIND_NAMES: dict[RequestKind, Text] = {
    RequestKind.CONSULTATION: N_("welfare", "Book a welfare consultation"),
    RequestKind.HOME_VISIT: N_("welfare", "Ask for a home visit"),
    RequestKind.CRISIS: N_("welfare", "Report a neighbour in crisis"),
}

STATUS_NAMES: dict[Status, Text] = {
    Status.NEW: N_("welfare", "New"),
    Status.IN_PROGRESS: N_("welfare", "In progress"),
    Status.DONE: N_("welfare", "Done"),
}

#: What a crisis report says about the neighbour, in the order the kiosk lists it.
SITUATIONS: dict[str, Text] = {
    "skipped_meals": N_("welfare", "Skipping meals"),
    "unpaid_bills": N_("welfare", "Behind on utility bills"),
    "isolation": N_("welfare", "Isolated, rarely goes out"),
    "poor_health": N_("welfare", "Health getting worse"),
    "other": N_("welfare", "Something else"),
}

#: When a home visit suits the resident.
TIMES_OF_DAY: dict[str, Text] = {
    "morning": N_("welfare", "Morning (9 to 12)"),
    "afternoon": N_("welfare", "Afternoon (1 to 6)"),
    "any": N_("welfare", "Any time"),
}


def reference_of(day: date, seq: int) -> str:
    return f"{REFERENCE_PREFIX}-{day:%Y%m%d}-{seq:04d}"


# --- slots --------------------------------------------------------------------------------


def centre_zone(config: KioskConfig) -> ZoneInfo:
    return ZoneInfo(config.center.timezone)


def candidate_slots(config: KioskConfig, now: datetime) -> list[datetime]:
    """Every slot from tomorrow to ``days_ahead`` days ahead, in UTC, in order."""
    welfare = config.welfare
    zone = centre_zone(config)
    today = now.astimezone(zone).date()
    length = welfare.slot_minutes
    slots: list[datetime] = []
    for offset in range(1, welfare.days_ahead + 1):
        day = today + timedelta(days=offset)
        weekday = WEEKDAYS[day.weekday()]
        for hours in welfare.hours:
            if hours.weekday != weekday:
                continue
            start, end = minutes_of(hours.start), minutes_of(hours.end)
            minute = start
            while minute + length <= end:
                local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=zone)
                slots.append(local.astimezone(UTC))
                minute += length
    return sorted(set(slots))


def local_time(config: KioskConfig, value: datetime) -> datetime:
    return value.astimezone(centre_zone(config))


# --- requests -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WelfareRequest:
    """What a resident asks for. ``details`` is personal and only ever stored encrypted."""

    kind: RequestKind
    slot_start: datetime | None = None
    details: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class SavedRequest:
    id: int
    reference: str
    kind: RequestKind
    slot_start: datetime | None
    created_at: datetime


class SlotTakenError(Exception):
    """Another kiosk booked the slot a moment ago."""


@dataclass(frozen=True)
class InboxRow:
    """A request as staff see it in the counter's inbox (details decrypted)."""

    id: int
    reference: str
    kind: RequestKind
    status: Status
    slot_start: datetime | None
    created_at: datetime
    details: dict[str, str] = field(repr=False)


@dataclass(frozen=True)
class InboxCounts:
    """How many requests the database holds: new ones, and all (the inbox's summary line)."""

    new: int
    total: int


# --- what is shown and printed --------------------------------------------------------------


def topic_name(config: KioskConfig, topic_id: str, language: str) -> str:
    topic = config.welfare.topic(topic_id)
    return topic.names.get(language) if topic else topic_id


def describe(
    config: KioskConfig, details: dict[str, Any], translate: Translate, language: str
) -> str:
    """What was asked about: the topic, or the crisis situation."""
    if details.get("situation") in SITUATIONS:
        return SITUATIONS[details["situation"]].render(translate)
    if details.get("topic"):
        return topic_name(config, str(details["topic"]), language)
    return ""


def build_receipt(
    config: KioskConfig,
    saved: SavedRequest,
    *,
    what: str,
    masked_phone: str,
    language: str,
    translate: Translate,
) -> Document:
    """The receipt: reference, what was asked, the slot, the callback and the team's number.

    ``what`` is the topic or situation as the resident chose it; nothing
    personal is printed but ``masked_phone``.
    """

    def t(text: Text) -> str:
        return text.render(translate)

    rows: list[tuple[str, str]] = [
        (t(N_("welfare", "Reference")), saved.reference),
        (t(N_("welfare", "Request")), t(KIND_NAMES[saved.kind])),
    ]
    if what:
        rows.append((t(N_("welfare", "About")), what))
    if saved.slot_start is not None:
        slot = local_time(config, saved.slot_start)
        rows.append(
            (
                t(N_("welfare", "Consultation")),
                f"{t(day_text(slot.date(), year=True))} {slot:%H:%M}",
            )
        )
    if masked_phone:
        rows.append((t(N_("welfare", "Phone")), masked_phone))
    rows.append(
        (
            t(N_("welfare", "Received")),
            local_time(config, saved.created_at).strftime("%Y-%m-%d %H:%M"),
        )
    )
    if saved.kind is RequestKind.CONSULTATION:
        follow = t(N_("welfare", "Please come to the welfare desk at this time."))
    elif masked_phone:
        follow = config.welfare.callback_promise.get(language)
    else:
        follow = t(
            N_(
                "welfare",
                "Thank you. Welfare staff will check on the household without naming you.",
            )
        )
    blocks: list[Block] = [
        TextLine(config.center.name.get(language), bold=True, align=Align.CENTER),
        TextLine(t(N_("welfare", "Welfare request")), scale=2, bold=True, align=Align.CENTER),
        Rule(),
        KeyValue(tuple(rows), bold_values=True),
        Rule(),
        TextLine(follow),
    ]
    if config.welfare.phone:
        blocks.append(
            TextLine(t(N_("welfare", "Welfare team: {phone}", phone=config.welfare.phone)))
        )
    blocks += [
        TextLine(t(N_("welfare", "Please keep this receipt.")), align=Align.CENTER),
        Cut(),
    ]
    return Document("welfare_receipt", tuple(blocks))
