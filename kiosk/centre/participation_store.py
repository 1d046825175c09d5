"""Votes in the centre's database: voter hashes, one vote per resident, the tally.

``kiosk.centre.participation``'s docstring tells how a vote is kept and
what cannot be learnt from it; here it is done. Only the journey's jobs,
on the device worker, import this module: SQLAlchemy loads after the
kiosk's first frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.participation import (
    OptionResult,
    PollResults,
    PollStatus,
    VoteOutcome,
    poll_status,
)
from kiosk.clock import Clock
from kiosk.config import PollConfig
from kiosk.identity import Identity
from kiosk.storage.database import participation_tally, participation_voters

# --- who -------------------------------------------------------------------------------


def voter_hash(key: PersonalDataKey, identity: Identity, poll_id: str) -> str:
    """The resident as ``poll_id``'s voter list knows them: a per-poll HMAC (see the module).

    ``key`` is the centre key (``kiosk.centre.store.open_centre_key``), the
    one file every kiosk of the centre shares: each kiosk then makes the same
    hash of the same resident, and the voters table refuses a second vote
    cast at another kiosk. Votes cast before the voter hash took this key
    (it used each kiosk's own audit key) keep their old hashes: a resident
    who voted then in a poll still open could vote once more.
    """
    return key.digest("participation-vote", f"{poll_id}\0{identity.key}")


# --- votes -------------------------------------------------------------------------------


class _ClosedWhileWriting(Exception):
    """The poll closed while its vote's writes waited: the transaction is rolled back."""


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
    clock: Clock,
    zone: ZoneInfo,
) -> VoteOutcome:
    """Record one vote: the voter and the option's count in one transaction, or neither.

    A second vote of the same voter in the same poll (from this kiosk or
    another, at the same moment or later) is refused by the voters table's
    primary key; the count raised beside it is rolled back with it. The
    poll's closing time is checked again once both rows are written, in
    their transaction: the writes may have waited on another kiosk's lock
    past the closing time, and a vote written after it is rolled back.
    """
    if poll_status(poll, clock.now(), zone) is not PollStatus.OPEN:
        return VoteOutcome.CLOSED
    if option_id not in {option.id for option in poll.options}:
        return VoteOutcome.NO_SUCH_OPTION
    dialect_insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
    tally = participation_tally.c
    try:
        with engine.begin() as conn:
            conn.execute(insert(participation_voters).values(poll_id=poll.id, voter_hash=voter))
            conn.execute(
                dialect_insert(participation_tally)
                .values(poll_id=poll.id, option_id=option_id, votes=1)
                .on_conflict_do_update(
                    index_elements=[tally.poll_id, tally.option_id],
                    set_={"votes": tally.votes + 1},
                )
            )
            if poll_status(poll, clock.now(), zone) is not PollStatus.OPEN:
                raise _ClosedWhileWriting
    except _ClosedWhileWriting:
        return VoteOutcome.CLOSED
    except IntegrityError:
        if has_voted(engine, poll.id, voter):
            return VoteOutcome.ALREADY_VOTED
        raise
    return VoteOutcome.COUNTED


def results(engine: Engine, poll: PollConfig) -> PollResults:
    """Votes per option of ``poll`` (every option, in the poll's order)."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(participation_tally.c.option_id, participation_tally.c.votes).where(
                participation_tally.c.poll_id == poll.id
            )
        ).all()
    counts = {option_id: int(n) for option_id, n in rows}
    return PollResults(
        poll.id, tuple(OptionResult(option.id, counts.get(option.id, 0)) for option in poll.options)
    )


def all_results(engine: Engine, polls: Sequence[PollConfig]) -> dict[str, PollResults]:
    """``results`` of each poll, by poll id (the counter terminal's panel)."""
    return {poll.id: results(engine, poll) for poll in polls}
