"""A large on-screen Hangul keyboard (2-beolsik, 두벌식) for short texts such as a name.

Keys are sized like the number keypad's (``ui.common.keypad``): at most ten
across the panel, 22 mm tall, 3 mm apart. Shift turns the five doubled
consonants and ㅐ ㅔ into ㄲ ㄸ ㅃ ㅆ ㅉ ㅒ ㅖ for one key press. The keyboard
composes syllables itself (``kiosk.hangul.HangulComposer``) and emits
``changed(str)`` with the whole text after every key.

The "ABC" key puts Latin capitals on the same keys (QWERTY, as the
2-beolsik layout lies over it) for residents whose name is written in
Latin letters; "한글" turns them back. ``set_latin`` chooses the letters
a screen starts with (Latin for a resident using the kiosk in English,
Chinese or Vietnamese).
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.hangul import LATIN_OF, LAYOUT, SHIFTED, HangulComposer
from ui.common.i18n import tr
from ui.common.keypad import KeyGrid, label_key
from ui.common.theme import Metrics

SHIFT = "shift"
LETTERS = "letters"
SPACE = " "
DELETE = "\b"
CLEAR = "\x7f"

#: The tall vowels', Latin capitals' and word keys' labels, as on the number keypad.
KEY_TEXT_MM = 16.2
#: Consonants stand only about 55 % of the font size tall (digits 78 %): 8 mm
#: at KEY_TEXT_MM, beside the keypad's 12 mm capitals. At this size they stand
#: about 11 mm tall (ㄷ 10.8), and the widest (ㅆ, ㅉ) still 3 mm inside the key's
#: sides, clear of the 2 mm focus frame.
CONSONANT_TEXT_MM = 22.0
#: The flat vowels (ㅗ ㅛ ㅜ ㅠ ㅡ) are as short but wider than any consonant.
FLAT_VOWEL_TEXT_MM = 19.0
FLAT_VOWELS = frozenset("ㅗㅛㅜㅠㅡ")
#: The vowels with a tall stem, which fill the key's height at KEY_TEXT_MM.
TALL_VOWELS = frozenset("ㅏㅐㅑㅒㅓㅔㅕㅖㅣ")


class HangulKeyboard(KeyGrid):
    changed = Signal(str)

    def __init__(self, metrics: Metrics, max_length: int = 10) -> None:
        super().__init__(metrics, KEY_TEXT_MM)
        self.setStyleSheet(
            self.styleSheet()
            + f' QPushButton[glyph="consonant"] {{ font-size: {metrics.px(CONSONANT_TEXT_MM)}px; }}'
            + f' QPushButton[glyph="flat"] {{ font-size: {metrics.px(FLAT_VOWEL_TEXT_MM)}px; }}'
        )
        self.composer = HangulComposer(max_length=max_length)
        self.shifted = False
        #: Latin capitals on the letter keys instead of jamo.
        self.latin = False
        for row, chars in enumerate(LAYOUT):
            for col, char in enumerate(chars):
                self.add_key(char, row, col)
        # Wide keys with words, their labels as large as the jamo.
        self.add_key(SHIFT, 3, 0, span=4)
        self.add_key(LETTERS, 3, 4, span=2)
        self.add_key(SPACE, 3, 6, span=4)
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

    def set_latin(self, latin: bool) -> None:
        """Latin capitals (True) or jamo (False) on the letter keys."""
        self.latin = latin
        self.shifted = False
        self.retranslate()

    def press(self, key: str) -> None:
        if key == SHIFT:
            self.shifted = not self.shifted
            self.retranslate()
            return
        if key == LETTERS:
            self.set_latin(not self.latin)
            return
        if key == DELETE:
            self.composer.backspace()
        elif key == CLEAR:
            self.composer.clear()
        elif self.latin:
            self.composer.type(LATIN_OF.get(key, key))
        else:
            self.composer.type(SHIFTED.get(key, key) if self.shifted else key)
        if self.shifted:
            self.shifted = False
            self.retranslate()
        self.changed.emit(self.text())

    def mode_text(self, key: str) -> str:
        """What Shift or the ABC / 한글 key (``key``) has just switched to, for the voice
        guide: a blind resident cannot see the keys change, and the key's own name
        says what pressing it again would do."""
        if key == SHIFT:
            return tr("keyboard", "Shift on.") if self.shifted else tr("keyboard", "Shift off.")
        if self.latin:
            return tr("keyboard", "Typing in Latin letters.")
        return tr("keyboard", "Typing in Hangul.")

    def retranslate(self) -> None:
        for char, key in self.keys.items():
            if char == SHIFT:
                key.setText(tr("keyboard", "Shift") + (" ✓" if self.shifted else ""))
                key.setAccessibleName(tr("keyboard", "Shift"))
                key.setAccessibleDescription(
                    tr("keyboard", "The next key types a double consonant, ㅒ or ㅖ")
                )
                key.setProperty("pressed", self.shifted)
                # Latin capitals need no Shift: hidden rather than greyed out,
                # so no one is left wondering what a dead key is for.
                key.setVisible(not self.latin)
            elif char == LETTERS:
                key.setText("한글" if self.latin else "ABC")
                key.setAccessibleName(
                    tr("keyboard", "Hangul") if self.latin else tr("keyboard", "Latin letters")
                )
                key.setAccessibleDescription(
                    tr("keyboard", "Type in Hangul")
                    if self.latin
                    else tr("keyboard", "Type in Latin letters, A to Z")
                )
            elif char == SPACE:
                label_key(
                    key,
                    tr("keyboard", "Space"),
                    tr("keyboard", "Space"),
                    tr("keyboard", "Type a space"),
                )
            elif char == DELETE:
                label_key(
                    key,
                    tr("keyboard", "⌫ Delete"),
                    tr("keyboard", "Delete"),
                    tr("keyboard", "Delete the last letter"),
                )
            elif char == CLEAR:
                label_key(
                    key,
                    tr("keyboard", "Clear"),
                    tr("keyboard", "Clear"),
                    tr("keyboard", "Clear the name"),
                )
            else:
                if self.latin:
                    shown = LATIN_OF[char]
                else:
                    shown = SHIFTED.get(char, char) if self.shifted else char
                label_key(key, shown, shown, shown)
                glyph = _glyph_kind(shown) if not self.latin else ""
                if key.property("glyph") != glyph:
                    key.setProperty("glyph", glyph)
                    # A style sheet reads a dynamic property only when polished.
                    key.style().unpolish(key)
                    key.style().polish(key)


def _glyph_kind(jamo: str) -> str:
    """Which label size a jamo key takes (the ``glyph`` property its style sheet reads)."""
    if jamo in TALL_VOWELS:
        return ""
    return "flat" if jamo in FLAT_VOWELS else "consonant"
