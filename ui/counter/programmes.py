"""Programme registration on the counter terminal: each course's registrations and waiting list.

Staff pick a course (those disabled in the settings too, marked as not
taking registrations: the kiosk hides them, but their registrants and
waiting list are still managed here) and see its registered and waiting
counts and the list (registration number, status, place on the waiting
list, the phone masked). They may reveal one row's full phone number and name on purpose (a resident
at the desk, a call to make); it is shown until another row, course or
refresh. Cancelling a registration gives its place to the first waiting.
Whoever moved a resident from the waiting list to a place (a cancel here or
at another counter, a kiosk or the purge giving out places a raised capacity
added), the tab lists the registration above the table until staff mark the
resident called. Names and phone numbers of registrations that are over are
erased after ``programmes.keep_days`` when the tab starts (``Programmes.purge``).
Every database call runs on the shared worker.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from kiosk.centre.programmes import Availability, CourseStatus, Registration, Revealed, Status
from kiosk.centre.programmes_store import Programmes
from kiosk.centre.store import open_centre_key
from kiosk.config import KioskConfig
from kiosk.i18n import N_
from ui.common.i18n import tr
from ui.counter.panels import (
    StaffPanel,
    failure_text,
    grey_out,
    keeping_selection,
    make_table,
    tag_row,
    tell,
)

_Fetched = tuple[list[CourseStatus], list[Registration], list[Registration]]


def _not_taking() -> str:
    """What the tab says beside a course disabled in the settings (the kiosk hides it)."""
    return tr("counter_programmes", "not taking registrations")


class ProgrammesPanel(StaffPanel):
    object_name = "programmes-panel"
    title_text = N_("counter_programmes", "Course registration")

    def build(self) -> None:
        self._programmes: Programmes | None = None
        self.rows: list[Registration] = []
        self.courses: list[CourseStatus] = []
        #: Every course's registrations promoted from the waiting list and not yet called.
        self.promoted: list[Registration] = []
        #: The status line's text when it says the last read failed (cleared by the next read).
        self._read_failure = ""
        # One read at a time: the change feed sends several notifications per
        # counter action, and each read queued on the shared worker would make
        # "Call next" wait behind it. A failed read is tried again.
        self._refresher = self.make_refresher(
            self._fetch_job,
            self._show,
            self._read_failed,
        )
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.course_box = QComboBox()
        # Disabled courses too: their registrants and waiting lists are still managed here.
        for course in self.config.programmes.courses:
            self.course_box.addItem(course.names.get("ko"), course.id)
        self.course_box.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.course_box, 2)
        self.counts = QLabel()
        top.addWidget(self.counts, 3)
        self.refresh_button = self.add_button(top, self.refresh)
        layout.addLayout(top)
        self.to_call = QLabel()
        self.to_call.setObjectName("programme-to-call")
        self.to_call.setWordWrap(True)
        layout.addWidget(self.to_call)
        self.table = make_table(5, "programme-registrations")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.revealed = QLabel()
        self.revealed.setObjectName("programme-revealed")
        layout.addWidget(self.revealed)
        buttons = QHBoxLayout()
        self.reveal_button = self.add_button(buttons, self.reveal_selected)
        self.called_button = self.add_button(buttons, self.mark_selected_called)
        self.cancel_button = self.add_button(buttons, self.cancel_selected)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        return config.programmes.enabled and bool(config.programmes.courses)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                tr("counter_programmes", "Registration no."),
                tr("counter_programmes", "Status"),
                tr("counter_programmes", "Waiting list"),
                tr("counter_programmes", "Mobile phone"),
                tr("counter_programmes", "Registered on"),
            ]
        )
        self.refresh_button.setText(tr("counter_programmes", "Refresh"))
        self.reveal_button.setText(tr("counter_programmes", "Show name and phone number"))
        self.called_button.setText(tr("counter_programmes", "Mark as called"))
        self.cancel_button.setText(tr("counter_programmes", "Cancel registration"))
        for index, course in enumerate(self.config.programmes.courses):
            name = course.names.get("ko")
            if not course.enabled:
                name = f"{name} ({_not_taking()})"
            self.course_box.setItemText(index, name)
        self._draw()

    # -- the database, on the worker ---------------------------------------------------
    def programmes(self) -> Programmes:
        """Worker thread only (reads and checks the centre key the first time)."""
        if self._programmes is None:
            key = open_centre_key(self.shared.engine, self.data_dir)
            self._programmes = Programmes(self.shared.engine, self.config, self.clock, key)
        return self._programmes

    def course_id(self) -> str:
        return str(self.course_box.currentData() or "")

    def start(self) -> None:
        # The purge first gives places added to a course in the config to the
        # people waiting; the refresh after it lists them to call.
        self.run_job(lambda: self.programmes().purge(), lambda _erased: None)
        self.refresh()

    def _fetch_job(self) -> Callable[[], _Fetched]:
        """UI thread: the read the worker runs, for the course chosen now."""
        course_id = self.course_id()

        def fetch() -> _Fetched:  # worker thread
            programmes = self.programmes()
            return programmes.courses(), programmes.registrations(course_id), programmes.to_call()

        return fetch

    def refresh(self) -> None:
        if self.course_id():
            self._refresher.refresh()

    def shutdown(self) -> None:
        self._refresher.stop()

    def _show(self, result: _Fetched) -> None:
        self.courses, self.rows, self.promoted = result
        if self._read_failure and self.status.text() == self._read_failure:
            self.status.setText("")  # the database answers again
        self._read_failure = ""
        self._draw()

    def _read_failed(self, exc: Exception) -> None:
        # Shown, not said: the read is tried again every few seconds.
        self._read_failure = self._failure(exc)
        self.status.setText(self._read_failure)

    def job_failed(self, exc: Exception) -> None:
        tell(self.status, self._failure(exc))

    def _failure(self, exc: Exception) -> str:
        return failure_text(
            exc,
            tr(
                "counter_programmes",
                "The registrations could not be read: {error}",
                error=type(exc).__name__,
            ),
        )

    def _draw(self) -> None:
        self._hide_revealed()
        course = next((c for c in self.courses if c.course.id == self.course_id()), None)
        if course is not None:
            counts = tr(
                "counter_programmes",
                "Registered {registered}/{capacity} · waiting {waiting}/{waiting_list}",
                registered=course.registered,
                capacity=course.course.capacity,
                waiting=course.waiting,
                waiting_list=course.course.waiting_list,
            )
            if course.availability is Availability.DISABLED:
                counts = f"{counts} · {_not_taking()}"
            self.counts.setText(counts)
        status_text = {
            Status.REGISTERED: tr("counter_programmes", "Registered"),
            Status.WAITING: tr("counter_programmes", "Waiting"),
            Status.CANCELLED: tr("counter_programmes", "Cancelled"),
        }
        self.to_call.setText(
            tr(
                "counter_programmes",
                "{number} moved from the waiting list to a place: please call them.",
                number=", ".join(reg.registration_no for reg in self.promoted),
            )
            if self.promoted
            else ""
        )
        zone = ZoneInfo(self.config.center.timezone)
        with keeping_selection(self.table):
            self.table.setRowCount(len(self.rows))
            for row, reg in enumerate(self.rows):
                cells = (
                    reg.registration_no,
                    tr("counter_programmes", "Registered, to call")
                    if reg.to_call
                    else status_text[reg.status],
                    str(reg.waiting_position or ""),
                    reg.phone_masked,
                    reg.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                )
                for col, text in enumerate(cells):
                    self.table.setItem(row, col, QTableWidgetItem(text))
                tag_row(self.table, row, reg.id)
        self._selection_changed()

    def selected(self) -> Registration | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.rows[row] if row < len(self.rows) else None

    def _selection_changed(self) -> None:
        self._hide_revealed()
        reg = self.selected()
        grey_out(self.called_button, reg is not None and reg.to_call, self.table)

    def _hide_revealed(self) -> None:
        self.revealed.setText("")

    def mark_selected_called(self) -> None:
        reg = self.selected()
        if reg is None or not reg.to_call:
            return  # the button is disabled then

        def done(_none: None) -> None:
            self.refresh()

        self.run_job(lambda: self.programmes().mark_called(reg.id), done)

    def reveal_selected(self) -> None:
        reg = self.selected()
        if reg is None:
            tell(self.status, tr("counter_programmes", "Choose one registration first."))
            return

        def show(revealed: Revealed) -> None:
            if self.selected() is not reg:
                return  # the selection moved meanwhile
            if not revealed.phone:
                self.revealed.setText(
                    tr(
                        "counter_programmes",
                        "{number}: the name and phone number were erased.",
                        number=reg.registration_no,
                    )
                )
                return
            name = revealed.name or tr("counter_programmes", "(no name given)")
            self.revealed.setText(f"{reg.registration_no}: {revealed.phone}  {name}")

        self.run_job(lambda: self.programmes().reveal(reg.id), show)

    def confirm(self, question: str) -> bool:
        """Ask staff to confirm (a dialog; tests replace it)."""
        answer = QMessageBox.question(self, self.title(), question)
        return answer == QMessageBox.StandardButton.Yes

    def cancel_selected(self) -> None:
        reg = self.selected()
        if reg is None or reg.status is Status.CANCELLED:
            tell(self.status, tr("counter_programmes", "Choose one registration first."))
            return
        if not self.confirm(
            tr("counter_programmes", "Cancel registration {number}?", number=reg.registration_no)
        ):
            return

        def done(promoted: list[Registration]) -> None:
            text = tr("counter_programmes", "{number} cancelled.", number=reg.registration_no)
            if promoted:
                text += " " + tr(
                    "counter_programmes",
                    "{number} moved from the waiting list to a place: please call them.",
                    number=", ".join(p.registration_no for p in promoted),
                )
            tell(self.status, text)
            self.refresh()

        self.run_job(lambda: self.programmes().cancel(reg.id), done)
