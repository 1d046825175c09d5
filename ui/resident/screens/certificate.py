"""The certificate journey's screens (무인민원발급): choose, MRZ keypad, options, summary...

Like every screen they only render ``Flow`` (its ``context.cert``) and send
``kiosk.journeys.certificates`` events. Personal data never appears on them: the
resident is told "identity confirmed", not their name, and the record's
contents are on the paper only. ``CERT_SCREENS`` maps each certificate
state to its screen; ``ui.resident.window.SCREENS`` merges it in.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from enum import Enum
from typing import ClassVar, NamedTuple

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from kiosk.certificates.issuing import CHOICES, MAX_BASKET, MAX_COPIES, BasketItem
from kiosk.config import DocumentConfig
from kiosk.i18n import Text, grouped
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys.flow import Flow
from ui.common.deferred import deferred
from ui.common.i18n import breakable_code, tr, tr_n
from ui.common.keypad import BACKSPACE, CLEAR, Keypad, after_key, erased_text
from ui.common.theme import Metrics
from ui.resident.screens.base import (
    KeypadFormScreen,
    ProgressScreen,
    Screen,
    Send,
    StepScreen,
    html_lines,
    make_button,
    make_label,
    make_panel,
    restyle,
    set_button_text,
)
from ui.resident.voice import PRIVATE_NAME


def won(amount: int, language: str) -> str:
    """An amount of money as ``language`` writes it ("30,000원", "30.000 đồng")."""
    return tr("cert", "{amount} won", amount=grouped(amount, language))


class CertScreen(StepScreen):
    """A certificate step: its message is ``context.cert.message``."""

    @property
    def cert(self) -> f.CertContext:
        return self.flow.context.cert

    def document(self) -> DocumentConfig | None:
        doc_id = self.cert.document_id
        return self.config.document(doc_id) if doc_id else None

    def current_message(self) -> Text | None:
        return self.cert.message

    def is_notice(self, message: Text) -> bool:
        return c.is_notice(message)


class CertChooseScreen(CertScreen):
    name = "cert_choose"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.root.addWidget(self.instruction)
        self.buttons = self.add_choice_buttons(
            (doc.id for doc in self.config.enabled_documents), c.ChooseDocument
        )
        self.root.addWidget(self.message)
        self.add_footer()

    def retranslate(self) -> None:
        language = self.flow.session.language
        self.title.setText(tr("cert", "Issue a certificate"))
        self.instruction.setText(tr("cert", "Choose the document you need."))
        for doc in self.config.enabled_documents:
            fee = (
                tr("cert", "{fee} per copy", fee=won(doc.fee_won, self.flow.session.language))
                if doc.fee_won
                else tr("cert", "free of charge")
            )
            name = doc.names.get(language)
            set_button_text(
                self.buttons[doc.id],
                f"{name}\n{fee}",
                tr("cert", "Print this document. {fee}", fee=fee),
            )
        super().retranslate()


class Typed(NamedTuple):
    """What a physical keypad key did on a typing screen, for the voice guide to say.

    ``private`` is spoken when only the resident can hear (earphones), ``public``
    on the loudspeaker: it never holds what was typed. ``focus`` is where the
    focus goes, quietly (the typed text itself is the answer).
    """

    private: str
    public: str
    focus: QWidget | None = None


def typing_focus(screen: QWidget, *areas: QWidget) -> bool:
    """Whether the physical keypad types on ``screen`` now: the focus is in one of
    ``areas`` (its fields, its on-screen keypad), on the screen itself or nowhere.

    Anywhere else (the time warning's "More time", a display switch, Continue)
    the keys are the voice guide's, so that 5 or Enter chooses the focused
    control as "Press 5 for more time" promises, instead of typing into the field.
    """
    focused = QApplication.focusWidget()
    if focused is None or focused is screen:
        return True
    return any(area is focused or area.isAncestorOf(focused) for area in areas)


#: The physical keypad's keys a typing screen acts on in voice mode (``keypad_typing``).
DIGIT_KEYS = {int(Qt.Key.Key_0) + n: str(n) for n in range(10)}
ENTER_KEYS = {int(Qt.Key.Key_Enter), int(Qt.Key.Key_Return)}
DELETE_KEYS = {int(Qt.Key.Key_Backspace), int(Qt.Key.Key_Asterisk)}
_LETTER_KEYS = {int(Qt.Key.Key_Right): 1, int(Qt.Key.Key_Left): -1}
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class CertMrzScreen(CertScreen, KeypadFormScreen):
    """The MRZ details on the big keypad, each field followed by its check digit.

    In voice mode the physical keypad types straight into the active field
    (``keypad_typing``): digits type, Enter goes to the next field and then
    reads the card, star or Backspace deletes (and goes to the previous field,
    or back, when the field is empty), and in the document number the Right
    and Left arrows type a letter and step it through the alphabet. The
    on-screen keys stay reachable with Up and Down.
    """

    name = "cert_mrz"
    FIELDS = ("document_number", "birth_date", "expiry_date")
    MAX_LENGTH: ClassVar[dict[str, int]] = {
        "document_number": 15,
        "birth_date": 7,
        "expiry_date": 7,
    }

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.root.addWidget(self.instruction)
        self.values = dict.fromkeys(self.FIELDS, "")
        self.active = "document_number"
        self._session_id = flow.session.id
        self._typed_cleared = self._cleared_count()
        #: Fields showing details brought back from a read that refused them
        #: (``typed_again``), untouched since: by keypad, typing there starts afresh.
        self._kept: set[str] = set()
        self._field_height = 0
        self.add_fields(self.FIELDS)
        self.root.addWidget(self.message)
        self.keypad = Keypad(metrics)
        self.keypad.pressed.connect(self.key)
        self.root.addWidget(self.keypad)
        self.continue_button = make_button()
        self.continue_button.clicked.connect(self.submit)
        self.root.addWidget(self.continue_button)
        self.add_footer()
        self._keypad_pinned = False
        # Scrolled to after layout: a widget's place is known only once the
        # texts that changed with it (a message, the fields) are laid out.
        self._scroll_target: QWidget | None = None
        self._scroll_timer = deferred(self, self._scroll_to_target)

    def _place_keypad(self, *, pinned: bool) -> None:
        """Pin the keypad and Continue under the body, or end the body with them.

        In the body, the keypad's letter rows and Continue lay below the fold
        in every language, even on the full-height screen, and a document
        number starts with a letter; lowered, only the digits showed. Pinned,
        like a phone's keyboard, they are always whole in sight and the
        instructions and fields scroll above them (the active field is
        scrolled to). At 200 % text the pinned keypad would leave the page
        too little room, so there it ends the body as before.
        """
        if pinned == self._keypad_pinned:
            return
        self._keypad_pinned = pinned
        movable: tuple[QWidget, ...] = (self.keypad, self.continue_button)
        for widget in movable:
            self.root.removeWidget(widget)
            self.outer.removeWidget(widget)
        if pinned:
            at = self.outer.indexOf(self.body_scroll) + 1
            for offset, widget in enumerate(movable):
                self.outer.insertWidget(at + offset, widget)
        else:
            at = self.root.indexOf(self.message) + 1
            for offset, widget in enumerate(movable):
                self.root.insertWidget(at + offset, widget)
        # Moved widgets go to the end of the focus chain: keep the reading order
        # (fields, keys, Continue, then the navigation).
        chain: list[QWidget] = [self.field_buttons[self.FIELDS[-1]], *self.keypad.keys.values()]
        chain.append(self.continue_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if self.back_button is not None:
            QWidget.setTabOrder(self.continue_button, self.back_button)

    def select(self, name: str) -> None:
        super().select(name)
        self._show_active_field()

    def _scroll_later(self, target: QWidget, *, at_any_size: bool = False) -> None:
        # A field only under a pinned keypad, where the body is short. Not at
        # 200 %, where the keypad scrolls with the body and scrolling to a field
        # would pull the keys from under the finger; a message ``at_any_size``.
        if self._keypad_pinned or at_any_size:
            self._scroll_target = target
            self._scroll_timer.start()

    def _scroll_to_target(self) -> None:
        target, self._scroll_target = self._scroll_target, None
        content = self.body_scroll.widget()
        if target is None or content is None or not target.isVisible():
            return
        # What just changed is laid out first (the words of a message at 200 %):
        # scrolled to before that, the message had moved on, still out of sight.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        margin = self.metrics.px(2)
        if target.height() + 2 * margin > self.body_scroll.viewport().height():
            # Taller than the page (a message at 200 %): its start in sight.
            top = target.mapTo(content, QPoint(0, 0)).y()
            self.body_scroll.verticalScrollBar().setValue(top - margin)
        else:
            self.body_scroll.ensureWidgetVisible(target, 0, margin)

    def _show_active_field(self) -> None:
        # Keep the field typed into in sight.
        self._scroll_later(self.field_buttons[self.active])

    def _size_fields(self) -> None:
        # Shorter than the generic button so the keypad fits below, but tall
        # enough for one line in this language's font (and >= 12 mm to touch).
        line = next(iter(self.field_buttons.values())).label.fontMetrics().height()
        height = max(self.metrics.px(22), line + 10)
        if height == self._field_height:
            return  # restyling on every key press would slow typing down
        self._field_height = height
        for button in self.field_buttons.values():
            button.setStyleSheet(
                f"QPushButton {{ min-height: {height}px; max-height: {height}px; }}"
            )

    def clear(self) -> None:
        self.values = dict.fromkeys(self.FIELDS, "")
        self.active = "document_number"
        self._kept = set()

    def _retyping(self) -> str:
        """The active field's text before a key typed by keypad: a kept detail starts afresh.

        A blind resident cannot check the dots of details brought back after a
        refusal and types the detail again, as its help says: added to the old
        one, it made a number too long, and the full dates answered only "This
        detail is complete".
        """
        if self.active in self._kept:
            self._kept.discard(self.active)
            self.values[self.active] = ""
        return self.values[self.active]

    def wipe(self) -> None:
        # The typed details are drawn into the field buttons' labels: redraw
        # them empty, or the hidden screen holds them until the next resident.
        if any(self.values.values()) or any(b.text() != "…" for b in self.field_buttons.values()):
            self.clear()
            self.retranslate()

    def key(self, char: str) -> None:
        self._kept.discard(self.active)  # a detail kept and typed into is the resident's again
        value = after_key(self.values[self.active], char, self.MAX_LENGTH[self.active])
        self.values[self.active] = value
        if (
            self.active != "document_number"
            and len(value) == self.MAX_LENGTH[self.active]
            and self.active != self.FIELDS[-1]
        ):
            self.active = self.FIELDS[self.FIELDS.index(self.active) + 1]
        self.retranslate()
        self._show_active_field()

    def field_help(self, name: str) -> str:
        """Where the detail is on the card, in plain words (spoken when the field becomes active)."""
        if name == "document_number":
            return tr(
                "cert",
                "Now the document number: the letters and numbers printed as the passport "
                "or card number at the top of the page with your photo. Type them, then the "
                "one digit that comes right after the number in the long lines at the bottom "
                "of that page.",
            )
        if name == "birth_date":
            return tr(
                "cert",
                "Now the date of birth: two digits each for the year, the month and the day, "
                "then the one digit that comes right after your date of birth in the long lines.",
            )
        return tr(
            "cert",
            "Now the date of expiry: two digits each for the year, the month and the day, "
            "then the one digit that comes right after it in the long lines.",
        )

    def keypad_help(self) -> str:
        """How the physical keypad types here (voice mode)."""
        return tr(
            "cert",
            "Type with the number keys. Enter goes to the next detail, star deletes, "
            "hash goes to the first screen. For a letter, press the right arrow key, "
            "again for the next letter, or the left arrow key for the one before.",
        )

    def _field_box(self) -> QWidget:
        return self.field_buttons[self.active]

    def _move_to(self, name: str) -> Typed:
        self.active = name
        self.retranslate()
        self._show_active_field()
        return Typed(self.field_help(name), self.field_help(name), self._field_box())

    def keypad_typing(self, key: int) -> Typed | None:
        """Act on a physical keypad key in voice mode; None leaves it to the voice guide."""
        index = self.FIELDS.index(self.active)
        value = self.values[self.active]
        focused = QApplication.focusWidget()
        typing = typing_focus(self, self.keypad, *self.field_buttons.values())
        if key in DIGIT_KEYS and typing:
            value = self._retyping()
            if len(value) >= self.MAX_LENGTH[self.active]:
                full = tr("cert", "This detail is complete. Press Enter to go on.")
                return Typed(full, full, self._field_box())
            self.key(DIGIT_KEYS[key])
            return self._typed(DIGIT_KEYS[key], tr("cert", "Digit entered."), index)
        if key in _LETTER_KEYS and self.active == "document_number" and typing:
            step = _LETTER_KEYS[key]
            value = self._retyping()
            if value and value[-1].isalpha():
                letter = _ALPHABET[(_ALPHABET.index(value[-1]) + step) % len(_ALPHABET)]
                self.values[self.active] = value[:-1]
            elif len(value) < self.MAX_LENGTH[self.active]:
                letter = "A" if step > 0 else "Z"
            else:
                return None
            self.key(letter)
            return self._typed(letter, tr("cert", "Letter entered."), index)
        if key in DELETE_KEYS and typing:
            self._kept.discard(self.active)  # correcting the detail kept, not typing it anew
            if value:
                self.key(BACKSPACE)
                deleted = tr("cert", "Deleted.")
                return Typed(deleted, deleted, self._field_box())
            if index > 0:
                return self._move_to(self.FIELDS[index - 1])
            return None  # nothing typed at all: star is "back"
        if key in ENTER_KEYS:
            boxes = list(self.field_buttons.values())
            if focused in boxes and focused is not self._field_box():
                return self._move_to(self.FIELDS[boxes.index(focused)])
            chars = {key: char for char, key in self.keypad.keys.items()}
            if focused in chars:  # an on-screen key: press it, and confirm it like a typed one
                char = chars[focused]
                if char in (BACKSPACE, CLEAR):
                    self._kept.discard(self.active)
                else:
                    self._retyping()
                self.key(char)
                if char in (BACKSPACE, CLEAR):
                    erased = erased_text(char)
                    return Typed(erased, erased, focused)
                public = (
                    tr("cert", "Digit entered.")
                    if char.isdigit()
                    else tr("cert", "Letter entered.")
                )
                return self._typed(char, public, index)._replace(focus=focused)
            if focused is not self._field_box():
                return None  # another button (Continue, Back...): Enter chooses it
            if not value:
                return self._move_to(self.active)  # say again what goes here
            if index < len(self.FIELDS) - 1:
                return self._move_to(self.FIELDS[index + 1])
            self.submit()
            return Typed("", "")
        return None

    def _typed(self, char: str, public: str, index: int) -> Typed:
        """The echo of one typed character, and the next field's help when it moved on."""
        moved = self.FIELDS.index(self.active) != index
        done = (
            self.active == self.FIELDS[-1]
            and len(self.values[self.active]) == self.MAX_LENGTH[self.active]
        )
        follow = ""
        if moved:
            follow = self.field_help(self.active)
        elif done:
            follow = tr("cert", "All three details are typed. Press Enter to read your ID card.")
        return Typed(f"{char}. {follow}".strip(), f"{public} {follow}".strip(), self._field_box())

    def submit(self) -> None:
        self.send(
            c.SubmitMrz(
                self.values["document_number"],
                self.values["birth_date"],
                self.values["expiry_date"],
            )
        )

    def _journey(self) -> c.CertificateJourney | None:
        journey = self.flow.journey(f.State.CERT_MRZ)
        return journey if isinstance(journey, c.CertificateJourney) else None

    def _cleared_count(self) -> int:
        """How often the journey had this screen forget what was typed (the card taken out)."""
        journey = self._journey()
        return journey.typed_cleared if journey is not None else 0

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the ID screen, whichever way (reading the card, Back, Home,
        # an error): no widget keeps the details (a read that comes back here
        # brings them back, ``typed_again``). Not when the whole window hides
        # (it is not leaving this screen).
        if not event.spontaneous():
            self.wipe()
        super().hideEvent(event)

    def refresh(self) -> None:
        # Typed details are personal data: a new session never sees the last one's,
        # nor a card the last one's once it has been taken out.
        cleared = self._cleared_count()
        if self._session_id != self.flow.session.id or cleared != self._typed_cleared:
            self._session_id = self.flow.session.id
            self._typed_cleared = cleared
            self.clear()
        journey = self._journey()
        typed = journey.typed_again() if journey is not None else None
        if typed is not None:
            # Back from a read that refused them (or a slow card): the message asks
            # the resident to check them, so they are there to check and correct.
            self.values = dict(zip(self.FIELDS, typed, strict=True))
            self.active = self.FIELDS[0]
            self._kept = {name for name in self.FIELDS if self.values[name]}
        self._place_keypad(pinned=self.metrics.text_zoom <= 1.0)
        super().refresh()
        if self.message.text():
            # The message (a wrong check digit, a card that could not be read)
            # came below the last field, out of sight: Continue seemed to do nothing.
            # At 200 % too: back on the ID screen after a refused card (or the card
            # taken out) the screen looked as before, the reason four pages down.
            self._scroll_later(self.message, at_any_size=True)

    def retranslate(self) -> None:
        self.title.setText(tr("cert", "Your ID card"))
        typing = tr(
            "cert",
            "Leave your ID card in the reader. Then type three details from the two or "
            "three long lines of letters and numbers at the bottom of the page with your "
            "photo, each with the one digit that comes right after it.",
        )
        if self.config.devices.card_reader.mrz_scanner != "none":
            typing = (
                tr(
                    "cert",
                    "Put the page with your photo face down on the scanner beside the screen: "
                    "the details are read by themselves.",
                )
                + " "
                + tr("cert", "Or:")
                + " "
                + typing
            )
        self.instruction.setText(typing)
        labels = {
            "document_number": tr("cert", "Document number, then the digit after it"),
            "birth_date": tr("cert", "Date of birth (year, month, day), then the digit after it"),
            "expiry_date": tr("cert", "Date of expiry (year, month, day), then the digit after it"),
        }
        self._size_fields()
        self.show_fields(
            labels,
            lambda count: tr_n(
                "cert", "{count} character typed", "{count} characters typed", count, count=count
            ),
        )
        self.keypad.set_letters_enabled(self.active == "document_number")
        self.keypad.retranslate()
        set_button_text(
            self.continue_button,
            tr("cert", "Continue"),
            tr("cert", "Read the ID card with these details"),
        )
        super().retranslate()

    def spoken_prompt(self) -> str:
        # What changed first: a mistyped detail is said before the title.
        kept = (
            tr(
                "cert",
                "The details you typed are still there. Type a detail again to replace it, "
                "or press Enter to keep it.",
            )
            if self._kept and self.flow.session.voice
            else ""
        )
        return self.with_message(
            self.title.text(), self.instruction.text(), kept, self.field_help(self.active)
        )


class CertProgressScreen(CertScreen, ProgressScreen):
    """Reading the card, fetching the record, waiting for payment, printing."""

    name = "cert_progress"

    def progress_texts(self) -> tuple[str, str]:
        state = self.flow.state
        if state is f.State.CERT_PAYING:
            total = self.cert.total_won
            return tr("cert", "Payment"), (
                tr(
                    "cert",
                    "Please tap or insert your payment card on the card terminal: {amount}.",
                    amount=won(total, self.flow.session.language),
                )
                if total
                else tr("cert", "No fee to pay. One moment, please.")
            )
        if state is f.State.CERT_PRINTING:
            return tr("cert", "Printing your documents…"), tr(
                "cert", "Please wait. Do not take your ID card out until printing has finished."
            )
        if self.cert.stage == "fetching":
            return tr("cert", "Identity confirmed"), tr(
                "cert", "Looking up your records. Please wait."
            )
        return tr("cert", "Reading your ID card…"), tr(
            "cert", "Please leave your ID card in the reader."
        )

    def nav_enabled(self) -> tuple[bool, bool]:
        printing = self.flow.state is f.State.CERT_PRINTING
        return not printing, not printing

    def retranslate(self) -> None:
        super().retranslate()
        if self.flow.state is f.State.CERT_PAYING and self.back_button is not None:
            # Back stops the terminal too: say so where a resident looks for it.
            set_button_text(
                self.back_button,
                tr("cert", "Cancel payment"),
                tr("cert", "Stop paying and go back to the summary. Nothing is charged."),
            )


def option_texts(name: str) -> tuple[str, str]:
    """An option's name as residents see it (its value is said separately), and what it does."""
    texts = {
        "household_members": (
            tr("cert", "Show household members"),
            tr("cert", "List everyone in the household"),
        ),
        "rrn_back": (
            tr("cert", "Show full resident numbers"),
            tr("cert", "Without this, the back digits of resident numbers are hidden"),
        ),
        "household_reason": (
            tr("cert", "Show how the household was formed"),
            tr("cert", "Print why and when the household was formed"),
        ),
        "change_reason": (
            tr("cert", "Show reasons for changes"),
            tr("cert", "Print why each entry last changed"),
        ),
        "address_history": (
            tr("cert", "Past addresses"),
            tr("cert", "Tap to choose: none, the last 5 years or all"),
        ),
        "household_head": (
            tr("cert", "Show the head of household"),
            tr("cert", "Print the head of household's name and your relation"),
        ),
        "military_service": (
            tr("cert", "Show military service"),
            tr("cert", "Print military service, if the records hold it"),
        ),
        "family_kind": (
            tr("cert", "Kind of certificate"),
            tr(
                "cert",
                "Tap to choose. General: parents, spouse and children of the current marriage. "
                "Detailed: all children too. Specific: only the family members you choose",
            ),
        ),
        "purpose": (
            tr("cert", "Purpose of use"),
            tr("cert", "Tap to choose what the certificate is for"),
        ),
    }
    return texts.get(name, (name, ""))


def option_label(name: str) -> str:
    return option_texts(name)[0]


def option_value(doc: DocumentConfig, name: str, value: object, language: str) -> str:
    """What an option is set to, in words."""
    if name == "purpose":
        purpose = next((p for p in doc.purposes if p.id == value), None)
        return purpose.names.get(language) if purpose is not None else "-"
    words = {
        "none": tr("cert", "None"),
        "5y": tr("cert", "Last 5 years"),
        "full": tr("cert", "All"),
        "general": tr("cert", "General"),
        "detailed": tr("cert", "Detailed"),
        "specific": tr("cert", "Specific"),
    }
    if isinstance(value, str):
        return words.get(value, value)
    return tr("cert", "Yes") if value else tr("cert", "No")


class CertOptionsScreen(CertScreen):
    name = "cert_options"

    OPTIONS: ClassVar[tuple[str, ...]] = (
        "family_kind",
        "purpose",
        "household_members",
        "household_reason",
        "change_reason",
        "address_history",
        "household_head",
        "military_service",
        "rrn_back",
    )
    #: 특정 가족관계증명서: at most this many family members to pick from.
    MAX_MEMBERS = 9

    @staticmethod
    def option_text(name: str) -> tuple[str, str]:
        return option_texts(name)

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        # A role, not a font of its own: the style sheet gives it the language's
        # typeface (the Hangul font broke Vietnamese as "đ ăng") and the text zoom.
        self.document_label = make_label("subtitle")
        self.root.addWidget(self.document_label)
        self.toggles: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(metrics.px(metrics.sizes.gap))
        self.option_grid = grid
        for name in self.OPTIONS:
            toggle = make_button("secondary")
            toggle.setMinimumHeight(metrics.px(metrics.sizes.service_button_height * 0.8))
            if name in CHOICES or name == "purpose":
                toggle.clicked.connect(lambda checked=False, n=name: self._next_value(n))
            else:
                toggle.setCheckable(True)
                toggle.clicked.connect(
                    lambda checked=False, n=name: self.send(c.SetCertOption(n, checked))
                )
            self.toggles[name] = toggle
        self.root.addLayout(grid)
        self.members_label = make_label()
        self.root.addWidget(self.members_label)
        members = QGridLayout()
        members.setSpacing(metrics.px(metrics.sizes.gap))
        self.member_toggles: list[QPushButton] = []
        for i in range(self.MAX_MEMBERS):
            toggle = make_button("secondary")
            toggle.setCheckable(True)
            toggle.clicked.connect(lambda checked=False, i=i: self.send(c.ToggleFamilyMember(i)))
            members.addWidget(toggle, i // 2, i % 2)
            self.member_toggles.append(toggle)
        self.root.addLayout(members)
        copies = QHBoxLayout()
        copies.setSpacing(metrics.px(metrics.sizes.gap))
        self.copies_label = make_label()
        self.minus = make_button("secondary")
        self.plus = make_button("secondary")
        self.minus.clicked.connect(lambda: self.send(c.SetCopies(self.cert.options.copies - 1)))
        self.plus.clicked.connect(lambda: self.send(c.SetCopies(self.cert.options.copies + 1)))
        copies.addWidget(self.copies_label, 3)
        copies.addWidget(self.minus, 1)
        copies.addWidget(self.plus, 1)
        self.root.addLayout(copies)
        self.continue_button = self.add_action_button(c.ConfirmOptions)
        self.add_footer()

    def _next_value(self, name: str) -> None:
        doc = self.document()
        if doc is None:
            return
        values = c.option_values(doc, name)
        if not values:
            return
        current = getattr(self.cert.options, name)
        index = values.index(current) if current in values else -1
        self.send(c.SetCertOption(name, values[(index + 1) % len(values)]))

    def _lay_out_options(self, shown: list[str]) -> None:
        """The options this document offers, one per row, in the order of ``OPTIONS``."""
        grid = self.option_grid
        for toggle in self.toggles.values():
            grid.removeWidget(toggle)
            toggle.setVisible(False)
        for i, name in enumerate(shown):
            grid.addWidget(self.toggles[name], i, 0)
            self.toggles[name].setVisible(True)

    def retranslate(self) -> None:
        doc = self.document()
        options = self.cert.options
        language = self.flow.session.language
        self.title.setText(tr("cert", "Options"))
        self.document_label.setText(doc.names.get(language) if doc else "")
        shown: list[str] = [n for n in self.OPTIONS if doc is not None and n in doc.options]
        self._lay_out_options(shown)
        for name in shown:
            toggle = self.toggles[name]
            value = getattr(options, name)
            on = value is True or (isinstance(value, str) and value not in ("none", "general"))
            if toggle.isCheckable():
                toggle.setChecked(on)
            toggle.setProperty("variant", "" if on else "secondary")
            restyle(toggle)
            text, description = self.option_text(name)
            state = option_value(doc, name, value, language) if doc is not None else ""
            set_button_text(toggle, f"{text}\n{state}", description)
        self._retranslate_members(doc is not None and "family_kind" in doc.options)
        self._retranslate_copies(options.copies)
        set_button_text(self.continue_button, tr("cert", "Continue"), tr("cert", "See the summary"))
        super().retranslate()

    def _retranslate_copies(self, copies: int) -> None:
        count = tr("cert", "Copies: {copies}", copies=copies)
        self.copies_label.setText(count)
        set_button_text(self.minus, "−", tr("cert", "One copy fewer"))
        set_button_text(self.plus, "+", tr("cert", "One copy more"))
        # Said after the button's name (a blind resident pressing 5 on "one copy
        # more" hears "copies: 2"), with the limit once it is reached.
        most = tr("cert", "You can print at most {copies} copies at a time.", copies=MAX_COPIES)
        for button in (self.minus, self.plus):
            button.setAccessibleDescription(f"{count}. {most}" if copies >= MAX_COPIES else count)
        # A button that can do no more loses the focus: to its partner, which
        # says the count and the limit, not silently on to "Continue" (one more
        # 5 there went on to the payment).
        plus_spent = self.plus.hasFocus() and copies >= MAX_COPIES
        minus_spent = self.minus.hasFocus() and copies <= 1
        self.minus.setEnabled(copies > 1)
        self.plus.setEnabled(copies < MAX_COPIES)
        if plus_spent and self.minus.isEnabled():
            self.minus.setFocus(Qt.FocusReason.OtherFocusReason)
        elif minus_spent and self.plus.isEnabled():
            self.plus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _retranslate_members(self, family: bool) -> None:
        # Relations only (부, 모, 자녀 2...): names are on the paper, never on screen or in speech.
        options = self.cert.options
        labels = c.family_member_labels(self.flow) if family else []
        specific = family and options.family_kind == "specific"
        self.members_label.setVisible(specific)
        self.members_label.setText(
            tr("cert", "Choose the family members to show (you are always shown):")
        )
        for i, toggle in enumerate(self.member_toggles):
            visible = specific and i < len(labels)
            toggle.setVisible(visible)
            if not visible:
                continue
            on = i in options.family_members
            toggle.setChecked(on)
            toggle.setProperty("variant", "" if on else "secondary")
            restyle(toggle)
            state = tr("cert", "Shown") if on else tr("cert", "Not shown")
            set_button_text(
                toggle, f"{labels[i]}\n{state}", tr("cert", "Show this family member or not")
            )
            # The relation comes from the record: the loudspeaker and screen
            # readers say "family member 2", only earphones "배우자".
            toggle.setAccessibleName(
                tr("cert", "Family member {number}", number=i + 1) + f"\n{state}"
            )
            toggle.setProperty(PRIVATE_NAME, toggle.text())

    def wipe(self) -> None:
        # Hidden member toggles keep the last record's relations until drawn again.
        for toggle in self.member_toggles:
            toggle.setVisible(False)
            set_button_text(toggle, "")
            toggle.setProperty(PRIVATE_NAME, "")


class CertSummaryScreen(CertScreen):
    name = "cert_summary"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        #: One label per document of the basket, then the total.
        self.lines = [make_label() for _ in range(MAX_BASKET + 1)]
        for label in self.lines:
            label.setTextFormat(Qt.TextFormat.RichText)
        panel = make_panel(*self.lines)
        # A gap between documents, and before the total: each document is several lines.
        panel_layout = panel.layout()
        assert panel_layout is not None
        panel_layout.setSpacing(metrics.px(metrics.sizes.gap))
        self.add_to_body(panel, self.message)
        self.pay_button = self.add_action_button(c.ConfirmPayment)
        self.add_button = self.add_action_button(c.AddDocument, "secondary")
        self.add_footer()

    def _item_text(self, item: BasketItem, *, aloud: bool = False, private: bool = False) -> str:
        """One document of the basket: its name, copies and fee, and the options chosen.

        On screen (rich text) the options are a list: run together, the four
        options of a 등본 wrapped mid-name ("세대" / "구성 사유") and "주민등록번호
        전체 표시: 아니요", the one a resident most needs to check, was lost
        at the end of a paragraph. Aloud they are one sentence. The reason for
        a fee exemption is named only aloud and ``private`` (earphones).
        """
        language = self.flow.session.language
        doc = self.config.document(item.document_id)
        options = item.options
        chosen = [
            tr(
                "cert",
                "{option}: {value}",
                option=option_label(name),
                value=option_value(doc, name, getattr(options, name), language),
            )
            for name in CertOptionsScreen.OPTIONS
            if name in doc.options
        ]
        lines = [
            tr("cert", "Document: {name}", name=doc.names.get(language)),
            tr("cert", "Copies: {copies}", copies=options.copies)
            + " · "
            + tr(
                "cert",
                "Fee per copy: {fee}",
                # As the list of documents says it: "0원" read as a price missing.
                fee=won(item.fee_per_copy_won, self.flow.session.language)
                if item.fee_per_copy_won
                else tr("cert", "free of charge"),
            ),
        ]
        reason = self.config.exemption(item.exemption_id)
        if reason is not None and not (aloud and private):
            # The reason (basic livelihood support, a disability...) is from the
            # resident's record: not for whoever stands near the loudspeaker or
            # reads the screen over the resident's shoulder (the receipt says
            # only "fee exempted" too). Earphones alone hear it.
            lines.append(tr("cert", "Fee exemption applied"))
        elif reason is not None:
            lines.append(tr("cert", "Fee exemption: {reason}", reason=reason.names.get(language)))
        if aloud:
            lines.append(tr("cert", "Options: {options}", options=", ".join(chosen) or "-"))
            return ". ".join(lines)
        if chosen:
            lines.append(tr("cert", "Options:"))
        return html_lines(lines, chosen)

    def _total_text(self) -> str:
        cert = self.cert
        if cert.waived:
            return tr(
                "cert",
                "Total: {total} (fee waived)",
                total=won(cert.total_won, self.flow.session.language),
            )
        return tr("cert", "Total: {total}", total=won(cert.total_won, self.flow.session.language))

    def retranslate(self) -> None:
        cert = self.cert
        self.title.setText(tr("cert", "Check and pay"))
        texts = [self._item_text(item) for item in cert.basket]
        texts += [""] * (MAX_BASKET - len(texts))
        texts.append(self._total_text())
        for label, text in zip(self.lines, texts, strict=True):
            label.setText(text)
            label.setVisible(bool(text))
        if cert.total_won:
            set_button_text(
                self.pay_button,
                tr(
                    "cert",
                    "Pay {total} and print",
                    total=won(cert.total_won, self.flow.session.language),
                ),
                tr("cert", "You pay only for what prints"),
            )
        else:
            set_button_text(self.pay_button, tr("cert", "Print"), tr("cert", "No fee to pay"))
        self.add_button.setVisible(len(cert.basket) < MAX_BASKET)
        set_button_text(
            self.add_button,
            tr("cert", "Add another document"),
            tr("cert", "Choose one more document to pay for and print together"),
        )
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self._prompt(private=False)

    def private_prompt(self) -> str:
        """The prompt for earphones: with the reasons for fee exemptions."""
        return self._prompt(private=True)

    def _prompt(self, *, private: bool) -> str:
        return self.with_message(
            self.title.text(),
            *(self._item_text(item, aloud=True, private=private) for item in self.cert.basket),
            self._total_text(),
        )

    def wipe(self) -> None:
        # The lines are the resident's order (documents, options, that a fee
        # exemption applies): a hidden screen would hold them until the next
        # resident's summary.
        for label in self.lines:
            label.clear()
            label.setVisible(False)


def number_lines(caption: str, numbers: Iterable[str]) -> str:
    """``caption`` over the issuance ``numbers``, one a line, as a resident copies them down."""
    return "\n".join([caption, *(breakable_code(n) for n in numbers)])


class CertDoneScreen(CertScreen):
    name = "cert_done"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.status = make_label()
        self.numbers = make_label("muted")
        self.root.addWidget(self.status)
        # Hidden unless the journey has news for the resident (a charge it
        # could not confirm).
        self.add_to_body(self.message, self.numbers)
        self.add_footer(back=False)

    def retranslate(self) -> None:
        outcome = self.cert.outcome
        self.title.setText(tr("cert", "Please take your documents"))
        self.status.setText(
            tr(
                "cert",
                "Your documents and receipt are below the screen. Please take your ID card too.",
            )
            if outcome is None or outcome.receipt_printed
            else tr("cert", "Your documents are below the screen. Please take your ID card too.")
        )
        printed = outcome.printed_numbers if outcome else ()
        self.numbers.setText(number_lines(tr("cert", "Issuance numbers:"), printed))
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(self.title.text(), self.status.text())


class CertErrorScreen(CertScreen):
    name = "cert_error"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.numbers = make_label("muted")
        self.add_to_body(self.message, self.numbers)
        self.retry_button = self.add_action_button(f.GoBack, "secondary")
        self.add_footer(back=False)

    def retranslate(self) -> None:
        self.title.setText(
            # The ID card was read for a centre service (a vote), not a certificate.
            tr("cert", "Your ID card could not be used")
            if self.cert.identify_for
            else tr("cert", "The certificate could not be issued")
        )
        outcome = self.cert.outcome
        printed = outcome.printed_numbers if outcome else ()
        self.numbers.setText(
            number_lines(tr("cert", "Printed issuance numbers:"), printed) if printed else ""
        )
        self.numbers.setVisible(bool(printed))
        retry = self.cert.retry_state
        self.retry_button.setVisible(bool(retry))
        if retry == f.State.CERT_MRZ.value:
            set_button_text(
                self.retry_button,
                tr("cert", "Try another ID card"),
                tr("cert", "Take this card out, put in another ID card and type its details"),
            )
        elif retry == f.State.CERT_SUMMARY.value:
            set_button_text(
                self.retry_button,
                tr("cert", "Try printing again"),
                tr("cert", "Back to the summary to print the copies that did not print"),
            )
        else:
            set_button_text(
                self.retry_button,
                tr("cert", "Choose another document"),
                tr("cert", "Go back and choose another document"),
            )
        super().retranslate()


CERT_SCREENS: dict[Enum, type[Screen]] = {
    f.State.CERT_CHOOSE: CertChooseScreen,
    f.State.CERT_MRZ: CertMrzScreen,
    f.State.CERT_READING: CertProgressScreen,
    f.State.CERT_OPTIONS: CertOptionsScreen,
    f.State.CERT_SUMMARY: CertSummaryScreen,
    f.State.CERT_PAYING: CertProgressScreen,
    f.State.CERT_PRINTING: CertProgressScreen,
    f.State.CERT_DONE: CertDoneScreen,
    f.State.CERT_ERROR: CertErrorScreen,
}
