"""Resident participation on the counter terminal: each poll's status and results.

One box per poll of ``[participation]``: its question, whether it is open
(with its dates), then the total of votes; per option the votes and their
share once the poll has closed.
The counts are read on the shared ``DbWorker`` (``kiosk.centre.participation
.all_results``) when the panel starts and whenever the change feed says
something changed (a vote bumps it), one read at a time. Staff see
counts only: who voted is not in the tally (see ``kiosk.centre.participation``).
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.centre import participation as pa
from kiosk.centre import participation_store as vote_store
from kiosk.config import KioskConfig, PollConfig
from kiosk.i18n import N_
from ui.common.i18n import tr
from ui.common.timers import make_timer
from ui.counter.panels import StaffPanel

log = logging.getLogger(__name__)


#: While the database does not answer, read again this often (ms).
class _PollBox(QGroupBox):
    """One poll: status line, a row per option, the total."""

    def __init__(self, poll: PollConfig) -> None:
        super().__init__()
        self.poll = poll
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(len(poll.options), 3)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.total = QLabel()
        #: Said while the poll is open, in place of the counts.
        self.sealed = QLabel()
        self.sealed.setWordWrap(True)
        for widget in (self.status, self.table, self.total, self.sealed):
            layout.addWidget(widget)


class ParticipationPanel(StaffPanel):
    """The "resident participation" tab: every poll's results as they come in."""

    object_name = "participation-panel"
    title_text = N_("participation_staff", "Resident participation")

    def build(self) -> None:
        self.polls = list(self.config.participation.polls)
        self.zone = pa.center_zone(self.config)
        self.results: dict[str, pa.PollResults] | None = None
        self.unavailable = False
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setStyleSheet(
            "QLabel { background: #A4161A; color: white; padding: 8px; font-weight: bold; }"
        )
        self.banner.hide()
        outer.addWidget(self.banner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        content = QWidget()
        column = QVBoxLayout(content)
        self.boxes: dict[str, _PollBox] = {}
        for poll in self.polls:
            box = _PollBox(poll)
            column.addWidget(box)
            self.boxes[poll.id] = box
        column.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        # A poll opens and closes by the clock, not by a change in the database:
        # its status, and its results once closed, are drawn again every minute.
        self._clock_timer = make_timer(self, self._render, 60_000)
        self._refresher = self.make_refresher(
            lambda: partial(vote_store.all_results, self.shared.engine, self.polls),
            self._ready,
            self._failed,
        )

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        return config.participation.enabled and bool(config.participation.polls)

    def refresh(self) -> None:
        self._clock_timer.start()
        self._refresher.refresh()

    def shutdown(self) -> None:
        self._clock_timer.stop()
        self._refresher.stop()

    def _ready(self, results: dict[str, pa.PollResults]) -> None:
        self.results = results
        self.unavailable = False
        self._render()

    def _failed(self, exc: Exception) -> None:
        log.error("participation results could not be read: %s", type(exc).__name__)
        self.unavailable = True
        self._render()

    def retranslate(self) -> None:
        for box in self.boxes.values():
            box.sealed.setText(
                tr(
                    "participation_staff",
                    "Each option's votes are shown when the poll closes: a count going up "
                    "just after a resident voted would tell their choice.",
                )
            )
            box.table.setHorizontalHeaderLabels(
                [
                    tr("participation_staff", "Option"),
                    tr("participation_staff", "Votes"),
                    tr("participation_staff", "Share"),
                ]
            )
        self._render()

    def _status(self, poll: PollConfig) -> str:
        status = pa.poll_status(poll, self.clock.now(), self.zone)
        words = {
            pa.PollStatus.UPCOMING: tr("participation_staff", "Not open yet"),
            pa.PollStatus.OPEN: tr("participation_staff", "Open"),
            pa.PollStatus.CLOSED: tr("participation_staff", "Closed"),
        }
        opens = pa.opens_at(poll, self.zone).strftime("%Y-%m-%d %H:%M")
        closes = pa.closes_at(poll, self.zone).strftime("%Y-%m-%d %H:%M")
        return tr(
            "participation_staff",
            "{status}: {opens} to {closes}",
            status=words[status],
            opens=opens,
            closes=closes,
        )

    def _render(self) -> None:
        self.banner.setText(
            tr("participation_staff", "The results cannot be read right now; trying again…")
        )
        self.banner.setVisible(self.unavailable)
        language = self.config.ui.language
        for poll in self.polls:
            box = self.boxes[poll.id]
            box.setTitle(poll.question.get(language))
            box.status.setText(self._status(poll))
            result = self.results.get(poll.id) if self.results is not None else None
            total = result.total if result is not None else 0
            # While residents vote, an option's count going up as one of them
            # leaves the kiosk would tell staff that resident's choice.
            counted = pa.poll_status(poll, self.clock.now(), self.zone) is pa.PollStatus.CLOSED
            box.sealed.setVisible(not counted)
            for row, option in enumerate(poll.options):
                votes = result.options[row].votes if result is not None else 0
                share = result.options[row].share(total) if result is not None else 0.0
                cells = (
                    option.label.get(language),
                    "…" if result is None else str(votes) if counted else "—",
                    "…" if result is None else f"{share:.1%}" if counted else "—",
                )
                for column, text in enumerate(cells):
                    item = box.table.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        box.table.setItem(row, column, item)
                    item.setText(text)
            table = box.table
            table.setFixedHeight(
                table.horizontalHeader().sizeHint().height()
                + table.verticalHeader().length()
                + 2 * table.frameWidth()
            )
            box.total.setText(
                tr("participation_staff", "Total votes: {total}", total=total)
                if result is not None
                else ""
            )

    def option_row(self, poll_id: str, option_id: str) -> tuple[str, str, str]:
        """The option's row as staff read it: label, votes, share (tests, demo)."""
        box = self.boxes[poll_id]
        row = [o.id for o in box.poll.options].index(option_id)
        cells = [box.table.item(row, column) for column in range(3)]
        label, votes, share = (c.text() if c is not None else "" for c in cells)
        return label, votes, share
