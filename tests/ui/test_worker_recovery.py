"""The device worker after faults: tickets a crash left half-issued, print outcomes a
database restart missed. Real SQLite, the mock printer, the worker's own slots."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, text

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.i18n import identity_translate
from kiosk.printing.document import Document
from kiosk.queue.counter import CounterOps
from kiosk.queue.store import Queue
from kiosk.queue.ticket_printout import build_ticket
from kiosk.queue.tickets import IssuedTicket, TicketState
from ui.app.compose import create_printer
from ui.resident.ticket_worker import DeviceWorker


@pytest.fixture
def worker(engine: Engine, config: KioskConfig, clock: FakeClock) -> Iterator[DeviceWorker]:
    def document(issued: IssuedTicket, language: str) -> Document:
        return build_ticket(config, issued, language, identity_translate)

    printer = create_printer(config)
    printer.open()
    yield DeviceWorker(Queue(engine, config, clock), printer, document)
    printer.close()


def _database_away(engine: Engine, away: bool) -> None:
    # As a restarting server would: every statement on tickets fails meanwhile.
    names = ("tickets", "tickets_away") if away else ("tickets_away", "tickets")
    with engine.begin() as conn:
        conn.execute(text(f"ALTER TABLE {names[0]} RENAME TO {names[1]}"))


def test_a_print_the_database_missed_is_recorded_once_it_answers(
    worker: DeviceWorker, engine: Engine, qtbot: Any
) -> None:
    queue = worker.queue
    issued = queue.issue("general")
    _database_away(engine, True)
    worker._print(issued, "ko")  # the paper comes out while the database is away
    _database_away(engine, False)
    [job] = worker.printer.jobs  # type: ignore[attr-defined]
    assert "A-001" in job.document.plain_text()
    worker._counts()  # the next job of the worker, once the database answers
    ticket = queue.get(issued.ticket.id)
    assert (ticket.state, ticket.print_attempts) == (TicketState.PRINTED, 1)
    # A later start does not take the printed ticket for a ghost.
    assert queue.recover_interrupted() == []
    assert queue.waiting_counts()["general"] == 1


def test_a_number_given_back_while_the_database_is_away_is_never_called(
    worker: DeviceWorker, engine: Engine, config: KioskConfig, clock: FakeClock
) -> None:
    """The printer failed, the resident gave the number back, the database was restarting."""
    queue = worker.queue
    issued = queue.issue("general")
    worker.printer.set_fault("paper_out")  # type: ignore[attr-defined]
    _database_away(engine, True)
    worker._print(issued, "ko")
    assert worker.printer.jobs == []  # type: ignore[attr-defined]
    worker._cancel(issued.ticket.id)
    _database_away(engine, False)
    worker._counts()  # the next job of the worker, once the database answers
    assert queue.get(issued.ticket.id).state is TicketState.CANCELLED
    assert queue.waiting_counts()["general"] == 0
    assert CounterOps(engine, config, clock).call_next(1) is None


def test_the_worker_settles_half_issued_tickets_when_it_starts(
    worker: DeviceWorker, qtbot: Any
) -> None:
    queue = worker.queue
    ghost = queue.issue("general").ticket  # the kiosk died before printing it
    worker.start()
    try:
        qtbot.waitUntil(lambda: queue.get(ghost.id).state is TicketState.PRINT_FAILED, timeout=5000)
    finally:
        worker.stop()
    [event] = queue.events(["ticket_recovered"])
    assert event["ticket_id"] == ghost.id
