"""Resident participation (주민자치회): notices, polls, one vote per resident, results.

Notices and polls are config (``[participation]``,
``kiosk.config.schema.participation``): which are current is a matter of
the clock, not of the database. Votes are stored.

How a vote is kept, and what cannot be learnt from it
------------------------------------------------------
A resident identifies with their ID card; the chip's identity becomes a
*voter hash*: an HMAC-SHA256, under the centre key
(``kiosk.centre.keys``, ``keys/centre-personal.key``, which every kiosk of
the centre shares and the database checks), of the poll id and the
identity. Every kiosk thus makes the same hash of one resident, so the
voter list refuses a second vote at another kiosk. It is per poll, so the
same resident gives unrelated hashes in two polls and neither matches the
certificate audit trail (kept under each kiosk's own audit key). Votes
cast before the voter hash took the centre key keep their old hashes.
Nothing else about the resident is stored; the identity is wiped as soon
as the hash is made.

A vote changes two tables in one transaction:

- ``participation_voters`` (poll id, voter hash): its primary key refuses a
  second vote of the same resident in the same poll, on SQLite and
  PostgreSQL alike, however many kiosks vote at once (the second insert
  fails and the whole transaction, count included, is rolled back);
- ``participation_tally`` (poll id, option id, votes): the chosen option's
  count goes up by one.

There is no row per ballot: a row's place in a SQLite file follows the
order rows were written, as the voter list's rows do, so ballot rows (even
under random ids) paired each voter with their choice. The two tables share
no column but the poll id, and no time is kept. The counter terminal shows
an open poll's turnout only, its results once it has closed: a count going
up just after a resident voted would tell staff their choice. What this
does not defend against: someone with the database server's own
bookkeeping (PostgreSQL's transaction ids and old row versions, a SQLite
write-ahead log not yet checkpointed) could pair the two changes of one
transaction; keep database access to the administrators who already hold
the centre key.

This module holds what is config and clock (notices, polls, whether one is
open) and the shapes of an outcome and a tally;
``kiosk.centre.participation_store`` makes voter hashes and keeps the votes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from zoneinfo import ZoneInfo

from kiosk.config import KioskConfig, NoticeConfig, ParticipationConfig, PollConfig


class PollStatus(Enum):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


class VoteOutcome(Enum):
    """What became of a vote."""

    COUNTED = "counted"
    #: This resident has already voted in this poll: nothing was written.
    ALREADY_VOTED = "already_voted"
    #: The poll is not open (any more): nothing was written.
    CLOSED = "closed"
    #: The option is not one of the poll's: nothing was written.
    NO_SUCH_OPTION = "no_such_option"


@dataclass(frozen=True)
class OptionResult:
    option_id: str
    votes: int

    def share(self, total: int) -> float:
        """This option's share of ``total`` votes, 0 to 1."""
        return self.votes / total if total else 0.0


@dataclass(frozen=True)
class PollResults:
    poll_id: str
    #: Every option of the poll, in the poll's order (options without votes too).
    options: tuple[OptionResult, ...]

    @property
    def total(self) -> int:
        return sum(option.votes for option in self.options)


# --- when ------------------------------------------------------------------------------


def _aware(when: datetime, zone: ZoneInfo) -> datetime:
    """A config time without an offset is in the center's time zone."""
    return when if when.tzinfo is not None else when.replace(tzinfo=zone)


def local_day(now: datetime, zone: ZoneInfo) -> date:
    return now.astimezone(zone).date()


def current_notices(
    participation: ParticipationConfig, now: datetime, zone: ZoneInfo
) -> list[NoticeConfig]:
    """The notices shown on ``now``'s day (center time), in the config's order."""
    today = local_day(now, zone)
    return [n for n in participation.notices if n.shown_from <= today <= n.shown_until]


def poll_status(poll: PollConfig, now: datetime, zone: ZoneInfo) -> PollStatus:
    if now < _aware(poll.opens, zone):
        return PollStatus.UPCOMING
    if now < _aware(poll.closes, zone):
        return PollStatus.OPEN
    return PollStatus.CLOSED


def open_polls(
    participation: ParticipationConfig, now: datetime, zone: ZoneInfo
) -> list[PollConfig]:
    """The polls residents can vote in at ``now``, in the config's order."""
    return [p for p in participation.polls if poll_status(p, now, zone) is PollStatus.OPEN]


def opens_at(poll: PollConfig, zone: ZoneInfo) -> datetime:
    """When ``poll`` opens, in center time."""
    return _aware(poll.opens, zone).astimezone(zone)


def closes_at(poll: PollConfig, zone: ZoneInfo) -> datetime:
    """When ``poll`` closes, in center time."""
    return _aware(poll.closes, zone).astimezone(zone)


def center_zone(config: KioskConfig) -> ZoneInfo:
    return ZoneInfo(config.center.timezone)
