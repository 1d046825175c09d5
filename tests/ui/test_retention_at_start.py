"""Personal data past its retention is erased when the kiosk starts and every hour
while it runs, not only when a counter opens the service's tab (a centre may never
run the counter's lending or programmes tab on the day the numbers fall due, and a
kiosk runs for months without a restart)."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.lending_store import Lending
from kiosk.centre.programmes_store import Programmes
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.storage.database import default_sqlite_path, loans, open_database
from kiosk.storage.database import programme_registrations as registrations
from tests.support.databases import stored
from tests.support.resident_screen import running_kiosk
from ui.app.compose import RETENTION_SWEEP_S


def _returned_loan(
    engine: Engine, config: KioskConfig, clock: FakeClock, key: PersonalDataKey
) -> int:
    """A drill lent and returned today: its phone number falls due for erasing in a month."""
    lending = Lending(engine, config, clock, key)
    loan = lending.hand_out(lending.request_loan("drill", "01012345678").id)
    lending.returned(loan.id)
    return loan.id


def _loan_erased(engine: Engine, loan_id: int) -> bool:
    kept = stored(engine, loans, loan_id, "phone_hash", "phone_enc", "phone_last4")
    return kept == (None, None, None)


def test_old_loan_and_registrant_details_are_erased_at_kiosk_start(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock
) -> None:
    config.lending.enabled = True
    config.programmes.enabled = True
    engine = open_database(f"sqlite:///{default_sqlite_path(tmp_path)}")
    key = PersonalDataKey.load_or_create(tmp_path)
    returned = _returned_loan(engine, config, clock, key)
    programmes = Programmes(engine, config, clock, key)
    cancelled = programmes.register("yoga", "01011112222", name="김민원").registration
    assert cancelled is not None
    programmes.cancel(cancelled.id)
    clock.advance(timedelta(days=31).total_seconds())
    current = Lending(engine, config, clock, key).request_loan("ladder", "01099998888")

    def erased() -> bool:
        registrant = stored(
            engine, registrations, cancelled.id, "name_enc", "phone_enc", "phone_hash"
        )
        return _loan_erased(engine, returned) and registrant == (None, None, None)

    assert not erased()
    try:
        with running_kiosk(config, tmp_path, clock):
            qtbot.waitUntil(erased, timeout=5000)
        # Today's request keeps its number: the resident collects with it.
        assert Lending(engine, config, clock, key).loan_phone(current.id) == "010-9999-8888"
    finally:
        engine.dispose()


def test_a_kiosk_that_keeps_running_erases_what_falls_due_while_it_runs(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock
) -> None:
    config.lending.enabled = True
    engine = open_database(f"sqlite:///{default_sqlite_path(tmp_path)}")
    returned = _returned_loan(engine, config, clock, PersonalDataKey.load_or_create(tmp_path))
    try:
        with running_kiosk(config, tmp_path, clock) as kiosk:
            assert kiosk.retention.isActive()
            assert kiosk.retention.interval() == RETENTION_SWEEP_S * 1000 == 3_600_000
            # The start-up sweep has run (the worker takes jobs in order) and kept it.
            swept = threading.Event()
            kiosk.worker.call(swept.set)
            assert swept.wait(5)
            assert not _loan_erased(engine, returned)
            # A month later, the kiosk never restarted: the next hourly sweep erases it.
            clock.advance(timedelta(days=31).total_seconds())
            kiosk.retention.timeout.emit()
            qtbot.waitUntil(lambda: _loan_erased(engine, returned), timeout=5000)
    finally:
        engine.dispose()
