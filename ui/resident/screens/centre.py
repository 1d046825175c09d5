"""The menu of centre services (강좌 신청, 복지 상담…), and the base of their screens.

The home screen's "other services" button opens the menu when any centre
service is enabled (``kiosk.journeys.centre``); each enabled service is one
large button there. A service's own screens subclass ``CentreScreen`` and
are listed in ``ui.resident.window.SCREENS`` beside the others.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.centre import phone
from kiosk.i18n import N_, Text
from kiosk.journeys import centre as ce
from kiosk.journeys.flow import Event, Flow
from ui.common.i18n import render, tr, tr_n
from ui.common.keypad import BACKSPACE, Keypad, after_key, erased_text
from ui.common.theme import Metrics
from ui.resident.screens.base import (
    FitLabel,
    Send,
    StepScreen,
    make_button,
    make_label,
    set_button_text,
)
from ui.resident.screens.certificate import (
    DELETE_KEYS,
    DIGIT_KEYS,
    ENTER_KEYS,
    Typed,
    typing_focus,
)

J = TypeVar("J", bound=ce.CentreServiceJourney)


class CentreMenuScreen(StepScreen):
    name = "centre_menu"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.root.addWidget(self.instruction)
        services = self._menu().services()
        buttons = self.add_choice_buttons(
            (journey.service_id for journey in services), ce.OpenCentreService
        )
        self.buttons: dict[str, tuple[QPushButton, Text, Text]] = {
            journey.service_id: (buttons[journey.service_id], journey.title, journey.summary)
            for journey in services
        }
        self.add_footer()

    def _menu(self) -> ce.CentreMenuJourney:
        return next(j for j in self.flow.journeys if isinstance(j, ce.CentreMenuJourney))

    def retranslate(self) -> None:
        self.title.setText(tr("centre", "Other services"))
        self.instruction.setText(tr("centre", "Choose what you came for."))
        for button, title, summary in self.buttons.values():
            set_button_text(button, f"{render(title)}\n{render(summary)}", render(summary))
        super().retranslate()


class CentreScreen(StepScreen, Generic[J]):
    """A screen of one centre service: ``journey`` is that service's journey.

    A subclass sets ``journey_type``; its message is the journey's
    ``message`` for the current screen, if the journey has one.
    """

    journey_type: type[J]

    @property
    def journey(self) -> J:
        return next(j for j in self.flow.journeys if isinstance(j, self.journey_type))

    def current_message(self) -> Text | None:
        message = getattr(self.journey, "message", None)
        return message if isinstance(message, Text) else None


MAX_PHONE_DIGITS = 11


#: What the physical keypad does on a mobile-number screen (voice mode).
PHONE_KEYPAD_HELP = N_(
    "centre",
    "Type your mobile number with the number keys. Star deletes. Press Enter when done.",
)


class PhoneEntryScreen(CentreScreen[J]):
    """A mobile number on the big digit keypad, for a centre service.

    The number shows as it is typed, grouped (010-1234-5678), in large
    type; "Next" sends it to the journey as its ``phone_event``. In voice mode the physical
    keypad types (``keypad_typing``): digits, ``*`` or Backspace to delete,
    Enter to go on; the screen then shows a dot per digit, since whoever
    types by voice may not see who is looking, and the number is read back
    only when speech is private (earphones), as on the ID screen. A service
    may say more: ``instruction_text`` above the number and ``note_text``
    under the keypad (what the number is used for, how it is kept).
    """

    #: The journey's event for a typed number (its ``SubmitPhone``), made from the digits.
    phone_event: Callable[[str], Event]

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.digits = ""
        self.root.addWidget(self.instruction)
        self.number = FitLabel()
        self.number.wanted_px = metrics.px(22)
        # The field the physical keypad types into: typing puts the focus here,
        # so that Enter then goes on rather than pressing the on-screen key the
        # screen started on.
        self.number.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.add_to_body(self.number, self.message)
        self.keypad = Keypad(metrics, telephone=True)
        self.keypad.pressed.connect(self.key)
        self.root.addWidget(self.keypad)
        self.note = make_label("muted")
        self.root.addWidget(self.note)
        self.next_button = make_button()
        self.next_button.clicked.connect(self.submit)
        self.root.addWidget(self.next_button)
        self.add_footer()

    def instruction_text(self) -> str:
        """The line under the title (override to say what the number is for)."""
        return tr("centre", "Type your mobile number.")

    def note_text(self) -> str:
        """A line under the keypad, or "" for none (override)."""
        return ""

    def submit(self) -> None:
        self.send(self.phone_event(self.digits))

    def key(self, char: str) -> None:
        self.digits = after_key(self.digits, char, MAX_PHONE_DIGITS, digits_only=True)
        self.show_number()

    def show_number(self) -> None:
        if self.flow.session.voice:
            shown = "•" * len(self.digits)
        else:
            shown = phone.formatted(self.digits) if len(self.digits) >= 10 else self.digits
        self.number.setText(shown or "010-")
        self.number.fit()
        # Screen readers speak the name aloud on a public kiosk, and the
        # accessibility audit records it: how many digits, never which.
        count = len(self.digits)
        self.number.setAccessibleName(
            tr_n("centre", "{count} digit typed", "{count} digits typed", count, count=count)
            if count
            else tr("centre", "No number typed yet")
        )
        self.next_button.setEnabled(len(self.digits) >= 10)

    def keypad_help(self) -> str:
        return render(PHONE_KEYPAD_HELP)

    def keypad_typing(self, key: int) -> Typed | None:
        """A physical keypad key in voice mode; None leaves it to the voice guide.

        Digits, star (Backspace) and Enter type only while the focus is on the
        number or the on-screen keypad: on "More time", a display switch or Back
        they do what they do on any button (star goes back, Enter chooses it).
        """
        focused = QApplication.focusWidget()
        typing = typing_focus(self, self.number, self.keypad)
        if key in DIGIT_KEYS and typing:
            return self._type_digit(DIGIT_KEYS[key], self.number)
        if key in DELETE_KEYS and self.digits and typing:
            self.key(BACKSPACE)
            deleted = tr("cert", "Deleted.")
            return Typed(deleted, deleted)
        if key not in ENTER_KEYS or not typing:
            return None
        chars = {button: char for char, button in self.keypad.keys.items()}
        if focused in chars:  # an on-screen key: press it, and confirm it like a typed one
            char = chars[focused]
            if char.isdigit():
                return self._type_digit(char, focused)
            self.key(char)
            erased = erased_text(char)
            return Typed(erased, erased, focused)
        if not self.digits:
            help_text = self.keypad_help()
            return Typed(help_text, help_text)
        self.submit()
        return Typed("", "")

    def _type_digit(self, digit: str, focus: QWidget) -> Typed:
        if len(self.digits) >= MAX_PHONE_DIGITS:
            full = tr("centre", "The number is complete. Press Enter to go on.")
            return Typed(full, full, focus)
        self.key(digit)
        return Typed(digit, tr("cert", "Digit entered."), focus)

    def retranslate(self) -> None:
        self.instruction.setText(self.instruction_text())
        note = self.note_text()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        set_button_text(
            self.next_button, tr("centre", "Next"), tr("centre", "Go on with this number")
        )
        # The screen is built once: its keys spoke the first resident's language to every later one.
        self.keypad.retranslate()
        self.show_number()
        super().retranslate()

    def wipe(self) -> None:
        self.digits = ""
        self.show_number()
