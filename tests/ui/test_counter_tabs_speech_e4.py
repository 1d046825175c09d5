"""What a screen reader says on the counter's programmes tab and welfare inbox:
what staff did and why it was refused, once (not again at every read)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ui.common.announce
from kiosk.centre import welfare as w
from kiosk.centre import welfare_store
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from tests.support.databases import opened
from tests.ui.test_counter_window import _ScreenReader
from tests.ui.test_programmes_panel import _panel, _yoga_from_a_kiosk
from tests.ui.test_welfare_counter import (  # noqa: F401 (fixtures)
    _click_request,
    _refresh,
    _save,
    welfare_config,
    welfare_tab,
)
from ui.common.i18n import render, tr
from ui.common.queue_feed import SharedQueue
from ui.counter.welfare import WelfarePanel


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> _ScreenReader:
    heard = _ScreenReader()
    monkeypatch.setattr(ui.common.announce, "QAccessible", heard)
    return heard


def test_a_screen_reader_hears_a_cancel_and_whom_to_call_on_the_programmes_tab(
    qtbot: Any,
    shared: SharedQueue,
    config: KioskConfig,
    clock: FakeClock,
    tmp_path: Path,
    reader: _ScreenReader,
) -> None:
    """ "Choose one registration first" and the cancel's result, with the resident to
    call, showed on the status line only."""
    data = tmp_path / "data"
    _yoga_from_a_kiosk(shared, config, clock, data, places=2)
    panel = _panel(qtbot, shared, config, clock, data)
    panel.confirm = lambda question: True  # type: ignore[method-assign]
    panel.cancel_selected()  # nothing chosen
    choose = tr("counter_programmes", "Choose one registration first.")
    assert reader.heard == [choose]
    panel.table.selectRow(0)
    panel.cancel_selected()
    qtbot.waitUntil(lambda: "YOGA-003" in panel.status.text(), timeout=5000)
    shared.worker.wait_idle()
    assert reader.heard == [choose, panel.status.text()]
    assert panel.status.text().startswith(
        tr("counter_programmes", "{number} cancelled.", number="YOGA-001")
    )
    panel.refresh()  # said once, not at every read
    shared.worker.wait_idle()
    qtbot.wait(50)
    assert reader.heard == [choose, panel.status.text()]


def test_a_screen_reader_hears_a_welfare_change_and_a_refusal_once(
    qtbot: QtBot,
    welfare_tab: WelfarePanel,  # noqa: F811 (the fixture)
    shared: SharedQueue,
    clock: FakeClock,
    reader: _ScreenReader,
) -> None:
    """Marking a request, and "someone else changed it meanwhile", were shown only
    (the first not even shown: the status column changed, nothing was said)."""
    shared.feed.stop()  # this counter has not heard of the other counter's change yet
    visit = _save(welfare_tab, clock, kind=w.RequestKind.HOME_VISIT, details={"topic": "housing"})
    crisis = _save(
        welfare_tab, clock, kind=w.RequestKind.CRISIS, details={"situation": "isolation"}
    )
    _refresh(qtbot, welfare_tab)
    _click_request(qtbot, welfare_tab, visit.reference)
    qtbot.mouseClick(welfare_tab.progress_button, Qt.MouseButton.LeftButton)
    marked = tr(
        "welfare_counter",
        "{reference} is now: {status}.",
        reference=visit.reference,
        status=render(w.STATUS_NAMES[w.Status.IN_PROGRESS]),
    )
    qtbot.waitUntil(lambda: welfare_tab.notice.text() == marked, timeout=5000)
    assert reader.heard == [marked]
    _click_request(qtbot, welfare_tab, crisis.reference)
    with opened(str(shared.engine.url)) as counter_2:
        welfare_store.set_status(counter_2, clock, crisis.id, w.Status.DONE, seen=w.Status.NEW)
    qtbot.mouseClick(welfare_tab.progress_button, Qt.MouseButton.LeftButton)
    refused = tr(
        "welfare_counter",
        "Someone else changed {reference} meanwhile, so your change was "
        "not made. The list now shows where it stands.",
        reference=crisis.reference,
    )
    qtbot.waitUntil(lambda: welfare_tab.notice.text() == refused, timeout=5000)
    _refresh(qtbot, welfare_tab)  # said once, not at every read
    qtbot.wait(50)
    assert reader.heard == [marked, refused]
