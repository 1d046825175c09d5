"""Queue statistics widget: a table per day and service, and tickets per hour as bars.

For technician mode to embed: ``StatsView(queue)`` (reads ``Queue.daily_stats``),
or ``StatsView(config, fetch)`` where ``fetch(start, end)`` returns a
``kiosk.queue.stats.StatsReport``. Press "Show" (or call ``refresh``) to load;
``set_report`` shows a report directly.

Fetching runs on ``worker`` when one is given (a ``JobRunner``: the counter's
``DbWorker`` or technician mode's ``Background``), so a slow database never
freezes the screen; without one it runs right away on the UI thread. While a
range loads the status line says so and "Show" is off for that range (another
range can be asked for at once); only the newest query's answer is shown, an
older one finishing later is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QDate, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import KioskConfig
from kiosk.queue.stats import ServiceDay, StatsReport, row_cells
from kiosk.queue.store import Queue
from kiosk.storage.database import error_summary
from ui.common.i18n import tr

StatsFetch = Callable[[date, date], StatsReport]


class JobRunner(Protocol):
    """Runs ``fn`` off the UI thread, then ``on_result(value)`` or ``on_error(exc)`` on it.

    ``ui.common.queue_feed.DbWorker`` and ``ui.tech.controller.Background`` are both one.
    """

    def submit(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        /,
    ) -> object: ...


class HourlyBars(QWidget):
    """Tickets issued per hour of the day, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = [0] * 24
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(tr("stats", "Tickets per hour"))

    def set_counts(self, counts: list[int]) -> None:
        if len(counts) != 24:
            raise ValueError(f"need 24 hourly counts, got {len(counts)}")
        self.counts = list(counts)
        self.setToolTip(", ".join(f"{h:02d}h {c}" for h, c in enumerate(counts) if c))
        self.update()

    def hours_shown(self) -> range:
        """Business hours, widened to any hour with tickets."""
        busy = [h for h, c in enumerate(self.counts) if c]
        first = min([8, *busy])
        last = max([18, *busy])
        return range(first, last + 1)

    def bar_rects(self) -> dict[int, QRectF]:
        """hour -> the bar's rectangle in widget coordinates (for tests and drawing)."""
        hours = self.hours_shown()
        left, right, top, bottom = 36.0, 8.0, 16.0, 22.0
        width = max(1.0, self.width() - left - right)
        height = max(1.0, self.height() - top - bottom)
        peak = max(1, max(self.counts))
        slot = width / len(hours)
        rects = {}
        for i, hour in enumerate(hours):
            h = height * self.counts[hour] / peak
            rects[hour] = QRectF(left + i * slot + slot * 0.15, top + height - h, slot * 0.7, h)
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        font = QFont(self.font())
        font.setPointSize(8)
        painter.setFont(font)
        bottom = self.height() - 22.0
        painter.setPen(QPen(QColor("#374151"), 1))
        painter.drawLine(36, int(bottom), self.width() - 8, int(bottom))
        peak = max(self.counts)
        painter.drawText(0, 12, 32, 14, Qt.AlignmentFlag.AlignRight, str(peak))
        for hour, rect in self.bar_rects().items():
            painter.fillRect(rect, QColor("#0B4A8F"))
            label = QRectF(rect.x() - 6, bottom + 2, rect.width() + 12, 18)
            painter.setPen(QColor("#111827"))
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, f"{hour}")
            if self.counts[hour]:
                value = QRectF(rect.x() - 6, rect.y() - 14, rect.width() + 12, 14)
                painter.drawText(value, Qt.AlignmentFlag.AlignHCenter, str(self.counts[hour]))
        painter.end()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class StatsView(QWidget):
    """Date range, a table per day and service, and the hourly chart."""

    #: A report is on screen.
    shown = Signal()

    def __init__(
        self,
        source: KioskConfig | Queue,
        fetch: StatsFetch | None = None,
        *,
        worker: JobRunner | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``StatsView(queue)`` reads through ``Queue.daily_stats``; ``StatsView(config, fetch)``
        through any function of (start, end)."""
        super().__init__(parent)
        if isinstance(source, Queue):
            self.config = source.config
            self.fetch: StatsFetch = fetch or source.daily_stats
            today = today or source.business_day()
        else:
            if fetch is None:
                raise TypeError("StatsView(config, fetch): fetch is required with a config")
            self.config = source
            self.fetch = fetch
        self.worker = worker
        self.report: StatsReport | None = None
        #: The range being loaded, and which query is the newest.
        self._loading: tuple[date, date] | None = None
        self._query = 0
        day = today or date.today()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.from_edit = QDateEdit(_qdate(day - timedelta(days=6)))
        self.to_edit = QDateEdit(_qdate(day))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _day: self._update_refresh_button())
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        for w in (
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.refresh_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 3)
        self.chart_title = QLabel()
        layout.addWidget(self.chart_title)
        self.chart = HourlyBars()
        layout.addWidget(self.chart, 2)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.from_label.setText(tr("stats", "From"))
        self.to_label.setText(tr("stats", "To"))
        self.refresh_button.setText(tr("stats", "Show"))
        self.chart_title.setText(tr("stats", "Tickets per hour"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("stats", "Day"),
                tr("stats", "Service"),
                tr("stats", "Issued"),
                tr("stats", "Served"),
                tr("stats", "No-shows"),
                tr("stats", "Cancelled"),
                tr("stats", "Wait avg (min)"),
                tr("stats", "Wait p90 (min)"),
                tr("stats", "Service avg (min)"),
                tr("stats", "Service p90 (min)"),
            ]
        )
        if self.report is not None:
            self.set_report(self.report)

    def range(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def set_range(self, start: date, end: date) -> None:
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))

    def refresh(self) -> None:
        """Load the chosen range (on the worker, if any); a range loading already is not
        asked for twice."""
        start, end = self.range()
        if end < start:
            self.status.setText(tr("stats", "The end date is before the start date."))
            return
        if self._loading == (start, end):
            return
        self._query += 1
        query = self._query
        self._loading = (start, end)
        self._update_refresh_button()
        self.status.setText(tr("stats", "Loading…"))
        if self.worker is None:
            try:
                report = self.fetch(start, end)
            except Exception as exc:
                self._failed(query, exc)
                return
            self._loaded(query, report)
        else:
            self.worker.submit(
                lambda: self.fetch(start, end),
                lambda report: self._loaded(query, report),
                lambda exc: self._failed(query, exc),
            )

    def _update_refresh_button(self) -> None:
        self.refresh_button.setEnabled(self._loading != self.range())

    def _finish(self, query: int) -> bool:
        """Query ``query`` has answered: False if its answer is to be dropped (a newer query
        was asked for, or the view is gone)."""
        if query != self._query or not shiboken6.isValid(self):
            return False
        self._loading = None
        self._update_refresh_button()
        return True

    def _loaded(self, query: int, report: StatsReport) -> None:
        if self._finish(query):
            self.set_report(report)

    def _failed(self, query: int, exc: BaseException) -> None:
        if self._finish(query):
            # The rows on screen belong to an earlier range: left there under
            # this message they would read as the answer to this one.
            self.report = None
            self.table.setRowCount(0)
            self.chart.set_counts([0] * 24)
            self.status.setText(
                tr("stats", "Statistics unavailable: {reason}", reason=error_summary(exc))
            )

    def _service_name(self, service_id: str) -> str:
        try:
            return self.config.service(service_id).names.get(self.config.ui.language)
        except KeyError:
            return service_id

    def set_report(self, report: StatsReport) -> None:
        self.report = report
        rows: list[ServiceDay] = report.rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = row_cells(row, service_name=self._service_name, missing="–")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.chart.set_counts(report.per_hour)
        self.status.setText(
            tr(
                "stats",
                "{count} tickets from {start} to {end}",
                count=report.total_issued,
                start=report.start.isoformat(),
                end=report.end.isoformat(),
            )
        )
        self.shown.emit()
