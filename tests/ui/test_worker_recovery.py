"""The device worker after faults: tickets a crash left half-issued, print outcomes a
database restart missed. Real SQLite, the mock printer, the worker's own slots."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.i18n import identity_translate
from kiosk.printing.document import Document
from kiosk.queue.counter import CounterOps
from kiosk.queue.store import Queue, unheld_file
from kiosk.queue.ticket_printout import build_ticket
from kiosk.queue.tickets import IssuedTicket, TicketState
from kiosk.storage.database import default_sqlite_path
from tests.support.databases import opened
from tests.support.resident_screen import running_kiosk
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


def test_a_kiosk_restarted_before_withdrawing_a_number_nobody_holds_withdraws_it_at_start(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock
) -> None:
    # The last run committed A-001, lost the connection before telling the
    # resident, wrote it down to withdraw, and stopped before it could.
    with opened(f"sqlite:///{default_sqlite_path(tmp_path)}") as engine:
        ghost = Queue(engine, config, clock).issue("general").ticket
    unheld_file(tmp_path).write_text(json.dumps([{"id": ghost.id, "code": "A-001"}]), "utf-8")
    with running_kiosk(config, tmp_path, clock) as kiosk:
        qtbot.waitUntil(lambda: bool(kiosk.queue.events(["ticket_withdrawn"])), timeout=5000)
        assert kiosk.queue.get(ghost.id).state is TicketState.CANCELLED
        clock.advance(config.counters.unprinted_after_s + 1)
        assert CounterOps(kiosk.engine, config, clock).call_next(1) is None
    assert not unheld_file(tmp_path).exists()
