"""Welfare intake (``kiosk.centre.welfare`` and ``kiosk.journeys.welfare``): slots, no double
booking, encryption at rest, purge, the receipt, and the journey without widgets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlalchemy.exc import IntegrityError

from kiosk.centre import phone, welfare_store
from kiosk.centre import welfare as w
from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.config.schema.welfare import default_hours
from kiosk.i18n import identity_translate
from kiosk.journeys import centre as ce
from kiosk.journeys import flow as f
from kiosk.journeys import welfare as wj
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.printer import PrintResult
from kiosk.printing.document import Document
from tests.support.databases import opened
from tests.support.journeys import back_through, run_jobs


@pytest.fixture
def welfare_config(config: KioskConfig) -> KioskConfig:
    config.welfare.enabled = True
    config.welfare.phone = "02-2100-1234"
    return config


@pytest.fixture
def cipher(tmp_path: Path) -> welfare_store.WelfareCipher:
    return welfare_store.WelfareCipher(PersonalDataKey.load_or_create(tmp_path))


# --- core ------------------------------------------------------------------------------


def test_slots_come_from_the_hours_over_the_next_days(
    welfare_config: KioskConfig, clock: FakeClock
) -> None:
    # Monday 09:30 in Seoul; default hours Mon-Fri 10-12 and 14-17, 30 min, 7 days.
    welfare_config.welfare.hours = default_hours()
    slots = w.candidate_slots(welfare_config, clock.now())
    local = [w.local_time(welfare_config, s) for s in slots]
    assert local[0].strftime("%a %H:%M") == "Tue 10:00"  # from tomorrow
    assert {d.strftime("%a") for d in local} == {"Mon", "Tue", "Wed", "Thu", "Fri"}
    assert len(slots) == 5 * 10  # Tue-Fri and the next Monday, 4 + 6 slots a day
    assert all(d.strftime("%H:%M") not in ("12:00", "13:30", "17:00") for d in local)


def test_a_slot_is_booked_once_even_from_two_kiosks(
    welfare_config: KioskConfig,
    clock: FakeClock,
    engine: Engine,
    cipher: welfare_store.WelfareCipher,
) -> None:
    slot = welfare_store.free_slots(engine, welfare_config, clock.now())[0]
    request = w.WelfareRequest(w.RequestKind.CONSULTATION, slot, {"topic": "housing"})
    first = welfare_store.save_request(engine, cipher, welfare_config, clock, request)
    assert first.reference == "복지-20261123-0001"
    assert slot not in welfare_store.free_slots(engine, welfare_config, clock.now())
    welfare_config.center.kiosk_id = "kiosk-2"
    with pytest.raises(w.SlotTakenError):
        welfare_store.save_request(engine, cipher, welfare_config, clock, request)
    # The database itself refuses a second row for the slot (a race past the check).
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from kiosk.storage.database import welfare_requests

    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            insert(welfare_requests).values(
                day=first.created_at.date(),
                seq=99,
                kind="consultation",
                slot_start=slot,
                payload="x",
                status="new",
                kiosk_id="k",
                created_at=clock.now(),
                updated_at=clock.now(),
            )
        )
    second = welfare_store.save_request(
        engine, cipher, welfare_config, clock, w.WelfareRequest(w.RequestKind.CRISIS)
    )
    assert second.reference == "복지-20261123-0002"


def test_personal_data_is_encrypted_at_rest(
    welfare_config: KioskConfig,
    clock: FakeClock,
    engine: Engine,
    cipher: welfare_store.WelfareCipher,
    tmp_path: Path,
) -> None:
    details = {"phone": "01098765432", "tong": "12", "ban": "3", "situation": "skipped_meals"}
    welfare_store.save_request(
        engine, cipher, welfare_config, clock, w.WelfareRequest(w.RequestKind.CRISIS, None, details)
    )
    engine.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("kiosk.sqlite3*"))
    assert b"01098765432" not in raw and b"skipped_meals" not in raw
    # The counter, with the same key file, reads it back.
    same = welfare_store.WelfareCipher(PersonalDataKey.load_or_create(tmp_path))
    [row] = welfare_store.list_requests(engine, same)
    assert row.details == details and row.status is w.Status.NEW
    # Another key cannot (a kiosk not sharing the file): nothing, not a crash.
    other = welfare_store.WelfareCipher(PersonalDataKey.load_or_create(tmp_path / "other"))
    assert welfare_store.list_requests(engine, other)[0].details == {}
    assert (tmp_path / "keys" / "centre-personal.key").stat().st_mode & 0o077 == 0


def test_status_and_purge_after_retention(
    welfare_config: KioskConfig,
    clock: FakeClock,
    engine: Engine,
    cipher: welfare_store.WelfareCipher,
) -> None:
    """Retention counts from when staff marked a request done; open ones are never deleted."""
    welfare_config.welfare.retention_days = 30
    crisis = welfare_store.save_request(
        engine, cipher, welfare_config, clock, w.WelfareRequest(w.RequestKind.CRISIS)
    )
    taken_up = welfare_store.save_request(
        engine, cipher, welfare_config, clock, w.WelfareRequest(w.RequestKind.HOME_VISIT)
    )
    welfare_store.set_status(engine, clock, taken_up.id, w.Status.IN_PROGRESS, seen=w.Status.NEW)
    clock.advance(20 * 86400)
    finished = welfare_store.save_request(
        engine, cipher, welfare_config, clock, w.WelfareRequest(w.RequestKind.HOME_VISIT)
    )
    welfare_store.set_status(engine, clock, finished.id, w.Status.DONE, seen=w.Status.NEW)
    assert [r.reference for r in welfare_store.list_requests(engine, cipher)] == [
        finished.reference,
        taken_up.reference,
        crisis.reference,
    ]
    assert welfare_store.list_requests(engine, cipher)[1].status is w.Status.IN_PROGRESS
    clock.advance(29 * 86400)  # 49 days after the first two came in, 29 after marking done
    assert welfare_store.purge(engine, welfare_config, clock) == 0
    clock.advance(2 * 86400)
    assert welfare_store.purge(engine, welfare_config, clock) == 1
    # A crisis report nobody took up and a visit in progress stay however old they are.
    assert [r.reference for r in welfare_store.list_requests(engine, cipher)] == [
        taken_up.reference,
        crisis.reference,
    ]


def test_a_booked_consultation_is_kept_until_its_slot_is_past_retention(
    welfare_config: KioskConfig,
    clock: FakeClock,
    engine: Engine,
    cipher: welfare_store.WelfareCipher,
) -> None:
    """Retention shorter than the days slots are offered ahead: the booking made on Monday
    for next Monday afternoon is still in the inbox, and its slot still taken, on Thursday;
    closed early by staff, it goes only once its slot is as long past as retention says."""
    welfare_config.welfare.retention_days = 2
    welfare_config.welfare.days_ahead = 7
    last = welfare_store.free_slots(engine, welfare_config, clock.now())[-1]
    assert w.local_time(welfare_config, last).strftime("%Y-%m-%d %H:%M") == "2026-11-30 16:30"
    booked = welfare_store.save_request(
        engine,
        cipher,
        welfare_config,
        clock,
        w.WelfareRequest(w.RequestKind.CONSULTATION, last, {"topic": "housing"}),
    )
    clock.advance(3 * 86400)  # Thursday
    assert welfare_store.purge(engine, welfare_config, clock) == 0
    [listed] = welfare_store.list_requests(engine, cipher)
    assert (listed.reference, listed.slot_start, listed.details) == (
        booked.reference,
        last,
        {"topic": "housing"},
    )
    assert last not in welfare_store.free_slots(engine, welfare_config, clock.now())

    # Settled on the phone: marked done before the slot, it is still kept past the slot.
    welfare_store.set_status(engine, clock, booked.id, w.Status.DONE, seen=w.Status.NEW)
    clock.set_wall(last + timedelta(days=2) - timedelta(minutes=1))
    assert welfare_store.purge(engine, welfare_config, clock) == 0
    clock.set_wall(last + timedelta(days=2, minutes=1))
    assert welfare_store.purge(engine, welfare_config, clock) == 1
    assert welfare_store.list_requests(engine, cipher) == []


def test_the_inbox_lists_every_open_request_and_cuts_only_finished_ones(
    welfare_config: KioskConfig,
    clock: FakeClock,
    engine: Engine,
    cipher: welfare_store.WelfareCipher,
) -> None:
    def save(kind: w.RequestKind) -> w.SavedRequest:
        clock.advance(3600)
        return welfare_store.save_request(
            engine, cipher, welfare_config, clock, w.WelfareRequest(kind)
        )

    crisis = save(w.RequestKind.CRISIS)  # nobody has taken it up yet
    taken_up = save(w.RequestKind.HOME_VISIT)
    welfare_store.set_status(engine, clock, taken_up.id, w.Status.IN_PROGRESS, seen=w.Status.NEW)
    finished = [save(w.RequestKind.HOME_VISIT) for _ in range(4)]
    for saved in finished:
        welfare_store.set_status(engine, clock, saved.id, w.Status.DONE, seen=w.Status.NEW)
    listed = welfare_store.list_requests(engine, cipher, done_limit=2)
    assert [r.reference for r in listed] == [
        finished[3].reference,
        finished[2].reference,
        taken_up.reference,
        crisis.reference,
    ]
    assert welfare_store.count_requests(engine) == w.InboxCounts(new=1, total=6)


def test_a_counter_acting_on_an_old_list_does_not_undo_anothers_change(
    welfare_config: KioskConfig,
    clock: FakeClock,
    engine: Engine,
    sqlite_url: str,
    cipher: welfare_store.WelfareCipher,
) -> None:
    """Both counters listed the report as new; the first marks it done, then the
    second, still looking at "new", marks it in progress: refused, it stays done."""
    saved = welfare_store.save_request(
        engine, cipher, welfare_config, clock, w.WelfareRequest(w.RequestKind.CRISIS)
    )
    with opened(sqlite_url) as second_counter:
        welfare_store.set_status(engine, clock, saved.id, w.Status.DONE, seen=w.Status.NEW)
        with pytest.raises(welfare_store.StatusChangedError):
            welfare_store.set_status(
                second_counter, clock, saved.id, w.Status.IN_PROGRESS, seen=w.Status.NEW
            )
        [listed] = welfare_store.list_requests(second_counter, cipher)
    assert listed.status is w.Status.DONE


def test_phone_rules() -> None:
    for good in ("01012345678", "0161234567"):
        assert phone.mobile_problem(good) is None
    for bad in ("0212345678", "010123"):
        assert phone.mobile_problem(bad) is phone.NOT_A_MOBILE
    assert phone.masked_number("01012345678") == "010-****-5678"


def test_receipt_has_the_reference_and_no_personal_data(
    welfare_config: KioskConfig, clock: FakeClock
) -> None:
    slot = w.candidate_slots(welfare_config, clock.now())[0]
    saved = w.SavedRequest(3, "복지-20261123-0003", w.RequestKind.CONSULTATION, slot, clock.now())
    text = w.build_receipt(
        welfare_config,
        saved,
        what="주거",
        masked_phone="",
        language="ko",
        translate=identity_translate,
    ).plain_text()
    assert "복지-20261123-0003" in text and "2026/11/24 (Tue) 10:00" in text
    assert "주거" in text and "02-2100-1234" in text


# --- the journey ---------------------------------------------------------------------------


class Printer:
    def __init__(self) -> None:
        self.documents: list[Document] = []

    def print_document(self, document: Document) -> PrintResult:
        self.documents.append(document)
        return PrintResult.printed()


@pytest.fixture
def flow(welfare_config: KioskConfig, clock: FakeClock) -> f.Flow:
    flow = ResidentFlow(welfare_config, clock)
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("welfare"))
    assert flow.state is wj.WelfareState.CHOOSE
    return flow


def _run(flow: f.Flow, effects: list[f.Effect], ctx: f.JobContext) -> None:
    """Carry out the jobs, as the device worker does: the welfare journey asks for nothing else."""
    assert run_jobs(flow, effects, ctx) == []


@pytest.fixture
def ctx(
    engine: Engine, welfare_config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> f.JobContext:
    return f.JobContext(engine, Printer(), welfare_config, clock, tmp_path, identity_translate)  # type: ignore[arg-type]


def test_anonymous_crisis_report_end_to_end(flow: f.Flow, ctx: f.JobContext) -> None:
    flow.handle(wj.ChooseRequest("crisis"))
    assert flow.state is wj.WelfareState.SITUATION
    flow.handle(wj.ChooseSituation("skipped_meals"))
    assert flow.state is wj.WelfareState.PLACE
    flow.handle(wj.SubmitPlace("12", ""))
    assert flow.context.parts["welfare"].message == wj.MSG_PLACE
    flow.handle(wj.SubmitPlace("12", "3"))
    assert flow.state is wj.WelfareState.PHONE
    flow.handle(wj.SkipPhone())
    assert flow.state is wj.WelfareState.CONFIRM
    _run(flow, flow.handle(wj.ConfirmRequest()), ctx)
    assert flow.state is wj.WelfareState.DONE
    form = flow.context.parts["welfare"]
    assert form.saved.reference == "복지-20261123-0001" and form.printed
    assert flow.session.personal["welfare"].tong == ""  # wiped once saved
    [receipt] = ctx.printer.documents  # type: ignore[attr-defined]
    text = receipt.plain_text()
    assert "복지-20261123-0001" in text and "Skipping meals" in text
    assert "12" not in text.split("Received")[0].replace("20261123", "")
    assert flow.handle(f.GoHome()) == [f.SessionEnded("done")]


def test_home_visit_validates_the_phone(flow: f.Flow, ctx: f.JobContext) -> None:
    flow.handle(wj.ChooseRequest("home_visit"))
    flow.handle(wj.ChooseTopic("elderly-disabled"))
    assert flow.state is wj.WelfareState.PHONE
    flow.handle(wj.SkipPhone())  # only a crisis report may be anonymous
    assert flow.state is wj.WelfareState.PHONE
    flow.handle(wj.SubmitPhone("0212345678"))
    assert flow.state is wj.WelfareState.PHONE
    assert flow.context.parts["welfare"].message == phone.NOT_A_MOBILE
    flow.handle(wj.SubmitPhone("01012345678"))
    assert flow.state is wj.WelfareState.TIME_OF_DAY
    flow.handle(wj.ChooseTimeOfDay("morning"))
    _run(flow, flow.handle(wj.ConfirmRequest()), ctx)
    assert flow.state is wj.WelfareState.DONE
    text = ctx.printer.documents[0].plain_text()  # type: ignore[attr-defined]
    assert "010-****-5678" in text and "01012345678" not in text
    assert "담당 공무원이 2근무일 안에 전화드립니다." in text


def test_consultation_slot_taken_meanwhile(
    flow: f.Flow, ctx: f.JobContext, welfare_config: KioskConfig, clock: FakeClock
) -> None:
    flow.handle(wj.ChooseRequest("consultation"))
    effects = flow.handle(wj.ChooseTopic("housing"))
    assert flow.state is wj.WelfareState.LOADING
    _run(flow, effects, ctx)
    assert flow.state is wj.WelfareState.DAY
    journey = next(j for j in flow.journeys if isinstance(j, wj.WelfareJourney))
    flow.handle(wj.ChooseDay(journey.days()[0]))
    slot = journey.times()[0]
    flow.handle(wj.ChooseSlot(slot))
    assert flow.state is wj.WelfareState.CONFIRM
    # Another kiosk books the same slot first.
    cipher = welfare_store.WelfareCipher(PersonalDataKey.load_or_create(ctx.data_dir))
    welfare_store.save_request(
        ctx.engine,
        cipher,
        welfare_config,
        clock,
        w.WelfareRequest(w.RequestKind.CONSULTATION, slot),
    )
    _run(flow, flow.handle(wj.ConfirmRequest()), ctx)
    assert flow.state is wj.WelfareState.DAY
    assert flow.context.parts["welfare"].message == wj.MSG_SLOT_TAKEN
    assert slot not in journey.form.free
    # Back goes to the topic, not to a confirmation that has lost its time.
    flow.handle(f.GoBack())
    assert flow.state is wj.WelfareState.TOPIC
    _run(flow, flow.handle(wj.ChooseTopic("housing")), ctx)
    assert flow.state is wj.WelfareState.DAY
    flow.handle(wj.ChooseDay(journey.days()[0]))
    flow.handle(wj.ChooseSlot(journey.times()[0]))
    _run(flow, flow.handle(wj.ConfirmRequest()), ctx)
    assert flow.state is wj.WelfareState.DONE
    # Back from the first step goes to the menu.


def test_a_crisis_report_that_cannot_be_numbered_is_a_save_failure_not_a_taken_slot(
    flow: f.Flow, ctx: f.JobContext
) -> None:
    """Other kiosks take the day's next reference at every try: the reporter is told the
    report could not be saved and may send it again, not that a time was booked."""

    def another_kiosk_took_the_number(conn: Any, cursor: Any, sql: str, *args: Any) -> None:
        if sql.startswith("INSERT INTO welfare_requests"):
            raise IntegrityError(sql, {}, Exception("UNIQUE constraint failed: day, seq"))

    flow.handle(wj.ChooseRequest("crisis"))
    flow.handle(wj.ChooseSituation("skipped_meals"))
    flow.handle(wj.SubmitPlace("12", "3"))
    flow.handle(wj.SkipPhone())
    assert flow.state is wj.WelfareState.CONFIRM
    [save] = flow.handle(wj.ConfirmRequest())
    assert isinstance(save, f.RunJob)
    event.listen(ctx.engine, "before_cursor_execute", another_kiosk_took_the_number)
    try:
        outcome = save.work(ctx)
    except Exception:  # the device worker hands the flow the job's failure event
        outcome = save.failed
    finally:
        event.remove(ctx.engine, "before_cursor_execute", another_kiosk_took_the_number)
    assert flow.handle(outcome) == []
    assert flow.state is wj.WelfareState.CONFIRM
    assert flow.context.parts["welfare"].message == wj.MSG_SAVE_FAILED
    _run(flow, flow.handle(wj.ConfirmRequest()), ctx)  # tried again, it is saved
    assert flow.state is wj.WelfareState.DONE


def test_back_goes_step_by_step_then_to_the_menu(flow: f.Flow) -> None:
    flow.handle(wj.ChooseRequest("crisis"))
    flow.handle(wj.ChooseSituation("other"))
    back_through(flow, wj.WelfareState.SITUATION, wj.WelfareState.CHOOSE, ce.CentreState.MENU)


def test_typed_details_go_with_the_session(flow: f.Flow) -> None:
    flow.handle(wj.ChooseRequest("home_visit"))
    flow.handle(wj.ChooseTopic("housing"))
    flow.handle(wj.SubmitPhone("01012345678"))
    personal = flow.session.personal["welfare"]
    flow.handle(f.GoHome())
    assert personal.phone == "" and flow.session.personal == {}


def test_purge_job(ctx: f.JobContext, flow: f.Flow) -> None:
    event = wj.purge_job().work(ctx)
    assert event == ce.PersonalDataErased("welfare", 0)
    assert flow.handle(event) == []


def test_sample_fills_every_state(flow: f.Flow) -> None:
    journey = next(j for j in flow.journeys if isinstance(j, wj.WelfareJourney))
    for state in wj.WelfareState:
        journey.sample(state)
        assert journey.form.kind is not None


def test_off_when_disabled(config: KioskConfig, clock: FakeClock) -> None:
    assert config.welfare.enabled  # the demo config offers it
    config.welfare.enabled = False
    plain = ResidentFlow(config, clock)
    plain.handle(ce.OpenCentre())
    assert plain.state is ce.CentreState.MENU  # other services are still offered
    assert plain.handle(ce.OpenCentreService("welfare")) == []
    assert plain.state is ce.CentreState.MENU


def test_a_taken_slot_whose_new_times_cannot_be_looked_up_leaves_no_timeless_booking(
    flow: f.Flow, ctx: f.JobContext, welfare_config: KioskConfig, clock: FakeClock
) -> None:
    flow.handle(wj.ChooseRequest("consultation"))
    _run(flow, flow.handle(wj.ChooseTopic("housing")), ctx)
    journey = next(j for j in flow.journeys if isinstance(j, wj.WelfareJourney))
    flow.handle(wj.ChooseDay(journey.days()[0]))
    flow.handle(wj.ChooseSlot(journey.times()[0]))
    [save] = flow.handle(wj.ConfirmRequest())
    assert isinstance(save, f.RunJob)
    # The save finds the slot taken, and the database then fails the new lookup.
    [lookup] = flow.handle(wj.SlotTaken())
    assert isinstance(lookup, f.RunJob)
    flow.handle(lookup.failed)
    assert flow.state is wj.WelfareState.TOPIC
    flow.handle(f.GoBack())
    assert flow.state is wj.WelfareState.CHOOSE
    # Nothing was written on the way.
    assert welfare_store.count_requests(ctx.engine).total == 0
    # A confirmation without a time (by any path) looks the times up again.
    flow.handle(wj.ChooseRequest("consultation"))
    _run(flow, flow.handle(wj.ChooseTopic("housing")), ctx)
    flow.handle(wj.ChooseDay(journey.days()[0]))
    flow.handle(wj.ChooseSlot(journey.times()[0]))
    journey.form.slot = None
    [again] = flow.handle(wj.ConfirmRequest())
    assert isinstance(again, f.RunJob) and again.name == "welfare-slots"
    assert flow.state is wj.WelfareState.LOADING


def test_consultation_times_that_cannot_be_looked_up_say_so(flow: f.Flow) -> None:
    flow.handle(wj.ChooseRequest("consultation"))
    [job] = flow.handle(wj.ChooseTopic("housing"))
    assert isinstance(job, f.RunJob) and flow.state is wj.WelfareState.LOADING
    # The database did not answer: the device worker sends the job's failure event.
    flow.handle(job.failed)
    assert flow.state is wj.WelfareState.TOPIC
    message = flow.context.parts["welfare"].message
    assert message == wj.MSG_SLOTS_FAILED
    assert "times could not be looked up" in message.source
    # Choosing the topic again looks the times up again.
    [again] = flow.handle(wj.ChooseTopic("housing"))
    assert isinstance(again, f.RunJob) and flow.state is wj.WelfareState.LOADING


def test_back_leaves_a_screens_message_on_that_screen(flow: f.Flow) -> None:
    # The tong/ban reminder said on the place screen is not shown on the
    # situation screen Back returns to, nor again when the resident comes back.
    flow.handle(wj.ChooseRequest("crisis"))
    flow.handle(wj.ChooseSituation("skipped_meals"))
    flow.handle(wj.SubmitPlace("12", ""))
    assert flow.context.parts["welfare"].message == wj.MSG_PLACE
    flow.handle(f.GoBack())
    assert flow.state is wj.WelfareState.SITUATION
    assert flow.context.parts["welfare"].message is None
    flow.handle(wj.ChooseSituation("skipped_meals"))
    assert flow.state is wj.WelfareState.PLACE
    assert flow.context.parts["welfare"].message is None


def test_back_after_a_failed_lookup_or_save_goes_to_the_screen_before(flow: f.Flow) -> None:
    # The resident is back on the screen the job left from; one Back press
    # leaves it (it used to stay, wiping the failure message, on the first).
    flow.handle(wj.ChooseRequest("consultation"))
    [job] = flow.handle(wj.ChooseTopic("housing"))
    flow.handle(job.failed)
    assert flow.state is wj.WelfareState.TOPIC
    flow.handle(f.GoBack())
    assert flow.state is wj.WelfareState.CHOOSE

    flow.handle(wj.ChooseRequest("crisis"))
    flow.handle(wj.ChooseSituation("skipped_meals"))
    flow.handle(wj.SubmitPlace("12", "3"))
    flow.handle(wj.SkipPhone())
    [save] = flow.handle(wj.ConfirmRequest())
    assert isinstance(save, f.RunJob)
    flow.handle(save.failed)
    assert flow.state is wj.WelfareState.CONFIRM
    assert flow.context.parts["welfare"].message == wj.MSG_SAVE_FAILED
    flow.handle(f.GoBack())
    assert flow.state is wj.WelfareState.PHONE
