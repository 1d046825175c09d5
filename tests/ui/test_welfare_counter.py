"""The counter terminal's welfare inbox (``ui.counter.welfare``), driven as staff would."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from kiosk.centre import welfare as w
from kiosk.centre import welfare_store
from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from tests.support.databases import opened
from tests.support.queue_windows import shown_and_started, table_rows
from ui.common.i18n import render, tr
from ui.common.queue_feed import SharedQueue
from ui.counter import panels
from ui.counter.services import STAFF_PANELS, enabled_panels
from ui.counter.welfare import NEW_COLOUR, WelfarePanel
from ui.counter.window import CounterWindow


@pytest.fixture
def welfare_config(config: KioskConfig) -> KioskConfig:
    config.welfare.enabled = True
    config.welfare.retention_days = 30
    return config


@pytest.fixture
def panel(
    qtbot: QtBot, shared: SharedQueue, welfare_config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> Iterator[WelfarePanel]:
    p = shown_and_started(qtbot, WelfarePanel(shared, welfare_config, clock, tmp_path))
    yield p
    p.shutdown()
    shared.worker.wait_idle()


@pytest.fixture
def welfare_tab(
    qtbot: QtBot, shared: SharedQueue, welfare_config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> Iterator[WelfarePanel]:
    """The welfare tab of a counter terminal, open, as staff use it."""
    window = CounterWindow(shared, 1)
    inbox = WelfarePanel(shared, welfare_config, clock, tmp_path)
    window.add_panel(inbox)
    window.retranslate()
    shown_and_started(qtbot, window)
    window.tabs.setCurrentWidget(inbox)
    assert shared.worker.wait_idle()
    yield inbox
    window.shutdown()
    window.close()
    shared.worker.wait_idle()


def _save(panel: WelfarePanel, clock: FakeClock, **kw: object) -> w.SavedRequest:
    """A request as a kiosk sharing ``panel``'s database and key would save it."""
    cipher = welfare_store.WelfareCipher(PersonalDataKey.load_or_create(panel.data_dir))
    request = w.WelfareRequest(**kw)  # type: ignore[arg-type]
    saved = welfare_store.save_request(panel.shared.engine, cipher, panel.config, clock, request)
    clock.advance(60)
    return saved


def _refresh(qtbot: QtBot, panel: WelfarePanel) -> None:
    """Read the inbox again and wait until every read asked for so far is drawn.

    A change told during a read makes one more read after it, so the first
    ``refreshed`` may come from a read that began before this one was asked for.
    """
    panel.refresh()
    assert panel.shared.worker.wait_idle()


def _click_request(qtbot: QtBot, panel: WelfarePanel, reference: str) -> None:
    """Staff click the request ``reference`` in the inbox."""
    [row] = [r for r, cells in enumerate(table_rows(panel.table)) if cells[0] == reference]
    cell = panel.table.item(row, 0)
    assert cell is not None
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualItemRect(cell).center(),
    )


def _statuses(panel: WelfarePanel) -> dict[str, str]:
    """Each listed request's status, as the inbox shows it, by reference."""
    return {cells[0]: cells[4] for cells in table_rows(panel.table)}


def test_listed_when_enabled(
    welfare_config: KioskConfig, shared: SharedQueue, tmp_path: Path
) -> None:
    assert WelfarePanel in STAFF_PANELS
    welfare_config.welfare.enabled = False
    panels = enabled_panels(shared, welfare_config, FakeClock(), tmp_path)
    assert not any(isinstance(panel, WelfarePanel) for panel in panels)


def test_inbox_newest_first_details_and_status(
    qtbot: QtBot, panel: WelfarePanel, clock: FakeClock
) -> None:
    assert panel.table.rowCount() == 0
    _save(
        panel,
        clock,
        kind=w.RequestKind.CRISIS,
        details={"situation": "unpaid_bills", "tong": "7", "ban": "2"},
    )
    _save(
        panel,
        clock,
        kind=w.RequestKind.HOME_VISIT,
        details={"topic": "housing", "phone": "01055556666", "time_of_day": "morning"},
    )
    _refresh(qtbot, panel)
    rows = table_rows(panel.table)
    assert [r[0] for r in rows] == ["복지-20261123-0002", "복지-20261123-0001"]
    assert rows[0][2] == "주거" and rows[0][4] == render(w.STATUS_NAMES[w.Status.NEW])
    assert panel.table.item(0, 0).background().color() == NEW_COLOUR  # type: ignore[union-attr]
    assert panel.status.text() == tr("welfare_counter", "{new} new, {total} in all", new=2, total=2)
    # Open the home visit: what the resident gave, decrypted.
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualItemRect(panel.table.item(0, 0)).center(),  # type: ignore[arg-type]
    )
    assert "010-5555-6666" in panel.details.text()
    assert panel.progress_button.isEnabled()
    qtbot.mouseClick(panel.progress_button, Qt.MouseButton.LeftButton)
    in_progress = render(w.STATUS_NAMES[w.Status.IN_PROGRESS])
    qtbot.waitUntil(lambda: table_rows(panel.table)[0][4] == in_progress, timeout=5000)
    assert panel.selected() is not None and not panel.progress_button.isEnabled()
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    done = render(w.STATUS_NAMES[w.Status.DONE])
    qtbot.waitUntil(lambda: table_rows(panel.table)[0][4] == done, timeout=5000)
    panel.table.selectRow(1)
    details = panel.details.text()
    assert tr("welfare_counter", "Where: tong {tong}, ban {ban}", tong="7", ban="2") in details
    assert tr("welfare_counter", "Phone: anonymous report") in details


def test_purged_after_retention(qtbot: QtBot, panel: WelfarePanel, clock: FakeClock) -> None:
    """Done requests go ``retention_days`` after staff marked them done; a new one stays."""
    finished = _save(panel, clock, kind=w.RequestKind.HOME_VISIT)
    welfare_store.set_status(
        panel.shared.engine, clock, finished.id, w.Status.DONE, seen=w.Status.NEW
    )
    crisis = _save(panel, clock, kind=w.RequestKind.CRISIS)
    _refresh(qtbot, panel)
    assert panel.table.rowCount() == 2
    clock.advance(31 * 86400)
    _refresh(qtbot, panel)
    assert [row[0] for row in table_rows(panel.table)] == [crisis.reference]


def test_an_old_crisis_report_not_taken_up_stays_in_a_full_inbox(
    qtbot: QtBot, panel: WelfarePanel, clock: FakeClock
) -> None:
    """A crisis report still new when 200 later requests have come in (and been dealt
    with) is still listed, highlighted, and counted in the summary line."""
    crisis = _save(panel, clock, kind=w.RequestKind.CRISIS, details={"situation": "isolation"})
    for _ in range(200):
        later = _save(panel, clock, kind=w.RequestKind.HOME_VISIT)
        welfare_store.set_status(
            panel.shared.engine, clock, later.id, w.Status.DONE, seen=w.Status.NEW
        )
    _refresh(qtbot, panel)
    references = [row[0] for row in table_rows(panel.table)]
    assert crisis.reference in references
    row = references.index(crisis.reference)
    assert panel.table.item(row, 0).background().color() == NEW_COLOUR
    assert panel.status.text() == tr(
        "welfare_counter", "{new} new, {total} in all", new=1, total=201
    )


def test_reads_the_key_in_the_counters_data_folder(
    qtbot: QtBot, shared: SharedQueue, welfare_config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    # `kiosk counter --data-dir` (or its default data folder) holds the key.
    p = WelfarePanel(shared, welfare_config, clock, tmp_path)
    qtbot.addWidget(p)
    assert p.data_dir == tmp_path


def test_a_request_from_a_kiosk_appears_without_a_refresh(
    qtbot: QtBot, panel: WelfarePanel, shared: SharedQueue, clock: FakeClock
) -> None:
    # Another kiosk's engine on the same database: only the change feed
    # (migration 0009's triggers) can tell the counter.
    with opened(str(shared.engine.url)) as kiosk_engine:
        cipher = welfare_store.WelfareCipher(PersonalDataKey.load_or_create(panel.data_dir))
        request = w.WelfareRequest(w.RequestKind.CRISIS, details={"situation": "isolation"})
        welfare_store.save_request(kiosk_engine, cipher, panel.config, clock, request)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    assert table_rows(panel.table)[0][1] == render(w.KIND_NAMES[w.RequestKind.CRISIS])


def test_a_request_told_while_the_inbox_is_being_read_is_shown(
    qtbot: QtBot, panel: WelfarePanel, shared: SharedQueue, clock: FakeClock
) -> None:
    """A kiosk saves a crisis report just after the inbox's read has passed it; its
    change notification arrives while that read is still running."""
    shared.feed.stop()  # the notification is the test's call below, at a known moment
    assert shared.worker.wait_idle()
    read_done, release = threading.Event(), threading.Event()
    reading = panel._fetch

    def held_read() -> object:
        result = reading()
        read_done.set()
        release.wait(10)
        return result

    panel._fetch = held_read  # type: ignore[method-assign]
    panel.refresh()
    qtbot.waitUntil(read_done.is_set, timeout=5000)  # the read is over: it missed the report
    _save(panel, clock, kind=w.RequestKind.CRISIS, details={"situation": "isolation"})
    panel.refresh()  # the report's change notification
    release.set()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    assert table_rows(panel.table)[0][1] == render(w.KIND_NAMES[w.RequestKind.CRISIS])


def test_the_inbox_reads_again_by_itself_after_a_failed_read(
    qtbot: QtBot,
    shared: SharedQueue,
    welfare_config: KioskConfig,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(panels, "READ_RETRY_MS", 50)
    shared.feed.stop()  # no other change arrives to mend it
    failures = [OperationalError("SELECT", {}, Exception("the server went away"))]
    panel = WelfarePanel(shared, welfare_config, clock, tmp_path)
    qtbot.addWidget(panel)
    reading = panel._fetch

    def flaky_read() -> object:
        if failures:
            raise failures.pop()
        return reading()

    panel._fetch = flaky_read  # type: ignore[method-assign]
    _save(panel, clock, kind=w.RequestKind.CRISIS, details={"situation": "isolation"})
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.start()
    assert panel.status.text() == tr("welfare_counter", "The inbox cannot be read right now.")
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    assert panel.status.text() == tr("welfare_counter", "{new} new, {total} in all", new=1, total=1)
    panel.shutdown()
    shared.worker.wait_idle()


def test_a_counter_with_another_centre_key_tells_staff_what_to_copy(
    qtbot: QtBot, shared: SharedQueue, welfare_config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    from kiosk.centre.store import open_centre_key

    open_centre_key(shared.engine, tmp_path / "first-kiosk")
    inbox = WelfarePanel(shared, welfare_config, clock, tmp_path / "this-pc")
    qtbot.addWidget(inbox)
    with qtbot.waitSignal(inbox.refreshed, timeout=5000):
        inbox.start()
    assert "keys/centre-personal.key" in inbox.status.text()
    assert inbox.table.rowCount() == 0
    inbox.shutdown()
    shared.worker.wait_idle()


def test_the_request_staff_chose_stays_chosen_when_a_new_one_comes_in(
    qtbot: QtBot, welfare_tab: WelfarePanel, clock: FakeClock
) -> None:
    """A home visit request arrives while staff have the crisis report open; the
    new one is listed above it. "Mark done" still closes the crisis report."""
    crisis = _save(
        welfare_tab, clock, kind=w.RequestKind.CRISIS, details={"situation": "isolation"}
    )
    _refresh(qtbot, welfare_tab)
    _click_request(qtbot, welfare_tab, crisis.reference)
    assert welfare_tab.details.text().startswith(crisis.reference)
    visit = _save(
        welfare_tab,
        clock,
        kind=w.RequestKind.HOME_VISIT,
        details={"topic": "housing", "phone": "01055556666"},
    )
    _refresh(qtbot, welfare_tab)
    assert [cells[0] for cells in table_rows(welfare_tab.table)] == [
        visit.reference,
        crisis.reference,
    ]
    assert welfare_tab.details.text().startswith(crisis.reference)
    qtbot.mouseClick(welfare_tab.done_button, Qt.MouseButton.LeftButton)
    new, done = (render(w.STATUS_NAMES[s]) for s in (w.Status.NEW, w.Status.DONE))
    qtbot.waitUntil(
        lambda: _statuses(welfare_tab) == {visit.reference: new, crisis.reference: done},
        timeout=5000,
    )


def test_staff_are_told_when_another_counter_changed_the_request_first(
    qtbot: QtBot, welfare_tab: WelfarePanel, shared: SharedQueue, clock: FakeClock
) -> None:
    """Counter 2 still lists the report as new when counter 1 marks it done; staff at
    counter 2 press "Mark in progress": it stays done, and they are told why."""
    shared.feed.stop()  # counter 2 has not heard of counter 1's change yet
    crisis = _save(
        welfare_tab, clock, kind=w.RequestKind.CRISIS, details={"situation": "isolation"}
    )
    _refresh(qtbot, welfare_tab)
    _click_request(qtbot, welfare_tab, crisis.reference)
    with opened(str(shared.engine.url)) as counter_1:
        welfare_store.set_status(counter_1, clock, crisis.id, w.Status.DONE, seen=w.Status.NEW)
    new, done = (render(w.STATUS_NAMES[s]) for s in (w.Status.NEW, w.Status.DONE))
    assert _statuses(welfare_tab) == {crisis.reference: new}
    qtbot.mouseClick(welfare_tab.progress_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _statuses(welfare_tab) == {crisis.reference: done}, timeout=5000)
    assert welfare_tab.notice.text() == tr(
        "welfare_counter",
        "Someone else changed {reference} meanwhile, so your change was "
        "not made. The list now shows where it stands.",
        reference=crisis.reference,
    )
    assert welfare_tab.details.text().startswith(crisis.reference)
    assert not welfare_tab.progress_button.isEnabled()
    assert not welfare_tab.done_button.isEnabled()


def test_staff_are_told_when_their_change_could_not_be_saved(
    qtbot: QtBot,
    welfare_tab: WelfarePanel,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    crisis = _save(
        welfare_tab, clock, kind=w.RequestKind.CRISIS, details={"situation": "isolation"}
    )
    _refresh(qtbot, welfare_tab)
    _click_request(qtbot, welfare_tab, crisis.reference)

    def database_away(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("UPDATE", {}, Exception("server closed the connection"))

    monkeypatch.setattr(welfare_store, "set_status", database_away)
    qtbot.mouseClick(welfare_tab.done_button, Qt.MouseButton.LeftButton)
    said = tr("welfare_counter", "The change was not saved: the database did not answer.")
    qtbot.waitUntil(lambda: welfare_tab.notice.text() == said, timeout=5000)
    # The inbox read after it (it answers again) leaves the message where staff see it.
    qtbot.waitUntil(lambda: welfare_tab.done_button.isEnabled(), timeout=5000)
    assert welfare_tab.notice.text() == said
    new = render(w.STATUS_NAMES[w.Status.NEW])
    assert _statuses(welfare_tab) == {crisis.reference: new}
