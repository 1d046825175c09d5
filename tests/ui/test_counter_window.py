"""The staff counter window: what staff see, what the buttons do, and outages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QProxyStyle,
    QPushButton,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ui.common.announce
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.store import Queue
from kiosk.queue.tickets import TicketState
from kiosk.storage.database import DatabaseUnavailableError
from tests.support.queue_windows import shown_and_started, table_rows
from ui.common.i18n import LanguageSwitcher
from ui.common.queue_feed import SharedQueue
from ui.counter.window import CounterWindow


@pytest.fixture
def window(qtbot: QtBot, shared: SharedQueue) -> Iterator[CounterWindow]:
    w = shown_and_started(qtbot, CounterWindow(shared, 1))
    yield w
    w.shutdown()
    w.close()


def _issue(queue: Queue, clock: FakeClock, service: str = "general", **kw: bool) -> str:
    ticket = queue.issue(service, priority=kw.get("priority", False)).ticket
    if kw.get("printed", True):
        queue.record_print(ticket.id, ok=True)
    else:
        queue.record_print(ticket.id, ok=False, detail="paper out")
    clock.advance(30)
    return ticket.display_code


def _act(qtbot: QtBot, window: CounterWindow, button: object) -> str:
    with qtbot.waitSignal(window.action_done, timeout=5000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not window.shared.worker.busy, timeout=5000)
    window.shared.worker.wait_idle()
    message = blocker.args[0] if blocker.args else ""
    return str(message)


def test_shows_services_and_waiting_list_by_itself(
    qtbot: QtBot, qapp: QApplication, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    assert "민원 일반" in window.title.text() and "제증명 발급" in window.title.text()
    assert window.table.rowCount() == 0
    assert not window.call_button.isEnabled()
    _issue(queue, clock)
    _issue(queue, clock, priority=True)
    _issue(queue, clock, printed=False)
    _issue(queue, clock, "welfare")  # another counter's service
    # Nothing pressed: the window learns of the new tickets by itself.
    qtbot.waitUntil(lambda: window.table.rowCount() == 3, timeout=5000)
    rows = table_rows(window.table)
    assert [r[0] for r in rows] == ["A-001", "A-002", "A-003"]
    assert "★" in rows[1][4] and "▶" in rows[1][4]  # priority, and called next
    assert "⚠" in rows[2][4]  # print failed
    assert window.call_button.isEnabled()
    # Staff read the counts in Korean: as counts of people.
    languages = LanguageSwitcher(qapp)
    try:
        languages.set_language("ko")
        window._render()
        assert window.counts_label.text() == "현재 대기: 민원 일반 3명 · 제증명 발급 0명"
    finally:
        languages.close()


def test_call_recall_start_finish(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    code = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    assert code in _act(qtbot, window, window.call_button)
    qtbot.waitUntil(lambda: window.current_code.text() == code, timeout=5000)
    assert window.recall_button.isEnabled() and window.start_button.isEnabled()
    assert not window.call_button.isEnabled() and not window.finish_button.isEnabled()
    _act(qtbot, window, window.recall_button)
    _act(qtbot, window, window.start_button)
    qtbot.waitUntil(window.finish_button.isEnabled, timeout=5000)
    assert not window.recall_button.isEnabled()
    _act(qtbot, window, window.finish_button)
    qtbot.waitUntil(lambda: window.current_code.text() == "—", timeout=5000)
    assert queue.tickets_today()[0].state is TicketState.DONE


def _darkest_label_pixel(button: QPushButton) -> int:
    """The lightness of the darkest pixel inside ``button``'s label area."""
    image = button.grab().toImage()
    inner = image.rect().adjusted(8, 8, -8, -8)
    return min(
        image.pixelColor(x, y).lightness()
        for x in range(inner.left(), inner.right(), 2)
        for y in range(inner.top(), inner.bottom(), 2)
    )


def test_call_next_looks_disabled_like_the_others_while_a_number_is_current(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.call_button)
    qtbot.waitUntil(lambda: not window.call_button.isEnabled(), timeout=5000)
    assert not window.finish_button.isEnabled()
    # A disabled "Call next" in dark grey read as pressable; it now greys out
    # as far as the disabled "Finish" beside it.
    assert _darkest_label_pixel(window.call_button) == _darkest_label_pixel(window.finish_button)
    assert _darkest_label_pixel(window.recall_button) < 80  # enabled: a dark label


def test_no_show_transfer_and_pause(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    first = _issue(queue, clock)
    second = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.call_button)
    qtbot.waitUntil(window.no_show_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.no_show_button)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.call_button)
    qtbot.waitUntil(lambda: window.current_code.text() == second, timeout=5000)
    with qtbot.waitSignal(window.action_done, timeout=5000):
        window.transfer("welfare")
    window.shared.worker.wait_idle()
    qtbot.waitUntil(lambda: window.current_code.text() == "—", timeout=5000)
    states = {t.display_code: t.state for t in queue.tickets_today()}
    assert states == {first: TicketState.NO_SHOW, second: TicketState.PRINTED}
    assert queue.waiting_counts()["welfare"] == 1
    _act(qtbot, window, window.pause_button)
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.paused, timeout=5000)
    assert "Paused" in window.state_label.text() or "중지" in window.state_label.text()
    _issue(queue, clock)
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=5000)
    assert not window.call_button.isEnabled()
    _act(qtbot, window, window.pause_button)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)


def test_double_click_calls_that_ticket(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    _issue(queue, clock)
    flagged = _issue(queue, clock, printed=False)
    qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=5000)
    with qtbot.waitSignal(window.action_done, timeout=5000):
        window._row_activated(1, 0)
    window.shared.worker.wait_idle()
    qtbot.waitUntil(lambda: window.current_code.text() == flagged, timeout=5000)


def test_staff_calls_from_kiosks(qtbot: QtBot, window: CounterWindow, queue: Queue) -> None:
    queue.record_event("staff_call", "screen=home")
    qtbot.waitUntil(lambda: window.staff_list.count() == 1, timeout=5000)
    item = window.staff_list.item(0)
    assert item is not None and "kiosk-1" in item.text() and "screen=home" in item.text()
    window._dismiss_staff_call(item)
    assert window.staff_list.count() == 0


def test_database_outage_shows_unavailable_and_retries(
    qtbot: QtBot, window: CounterWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = window.ops.counter_snapshot
    calls = {"n": 0}

    def failing(counter: int, **kw: int) -> object:
        calls["n"] += 1
        raise DatabaseUnavailableError("connection refused")

    monkeypatch.setattr(window.ops, "counter_snapshot", failing)
    window.refresh()
    qtbot.waitUntil(lambda: window.unavailable, timeout=5000)
    assert window.banner.isVisibleTo(window)
    assert not window.call_button.isEnabled()
    monkeypatch.setattr(window.ops, "counter_snapshot", real)
    # The retry timer brings it back without anyone pressing anything.
    qtbot.waitUntil(lambda: not window.unavailable, timeout=5000)
    assert not window.banner.isVisibleTo(window)
    assert calls["n"] >= 1


def test_refusals_read_in_korean_with_the_ticket_number(
    qtbot: QtBot, qapp: QApplication, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """A Korean counter showed "ticket 1 is not waiting" (a row id, in English)."""
    languages = LanguageSwitcher(qapp)
    try:
        languages.set_language("ko")
        first = _issue(queue, clock)
        second = _issue(queue, clock)
        qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=5000)
        # Counter 2 calls the first a moment before staff here double-click it.
        window.shared.ops.call_next(2)
        with qtbot.waitSignal(window.action_done, timeout=5000) as blocker:
            window._row_activated(0, 0)
        window.shared.worker.wait_idle()
        assert blocker.args[0] == f"{first}번은 방금 2번 창구에서 호출했습니다"
        assert window.statusBar().currentMessage() == blocker.args[0]
        qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
        messages: list[str] = []
        window.action_done.connect(messages.append)
        window.call_button.click()
        window.call_button.click()  # F1 pressed twice
        qtbot.waitUntil(lambda: len(messages) == 2, timeout=5000)
        assert messages == [
            f"{second}번 호출",
            f"{second}번이 아직 이 창구에 호출되어 있습니다. 먼저 업무 시작 또는 부재 처리를 하세요",
        ]
    finally:
        languages.close()


def test_transfer_menu_leaves_out_the_service_the_ticket_waits_for(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """Sending a ticket to the queue it waits in was offered, and refused in English."""
    names = {s.id: s.names.get(window.ops.config.ui.language) for s in window.services}
    code = _issue(queue, clock, "certificates")
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    assert code in _act(qtbot, window, window.call_button)
    qtbot.waitUntil(window.transfer_button.isEnabled, timeout=5000)
    offered = [a.text() for a in window.transfer_menu.actions()]
    assert names["certificates"] not in offered
    assert names["general"] in offered and len(offered) == 3


def test_a_called_ticket_the_kiosk_withdraws_is_told_to_the_clerk(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """The kiosk cancelled a called ticket (its print failed, the resident gave it
    back): it vanished from the counter without a word, and staff waited for a
    resident who held no ticket."""
    code = _issue(queue, clock, printed=False)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.call_button)
    qtbot.waitUntil(lambda: window.current_code.text() == code, timeout=5000)
    ticket = next(t for t in queue.tickets_today() if t.display_code == code)
    queue.transition(ticket.id, TicketState.CANCELLED)  # what the kiosk's worker does
    qtbot.waitUntil(lambda: window.current_code.text() == "—", timeout=5000)
    qtbot.waitUntil(lambda: code in window.current_detail.text(), timeout=5000)
    told = window.current_detail.text()
    assert "withdrawn" in told and "holds no ticket" in told
    assert code in window.statusBar().currentMessage()
    # It stays until the next call, not for a few seconds only.
    clock.advance(60)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()
    assert code in window.current_detail.text()
    second = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.call_button)
    qtbot.waitUntil(lambda: window.current_code.text() == second, timeout=5000)
    assert code not in window.current_detail.text()


def test_a_finished_ticket_is_not_called_withdrawn(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    code = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.call_button)
    qtbot.waitUntil(window.no_show_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.no_show_button)
    qtbot.waitUntil(lambda: window.current_code.text() == "—", timeout=5000)
    window.shared.worker.wait_idle()
    qtbot.wait(50)
    window.shared.worker.wait_idle()
    assert code not in window.current_detail.text()
    assert window.current_detail.text() == "No ticket at this counter"


def _focused(qtbot: QtBot, window: CounterWindow) -> CounterWindow:
    """``window`` as the clerk's active window, taking their keys."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=5000)
    return window


def _key(qtbot: QtBot, window: CounterWindow, key: Qt.Key, target: QWidget | None = None) -> str:
    """Press ``key`` (on ``target``, else the window) and return what the window said."""
    with qtbot.waitSignal(window.action_done, timeout=5000) as blocker:
        QTest.keyClick(target or window, key)
    window.shared.worker.wait_idle()
    return str(blocker.args[0])


def test_function_keys_work_after_the_buttons_are_relabelled(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """F1-F7 did nothing: setting a button's text took its shortcut away."""
    _focused(qtbot, window)
    first = _issue(queue, clock)
    second = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    assert first in _key(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(window.start_button.isEnabled, timeout=5000)
    assert first in _key(qtbot, window, Qt.Key.Key_F2)  # called again
    _key(qtbot, window, Qt.Key.Key_F3)
    qtbot.waitUntil(window.finish_button.isEnabled, timeout=5000)
    _key(qtbot, window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: window.current_code.text() == "—", timeout=5000)
    _key(qtbot, window, Qt.Key.Key_F7)  # pause: the pause button's text changes
    qtbot.waitUntil(lambda: window.snapshot is not None and window.snapshot.paused, timeout=5000)
    _key(qtbot, window, Qt.Key.Key_F7)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    assert second in _key(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(window.no_show_button.isEnabled, timeout=5000)
    _key(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.current_code.text() == "—", timeout=5000)
    states = {t.display_code: t.state for t in queue.tickets_today()}
    assert states == {first: TicketState.DONE, second: TicketState.NO_SHOW}


def test_a_greyed_out_action_says_why_by_tooltip_and_by_key(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    _focused(qtbot, window)
    assert window.call_button.toolTip() == "Nobody is waiting"
    assert _key(qtbot, window, Qt.Key.Key_F1) == "Nobody is waiting"
    assert window.statusBar().currentMessage() == "Nobody is waiting"
    assert _key(qtbot, window, Qt.Key.Key_F4) == "Counter 1 has no called ticket"
    code = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _key(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(window.start_button.isEnabled, timeout=5000)
    assert window.finish_button.toolTip() == f"Start serving {code} first"
    assert _key(qtbot, window, Qt.Key.Key_F1) == (
        f"{code} is still called here: start serving it or mark it absent first"
    )


def test_function_keys_act_only_on_the_queue_tab(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """A clerk typing in a service's tab must not call a ticket they cannot see."""
    other = QWidget()
    window.tabs.addTab(other, "service")
    window.tabs.setCurrentWidget(other)
    _focused(qtbot, window)
    _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.wait(200)
    window.shared.worker.wait_idle()
    assert window.current_code.text() == "—"
    assert queue.tickets_today()[0].state is TicketState.PRINTED


@pytest.fixture
def one_service_window(
    qtbot: QtBot, tmp_path: Path, config: KioskConfig, clock: FakeClock
) -> Iterator[CounterWindow]:
    """The counter of a centre that offers one service only."""
    general = config.service("general")
    small = config.model_copy(update={"services": [general]})
    shared = SharedQueue.open(small, f"sqlite:///{tmp_path / 'one.sqlite3'}", clock)
    w = shown_and_started(qtbot, CounterWindow(shared, 1))
    yield w
    w.shutdown()
    w.close()
    shared.close()


def test_transfer_in_a_one_service_centre_says_there_is_no_other_service(
    qtbot: QtBot, one_service_window: CounterWindow, clock: FakeClock
) -> None:
    """It opened an empty menu."""
    window = _focused(qtbot, one_service_window)
    queue = Queue(window.shared.engine, window.ops.config, clock)
    code = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    assert code in _key(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(window.recall_button.isEnabled, timeout=5000)
    no_other = "This centre has no other service to send a ticket to"
    assert not window.transfer_button.isEnabled()
    assert window.transfer_button.toolTip() == no_other
    assert _key(qtbot, window, Qt.Key.Key_F6) == no_other


def test_enter_calls_the_selected_ticket_even_after_the_list_moved(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """Calling a particular (flagged) ticket took a mouse; and a selection kept
    its row number, so a refresh moved it onto another ticket."""
    _issue(queue, clock)
    _issue(queue, clock)
    flagged = _issue(queue, clock, printed=False)
    qtbot.waitUntil(lambda: window.table.rowCount() == 3, timeout=5000)
    _focused(qtbot, window)
    window.table.setFocus()
    window.table.selectRow(2)
    # Counter 2 calls the first; the flagged ticket moves up a row.
    window.shared.ops.call_next(2)
    window.shared.feed.poke()
    qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=5000)
    selected = window.table.selectionModel().selectedRows()
    assert [table_rows(window.table)[i.row()][0] for i in selected] == [flagged]
    assert flagged in _key(qtbot, window, Qt.Key.Key_Return, window.table)
    qtbot.waitUntil(lambda: window.current_code.text() == flagged, timeout=5000)


def test_double_click_while_a_ticket_is_current_says_why_nothing_happens(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    first = _issue(queue, clock)
    _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _act(qtbot, window, window.call_button)
    qtbot.waitUntil(lambda: window.current_code.text() == first, timeout=5000)
    with qtbot.waitSignal(window.action_done, timeout=5000) as blocker:
        window._row_activated(0, 0)
    window.shared.worker.wait_idle()
    assert blocker.args[0] == (
        f"{first} is still called here: start serving it or mark it absent first"
    )


def test_enter_dismisses_a_staff_call_even_after_a_refresh(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    queue.record_event("staff_call", "screen=home")
    queue.record_event("staff_call", "screen=ticket")
    qtbot.waitUntil(lambda: window.staff_list.count() == 2, timeout=5000)
    _focused(qtbot, window)
    window.staff_list.setFocus()
    window.staff_list.setCurrentRow(1)
    chosen = window.staff_list.item(1)
    assert chosen is not None
    text = chosen.text()
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()
    QTest.keyClick(window.staff_list, Qt.Key.Key_Return)
    remaining = [window.staff_list.item(i).text() for i in range(window.staff_list.count())]
    assert len(remaining) == 1 and text not in remaining


def test_tab_leaves_the_waiting_list_and_ctrl_tab_changes_tabs(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """Tab stepped through the list's cells, wrapping round for good (selecting a
    row at every press): the staff calls and the other tabs were out of reach."""
    other = QWidget()
    window.tabs.addTab(other, "lending")
    for _ in range(3):
        _issue(queue, clock)
    qtbot.waitUntil(lambda: window.table.rowCount() == 3, timeout=5000)
    _focused(qtbot, window)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.staff_list
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is other


class _SingleClickDesktop(QProxyStyle):
    """A desktop set to open items with one click (KDE, qt6ct can be)."""

    def styleHint(self, hint: QStyle.StyleHint, *args: Any) -> int:
        if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, *args)


def _click_row(view: QAbstractItemView, row: int, *, double: bool = False) -> None:
    index = view.model().index(row, 0)
    where = view.visualRect(index).center()
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    else:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_one_click_on_a_single_click_desktop_calls_nobody_and_keeps_the_staff_call(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """There a click meant to select a row called that ticket out of turn, and a
    click on a resident's call for help dismissed it."""
    style = _SingleClickDesktop()
    window.table.setStyle(style)
    window.staff_list.setStyle(style)
    _issue(queue, clock)
    second = _issue(queue, clock)
    queue.record_event("staff_call", "screen=home")
    qtbot.waitUntil(
        lambda: window.table.rowCount() == 2 and window.staff_list.count() == 1, timeout=5000
    )
    _click_row(window.table, 1)
    _click_row(window.staff_list, 0)
    qtbot.wait(100)
    window.shared.worker.wait_idle()
    assert window.staff_list.count() == 1
    assert {t.state for t in queue.tickets_today()} == {TicketState.PRINTED}
    with qtbot.waitSignal(window.action_done, timeout=5000):
        _click_row(window.table, 1, double=True)
    qtbot.waitUntil(lambda: window.current_code.text() == second, timeout=5000)


def test_a_staff_call_shows_on_the_queue_tab_while_the_clerk_is_on_another(
    qtbot: QtBot, window: CounterWindow, queue: Queue
) -> None:
    """A resident's call for help showed only in the queue tab's list: a clerk
    registering someone on another tab saw nothing."""
    other = QWidget()
    window.tabs.addTab(other, "lending")
    window.tabs.setCurrentWidget(other)
    assert window.tabs.tabText(0) == "Queue"
    queue.record_event("staff_call", "screen=home")
    qtbot.waitUntil(lambda: window.staff_list.count() == 1, timeout=5000)
    assert window.tabs.tabText(0) == "Queue · staff calls: 1"
    assert window.tabs.tabBar().tabTextColor(0) == QColor("#A4161A")
    item = window.staff_list.item(0)
    assert item is not None
    window._dismiss_staff_call(item)
    assert window.tabs.tabText(0) == "Queue"


class _ScreenReader:
    """Stands in for ``QAccessible`` in ``ui.common.announce``: keeps what it is told."""

    AnnouncementPoliteness = QAccessible.AnnouncementPoliteness
    Event = QAccessible.Event

    def __init__(self) -> None:
        self.heard: list[str] = []

    def updateAccessibility(self, event: Any) -> None:
        self.heard.append(event.message())


def test_a_screen_reader_hears_what_the_counter_says_and_names_its_lists(
    qtbot: QtBot,
    window: CounterWindow,
    queue: Queue,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The results of F1-F7 and a resident's call for help showed on screen only;
    the waiting list and the staff calls had no name."""
    reader = _ScreenReader()
    monkeypatch.setattr(ui.common.announce, "QAccessible", reader)
    assert QAccessible.queryAccessibleInterface(window.table).text(QAccessible.Text.Name) == (
        "Waiting"
    )
    assert (
        QAccessible.queryAccessibleInterface(window.staff_list)
        .text(QAccessible.Text.Name)
        .startswith("Staff calls from kiosks")
    )
    _focused(qtbot, window)
    assert _key(qtbot, window, Qt.Key.Key_F1) == "Nobody is waiting"
    code = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    _key(qtbot, window, Qt.Key.Key_F1)
    queue.record_event("staff_call", "screen=home")
    qtbot.waitUntil(lambda: window.staff_list.count() == 1, timeout=5000)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()  # said once, not at every redraw
    assert reader.heard[:2] == ["Nobody is waiting", f"Called {code}"]
    assert len(reader.heard) == 3 and "a resident asks for help" in reader.heard[2]


def test_space_moves_a_ticket_along_without_pausing_the_counter(
    qtbot: QtBot, window: CounterWindow, queue: Queue, clock: FakeClock
) -> None:
    """After Space on "Call next" the focus fell to "Pause": the next Space paused
    the counter. It now goes to the ticket's next step."""
    _focused(qtbot, window)
    first = _issue(queue, clock)
    second = _issue(queue, clock)
    qtbot.waitUntil(window.call_button.isEnabled, timeout=5000)
    window.call_button.setFocus()
    said = []
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        said.append(_key(qtbot, window, Qt.Key.Key_Space, focused))
        with qtbot.waitSignal(window.refreshed, timeout=5000):
            window.refresh()
    assert said == [f"Called {first}", f"Serving {first}", f"{first} done", f"Called {second}"]
    assert window.snapshot is not None and not window.snapshot.paused
