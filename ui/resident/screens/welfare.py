"""The welfare intake screens (찾아가는 복지, 복지 상담): large choices, a number keypad, confirm.

They render ``kiosk.journeys.welfare`` (its ``WelfareForm``, and what the
resident typed in ``Session.personal``) and send its events. One screen
class lists choices (request, topic, day, time, time of day, situation),
one types numbers (mobile number, 통/반), then confirm, progress and done.
``WELFARE_SCREENS`` maps each state to its screen; ``ui.resident.window``
merges it into ``SCREENS``.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import ClassVar

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.centre import phone
from kiosk.centre import welfare as w
from kiosk.journeys import welfare as wj
from kiosk.journeys.flow import Event, Flow
from kiosk.journeys.welfare import WelfareState as S
from ui.common.button_row import ButtonGrid
from ui.common.i18n import breakable_code, day_and_time_text, day_text, render, tr, tr_n
from ui.common.keypad import BACKSPACE, Keypad, after_key, erased_text
from ui.common.theme import Metrics
from ui.resident.screens.base import (
    KeypadFormScreen,
    ProgressScreen,
    Screen,
    Send,
    WrapButton,
    drop_buttons,
    make_button,
    make_label,
    make_panel,
)
from ui.resident.screens.base import set_button_text as label_button
from ui.resident.screens.centre import PHONE_KEYPAD_HELP, CentreScreen
from ui.resident.screens.certificate import (
    DELETE_KEYS,
    DIGIT_KEYS,
    ENTER_KEYS,
    Typed,
    typing_focus,
)


def kind_text(kind: w.RequestKind) -> str:
    return render(w.KIND_NAMES[kind])


class WelfareScreen(CentreScreen[wj.WelfareJourney]):
    journey_type = wj.WelfareJourney

    @property
    def form(self) -> wj.WelfareForm:
        return self.journey.form

    def slot_text(self, slot: datetime) -> str:
        return day_and_time_text(w.local_time(self.config, slot))


class WelfareChoiceScreen(WelfareScreen):
    """One question answered by tapping one large button (request, topic, day, time...)."""

    name = "welfare_choice"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.add_to_body(self.instruction, self.message)
        gap = metrics.px(metrics.sizes.gap)
        #: One choice a line: a request, a topic, a situation (a title and what it means).
        self.column = QVBoxLayout()
        self.column.setSpacing(gap)
        self.root.addLayout(self.column)
        #: Days and times, two to a line while their labels fit whole.
        self.grid = ButtonGrid(gap, columns=2)
        self.root.addLayout(self.grid)
        self.buttons: dict[str, WrapButton] = {}
        self._events: dict[str, Event] = {}
        self._shape: tuple[object, ...] = ()
        self.add_footer()

    def options(self) -> list[tuple[str, str, str, Event]]:
        """(key, button text, description, event) for the current question."""
        state = self.flow.state
        language = self.flow.session.language
        if state is S.CHOOSE:
            descriptions = {
                w.RequestKind.CONSULTATION: tr(
                    "welfare", "Talk with a welfare officer at the centre, at a time you choose"
                ),
                w.RequestKind.HOME_VISIT: tr(
                    "welfare", "A welfare officer calls you and visits your home"
                ),
                w.RequestKind.CRISIS: tr(
                    "welfare", "Tell us about a household that needs help. You may stay anonymous"
                ),
            }
            return [
                (k.value, f"{kind_text(k)}\n{d}", d, wj.ChooseRequest(k.value))
                for k, d in descriptions.items()
            ]
        if state is S.TOPIC:
            return [
                (t.id, t.names.get(language), t.names.get(language), wj.ChooseTopic(t.id))
                for t in self.config.welfare.topics
            ]
        if state is S.DAY:
            return [
                (d.isoformat(), day_text(d), day_text(d), wj.ChooseDay(d))
                for d in self.journey.days()
            ]
        if state is S.TIME:
            out: list[tuple[str, str, str, Event]] = []
            for slot in self.journey.times():
                local = w.local_time(self.config, slot)
                text = f"{local:%H:%M}"
                out.append((slot.isoformat(), text, self.slot_text(slot), wj.ChooseSlot(slot)))
            return out
        if state is S.TIME_OF_DAY:
            return [
                (k, render(t), render(t), wj.ChooseTimeOfDay(k)) for k, t in w.TIMES_OF_DAY.items()
            ]
        if state is S.SITUATION:
            return [
                (k, render(t), render(t), wj.ChooseSituation(k)) for k, t in w.SITUATIONS.items()
            ]
        return []

    def texts(self) -> tuple[str, str]:
        state = self.flow.state
        kind = self.form.kind
        if state is S.CHOOSE:
            return tr("welfare", "Welfare consultation and reports"), tr(
                "welfare", "What would you like to do?"
            )
        if state is S.TOPIC:
            title = kind_text(kind) if kind else ""
            return title, tr("welfare", "What is it about? Choose one.")
        if state is S.DAY:
            return tr("welfare", "Choose a day"), tr(
                "welfare", "Days with a free consultation time are listed."
            )
        if state is S.TIME:
            day = day_text(self.form.day) if self.form.day else ""
            return tr("welfare", "Choose a time"), tr("welfare", "Free times on {day}.", day=day)
        if state is S.TIME_OF_DAY:
            return tr("welfare", "When is a good time?"), tr(
                "welfare", "Choose when a call or visit suits you best."
            )
        return tr("welfare", "What is the situation?"), tr(
            "welfare", "Choose what fits best. Staff will ask for details."
        )

    def _rebuild(self, options: list[tuple[str, str, str, Event]], in_grid: bool) -> None:
        for button in self.buttons.values():
            self.column.removeWidget(button)
            self.grid.removeWidget(button)
        drop_buttons(self.buttons.values())
        self.buttons.clear()
        layout = self.grid if in_grid else self.column
        height = 30.0 if in_grid else self.metrics.sizes.service_button_height
        for key, _text, _description, _event in options:
            button = make_button("secondary" if in_grid else "")
            button.setMinimumHeight(self.metrics.px(height))
            button.clicked.connect(lambda _=False, k=key: self._chosen(k))
            layout.addWidget(button)
            button.show()  # added to a screen that may be showing already
            self.buttons[key] = button

    def _chosen(self, key: str) -> None:
        event = self._events.get(key)
        if event is not None:
            self.send(event)

    def retranslate(self) -> None:
        state = self.flow.state
        options = self.options()
        shape = (state, *(key for key, *_ in options))
        if shape != self._shape:
            self._shape = shape
            self._rebuild(options, in_grid=state in (S.DAY, S.TIME))
        self._events = {key: event for key, _t, _d, event in options}
        for key, text, description, _event in options:
            label_button(self.buttons[key], text, description)
        title, instruction = self.texts()
        self.title.setText(title)
        self.instruction.setText(instruction)
        super().retranslate()


class WelfareNumberScreen(WelfareScreen, KeypadFormScreen):
    """Numbers on the big keypad: the mobile number, or the 통 and 반 of a crisis report."""

    name = "welfare_number"
    MAX_LENGTH: ClassVar[dict[str, int]] = {"phone": 11, "tong": 3, "ban": 3}

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.root.addWidget(self.instruction)
        self.values = dict.fromkeys(self.MAX_LENGTH, "")
        self.active = "phone"
        self._session_id = flow.session.id
        self.add_fields(self.MAX_LENGTH)
        self.root.addWidget(self.message)
        self.keypad = Keypad(metrics, digits_only=True)
        self.keypad.pressed.connect(self.key)
        self.root.addWidget(self.keypad)
        self.continue_button = make_button()
        self.continue_button.clicked.connect(self.submit)
        self.root.addWidget(self.continue_button)
        self.other_button = make_button("secondary")
        self.other_button.clicked.connect(self.other)
        self.root.addWidget(self.other_button)
        self.add_footer()

    def fields(self) -> tuple[str, ...]:
        return ("tong", "ban") if self.flow.state is S.PLACE else ("phone",)

    def key(self, char: str) -> None:
        if self.active not in self.fields():
            self.active = self.fields()[0]
        self.values[self.active] = after_key(
            self.values[self.active], char, self.MAX_LENGTH[self.active], digits_only=True
        )
        self.retranslate()

    def submit(self) -> None:
        if self.flow.state is S.PLACE:
            self.send(wj.SubmitPlace(self.values["tong"], self.values["ban"]))
        else:
            self.send(wj.SubmitPhone(self.values["phone"]))

    def other(self) -> None:
        if self.flow.state is S.PLACE:
            self.send(wj.PlaceWithStaff())
        else:
            self.send(wj.SkipPhone())

    def clear(self) -> None:
        self.values = dict.fromkeys(self.MAX_LENGTH, "")
        self.active = "phone"

    def wipe(self) -> None:
        if any(self.values.values()):
            self.clear()
            self.retranslate()

    def refresh(self) -> None:
        if self._session_id != self.flow.session.id:
            self._session_id = self.flow.session.id
            self.clear()
        if self.active not in self.fields():
            self.active = self.fields()[0]
        super().refresh()

    def _labels(self) -> dict[str, str]:
        return {
            "phone": tr("welfare", "Mobile number"),
            "tong": tr("welfare", "Tong number"),
            "ban": tr("welfare", "Ban number"),
        }

    def retranslate(self) -> None:
        crisis = self.form.kind is w.RequestKind.CRISIS
        if self.flow.state is S.PLACE:
            self.title.setText(tr("welfare", "Where is the household?"))
            self.instruction.setText(
                tr(
                    "welfare",
                    "Type the tong and ban numbers of the address, if you know them.",
                )
            )
        elif crisis:
            self.title.setText(tr("welfare", "Your mobile number (optional)"))
            self.instruction.setText(
                tr(
                    "welfare",
                    "Staff may call you to ask more. You may also report without giving "
                    "your number.",
                )
            )
        else:
            self.title.setText(tr("welfare", "Your mobile number"))
            self.instruction.setText(
                tr("welfare", "Type the number staff should call, for example 01012345678.")
            )
        fields = self.fields()
        labels = self._labels()
        for name, button in self.field_buttons.items():
            shown = name in fields
            button.setVisible(shown)
            self.field_labels[name].setVisible(shown)
        self.show_fields(
            labels,
            lambda count: tr_n(
                "welfare", "{count} digit typed", "{count} digits typed", count, count=count
            ),
        )
        self.keypad.retranslate()
        label_button(self.continue_button, tr("welfare", "Continue"), tr("welfare", "Go on"))
        if self.flow.state is S.PLACE:
            label_button(
                self.other_button,
                tr("welfare", "I'd rather tell staff"),
                tr("welfare", "Go on without the address; tell staff at the counter"),
            )
        else:
            label_button(
                self.other_button,
                tr("welfare", "Report without my number"),
                tr("welfare", "Stay anonymous: staff will not call you back"),
            )
        self.other_button.setVisible(self.flow.state is S.PLACE or crisis)
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(
            self.title.text(), self.instruction.text(), self._labels()[self.active]
        )

    def keypad_typing(self, key: int) -> Typed | None:
        """Voice mode: the physical keypad types into the active field (as on the ID screen).

        Digits type, star or Backspace deletes (in an empty field: the field
        before, or back), Enter goes to the next field and then on; with
        nothing typed it goes on without (the "other" button's way). What was
        typed is echoed only when speech is private (``Typed``). Digits and
        star type only while the focus is on a field or the on-screen keypad:
        on "More time" or Continue they do what they do on any button. Enter
        on an on-screen key presses it, confirmed as a typed key is.
        """
        fields = self.fields()
        index = fields.index(self.active) if self.active in fields else 0
        box = self.field_buttons[self.active]
        value = self.values[self.active]
        focused = QApplication.focusWidget()
        typing = typing_focus(self, self.keypad, *self.field_buttons.values())
        if key in DIGIT_KEYS and typing:
            return self._type_key(DIGIT_KEYS[key], box)
        if key in DELETE_KEYS and typing:
            if value:
                return self._type_key(BACKSPACE, box)
            if index > 0:
                self.select(fields[index - 1])
                label = self._labels()[self.active]
                return Typed(label, label, self.field_buttons[self.active])
            return None  # nothing typed: star is "back"
        if key in ENTER_KEYS:
            chars = {button: char for char, button in self.keypad.keys.items()}
            if focused in chars:
                # The guide's plain click would type in silence: a blind
                # resident must hear that the key took.
                return self._type_key(chars[focused], focused)
            if focused not in self.field_buttons.values():
                return None  # a button has the focus: Enter chooses it
            if self.other_button.isVisible() and not any(self.values[f] for f in fields):
                # Nothing typed: on as "I'd rather tell staff" or "Report without
                # my number" would go, which a 12-key keypad cannot move to
                # here, where 2 and 8 type digits.
                self.other()
                return Typed("", "")
            if index < len(fields) - 1:
                self.select(fields[index + 1])
                label = self._labels()[self.active]
                return Typed(label, label, self.field_buttons[self.active])
            self.submit()
            return Typed("", "")
        return None

    def _type_key(self, char: str, focus: QWidget) -> Typed:
        """Type one key (a digit, Delete or Clear) and confirm it as the other keypads
        do: the digit itself only in earphones, "digit entered" on the loudspeaker."""
        if char.isdigit() and len(self.values[self.active]) >= self.MAX_LENGTH[self.active]:
            # Nothing is typed into a full field: saying "digit entered" would
            # leave a blind resident believing the number took one more.
            full = tr("centre", "The number is complete. Press Enter to go on.")
            return Typed(full, full, focus)
        self.key(char)
        if char.isdigit():
            return Typed(f"{char}.", tr("cert", "Digit entered."), focus)
        erased = erased_text(char)
        return Typed(erased, erased, focus)

    def keypad_help(self) -> str:
        """How the physical keypad types here (voice mode)."""
        if self.flow.state is S.PLACE:
            return tr(
                "welfare",
                "Type the numbers with the number keys. Enter goes to the next number, then "
                "on; star deletes. If you do not know them, press Enter without typing and "
                "tell staff at the counter.",
            )
        if self.other_button.isVisible():
            return tr(
                "welfare",
                "Type your mobile number with the number keys, then press Enter; star "
                "deletes. To report without your number, press Enter without typing.",
            )
        return render(PHONE_KEYPAD_HELP)


class WelfareConfirmScreen(WelfareScreen):
    name = "welfare_confirm"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.lines = [make_label() for _ in range(4)]
        self.add_to_body(make_panel(*self.lines), self.message)
        self.confirm_button = self.add_action_button(wj.ConfirmRequest)
        self.add_footer()

    def summary(self, *, aloud: bool = False) -> list[str]:
        """The request's lines as shown; ``aloud`` leaves out what the resident typed
        (the household's 통 and 반, their number): the loudspeaker is public."""
        form = self.form
        personal = self.journey.personal
        language = self.flow.session.language
        lines: list[str] = []
        if form.kind is not None:
            lines.append(tr("welfare", "Request: {kind}", kind=kind_text(form.kind)))
        if form.topic:
            name = w.topic_name(self.config, form.topic, language)
            lines.append(tr("welfare", "About: {topic}", topic=name))
        if form.situation:
            lines.append(
                tr("welfare", "Situation: {what}", what=render(w.SITUATIONS[form.situation]))
            )
        if form.slot is not None:
            lines.append(tr("welfare", "Time: {slot}", slot=self.slot_text(form.slot)))
        if form.time_of_day:
            lines.append(
                tr("welfare", "Best time: {when}", when=render(w.TIMES_OF_DAY[form.time_of_day]))
            )
        if form.kind is w.RequestKind.CRISIS:
            if personal.tell_staff:
                lines.append(tr("welfare", "Where: you will tell staff"))
            elif personal.tong and not aloud:
                lines.append(
                    tr(
                        "welfare",
                        "Where: tong {tong}, ban {ban}",
                        tong=personal.tong,
                        ban=personal.ban,
                    )
                )
        if personal.phone and not aloud:
            number = (
                phone.masked_number(personal.phone)
                if self.flow.session.voice
                else phone.formatted(personal.phone)
            )
            lines.append(tr("welfare", "Phone: {phone}", phone=number))
        elif not personal.phone and form.kind is w.RequestKind.CRISIS:
            lines.append(tr("welfare", "Phone: not given (anonymous)"))
        return lines

    def retranslate(self) -> None:
        self.title.setText(tr("welfare", "Please check"))
        lines = self.summary()
        while len(self.lines) < len(lines):
            label = make_label()
            self.lines.append(label)
            panel = self.lines[0].parentWidget()
            layout = panel.layout() if panel is not None else None
            if layout is not None:
                layout.addWidget(label)
        for index, label in enumerate(self.lines):
            label.setText(lines[index] if index < len(lines) else "")
            label.setVisible(index < len(lines))
        label_button(
            self.confirm_button,
            tr("welfare", "Send request"),
            tr("welfare", "Send this request to the welfare team and print a receipt"),
        )
        super().retranslate()

    def wipe(self) -> None:
        for label in self.lines:
            label.setText("")

    def spoken_prompt(self) -> str:
        return self.with_message(self.title.text(), *self.summary(aloud=True))


class WelfareProgressScreen(WelfareScreen, ProgressScreen):
    """Looking up free times, saving the request, printing the receipt."""

    name = "welfare_progress"

    def progress_texts(self) -> tuple[str, str]:
        state = self.flow.state
        if state is S.LOADING:
            title = tr("welfare", "Looking up free times…")
        elif state is S.SAVING:
            title = tr("welfare", "Sending your request…")
        else:
            title = tr("welfare", "Printing your receipt…")
        return title, tr("welfare", "One moment, please.")


class WelfareDoneScreen(WelfareScreen):
    name = "welfare_done"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.caption = make_label()
        self.reference = make_label("title")
        self.status = make_label()
        self.follow = make_label()
        self.add_to_body(self.message, self.caption, self.reference, self.status, self.follow)
        self.add_footer(back=False)

    def retranslate(self) -> None:
        form = self.form
        saved = form.saved
        self.title.setText(tr("welfare", "Your request was received"))
        self.caption.setText(tr("welfare", "Reference"))
        self.reference.setText(breakable_code(saved.reference) if saved else "")
        # The reference starts with Korean ("복지"), which a voice for another
        # language cannot read: it hears the word in its own language.
        spoken = (
            saved.reference.replace(w.REFERENCE_PREFIX, tr("welfare", "Welfare"), 1)
            if saved
            else ""
        )
        self.reference.setAccessibleName(
            tr("welfare", "Reference: {reference}", reference=spoken) if saved else ""
        )
        self.status.setText(
            tr("welfare", "Please take your receipt below the screen.") if form.printed else ""
        )
        self.status.setVisible(bool(form.printed))
        if form.kind is w.RequestKind.CONSULTATION and saved and saved.slot_start:
            follow = tr(
                "welfare",
                "Please come to the welfare desk on {slot}.",
                slot=self.slot_text(saved.slot_start),
            )
        elif form.anonymous:
            follow = tr(
                "welfare",
                "Thank you. Welfare staff will check on the household without naming you.",
            )
        else:
            follow = self.config.welfare.callback_promise.get(self.flow.session.language)
        self.follow.setText(follow)
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(
            self.title.text(),
            self.reference.accessibleName(),
            self.status.text(),
            self.follow.text(),
        )


WELFARE_SCREENS: dict[Enum, type[Screen]] = {
    S.CHOOSE: WelfareChoiceScreen,
    S.TOPIC: WelfareChoiceScreen,
    S.DAY: WelfareChoiceScreen,
    S.TIME: WelfareChoiceScreen,
    S.TIME_OF_DAY: WelfareChoiceScreen,
    S.SITUATION: WelfareChoiceScreen,
    S.PHONE: WelfareNumberScreen,
    S.PLACE: WelfareNumberScreen,
    S.CONFIRM: WelfareConfirmScreen,
    S.LOADING: WelfareProgressScreen,
    S.SAVING: WelfareProgressScreen,
    S.PRINTING: WelfareProgressScreen,
    S.DONE: WelfareDoneScreen,
}
