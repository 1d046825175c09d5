"""The tickets a kiosk must withdraw (``queue-unheld.json``) when two processes share the file.

``kiosk queue recover`` withdraws the ones it read while the kiosk may be
running and setting aside another; neither may lose the other's entries.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.store import Queue, unheld_file
from kiosk.queue.tickets import TicketState
from kiosk.storage.database import DatabaseUnavailableError
from tests.kiosk.test_postgres_queue import drop_after_commit
from tests.support.databases import opened

pytestmark = pytest.mark.postgres


def test_recover_keeps_a_number_the_running_kiosk_set_aside_meanwhile(
    pg_url: str,
    config: KioskConfig,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    with opened(pg_url) as engine:
        _recover_while_the_kiosk_runs(engine, config, clock, monkeypatch, unheld_file(tmp_path))


def _recover_while_the_kiosk_runs(
    engine: Engine,
    config: KioskConfig,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    kept: Path,
) -> None:
    kiosk = Queue(engine, config, clock, unheld_file=kept)
    drop_after_commit(kiosk, monkeypatch)
    with pytest.raises(DatabaseUnavailableError):
        kiosk.issue("general")  # the resident was told no number was given
    # The technician runs `kiosk queue recover`; it reads A-001 from the file...
    repair = Queue(engine, config, clock, unheld_file=kept)
    # ...while the kiosk, still running, loses the connection over A-002.
    drop_after_commit(kiosk, monkeypatch)
    with pytest.raises(DatabaseUnavailableError):
        kiosk.issue("general")
    repair.recover_interrupted()
    # The kiosk restarts before it withdrew A-002 itself: the file still names it.
    restarted = Queue(engine, config, clock, unheld_file=kept)
    restarted.recover_interrupted()
    states = {t.display_code: t.state for t in restarted.tickets_today("general")}
    assert states == {"A-001": TicketState.CANCELLED, "A-002": TicketState.CANCELLED}
    withdrawn = restarted.events(["ticket_withdrawn"])
    assert sorted(e["detail"][:5] for e in withdrawn) == ["A-001", "A-002"]
    assert not kept.exists()
