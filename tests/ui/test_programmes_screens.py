"""Programme registration through the real window on mock devices: tap through, read the slip."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.programmes_store import Programmes
from kiosk.config import KioskConfig
from kiosk.journeys.centre import CentreState
from kiosk.journeys.flow import ChooseLanguage, GoHome, OpenLanguages, State
from kiosk.journeys.programmes import ProgrammesState as S
from tests.support.resident_screen import centre_button, tap
from tests.ui.test_voice import _press, _start_voice
from ui.app.compose import Kiosk
from ui.common.hangul_keyboard import DELETE, LETTERS, SHIFT, SPACE
from ui.common.keypad import BACKSPACE
from ui.resident.screens.centre import CentreMenuScreen
from ui.resident.screens.programmes import (
    ProgrammesCourseScreen,
    ProgrammesDoneScreen,
    ProgrammesListScreen,
    ProgrammesNameScreen,
    ProgrammesPhoneScreen,
)


def _to_phone(qtbot: Any, kiosk: Kiosk, course: str = "yoga") -> ProgrammesPhoneScreen:
    tap(centre_button(kiosk))
    menu = kiosk.window.current_screen
    assert isinstance(menu, CentreMenuScreen)
    tap(menu.buttons["programmes"][0])
    qtbot.waitUntil(lambda: kiosk.flow.state is S.LIST, timeout=5000)
    listing = kiosk.window.current_screen
    assert isinstance(listing, ProgrammesListScreen)
    if kiosk.flow.session.language == "ko":
        assert "아침 요가" in listing.buttons["yoga"].text()
        assert "정원 20명 중 20자리 남음" in listing.buttons["yoga"].text()
    tap(listing.buttons[course])
    detail = kiosk.window.current_screen
    assert isinstance(detail, ProgrammesCourseScreen)
    if kiosk.flow.session.language == "ko":
        assert "매주 화·목 10:00–11:30" in " ".join(label.text() for label in detail.lines)
    tap(detail.confirm_button)
    phone = kiosk.window.current_screen
    assert isinstance(phone, ProgrammesPhoneScreen)
    return phone


def _type(phone: ProgrammesPhoneScreen, digits: str) -> None:
    for char in digits:
        tap(phone.keypad.keys[char])


def test_register_and_take_the_slip(qtbot: Any, kiosk: Kiosk, tmp_path: Path) -> None:
    phone = _to_phone(qtbot, kiosk)
    assert "Q" not in phone.keypad.keys  # a telephone's keys: digits only
    _type(phone, "0101234")
    assert phone.number.text() == "0101234"
    assert not phone.next_button.isEnabled()  # too short to go on
    _type(phone, "5679")
    tap(phone.keypad.keys[BACKSPACE])
    _type(phone, "89")  # the twelfth digit is not taken
    assert phone.number.text() == "010-1234-5678"
    tap(phone.next_button)
    name = kiosk.window.current_screen
    assert isinstance(name, ProgrammesNameScreen)
    for key in ("ㄱ", "ㅣ", "ㅁ", "ㅁ", "ㅣ", "ㄴ", "ㅇ", "ㅜ", "ㅓ", "ㄴ", "ㄴ", DELETE):
        tap(name.keyboard.keys[key])
    assert name.field.text() == "김민원"
    tap(name.keyboard.keys[SHIFT])
    assert name.keyboard.keys["ㅅ"].text() == "ㅆ"
    tap(name.keyboard.keys[SHIFT])
    tap(name.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is S.DONE, timeout=5000)
    done = kiosk.window.current_screen
    assert isinstance(done, ProgrammesDoneScreen)
    assert done.number.text() == "YOGA-001"
    assert done.course_label.text() == "아침 요가"
    [slip] = [job.document.plain_text() for job in kiosk.printer.jobs]  # type: ignore[attr-defined]
    assert "YOGA-001" in slip and "아침 요가" in slip and "010-****-5678" in slip
    assert "01012345678" not in slip and "1234" not in slip and "김민원" not in slip
    assert "행복동 행정복지센터" in slip and "수강료: 30,000원" in slip
    assert "신청이 완료되었습니다" in done.title.text()
    # When to pay, as people write a day (the slip adds the year).
    pay_by = kiosk.config.programmes.course("yoga").term_start - timedelta(days=1)
    notes = " ".join(label.text() for label in done.notes if label.isVisible())
    assert f"{pay_by.month}월 {pay_by.day}일 (" in notes and pay_by.isoformat() not in notes
    assert f"{pay_by.year}년 {pay_by.month}월 {pay_by.day}일 (" in slip  # kept: with the year
    # Stored with the name, both readable with the centre key only.
    key = PersonalDataKey.load_or_create(tmp_path)
    programmes = Programmes(kiosk.engine, kiosk.config, kiosk.clock, key)
    [stored] = programmes.registrations("yoga")
    assert programmes.reveal(stored.id).name == "김민원"
    # The typed number is gone with the session.
    kiosk.window.send(GoHome())
    qtbot.waitUntil(lambda: kiosk.flow.state is State.HOME, timeout=5000)
    assert phone.digits == "" and phone.number.text() == "010-"
    assert name.keyboard.text() == "" and name.field.text() == "…"
    assert not kiosk.flow.session.personal


def test_back_from_the_phone_to_the_menu(qtbot: Any, kiosk: Kiosk) -> None:
    phone = _to_phone(qtbot, kiosk)
    _type(phone, "010")
    for expected in (S.COURSE, S.LIST, CentreState.MENU):
        back = kiosk.window.current_screen.back_button
        assert back is not None
        tap(back)
        assert kiosk.flow.state is expected


def test_the_physical_keypad_types_the_number_in_voice_mode(qtbot: Any, kiosk: Kiosk) -> None:
    phone = _to_phone(qtbot, kiosk)
    _start_voice(kiosk, qtbot)
    for digit in "010123456789":
        _press(Qt.Key(int(Qt.Key.Key_0) + int(digit)), qtbot)
    assert phone.digits == "01012345678"  # the twelfth is refused
    assert phone.number.text() == "•" * 11  # dots: only the resident hears the digits
    _press(Qt.Key.Key_Asterisk, qtbot)
    assert phone.digits == "0101234567"
    _press(Qt.Key.Key_8, qtbot)
    _press(Qt.Key.Key_Enter, qtbot)  # the focus is on the number: Enter goes on
    assert kiosk.flow.state is S.NAME


def _tap_letters(name: ProgrammesNameScreen, letters: str) -> None:
    """Tap the keys that show ``letters`` (a space is the Space key)."""
    for letter in letters:
        key = (
            SPACE
            if letter == " "
            else next(char for char, key in name.keyboard.keys.items() if key.text() == letter)
        )
        tap(name.keyboard.keys[key])


def test_a_name_in_latin_letters_for_a_resident_using_vietnamese(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    kiosk.window.send(OpenLanguages())
    kiosk.window.send(ChooseLanguage("vi"))
    phone = _to_phone(qtbot, kiosk)
    _type(phone, "01098765432")
    tap(phone.next_button)
    name = kiosk.window.current_screen
    assert isinstance(name, ProgrammesNameScreen)
    # Latin capitals first, on the same keys; Shift has nothing to do.
    assert name.keyboard.keys["ㅂ"].text() == "Q" and name.keyboard.keys[LETTERS].text() == "한글"
    assert not name.keyboard.keys[SHIFT].isVisible()
    _tap_letters(name, "LE VAN AN")
    assert name.field.text() == "LE VAN AN"
    # "한글" puts the jamo back; what was typed stays.
    tap(name.keyboard.keys[LETTERS])
    assert name.keyboard.keys["ㅂ"].text() == "ㅂ" and name.keyboard.keys[SHIFT].isVisible()
    assert name.field.text() == "LE VAN AN"
    tap(name.keyboard.keys[LETTERS])
    tap(name.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is S.DONE, timeout=5000)
    key = PersonalDataKey.load_or_create(tmp_path)
    programmes = Programmes(kiosk.engine, kiosk.config, kiosk.clock, key)
    [stored] = programmes.registrations("yoga")
    assert programmes.reveal(stored.id).name == "LE VAN AN"


def test_a_course_registration_by_keypad_and_voice_alone(qtbot: Any, config: KioskConfig) -> None:
    """The number typed with the number keys, the name skipped: Skip comes right
    after the name in voice mode, not after the thirty-odd letter keys."""
    from tools.a11y.journeys import PROGRAMME_PHONE, TARGETS, run_journey

    run = run_journey(config, "programme")
    assert run.ok, run.problems
    assert run.presses <= TARGETS["programme"]
    assert not any(PROGRAMME_PHONE[-4:] in text for text in run.transcript)
    assert any("신청이 완료되었습니다" in text for text in run.transcript)


def test_continue_and_skip_sit_under_the_keyboard_and_in_voice_mode_under_the_name(
    qtbot: Any, kiosk: Kiosk
) -> None:
    phone = _to_phone(qtbot, kiosk)
    _type(phone, "01012345678")
    tap(phone.next_button)
    name = kiosk.window.current_screen
    assert isinstance(name, ProgrammesNameScreen)
    qtbot.waitUntil(lambda: name.skip_button.y() > 0, timeout=3000)
    assert name.field.y() < name.keyboard.y() < name.continue_button.y() < name.skip_button.y()
    # Any keypad key turns voice mode on: the keypad reaches Skip in two moves.
    qtbot.keyClick(kiosk.window, Qt.Key.Key_8)
    qtbot.waitUntil(lambda: kiosk.flow.session.voice, timeout=3000)
    qtbot.waitUntil(lambda: name.skip_button.y() < name.keyboard.y(), timeout=3000)
    assert name.field.y() < name.continue_button.y() < name.skip_button.y() < name.keyboard.y()
