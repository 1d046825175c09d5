"""The counter terminal's lending tab: open loans with reminders, and kept parcels.

Staff hand tools over and take them back, see which loans are due soon or
overdue (to call the borrower: the full number is shown only when asked
for, one row at a time), log the parcels they keep and mark them
collected. Phone numbers of finished loans and parcels are erased after
``lending.keep_days`` when the tab starts (``Lending.purge``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
)

from kiosk.centre import phone
from kiosk.centre.lending import OUT, REQUESTED, LendingError, Loan, Parcel
from kiosk.centre.lending_store import Lending
from kiosk.centre.store import open_centre_key
from kiosk.config import KioskConfig
from kiosk.i18n import N_
from kiosk.journeys.lending import LendingJourney
from ui.common.i18n import render, tr
from ui.counter.panels import (
    StaffPanel,
    failure_text,
    keeping_selection,
    make_table,
    tag_row,
    tell,
)

OVERDUE = QColor("#F8D7DA")
DUE_SOON = QColor("#FFF3CD")


#: How long after a failed read the tab reads again by itself.
@dataclass(frozen=True)
class LendingSnapshot:
    today: date
    loans: list[Loan]
    #: Ids of the loans in the reminders (due soon or overdue).
    reminders: set[int]
    parcels: list[Parcel]


class LendingPanel(StaffPanel):
    object_name = "lending-panel"
    title_text = N_("lending", "Lending and parcels")

    def build(self) -> None:
        self._lending: Lending | None = None
        self.snapshot: LendingSnapshot | None = None
        self._language = self.config.ui.language
        self._zone = ZoneInfo(self.config.center.timezone)
        #: The status line's text when it says the last read failed (cleared by the next read).
        self._read_failure = ""
        self._refresher = self.make_refresher(
            lambda: self._fetch,
            self._ready,
            self._read_failed,
        )
        layout = QVBoxLayout(self)
        self.reminder_label = QLabel()
        self.reminder_label.setObjectName("lending-reminders")
        self.reminder_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.reminder_label)
        self.loans_table = make_table(5, "lending-loans")
        layout.addWidget(self.loans_table, 2)
        loan_buttons = QHBoxLayout()
        self.hand_out_button = self.add_button(loan_buttons, self._hand_out)
        self.returned_button = self.add_button(loan_buttons, self._returned)
        self.cancel_button = self.add_button(loan_buttons, self._cancel)
        self.reveal_loan_button = self.add_button(loan_buttons, self._reveal_loan)
        layout.addLayout(loan_buttons)
        self.parcels_title = QLabel()
        self.parcels_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.parcels_title)
        self.parcels_table = make_table(4, "lending-parcels")
        layout.addWidget(self.parcels_table, 1)
        parcel_row = QHBoxLayout()
        self.parcel_phone = QLineEdit()
        self.parcel_phone.setObjectName("parcel-phone")
        self.parcel_note = QLineEdit()
        self.parcel_note.setMaxLength(80)
        parcel_row.addWidget(self.parcel_phone, 2)
        parcel_row.addWidget(self.parcel_note, 3)
        self.log_parcel_button = self.add_button(parcel_row, self._log_parcel)
        self.collected_button = self.add_button(parcel_row, self._collected)
        self.reveal_parcel_button = self.add_button(parcel_row, self._reveal_parcel)
        layout.addLayout(parcel_row)
        self.status = QLabel()
        self.status.setObjectName("lending-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        return LendingJourney.enabled(config)

    # -- building ----------------------------------------------------------------
    def retranslate(self) -> None:
        self.loans_table.setHorizontalHeaderLabels(
            [
                tr("lending", "Loan"),
                tr("lending", "Tool"),
                tr("lending", "Status"),
                tr("lending", "Return by"),
                tr("lending", "Phone"),
            ]
        )
        self.parcels_table.setHorizontalHeaderLabels(
            [
                tr("lending", "Parcel"),
                tr("lending", "Received"),
                tr("lending", "Label"),
                tr("lending", "Phone"),
            ]
        )
        self.hand_out_button.setText(tr("lending", "Handed over"))
        self.returned_button.setText(tr("lending", "Returned"))
        self.cancel_button.setText(tr("lending", "Cancel request"))
        self.reveal_loan_button.setText(tr("lending", "Show full number"))
        self.parcels_title.setText(tr("lending", "Parcels kept"))
        self.parcel_phone.setPlaceholderText(tr("lending", "Mobile number (010...)"))
        self.parcel_note.setPlaceholderText(tr("lending", "Label: carrier, size (no names)"))
        self.log_parcel_button.setText(tr("lending", "Log parcel"))
        self.collected_button.setText(tr("lending", "Collected"))
        self.reveal_parcel_button.setText(tr("lending", "Show full number"))
        self._render()

    # -- data --------------------------------------------------------------------
    def store(self) -> Lending:
        """Worker thread only: the loans and parcels (the centre key checked on first use)."""
        if self._lending is None:
            key = open_centre_key(self.shared.engine, self.data_dir)
            self._lending = Lending(self.shared.engine, self.config, self.clock, key)
        return self._lending

    def start(self) -> None:
        self.run_job(lambda: self.store().purge(), lambda _erased: None)
        self.refresh()

    def _fetch(self) -> LendingSnapshot:  # worker thread
        lending = self.store()
        loans = lending.open_loans()
        reminders = {loan.id for loan in lending.reminders()}
        return LendingSnapshot(lending.today(), loans, reminders, lending.waiting_parcels())

    def refresh(self) -> None:
        self._refresher.refresh()

    def shutdown(self) -> None:
        self._refresher.stop()

    def _ready(self, snapshot: LendingSnapshot) -> None:
        self.snapshot = snapshot
        if self._read_failure and self.status.text() == self._read_failure:
            self.status.setText("")  # the database answers again
        self._read_failure = ""
        self._render()

    def _read_failed(self, exc: Exception) -> None:
        # Shown, not said: the read is tried again every few seconds.
        self._read_failure = self._failure(exc)
        self.status.setText(self._read_failure)

    def job_failed(self, exc: Exception) -> None:
        tell(self.status, self._failure(exc))

    def _failure(self, exc: Exception) -> str:
        if isinstance(exc, LendingError):
            return render(exc.message)
        return failure_text(exc, tr("lending", "The database did not answer. Try again."))

    def _render(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            self.reminder_label.setText("")
            return
        due = [loan for loan in snapshot.loans if loan.id in snapshot.reminders]
        overdue = [loan for loan in due if loan.due_on < snapshot.today]
        self.reminder_label.setText(
            tr(
                "lending",
                "Reminders: {overdue} overdue, {soon} due soon. Call the borrowers.",
                overdue=len(overdue),
                soon=len(due) - len(overdue),
            )
            if due
            else tr("lending", "No loan is due soon.")
        )
        with keeping_selection(self.loans_table):
            self._fill_loans(snapshot, overdue)
        with keeping_selection(self.parcels_table):
            self._fill_parcels(snapshot)

    def _fill_loans(self, snapshot: LendingSnapshot, overdue: list[Loan]) -> None:
        self.loans_table.setRowCount(len(snapshot.loans))
        for row, loan in enumerate(snapshot.loans):
            item = self.config.lending.item(loan.item_id)
            cells = (
                loan.ref,
                item.names.get(self._language) if item is not None else loan.item_id,
                self._status_text(loan),
                loan.due_on.isoformat(),
                loan.masked_phone(),
            )
            colour = (
                OVERDUE if loan in overdue else DUE_SOON if loan.id in snapshot.reminders else None
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if colour is not None:
                    cell.setBackground(colour)
                self.loans_table.setItem(row, column, cell)
            tag_row(self.loans_table, row, loan.id)

    def _fill_parcels(self, snapshot: LendingSnapshot) -> None:
        self.parcels_table.setRowCount(len(snapshot.parcels))
        for row, parcel in enumerate(snapshot.parcels):
            received = parcel.received_at.astimezone(self._zone).strftime("%m-%d %H:%M")
            for column, text in enumerate(
                (parcel.ref, received, parcel.note, parcel.masked_phone())
            ):
                self.parcels_table.setItem(row, column, QTableWidgetItem(text))
            tag_row(self.parcels_table, row, parcel.id)

    def _status_text(self, loan: Loan) -> str:
        if loan.status == REQUESTED:
            return tr("lending", "Asked for (not collected)")
        if loan.status == OUT:
            return tr("lending", "Lent out")
        return loan.status

    # -- actions -----------------------------------------------------------------
    def _selected_loan(self) -> Loan | None:
        row = self.loans_table.currentRow()
        if self.snapshot is None or not 0 <= row < len(self.snapshot.loans):
            tell(self.status, tr("lending", "Choose a loan in the list first."))
            return None
        return self.snapshot.loans[row]

    def _selected_parcel(self) -> Parcel | None:
        row = self.parcels_table.currentRow()
        if self.snapshot is None or not 0 <= row < len(self.snapshot.parcels):
            tell(self.status, tr("lending", "Choose a parcel in the list first."))
            return None
        return self.snapshot.parcels[row]

    def _loan_action(self, action: Callable[[Lending, int], Loan], message: str) -> None:
        loan = self._selected_loan()
        if loan is None:
            return

        def done(updated: Loan) -> None:
            tell(self.status, f"{updated.ref}: {message}")
            self.refresh()

        self.run_job(lambda: action(self.store(), loan.id), done)

    def _hand_out(self) -> None:
        self._loan_action(Lending.hand_out, tr("lending", "handed over"))

    def _returned(self) -> None:
        self._loan_action(Lending.returned, tr("lending", "returned"))

    def _cancel(self) -> None:
        self._loan_action(Lending.cancel, tr("lending", "request cancelled"))

    def _show_phone(self, ref: str, fetch: Callable[[], str]) -> None:
        """The full phone number of a loan or parcel (``fetch`` reads it on the
        worker), shown after its ``ref`` on the status line."""
        self.run_job(fetch, lambda number: self.status.setText(f"{ref}: {number}"))

    def _reveal_loan(self) -> None:
        loan = self._selected_loan()
        if loan is not None:
            self._show_phone(loan.ref, lambda: self.store().loan_phone(loan.id))

    def _log_parcel(self) -> None:
        digits = "".join(ch for ch in self.parcel_phone.text() if ch.isdigit())
        problem = phone.mobile_problem(digits)
        if problem is not None:
            tell(self.status, render(problem))
            return
        note = self.parcel_note.text()

        def done(parcel: Parcel) -> None:
            self.parcel_phone.clear()
            self.parcel_note.clear()
            tell(self.status, tr("lending", "Parcel {ref} logged.", ref=parcel.ref))
            self.refresh()

        self.run_job(lambda: self.store().log_parcel(digits, note), done)

    def _collected(self) -> None:
        parcel = self._selected_parcel()
        if parcel is None:
            return

        def done(_: object) -> None:
            tell(self.status, tr("lending", "Parcel {ref} collected.", ref=parcel.ref))
            self.refresh()

        self.run_job(lambda: self.store().collected(parcel.id), done)

    def _reveal_parcel(self) -> None:
        parcel = self._selected_parcel()
        if parcel is not None:
            self._show_phone(parcel.ref, lambda: self.store().parcel_phone(parcel.id))
