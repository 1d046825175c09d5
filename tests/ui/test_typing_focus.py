"""Voice mode on the typing screens: the keypad types only where the focus is on the field.

"Press 5 for more time", the display switches and the on-screen keys are
chosen with 5 or Enter like any control; a 5 that typed into the mobile
number (01012345) or the ID details instead spoiled them and left the
warning standing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys.programmes import ProgrammesState as S
from tests.support.resident_screen import button, centre_button, running_kiosk, tap
from tests.ui.test_programmes_screens import _to_phone
from tests.ui.test_voice import _press, _speaker, _start_voice, _to_the_id_screen
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.common.keypad import BACKSPACE, CLEAR
from ui.resident.screens.certificate import CertMrzScreen
from ui.resident.screens.programmes import ProgrammesPhoneScreen
from ui.resident.screens.welfare import WelfareNumberScreen


def _type(digits: str, qtbot: Any) -> None:
    for digit in digits:
        _press(Qt.Key(int(Qt.Key.Key_0) + int(digit)), qtbot)


def _phone_by_voice(kiosk: Kiosk, qtbot: Any, digits: str) -> ProgrammesPhoneScreen:
    kiosk.window.voice.private = lambda: False
    phone = _to_phone(qtbot, kiosk)
    _start_voice(kiosk, qtbot)
    _type(digits, qtbot)
    assert phone.digits == digits
    return phone


def _warn(kiosk: Kiosk) -> int:
    """Time almost up: the warning takes the focus. Returns the screen's time limit."""
    limit = kiosk.flow.time_limit_s()
    assert limit is not None
    kiosk.clock.advance(limit - 22)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert kiosk.window.time_warning.isVisible()
    assert QApplication.focusWidget() is kiosk.window.time_warning.button
    return limit


def _more_time_given(kiosk: Kiosk, limit: int, said_from: int) -> None:
    kiosk.window.tick()
    assert not kiosk.window.time_warning.isVisible()
    deadline = kiosk.flow.deadline()
    assert deadline is not None and deadline.remaining_s > limit - 2
    said = [u.text for u in _speaker(kiosk).utterances[said_from:]]
    assert said and said[-1].startswith(tr("access", "More time."))


def _key_on_the_warning_gives_more_time(kiosk: Kiosk, key: Qt.Key, qtbot: Any) -> None:
    """The time warning shows (the focus on "More time"); ``key`` gives more time."""
    limit = _warn(kiosk)
    before = len(_speaker(kiosk).utterances)
    _press(key, qtbot)
    _more_time_given(kiosk, limit, before)


def test_5_on_the_time_warning_gives_more_time_on_the_phone_screen(
    qtbot: Any, kiosk: Kiosk
) -> None:
    phone = _phone_by_voice(kiosk, qtbot, "0101234")
    limit = _warn(kiosk)
    assert tr("access", "Press 5 for more time.") in _speaker(kiosk).utterances[-1].text
    before = len(_speaker(kiosk).utterances)
    _press(Qt.Key.Key_5, qtbot)
    assert phone.digits == "0101234"
    _more_time_given(kiosk, limit, before)
    _type("5", qtbot)  # the focus is back on the number: digits type again
    assert phone.digits == "01012345"


def test_enter_on_more_time_does_not_send_the_number(qtbot: Any, kiosk: Kiosk) -> None:
    phone = _phone_by_voice(kiosk, qtbot, "01012345678")
    _key_on_the_warning_gives_more_time(kiosk, Qt.Key.Key_Enter, qtbot)
    assert kiosk.flow.state is S.PHONE
    assert phone.digits == "01012345678"


def _move_to(control: QWidget, qtbot: Any) -> None:
    for _ in range(80):
        if QApplication.focusWidget() is control:
            return
        _press(Qt.Key.Key_Down, qtbot)  # 8 would type on this screen
    raise AssertionError(f"{control.accessibleName()!r} is not reachable with the keypad")


def test_enter_on_an_on_screen_key_types_it(qtbot: Any, kiosk: Kiosk) -> None:
    phone = _phone_by_voice(kiosk, qtbot, "010")
    _move_to(phone.keypad.keys["7"], qtbot)
    _press(Qt.Key.Key_Enter, qtbot)
    assert phone.digits == "0107"
    assert kiosk.flow.state is S.PHONE
    # Confirmed as a typed key is, without saying it on the loudspeaker.
    assert _speaker(kiosk).utterances[-1].text == tr("cert", "Digit entered.")
    assert QApplication.focusWidget() is phone.keypad.keys["7"]


def test_enter_on_the_contrast_switch_turns_it_on(qtbot: Any, kiosk: Kiosk) -> None:
    phone = _phone_by_voice(kiosk, qtbot, "010")
    contrast = kiosk.window.access_bar.contrast
    _move_to(contrast, qtbot)
    _press(Qt.Key.Key_Enter, qtbot)
    assert kiosk.flow.session.theme == "high_contrast"
    assert contrast.isChecked()
    assert phone.digits == "010" and kiosk.flow.state is S.PHONE


def _id_details_by_voice(kiosk: Kiosk, qtbot: Any) -> CertMrzScreen:
    """The ID details screen in voice mode, with 3 typed into the document number."""
    kiosk.window.voice.private = lambda: False
    _to_the_id_screen(kiosk, qtbot)
    mrz = kiosk.window.current_screen
    assert isinstance(mrz, CertMrzScreen)
    _type("3", qtbot)
    return mrz


def test_5_on_the_time_warning_leaves_the_id_details_alone(qtbot: Any, kiosk: Kiosk) -> None:
    mrz = _id_details_by_voice(kiosk, qtbot)
    _key_on_the_warning_gives_more_time(kiosk, Qt.Key.Key_5, qtbot)
    assert mrz.values["document_number"] == "3"
    assert QApplication.focusWidget() is mrz.field_buttons["document_number"]


@pytest.fixture
def welfare_kiosk(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock
) -> Iterator[Kiosk]:
    config.welfare.enabled = True
    config.welfare.phone = "02-2100-1234"
    with running_kiosk(config, tmp_path, clock) as kiosk:
        yield kiosk


def _household_address_by_voice(kiosk: Kiosk, qtbot: Any) -> WelfareNumberScreen:
    """A crisis report's 통 and 반 screen in voice mode, with 4 typed as the 통."""
    kiosk.window.voice.private = lambda: False
    tap(centre_button(kiosk))
    tap(button(kiosk, "복지 상담·신고"))
    tap(button(kiosk, "위기가구 신고"))
    tap(button(kiosk, "고립·은둔"))
    screen = kiosk.window.current_screen
    assert isinstance(screen, WelfareNumberScreen)
    _start_voice(kiosk, qtbot)
    _type("4", qtbot)
    assert screen.values["tong"] == "4"
    return screen


def test_5_on_the_time_warning_leaves_the_household_address_alone(
    qtbot: Any, welfare_kiosk: Kiosk
) -> None:
    kiosk = welfare_kiosk
    screen = _household_address_by_voice(kiosk, qtbot)
    _key_on_the_warning_gives_more_time(kiosk, Qt.Key.Key_5, qtbot)
    assert screen.values["tong"] == "4"


def _delete_on_the_warning(kiosk: Kiosk, key: Qt.Key, qtbot: Any) -> list[str]:
    """Star or Backspace while "More time" has the focus; what was said after it."""
    _warn(kiosk)
    before = len(_speaker(kiosk).utterances)
    _press(key, qtbot)
    return [u.text for u in _speaker(kiosk).utterances[before:]]


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Asterisk, Qt.Key.Key_Backspace], ids=["star", "backspace"]
)
def test_star_on_the_time_warning_goes_back_without_deleting_a_digit(
    qtbot: Any, kiosk: Kiosk, key: Qt.Key
) -> None:
    phone = _phone_by_voice(kiosk, qtbot, "0101234")
    said = _delete_on_the_warning(kiosk, key, qtbot)
    assert phone.digits == "0101234"
    assert tr("cert", "Deleted.") not in said
    assert kiosk.flow.state is S.COURSE  # star is "back", as on any button


def test_star_on_the_time_warning_leaves_the_id_details_alone(qtbot: Any, kiosk: Kiosk) -> None:
    mrz = _id_details_by_voice(kiosk, qtbot)
    said = _delete_on_the_warning(kiosk, Qt.Key.Key_Asterisk, qtbot)
    assert tr("cert", "Deleted.") not in said
    assert kiosk.window.current_screen is not mrz
    # Star was Back, not a deletion; the ID screen, once left, forgets the details.
    assert mrz.values["document_number"] == ""


def test_star_on_the_time_warning_leaves_the_household_address_alone(
    qtbot: Any, welfare_kiosk: Kiosk
) -> None:
    kiosk = welfare_kiosk
    screen = _household_address_by_voice(kiosk, qtbot)
    said = _delete_on_the_warning(kiosk, Qt.Key.Key_Asterisk, qtbot)
    assert screen.values["tong"] == "4"
    assert tr("cert", "Deleted.") not in said
    assert kiosk.window.current_screen is not screen


@pytest.mark.parametrize("private", [False, True], ids=["loudspeaker", "earphones"])
def test_enter_on_an_on_screen_key_of_the_household_address_is_confirmed(
    qtbot: Any, welfare_kiosk: Kiosk, private: bool
) -> None:
    """It typed in silence; the digit itself is said only in earphones."""
    kiosk = welfare_kiosk
    screen = _household_address_by_voice(kiosk, qtbot)
    kiosk.window.voice.private = lambda: private
    _move_to(screen.keypad.keys["7"], qtbot)
    _press(Qt.Key.Key_Enter, qtbot)
    assert screen.values["tong"] == "47"
    assert screen.field_buttons["tong"].text() == "••"
    said = _speaker(kiosk).utterances[-1].text
    assert said == ("7." if private else tr("cert", "Digit entered."))
    assert QApplication.focusWidget() is screen.keypad.keys["7"]
    _move_to(screen.keypad.keys[BACKSPACE], qtbot)
    _press(Qt.Key.Key_Enter, qtbot)
    assert screen.values["tong"] == "4"
    assert _speaker(kiosk).utterances[-1].text == tr("cert", "Deleted.")


def test_a_digit_on_a_full_household_field_says_the_number_is_complete(
    qtbot: Any, welfare_kiosk: Kiosk
) -> None:
    # "Digit entered" for a key that typed nothing left a blind resident
    # believing the 통 had taken one more digit.
    kiosk = welfare_kiosk
    screen = _household_address_by_voice(kiosk, qtbot)
    while len(screen.values["tong"]) < screen.MAX_LENGTH["tong"]:
        _type("4", qtbot)
    full = screen.values["tong"]
    _type("7", qtbot)
    assert screen.values["tong"] == full
    assert _speaker(kiosk).utterances[-1].text == tr(
        "centre", "The number is complete. Press Enter to go on."
    )


def test_clear_on_an_on_screen_key_says_the_field_was_cleared(
    qtbot: Any, welfare_kiosk: Kiosk
) -> None:
    # "Deleted" for Clear left a blind resident believing one digit went.
    kiosk = welfare_kiosk
    screen = _household_address_by_voice(kiosk, qtbot)
    _type("7", qtbot)
    _move_to(screen.keypad.keys[CLEAR], qtbot)
    _press(Qt.Key.Key_Enter, qtbot)
    assert screen.values["tong"] == ""
    assert _speaker(kiosk).utterances[-1].text == tr("cert", "Cleared.")
    assert tr("cert", "Cleared.") == "모두 지웠습니다."
