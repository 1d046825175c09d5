"""Voice mode on the name screen: each key of the Hangul keyboard is confirmed.

A blind resident must know what they typed; a name is personal data, so the
name so far is said only in earphones, and the loudspeaker says "letter
entered". Shift and ABC say what they switched to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.support.resident_screen import tap
from tests.ui.test_programmes_screens import _to_phone, _type
from tests.ui.test_voice import _press, _speaker, _start_voice
from ui.app.compose import Kiosk
from ui.common.hangul_keyboard import DELETE, LETTERS, SHIFT
from ui.common.i18n import tr
from ui.resident.screens.programmes import ProgrammesNameScreen


def _name_screen_by_voice(kiosk: Kiosk, qtbot: Any, *, private: bool) -> ProgrammesNameScreen:
    kiosk.window.voice.private = lambda: private
    phone = _to_phone(qtbot, kiosk)
    _type(phone, "01012345678")
    tap(phone.next_button)
    name = kiosk.window.current_screen
    assert isinstance(name, ProgrammesNameScreen)
    _start_voice(kiosk, qtbot)
    return name


def _choose_key(kiosk: Kiosk, char: str, qtbot: Any) -> str:
    """Moves to the keyboard's ``char`` and presses 5; what was said for it."""
    name = kiosk.window.current_screen
    assert isinstance(name, ProgrammesNameScreen)
    key = name.keyboard.keys[char]
    for _ in range(80):
        if QApplication.focusWidget() is key:
            break
        _press(Qt.Key.Key_8, qtbot)
    else:
        raise AssertionError(f"{char!r} is not reachable with the keypad")
    before = len(_speaker(kiosk).utterances)
    _press(Qt.Key.Key_5, qtbot)
    said = _speaker(kiosk).utterances[before:]
    assert len(said) == 1
    return said[0].text


def test_the_loudspeaker_confirms_a_letter_without_saying_it(qtbot: Any, kiosk: Kiosk) -> None:
    name = _name_screen_by_voice(kiosk, qtbot, private=False)
    assert _choose_key(kiosk, "ㄱ", qtbot) == tr("keyboard", "Letter entered.")
    assert _choose_key(kiosk, "ㅣ", qtbot) == tr("keyboard", "Letter entered.")
    assert name.keyboard.text() == "기"
    assert _choose_key(kiosk, DELETE, qtbot) == tr("cert", "Deleted.")


def _moved_over(kiosk: Kiosk, qtbot: Any, chars: str) -> list[str]:
    """Types ``chars`` by keypad; everything said on the way, moves included."""
    before = len(_speaker(kiosk).utterances)
    for char in chars:
        _choose_key(kiosk, char, qtbot)
    return [u.text for u in _speaker(kiosk).utterances[before:]]


def test_the_loudspeaker_does_not_name_the_keys_moved_over(qtbot: Any, kiosk: Kiosk) -> None:
    """Each letter is moved to before it is typed: naming the keys on the way spelled the name."""
    name = _name_screen_by_voice(kiosk, qtbot, private=False)
    said = _moved_over(kiosk, qtbot, "ㄱㅣㅁ")
    assert name.keyboard.text() == "김"
    assert not {"ㄱ", "ㅣ", "ㅁ"} & {word.strip(".") for text in said for word in text.split()}
    assert tr("keyboard", "Letter key") in said
    # Shift, ABC and the others are no one's name: they are named.
    assert _choose_key(kiosk, SHIFT, qtbot) == tr("keyboard", "Shift on.")


def test_earphones_hear_each_key_moved_over(qtbot: Any, kiosk: Kiosk) -> None:
    _name_screen_by_voice(kiosk, qtbot, private=True)
    said = _moved_over(kiosk, qtbot, "ㄱ")
    assert any(text.startswith("ㄱ") for text in said)


def test_the_name_screen_says_how_to_type_and_that_earphones_are_needed(
    qtbot: Any, kiosk: Kiosk
) -> None:
    _name_screen_by_voice(kiosk, qtbot, private=False)
    prompt = " ".join(u.text for u in _speaker(kiosk).utterances)
    assert (
        tr(
            "programmes",
            "Press 2 or 8 to move from key to key and 5 to type the key you are on; hash "
            "goes to the first screen. Without earphones the letters are not read out: you "
            "may skip your name and give it at the counter.",
        )
        in prompt
    )
    assert (
        tr(
            "voice",
            "Earphones are needed to hear what you type. Without them, "
            "each key is confirmed without saying it.",
        )
        in prompt
    )


def test_earphones_hear_the_name_as_it_is_composed(qtbot: Any, kiosk: Kiosk) -> None:
    _name_screen_by_voice(kiosk, qtbot, private=True)
    assert _choose_key(kiosk, "ㄱ", qtbot) == "ㄱ"
    assert _choose_key(kiosk, "ㅣ", qtbot) == "기"
    assert _choose_key(kiosk, "ㅁ", qtbot) == "김"
    assert _choose_key(kiosk, DELETE, qtbot) == tr("cert", "Deleted.") + " 기"


def test_shift_and_abc_say_what_they_switched_to(qtbot: Any, kiosk: Kiosk) -> None:
    """They switched in silence: a blind resident could not tell ㅆ from ㅅ, or A from ㅁ."""
    name = _name_screen_by_voice(kiosk, qtbot, private=False)
    keys = name.keyboard.keys
    assert _choose_key(kiosk, SHIFT, qtbot) == tr("keyboard", "Shift on.")
    assert keys["ㅅ"].text() == "ㅆ"
    assert _choose_key(kiosk, SHIFT, qtbot) == tr("keyboard", "Shift off.")
    assert keys["ㅅ"].text() == "ㅅ"
    assert _choose_key(kiosk, LETTERS, qtbot) == tr("keyboard", "Typing in Latin letters.")
    assert keys["ㅁ"].text() == "A"
    assert _choose_key(kiosk, LETTERS, qtbot) == tr("keyboard", "Typing in Hangul.")
    assert keys["ㅁ"].text() == "ㅁ"
    assert name.keyboard.text() == ""  # switching typed nothing
