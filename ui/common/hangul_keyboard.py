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
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent

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
#: about 11 mm tall (ㄷ 10.8) on a 24-inch portrait panel, the widest (ㅆ, ㅉ) still
#: 3 mm inside the key's sides; narrower panels' keys get smaller ones (``_fit_jamo``).
CONSONANT_TEXT_MM = 22.0
#: What a label keeps clear of its key's sides: the focus frame is 2 mm.
LABEL_CLEARANCE_MM = 2.5
#: The flat vowels (ㅗ ㅛ ㅜ ㅠ ㅡ) are as short but wider than any consonant.
FLAT_VOWEL_TEXT_MM = 19.0
FLAT_VOWELS = frozenset("ㅗㅛㅜㅠㅡ")
#: The vowels with a tall stem, which fill the key's height at KEY_TEXT_MM.
TALL_VOWELS = frozenset("ㅏㅐㅑㅒㅓㅔㅕㅖㅣ")


class HangulKeyboard(KeyGrid):
    changed = Signal(str)

    def __init__(self, metrics: Metrics, max_length: int = 10) -> None:
        super().__init__(metrics, KEY_TEXT_MM)
        self._key_style = self.styleSheet()
        #: The jamo labels' sizes in pixels (consonant, flat vowel), as last set.
        self._jamo_px = (0, 0)
        self._size_jamo(metrics.px(CONSONANT_TEXT_MM), metrics.px(FLAT_VOWEL_TEXT_MM))
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

    def _size_jamo(self, consonant_px: int, flat_px: int) -> None:
        if (consonant_px, flat_px) == self._jamo_px:
            return
        self._jamo_px = (consonant_px, flat_px)
        self.setStyleSheet(
            self._key_style
            + f' QPushButton[glyph="consonant"] {{ font-size: {consonant_px}px; }}'
            + f' QPushButton[glyph="flat"] {{ font-size: {flat_px}px; }}'
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_jamo()

    def _fit_jamo(self) -> None:
        """The jamo at their sizes, or smaller where a narrower panel's keys could not
        keep the widest (ㅆ, ㅛ) ``LABEL_CLEARANCE_MM`` inside their sides; never
        smaller than the other keys' labels."""
        key = self.keys[LAYOUT[0][0]]
        # From the keyboard's own width: its keys are laid out only after this.
        columns = max(len(row) for row in LAYOUT)
        key_width = (self.width() - (columns - 1) * self.grid.horizontalSpacing()) / columns
        # A pixel more each side: the label's edge is drawn blended into the key.
        px_per_mm = self.metrics.px(100) / 100
        room = key_width - 2 * (LABEL_CLEARANCE_MM * px_per_mm + 1)
        floor = self.metrics.px(KEY_TEXT_MM)
        sizes = []
        for widest, mm in (("ㅆ", CONSONANT_TEXT_MM), ("ㅛ", FLAT_VOWEL_TEXT_MM)):
            font = QFont(key.font())
            font.setPixelSize(self.metrics.px(mm))
            width = QFontMetricsF(font).tightBoundingRect(widest).width()
            px = self.metrics.px(mm)
            if width > room > 0:
                px = max(floor, int(px * room / width))
            sizes.append(px)
        self._size_jamo(sizes[0], sizes[1])

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
