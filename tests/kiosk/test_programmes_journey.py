"""The programme registration journey, Qt-free (``kiosk.journeys.programmes``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.centre.phone import NOT_A_MOBILE
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import centre as ce
from kiosk.journeys import flow as f
from kiosk.journeys import programmes as p
from kiosk.journeys.resident import ResidentFlow
from kiosk.ports.printer import PrintResult
from kiosk.printing.document import Document
from tests.support.journeys import back_through, run_jobs

S = p.ProgrammesState


class PaperPrinter:
    """Enough of a printer for the slip job."""

    name = "test"

    def __init__(self, ok: bool = True) -> None:
        self.ok = ok
        self.printed: list[Document] = []

    def print_document(self, document: Document) -> PrintResult:
        self.printed.append(document)
        return PrintResult.printed() if self.ok else PrintResult.failed(p_failure())


def p_failure():  # type: ignore[no-untyped-def]
    from kiosk.ports.printer import PrintFailure

    return PrintFailure.PAPER_OUT


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> f.Flow:
    return ResidentFlow(config, clock)


@pytest.fixture
def printer() -> PaperPrinter:
    return PaperPrinter()


@pytest.fixture
def job_context(
    engine: Engine, printer: PaperPrinter, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> f.JobContext:
    return f.JobContext(engine, printer, config, clock, tmp_path)  # type: ignore[arg-type]


def slip_text(printer: PaperPrinter) -> str:
    return "\n".join(d.plain_text() for d in printer.printed)


def to_phone(flow: f.Flow, ctx: f.JobContext, course: str = "yoga") -> None:
    flow.handle(ce.OpenCentre())
    run_jobs(flow, flow.handle(ce.OpenCentreService("programmes")), ctx)
    assert flow.state is S.LIST
    flow.handle(p.ChooseCourse(course))
    assert flow.state is S.COURSE
    flow.handle(p.ConfirmCourse())
    assert flow.state is S.PHONE


def submit(flow: f.Flow, phone: str, name: str = "") -> list[f.Effect]:
    """The number, then the name (or none): the effects of the last."""
    flow.handle(p.SubmitPhone(phone))
    if flow.state is not S.NAME:
        return []
    return flow.handle(p.SubmitName(name))


def test_register_end_to_end(
    flow: f.Flow, job_context: f.JobContext, printer: PaperPrinter
) -> None:
    to_phone(flow, job_context)
    flow.handle(p.SubmitPhone("0101234"))
    assert (
        flow.state is S.PHONE
        and flow.context.part("programmes", p.ProgrammesContext).message == NOT_A_MOBILE
    )
    flow.handle(p.SubmitPhone("01012345678"))
    assert flow.state is S.NAME
    assert flow.session.personal[p.PHONE_KEY] == "01012345678"
    flow.handle(f.GoBack())
    assert flow.state is S.PHONE
    flow.handle(p.SubmitPhone("01012345678"))
    effects = flow.handle(p.SubmitName("  김민원 "))
    assert flow.state is S.SAVING
    assert flow.session.personal[p.NAME_KEY] == "김민원"
    # Back does not leave a job in hand (the screen disables Home too).
    assert flow.handle(f.GoBack()) == []
    run_jobs(flow, effects, job_context)
    assert flow.state is S.DONE
    assert not flow.session.personal
    ctx = flow.context.part("programmes", p.ProgrammesContext)
    assert ctx.registration is not None and ctx.registration.registration_no == "YOGA-001"
    assert "김민원" not in slip_text(printer)
    [slip] = printer.printed
    assert "YOGA-001" in slip.plain_text() and "010-****-5678" in slip.plain_text()
    assert flow.handle(f.GoHome()) == [f.SessionEnded("done")]


def test_back_walks_the_service_then_the_menu(flow: f.Flow, job_context: f.JobContext) -> None:
    to_phone(flow, job_context)
    back_through(flow, S.COURSE, S.LIST, ce.CentreState.MENU)


def test_the_same_phone_twice(flow: f.Flow, job_context: f.JobContext) -> None:
    to_phone(flow, job_context)
    run_jobs(flow, submit(flow, "01012345678"), job_context)
    flow.handle(f.GoHome())
    to_phone(flow, job_context)
    run_jobs(flow, submit(flow, "01012345678"), job_context)
    assert flow.state is S.PHONE
    assert flow.context.part("programmes", p.ProgrammesContext).message == p.DUPLICATE
    flow.handle(f.GoBack())
    assert flow.state is S.COURSE


def test_a_place_taken_meanwhile_shows_the_list_again(
    flow: f.Flow, job_context: f.JobContext, config: KioskConfig
) -> None:
    course = config.programmes.course("yoga")
    course.capacity, course.waiting_list = 1, 0
    to_phone(flow, job_context)
    # Another kiosk takes the last place while this resident types.
    from kiosk.centre.keys import PersonalDataKey
    from kiosk.centre.programmes_store import Programmes

    Programmes(
        job_context.engine,
        config,
        job_context.clock,
        PersonalDataKey.load_or_create(job_context.data_dir),
    ).register("yoga", "01099998888")
    run_jobs(flow, submit(flow, "01012345678"), job_context)
    assert flow.state is S.LIST
    ctx = flow.context.part("programmes", p.ProgrammesContext)
    assert ctx.message == p.TAKEN
    [yoga] = [c for c in ctx.courses if c.course.id == "yoga"]
    assert not yoga.can_apply
    flow.handle(p.ChooseCourse("yoga"))
    assert flow.state is S.LIST and ctx.message == p.NOT_OPEN
    flow.handle(f.GoBack())
    assert flow.state is ce.CentreState.MENU


def test_a_failed_print_still_says_the_number(
    flow: f.Flow, job_context: f.JobContext, printer: PaperPrinter
) -> None:
    printer.ok = False
    to_phone(flow, job_context)
    run_jobs(flow, submit(flow, "01012345678"), job_context)
    assert flow.state is S.DONE
    ctx = flow.context.part("programmes", p.ProgrammesContext)
    assert not ctx.printed and ctx.message == p.NOT_PRINTED


def test_the_database_going_away(flow: f.Flow, job_context: f.JobContext) -> None:
    to_phone(flow, job_context)
    [job] = submit(flow, "01012345678", "김민원")
    assert isinstance(job, f.RunJob)
    flow.handle(job.failed)
    assert flow.state is f.State.UNAVAILABLE
    assert not flow.session.personal


def test_the_phone_is_never_in_a_repr() -> None:
    assert "0101" not in repr(p.SubmitPhone("01012345678"))
    assert "김" not in repr(p.SubmitName("김민원"))


def test_sample_fills_every_screen(flow: f.Flow) -> None:
    journey = next(j for j in flow.journeys if isinstance(j, p.ProgrammesJourney))
    for state in S:
        journey.sample(state)
    ctx = flow.context.part("programmes", p.ProgrammesContext)
    assert ctx.courses and ctx.registration is not None and ctx.course() is not None
