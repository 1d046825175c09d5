"""A resident's call for help reaches a screen reader whichever tab the clerk is on."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import ui.common.announce
from kiosk.queue.store import Queue
from tests.ui.test_counter_window import _ScreenReader, window  # noqa: F401 (the fixture)
from ui.counter.window import CounterWindow


class _ReaderOfShownObjects(_ScreenReader):
    """A screen reader that says only what an object on screen announces: one that
    is hidden (a tab's list while another tab is open) is not showing to it."""

    def updateAccessibility(self, event: Any) -> None:
        source = event.object()
        if isinstance(source, QWidget) and source.isVisible():
            super().updateAccessibility(event)


def test_a_clerk_on_another_tab_hears_a_call_for_help(
    qtbot: QtBot,
    window: CounterWindow,  # noqa: F811 (the fixture)
    queue: Queue,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The call was announced from the queue tab's list of staff calls, hidden while
    the clerk registers someone on another tab."""
    reader = _ReaderOfShownObjects()
    monkeypatch.setattr(ui.common.announce, "QAccessible", reader)
    other = QWidget()
    window.tabs.addTab(other, "lending")
    window.tabs.setCurrentWidget(other)
    queue.record_event("staff_call", "screen=home")
    qtbot.waitUntil(lambda: window.staff_list.count() == 1, timeout=5000)
    assert not window.staff_list.isVisible()
    item = window.staff_list.item(0)
    assert item is not None
    call = item.text()
    assert "a resident asks for help" in call
    assert reader.heard == [call]
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()  # said once, not at every redraw
    assert reader.heard == [call]
