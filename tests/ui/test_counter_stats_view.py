"""The statistics widget: the table per day and service and the tickets-per-hour bars."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.stats import ServiceDay, StatsReport
from kiosk.queue.store import Queue
from ui.common.stats_view import StatsView


def _report() -> StatsReport:
    per_hour = [0] * 24
    per_hour[9], per_hour[10], per_hour[14] = 12, 30, 6
    rows = [
        ServiceDay(date(2026, 11, 23), "general", 42, 38, 3, 1, 12.5, 25.0, 4.2, 7.9),
        ServiceDay(date(2026, 11, 23), "welfare", 6, 0, 0, 6, None, None, None, None),
    ]
    return StatsReport(date(2026, 11, 23), date(2026, 11, 23), rows, per_hour)


def test_table_and_bars(qtbot: QtBot, config: KioskConfig) -> None:
    asked: list[tuple[date, date]] = []

    def fetch(start: date, end: date) -> StatsReport:
        asked.append((start, end))
        return _report()

    view = StatsView(config, fetch, today=date(2026, 11, 23))
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    with qtbot.waitSignal(view.shown, timeout=2000):
        view.refresh()
    assert asked == [(date(2026, 11, 17), date(2026, 11, 23))]
    cells = [view.table.item(0, c).text() for c in range(10)]  # type: ignore[union-attr]
    assert cells == ["2026-11-23", "민원 일반", "42", "38", "3", "1", "12.5", "25.0", "4.2", "7.9"]
    assert view.table.item(1, 6).text() == "–"  # type: ignore[union-attr]
    bars = view.chart.bar_rects()
    assert list(bars) == list(range(8, 19))  # business hours shown
    assert bars[10].height() > bars[9].height() > bars[14].height() > 0
    assert bars[11].height() == 0
    image = view.chart.grab().toImage()
    assert not image.isNull()
    # The tallest bar is drawn in the bar colour.
    rect = bars[10]
    colour = image.pixelColor(int(rect.center().x()), int(rect.bottom() - 2))
    assert colour.name().lower() == "#0b4a8f"
    view.close()


def test_bad_range_and_failures(qtbot: QtBot, config: KioskConfig) -> None:
    def broken(start: date, end: date) -> StatsReport:
        raise RuntimeError("database away")

    view = StatsView(config, broken, today=date(2026, 11, 23))
    qtbot.addWidget(view)
    view.set_range(date(2026, 11, 24), date(2026, 11, 23))
    view.refresh()
    assert view.report is None and view.status.text()
    view.set_range(date(2026, 11, 22), date(2026, 11, 23))
    view.refresh()
    assert "database away" in view.status.text()


def test_built_from_a_queue(qtbot: QtBot, engine: Engine, config: KioskConfig) -> None:
    clock = FakeClock(datetime(2026, 11, 23, 0, 30, tzinfo=UTC))
    queue = Queue(engine, config, clock)
    queue.issue("general")
    view = StatsView(queue)
    qtbot.addWidget(view)
    assert view.range() == (date(2026, 11, 17), date(2026, 11, 23))
    with qtbot.waitSignal(view.shown, timeout=2000):
        view.refresh()
    assert view.table.rowCount() == 1
    assert view.chart.counts[9] == 1
