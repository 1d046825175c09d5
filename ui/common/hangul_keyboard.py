"""A large on-screen Hangul keyboard (2-beolsik, 두벌식) for short texts such as a name.

Keys are sized like the number keypad's (``ui.common.keypad``): at most ten
across the panel, 22 mm tall, 3 mm apart. Shift turns the five doubled
consonants and ㅐ ㅔ into ㄲ ㄸ ㅃ ㅆ ㅉ ㅒ ㅖ for one key press. The keyboard
composes syllables itself (``kiosk.hangul.HangulComposer``) and emits
``changed(str)`` with the whole text after every key.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.hangul import LAYOUT, SHIFTED, HangulComposer
from ui.common.i18n import tr
from ui.common.keypad import KeyGrid
from ui.common.theme import Metrics

SHIFT = "shift"
SPACE = " "
DELETE = "\b"
CLEAR = "\x7f"

#: Compatibility jamo are drawn smaller than digits in the same font: larger labels.
KEY_TEXT_MM = 16.2


class HangulKeyboard(KeyGrid):
    changed = Signal(str)

    def __init__(self, metrics: Metrics, max_length: int = 10) -> None:
        super().__init__(metrics, KEY_TEXT_MM)
        self.composer = HangulComposer(max_length=max_length)
        self.shifted = False
        for row, chars in enumerate(LAYOUT):
            for col, char in enumerate(chars):
                self.add_key(char, row, col)
        # Wide keys with words, two to a row, their labels as large as the jamo.
        self.add_key(SHIFT, 3, 0, span=5)
        self.add_key(SPACE, 3, 5, span=5)
        self.add_key(DELETE, 4, 0, span=5)
        self.add_key(CLEAR, 4, 5, span=5)
        self.retranslate()

    def on_key(self, char: str) -> None:
        self.press(char)

    def text(self) -> str:
        return self.composer.text()

    def clear(self) -> None:
        self.composer.clear()
        self.shifted = False
        self.retranslate()

    def press(self, key: str) -> None:
        if key == SHIFT:
            self.shifted = not self.shifted
            self.retranslate()
            return
        if key == DELETE:
            self.composer.backspace()
        elif key == CLEAR:
            self.composer.clear()
        else:
            self.composer.type(SHIFTED.get(key, key) if self.shifted else key)
        if self.shifted:
            self.shifted = False
            self.retranslate()
        self.changed.emit(self.text())

    def retranslate(self) -> None:
        for char, key in self.keys.items():
            if char == SHIFT:
                key.setText(tr("keyboard", "Shift") + (" ✓" if self.shifted else ""))
                key.setAccessibleName(tr("keyboard", "Shift"))
                key.setAccessibleDescription(
                    tr("keyboard", "The next key types a double consonant, ㅒ or ㅖ")
                )
                key.setProperty("pressed", self.shifted)
            elif char == SPACE:
                key.setText(tr("keyboard", "Space"))
                key.setAccessibleName(tr("keyboard", "Space"))
                key.setAccessibleDescription(tr("keyboard", "Type a space"))
            elif char == DELETE:
                key.setText(tr("keyboard", "⌫ Delete"))
                key.setAccessibleName(tr("keyboard", "Delete"))
                key.setAccessibleDescription(tr("keyboard", "Delete the last letter"))
            elif char == CLEAR:
                key.setText(tr("keyboard", "Clear"))
                key.setAccessibleName(tr("keyboard", "Clear"))
                key.setAccessibleDescription(tr("keyboard", "Clear the name"))
            else:
                shown = SHIFTED.get(char, char) if self.shifted else char
                key.setText(shown)
                key.setAccessibleName(shown)
                key.setAccessibleDescription(shown)
