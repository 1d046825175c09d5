"""The welfare inbox on the counter terminal: requests from the kiosks, newest first.

Staff see each request's reference, kind, topic, slot, status and when it
came in (new ones highlighted), open one to read what the resident gave
(decrypted with the kiosks' shared key, ``kiosk.centre.welfare``) and mark
it in progress or done. A request another counter changed first is left as
that counter left it, and staff are told. The inbox redraws when the change
feed says a request came in or changed (migration 0009), keeping the request
staff chose selected. Requests done more than ``welfare.retention_days`` ago
(and whose slot is that long past) are purged whenever the inbox refreshes. Every database call runs on the shared
``DbWorker``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
)

from kiosk.centre import phone, welfare_store
from kiosk.centre import welfare as w
from kiosk.centre.store import open_centre_key
from kiosk.config import KioskConfig
from kiosk.i18n import N_
from ui.common.i18n import qt_translate, render, tr
from ui.counter.panels import (
    StaffPanel,
    failure_text,
    grey_out,
    keeping_selection,
    make_table,
    tag_row,
    tell,
)

log = logging.getLogger(__name__)


NEW_COLOUR = QColor("#fff3c4")


#: How long after a failed read the inbox reads again by itself.
class WelfarePanel(StaffPanel):
    """The welfare team's inbox."""

    #: A refresh finished and the table was redrawn (tests wait on it).
    refreshed = Signal()

    object_name = "welfare"
    title_text = N_("welfare_counter", "Welfare inbox")

    def build(self) -> None:
        self._cipher: welfare_store.WelfareCipher | None = None
        self.rows: list[w.InboxRow] = []
        # One read at a time; a change arriving during a read makes one more
        # after it (the running read may have missed it), and a failed read is
        # tried again: a new crisis report must not wait for the next change.
        self._refresher = self.make_refresher(
            lambda: self._fetch,
            self._ready,
            self._fetch_failed,
        )
        layout = QVBoxLayout(self)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.table = make_table(6)
        self.table.itemSelectionChanged.connect(self._show_details)
        layout.addWidget(self.table, 3)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        self.progress_button = self.add_button(
            buttons, lambda: self._set_status(w.Status.IN_PROGRESS)
        )
        self.done_button = self.add_button(buttons, lambda: self._set_status(w.Status.DONE))
        layout.addLayout(buttons)
        # Apart from the summary line above, which every refresh rewrites: a
        # refused change must still be read after the refresh that follows it.
        self.notice = QLabel()
        self.notice.setObjectName("welfare-notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        return config.welfare.enabled

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                tr("welfare_counter", "Reference"),
                tr("welfare_counter", "Request"),
                tr("welfare_counter", "About"),
                tr("welfare_counter", "Slot"),
                tr("welfare_counter", "Status"),
                tr("welfare_counter", "Received"),
            ]
        )
        self.progress_button.setText(tr("welfare_counter", "Mark in progress"))
        self.done_button.setText(tr("welfare_counter", "Mark done"))
        self._fill()

    # -- fetching (the job runs on the worker thread) ---------------------------------------
    def _cipher_now(self) -> welfare_store.WelfareCipher:  # worker thread
        if self._cipher is None:
            key = open_centre_key(self.shared.engine, self.data_dir)
            self._cipher = welfare_store.WelfareCipher(key)
        return self._cipher

    def _fetch(self) -> tuple[list[w.InboxRow], w.InboxCounts]:  # worker thread
        engine = self.shared.engine
        welfare_store.purge(engine, self.config, self.clock)
        rows = welfare_store.list_requests(engine, self._cipher_now())
        return rows, welfare_store.count_requests(engine)

    def refresh(self) -> None:
        self._refresher.refresh()

    def shutdown(self) -> None:
        self._refresher.stop()

    def _ready(self, fetched: Any) -> None:
        rows, counts = fetched
        self.rows = list(rows)
        self.status.setText(
            tr("welfare_counter", "{new} new, {total} in all", new=counts.new, total=counts.total)
        )
        self._fill()
        self.refreshed.emit()

    def _fetch_failed(self, exc: Exception) -> None:
        log.error("welfare inbox: %s", type(exc).__name__)
        self.status.setText(
            failure_text(exc, tr("welfare_counter", "The inbox cannot be read right now."))
        )
        self.refreshed.emit()

    def job_failed(self, exc: Exception) -> None:
        """Marking a request failed: say so where the next read does not overwrite
        it, and read the inbox again (its buttons too)."""
        tell(
            self.notice,
            failure_text(
                exc,
                tr("welfare_counter", "The change was not saved: the database did not answer."),
            ),
        )
        self.refresh()

    # -- drawing --------------------------------------------------------------------------
    def _about(self, row: w.InboxRow) -> str:
        return w.describe(self.config, row.details, qt_translate, self.config.ui.language)

    def _when(self, value: Any) -> str:
        return str(w.local_time(self.config, value).strftime("%m-%d %H:%M"))

    def _fill(self) -> None:
        with keeping_selection(self.table):
            self._fill_rows()
        self._show_details()

    def _fill_rows(self) -> None:
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(self.rows):
            cells = [
                row.reference,
                render(w.KIND_NAMES[row.kind]),
                self._about(row),
                self._when(row.slot_start) if row.slot_start else "",
                render(w.STATUS_NAMES[row.status]),
                self._when(row.created_at),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.status is w.Status.NEW:
                    item.setFont(bold)
                    item.setBackground(QBrush(NEW_COLOUR))
                self.table.setItem(r, c, item)
            tag_row(self.table, r, row.id)

    def selected(self) -> w.InboxRow | None:
        index = self.table.currentRow()
        items = self.table.selectedItems()
        if not items or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    def detail_lines(self, row: w.InboxRow) -> list[str]:
        """What the resident gave, for staff (decrypted)."""
        d = row.details
        lines = [
            f"{row.reference} · {render(w.KIND_NAMES[row.kind])}",
        ]
        about = self._about(row)
        if about:
            lines.append(tr("welfare_counter", "About: {about}", about=about))
        if row.slot_start:
            lines.append(tr("welfare_counter", "Slot: {slot}", slot=self._when(row.slot_start)))
        if d.get("time_of_day") in w.TIMES_OF_DAY:
            lines.append(
                tr(
                    "welfare_counter",
                    "Best time: {when}",
                    when=render(w.TIMES_OF_DAY[d["time_of_day"]]),
                )
            )
        if d.get("place") == "tell_staff":
            lines.append(tr("welfare_counter", "Where: the reporter will tell staff"))
        elif d.get("tong"):
            lines.append(
                tr("welfare_counter", "Where: tong {tong}, ban {ban}", tong=d["tong"], ban=d["ban"])
            )
        if d.get("phone"):
            lines.append(tr("welfare_counter", "Phone: {phone}", phone=phone.formatted(d["phone"])))
        elif row.kind is w.RequestKind.CRISIS:
            lines.append(tr("welfare_counter", "Phone: anonymous report"))
        if not d:
            lines.append(
                tr(
                    "welfare_counter",
                    "The details cannot be read with this terminal's key file.",
                )
            )
        return lines

    def _show_details(self) -> None:
        row = self.selected()
        self.details.setText(
            "\n".join(self.detail_lines(row))
            if row
            else tr("welfare_counter", "Choose a request to see its details.")
        )
        grey_out(self.progress_button, row is not None and row.status is w.Status.NEW, self.table)
        grey_out(self.done_button, row is not None and row.status is not w.Status.DONE, self.table)

    # -- acting ----------------------------------------------------------------------------
    def _set_status(self, status: w.Status) -> None:
        row = self.selected()
        if row is None:
            return
        engine, clock = self.shared.engine, self.clock
        self.notice.setText("")
        for button in (self.progress_button, self.done_button):
            grey_out(button, False, self.table)

        def change() -> bool:  # worker thread
            try:
                welfare_store.set_status(engine, clock, row.id, status, seen=row.status)
            except welfare_store.StatusChangedError:
                return False
            return True

        def done(changed: bool) -> None:
            if changed:
                said = tr(
                    "welfare_counter",
                    "{reference} is now: {status}.",
                    reference=row.reference,
                    status=render(w.STATUS_NAMES[status]),
                )
            else:
                said = tr(
                    "welfare_counter",
                    "Someone else changed {reference} meanwhile, so your change was "
                    "not made. The list now shows where it stands.",
                    reference=row.reference,
                )
            tell(self.notice, said)
            self.refresh()

        self.run_job(change, done)
