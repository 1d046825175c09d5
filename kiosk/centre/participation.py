"""Resident participation (주민자치회): notices, polls, one vote per resident, results.

Notices and polls are config (``[participation]``,
``kiosk.config.schema.participation``): which are current is a matter of
the clock, not of the database. Votes are stored.

How a vote is kept, and what cannot be learnt from it
------------------------------------------------------
A resident identifies with their ID card; the chip's identity becomes a
*voter hash*: an HMAC-SHA256, under the kiosk's audit key
(``kiosk.certificates.audit``, ``keys/audit-hmac.key``), of the poll id and
the identity's audit hash. It is per poll, so the same resident gives
unrelated hashes in two polls and neither matches the certificate audit
trail. Nothing else about the resident is stored; the identity is wiped as
soon as the hash is made.

A vote writes two rows in one transaction:

- ``participation_voters`` (poll id, voter hash): its primary key refuses a
  second vote of the same resident in the same poll, on SQLite and
  PostgreSQL alike, however many kiosks vote at once (the second insert
  fails and the whole transaction, ballot included, is rolled back);
- ``participation_ballots`` (random id, poll id, option id): the choice.

The two tables share no column but the poll id: no voter hash next to a
choice, no time on either row, and the ballot's id is random (on SQLite it
is the row id itself), so neither a join nor the order of the rows tells
who chose what. The tally is a count of ballots per option. What this does
not defend against: someone with the database server's own bookkeeping
(PostgreSQL's transaction ids and row positions, a SQLite write-ahead log
not yet checkpointed) could pair the two rows of one transaction; keep
database access to the administrators who already hold the audit key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from kiosk.certificates.audit import identity_hash
from kiosk.config import KioskConfig, NoticeConfig, ParticipationConfig, PollConfig
from kiosk.identity import Identity
from kiosk.storage.database import participation_ballots, participation_voters

#: Ballot ids are drawn below this (63 bits: PostgreSQL's BIGINT, SQLite's row id).
_BALLOT_ID_LIMIT = 2**63 - 1


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


# --- who -------------------------------------------------------------------------------


def voter_hash(key: bytes, identity: Identity, poll_id: str) -> str:
    """The resident as ``poll_id``'s voter list knows them: a per-poll HMAC (see the module)."""
    message = b"participation-vote\0" + poll_id.encode("utf-8") + b"\0"
    message += identity_hash(key, identity).encode("ascii")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


# --- votes -------------------------------------------------------------------------------


def has_voted(engine: Engine, poll_id: str, voter: str) -> bool:
    with engine.connect() as conn:
        row = conn.execute(
            select(participation_voters.c.poll_id).where(
                participation_voters.c.poll_id == poll_id,
                participation_voters.c.voter_hash == voter,
            )
        ).first()
    return row is not None


def cast_vote(
    engine: Engine,
    poll: PollConfig,
    option_id: str,
    voter: str,
    now: datetime,
    zone: ZoneInfo,
) -> VoteOutcome:
    """Record one vote: the voter and the ballot in one transaction, or neither.

    A second vote of the same voter in the same poll (from this kiosk or
    another, at the same moment or later) is refused by the voters table's
    primary key; the ballot written beside it is rolled back with it.
    """
    if poll_status(poll, now, zone) is not PollStatus.OPEN:
        return VoteOutcome.CLOSED
    if option_id not in {option.id for option in poll.options}:
        return VoteOutcome.NO_SUCH_OPTION
    try:
        with engine.begin() as conn:
            conn.execute(insert(participation_voters).values(poll_id=poll.id, voter_hash=voter))
            conn.execute(
                insert(participation_ballots).values(
                    id=1 + secrets.randbelow(_BALLOT_ID_LIMIT),
                    poll_id=poll.id,
                    option_id=option_id,
                )
            )
    except IntegrityError:
        # The voter is on the list already (a random ballot id colliding
        # is a chance of one in billions; it too would leave nothing written).
        if has_voted(engine, poll.id, voter):
            return VoteOutcome.ALREADY_VOTED
        raise
    return VoteOutcome.COUNTED


def results(engine: Engine, poll: PollConfig) -> PollResults:
    """Votes per option of ``poll`` (every option, in the poll's order)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(participation_ballots.c.option_id, func.count())
            .where(participation_ballots.c.poll_id == poll.id)
            .group_by(participation_ballots.c.option_id)
        ).all()
    counts = {option_id: int(n) for option_id, n in rows}
    return PollResults(
        poll.id, tuple(OptionResult(option.id, counts.get(option.id, 0)) for option in poll.options)
    )


def all_results(engine: Engine, polls: Sequence[PollConfig]) -> dict[str, PollResults]:
    """``results`` of each poll, by poll id (the counter terminal's panel)."""
    return {poll.id: results(engine, poll) for poll in polls}
