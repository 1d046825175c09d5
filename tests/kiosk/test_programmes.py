"""Programme registration's core (``kiosk.centre.programmes``): places, waiting list, slip, key."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.programmes import (
    Availability,
    Outcome,
    Registration,
    Revealed,
    Status,
    build_slip,
    slip_notes,
)
from kiosk.centre.programmes_store import Programmes
from kiosk.clock import FakeClock
from kiosk.config import ConfigError, KioskConfig
from kiosk.config.load import loads_toml, parse_config
from kiosk.i18n import identity_translate
from kiosk.storage.database import programme_registrations
from tests.support.databases import stored
from tests.support.side_by_side import kiosk_engines, side_by_side

PHONES = [f"010{n:08d}" for n in range(12345678, 12345678 + 40)]
DAY = 24 * 3600


def small(config: KioskConfig, capacity: int = 2, waiting: int = 1) -> KioskConfig:
    course = config.programmes.course("yoga")
    course.capacity = capacity
    course.waiting_list = waiting
    return config


@pytest.fixture
def key(tmp_path: Path) -> PersonalDataKey:
    return PersonalDataKey.load_or_create(tmp_path / "data")


@pytest.fixture
def programmes(
    engine: Engine, config: KioskConfig, clock: FakeClock, key: PersonalDataKey
) -> Programmes:
    return Programmes(engine, small(config), clock, key)


def test_places_then_waiting_list_then_full(programmes: Programmes) -> None:
    [yoga] = [c for c in programmes.courses() if c.course.id == "yoga"]
    assert yoga.availability is Availability.OPEN and yoga.places_left == 2
    first = programmes.register("yoga", PHONES[0])
    assert first.outcome is Outcome.REGISTERED and first.registration is not None
    assert first.registration.registration_no == "YOGA-001"
    assert first.registration.phone_masked == "010-****-5678"
    assert programmes.register("yoga", PHONES[1]).outcome is Outcome.REGISTERED
    waiting = programmes.register("yoga", PHONES[2])
    assert waiting.outcome is Outcome.WAITING and waiting.registration is not None
    assert waiting.registration.waiting_position == 1
    assert programmes.register("yoga", PHONES[3]).outcome is Outcome.FULL
    [yoga] = [c for c in programmes.courses() if c.course.id == "yoga"]
    assert (yoga.registered, yoga.waiting, yoga.availability) == (2, 1, Availability.FULL)


def test_one_phone_registers_once_per_course(programmes: Programmes) -> None:
    assert programmes.register("yoga", PHONES[0]).outcome is Outcome.REGISTERED
    assert programmes.register("yoga", PHONES[0]).outcome is Outcome.DUPLICATE
    # Another course is another matter.
    assert programmes.register("singing", PHONES[0]).outcome is Outcome.REGISTERED


def test_cancel_promotes_the_first_waiting(programmes: Programmes) -> None:
    regs = [programmes.register("yoga", p).registration for p in PHONES[:3]]
    first, _, waiting = regs
    assert first is not None and waiting is not None
    [promoted] = programmes.cancel(first.id)
    assert promoted.id == waiting.id
    assert promoted.status is Status.REGISTERED and promoted.to_call
    listed = programmes.registrations("yoga")
    assert [r.status for r in listed] == [Status.REGISTERED, Status.REGISTERED, Status.CANCELLED]
    # Cancelled: the phone may register again (onto the waiting list now).
    again = programmes.register("yoga", PHONES[0])
    assert again.outcome is Outcome.WAITING
    assert programmes.cancel(first.id) == []  # already cancelled


def test_a_course_with_its_own_prefix_numbers_its_registrations_with_it(
    engine: Engine, config: KioskConfig, clock: FakeClock, key: PersonalDataKey
) -> None:
    config.programmes.courses[0].number_prefix = "YGAM"
    programmes = Programmes(engine, config, clock, key)
    registered = programmes.register(config.programmes.courses[0].id, PHONES[0]).registration
    assert registered is not None and registered.registration_no == "YGAM-001"


def test_registration_dates(engine: Engine, config: KioskConfig, key: PersonalDataKey) -> None:
    before = FakeClock(datetime(2026, 11, 1, 0, 30, tzinfo=UTC))
    after = FakeClock(datetime(2026, 12, 1, 0, 30, tzinfo=UTC))
    for clock, expected in ((before, Availability.NOT_YET), (after, Availability.CLOSED)):
        p = Programmes(engine, config, clock, key)
        assert {c.course.id: c.availability for c in p.courses()}["yoga"] is expected
        assert p.register("yoga", PHONES[0]).outcome is Outcome.CLOSED


def test_personal_data_is_encrypted_at_rest(
    programmes: Programmes, sqlite_url: str, engine: Engine
) -> None:
    reg = programmes.register("yoga", PHONES[0], name="김민원").registration
    assert reg is not None
    revealed = programmes.reveal(reg.id)
    assert revealed.phone == "010-1234-5678" and revealed.name == "김민원"
    assert "010" not in repr(revealed)
    engine.dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for secret in ("01012345678", "5678", "김민원"):
        assert secret.encode() not in raw


def _stored(engine: Engine, registration_id: int) -> tuple[str | None, ...]:
    columns = ("phone_hash", "phone_enc", "name_enc")
    return stored(engine, programme_registrations, registration_id, *columns)


def _days_until(clock: FakeClock, day: date) -> float:
    """Seconds from the clock's now to the same time of day on ``day``."""
    return (day - clock.now().date()).days * DAY


def test_cancelled_registrations_are_erased_after_keep_days(
    programmes: Programmes, engine: Engine, clock: FakeClock
) -> None:
    kept = programmes.register("yoga", PHONES[0], name="김민원").registration
    gone = programmes.register("yoga", PHONES[1], name="이주민").registration
    late = programmes.register("yoga", PHONES[2]).registration
    assert kept is not None and gone is not None and late is not None
    programmes.cancel(gone.id)
    clock.advance(20 * DAY)
    programmes.cancel(late.id)
    assert programmes.purge() == 0
    clock.advance(11 * DAY)  # 31 days after the first cancel, 11 after the second
    assert programmes.purge() == 1
    assert _stored(engine, gone.id) == (None, None, None)
    assert None not in _stored(engine, kept.id)
    assert None not in _stored(engine, late.id)[:2]
    assert programmes.reveal(late.id).phone == "010-1234-5680"
    # The registration itself stays: its number, status and the course's counts.
    listed = {reg.id: reg for reg in programmes.registrations("yoga")}
    assert listed[gone.id].registration_no == "YOGA-002" and listed[gone.id].phone_masked == ""
    [yoga] = [c for c in programmes.courses() if c.course.id == "yoga"]
    assert yoga.registered == 1


def test_registrations_are_erased_after_keep_days_past_their_term(
    programmes: Programmes, engine: Engine, clock: FakeClock
) -> None:
    yoga = programmes.register("yoga", PHONES[0], name="김민원").registration  # ends 02-25
    singing = programmes.register("singing", PHONES[1]).registration  # ends 02-26
    assert yoga is not None and singing is not None
    clock.advance(_days_until(clock, date(2027, 3, 27)))  # 30 days after yoga's term
    assert programmes.purge() == 0
    clock.advance(DAY)
    assert programmes.purge() == 1
    assert _stored(engine, yoga.id) == (None, None, None)
    assert programmes.reveal(yoga.id) == Revealed("", None)
    assert None not in _stored(engine, singing.id)[:2]
    [course] = [c for c in programmes.courses() if c.course.id == "yoga"]
    assert course.registered == 1
    clock.advance(DAY)
    assert programmes.purge() == 1
    assert _stored(engine, singing.id) == (None, None, None)


def test_a_term_gone_from_the_config_counts_from_its_first_day(
    programmes: Programmes, engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    reg = programmes.register("yoga", PHONES[0], name="김민원").registration
    assert reg is not None
    # The next term's courses replace this one's: its last day is not known any more.
    config.programmes.courses = [c for c in config.programmes.courses if c.id != "yoga"]
    clock.advance(_days_until(clock, date(2026, 12, 31)))  # 30 days after it began
    assert programmes.purge() == 0
    clock.advance(DAY)
    assert programmes.purge() == 1
    assert _stored(engine, reg.id) == (None, None, None)


def test_the_key_file_is_private_and_reused(tmp_path: Path) -> None:
    a = PersonalDataKey.load_or_create(tmp_path)
    b = PersonalDataKey.load_or_create(tmp_path)
    assert a.decrypt(b.encrypt("x")) == "x"
    assert a.digest("p", "v") == b.digest("p", "v")
    [file] = (tmp_path / "keys").iterdir()
    assert file.stat().st_mode & 0o077 == 0


def test_two_kiosks_at_once_never_oversubscribe(
    db_url: str, config: KioskConfig, clock: FakeClock, key: PersonalDataKey
) -> None:
    # SQLite serialises on BEGIN IMMEDIATE, PostgreSQL on the course's counter row.
    config = small(config, capacity=5, waiting=3)
    results: list[Outcome] = []
    lock = threading.Lock()

    def kiosk(engine: Engine, phones: list[str]) -> None:
        p = Programmes(engine, config, clock, key)
        for phone in phones:
            outcome = p.register("yoga", phone).outcome
            with lock:
                results.append(outcome)

    with kiosk_engines(db_url) as engines:
        side_by_side(kiosk, [(engines[i], PHONES[i * 10 : i * 10 + 10]) for i in range(2)])
    assert results.count(Outcome.REGISTERED) == 5
    assert results.count(Outcome.WAITING) == 3
    assert results.count(Outcome.FULL) == 12


def test_the_slip(programmes: Programmes, config: KioskConfig) -> None:
    reg = programmes.register("yoga", PHONES[0], name="김민원").registration
    assert reg is not None
    text = build_slip(config, reg, "ko", identity_translate).plain_text()
    assert "아침 요가" in text and "YOGA-001" in text and "Registered" in text
    assert "매주 화·목 10:00–11:30" in text
    assert "010-****-5678" in text and "01012345678" not in text and "김민원" not in text
    assert "30,000 won" in text and "counter" in text
    # Vietnamese groups thousands with dots: its comma is the decimal mark.
    vietnamese = build_slip(config, reg, "vi", identity_translate).plain_text()
    assert "30.000 won" in vietnamese and "30,000" not in vietnamese


COURSE = """
services = [{ id = "a", names = { ko = "가" }, prefix = "A" }]
[programmes]
enabled = true
[[programmes.courses]]
id = "yoga"
names = { ko = "요가" }
schedule = { ko = "화 10:00" }
term_start = 2027-01-01
capacity = 10
registration_opens = 2026-11-01
registration_closes = 2026-11-30
"""


@pytest.mark.parametrize(
    ("extra", "path"),
    [
        ('category = "dance"\nterm_end = 2027-02-01', "programmes.courses[0].category"),
        ('category = "sports"\nterm_end = 2026-12-01', "programmes.courses[0].term_end"),
    ],
)
def test_config_errors_name_the_key(extra: str, path: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(loads_toml(COURSE + extra, "test"))
    assert path in str(caught.value)


def test_registration_may_not_close_after_the_term_ends() -> None:
    late = COURSE.replace("registration_closes = 2026-11-30", "registration_closes = 2027-03-01")
    with pytest.raises(ConfigError) as caught:
        parse_config(loads_toml(late + 'category = "sports"\nterm_end = 2027-02-01', "test"))
    assert "programmes.courses[0].registration_closes" in str(caught.value)
    assert "must not be after term_end" in str(caught.value)


SEOUL = ZoneInfo("Asia/Seoul")


def _register_singing(
    engine: Engine, config: KioskConfig, key: PersonalDataKey, local: datetime, phone: str
) -> Registration:
    """The shipped config's singing class (term from Fri 2026-12-04, registration until
    2027-01-15), registered at ``local`` time in Seoul."""
    programmes = Programmes(engine, config, FakeClock(local.astimezone(UTC)), key)
    result = programmes.register("singing", phone)
    assert result.outcome is Outcome.REGISTERED and result.registration is not None
    return result.registration


def _slip(config: KioskConfig, registration: Registration) -> str:
    return build_slip(config, registration, "en", identity_translate).plain_text()


def _done_screen_notes(config: KioskConfig, registration: Registration) -> list[str]:
    course = config.programmes.course(registration.course_id)
    notes = slip_notes(course, registration, "en", year=False, zone=SEOUL)
    return [note.render(identity_translate) for note in notes]


def test_a_late_registrant_is_not_told_to_pay_by_a_day_already_past(
    engine: Engine, config: KioskConfig, key: PersonalDataKey
) -> None:
    late = _register_singing(
        engine, config, key, datetime(2026, 12, 10, 10, 0, tzinfo=SEOUL), PHONES[0]
    )
    started = (
        "The term has started. Please pay the fee of 25,000 won at the centre's counter "
        "before your first class, with this slip."
    )
    slip = _slip(config, late)
    assert started in slip and "2026/12/3" not in slip
    assert _done_screen_notes(config, late)[0] == started
    # On the first day of the term, early in the morning (still the day before in UTC).
    first_day = _register_singing(
        engine, config, key, datetime(2026, 12, 4, 8, 30, tzinfo=SEOUL), PHONES[1]
    )
    assert started in _slip(config, first_day)
    # The day before the term, paying by that day is still possible.
    day_before = _register_singing(
        engine, config, key, datetime(2026, 12, 3, 8, 30, tzinfo=SEOUL), PHONES[2]
    )
    assert "at the centre's counter by 2026/12/3 (Thu), with this slip." in _slip(
        config, day_before
    )
    assert "by 12/3 (Thu)" in _done_screen_notes(config, day_before)[0]


def test_a_late_registrant_of_a_free_course_is_sent_to_the_next_class(
    engine: Engine, config: KioskConfig, key: PersonalDataKey
) -> None:
    config.programmes.course("singing").fee_won = 0
    late = _register_singing(
        engine, config, key, datetime(2026, 12, 10, 10, 0, tzinfo=SEOUL), PHONES[0]
    )
    started = "This course is free. The term has started: please come to the next class."
    slip = _slip(config, late)
    assert started in slip and "first class on" not in slip
    assert _done_screen_notes(config, late)[0] == started
    early = _register_singing(
        engine, config, key, datetime(2026, 11, 23, 9, 30, tzinfo=SEOUL), PHONES[1]
    )
    assert "Please come to the first class on 2026/12/4 (Fri)." in _slip(config, early)


@pytest.mark.postgres
def test_two_counters_cancelling_one_registration_promote_one_waiter(
    pg_url: str, config: KioskConfig, clock: FakeClock, key: PersonalDataKey
) -> None:
    """Both counters press Cancel on the same registration at the same moment: the
    place it frees goes to one waiting resident, not two (the course stays at capacity)."""
    config = small(config, capacity=2, waiting=3)
    both_there = threading.Barrier(2, timeout=10)

    class Counter(Programmes):
        """Holds each cancel at the course lock until the other counter's cancel reaches it."""

        def _take_turn(self, conn: Any, course: Any) -> int:
            both_there.wait()
            return super()._take_turn(conn, course)

    with kiosk_engines(pg_url) as engines:
        desk = Programmes(engines[0], config, clock, key)
        regs = [desk.register("yoga", phone).registration for phone in PHONES[:4]]
        assert all(reg is not None for reg in regs)
        cancelled = regs[0]
        assert cancelled is not None
        promoted: list[int | None] = []

        def cancel(engine: Engine) -> None:
            regs = Counter(engine, config, clock, key).cancel(cancelled.id)
            promoted.append(regs[0].id if regs else None)

        side_by_side(cancel, [(engines[0],), (engines[1],)], timeout_s=30)
        listed = desk.registrations("yoga")
    first_waiting = regs[2]
    assert first_waiting is not None
    assert sorted(promoted, key=str) == [first_waiting.id, None]
    by_status = {
        status: [reg.registration_no for reg in listed if reg.status is status] for status in Status
    }
    assert by_status[Status.REGISTERED] == ["YOGA-002", "YOGA-003"]
    assert by_status[Status.WAITING] == ["YOGA-004"]
    assert by_status[Status.CANCELLED] == ["YOGA-001"]


def test_a_place_added_in_the_config_goes_to_the_first_waiting_not_a_newcomer(
    programmes: Programmes, config: KioskConfig
) -> None:
    regs = [programmes.register("yoga", phone).registration for phone in PHONES[:4]]
    assert [reg.status for reg in regs if reg is not None] == [
        Status.REGISTERED,
        Status.REGISTERED,
        Status.WAITING,
    ]
    assert programmes.register("yoga", PHONES[3]).outcome is Outcome.FULL
    config.programmes.course("yoga").capacity = 3  # the technician adds a place
    [yoga] = [c for c in programmes.courses() if c.course.id == "yoga"]
    assert yoga.places_left == 0 and yoga.availability is Availability.WAITING_LIST
    newcomer = programmes.register("yoga", PHONES[4])
    assert newcomer.outcome is Outcome.WAITING and newcomer.registration is not None
    assert newcomer.registration.waiting_position == 1
    by_status = {
        status: [
            reg.registration_no for reg in programmes.registrations("yoga") if reg.status is status
        ]
        for status in Status
    }
    assert by_status[Status.REGISTERED] == ["YOGA-001", "YOGA-002", "YOGA-003"]
    assert by_status[Status.WAITING] == ["YOGA-004"]


def test_places_added_in_the_config_are_given_in_waiting_order_by_the_purge(
    programmes: Programmes, config: KioskConfig
) -> None:
    config.programmes.course("yoga").waiting_list = 3
    for phone in PHONES[:5]:
        programmes.register("yoga", phone)
    config.programmes.course("yoga").capacity = 4
    programmes.purge()  # at kiosk start and every hour
    listed = programmes.registrations("yoga")
    assert [(reg.registration_no, reg.status, reg.waiting_position) for reg in listed] == [
        ("YOGA-001", Status.REGISTERED, None),
        ("YOGA-002", Status.REGISTERED, None),
        ("YOGA-003", Status.REGISTERED, None),
        ("YOGA-004", Status.REGISTERED, None),
        ("YOGA-005", Status.WAITING, 1),
    ]
    assert programmes.promote_waiting() == []  # nothing more to give
    # Nobody promoted was at a kiosk to see it: staff must call them.
    assert [reg.registration_no for reg in programmes.to_call()] == ["YOGA-003", "YOGA-004"]


def _to_call(programmes: Programmes) -> list[str]:
    return [reg.registration_no for reg in programmes.to_call()]


def test_places_a_newcomer_s_registration_gives_out_are_listed_to_call(
    programmes: Programmes, config: KioskConfig
) -> None:
    """The capacity is raised; the next resident to register at a kiosk gives the new
    place to the first waiting. That resident was not at the kiosk: staff must call them."""
    for phone in PHONES[:3]:
        programmes.register("yoga", phone)
    assert _to_call(programmes) == []
    config.programmes.course("yoga").capacity = 3
    config.programmes.course("yoga").waiting_list = 2
    assert programmes.register("yoga", PHONES[3]).outcome is Outcome.WAITING
    assert _to_call(programmes) == ["YOGA-003"]
    [promoted] = programmes.to_call()
    programmes.mark_called(promoted.id)
    assert _to_call(programmes) == []
    assert [reg.to_call for reg in programmes.registrations("yoga")] == [False] * 4


def test_one_cancel_that_promotes_two_returns_and_lists_both(
    programmes: Programmes, config: KioskConfig
) -> None:
    config.programmes.course("yoga").waiting_list = 3
    regs = [programmes.register("yoga", phone).registration for phone in PHONES[:5]]
    first = regs[0]
    assert first is not None
    config.programmes.course("yoga").capacity = 3  # one place added, not yet given out
    promoted = programmes.cancel(first.id)
    assert [reg.registration_no for reg in promoted] == ["YOGA-003", "YOGA-004"]
    assert _to_call(programmes) == ["YOGA-003", "YOGA-004"]


def test_a_promoted_registration_cancelled_before_the_call_is_not_listed(
    programmes: Programmes,
) -> None:
    regs = [programmes.register("yoga", phone).registration for phone in PHONES[:3]]
    first = regs[0]
    assert first is not None
    [promoted] = programmes.cancel(first.id)
    programmes.cancel(promoted.id)
    assert _to_call(programmes) == []


@pytest.mark.usefixtures("machine_in_seoul")
def test_the_slip_says_when_the_resident_registered_in_the_centres_time(
    programmes: Programmes, config: KioskConfig
) -> None:
    # 09:30 in Seoul (see test_lending's test of the same name for why).
    registration = programmes.register("yoga", PHONES[0]).registration
    assert registration is not None
    slip = build_slip(config, registration, "en", identity_translate).plain_text()
    assert "Registered on" in slip and "2026-11-23 09:30" in slip


def test_a_disabled_course_takes_no_registrations_but_its_waiting_list_still_moves(
    programmes: Programmes, config: KioskConfig
) -> None:
    """The technician disables a course mid-term (``enabled = false``): the kiosk takes no
    more registrations for it, but staff still see it, and a cancel or an added place
    still gives a place to the first waiting, listed for staff to call."""
    config.programmes.course("yoga").waiting_list = 2
    for phone in PHONES[:4]:
        programmes.register("yoga", phone)
    config.programmes.course("yoga").enabled = False
    assert programmes.register("yoga", PHONES[4]).outcome is Outcome.CLOSED
    [yoga] = [c for c in programmes.courses() if c.course.id == "yoga"]
    assert yoga.availability is Availability.DISABLED and not yoga.can_apply
    assert (yoga.registered, yoga.waiting) == (2, 2)
    first = programmes.registrations("yoga")[0]
    assert [reg.registration_no for reg in programmes.cancel(first.id)] == ["YOGA-003"]
    config.programmes.course("yoga").capacity = 3  # a place added
    assert [reg.registration_no for reg in programmes.promote_waiting()] == ["YOGA-004"]
    assert _to_call(programmes) == ["YOGA-003", "YOGA-004"]
    [yoga] = [c for c in programmes.courses() if c.course.id == "yoga"]
    assert (yoga.registered, yoga.waiting) == (3, 0)
