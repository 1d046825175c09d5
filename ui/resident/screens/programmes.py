"""Programme registration's screens (자치회관 강좌 신청): list, course, phone, name, progress, done.

They render ``kiosk.journeys.programmes`` (its ``ProgrammesContext``) and send
its events. The mobile number and the name typed are the only personal data:
they live in the phone and name screens' widgets until submitted, are drawn
as dots in voice mode (only the resident should hear them), and are blanked
when the session ends (``wipe``). ``PROGRAMME_SCREENS`` maps each state to its screen.
"""

from __future__ import annotations

from enum import Enum
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout

from kiosk.centre.programmes import (
    CATEGORY_NAMES,
    Availability,
    CourseStatus,
    Status,
    slip_notes,
    won_text,
)
from kiosk.journeys import programmes as p
from kiosk.journeys.flow import Flow
from ui.common.hangul_keyboard import CLEAR, DELETE, LETTERS, SHIFT, SPACE, HangulKeyboard
from ui.common.i18n import day_text, render, tr, tr_n
from ui.common.keypad import erased_text
from ui.common.theme import Metrics
from ui.resident.screens.base import (
    FitLabel,
    ProgressScreen,
    Screen,
    Send,
    drop_buttons,
    make_button,
    make_label,
    make_panel,
    restyle,
    set_button_text,
)
from ui.resident.screens.centre import CentreScreen, PhoneEntryScreen
from ui.resident.screens.certificate import ENTER_KEYS, Typed
from ui.resident.voice import PUBLIC_NAME

S = p.ProgrammesState

#: The keys that press the focused key of the on-screen keyboard in voice mode.
_CHOOSE_KEYS = {int(Qt.Key.Key_5), *ENTER_KEYS}


def availability_text(status: CourseStatus) -> str:
    """Places left, "waiting list" or "full", as the list and the course screen say it."""
    course = status.course
    kind = status.availability
    if kind is Availability.OPEN:
        return tr(
            "programmes",
            "{left} of {capacity} places left",
            left=status.places_left,
            capacity=course.capacity,
        )
    if kind is Availability.WAITING_LIST:
        return tr(
            "programmes",
            "Places taken: you can join the waiting list ({left} left)",
            left=status.waiting_left,
        )
    if kind is Availability.NOT_YET:
        return tr(
            "programmes",
            "Registration opens on {date}",
            date=day_text(course.registration_opens),
        )
    if kind in (Availability.CLOSED, Availability.DISABLED):
        return tr("programmes", "Registration has closed")
    return tr("programmes", "Full")


class ProgrammesScreen(CentreScreen[p.ProgrammesJourney]):
    journey_type = p.ProgrammesJourney

    @property
    def part(self) -> p.ProgrammesContext:
        return self.journey.context

    def course_name(self, status: CourseStatus) -> str:
        return status.course.names.get(self.flow.session.language)


class ProgrammesListScreen(ProgrammesScreen):
    name = "programmes_list"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.box = QVBoxLayout()
        self.box.setSpacing(metrics.px(metrics.sizes.gap))
        self.add_to_body(self.instruction, self.message, self.box)
        self.buttons: dict[str, QPushButton] = {}
        self.add_footer()

    def _rebuild(self) -> None:
        """One button per course the courses read lists, in its order.

        Not the config's courses when the screen was built: a technician may
        add a course, rename one, turn one off or on or reorder them while the
        kiosk runs (a course added so was missing until a restart).
        """
        listed = [status.course.id for status in self.part.courses]
        if list(self.buttons) == listed:
            return
        drop_buttons(self.buttons.values())
        self.buttons = self.add_choice_buttons(listed, p.ChooseCourse, box=self.box)

    def retranslate(self) -> None:
        self._rebuild()
        language = self.flow.session.language
        self.title.setText(tr("programmes", "Course registration"))
        self.instruction.setText(
            tr("programmes", "Choose a course. The fee is paid at the counter.")
        )
        for status in self.part.courses:
            button = self.buttons[status.course.id]
            course = status.course
            places = availability_text(status)
            category = render(CATEGORY_NAMES[course.category])
            set_button_text(
                button,
                f"{course.names.get(language)}\n"
                f"{category} · {course.schedule.get(language)}\n{places}",
                tr(
                    "programmes",
                    "{fee}. {places}",
                    fee=render(won_text(course.fee_won, language)),
                    places=places,
                ),
            )
            variant = "" if status.can_apply else "secondary"
            if button.property("variant") != variant:
                button.setProperty("variant", variant)
                restyle(button)
        super().retranslate()


class ProgrammesCourseScreen(ProgrammesScreen):
    name = "programmes_course"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        # A role, not a font of its own: the style sheet gives it the language's
        # typeface (the Hangul font broke Vietnamese as "đ ăng") and the text zoom.
        self.course_label = make_label("subtitle")
        self.lines = [make_label() for _ in range(5)]
        self.root.addWidget(make_panel(self.course_label, *self.lines))
        self.note = make_label("muted")
        self.add_to_body(self.note, self.message)
        self.confirm_button = self.add_action_button(p.ConfirmCourse)
        self.add_footer()

    def retranslate(self) -> None:
        status = self.part.course()
        self.title.setText(tr("programmes", "Course details"))
        language = self.flow.session.language
        if status is not None:
            course = status.course
            self.course_label.setText(course.names.get(language))
            texts = [
                tr(
                    "programmes",
                    "Category: {category}",
                    category=render(CATEGORY_NAMES[course.category]),
                ),
                tr("programmes", "When: {schedule}", schedule=course.schedule.get(language)),
                tr(
                    "programmes",
                    "Term: {term}",
                    term=f"{day_text(course.term_start)} – {day_text(course.term_end)}",
                ),
                tr(
                    "programmes",
                    "Fee: {fee} (paid at the counter)",
                    fee=render(won_text(course.fee_won, language)),
                ),
                availability_text(status),
            ]
            for label, text in zip(self.lines, texts, strict=True):
                label.setText(text)
            waiting = status.availability is Availability.WAITING_LIST
            set_button_text(
                self.confirm_button,
                tr("programmes", "Join the waiting list")
                if waiting
                else tr("programmes", "Register for this course"),
                tr("programmes", "Next, type your mobile phone number"),
            )
        self.note.setText(
            tr("programmes", "You need your mobile phone number to register. No ID card is needed.")
        )
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(
            self.title.text(),
            self.course_label.text(),
            *(label.text() for label in self.lines),
            self.note.text(),
        )


class ProgrammesPhoneScreen(PhoneEntryScreen[p.ProgrammesJourney]):
    """The mobile number for the course, on the centre services' phone keypad."""

    name = "programmes_phone"
    journey_type = p.ProgrammesJourney
    phone_event = p.SubmitPhone

    def instruction_text(self) -> str:
        return tr(
            "programmes",
            "Type your mobile phone number, starting with 010. The centre contacts "
            "you at this number about the course.",
        )

    def note_text(self) -> str:
        return tr(
            "programmes",
            "Your number is stored encrypted, used only for this course, and printed "
            "on the slip with the middle digits hidden.",
        )

    def retranslate(self) -> None:
        status = self.journey.context.course()
        self.title.setText(
            tr(
                "programmes",
                "Mobile phone number for {course}",
                course=status.course.names.get(self.flow.session.language),
            )
            if status
            else tr("programmes", "Mobile phone number")
        )
        super().retranslate()


class ProgrammesNameScreen(ProgrammesScreen):
    """The name on the Hangul keyboard (or its Latin letters); optional (Skip), since
    staff can note it at the counter."""

    name = "programmes_name"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.root.addWidget(self.instruction)
        self.field = make_button("secondary")
        self.field.clicked.connect(lambda: self.field.setFocus())
        self.root.addWidget(self.field)
        self.keyboard = HangulKeyboard(metrics, max_length=p.NAME_LENGTH)
        self.keyboard.changed.connect(lambda _text: self.retranslate())
        self.root.addWidget(self.keyboard)
        self.continue_button = self.add_action_button(lambda: p.SubmitName(self.keyboard.text()))
        self.skip_button = self.add_action_button(lambda: p.SubmitName(""), "secondary")
        self.add_footer()
        self._session_id = flow.session.id
        #: Whether this session's first letters (Hangul or Latin) were chosen.
        self._letters_chosen = False

    def wipe(self) -> None:
        if self.keyboard.text() or self.field.text() != "…":
            self.keyboard.clear()
            self.retranslate()

    def refresh(self) -> None:
        # The typed name is personal data: a new session never sees the last one's.
        if self._session_id != self.flow.session.id:
            self._session_id = self.flow.session.id
            self.keyboard.clear()
            self._letters_chosen = False
        if not self._letters_chosen:
            # Someone using the kiosk in English, Chinese or Vietnamese most
            # likely writes their name in Latin letters; "ABC" / "한글" switches.
            self.keyboard.set_latin(self.flow.session.language != "ko")
            self._letters_chosen = True
        super().refresh()

    def _place_buttons(self) -> None:
        """Continue and Skip under the keyboard, or in voice mode right under the
        name: a keypad user would otherwise step through every letter key first."""
        want_below = not self.flow.session.voice
        buttons = (self.continue_button, self.skip_button)
        below = self.root.indexOf(self.continue_button) > self.root.indexOf(self.keyboard)
        if below == want_below:
            return
        for button in buttons:
            self.root.removeWidget(button)
        at = self.root.indexOf(self.keyboard) + (1 if want_below else 0)
        for offset, button in enumerate(buttons):
            self.root.insertWidget(at + offset, button)

    def keypad_help(self) -> str:
        """How the physical keypad types here (voice mode)."""
        return tr(
            "programmes",
            "Press 2 or 8 to move from key to key and 5 to type the key you are on; hash "
            "goes to the first screen. Without earphones the letters are not read out: you "
            "may skip your name and give it at the counter.",
        )

    def keypad_typing(self, key: int) -> Typed | None:
        """Voice mode: 5 or Enter on a letter key types it, and says so.

        The name so far is said only in earphones (``Typed``); the loudspeaker
        says "letter entered". Shift and ABC say what they switched to. Moving
        is left to the voice guide (None), as on any screen.
        """
        focused = QApplication.focusWidget()
        char = next((c for c, k in self.keyboard.keys.items() if k is focused), None)
        if key not in _CHOOSE_KEYS or char is None:
            return None
        self.keyboard.press(char)
        if char in (SHIFT, LETTERS):
            mode = self.keyboard.mode_text(char)
            return Typed(mode, mode, focused)
        typed = self.keyboard.text()
        if char in (DELETE, CLEAR):
            erased = erased_text(char)
            return Typed(f"{erased} {typed}".strip(), erased, focused)
        return Typed(typed, tr("keyboard", "Letter entered."), focused)

    def retranslate(self) -> None:
        self._place_buttons()
        for char, key in self.keyboard.keys.items():
            if char not in (SHIFT, LETTERS, SPACE, DELETE, CLEAR):
                key.setProperty(PUBLIC_NAME, tr("keyboard", "Letter key"))
        self.title.setText(tr("programmes", "Your name (you may skip this)"))
        self.instruction.setText(
            tr(
                "programmes",
                "Type your name so the centre knows who registered. "
                "You may skip this and give it at the counter.",
            )
        )
        typed = self.keyboard.text()
        shown = "•" * len(typed) if self.flow.session.voice else typed
        self.field.setText(shown or "…")
        self.field.setAccessibleName(tr("programmes", "Name"))
        self.field.setAccessibleDescription(
            tr_n(
                "programmes",
                "{count} letter typed",
                "{count} letters typed",
                len(typed),
                count=len(typed),
            )
        )
        self.keyboard.retranslate()
        set_button_text(
            self.continue_button,
            tr("programmes", "Continue"),
            tr("programmes", "Save the registration and print the slip"),
        )
        set_button_text(
            self.skip_button,
            tr("programmes", "Skip: register without a name"),
            tr("programmes", "Save the registration without a name and print the slip"),
        )
        super().retranslate()


class ProgrammesProgressScreen(ProgrammesScreen, ProgressScreen):
    """Reading the courses, saving the registration, printing the slip."""

    name = "programmes_progress"

    def progress_texts(self) -> tuple[str, str]:
        state = self.flow.state
        if state is S.PRINTING:
            return tr("programmes", "Printing your slip…"), tr(
                "programmes", "Your registration is saved. Please wait."
            )
        if state is S.SAVING:
            return tr("programmes", "Saving your registration…"), tr("programmes", "Please wait.")
        return tr("programmes", "Course registration"), tr(
            "programmes", "Looking up the courses. Please wait."
        )

    def nav_enabled(self) -> tuple[bool, bool]:
        # A registration being saved or printed is not abandoned halfway.
        busy = self.flow.state in (S.SAVING, S.PRINTING)
        return not busy, not busy


class ProgrammesDoneScreen(ProgrammesScreen):
    name = "programmes_done"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.course_label = make_label(align=Qt.AlignmentFlag.AlignCenter)
        self.number_label = make_label("muted", align=Qt.AlignmentFlag.AlignCenter)
        self.number = FitLabel()
        self.status = make_label(align=Qt.AlignmentFlag.AlignCenter)
        self.root.addWidget(
            make_panel(self.course_label, self.number_label, self.number, self.status)
        )
        self.root.addWidget(self.message)
        self.notes: list[QLabel] = [make_label() for _ in range(2)]
        for label in self.notes:
            self.root.addWidget(label)
        self.add_footer(back=False)

    def retranslate(self) -> None:
        reg = self.part.registration
        status = self.part.course()
        waiting = reg is not None and reg.status is Status.WAITING
        if not self.part.printed:
            self.title.setText(tr("programmes", "Your registration is saved"))
        elif waiting:
            self.title.setText(
                tr("programmes", "You are on the waiting list. Please take your slip")
            )
        else:
            self.title.setText(tr("programmes", "You are registered. Please take your slip"))
        self.course_label.setText(self.course_name(status) if status else "")
        self.number_label.setText(tr("programmes", "Registration number"))
        self.number.setText(reg.registration_no if reg else "")
        self.number.setAccessibleName(reg.registration_no if reg else "")
        self.status.setText(
            tr("programmes", "Waiting list no. {position}", position=reg.waiting_position)
            if reg is not None and waiting
            else tr("programmes", "Registered")
        )
        notes = (
            slip_notes(
                status.course,
                reg,
                self.flow.session.language,
                year=False,
                zone=ZoneInfo(self.config.center.timezone),
            )
            if status and reg
            else []
        )
        for label, note in zip(self.notes, [*notes, None, None], strict=False):
            label.setText(render(note) if note else "")
            label.setVisible(note is not None)
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(
            self.title.text(),
            self.course_label.text(),
            tr("programmes", "Registration number {number}", number=self.number.text()),
            self.status.text(),
            *(label.text() for label in self.notes if label.isVisible()),
        )


PROGRAMME_SCREENS: dict[Enum, type[Screen]] = {
    S.LOADING: ProgrammesProgressScreen,
    S.LIST: ProgrammesListScreen,
    S.COURSE: ProgrammesCourseScreen,
    S.PHONE: ProgrammesPhoneScreen,
    S.NAME: ProgrammesNameScreen,
    S.SAVING: ProgrammesProgressScreen,
    S.PRINTING: ProgrammesProgressScreen,
    S.DONE: ProgrammesDoneScreen,
}
