"""The staff counter terminal (``kiosk counter --counter N``): a normal window.

It shows the services the counter serves, its current ticket, the waiting
list (priority tickets marked, print failures flagged, the ticket "call
next" would take marked) and residents' calls for staff from the kiosks;
buttons call next, recall, start, finish, mark absent, transfer to another
service and pause the counter (keys F1-F7 on the queue tab; a key whose
button is greyed out says why in the status bar, as the button's tooltip
does). Double-clicking a waiting ticket, or Enter on it, calls that one.
A called ticket the kiosk withdraws (its resident gave it back) is named on
the current ticket's panel until the next call: nobody holds that number.

The window redraws by itself when anything changes (``ui.common.queue_feed``) and
runs every database call on a ``DbWorker``: the UI thread never waits. When
the database does not answer it says "temporarily unavailable" and keeps
trying.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import ServiceConfig
from kiosk.i18n import N_
from kiosk.queue.counter import CounterError, CounterSnapshot, CounterTicket, UnknownCounterError
from kiosk.queue.tickets import TicketState
from kiosk.storage.database import DatabaseUnavailableError
from ui.common.announce import announce
from ui.common.i18n import render, tr
from ui.common.queue_feed import Refresher, SharedQueue
from ui.common.timers import make_timer
from ui.counter.panels import ROW_ID, StaffPanel, keeping_selection, make_table

log = logging.getLogger(__name__)

#: While the database does not answer, try again this often (ms).
RETRY_MS = 2000

#: Redraw "minutes waited" and as a safety net this often (ms).
REFRESH_MS = 30_000


def _state_text(state: TicketState) -> str:
    return {
        TicketState.CALLED: tr("counter", "Called"),
        TicketState.SERVING: tr("counter", "Serving"),
        TicketState.ISSUED: tr("counter", "Printing"),
        TicketState.PRINTED: tr("counter", "Waiting"),
        TicketState.PRINT_FAILED: tr("counter", "Waiting"),
    }.get(state, state.value)


def _service_mark(service: ServiceConfig) -> str:
    """A-… for a prefixed service, 500-799 for a number band."""
    if service.prefix is not None:
        return service.prefix
    assert service.band is not None
    return f"{service.band[0]}-{service.band[1]}"


def on_choose(
    view: QAbstractItemView, choose: Callable[[QModelIndex | QPersistentModelIndex], None]
) -> None:
    """Run ``choose`` on the row staff double-click in ``view``, or on its current
    row when they press Enter there.

    Not the view's ``activated`` signal: on a desktop set to open items with a
    single click (KDE, qt6ct) it comes on one click, and a stray click called a
    ticket out of turn, or dismissed a resident's call for help.
    """
    view.doubleClicked.connect(choose)

    def enter() -> None:
        if view.currentIndex().isValid():
            choose(view.currentIndex())

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(enter)


class CounterWindow(QMainWindow):
    """One counter's terminal. UI thread only."""

    #: Emitted after every redraw from the database (tests, demo).
    refreshed = Signal()
    #: Emitted with a short message after each action (tests, demo).
    action_done = Signal(str)

    def __init__(self, shared: SharedQueue, counter: int, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self.ops = shared.ops
        self.counter = counter
        self.services = self.ops.services_for(counter)
        if not self.services:
            raise UnknownCounterError(
                N_(
                    "counter",
                    "Counter {n} serves no service (see services[].counters in the settings)",
                    n=counter,
                )
            )
        self.snapshot: CounterSnapshot | None = None
        self.unavailable = False
        self._hidden_staff_calls: set[int] = set()
        #: The staff calls a screen reader has been told of (each once).
        self._spoken_staff_calls: set[int] = set()
        #: The code of the called ticket the kiosk withdrew, shown until the next call.
        self._withdrawn: str | None = None
        #: Reads a ticket that left this counter, to tell whether the kiosk withdrew it.
        self._zone = ZoneInfo(self.ops.config.center.timezone)
        self._language = self.ops.config.ui.language
        self.setObjectName("counter-window")
        self.resize(1280, 800)
        self._build()
        shared.feed.changed.connect(lambda _what: self.refresh())
        self._timer = make_timer(self, self.refresh, REFRESH_MS)
        self._refresher = Refresher(
            shared.worker,
            lambda: partial(self.ops.counter_snapshot, counter),
            self._snapshot_ready,
            self._snapshot_failed,
            retry_ms=RETRY_MS,
            parent=self,
        )
        self.retranslate()

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)

        header = QHBoxLayout()
        self.title = QLabel()
        title_font = QFont()
        title_font.setPointSize(18)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.state_label = QLabel()
        self.state_label.setObjectName("counter-state")
        header.addWidget(self.title, 1)
        header.addWidget(self.state_label)
        layout.addLayout(header)

        self.banner = QLabel()
        self.banner.setObjectName("unavailable-banner")
        self.banner.setStyleSheet(
            "QLabel { background: #A4161A; color: white; padding: 8px; font-weight: bold; }"
        )
        self.banner.setVisible(False)
        layout.addWidget(self.banner)

        body = QHBoxLayout()
        body.setSpacing(16)
        layout.addLayout(body, 1)

        # Current ticket and actions.
        left = QVBoxLayout()
        current = QFrame()
        current.setFrameShape(QFrame.Shape.StyledPanel)
        current.setStyleSheet("QFrame { background: #0B4A8F; border-radius: 6px; }")
        cur_layout = QVBoxLayout(current)
        self.current_caption = QLabel()
        self.current_caption.setStyleSheet("color: white;")
        self.current_code = QLabel("—")
        self.current_code.setObjectName("current-code")
        code_font = QFont()
        code_font.setPointSize(48)
        code_font.setBold(True)
        self.current_code.setFont(code_font)
        self.current_code.setStyleSheet("color: white;")
        self.current_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_detail = QLabel()
        self.current_detail.setStyleSheet("color: white;")
        self.current_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current_detail.setWordWrap(True)
        cur_layout.addWidget(self.current_caption)
        cur_layout.addWidget(self.current_code)
        cur_layout.addWidget(self.current_detail)
        left.addWidget(current)

        button_font = QFont()
        button_font.setPointSize(13)
        button_font.setBold(True)

        def button(key: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton()
            b.setFont(button_font)
            b.setMinimumHeight(52)
            b.clicked.connect(slot)
            # A shortcut of its own, not the button's: QPushButton.setText
            # replaces the button's shortcut with the text's mnemonic (none),
            # so every relabelling took F1-F7 away. On the queue page only: a
            # service's tab never calls a ticket the clerk cannot see.
            shortcut = QShortcut(QKeySequence(key), root)
            shortcut.activated.connect(partial(self._key_pressed, b))
            left.addWidget(b)
            return b

        self.call_button = button("F1", self.call_next)
        # Styled only while it can be pressed: disabled, it looks like every
        # other disabled button (a dark grey label read as "press me").
        self.call_button.setStyleSheet("QPushButton:enabled { background: #0B4A8F; color: white; }")
        self.recall_button = button("F2", self.recall)
        self.start_button = button("F3", self.start_service)
        self.finish_button = button("F4", self.finish)
        self.no_show_button = button("F5", self.no_show)
        self.transfer_button = button("F6", self.open_transfer_menu)
        self.transfer_menu = QMenu(self)
        #: The service left out of the transfer menu (the current ticket's).
        self._menu_for: str | None = None
        self.transfer_button.setMenu(self.transfer_menu)
        self.pause_button = button("F7", self.toggle_pause)
        left.addStretch(1)
        body.addLayout(left, 2)

        # Waiting list and staff calls.
        right = QVBoxLayout()
        self.waiting_title = QLabel()
        self.waiting_title.setStyleSheet("font-weight: bold;")
        right.addWidget(self.waiting_title)
        self.table = make_table(5, "waiting-table")
        # Double-click or Enter on a row calls that ticket.
        on_choose(self.table, lambda index: self._row_activated(index.row(), 0))
        right.addWidget(self.table, 3)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        right.addWidget(self.counts_label)
        self.staff_title = QLabel()
        self.staff_title.setStyleSheet("font-weight: bold;")
        right.addWidget(self.staff_title)
        self.staff_list = QListWidget()
        self.staff_list.setObjectName("staff-calls")
        self.staff_list.setMaximumHeight(140)
        on_choose(self.staff_list, self._staff_call_chosen)
        right.addWidget(self.staff_list, 1)
        body.addLayout(right, 3)

        # Centre services' panels (``add_panel``) join the queue as tabs; with
        # the queue alone there is no tab bar.
        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)
        self.tabs.addTab(root, "")
        self.panels: list[StaffPanel] = []
        self.setCentralWidget(self.tabs)
        self.statusBar()

    def add_panel(self, panel: StaffPanel) -> None:
        """Show a centre service's panel as a tab beside the queue."""
        self.panels.append(panel)
        self.tabs.addTab(panel, panel.title())

    def retranslate(self) -> None:
        self._title_queue_tab()
        for index, panel in enumerate(self.panels, start=1):
            panel.retranslate()
            self.tabs.setTabText(index, panel.title())
        names = ", ".join(
            f"{s.names.get(self._language)} ({_service_mark(s)})" for s in self.services
        )
        self.setWindowTitle(tr("counter", "Counter {n}", n=self.counter))
        self.title.setText(
            tr("counter", "Counter {n} · {services}", n=self.counter, services=names)
        )
        self.current_caption.setText(tr("counter", "Current ticket"))
        self.call_button.setText(tr("counter", "Call next (F1)"))
        self.recall_button.setText(tr("counter", "Call again (F2)"))
        self.start_button.setText(tr("counter", "Start service (F3)"))
        self.finish_button.setText(tr("counter", "Finish (F4)"))
        self.no_show_button.setText(tr("counter", "Absent (F5)"))
        self.transfer_button.setText(tr("counter", "Transfer to… (F6)"))
        self.waiting_title.setText(tr("counter", "Waiting"))
        self.staff_title.setText(
            tr("counter", "Staff calls from kiosks (double-click or Enter to dismiss)")
        )
        # A screen reader named neither list (it read "table", "list").
        self.table.setAccessibleName(self.waiting_title.text())
        self.staff_list.setAccessibleName(self.staff_title.text())
        self.banner.setText(
            tr("counter", "Temporarily unavailable: the queue database does not answer. Retrying…")
        )
        self.table.setHorizontalHeaderLabels(
            [
                tr("counter", "Number"),
                tr("counter", "Service"),
                tr("counter", "Issued"),
                tr("counter", "Waited (min)"),
                tr("counter", "Notes"),
            ]
        )
        self._render()

    def _fill_transfer_menu(self) -> None:
        """The services the current ticket can go to: not the one it waits for already."""
        snap = self.snapshot
        own = snap.current.queue_service_id if snap is not None and snap.current else None
        if self.transfer_menu.actions() and own == self._menu_for:
            return  # unchanged: an open menu stays open through a redraw
        self._menu_for = own
        self.transfer_menu.clear()
        for svc in self.ops.config.enabled_services:
            if svc.id == own:
                continue
            action = self.transfer_menu.addAction(svc.names.get(self._language))
            action.setData(svc.id)
            action.triggered.connect(lambda _=False, sid=svc.id: self.transfer(sid))

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> None:
        """Open the counter (not paused) and show the queue. Feed and worker run already."""
        self._timer.start()
        self.refresh()
        for panel in self.panels:
            panel.start()

    def shutdown(self) -> None:
        self._timer.stop()
        self._refresher.stop()
        for panel in self.panels:
            panel.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch a new snapshot (coalesced: one fetch at a time)."""
        self._refresher.refresh()

    def _snapshot_ready(self, snapshot: CounterSnapshot) -> None:
        before = self.snapshot.current if self.snapshot is not None else None
        self.snapshot = snapshot
        if snapshot.current is not None:
            self._withdrawn = None
        if before is not None and (snapshot.current is None or snapshot.current.id != before.id):
            self._ask_why_gone(before)
        self._set_unavailable(False)
        self._render()
        self.refreshed.emit()

    def _snapshot_failed(self, exc: Exception) -> None:
        if isinstance(exc, DatabaseUnavailableError):
            self._set_unavailable(True)
        else:
            log.error("counter snapshot failed: %s: %s", type(exc).__name__, exc)
            self.statusBar().showMessage(str(exc), 8000)

    def _ask_why_gone(self, ticket: CounterTicket) -> None:
        """Read the state of ``ticket``, which left this counter, on the worker.

        This counter's own buttons end a ticket as done, absent or
        transferred; only a kiosk cancels one (the resident gave it back
        after its print failed). Staff must hear of that: they would wait
        for a resident who holds no ticket.
        """

        def read() -> TicketState:
            return self.ops.ticket_state(ticket.id)

        def done(state: TicketState) -> None:
            if state is TicketState.CANCELLED and self._shows_no_ticket():
                self._withdrawn = ticket.display_code
                self._render()
                self._say(self._withdrawn_text(), timeout_ms=0)

        def failed(exc: Exception) -> None:
            # The snapshot's own retries tell staff about an outage.
            log.warning("counter %d: could not read a ticket that left: %s", self.counter, exc)

        self.shared.worker.submit(read, on_result=done, on_error=failed)

    def _shows_no_ticket(self) -> bool:
        return self.snapshot is not None and self.snapshot.current is None

    def _withdrawn_text(self) -> str:
        return tr(
            "counter",
            "{code} was withdrawn at the kiosk: its resident holds no ticket. Call the next one.",
            code=self._withdrawn or "",
        )

    def _set_unavailable(self, unavailable: bool) -> None:
        self.unavailable = unavailable
        self.banner.setVisible(unavailable)
        self._update_buttons()

    # -- rendering ----------------------------------------------------------------------------
    def _local(self, when: datetime) -> str:
        return when.astimezone(self._zone).strftime("%H:%M")

    def _service_name(self, service_id: str) -> str:
        try:
            return self.ops.config.service(service_id).names.get(self._language)
        except KeyError:
            return service_id

    def _notes(self, ticket: CounterTicket, next_id: int | None) -> str:
        notes = []
        if ticket.id == next_id:
            notes.append("▶ " + tr("counter", "next"))
        if ticket.priority:
            notes.append("★ " + tr("counter", "priority"))
        if ticket.print_failed:
            notes.append("⚠ " + tr("counter", "print failed"))
        elif ticket.state is TicketState.ISSUED:
            notes.append(tr("counter", "printing"))
        if ticket.transferred:
            notes.append(
                "↪ "
                + tr("counter", "from {service}", service=self._service_name(ticket.service_id))
            )
        return "  ".join(notes)

    def _render(self) -> None:
        self._fill_transfer_menu()
        snap = self.snapshot
        if snap is None:
            self._update_buttons()
            return
        now = self.ops.now()
        self.state_label.setText(tr("counter", "Paused") if snap.paused else tr("counter", "Open"))
        self.state_label.setStyleSheet(
            "QLabel { padding: 4px 10px; border-radius: 4px; font-weight: bold; "
            + (
                "background: #E07A00; color: black; }"
                if snap.paused
                else "background: #166534; color: white; }"
            )
        )
        self.pause_button.setText(
            tr("counter", "Resume (F7)") if snap.paused else tr("counter", "Pause (F7)")
        )
        cur = snap.current
        if cur is None:
            self.current_code.setText("—")
            self.current_detail.setText(
                self._withdrawn_text()
                if self._withdrawn is not None
                else tr("counter", "No ticket at this counter")
            )
        else:
            self.current_code.setText(cur.display_code)
            detail = [
                _state_text(cur.state),
                self._service_name(cur.queue_service_id),
                tr("counter", "issued {time}", time=self._local(cur.issued_at)),
            ]
            if cur.priority:
                detail.append("★ " + tr("counter", "priority"))
            if cur.print_failed:
                detail.append("⚠ " + tr("counter", "print failed"))
            self.current_detail.setText(" · ".join(detail))
        self._fill_waiting(snap, now)
        counts = [
            tr(
                "counter",
                "{service} {count}",
                service=self._service_name(sid),
                count=snap.waiting_counts.get(sid, 0),
            )
            for sid in snap.service_ids
        ]
        self.counts_label.setText(tr("counter", "Waiting now: {counts}", counts=" · ".join(counts)))
        # Rebuilt on every change: the call the clerk stepped to with the arrow
        # keys stays the current one, for Enter to dismiss.
        chosen = self.staff_list.currentItem()
        chosen_id = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.staff_list.clear()
        for call in snap.staff_calls:
            if call.id in self._hidden_staff_calls:
                continue
            entry = QListWidgetItem(
                tr(
                    "counter",
                    "{time}  {kiosk}: a resident asks for help ({detail})",
                    time=self._local(call.at),
                    kiosk=call.kiosk_id,
                    detail=call.detail,
                )
            )
            entry.setData(Qt.ItemDataRole.UserRole, call.id)
            entry.setForeground(QColor("#A4161A"))
            self.staff_list.addItem(entry)
            if call.id == chosen_id:
                self.staff_list.setCurrentItem(entry)
            if call.id not in self._spoken_staff_calls:
                self._spoken_staff_calls.add(call.id)
                # From the status bar, shown on every tab: the list is hidden while
                # the clerk works on another tab, and a screen reader may drop what
                # an object not showing says (Qt sends it all the same).
                announce(self.statusBar(), entry.text())
        self._title_queue_tab()
        self._update_buttons()

    def _title_queue_tab(self) -> None:
        """The queue tab's title, naming the residents' calls for staff in red: a
        clerk working on another tab saw nothing of a call for help."""
        calls = self.staff_list.count()
        self.tabs.setTabText(
            0,
            tr("counter", "Queue · staff calls: {n}", n=calls) if calls else tr("counter", "Queue"),
        )
        self.tabs.tabBar().setTabTextColor(0, QColor("#A4161A") if calls else QColor())

    def _fill_waiting(self, snap: CounterSnapshot, now: datetime) -> None:
        """The waiting list. A selected ticket stays selected as rows above it come and
        go: Enter on the row the clerk picked must call that ticket, not its new neighbour."""
        with keeping_selection(self.table):
            self.table.setRowCount(len(snap.waiting))
            for row, ticket in enumerate(snap.waiting):
                waited = max(0, int((now - ticket.issued_at).total_seconds() // 60))
                cells = [
                    ticket.display_code,
                    self._service_name(ticket.queue_service_id),
                    self._local(ticket.issued_at),
                    str(waited),
                    self._notes(ticket, snap.next_ticket_id),
                ]
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(ROW_ID, ticket.id)
                    if ticket.print_failed:
                        item.setBackground(QColor("#FDE2E1"))
                    elif ticket.priority:
                        item.setBackground(QColor("#FFF4C2"))
                    if ticket.id == snap.next_ticket_id:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    self.table.setItem(row, col, item)

    def _update_buttons(self) -> None:
        """Each action button enabled, or greyed out with why in its tooltip (which
        its key says in the status bar, ``_key_pressed``)."""
        reasons = self._why_not()
        for button, reason in reasons.items():
            button.setToolTip(reason or "")
            if reason is None:
                button.setEnabled(True)
        # A greyed-out button hands the keyboard focus to the next enabled
        # one: after Space on "Call next" that was "Pause", and the next Space
        # paused the counter. It goes to the ticket's next step instead.
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and reasons.get(focused):
            steps = (self.start_button, self.finish_button, self.call_button)
            ready = [step for step in steps if reasons[step] is None]
            (ready[0] if ready else self.table).setFocus()
        for button, reason in reasons.items():
            if reason is not None:
                button.setEnabled(False)

    def _why_not(self) -> dict[QPushButton, str | None]:
        """Why each action button cannot be pressed now; None for those that can."""
        snap = self.snapshot
        buttons = (
            self.call_button,
            self.recall_button,
            self.start_button,
            self.finish_button,
            self.no_show_button,
            self.transfer_button,
            self.pause_button,
        )
        if snap is None or self.unavailable:
            return dict.fromkeys(
                buttons, tr("counter", "Temporarily unavailable; try again in a moment.")
            )
        cur = snap.current
        if cur is None:
            nothing = tr("counter", "Counter {n} has no called ticket", n=self.counter)
            called: str | None = nothing
            serving: str | None = nothing
            transfer: str | None = nothing
        else:
            code = cur.display_code
            being_served = cur.state is TicketState.SERVING
            called = (
                tr("counter", "{code} is already being served", code=code) if being_served else None
            )
            serving = (
                None if being_served else tr("counter", "Start serving {code} first", code=code)
            )
            transfer = (
                None
                if self.transfer_menu.actions()
                else tr("counter", "This centre has no other service to send a ticket to")
            )
        if snap.paused:
            call: str | None = tr(
                "counter", "Counter {n} is paused: resume it first", n=self.counter
            )
        elif cur is not None:
            call = (
                tr(
                    "counter",
                    "{code} is still being served here: finish it first",
                    code=cur.display_code,
                )
                if cur.state is TicketState.SERVING
                else tr(
                    "counter",
                    "{code} is still called here: start serving it or mark it absent first",
                    code=cur.display_code,
                )
            )
        elif snap.next_ticket_id is None:
            call = tr("counter", "Nobody is waiting")
        else:
            call = None
        return {
            self.call_button: call,
            self.recall_button: called,
            self.start_button: called,
            self.no_show_button: called,
            self.finish_button: serving,
            self.transfer_button: transfer,
            self.pause_button: None,
        }

    def _key_pressed(self, button: QPushButton) -> None:
        """F1-F7: press ``button``; if it is greyed out, say why in the status bar."""
        if not button.isEnabled():
            self._say(button.toolTip())
        elif button is self.transfer_button:
            self.open_transfer_menu()
        else:
            button.click()

    def _say(self, message: str, *, timeout_ms: int = 8000) -> None:
        """Tell staff ``message`` in the status bar (for ``timeout_ms``; 0: until the
        next), and to a screen reader: a clerk who cannot see the status bar heard
        nothing of a call, a refusal or a withdrawn ticket."""
        self.statusBar().showMessage(message, timeout_ms)
        announce(self.statusBar(), message)
        self.action_done.emit(message)

    # -- actions -------------------------------------------------------------------------------
    def _act(self, fn: Callable[[], Any], describe: Callable[[Any], str]) -> None:
        def done(result: Any) -> None:
            self.shared.feed.poke()
            self.refresh()
            self._say(describe(result))

        def failed(exc: Exception) -> None:
            if isinstance(exc, DatabaseUnavailableError):
                self._set_unavailable(True)
                self._refresher.retry_later()
                message = tr("counter", "Temporarily unavailable; try again in a moment.")
            elif isinstance(exc, CounterError):
                log.info("counter %d: %s", self.counter, exc)
                message = render(exc.text)
            else:
                log.error("counter action failed: %s: %s", type(exc).__name__, exc)
                message = type(exc).__name__
            self.refresh()
            self._say(message)

        self.shared.worker.submit(fn, on_result=done, on_error=failed)

    def call_next(self) -> None:
        n = self.counter
        self._act(
            lambda: self.ops.call_next(n),
            lambda t: (
                tr("counter", "Called {code}", code=t.display_code)
                if t is not None
                else tr("counter", "Nobody is waiting")
            ),
        )

    def _act_on_ticket(self, op: Callable[[int], Any], says: Callable[[str], str]) -> None:
        """``op(counter)`` on this counter's ticket (call, recall, finish...), on the
        worker; then ``says(code)`` with the ticket's code in the status bar."""
        n = self.counter
        self._act(lambda: op(n), lambda t: says(t.display_code))

    def call_ticket(self, ticket_id: int) -> None:
        self._act_on_ticket(
            lambda n: self.ops.call_ticket(n, ticket_id),
            lambda code: tr("counter", "Called {code}", code=code),
        )

    def recall(self) -> None:
        self._act_on_ticket(
            self.ops.recall, lambda code: tr("counter", "Called {code} again", code=code)
        )

    def start_service(self) -> None:
        self._act_on_ticket(self.ops.start, lambda code: tr("counter", "Serving {code}", code=code))

    def finish(self) -> None:
        self._act_on_ticket(self.ops.finish, lambda code: tr("counter", "{code} done", code=code))

    def no_show(self) -> None:
        self._act_on_ticket(
            self.ops.no_show, lambda code: tr("counter", "{code} marked absent", code=code)
        )

    def transfer(self, service_id: str) -> None:
        name = self._service_name(service_id)
        self._act_on_ticket(
            lambda n: self.ops.transfer(n, service_id),
            lambda code: tr("counter", "{code} sent to {service}", code=code, service=name),
        )

    def open_transfer_menu(self) -> None:
        if self.transfer_button.isEnabled():
            self.transfer_button.showMenu()

    def toggle_pause(self) -> None:
        n = self.counter
        paused = self.snapshot.paused if self.snapshot is not None else False
        self._act(
            lambda: self.ops.set_paused(n, not paused),
            lambda _r: tr("counter", "Counter open") if paused else tr("counter", "Counter paused"),
        )

    def _row_activated(self, row: int, _col: int) -> None:
        # With a ticket still at the counter the call is refused, and the
        # refusal says what to do first (ignored, the double-click told nothing).
        item = self.table.item(row, 0)
        if item is None:
            return
        ticket_id = item.data(ROW_ID)
        if isinstance(ticket_id, int):
            self.call_ticket(ticket_id)

    def _staff_call_chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item = self.staff_list.item(index.row())
        if item is not None:
            self._dismiss_staff_call(item)

    def _dismiss_staff_call(self, item: QListWidgetItem) -> None:
        call_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(call_id, int):
            self._hidden_staff_calls.add(call_id)
            self._render()
