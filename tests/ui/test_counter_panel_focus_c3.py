"""Where the keyboard focus goes when a staff tab's button greys itself out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.centre import welfare as w
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from tests.support.queue_windows import shown_and_started
from tests.ui.test_programmes_panel import _please_call, _said, _yoga_from_a_kiosk
from tests.ui.test_welfare_counter import _save
from ui.common.queue_feed import SharedQueue
from ui.counter.programmes import ProgrammesPanel
from ui.counter.services import enabled_panels
from ui.counter.welfare import WelfarePanel
from ui.counter.window import CounterWindow


@pytest.fixture
def window(
    qtbot: QtBot, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> Iterator[CounterWindow]:
    """Counter 1 with its staff tabs, the clerk's active window."""
    config.welfare.enabled = True
    window = CounterWindow(shared, 1)
    for panel in enabled_panels(shared, config, clock, tmp_path / "data"):
        window.add_panel(panel)
    shown_and_started(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=5000)
    yield window
    window.shutdown()
    window.close()
    shared.worker.wait_idle()


def _space(qtbot: QtBot, shared: SharedQueue) -> None:
    """Space on the focused control, and every read it starts done."""
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Space)
    for _ in range(3):
        shared.worker.wait_idle()
        qtbot.wait(50)


def test_space_after_mark_as_called_cancels_nobody(
    qtbot: QtBot,
    window: CounterWindow,
    shared: SharedQueue,
    config: KioskConfig,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """After Space on "Mark as called" the focus fell to "Cancel registration": two
    more Spaces (the confirmation's Yes has the focus) cancelled the resident's place."""
    kiosk, _ = _yoga_from_a_kiosk(shared, config, clock, tmp_path / "data", places=1)
    config.programmes.course("yoga").capacity = 2
    panel = next(p for p in window.panels if isinstance(p, ProgrammesPanel))
    window.tabs.setCurrentWidget(panel)
    panel.confirm = lambda question: True  # type: ignore[method-assign]
    kiosk.register("yoga", "01077778888")  # gives the new place to YOGA-002
    qtbot.waitUntil(lambda: _please_call("YOGA-002") in _said(panel), timeout=5000)
    panel.table.setFocus()
    panel.table.selectRow(1)
    panel.called_button.setFocus()
    _space(qtbot, shared)
    assert panel.to_call.text() == ""  # marked called
    _space(qtbot, shared)  # (the confirmation answered Yes)
    statuses = {reg.registration_no: reg.status.value for reg in panel.rows}
    assert statuses["YOGA-002"] == "registered"
    assert QApplication.focusWidget() is panel.table


def test_the_focus_stays_in_the_welfare_inbox_after_marking_a_request(
    qtbot: QtBot, window: CounterWindow, shared: SharedQueue, clock: FakeClock
) -> None:
    """After "Mark in progress" the focus fell to the tab bar, out of the inbox."""
    panel = next(p for p in window.panels if isinstance(p, WelfarePanel))
    window.tabs.setCurrentWidget(panel)
    _save(panel, clock, kind=w.RequestKind.HOME_VISIT)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    panel.table.setFocus()
    panel.table.selectRow(0)
    panel.progress_button.setFocus()
    _space(qtbot, shared)
    assert panel.rows[0].status is w.Status.IN_PROGRESS
    assert QApplication.focusWidget() is panel.table
    QTest.keyClick(panel.table, Qt.Key.Key_Tab)  # the next step, past the greyed-out one
    assert QApplication.focusWidget() is panel.done_button
