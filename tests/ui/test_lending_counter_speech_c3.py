"""What a screen reader says on the counter's lending tab: what staff did, and refusals."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

import ui.common.announce
from kiosk.clock import FakeClock
from tests.support.queue_windows import table_rows
from tests.support.resident_screen import tap
from tests.ui.test_counter_window import _ScreenReader
from tests.ui.test_lending_ui import panel  # noqa: F401 (the fixture)
from ui.counter.lending import LendingPanel

NUMBER = "01012345678"


def test_a_screen_reader_hears_why_a_tool_is_not_handed_over(
    qtbot: QtBot,
    panel: LendingPanel,  # noqa: F811 (the fixture)
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Yesterday's request of a number that holds two tools since (the limit): the
    refusal, and what to do, showed on the status line only."""
    reader = _ScreenReader()
    monkeypatch.setattr(ui.common.announce, "QAccessible", reader)
    store = panel.store()
    stale = store.request_loan("ladder", NUMBER)
    clock.advance(24 * 3600)
    store.request_loan("drill", NUMBER)
    store.request_loan("cart", NUMBER)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.loans_table.rowCount() == 3, timeout=5000)
    refs = [row[0] for row in table_rows(panel.loans_table)]
    panel.loans_table.selectRow(refs.index(stale.ref))
    tap(panel.hand_out_button)
    qtbot.waitUntil(lambda: panel.status.text() != "", timeout=5000)
    assert "2" in panel.status.text()  # the refusal, with the limit
    assert {loan.ref: loan.status for loan in store.open_loans()}[stale.ref] == "requested"
    assert reader.heard == [panel.status.text()]
    panel.refresh()  # said once, not at every read
    panel.shared.worker.wait_idle()
    qtbot.wait(50)
    assert reader.heard == [panel.status.text()]
