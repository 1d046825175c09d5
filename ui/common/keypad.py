"""The large on-screen keypad for MRZ details (document number, dates, check digits) and phone numbers.

Keys are sized in millimetres (docs/accessibility.md: each side >= 12 mm, area >=
150 mm², gaps >= 2.5 mm, text >= 12 mm on large panels): 22 mm tall, 3 mm
apart, labels 16.2 mm (capitals >= 12 mm). The MRZ keypad has 10 keys per
row across the panel, digits and letters (letters can be switched off for
fields of digits); ``digits_only`` keeps its digit row alone, for short
numbers on crowded screens (통/반). The keypad for phone numbers
(``telephone``) is laid out as a telephone's, 1-2-3 on top and 0 at the
bottom between Delete and Clear: the layout residents know from phones and
bank machines, with keys three times as wide. Keys emit ``pressed(str)``: a
character, or ``BACKSPACE`` / ``CLEAR``; ``after_key`` applies one to what a
field holds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ui.common.i18n import tr
from ui.common.theme import Metrics

BACKSPACE = "\b"
CLEAR = "\x7f"

KEY_HEIGHT_MM = 22.0
KEY_GAP_MM = 3.0
KEY_TEXT_MM = 16.2

_ROWS = (
    "1234567890",
    "QWERTYUIOP",
    "ASDFGHJKL",
    "ZXCVBNM<",
)

#: The digit keys of a telephone, above the row of Delete, 0 and Clear.
_PHONE_ROWS = ("123", "456", "789")


def label_key(key: QPushButton, text: str, name: str, description: str) -> None:
    """Give a key the text it shows, and the name and description a screen reader says."""
    key.setText(text)
    key.setAccessibleName(name)
    key.setAccessibleDescription(description)


class KeyGrid(QWidget):
    """Large keys in a grid, sized as above; a subclass says what a key does (``on_key``)."""

    def __init__(self, metrics: Metrics, text_mm: float = KEY_TEXT_MM) -> None:
        super().__init__()
        self.metrics = metrics
        self.grid = QGridLayout(self)
        gap = metrics.px(KEY_GAP_MM)
        self.grid.setHorizontalSpacing(gap)
        self.grid.setVerticalSpacing(gap)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        height = metrics.px(KEY_HEIGHT_MM)
        # Ten keys must fit across the panel, so key labels keep their size
        # (already large) when the rest of the text is doubled.
        text = metrics.px(text_mm)
        # Overrides the window's generic (taller) button rule for these keys only.
        self.setStyleSheet(
            f'QPushButton[variant="key"] {{ min-height: {height}px; max-height: {height}px;'
            f" font-size: {text}px; padding: 0; }}"
        )

    def on_key(self, char: str) -> None:
        """A key was pressed (override)."""

    def add_key(self, char: str, row: int, col: int, span: int = 1) -> QPushButton:
        key = QPushButton(char)
        key.setProperty("variant", "key")
        key.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        key.setAutoDefault(False)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.setMinimumWidth(self.metrics.px(12.5))
        key.clicked.connect(lambda _=False, c=char: self.on_key(c))
        self.grid.addWidget(key, row, col, 1, span)
        self.keys[char] = key
        return key


class Keypad(KeyGrid):
    pressed = Signal(str)

    def __init__(
        self, metrics: Metrics, *, digits_only: bool = False, telephone: bool = False
    ) -> None:
        super().__init__(metrics)
        rows = _PHONE_ROWS if telephone else _ROWS[:1] if digits_only else _ROWS
        for row, chars in enumerate(rows):
            for col, char in enumerate(chars):
                self.add_key(char, row, col)
        # Delete and Clear are keys with words, not bare symbols (symbols are
        # always paired with text).
        last = len(rows)
        if telephone:
            self.add_key(BACKSPACE, last, 0)
            self.add_key("0", last, 1)
            self.add_key(CLEAR, last, 2)
        else:
            self.add_key(BACKSPACE, last, 0, span=5)
            self.add_key(CLEAR, last, 5, span=5)
        self.retranslate()

    def on_key(self, char: str) -> None:
        self.pressed.emit(char)

    def set_letters_enabled(self, enabled: bool) -> None:
        for char, key in self.keys.items():
            if char.isalpha() or char == "<":
                key.setEnabled(enabled)

    def retranslate(self) -> None:
        for char, key in self.keys.items():
            if char == BACKSPACE:
                label_key(
                    key,
                    tr("keypad", "⌫ Delete"),
                    tr("keypad", "Delete"),
                    tr("keypad", "Delete the last character"),
                )
            elif char == CLEAR:
                label_key(
                    key,
                    tr("keypad", "Clear"),
                    tr("keypad", "Clear"),
                    tr("keypad", "Clear this field"),
                )
            elif char == "<":
                key.setAccessibleName(tr("keypad", "Filler sign"))
                key.setAccessibleDescription(tr("keypad", "The < sign used in the MRZ"))
            else:
                key.setAccessibleName(char)
                key.setAccessibleDescription(char)


def erased_text(char: str) -> str:
    """What the voice guide says after a delete key: Clear empties the field, so
    "deleted" alone would leave a blind resident believing one character went."""
    return tr("cert", "Cleared.") if char == CLEAR else tr("cert", "Deleted.")


def after_key(value: str, char: str, max_length: int, *, digits_only: bool = False) -> str:
    """What a field holds after one key of the keypad: ``BACKSPACE`` deletes its
    last character, ``CLEAR`` empties it, any other key types itself while the
    field is shorter than ``max_length`` (only a digit, if ``digits_only``)."""
    if char == BACKSPACE:
        return value[:-1]
    if char == CLEAR:
        return ""
    if len(value) < max_length and (char.isdigit() or not digits_only):
        return value + char
    return value
