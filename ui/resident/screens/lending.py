"""The tool-lending and parcel screens (``kiosk.journeys.lending``).

They render the journey's ``LendingContext`` and send its events. The
resident's number appears only on the keypad screen while it is typed,
and masked (***-****-5678) on the confirmation.
"""

from __future__ import annotations

from enum import Enum

from kiosk.journeys import lending as le
from kiosk.journeys.flow import Flow
from ui.common.i18n import day_text, tr, tr_n
from ui.common.theme import Metrics
from ui.resident.screens.base import (
    ProgressScreen,
    Screen,
    Send,
    make_label,
    set_button_text,
)
from ui.resident.screens.centre import CentreScreen, PhoneEntryScreen


class LendingScreen(CentreScreen[le.LendingJourney]):
    journey_type = le.LendingJourney

    @property
    def context(self) -> le.LendingContext:
        return self.journey.context

    def set_service_title(self) -> None:
        self.title.setText(tr("lending", "Tool lending and parcels"))


class LendingHomeScreen(LendingScreen):
    name = "lending_home"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.root.addWidget(self.instruction)
        modes = self.add_choice_buttons((le.BORROW, le.PARCELS), le.ChooseLendingMode)
        self.borrow, self.parcels = modes[le.BORROW], modes[le.PARCELS]
        self.add_footer()

    def retranslate(self) -> None:
        self.set_service_title()
        self.instruction.setText(tr("lending", "What would you like to do?"))
        set_button_text(
            self.borrow,
            tr("lending", "Borrow a tool"),
            tr("lending", "Borrow a tool such as a drill or a ladder, and return it later"),
        )
        set_button_text(
            self.parcels,
            tr("lending", "Is a parcel kept for me?"),
            tr(
                "lending", "Check with your mobile number whether the centre keeps a parcel for you"
            ),
        )
        super().retranslate()


class LendingItemsScreen(LendingScreen):
    name = "lending_items"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.add_to_body(self.instruction, self.message)
        self.buttons = self.add_choice_buttons(
            (item.id for item in self.config.lending.items),
            le.ChooseItem,
            height_mm=metrics.sizes.service_button_height * 0.8,
        )
        self.add_footer()

    def retranslate(self) -> None:
        language = self.flow.session.language
        self.title.setText(tr("lending", "Borrow a tool"))
        self.instruction.setText(tr("lending", "Choose the tool you need."))
        free = {a.item.id: a.available for a in self.context.items}
        for item in self.config.lending.items:
            left = free.get(item.id, 0)
            status = (
                tr_n(
                    "lending",
                    "{n} of {units} free · {days} day",
                    "{n} of {units} free · {days} days",
                    item.loan_days,
                    n=left,
                    units=item.units,
                    days=item.loan_days,
                )
                if left
                else tr("lending", "All lent out")
            )
            name = item.names.get(language)
            set_button_text(
                self.buttons[item.id],
                f"{name}\n{status}",
                tr("lending", "{name}: {status}", name=name, status=status),
            )
        super().retranslate()


class LendingPhoneScreen(PhoneEntryScreen[le.LendingJourney]):
    name = "lending_phone"
    journey_type = le.LendingJourney
    phone_event = le.SubmitPhone

    def retranslate(self) -> None:
        if self.journey.context.mode == le.PARCELS:
            self.title.setText(tr("lending", "Is a parcel kept for me?"))
        else:
            self.title.setText(
                tr(
                    "lending",
                    "Borrow: {tool}",
                    tool=self.journey.item_name(self.flow.session.language),
                )
            )
        super().retranslate()


class LendingConfirmScreen(LendingScreen):
    name = "lending_confirm"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.lines = [make_label() for _ in range(3)]
        for label in self.lines:
            self.root.addWidget(label)
        self.root.addWidget(self.message)
        self.confirm = self.add_action_button(
            le.ConfirmLoan, height_mm=metrics.sizes.service_button_height * 0.8
        )
        self.add_footer()

    def retranslate(self) -> None:
        journey = self.journey
        due = journey.due_on()
        self.title.setText(
            tr("lending", "Borrow: {tool}", tool=journey.item_name(self.flow.session.language))
        )
        self.lines[0].setText(tr("lending", "Return by: {date}", date=day_text(due) if due else ""))
        self.lines[1].setText(
            tr(
                "lending",
                "Collect it today at counter {n} with the slip the kiosk prints.",
                n=self.config.lending.counter,
            )
        )
        self.lines[2].setText(tr("lending", "Mobile number: {phone}", phone=journey.masked_phone()))
        set_button_text(
            self.confirm,
            tr("lending", "Borrow and print the slip"),
            tr("lending", "Ask for this tool and print the slip"),
        )
        super().retranslate()

    def spoken_prompt(self) -> str:
        # The number is not read out: the loudspeaker is public.
        return self.with_message(self.title.text(), self.lines[0].text(), self.lines[1].text())

    def wipe(self) -> None:
        self.lines[2].clear()  # the masked number: its last digits are still the resident's


class LendingProgressScreen(LendingScreen, ProgressScreen):
    """Counting free tools, saving the loan and printing, counting parcels."""

    name = "lending_progress"

    def progress_texts(self) -> tuple[str, str]:
        if self.flow.state is le.LendingState.SAVING:
            title = tr("lending", "Printing your slip…")
        else:
            title = tr("lending", "One moment, please…")
        return title, tr("lending", "Please wait.")

    def spoken_prompt(self) -> str:
        return self.with_message(self.title.text())


class LendingDoneScreen(LendingScreen):
    """The loan's slip is printed (DONE), or the parcels were counted (PARCELS)."""

    name = "lending_done"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.code = make_label("title")
        self.root.addWidget(self.code)
        self.lines = [make_label() for _ in range(2)]
        for label in self.lines:
            self.root.addWidget(label)
        self.add_footer(back=False)

    def retranslate(self) -> None:
        context = self.context
        counter = self.config.lending.counter
        self.code.hide()
        if self.flow.state is le.LendingState.PARCELS:
            self.title.setText(tr("lending", "Parcels kept for you"))
            if context.parcels:
                self.lines[0].setText(
                    tr_n(
                        "lending",
                        "The centre keeps {n} parcel for this number.",
                        "The centre keeps {n} parcels for this number.",
                        context.parcels,
                        n=context.parcels,
                    )
                )
                self.lines[1].setText(
                    tr(
                        "lending",
                        "Please collect them at counter {n} with your ID card.",
                        n=counter,
                    )
                )
            else:
                self.lines[0].setText(tr("lending", "No parcel is kept for this number."))
                self.lines[1].setText(
                    tr("lending", "If you expected one, please ask at the counter.")
                )
        else:
            loan = context.loan
            printed = context.printed is not None and context.printed.ok
            self.title.setText(
                tr("lending", "Please take your slip")
                if printed
                else tr("lending", "Your loan number")
            )
            if loan is not None:
                self.code.setText(loan.ref)
                self.code.show()
            self.lines[0].setText(
                tr("lending", "Collect the tool today at counter {n}.", n=counter)
                if printed
                else tr(
                    "lending",
                    "The slip could not be printed. Tell counter {n} the number above.",
                    n=counter,
                )
            )
            self.lines[1].setText(
                tr("lending", "Return by: {date}", date=day_text(loan.due_on) if loan else "")
            )
        super().retranslate()

    def spoken_prompt(self) -> str:
        parts = [self.title.text()]
        if self.code.isVisible():
            parts.append(" ".join(self.code.text()))
        return self.with_message(*parts, *(label.text() for label in self.lines))


#: Each lending state's screen (``ui.resident.window.SCREENS`` merges it in).
LENDING_SCREENS: dict[Enum, type[Screen]] = {
    le.LendingState.HOME: LendingHomeScreen,
    le.LendingState.LOADING: LendingProgressScreen,
    le.LendingState.ITEMS: LendingItemsScreen,
    le.LendingState.PHONE: LendingPhoneScreen,
    le.LendingState.CONFIRM: LendingConfirmScreen,
    le.LendingState.SAVING: LendingProgressScreen,
    le.LendingState.DONE: LendingDoneScreen,
    le.LendingState.CHECKING: LendingProgressScreen,
    le.LendingState.PARCELS: LendingDoneScreen,
}
