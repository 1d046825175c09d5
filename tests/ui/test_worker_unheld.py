"""The device worker withdraws a number committed into a dropped PostgreSQL connection
without waiting for its next issue. Real PostgreSQL, the mock printer."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.i18n import identity_translate
from kiosk.queue.counter import CounterOps
from kiosk.queue.store import Queue
from kiosk.queue.ticket_printout import build_ticket
from kiosk.queue.tickets import TicketState
from kiosk.storage.claim import KioskIdInUseError, claim_kiosk_id
from tests.kiosk.test_postgres_queue import drop_after_commit
from tests.support.databases import end_claim_session, opened
from tests.support.server_clock import let_time_pass
from ui.app.compose import create_printer
from ui.resident.ticket_worker import DeviceWorker

pytestmark = pytest.mark.postgres


@pytest.fixture
def worker(pg_url: str, config: KioskConfig, clock: FakeClock) -> Iterator[DeviceWorker]:
    printer = create_printer(config)
    printer.open()
    with opened(pg_url) as engine:
        yield DeviceWorker(
            Queue(engine, config, clock),
            printer,
            lambda issued, language: build_ticket(config, issued, language, identity_translate),
        )
    printer.close()


def test_a_kiosk_left_idle_after_a_drop_withdraws_the_number_nobody_holds(
    worker: DeviceWorker,
    config: KioskConfig,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    queue = worker.queue
    engine: Engine = queue._engine
    drop_after_commit(queue, monkeypatch)
    worker._issue("general", False, "ko")
    # The resident is told no number was given, and no paper comes out.
    assert worker.printer.jobs == []  # type: ignore[attr-defined]
    # Nobody takes another number here; the worker's periodic job runs.
    worker._counts()
    let_time_pass(engine, clock, config.counters.unprinted_after_s + 1)
    assert CounterOps(engine, config, clock).call_next(1) is None
    [ghost] = queue.tickets_today("general")
    assert (ghost.display_code, ghost.state) == ("A-001", TicketState.CANCELLED)
    [withdrawn] = queue.events(["ticket_withdrawn"])
    assert withdrawn["ticket_id"] == ghost.id and "A-001" in withdrawn["detail"]


def test_a_kiosk_whose_id_a_clone_took_during_an_outage_says_so_once(
    worker: DeviceWorker, pg_url: str, qtbot: Any
) -> None:
    queue = worker.queue
    with opened(pg_url) as clone, opened(pg_url) as server:
        worker.claim = claim_kiosk_id(queue._engine, "kiosk-1")
        end_claim_session(server, "kiosk-1")  # the server gave up on this kiosk's session
        taken = claim_kiosk_id(clone, "kiosk-1")
        worker._counts()
        worker._counts()
        [event] = queue.events(["kiosk_id_in_use"])
        assert "center.kiosk_id 'kiosk-1' is in use by another running kiosk" in event["detail"]
        taken.release()
        # The clone stopped: held again. Its session ends on the server a moment
        # after it lets go (sooner or later under load); the worker's counts,
        # every 3 s, take the id as soon as it is free.
        deadline = time.monotonic() + 10
        worker._counts()
        while worker._claim_taken and time.monotonic() < deadline:
            time.sleep(0.1)
            worker._counts()
        with pytest.raises(KioskIdInUseError):
            claim_kiosk_id(clone, "kiosk-1")
        worker.claim.release()
