"""The ticket journey's screens after home: the printed number, a print error, the service unavailable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.journeys import flow as f
from kiosk.journeys import tickets as t
from ui.common.i18n import render, tr
from ui.common.theme import Metrics

if TYPE_CHECKING:
    from kiosk.config import KioskConfig
    from kiosk.journeys.flow import Flow

from ui.resident.screens.base import (
    FitLabel,
    Screen,
    Send,
    make_button,
    make_label,
    make_panel,
    set_button_text,
)


def service_line(config: KioskConfig, service_id: str, priority: bool, language: str) -> str:
    """The ticket's service, and that it is a priority ticket, as the paper says:
    the resident checks they took the kind they asked for."""
    name = config.service(service_id).names.get(language)
    return f"{name}\n{tr('ticket', 'Priority ticket')}" if priority else name


class NumberScreen(Screen):
    """A screen around the resident's queue number: a panel at the top of the
    body with "your number", the number in very large type and the service.
    The number is issued by then, so there is no Back."""

    def add_number_panel(self, below: Sequence[QLabel], after: Sequence[QWidget]) -> None:
        """The number's panel, with ``below`` under the service in it, then
        ``after`` and the footer; the number is kept in sight."""
        self.your_number = make_label("muted", align=Qt.AlignmentFlag.AlignCenter)
        self.code = FitLabel()
        self.service = make_label(align=Qt.AlignmentFlag.AlignCenter)
        panel = make_panel(self.your_number, self.code, self.service, *below)
        self.add_to_body(panel, *after)
        self.add_footer(back=False)
        self.keep_in_sight(self.code, whole=panel)

    def show_number(self, text: str) -> None:
        """The queue number: at the display size, or smaller if the width is short."""
        self.code.setText(text)
        self.code.wanted_px = self.metrics.text_px(self.metrics.sizes.display_code)
        self.code.fit()

    def show_service(self, service_id: str, priority: bool) -> None:
        language = self.flow.session.language
        self.service.setText(service_line(self.config, service_id, priority, language))


class TicketScreen(NumberScreen):
    """Printing, then take-your-ticket: the number in very large type."""

    name = "ticket"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        # The number right under the title, the service's name under the
        # number: above it, at 200 % text, the name's two lines in Vietnamese
        # pushed the number out of sight.
        self.status = make_label()
        self.ahead = make_label(align=Qt.AlignmentFlag.AlignCenter)
        self.wait = make_label(align=Qt.AlignmentFlag.AlignCenter)
        self.add_number_panel(below=(self.ahead, self.wait), after=(self.status,))

    def retranslate(self) -> None:
        ctx = self.flow.context
        issued = ctx.issued
        if ctx.service_id:
            self.show_service(ctx.service_id, ctx.priority)
        if self.flow.state is f.State.TICKET and ctx.unchecked:
            # The printer cannot say whether paper came out: the resident looks.
            self.title.setText(tr("ticket", "Please check the printer slot"))
            self.status.setText(
                tr(
                    "ticket",
                    "Your ticket should come out below the screen. If there is none, "
                    "remember your number and tell a member of staff.",
                )
            )
        elif self.flow.state is f.State.TICKET:
            self.title.setText(tr("ticket", "Please take your ticket"))
            self.status.setText(
                tr(
                    "ticket",
                    "Your ticket is printed below the screen. Wait until your number is called.",
                )
            )
        else:
            self.title.setText(tr("ticket", "Printing your ticket…"))
            self.status.setText(tr("ticket", "Please wait a moment."))
        self.your_number.setText(tr("ticket", "Your number"))
        code = issued.ticket.display_code if issued is not None else "…"
        self.show_number(code)
        if issued is not None:
            self.ahead.setText(
                tr("ticket", "People ahead of you: {count}", count=issued.people_ahead)
            )
            self.wait.setText(
                tr("ticket", "Estimated wait: about {minutes} min", minutes=issued.wait_minutes)
                if issued.wait_minutes
                else tr("ticket", "Estimated wait: you are next")
            )
        else:
            self.ahead.setText("")
            self.wait.setText("")
        self.update_countdown()
        self.retranslate_nav()

    def spoken_prompt(self) -> str:
        issued = self.flow.context.issued
        if issued is None:
            return f"{self.title.text()}. {self.status.text()}"
        number = tr("ticket", "Your number is {code}.", code=issued.ticket.display_code)
        return f"{self.title.text()}. {number} {self.ahead.text()}. {self.wait.text()}."


class PrintErrorScreen(NumberScreen):
    name = "print_error"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.reason = make_label("warning")
        self.advice = make_label()
        self.retry_button = make_button()
        self.retry_button.clicked.connect(lambda: self.send(t.RetryPrint()))
        self.cancel_button = make_button("secondary")
        self.cancel_button.clicked.connect(lambda: self.send(t.CancelTicket()))
        #: Whether the last drawing showed the ticket printing again.
        self._printing = False
        # The number first: the advice under it asks the resident to remember it.
        self.add_number_panel(
            below=(),
            after=(self.reason, self.advice, self.retry_button, self.cancel_button),
        )

    def retranslate(self) -> None:
        ctx = self.flow.context
        issued = ctx.issued
        self.title.setText(tr("print_error", "Your ticket could not be printed"))
        reason = render(ctx.failure.resident_message) if ctx.failure else ""
        self.reason.setText(reason)
        self.your_number.setText(tr("print_error", "Your number is"))
        if issued is not None:
            self.show_number(issued.ticket.display_code)
            self.show_service(issued.ticket.service_id, issued.ticket.priority)
        self.advice.setText(
            tr(
                "print_error",
                "Your place in the queue is kept. Please remember this number, or tell it to a member of staff.",
            )
        )
        if ctx.printing:
            set_button_text(self.retry_button, tr("print_error", "Printing again…"))
        else:
            set_button_text(
                self.retry_button,
                tr("print_error", "Try printing again"),
                tr("print_error", "Print the same number again"),
            )
        self.retry_button.setEnabled(not ctx.printing)
        self.cancel_button.setEnabled(not ctx.printing)
        printed_again, self._printing = self._printing and not ctx.printing, ctx.printing
        if printed_again and self.retry_button.isVisible():
            # Disabled while it printed, the button lost the focus (to Home, where
            # the next 5 ended the session): it is where the resident left it.
            self.retry_button.setFocus(Qt.FocusReason.OtherFocusReason)
        set_button_text(
            self.cancel_button,
            tr("print_error", "I don't need this number"),
            tr("print_error", "Cancel this queue number"),
        )
        self.update_countdown()
        self.retranslate_nav()

    def spoken_prompt(self) -> str:
        if self.flow.context.printing:
            # What the screen says now, not the failure before it.
            return f"{self.retry_button.text()} {tr('ticket', 'Please wait a moment.')}"
        issued = self.flow.context.issued
        number = (
            tr("ticket", "Your number is {code}.", code=issued.ticket.display_code)
            if issued is not None
            else ""
        )
        return f"{self.title.text()}. {self.reason.text()} {number} {self.advice.text()}"


class UnavailableScreen(Screen):
    name = "unavailable"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.message = make_label()
        self.root.addWidget(self.message)
        self.add_footer(back=False)

    def retranslate(self) -> None:
        self.title.setText(tr("unavailable", "Temporarily unavailable"))
        message = self.flow.context.message
        self.message.setText(render(message) if message else "")
        self.update_countdown()
        self.retranslate_nav()
