"""Tool lending and parcel keeping (``kiosk.centre.lending`` and its journey), without widgets."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text, update

from kiosk.centre import phone
from kiosk.centre.keys import PersonalDataKey, PersonalKeyError
from kiosk.centre.lending import EXPIRED_NONE_LEFT, NONE_LEFT, LendingError, loan_slip
from kiosk.centre.lending_store import Lending
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.i18n import identity_translate
from kiosk.journeys import centre as ce
from kiosk.journeys import flow as f
from kiosk.journeys import lending as le
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.printer import PrintResult
from kiosk.storage.database import loans
from tests.support.databases import stored
from tests.support.journeys import back_through
from tests.support.side_by_side import kiosk_engines, side_by_side

NUMBER = "01012345678"
DAY = 24 * 3600


@pytest.fixture
def key(tmp_path: Path) -> PersonalDataKey:
    return PersonalDataKey.load_or_create(tmp_path / "data")


@pytest.fixture
def lending(engine: Engine, config: KioskConfig, clock: FakeClock, key: PersonalDataKey) -> Lending:
    return Lending(engine, config, clock, key)


def _free(lending: Lending, item_id: str) -> int:
    return next(a.available for a in lending.availability() if a.item.id == item_id)


def test_mobile_numbers() -> None:
    assert phone.mobile_problem("01012345678") is None
    assert phone.mobile_problem("0111234567") is None
    for bad in ("", "0101234", "02123456789", "010123456789", "21012345678"):
        assert phone.mobile_problem(bad) is phone.NOT_A_MOBILE
    assert phone.formatted("01012345678") == "010-1234-5678"
    assert phone.formatted("0111234567") == "011-123-4567"
    assert phone.masked("5678") == "***-****-5678"


def test_a_loan_takes_a_unit_until_it_comes_back(lending: Lending, clock: FakeClock) -> None:
    assert _free(lending, "ladder") == 1
    loan = lending.request_loan("ladder", NUMBER)
    assert loan.ref == "L-1123-001"
    assert loan.due_on == date(2026, 11, 25)  # two days, on the centre's calendar
    assert loan.masked_phone() == "***-****-5678"
    assert _free(lending, "ladder") == 0
    with pytest.raises(LendingError) as refused:
        lending.request_loan("ladder", "01099998888")
    assert refused.value.message == NONE_LEFT
    clock.advance(3600)
    out = lending.hand_out(loan.id)
    assert out.status == "out"
    lending.returned(loan.id)
    assert _free(lending, "ladder") == 1
    with pytest.raises(LendingError):
        lending.returned(loan.id)  # not out any more


def test_a_tool_never_collected_is_free_again_the_next_day(
    lending: Lending, clock: FakeClock
) -> None:
    lending.request_loan("ladder", NUMBER)
    assert _free(lending, "ladder") == 0
    clock.advance(24 * 3600)
    assert _free(lending, "ladder") == 1
    lending.purge()
    assert lending.open_loans() == []


def test_yesterdays_request_is_not_handed_over_once_its_unit_is_asked_for_again(
    lending: Lending, clock: FakeClock
) -> None:
    # Before the hourly sweep cancels it, yesterday's request still shows at
    # the counter; the ladder has one unit, asked for again this morning.
    stale = lending.request_loan("ladder", NUMBER)
    clock.advance(24 * 3600)
    fresh = lending.request_loan("ladder", "01099998888")
    with pytest.raises(LendingError) as refused:
        lending.hand_out(stale.id)
    assert refused.value.message == EXPIRED_NONE_LEFT
    assert lending.hand_out(fresh.id).status == "out"
    # Yesterday's request for a tool nobody asked for since is handed over.
    cart = lending.request_loan("cart", NUMBER)
    clock.advance(24 * 3600)
    assert lending.hand_out(cart.id).status == "out"
    assert _free(lending, "ladder") == 0


def test_reminders_list_tools_due_soon_and_overdue(lending: Lending, clock: FakeClock) -> None:
    cart = lending.hand_out(lending.request_loan("cart", NUMBER).id)  # one day
    drill = lending.hand_out(lending.request_loan("drill", "01011112222").id)  # three days
    assert [loan.id for loan in lending.reminders()] == [cart.id]
    clock.advance(2 * 24 * 3600)
    reminders = lending.reminders()
    assert [loan.id for loan in reminders] == [cart.id, drill.id]
    assert lending.is_overdue(reminders[0]) and not lending.is_overdue(reminders[1])


def test_the_last_unit_is_lent_once_when_two_kiosks_ask_at_once(
    db_url: str, config: KioskConfig, clock: FakeClock, key: PersonalDataKey
) -> None:
    # Two engines, as two kiosks have, on one database (SQLite's write lock,
    # PostgreSQL's advisory lock).
    results: list[str] = []
    start = threading.Barrier(2)

    def ask(engine: Engine, number: str) -> None:
        start.wait()
        try:
            lending = Lending(engine, config, clock, key)
            results.append(lending.request_loan("ladder", number).ref)
        except LendingError:
            results.append("refused")

    with kiosk_engines(db_url) as engines:
        side_by_side(ask, zip(engines, ("01011111111", "01022222222"), strict=True))
    assert sorted(results) == ["L-1123-001", "refused"]


def test_one_number_may_hold_two_tools_at_a_time(
    lending: Lending, config: KioskConfig, clock: FakeClock
) -> None:
    """``lending.open_loans_per_phone`` (2 unless set): a third tool asked for by the same
    number is refused, until one comes back; 0 lifts the limit."""
    assert config.lending.open_loans_per_phone == 2
    drill = lending.request_loan("drill", NUMBER)
    lending.hand_out(lending.request_loan("cart", NUMBER).id)
    with pytest.raises(LendingError) as refused:
        lending.request_loan("ladder", NUMBER)
    assert refused.value.message.render(identity_translate) == (
        "This phone number already has 2 tools asked for or borrowed. "
        "Please return one first, or ask at the counter."
    )
    assert _free(lending, "ladder") == 1  # nothing was held for the refused request
    lending.request_loan("ladder", "01099998888")  # another number is another matter
    lending.cancel(drill.id)
    assert lending.request_loan("drill", NUMBER).status == "requested"
    config.lending.open_loans_per_phone = 0
    assert lending.request_loan("drill", NUMBER).status == "requested"


def test_one_number_asking_at_two_kiosks_at_once_gets_its_limit(
    db_url: str, config: KioskConfig, clock: FakeClock, key: PersonalDataKey
) -> None:
    """The limit holds when one number asks for two different tools at two kiosks at once
    (the tools' own locks do not serialise them)."""
    config.lending.open_loans_per_phone = 1
    results: list[str] = []
    start = threading.Barrier(2)

    def ask(engine: Engine, item: str) -> None:
        start.wait()
        try:
            results.append(Lending(engine, config, clock, key).request_loan(item, NUMBER).item_id)
        except LendingError:
            results.append("refused")

    with kiosk_engines(db_url) as engines:
        side_by_side(ask, zip(engines, ("drill", "cart"), strict=True), timeout_s=30)
    assert sorted(results) in (["cart", "refused"], ["drill", "refused"])


@pytest.mark.postgres
def test_two_kiosks_lending_two_tools_at_once_give_two_references(
    pg_url: str, config: KioskConfig, clock: FakeClock, key: PersonalDataKey
) -> None:
    """Two kiosks lend a drill and a cart at the same moment: each resident gets a loan.

    Each kiosk's insert of its loan waits until the other kiosk has counted the
    day's loans for its reference, or is held waiting for a database lock: so
    both count before either inserts, unless numbering makes one wait.
    """
    counted: dict[int, threading.Event] = {0: threading.Event(), 1: threading.Event()}
    pids: dict[int, int] = {}
    results: list[str] = []

    def blocked(watcher: Engine, kiosk: int) -> bool:
        with watcher.connect() as conn:
            waiting = conn.execute(
                text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid"),
                {"pid": pids[kiosk]},
            ).scalar()
        return waiting == "Lock"

    def hooks(engine: Engine, me: int, watcher: Engine) -> None:
        other = 1 - me

        def before(conn: Any, cursor: Any, sql: str, *args: object) -> None:
            pids.setdefault(me, conn.connection.dbapi_connection.info.backend_pid)
            if sql.startswith("INSERT INTO loans"):
                for _ in range(1000):
                    if counted[other].is_set() or (other in pids and blocked(watcher, other)):
                        return
                    time.sleep(0.01)
                raise AssertionError("the other kiosk neither counted nor waited")

        def after(conn: Any, cursor: Any, sql: str, *args: object) -> None:
            if "count(*)" in sql and "LIKE" in sql:
                counted[me].set()

        event.listen(engine, "before_cursor_execute", before)
        event.listen(engine, "after_cursor_execute", after)

    def ask(engine: Engine, item: str, number: str) -> None:
        try:
            results.append(Lending(engine, config, clock, key).request_loan(item, number).ref)
        except Exception as exc:  # what the resident would be told instead of a loan
            results.append(type(exc).__name__)

    with kiosk_engines(pg_url, count=3) as (first, second, watcher):
        hooks(first, 0, watcher)
        hooks(second, 1, watcher)
        side_by_side(
            ask,
            [(first, "drill", "01011111111"), (second, "cart", "01022222222")],
            timeout_s=30,
        )
    assert sorted(results) == ["L-1123-001", "L-1123-002"]


def test_phone_numbers_are_not_in_the_database_file(
    lending: Lending, sqlite_url: str, engine: Engine
) -> None:
    loan = lending.request_loan("drill", NUMBER)
    parcel = lending.log_parcel("01098765432", "CJ 중형")
    engine.dispose()
    raw = Path(sqlite_url.removeprefix("sqlite:///")).read_bytes()
    for secret in (NUMBER, "010-1234-5678", "01098765432"):
        assert secret.encode() not in raw
    # Staff who ask see the full number.
    assert lending.loan_phone(loan.id) == "010-1234-5678"
    assert lending.parcel_phone(parcel.id) == "010-9876-5432"


def test_another_centre_key_cannot_read_the_numbers(
    lending: Lending, engine: Engine, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    loan = lending.request_loan("drill", NUMBER)
    other = Lending(engine, config, clock, PersonalDataKey.load_or_create(tmp_path / "other"))
    with pytest.raises(PersonalKeyError):
        other.loan_phone(loan.id)
    assert other.parcels_for(NUMBER) == 0


def test_parcels_by_number(lending: Lending) -> None:
    lending.log_parcel(NUMBER, "box")
    second = lending.log_parcel(NUMBER, "envelope")
    lending.log_parcel("01099998888")
    assert lending.parcels_for(NUMBER) == 2
    lending.collected(second.id)
    assert lending.parcels_for(NUMBER) == 1
    with pytest.raises(LendingError):
        lending.collected(second.id)
    with pytest.raises(LendingError):
        lending.log_parcel("12345")


def test_numbers_are_erased_after_keep_days(lending: Lending, clock: FakeClock) -> None:
    loan = lending.hand_out(lending.request_loan("drill", NUMBER).id)
    lending.returned(loan.id)
    parcel = lending.log_parcel(NUMBER)
    lending.collected(parcel.id)
    waiting = lending.log_parcel("01099998888")
    assert lending.purge() == 0
    clock.advance(31 * 24 * 3600)
    assert lending.purge() == 2
    assert lending.loan_phone(loan.id) == ""
    assert lending.parcel_phone(parcel.id) == ""
    assert lending.parcel_phone(waiting.id) == "010-9999-8888"  # still kept


def _stored_phone(engine: Engine, loan_id: int) -> tuple[str | None, ...]:
    return stored(engine, loans, loan_id, "phone_hash", "phone_enc", "phone_last4")


def test_cancelled_requests_are_erased_after_keep_days(
    lending: Lending, engine: Engine, clock: FakeClock
) -> None:
    cancelled = lending.cancel(lending.request_loan("drill", NUMBER).id)
    # Cancelled before cancelling recorded when: the loan has no end time at all.
    older = lending.cancel(lending.request_loan("cart", "01011112222").id)
    with engine.begin() as conn:
        conn.execute(update(loans).where(loans.c.id == older.id).values(returned_at=None))
    clock.advance(20 * DAY)
    recent = lending.cancel(lending.request_loan("drill", "01099998888").id)
    assert lending.purge() == 0
    clock.advance(11 * DAY)  # 31 days after the first two, 11 after the last
    assert lending.purge() == 2
    assert _stored_phone(engine, cancelled.id) == (None, None, None)
    assert _stored_phone(engine, older.id) == (None, None, None)
    phone_hash, phone_enc, last4 = _stored_phone(engine, recent.id)
    assert phone_hash and phone_enc and last4 == "8888"
    assert lending.loan_phone(recent.id) == "010-9999-8888"


def test_the_slip(lending: Lending, config: KioskConfig) -> None:
    loan = lending.request_loan("drill", NUMBER)
    text = loan_slip(config, loan, "ko", identity_translate).plain_text()
    assert "전동 드릴" in text
    assert "L-1123-001" in text
    assert "2026/11/26 (Thu)" in text  # the day with its weekday and year, on paper kept
    assert "***-****-5678" in text
    assert NUMBER not in text and "1234" not in text


# --- the journey ---------------------------------------------------------------------


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> f.Flow:
    return ResidentFlow(config, clock)


def _open(flow: f.Flow) -> None:
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("lending"))


def _context(flow: f.Flow) -> le.LendingContext:
    return flow.context.part("lending", le.LendingContext)


def test_borrow_journey(flow: f.Flow, lending: Lending) -> None:
    _open(flow)
    assert flow.state is le.LendingState.HOME
    [count] = flow.handle(le.ChooseLendingMode(le.BORROW))
    assert isinstance(count, f.RunJob) and flow.state is le.LendingState.LOADING
    flow.handle(le.ItemsCounted(tuple(lending.availability())))
    assert flow.state is le.LendingState.ITEMS
    flow.handle(le.ChooseItem("drill"))
    assert flow.state is le.LendingState.PHONE
    flow.handle(le.SubmitPhone("0101234"))
    assert flow.state is le.LendingState.PHONE
    assert _context(flow).message is phone.NOT_A_MOBILE
    flow.handle(le.SubmitPhone(NUMBER))
    assert flow.state is le.LendingState.CONFIRM
    assert _context(flow).message is None
    [save] = flow.handle(le.ConfirmLoan())
    assert isinstance(save, f.RunJob) and flow.state is le.LendingState.SAVING
    assert flow.handle(f.GoHome()) == []  # printing: not abandoned
    loan = lending.request_loan("drill", NUMBER)
    flow.handle(le.LoanSaved(loan, PrintResult.printed()))
    assert flow.state is le.LendingState.DONE
    assert flow.handle(f.GoHome()) == [f.SessionEnded("done")]
    assert le.PHONE_KEY not in flow.session.personal


def test_back_from_the_keypad_goes_to_the_list(flow: f.Flow, lending: Lending) -> None:
    _open(flow)
    flow.handle(le.ChooseLendingMode(le.BORROW))
    flow.handle(le.ItemsCounted(tuple(lending.availability())))
    flow.handle(le.ChooseItem("drill"))
    back_through(flow, le.LendingState.ITEMS, le.LendingState.HOME, ce.CentreState.MENU)


def test_a_tool_taken_meanwhile_is_said_and_the_list_counted_again(
    flow: f.Flow, lending: Lending
) -> None:
    _open(flow)
    flow.handle(le.ChooseLendingMode(le.BORROW))
    flow.handle(le.ItemsCounted(tuple(lending.availability())))
    flow.handle(le.ChooseItem("ladder"))
    flow.handle(le.SubmitPhone(NUMBER))
    flow.handle(le.ConfirmLoan())
    [recount] = flow.handle(le.LoanRefused(NONE_LEFT))
    assert isinstance(recount, f.RunJob)
    assert flow.state is le.LendingState.LOADING
    lending.request_loan("ladder", "01099998888")
    flow.handle(le.ItemsCounted(tuple(lending.availability())))
    assert flow.state is le.LendingState.ITEMS
    assert _context(flow).message == NONE_LEFT
    flow.handle(le.ChooseItem("ladder"))  # none free: stays, says so
    assert flow.state is le.LendingState.ITEMS


def test_parcels_journey(flow: f.Flow) -> None:
    _open(flow)
    flow.handle(le.ChooseLendingMode(le.PARCELS))
    assert flow.state is le.LendingState.PHONE
    [count] = flow.handle(le.SubmitPhone(NUMBER))
    assert isinstance(count, f.RunJob)
    flow.handle(le.ParcelsCounted(2))
    assert flow.state is le.LendingState.PARCELS
    assert _context(flow).parcels == 2


def test_a_database_failure_ends_on_the_unavailable_screen(flow: f.Flow) -> None:
    _open(flow)
    [count] = flow.handle(le.ChooseLendingMode(le.BORROW))
    assert isinstance(count, f.RunJob)
    flow.handle(count.failed)
    assert flow.state is f.State.UNAVAILABLE
    assert flow.context.message == le.LENDING_FAILED


@pytest.mark.usefixtures("machine_in_seoul")
def test_times_read_back_are_the_centres_whatever_the_machines_zone(
    lending: Lending, config: KioskConfig, clock: FakeClock
) -> None:
    # 09:30 in Seoul. SQLite gives times back without their zone; read as the
    # machine's local time they were printed nine hours early (00:30).
    loan = lending.request_loan("drill", NUMBER)
    slip = loan_slip(config, loan, "en", identity_translate).plain_text()
    assert "2026-11-23 09:30" in slip
    [open_loan] = lending.open_loans()
    assert open_loan.requested_at == clock.now()
    lending.log_parcel(NUMBER, "box")
    [parcel] = lending.waiting_parcels()
    assert parcel.received_at == clock.now() and parcel.received_at.utcoffset() is not None
