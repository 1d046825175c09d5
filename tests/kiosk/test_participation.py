"""Resident participation's core (``kiosk.centre.participation``) and its config.

One vote per resident per poll, enforced by the database under two engines
and many threads at once; a tally that cannot be joined to its voters;
notices and polls by date on a fake clock; config problems named by key path.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, insert, inspect, select

from kiosk.centre import participation as pa
from kiosk.centre import participation_store as vote_store
from kiosk.centre.keys import PersonalDataKey, key_path
from kiosk.certificates.audit import identity_hash, load_or_create_hmac_key
from kiosk.clock import FakeClock
from kiosk.config import ConfigError, KioskConfig, PollConfig, parse_config
from kiosk.config.edit import config_data
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys import flow as f
from kiosk.journeys import participation as jp
from kiosk.storage.database import participation_tally, participation_voters
from tests.support.side_by_side import kiosk_engines, side_by_side

SEOUL = ZoneInfo("Asia/Seoul")
#: Monday 23 November 2026, 09:30 in Seoul (the demo's clock).
NOW = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)
#: A clock stopped at ``NOW``, for the votes.
AT_NOW = FakeClock(NOW)


@pytest.fixture
def poll(config: KioskConfig) -> PollConfig:
    return config.participation.poll("budget-2027")


def _voter(data_dir: Path, resident: str, poll_id: str) -> str:
    key = PersonalDataKey.load_or_create(data_dir)
    return vote_store.voter_hash(key, DEMO_RESIDENTS[resident].identity(), poll_id)


def test_the_demo_config_has_notices_and_polls_open_on_the_demo_day(config: KioskConfig) -> None:
    part = config.participation
    assert part.enabled
    assert [n.id for n in pa.current_notices(part, NOW, SEOUL)] == [
        "general-assembly",
        "budget-vote",
    ]
    assert [p.id for p in pa.open_polls(part, NOW, SEOUL)] == ["budget-2027", "programme-survey"]
    budget = part.poll("budget-2027")
    assert budget.kind == "budget" and all(o.cost_won for o in budget.options)


def test_notices_and_polls_follow_the_clock_in_center_time(config: KioskConfig) -> None:
    part = config.participation
    clock = FakeClock(datetime(2026, 11, 15, 14, 59, tzinfo=UTC))  # 23:59 on the 15th in Seoul
    assert pa.current_notices(part, clock.now(), SEOUL) == []
    clock.advance(60)  # midnight in Seoul: the 16th, though still the 15th in UTC
    assert len(pa.current_notices(part, clock.now(), SEOUL)) == 2
    assert pa.open_polls(part, clock.now(), SEOUL) == []  # polls open at 09:00
    clock.set_wall(datetime(2026, 11, 16, 0, 0, tzinfo=UTC))  # 09:00 in Seoul
    assert len(pa.open_polls(part, clock.now(), SEOUL)) == 2
    # The survey closes at 18:00 on 15 January (not included), the budget vote later.
    clock.set_wall(datetime(2027, 1, 15, 8, 59, 59, tzinfo=UTC))
    assert len(pa.open_polls(part, clock.now(), SEOUL)) == 2
    clock.advance(1)
    assert [p.id for p in pa.open_polls(part, clock.now(), SEOUL)] == ["budget-2027"]
    survey = part.poll("programme-survey")
    assert pa.poll_status(survey, clock.now(), SEOUL) is pa.PollStatus.CLOSED
    # The assembly notice's last day is 13 January; the budget notice runs to the 31st.
    clock.set_wall(datetime(2027, 1, 14, 0, 0, tzinfo=UTC))
    assert [n.id for n in pa.current_notices(part, clock.now(), SEOUL)] == ["budget-vote"]
    assert pa.local_day(clock.now(), SEOUL) == date(2027, 1, 14)


def test_one_vote_per_resident_and_a_tally(
    engine: Engine, poll: PollConfig, tmp_path: Path
) -> None:
    kim = _voter(tmp_path, "demo-kim", poll.id)
    lee = _voter(tmp_path, "demo-lee", poll.id)
    assert not vote_store.has_voted(engine, poll.id, kim)
    assert (
        vote_store.cast_vote(engine, poll, "playground-shade", kim, AT_NOW, SEOUL)
        is pa.VoteOutcome.COUNTED
    )
    assert vote_store.has_voted(engine, poll.id, kim)
    # A second vote, for another option, is refused and changes nothing.
    again = vote_store.cast_vote(engine, poll, "alley-led-lights", kim, AT_NOW, SEOUL)
    assert again is pa.VoteOutcome.ALREADY_VOTED
    assert (
        vote_store.cast_vote(engine, poll, "alley-led-lights", lee, AT_NOW, SEOUL)
        is pa.VoteOutcome.COUNTED
    )
    result = vote_store.results(engine, poll)
    assert [(o.option_id, o.votes) for o in result.options] == [
        ("playground-shade", 1),
        ("senior-massage-chairs", 0),
        ("alley-led-lights", 1),
    ]
    assert result.total == 2 and result.options[0].share(result.total) == 0.5
    # Not open, not an option: refused before anything is written.
    closed = vote_store.cast_vote(
        engine, poll, "yoga", _voter(tmp_path, "demo-nguyen", poll.id), AT_NOW, SEOUL
    )
    assert closed is pa.VoteOutcome.NO_SUCH_OPTION
    late = FakeClock(datetime(2027, 2, 1, tzinfo=UTC))
    assert vote_store.cast_vote(engine, poll, "playground-shade", "x" * 64, late, SEOUL) is (
        pa.VoteOutcome.CLOSED
    )
    assert vote_store.results(engine, poll).total == 2


def test_the_voter_hash_is_per_poll_and_not_the_audit_hash(tmp_path: Path) -> None:
    key = PersonalDataKey.load_or_create(tmp_path)
    identity = DEMO_RESIDENTS["demo-kim"].identity()
    budget = vote_store.voter_hash(key, identity, "budget-2027")
    survey = vote_store.voter_hash(key, identity, "programme-survey")
    assert budget != survey
    assert identity_hash(load_or_create_hmac_key(tmp_path), identity) not in (budget, survey)
    assert budget == vote_store.voter_hash(
        key, DEMO_RESIDENTS["demo-kim"].identity(), "budget-2027"
    )
    assert len(budget) == 64 and identity.document_number not in budget


def test_the_tally_cannot_be_joined_to_its_voters(
    engine: Engine, poll: PollConfig, tmp_path: Path
) -> None:
    voters = [_voter(tmp_path, r, poll.id) for r in ("demo-kim", "demo-lee", "demo-nguyen")]
    chosen = ("playground-shade", "alley-led-lights", "playground-shade")
    for voter, option in zip(voters, chosen, strict=True):
        assert (
            vote_store.cast_vote(engine, poll, option, voter, AT_NOW, SEOUL)
            is pa.VoteOutcome.COUNTED
        )
    columns = {
        table: {c["name"] for c in inspect(engine).get_columns(table)}
        for table in ("participation_voters", "participation_tally")
    }
    # The only column the two tables share is the poll; no time, no voter beside a choice,
    # and no row per ballot: a count per option.
    assert columns["participation_voters"] == {"poll_id", "voter_hash"}
    assert columns["participation_tally"] == {"poll_id", "option_id", "votes"}
    assert "participation_ballots" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        rows = conn.execute(select(participation_tally.c.option_id, participation_tally.c.votes))
        tally = {option: votes for option, votes in rows}
        listed = conn.execute(select(participation_voters.c.voter_hash)).scalars().all()
    assert sorted(listed) == sorted(voters)
    assert tally == {"playground-shade": 2, "alley-led-lights": 1}


def _times_on_disk(engine: Engine, text: str) -> int:
    """How often ``text`` stands in the SQLite file, its write-ahead log written back first."""
    raw = engine.raw_connection()  # outside SQLAlchemy's transaction: a checkpoint needs that
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
    path = Path(str(engine.url.database))
    return path.read_bytes().count(text.encode())


def test_the_database_file_keeps_no_choice_per_vote(
    engine: Engine, poll: PollConfig, tmp_path: Path
) -> None:
    """A ballot row's place in the file followed the order of the votes, as the voter
    list's rows do: reading the file paired each voter with their choice."""
    residents = [f"voter-{n}" for n in range(30)]
    key = PersonalDataKey.load_or_create(tmp_path)
    option = "alley-led-lights"
    seen: list[int] = []
    for n, resident in enumerate(residents):
        voter = key.digest("participation-test", resident)
        vote_store.cast_vote(engine, poll, option, voter, AT_NOW, SEOUL)
        if n in (0, len(residents) - 1):
            seen.append(_times_on_disk(engine, option))
    # The choice is in the file as often after thirty votes as after one.
    first, last = seen
    assert first == last
    counts = {o.option_id: o.votes for o in vote_store.results(engine, poll).options}
    assert counts[option] == 30


def test_one_resident_votes_once_across_two_kiosks(
    db_url: str, config: KioskConfig, poll: PollConfig, tmp_path: Path
) -> None:
    """Two kiosks on one database, each with its own data folder and the copied centre key:
    the resident who voted at the first is told at the second that they have voted."""
    first, second = tmp_path / "kiosk-1", tmp_path / "kiosk-2"
    centre_key = PersonalDataKey.load_or_create(first)
    key_path(second).parent.mkdir(parents=True, mode=0o700)
    key_path(second).write_bytes(centre_key.secret)  # the copy docs/deployment.md asks for
    key_path(second).chmod(0o600)
    clock = FakeClock(NOW)
    with kiosk_engines(db_url) as engines:
        outcomes = []
        for engine, data_dir, option in zip(
            engines, (first, second), ("playground-shade", "alley-led-lights"), strict=True
        ):
            ctx = f.JobContext(engine, None, config, clock, data_dir)  # type: ignore[arg-type]
            checked = jp._check_voter(DEMO_RESIDENTS["demo-kim"].identity(), poll.id, 1, ctx)
            assert isinstance(checked, jp.VoterChecked)
            cast = jp._cast(poll, option, checked.voter, 1, ctx)
            assert isinstance(cast, jp.VoteRecorded)
            outcomes.append((checked.already, cast.outcome))
        assert outcomes == [
            (False, pa.VoteOutcome.COUNTED),
            (True, pa.VoteOutcome.ALREADY_VOTED),
        ]
        assert vote_store.results(engines[1], poll).total == 1


def test_a_vote_that_waited_on_a_lock_past_the_closing_time_is_refused(
    db_url: str, config: KioskConfig, poll: PollConfig, tmp_path: Path
) -> None:
    """The kiosk found the poll open one second before it closed; the vote's write then
    waited on another kiosk's transaction until after closing time: nothing is counted."""
    closes = pa.closes_at(poll, SEOUL)
    clock = FakeClock(closes.astimezone(UTC) - timedelta(seconds=1))
    voter = _voter(tmp_path, "demo-kim", poll.id)
    outcomes: list[Any] = []
    with kiosk_engines(db_url) as (other_kiosk, this_kiosk):
        ctx = f.JobContext(this_kiosk, None, config, clock, tmp_path)  # type: ignore[arg-type]
        assert pa.poll_status(poll, clock.now(), SEOUL) is pa.PollStatus.OPEN
        with other_kiosk.begin() as held:
            # The other kiosk's vote holds the option's count (and, on SQLite, the write lock).
            held.execute(
                insert(participation_tally).values(
                    poll_id=poll.id, option_id="playground-shade", votes=0
                )
            )
            voting = threading.Thread(
                target=lambda: outcomes.append(jp._cast(poll, "playground-shade", voter, 1, ctx))
            )
            voting.start()
            time.sleep(0.5)  # the vote now waits on the lock
            clock.advance(2)  # the poll closes meanwhile
        voting.join(30)
        [recorded] = outcomes
        assert isinstance(recorded, jp.VoteRecorded)
        assert recorded.outcome is pa.VoteOutcome.CLOSED
        assert not vote_store.has_voted(this_kiosk, poll.id, voter)
        assert vote_store.results(this_kiosk, poll).total == 0


def _race(engines: list[Engine], poll: PollConfig, voter: str, attempts: int) -> list[Any]:
    outcomes: list[Any] = []
    barrier = threading.Barrier(attempts)
    lock = threading.Lock()

    def vote(n: int) -> None:
        option = poll.options[n % len(poll.options)].id
        barrier.wait()
        try:
            outcome: Any = vote_store.cast_vote(
                engines[n % len(engines)], poll, option, voter, AT_NOW, SEOUL
            )
        except Exception as exc:  # reported, not swallowed: the test fails on it
            outcome = exc
        with lock:
            outcomes.append(outcome)

    side_by_side(vote, [(n,) for n in range(attempts)], timeout_s=30)
    return outcomes


def _one_vote_in_a_race(url: str, poll: PollConfig, tmp_path: Path) -> None:
    """Eight threads on two engines cast the same resident's vote at once: one counts."""
    with kiosk_engines(url) as engines:
        voter = _voter(tmp_path, "demo-kim", poll.id)
        outcomes = _race(engines, poll, voter, 8)
        assert outcomes.count(pa.VoteOutcome.COUNTED) == 1, outcomes
        assert outcomes.count(pa.VoteOutcome.ALREADY_VOTED) == 7, outcomes
        assert vote_store.results(engines[1], poll).total == 1
        other = _voter(tmp_path, "demo-lee", poll.id)
        assert vote_store.cast_vote(engines[1], poll, "playground-shade", other, AT_NOW, SEOUL) is (
            pa.VoteOutcome.COUNTED
        )
        assert vote_store.results(engines[0], poll).total == 2


def test_one_vote_under_two_engines_and_eight_threads_sqlite(
    sqlite_url: str, poll: PollConfig, tmp_path: Path
) -> None:
    _one_vote_in_a_race(sqlite_url, poll, tmp_path)


@pytest.mark.postgres
def test_one_vote_under_two_engines_and_eight_threads_postgresql(
    pg_url: str, poll: PollConfig, tmp_path: Path
) -> None:
    _one_vote_in_a_race(pg_url, poll, tmp_path)


def _problems(config: KioskConfig, change: Any) -> list[str]:
    data = config_data(config)
    change(data["participation"])
    with pytest.raises(ConfigError) as caught:
        parse_config(data, "test.toml")
    return [str(p) for p in caught.value.problems]


def test_config_problems_name_their_key_path(config: KioskConfig) -> None:
    def budget_without_cost(part: dict[str, Any]) -> None:
        del part["polls"][0]["options"][1]["cost_won"]
        part["polls"][0]["closes"] = "2026-11-01T00:00:00"

    problems = _problems(config, budget_without_cost)
    assert "participation.polls[0].closes: must be after opens" in problems
    assert "participation.polls[0].options[1].cost_won: required in a budget poll" in problems

    def survey_with_cost(part: dict[str, Any]) -> None:
        part["polls"][1]["options"][0]["cost_won"] = 1000
        part["polls"][1]["options"][2]["id"] = "yoga"

    problems = _problems(config, survey_with_cost)
    assert 'participation.polls[1].options[0].cost_won: only for kind = "budget"' in problems
    assert 'participation.polls[1].options[2].id: "yoga" is already used by options[1]' in problems

    def notices(part: dict[str, Any]) -> None:
        part["notices"][1]["id"] = "general-assembly"

    assert _problems(config, notices) == [
        'participation.notices[1].id: "general-assembly" is already used by notices[0]'
    ]

    def backwards(part: dict[str, Any]) -> None:
        part["notices"][0]["shown_until"] = "2026-01-01"

    assert _problems(config, backwards) == [
        "participation.notices[0].shown_until: must not be before shown_from"
    ]


def test_a_config_without_participation_has_it_off() -> None:
    from kiosk.config import loads_toml

    data = loads_toml(
        '[[services]]\nid = "general"\nnames = { ko = "민원" }\nprefix = "A"\n', "x.toml"
    )
    config = parse_config(data, "x.toml")
    assert not config.participation.enabled
    assert config.participation.notices == [] and config.participation.polls == []


def test_a_vote_tells_the_change_feed(engine: Engine, poll: PollConfig, tmp_path: Path) -> None:
    """Counter terminals redraw the results when a vote arrives (SQLite: the change counter)."""
    from kiosk.storage.database import changes

    def count() -> int:
        with engine.connect() as conn:
            return int(conn.execute(select(changes.c.n).where(changes.c.id == 1)).scalar_one())

    before = count()
    voter = _voter(tmp_path, "demo-kim", poll.id)
    vote_store.cast_vote(engine, poll, "playground-shade", voter, AT_NOW, SEOUL)
    assert count() > before
    after = count()
    vote_store.cast_vote(
        engine, poll, "playground-shade", voter, AT_NOW, SEOUL
    )  # refused: rolled back
    assert count() == after
