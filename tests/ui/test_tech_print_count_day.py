"""The dashboard's "Jobs printed today" is today's count even before today's first print.

The count restarted only when a document printed: opened the next morning
before anything had printed, the dashboard still gave yesterday's count as
today's.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.clock import FakeClock
from tests.ui.test_tech_print_report import _flag_and_jobs, _printer_panel
from ui.app.compose import Kiosk


def test_the_next_morning_before_any_print_no_job_is_counted_today(
    qtbot: QtBot, kiosk: Kiosk, clock: FakeClock
) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    with qtbot.waitSignal(controller.test_page_done, timeout=5000):
        controller.print_test_page()
    qtbot.waitUntil(lambda: _flag_and_jobs(False, 1) in _printer_panel(qtbot, kiosk), timeout=5000)

    clock.advance(24 * 3600)  # the next morning, nothing printed yet

    # Was "Jobs printed today: 1" (yesterday's test page).
    assert _flag_and_jobs(False, 0) in _printer_panel(qtbot, kiosk)
    with qtbot.waitSignal(controller.test_page_done, timeout=5000):
        controller.print_test_page()
    qtbot.waitUntil(lambda: _flag_and_jobs(False, 1) in _printer_panel(qtbot, kiosk), timeout=5000)
