"""Centre services' pages on the counter terminal: registrations, the welfare inbox...

A centre service that staff manage (``kiosk.journeys.centre``) adds a
``StaffPanel`` subclass in ``ui/counter/<service>.py`` and names it in
``ui.counter.services.STAFF_PANELS``. The counter terminal shows each enabled panel as a tab
beside the queue. Panels run their database calls on the shared
``DbWorker``, never on the UI thread, and redraw when the change feed
says something changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)

from kiosk.centre.keys import KEY_FILE, PersonalKeyError
from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.i18n import Text
from ui.common.announce import announce
from ui.common.i18n import render, tr
from ui.common.queue_feed import Refresher, SharedQueue


def failure_text(exc: Exception, otherwise: str) -> str:
    """What staff read on a tab when its database call failed with ``exc``.

    A centre key that differs from the kiosks' is named: staff cannot mend
    it, but they can tell the technician what to copy. Anything else is
    ``otherwise`` (the tab's own "could not be read").
    """
    if isinstance(exc, PersonalKeyError):
        return tr(
            "counter_panels",
            "This PC's centre key file ({file}) is not the kiosks' one. "
            "Please ask the technician to copy it from the first kiosk.",
            file=f"keys/{KEY_FILE}",
        )
    return otherwise


def make_table(columns: int, name: str = "") -> QTableWidget:
    """A read-only list for a staff tab, named ``name`` (tests and the demo find it so).

    Staff select whole rows, one at a time (the buttons below act on it);
    the columns share the width; rows are not numbered. Tab leaves the list
    for the next control, as everywhere else: stepping through its cells
    instead (Qt's default) kept a keyboard user in the list for good, and
    selected a row at every press.
    """
    table = QTableWidget(0, columns)
    if name:
        table.setObjectName(name)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def grey_out(button: QPushButton, enabled: bool, focus_to: QWidget) -> None:
    """Enable ``button``, or grey it out; one greyed out with the keyboard focus on
    it hands the focus to ``focus_to`` (the list it acts on).

    Qt hands it to the next control instead: after Space on "Mark as called"
    that was "Cancel registration", two more Spaces from cancelling the
    resident's place, and after "Mark in progress" the tab bar.
    """
    if not enabled and button.window().focusWidget() is button:
        focus_to.setFocus()
    button.setEnabled(enabled)


def tell(label: QLabel, message: str) -> None:
    """Show ``message`` on a tab's status ``label``, and have a screen reader say it:
    a clerk who cannot see the label heard nothing of a refusal or a result.

    For what staff did, once; not for what every read shows again.
    """
    label.setText(message)
    announce(label, message)


#: Where a staff table's first cell keeps its row's record id (``tag_row``).
ROW_ID = Qt.ItemDataRole.UserRole


def tag_row(table: QTableWidget, row: int, record_id: object) -> None:
    """Mark ``row`` of ``table`` (its first cell, already set) as showing ``record_id``."""
    item = table.item(row, 0)
    if item is not None:
        item.setData(ROW_ID, record_id)


@contextmanager
def keeping_selection(table: QTableWidget) -> Iterator[None]:
    """Redraw ``table`` inside this block; the record selected before stays selected.

    Every background refresh redraws a staff table from the top, and a
    record from a kiosk may sort above the one staff selected: a selection
    left at its row number would make the buttons act on another record.
    The selection follows the record's id (``tag_row``) instead; when the
    record is gone nothing is selected.
    """
    rows = table.selectionModel().selectedRows()
    first = table.item(rows[0].row(), 0) if len(rows) == 1 else None
    chosen = first.data(ROW_ID) if first is not None else None
    yield
    table.selectionModel().clear()  # the selection and the current row
    if chosen is None:
        return
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(ROW_ID) == chosen:
            table.selectRow(row)
            return


#: How soon a tab reads its data again after a failed read.
READ_RETRY_MS = 5000


class StaffPanel(QWidget):
    """One centre service's tab on the counter terminal.

    A subclass lays its widgets out in ``build``; the panel then draws its
    texts (``retranslate``).
    """

    #: The panel's object name (tests and the demo find the panel by it).
    object_name = ""
    #: The tab's title, translated when drawn (``title``); None: the object name.
    title_text: Text | None = None

    def __init__(
        self, shared: SharedQueue, config: KioskConfig, clock: Clock, data_dir: Path
    ) -> None:
        super().__init__()
        self.shared = shared
        self.config = config
        self.clock = clock
        #: The data folder: the centre's key file (``kiosk.centre.keys``) is there.
        self.data_dir = data_dir
        self.setObjectName(self.object_name)
        shared.feed.changed.connect(lambda _what: self.refresh())
        self.build()
        self.retranslate()

    def build(self) -> None:
        """Make the panel's widgets and state (override)."""

    def add_button(self, row: QBoxLayout, slot: Callable[[], None]) -> QPushButton:
        """A button at the end of ``row`` that runs ``slot``; ``retranslate`` sets its text."""
        button = QPushButton()
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def make_refresher(
        self,
        job: Callable[[], Callable[[], Any]],
        on_ready: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> Refresher:
        """The tab's reads on the counter's worker, one at a time: the change feed
        sends several notifications per counter action, and a read queued for each
        would make "Call next" wait behind them. A failed read is tried again."""
        return Refresher(
            self.shared.worker, job, on_ready, on_failed, retry_ms=READ_RETRY_MS, parent=self
        )

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        """Whether the centre offers this panel's service (override)."""
        return False

    def title(self) -> str:
        """The tab's title, in the staff's language."""
        return render(self.title_text) if self.title_text is not None else self.objectName()

    def retranslate(self) -> None:
        """Redraw the panel's fixed texts after a language change (override)."""

    def start(self) -> None:
        self.refresh()

    def shutdown(self) -> None:
        """Stop timers (override if the panel has any)."""

    def refresh(self) -> None:
        """Fetch and redraw (override; the feed calls it on every change)."""

    def run_job(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``job`` (a database call) on the shared worker, never on the UI thread.

        ``done`` gets its result on the UI thread; if it raised, ``job_failed``
        gets the exception instead.
        """
        self.shared.worker.submit(job, on_result=done, on_error=self.job_failed)

    def job_failed(self, exc: Exception) -> None:
        """A job of ``run_job`` raised ``exc`` (override: tell staff on the tab)."""
