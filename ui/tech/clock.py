"""Technician: the queue's business day against the wall clock, and its repairs.

Issuing refuses a day implausibly far past the last issued one (a clock that
jumped ahead), and a clock that ran ahead and was corrected can leave the
queue on a later day (``kiosk.queue.store``). This box shows where things stand
and offers the repair that fits, each after a second tap: accept the wall
clock's day (after a long closure, or once the clock is right), or bring
the numbers issued for a later day back to today (refused, naming the codes,
while a code moved back would be held twice in play). ``kiosk queue clock``
does the same from the command line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout

from kiosk.i18n import N_
from kiosk.queue.store import ClockStatus, Queue
from kiosk.storage.database import error_summary
from ui.common.i18n import render, tr
from ui.tech.controller import TechController, not_started
from ui.tech.widgets import button, label, left_row, set_role


def describe(status: ClockStatus) -> str:
    """The status in a technician's words (translated), with the clock's skew when it is off."""
    text = _describe_day(status)
    if status.skewed and status.skew_s is not None:
        seconds = f"{abs(status.skew_s):.0f}"
        text += " " + (
            tr(
                "tech",
                "This machine's clock is {seconds} s ahead of the database server's. The "
                "queue goes by the server's clock, but this machine starts the business day "
                "at its own midnight, and the time printed on a ticket and the waits in the "
                "statistics are off by as much. Set every clock from the network time (NTP).",
                seconds=seconds,
            )
            if status.skew_s > 0
            else tr(
                "tech",
                "This machine's clock is {seconds} s behind the database server's. The "
                "queue goes by the server's clock, but this machine starts the business day "
                "at its own midnight, and the time printed on a ticket and the waits in the "
                "statistics are off by as much. Set every clock from the network time (NTP).",
                seconds=seconds,
            )
        )
    return text


#: What the business day's state means for the technician: ``{wall}`` is the
#: clock's day, ``{last}`` the last day numbers were issued for.
_DAY_AGREES = N_(
    "tech",
    "Business day {wall} (last numbers issued for {last}): the clock and the queue agree.",
)
#: A move back refused: ``{codes}`` are in play on both days.
_DAY_NOT_MOVED = N_(
    "tech",
    "Nothing was moved: these numbers are in play on both {wall} and {last}, and two "
    "residents would hold the same number: {codes}. Serve or cancel them, then move "
    "the numbers back again.",
)
#: The states that need a repair ("ok" and any other: ``_DAY_AGREES``).
_DAY_STATES = {
    "ahead": N_(
        "tech",
        "The clock says {wall}, the last numbers were issued for {last}: numbers are "
        "refused as a clock jump. Check the clock; if the date is right, accept it.",
    ),
    "behind": N_(
        "tech",
        "The clock says {wall}, but numbers were issued for {last}: the queue is held on "
        "that later day. If the clock is right now, move those numbers back to today.",
    ),
}


def _describe_day(status: ClockStatus) -> str:
    """Where the business day stands."""
    last = str(status.last_day) if status.last_day is not None else "—"
    if status.collisions:
        text = _DAY_NOT_MOVED.format(codes=", ".join(status.collisions))
    else:
        text = _DAY_STATES.get(status.state, _DAY_AGREES)
    return render(text.format(wall=str(status.wall_day), last=last))


class ClockBox(QGroupBox):
    def __init__(self, controller: TechController) -> None:
        super().__init__(tr("tech", "Business day and clock"))
        self.controller = controller
        root = QVBoxLayout(self)
        self.status = label("", "muted")
        root.addWidget(self.status)
        self.check_button = button(tr("tech", "Check the clock"), clicked=self.check)
        self.accept_button = button(
            tr("tech", "Accept the clock's date"),
            variant="danger",
            clicked=lambda: self._repair(self.accept_button),
        )
        self.rollback_button = button(
            tr("tech", "Move numbers back to today"),
            variant="danger",
            clicked=lambda: self._repair(self.rollback_button),
        )
        root.addLayout(left_row(self.check_button, self.accept_button, self.rollback_button))
        self._armed: QPushButton | None = None
        self._labels = {
            self.accept_button: tr("tech", "Accept the clock's date"),
            self.rollback_button: tr("tech", "Move numbers back to today"),
        }
        self._show_buttons(None)
        self.check()

    def _run(self, job: Callable[[Queue], ClockStatus]) -> None:
        queue = self.controller.ctx.queue
        if queue is None:
            self._failed(RuntimeError(not_started()))
            return
        self.controller.background.submit(lambda: job(queue), self._done, self._failed)

    def check(self) -> None:
        self._run(Queue.clock_status)

    def _repair(self, chosen: QPushButton) -> None:
        if self._armed is not chosen:
            self._armed = chosen
            chosen.setText(tr("tech", "Tap again to confirm"))
            return
        self._armed = None
        chosen.setText(self._labels[chosen])
        chosen.setEnabled(False)
        self._run(Queue.accept_day if chosen is self.accept_button else Queue.rollback_day)

    def _show_buttons(self, status: ClockStatus | None) -> None:
        state = status.state if status is not None else ""
        self.accept_button.setEnabled(state == "ahead")
        self.rollback_button.setEnabled(state == "behind")

    def _done(self, status: ClockStatus) -> None:
        self.status.setText(describe(status))
        set_role(self.status, "ok" if status.state == "ok" and not status.skewed else "error")
        self._show_buttons(status)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(tr("tech", "Clock not checked: {reason}", reason=error_summary(error)))
        set_role(self.status, "error")
        self._show_buttons(None)
