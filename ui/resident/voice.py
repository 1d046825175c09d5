"""Voice-guided mode and keypad navigation for blind and elderly residents.

``VoiceGuide`` speaks each screen's title and instructions when it appears,
then the focused option; moving the focus speaks the new option, and new
input interrupts whatever is being said. Prompts come from the screens'
``spoken_prompt()`` and the widgets' accessible names, which are the same
translated strings the screen shows, so speech always follows the screen
language. Screens never put personal data in these strings.

Keypad map (a 12-key numeric keypad or arrow keys; the raised dot is on 5):

====================  =====================================
key                   action
====================  =====================================
2 / 8, Up / Down      previous / next option
4 / 6, Left / Right   previous / next option
5, Enter              choose the focused option
0                     repeat the screen's prompt, with this key help
``*``, Backspace      back
``#``, Home           go to the first screen
1 / 3                 speak slower / faster
7 / 9                 quieter / louder
====================  =====================================

On a typing screen (the ID details: a screen with ``keypad_typing``) the
keys type instead:

====================  =====================================
key                   action
====================  =====================================
0 - 9                 type the digit into the active field
Enter                 next field; after the last, read the card
``*``, Backspace      delete; in an empty field, the previous field (back in the first)
Right / Left          type a letter, step to the next / previous letter (document number)
Up / Down             previous / next option (the on-screen keys too)
``#``, Home           go to the first screen
====================  =====================================

They type only while the focus is on a field or the on-screen keys: on
another control ("More time", a display switch, Continue) every key does what
it does on any screen, so star goes back rather than deleting from a field the
resident is not on.

Each typed key is read back ("3", "deleted") only when speech is private
(``private``: earphones detected, or ``devices.speech.headset = "always"``),
asked again before each key is read back, since earphones can be pulled out
between two keys; on the loudspeaker the kiosk says "digit entered" instead
and, once per session, that earphones are needed to hear what is typed.

Any key on the keypad turns voice mode on when it is off. Rate and volume
return to their defaults when the session ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from kiosk.journeys import flow as f
from kiosk.ports.speech import Speaker
from ui.common.deferred import deferred
from ui.common.i18n import LANGUAGE_NAMES, tr

#: Keys that count as "the keypad" (numeric pad, arrows, Enter, * and #).
_MOVE_PREV = {Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_Up, Qt.Key.Key_Left}
_MOVE_NEXT = {Qt.Key.Key_8, Qt.Key.Key_6, Qt.Key.Key_Down, Qt.Key.Key_Right}
_SELECT = {Qt.Key.Key_5, Qt.Key.Key_Enter, Qt.Key.Key_Return}
_REPEAT = {Qt.Key.Key_0}
_BACK = {Qt.Key.Key_Asterisk, Qt.Key.Key_Backspace}
_HOME = {Qt.Key.Key_NumberSign, Qt.Key.Key_Home}
_SLOWER, _FASTER = Qt.Key.Key_1, Qt.Key.Key_3
_QUIETER, _LOUDER = Qt.Key.Key_7, Qt.Key.Key_9
KEYPAD_KEYS = (
    _MOVE_PREV
    | _MOVE_NEXT
    | _SELECT
    | _REPEAT
    | _BACK
    | _HOME
    | {_SLOWER, _FASTER, _QUIETER, _LOUDER}
)

RATE_STEP = 0.25
VOLUME_STEP = 0.15


def focusable_controls(root: QWidget) -> list[QAbstractButton]:
    """The buttons a keypad user can reach under ``root``, in reading order.

    With the kiosk window as ``root`` this includes the bars shared by all
    screens (accessibility, more time) as well as the screen's own buttons.
    Reading order is what a sighted resident reads: first what scrolls (a
    screen's body, however far it is scrolled), then what is pinned around
    it (the bottom row), each top to bottom, then left to right.

    The buttons are found with ``findChildren`` and placed by position rather
    than by walking ``nextInFocusChain``: the walk hands Python the scroll
    areas' own inner widgets, whose wrappers outlived screens that technician
    mode rebuilt, and the next screen change crashed the kiosk.
    """
    buttons = [
        widget
        for widget in root.findChildren(QAbstractButton)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    contents = [
        content for area in root.findChildren(QScrollArea) if (content := area.widget()) is not None
    ]

    def place(button: QWidget) -> tuple[int, int, int]:
        for content in contents:
            if content.isAncestorOf(button):
                corner = button.mapTo(content, QPoint(0, 0))
                return 0, corner.y(), corner.x()
        corner = button.mapTo(root, QPoint(0, 0))
        return 1, corner.y(), corner.x()

    return sorted(buttons, key=place)


def ordered_controls(screen: QWidget) -> list[QAbstractButton]:
    """The current screen's controls first, then the bars shared by every screen."""
    window = screen.window()
    own = focusable_controls(screen)
    stack = screen.parentWidget()
    shared = [
        b
        for b in focusable_controls(window)
        if b not in own and (stack is None or not stack.isAncestorOf(b))
    ]
    return own + shared


#: A control's property holding the name it may be called only in earphones, when
#: that name comes from the resident's record (a family relation such as "배우자"):
#: its accessible name, which the loudspeaker and screen readers say, is neutral.
PRIVATE_NAME = "private_name"

#: A control's property holding all the loudspeaker may say of it, where its own
#: name is personal in sequence: the letter keys of the name keyboard, which a
#: blind resident moves over before typing each letter, would spell the name.
PUBLIC_NAME = "public_name"


def _in_use(screen: QWidget, widget: QWidget | None) -> bool:
    """Whether ``widget`` is a place on ``screen`` the focus may stay (a typing field)."""
    return (
        widget is not None
        and screen.isAncestorOf(widget)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    )


def describe(widget: QWidget, name: str = "") -> str:
    """What is spoken for a focused control: its name (or ``name``), then what it does."""
    name = (
        name
        or widget.accessibleName()
        or (widget.text() if isinstance(widget, QAbstractButton) else "")
    )
    description = widget.accessibleDescription()
    if description and description != name:
        return f"{name}. {description}"
    return name


#: A bracketed aside in Korean, e.g. "(등본, 초본…)" after an English label.
_KOREAN_ASIDE = re.compile(r"\s*[(（][^()（）]*[\uac00-\ud7a3][^()（）]*[)）]")


def for_voice(text: str, language: str) -> str:
    """``text`` as a ``language`` voice reads it: without Korean asides in other languages.

    Some labels keep the Korean names of documents for readers ("Print a
    certificate (등본, 초본…)"); an English, Chinese or Vietnamese voice
    would read those badly, so they are left out of speech.
    """
    return text if language == "ko" else _KOREAN_ASIDE.sub("", text)


def own_language(widget: QWidget) -> str | None:
    """The language a control's text is in, when it is not the screen's: a language's name.

    A screen can say so with the ``speech_language`` property; the language
    screen's buttons are known by their names ("English", "中文"...).
    """
    declared = widget.property("speech_language")
    if isinstance(declared, str) and declared:
        return declared
    name = widget.accessibleName()
    return next((code for code, label in LANGUAGE_NAMES.items() if label == name), None)


class VoiceGuide(QObject):
    """Speaks the kiosk's screens and turns keypad keys into navigation."""

    def __init__(
        self,
        speaker: Speaker,
        *,
        current_screen: Callable[[], QWidget],
        flow: f.Flow,
        send: Callable[[f.Event], None],
    ) -> None:
        super().__init__()
        self.speaker = speaker
        self._current_screen = current_screen
        self.flow = flow
        self.send = send
        self.last_prompt = ""
        #: Whether only the resident can hear the speaker (earphones); the
        #: composition root sets it from ``devices.speech.headset``.
        self.private: Callable[[], bool] = lambda: False
        self._told_earphones = False
        #: The language voice mode last spoke in this session ("" when it did not).
        self._spoke = ""
        self._moving = False
        self._pending = deferred(self, self.announce_screen)

    # -- state ---------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.flow.session.voice

    @property
    def language(self) -> str:
        return self.flow.session.language

    def apply_session_settings(self) -> None:
        self.speaker.set_rate(self.flow.session.speech_rate)
        self.speaker.set_volume(self.flow.session.speech_volume)

    # -- speaking --------------------------------------------------------------
    def say(self, text: str, *, interrupt: bool = True) -> None:
        if self.active and text:
            self._spoke = self.language  # the screens are still in it when the session ends
            self.speaker.say(for_voice(text, self.language), self.language, interrupt=interrupt)

    def screen_changed(self) -> None:
        """Called when a new screen (or a redrawn one) is shown."""
        if self.active:
            # Let the screen finish drawing before reading it.
            self._pending.start()

    def speech_is_private(self) -> bool:
        """Whether earphones carry the speech now.

        Asked anew each time, never remembered: an answer from a moment ago
        may predate earphones pulled out, and personal data would then go
        to the loudspeaker. Any error means the loudspeaker.
        """
        try:
            return self.private() is True
        except Exception:
            return False

    def announce_screen(self, *, with_help: bool = False) -> None:
        """Say the screen's prompt; the keypad help too on the first screen or when asked (0)."""
        if not self.active:
            return
        screen = self._current_screen()
        # A screen with details from the resident's record says them only in
        # earphones (``private_prompt``); ``spoken_prompt`` is for anyone to hear.
        private_fn = getattr(screen, "private_prompt", None)
        prompt_fn = getattr(screen, "spoken_prompt", None)
        if callable(private_fn) and self.speech_is_private():
            prompt = private_fn()
        else:
            prompt = prompt_fn() if callable(prompt_fn) else ""
        controls = ordered_controls(screen)
        focused = QApplication.focusWidget()
        if focused not in controls and controls and not _in_use(screen, focused):
            # The prompt below names the focused option; don't also say it alone.
            self.focus_quietly(controls[0])
            focused = controls[0]
        parts = [prompt, *self._help(screen, with_help=with_help)]
        own = own_language(focused) if isinstance(focused, QWidget) else None
        if isinstance(focused, QWidget) and focused in controls and own is None:
            parts.append(self.describe(focused))
        self.last_prompt = " ".join(
            p if p.rstrip().endswith((".", "?", "!", "。", "…")) else p + "." for p in parts if p
        )
        self.say(self.last_prompt)
        if isinstance(focused, QWidget) and focused in controls and own is not None:
            self.say_option(focused, interrupt=False)

    def say_option(self, widget: QWidget, *, interrupt: bool = True) -> None:
        """Speak a control; a language's name in that language's own voice."""
        own = own_language(widget)
        if own is None:
            self.say(self.describe(widget), interrupt=interrupt)
        elif self.active:
            self._spoke = self.language
            self.speaker.say(describe(widget), own, interrupt=interrupt)

    def describe(self, widget: QWidget) -> str:
        """``describe(widget)``, by its private name (``PRIVATE_NAME``) when only the
        resident hears, and only its public name (``PUBLIC_NAME``) when anyone may."""
        private = widget.property(PRIVATE_NAME)
        public = widget.property(PUBLIC_NAME)
        if isinstance(private, str) and private and self.speech_is_private():
            return describe(widget, private)
        if isinstance(public, str) and public and not self.speech_is_private():
            return public  # its name and description would give it away
        return describe(widget)

    def _help(self, screen: QWidget, *, with_help: bool) -> list[str]:
        """The keypad help a screen's prompt ends with (before the focused option)."""
        typing_help = getattr(screen, "keypad_help", None)
        if callable(typing_help):
            parts = [typing_help()]
            if not self.speech_is_private() and not self._told_earphones:
                self._told_earphones = True
                parts.append(
                    tr(
                        "voice",
                        "Earphones are needed to hear what you type. Without them, "
                        "each key is confirmed without saying it.",
                    )
                )
            return parts
        if with_help or getattr(screen, "name", "") == "home":
            return [
                tr(
                    "voice",
                    "Press 2 or 8 to move, 5 to choose, 0 to repeat, star to go back, "
                    "hash for the first screen.",
                )
            ]
        return []

    def focus_quietly(self, widget: QWidget) -> None:
        """Move the focus without speaking the option (the caller says more)."""
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Only a move the resident made is spoken: Qt also moves the focus when
        # a screen or a button goes away, and the new screen's prompt follows.
        if self.active and self._moving and isinstance(new, QAbstractButton):
            self.say_option(new)

    def session_ended(self, reason: str = "") -> None:
        """The session is over: settings back to the defaults; say that the first screen returns."""
        spoke, self._spoke = self._spoke, ""
        self.speaker.stop()
        self._told_earphones = False
        self.apply_session_settings()
        if spoke and reason == "timeout":
            # The new session is not in voice mode: this one's last words.
            self.speaker.say(tr("voice", "Time is up. Returning to the first screen."), spoke)
        elif spoke and reason == "card_removed":
            self.speaker.say(
                tr("voice", "The ID card was taken out. Returning to the first screen."),
                spoke,
            )
        elif spoke:
            # Home (#), the done screen's time running out: the resident cannot
            # see the first screen return, and the new session says nothing.
            self.speaker.say(tr("voice", "Returning to the first screen."), spoke)

    def turn_on(self) -> None:
        self.apply_session_settings()
        if self.active:
            self.announce_screen()
        else:
            # The flow redraws the screen, which announces it (screen_changed).
            self.send(f.SetVoice(True))

    # -- keypad ------------------------------------------------------------------
    def handle_key(self, key: int) -> bool:
        """Act on one keypad key; True when the key was used."""
        if key not in KEYPAD_KEYS:
            return False
        if not self.active:
            self.turn_on()
            return True
        screen = self._current_screen()
        typing = getattr(screen, "keypad_typing", None)
        typed = typing(key) if callable(typing) else None
        if typed is not None:
            private, public, focus = typed
            if focus is not None and focus is not QApplication.focusWidget():
                self.focus_quietly(focus)
            # Only what would be said privately needs the earphones checked.
            self.say(private if private != public and self.speech_is_private() else public)
            return True
        controls = ordered_controls(screen)
        focused = QApplication.focusWidget()
        index = controls.index(focused) if focused in controls else -1
        if key in _MOVE_NEXT or key in _MOVE_PREV:
            if controls:
                step = 1 if key in _MOVE_NEXT else -1
                target = controls[(index + step) % len(controls)] if index >= 0 else controls[0]
                self._moving = True
                try:
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                finally:
                    self._moving = False
                scroll_into_view(target)
                if target is focused:
                    self.say_option(target)
        elif key in _SELECT:
            if isinstance(focused, QAbstractButton) and focused in controls:
                self.speaker.stop()
                focused.click()
        elif key in _REPEAT:
            self.announce_screen(with_help=True)
        elif key in _BACK:
            self.send(f.GoBack())
        elif key in _HOME:
            self.send(f.GoHome())
        elif key in (_SLOWER, _FASTER):
            session = self.flow.session
            rate_step = RATE_STEP if key == _FASTER else -RATE_STEP
            session.speech_rate = max(-1.0, min(1.0, session.speech_rate + rate_step))
            self.speaker.set_rate(session.speech_rate)
            self.say(_level_text("rate", session.speech_rate, -1.0, 1.0))
        elif key in (_QUIETER, _LOUDER):
            session = self.flow.session
            volume_step = VOLUME_STEP if key == _LOUDER else -VOLUME_STEP
            session.speech_volume = max(0.05, min(1.0, session.speech_volume + volume_step))
            self.speaker.set_volume(session.speech_volume)
            self.say(_level_text("volume", session.speech_volume, 0.05, 1.0))
        return True


def _level_text(what: str, value: float, low: float, high: float) -> str:
    """ "Volume: 7 of 10.", or "Volume: maximum." at the end of the range."""
    if value >= high - 1e-6:
        level = tr("voice", "maximum")
    elif value <= low + 1e-6:
        level = tr("voice", "minimum")
    else:
        level = tr("voice", "{level} of 10", level=round(1 + 9 * (value - low) / (high - low)))
    if what == "rate":
        return tr("voice", "Speed: {level}.", level=level)
    return tr("voice", "Volume: {level}.", level=level)


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scroll area ``widget`` is in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def scroll_into_view(widget: QWidget) -> None:
    """Scroll the scroll area ``widget`` is in so that it shows whole."""
    scroll = scroll_area_of(widget)
    if scroll is not None:
        scroll.ensureWidgetVisible(widget)


class KeypadFilter(QObject):
    """Routes key presses aimed at the kiosk window to the voice guide.

    Installed on the application so it sees keys whichever child has focus;
    text fields (technician forms) keep their keys.
    """

    def __init__(self, guide: VoiceGuide, window: QWidget) -> None:
        super().__init__()
        self.guide = guide
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        if isinstance(watched, QLineEdit | QAbstractSpinBox | QTextEdit):
            return False
        if event.isAutoRepeat():
            return event.key() in KEYPAD_KEYS
        return self.guide.handle_key(event.key())
