"""The lending and programme tabs read the database once per burst of changes.

On PostgreSQL every counter action notifies several tables; a tab that
queued one read per notification on the shared worker made "Call next"
(F1) wait behind all of them on a slow database. A read that fails is
tried again by itself.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.programmes_store import Programmes
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.store import Queue
from kiosk.storage.database import DatabaseUnavailableError
from tests.support.queue_windows import table_rows
from ui.common.i18n import tr
from ui.common.queue_feed import SharedQueue
from ui.counter import panels
from ui.counter.lending import LendingPanel
from ui.counter.panels import StaffPanel
from ui.counter.programmes import ProgrammesPanel
from ui.counter.window import CounterWindow

#: What three counter actions notify on PostgreSQL.
BURST = ("tickets", "calls", "counters", "events") * 3


@pytest.fixture
def statements(shared: SharedQueue) -> Iterator[list[str]]:
    """Every SQL statement the database runs from now on."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(shared.engine, "before_cursor_execute", record)
    yield seen
    event.remove(shared.engine, "before_cursor_execute", record)


_Panel = TypeVar("_Panel", bound=StaffPanel)


class OpenTab(Protocol):
    """Opens a staff tab of ``kind`` in a started counter window (closed after the block)."""

    def __call__(self, kind: type[_Panel]) -> AbstractContextManager[_Panel]: ...


@pytest.fixture
def open_tab(
    qtbot: QtBot, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> OpenTab:
    @contextmanager
    def opened(kind: type[_Panel]) -> Iterator[_Panel]:
        window = CounterWindow(shared, 1)
        panel = kind(shared, config, clock, tmp_path / "data")
        window.add_panel(panel)
        window.retranslate()
        qtbot.addWidget(window)
        window.show()
        window.start()
        try:
            yield panel
        finally:
            window.shutdown()
            window.close()

    return opened


@pytest.fixture(autouse=True)
def quick_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed read is tried again after 50 ms (5 s in the counter)."""
    monkeypatch.setattr(panels, "READ_RETRY_MS", 50)


def _fails_once(monkeypatch: pytest.MonkeyPatch, store: object, method: str) -> None:
    """``store.method`` raises ``DatabaseUnavailableError`` the next time, then answers."""
    real = getattr(store, method)
    failures = [DatabaseUnavailableError("down")]

    def flaky(*args: Any) -> Any:
        if failures:
            raise failures.pop()
        return real(*args)

    monkeypatch.setattr(store, method, flaky)


def _reads(statements: list[str], marker: str) -> int:
    """How many of the tab's reads ran: each runs one statement with ``marker``."""
    return sum(1 for s in statements if marker in " ".join(s.split()))


@pytest.mark.parametrize(
    ("kind", "marker"),
    [
        (LendingPanel, "FROM parcels WHERE parcels.collected_at IS NULL"),
        (ProgrammesPanel, "promotion_called_at IS NULL"),
    ],
    ids=["lending", "programmes"],
)
def test_call_next_does_not_wait_behind_a_read_per_notification(
    qtbot: QtBot,
    shared: SharedQueue,
    queue: Queue,
    statements: list[str],
    open_tab: OpenTab,
    kind: type[StaffPanel],
    marker: str,
) -> None:
    with open_tab(kind) as panel:
        window = panel.window()
        assert isinstance(window, CounterWindow)
        ticket = queue.issue("general").ticket
        queue.record_print(ticket.id, ok=True)
        qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
        assert shared.worker.wait_idle()
        # The database is busy with something else while the notifications arrive.
        gate = threading.Event()
        shared.worker.submit(lambda: gate.wait(10))
        for changed in BURST:
            shared.feed.changed.emit(changed)
        statements.clear()
        with qtbot.waitSignal(window.action_done, timeout=10000) as answered:
            qtbot.mouseClick(window.call_button, Qt.MouseButton.LeftButton)
            gate.set()
        # The call ran on the database after one read of the tab at most, not twelve.
        call = next(i for i, s in enumerate(statements) if s.startswith("UPDATE tickets"))
        assert _reads(statements[:call], marker) <= 1
        assert answered.args == [tr("counter", "Called {code}", code=ticket.display_code)]
        assert window.statusBar().currentMessage() == answered.args[0]
        assert shared.worker.wait_idle()
        # One more for the burst, one for the call's own change: the list stays current.
        assert _reads(statements, marker) <= 3


def test_a_failed_lending_read_is_tried_again_and_the_list_comes_back(
    qtbot: QtBot, shared: SharedQueue, open_tab: OpenTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_tab(LendingPanel) as panel:
        qtbot.waitUntil(lambda: panel.snapshot is not None, timeout=5000)
        assert shared.worker.wait_idle()
        shared.feed.stop()  # no change notification will come to make up for the failure
        parcel = panel.store().log_parcel("01098765432", "CJ")
        _fails_once(monkeypatch, panel.store(), "waiting_parcels")
        panel.refresh()  # the database does not answer this once; nobody refreshes again
        said = tr("lending", "The database did not answer. Try again.")
        qtbot.waitUntil(lambda: panel.status.text() == said, timeout=5000)
        qtbot.waitUntil(lambda: panel.parcels_table.rowCount() == 1, timeout=5000)
        assert table_rows(panel.parcels_table)[0][0] == parcel.ref
        assert panel.status.text() == ""  # the stale failure went with it


def test_a_failed_programmes_read_is_tried_again_and_the_list_comes_back(
    qtbot: QtBot,
    shared: SharedQueue,
    config: KioskConfig,
    clock: FakeClock,
    open_tab: OpenTab,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with open_tab(ProgrammesPanel) as panel:
        assert shared.worker.wait_idle()
        shared.feed.stop()  # no change notification will come to make up for the failure
        key = PersonalDataKey.load_or_create(panel.data_dir)
        reg = Programmes(shared.engine, config, clock, key).register("yoga", "01012345678")
        assert reg.registration is not None
        _fails_once(monkeypatch, panel.programmes(), "registrations")
        panel.refresh()  # the database does not answer this once; nobody refreshes again
        qtbot.waitUntil(lambda: "DatabaseUnavailableError" in panel.status.text(), timeout=5000)
        qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
        assert table_rows(panel.table)[0][0] == reg.registration.registration_no
        assert panel.status.text() == ""  # the stale failure went with it
