"""The staff counter window: what staff see, what the buttons do, and outages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
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
        window._row_double_clicked(1, 0)
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
            window._row_double_clicked(0, 0)
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
