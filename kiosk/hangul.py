"""Composing Hangul syllables from 2-beolsik (두벌식) jamo key presses, Qt-free.

An on-screen Hangul keyboard sends one compatibility jamo per key (ㄱ, ㅏ...);
``HangulComposer`` assembles them into syllables the way a Korean input
method does: ``ㄱ ㅏ ㄴ`` is 간, a following vowel moves the final consonant
to the next syllable (``ㄱ ㅏ ㄴ ㅏ`` is 가나), vowels and final consonants
combine (ㅗ+ㅏ = ㅘ, ㄹ+ㄱ = ㄺ), and Backspace undoes one key press of the
syllable being composed before it deletes whole characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Initial consonants (choseong), in Unicode order.
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
#: Vowels (jungseong), in Unicode order.
JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
#: Final consonants (jongseong), in Unicode order; index 0 is "none".
JONGSEONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"

_VOWEL_PAIRS = {
    ("ㅗ", "ㅏ"): "ㅘ",
    ("ㅗ", "ㅐ"): "ㅙ",
    ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ",
    ("ㅜ", "ㅔ"): "ㅞ",
    ("ㅜ", "ㅣ"): "ㅟ",
    ("ㅡ", "ㅣ"): "ㅢ",
}
_FINAL_PAIRS = {
    ("ㄱ", "ㅅ"): "ㄳ",
    ("ㄴ", "ㅈ"): "ㄵ",
    ("ㄴ", "ㅎ"): "ㄶ",
    ("ㄹ", "ㄱ"): "ㄺ",
    ("ㄹ", "ㅁ"): "ㄻ",
    ("ㄹ", "ㅂ"): "ㄼ",
    ("ㄹ", "ㅅ"): "ㄽ",
    ("ㄹ", "ㅌ"): "ㄾ",
    ("ㄹ", "ㅍ"): "ㄿ",
    ("ㄹ", "ㅎ"): "ㅀ",
    ("ㅂ", "ㅅ"): "ㅄ",
}
_FINAL_SPLIT = {pair: parts for parts, pair in _FINAL_PAIRS.items()}

#: The keys of a 2-beolsik keyboard, in its three rows (shifted keys are separate).
LAYOUT = (
    "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ",
    "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ",
    "ㅋㅌㅊㅍㅠㅜㅡ",
)
#: The Latin letters on the same keys (a 2-beolsik keyboard is laid over QWERTY),
#: for names written in Latin letters: capitals, as on a passport.
LATIN_LAYOUT = (
    "QWERTYUIOP",
    "ASDFGHJKL",
    "ZXCVBNM",
)
#: Each jamo key's Latin letter.
LATIN_OF = {
    jamo: letter
    for jamos, letters in zip(LAYOUT, LATIN_LAYOUT, strict=True)
    for jamo, letter in zip(jamos, letters, strict=True)
}
#: What Shift turns a key into (double consonants, ㅒ ㅖ).
SHIFTED = {"ㅂ": "ㅃ", "ㅈ": "ㅉ", "ㄷ": "ㄸ", "ㄱ": "ㄲ", "ㅅ": "ㅆ", "ㅐ": "ㅒ", "ㅔ": "ㅖ"}


def is_vowel(jamo: str) -> bool:
    return jamo in JUNGSEONG


def is_consonant(jamo: str) -> bool:
    return jamo in CHOSEONG or jamo in JONGSEONG[1:]


@dataclass(frozen=True)
class Syllable:
    """The syllable being composed: any of its parts may be missing."""

    initial: str = ""
    vowel: str = ""
    final: str = ""

    def text(self) -> str:
        if self.initial and self.vowel:
            code = (
                0xAC00
                + (CHOSEONG.index(self.initial) * 21 + JUNGSEONG.index(self.vowel)) * 28
                + JONGSEONG.index(self.final or " ")
            )
            return chr(code)
        return self.initial + self.vowel  # a lone consonant or vowel, as typed


@dataclass
class HangulComposer:
    """The text typed so far: finished characters, then the syllable in progress."""

    max_length: int = 20
    done: str = ""
    #: The syllable in progress after each of its key presses (Backspace pops one).
    steps: list[Syllable] = field(default_factory=list)

    @property
    def current(self) -> Syllable:
        return self.steps[-1] if self.steps else Syllable()

    def text(self) -> str:
        return self.done + (self.current.text() if self.steps else "")

    def _commit(self) -> None:
        if self.steps:
            self.done += self.current.text()
        self.steps = []

    def _room(self) -> bool:
        """Whether one more character fits."""
        return len(self.text()) < self.max_length

    def type(self, jamo: str) -> None:
        """One key press: a consonant or a vowel (anything else is typed as it is)."""
        now = self.current
        if is_vowel(jamo):
            self._vowel(now, jamo)
        elif is_consonant(jamo):
            self._consonant(now, jamo)
        elif self._room():
            self._commit()
            self.done += jamo

    def _start(self, syllable: Syllable) -> None:
        if self._room():
            self._commit()
            self.steps = [syllable]

    def _consonant(self, now: Syllable, jamo: str) -> None:
        if not self.steps or not now.vowel or not now.initial:
            self._start(Syllable(initial=jamo))
            return
        if not now.final:
            if jamo in JONGSEONG:
                self.steps.append(Syllable(now.initial, now.vowel, jamo))
            else:  # ㄸ ㅃ ㅉ never end a syllable
                self._start(Syllable(initial=jamo))
            return
        pair = _FINAL_PAIRS.get((now.final, jamo))
        if pair is not None:
            self.steps.append(Syllable(now.initial, now.vowel, pair))
        else:
            self._start(Syllable(initial=jamo))

    def _vowel(self, now: Syllable, jamo: str) -> None:
        if not self.steps:
            self._start(Syllable(vowel=jamo))
            return
        if now.final:
            if not self._room():
                return
            # The final consonant (or its second half) starts the next syllable.
            keep, moved = _FINAL_SPLIT.get(now.final, ("", now.final))
            self.steps = [Syllable(now.initial, now.vowel, keep)]
            self._start(Syllable(initial=moved))
            self.steps.append(Syllable(moved, jamo))
            return
        if now.vowel:
            pair = _VOWEL_PAIRS.get((now.vowel, jamo))
            if pair is not None:
                self.steps.append(Syllable(now.initial, pair))
            else:
                self._start(Syllable(vowel=jamo))
            return
        self.steps.append(Syllable(now.initial, jamo))

    def backspace(self) -> None:
        if self.steps:
            self.steps.pop()
        elif self.done:
            self.done = self.done[:-1]

    def space(self) -> None:
        self.type(" ")

    def clear(self) -> None:
        self.done = ""
        self.steps = []
