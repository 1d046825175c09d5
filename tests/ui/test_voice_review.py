"""Voice mode as a blind resident meets it: the time warning and the keys pressed
through it, "more time" on the loudspeaker, printing a ticket again, the number of
certificate copies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.certificates.issuing import MAX_COPIES
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys.flow import State
from tests.ui.test_voice import _press, _speaker, _start_voice, _typed_details
from tools.a11y.journeys import KeypadPresses
from ui.app.compose import Kiosk
from ui.resident.screens.home import HomeScreen


def _heard_from(kiosk: Kiosk, n: int) -> list[str]:
    return [u.text for u in _speaker(kiosk).utterances[n:]]


def _warn(kiosk: Kiosk) -> None:
    limit = kiosk.flow.time_limit_s() or 0
    kiosk.clock.advance(limit - 20)
    kiosk.window.tick()
    assert kiosk.window.time_warning.isVisible()


def test_a_key_during_the_time_warning_leaves_the_resident_where_they_were(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """0 (repeat) during the warning: the warning goes, the focus is back on the
    language the resident was on, and their next 5 chooses it (it turned high
    contrast on)."""
    _start_voice(kiosk, qtbot)
    home = kiosk.window.screens[HomeScreen]
    for _ in range(40):
        if QApplication.focusWidget() is home.language_button:
            break
        _press(Qt.Key.Key_8, qtbot)
    _press(Qt.Key.Key_5, qtbot)
    assert kiosk.flow.state is State.LANGUAGE
    _press(Qt.Key.Key_8, qtbot)  # on to the second language
    before = QApplication.focusWidget()
    assert before is not None
    _warn(kiosk)
    _press(Qt.Key.Key_0, qtbot)
    assert not kiosk.window.time_warning.isVisible()
    assert QApplication.focusWidget() is before
    kiosk.clock.advance(1)
    kiosk.window.tick()
    qtbot.wait(20)
    assert QApplication.focusWidget() is before
    _press(Qt.Key.Key_5, qtbot)
    assert kiosk.flow.session.theme == "standard"
    assert kiosk.flow.state is State.HOME
    assert kiosk.flow.session.language != "ko"


def test_typing_through_the_time_warning_types_into_the_field(qtbot: Any, kiosk: Kiosk) -> None:
    """Digits typed while the warning shows go into the field: they neither change
    the speech speed (3), nor move to "call staff" (4) and call staff (5)."""
    _start_voice(kiosk, qtbot)
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument("resident-copy"))
    qtbot.wait(50)
    screen = kiosk.window.current_screen
    keys = KeypadPresses(kiosk)
    keys.type("12")
    field = QApplication.focusWidget()
    rate = kiosk.flow.session.speech_rate
    _warn(kiosk)
    n = len(_speaker(kiosk).utterances)
    keys.type("3")
    kiosk.clock.advance(1)
    kiosk.window.tick()
    qtbot.wait(20)
    keys.type("4555")
    assert screen.values[screen.active] == "1234555"  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is field
    assert kiosk.flow.session.speech_rate == rate
    heard = " ".join(_heard_from(kiosk, n))
    assert "직원" not in heard, heard
    assert not kiosk.window.banner.isVisible()


def test_a_tap_during_the_warning_keeps_the_focus_it_moved(qtbot: Any, kiosk: Kiosk) -> None:
    """A tap restarts the limit too; when the warning goes at the next tick, the
    focus the warning held goes back where it was."""
    _start_voice(kiosk, qtbot)
    before = QApplication.focusWidget()
    _warn(kiosk)
    assert QApplication.focusWidget() is kiosk.window.time_warning.button
    kiosk.window.flow.handle(f.Touch())  # what a tap on the screen sends
    kiosk.clock.advance(1)
    kiosk.window.tick()
    assert not kiosk.window.time_warning.isVisible()
    assert QApplication.focusWidget() is before


def test_more_time_on_the_loudspeaker_keeps_the_name_keyboard_private(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """ "More time" names the letter key the resident is on only as "letter key"
    on the loudspeaker (it said the letter: the name, spelled out)."""
    from kiosk.journeys.programmes import SERVICE_ID
    from kiosk.journeys.programmes import ProgrammesState as S

    kiosk.window.voice.private = lambda: False
    _start_voice(kiosk, qtbot)
    keys = KeypadPresses(kiosk)
    keys.to(kiosk.window.current_screen.centre_button)  # type: ignore[attr-defined]
    keys.to(kiosk.window.current_screen.buttons[SERVICE_ID][0])  # type: ignore[attr-defined]
    keys.reach(S.LIST)
    keys.choose(next(iter(kiosk.window.current_screen.buttons.values())), then=S.COURSE)  # type: ignore[attr-defined]
    keys.choose(kiosk.window.current_screen.confirm_button, then=S.PHONE)  # type: ignore[attr-defined]
    keys.type("01012345678")
    keys.press(Qt.Key.Key_Enter)
    keys.reach(S.NAME)
    keyboard = kiosk.window.current_screen.keyboard  # type: ignore[attr-defined]
    key = keyboard.keys["ㄱ"]
    keys.to(key)
    _warn(kiosk)
    n = len(_speaker(kiosk).utterances)
    _press(Qt.Key.Key_5, qtbot)
    heard = _heard_from(kiosk, n)
    assert QApplication.focusWidget() is key
    assert heard == ["시간을 더 드렸습니다. 글자 키"], heard


def test_printing_again_is_said_and_the_focus_returns_to_try_again(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """5 on "try printing again": the resident hears that it prints again (not the
    failure), and after a second failure the focus is back on "try again" (it was
    on "Home", where the next 5 ended the session)."""
    kiosk.printer.set_fault("paper_out")  # type: ignore[attr-defined]
    _start_voice(kiosk, qtbot)
    _press(Qt.Key.Key_5, qtbot)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.PRINT_ERROR, timeout=5000)
    qtbot.wait(50)
    screen = kiosk.window.current_screen
    retry = screen.retry_button  # type: ignore[attr-defined]
    for _ in range(30):
        if QApplication.focusWidget() is retry:
            break
        _press(Qt.Key.Key_8, qtbot)
    n = len(_speaker(kiosk).utterances)
    # As long as a printer takes to fail: under load, a mock failing at once
    # answered before the screen was read, and only the failure was heard.
    kiosk.printer.set_delay(300)  # type: ignore[attr-defined]
    QTest.keyClick(retry, Qt.Key.Key_5)
    assert kiosk.flow.context.printing
    qtbot.waitUntil(lambda: not kiosk.flow.context.printing, timeout=5000)
    qtbot.wait(100)
    heard = _heard_from(kiosk, n)
    assert heard, "nothing said while printing again"
    assert heard[0].startswith("다시 인쇄하고 있습니다… 잠시만 기다려 주세요."), heard
    assert "인쇄하지 못했습니다" not in heard[0]
    assert kiosk.flow.state is State.PRINT_ERROR
    assert QApplication.focusWidget() is retry
    assert _heard_from(kiosk, n)[-1].endswith("다시 인쇄하기. 같은 번호로 다시 인쇄합니다.")


def test_the_number_of_copies_is_said_and_the_most_stops_on_the_count(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """Each 5 on "one copy more" says the new count; at the most, the focus moves to
    "one copy fewer" which says the count and the limit, not on to "Continue"."""
    _start_voice(kiosk, qtbot)
    keys = KeypadPresses(kiosk)
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument("resident-copy"))
    qtbot.wait(50)
    typed = _typed_details("demo-kim")
    keys.type(typed["document_number"])
    keys.press(Qt.Key.Key_Enter)
    keys.type(typed["birth_date"])
    keys.type(typed["expiry_date"])
    keys.press(Qt.Key.Key_Enter)
    keys.reach(State.CERT_OPTIONS, 100)
    screen = kiosk.window.current_screen
    for _ in range(60):
        if QApplication.focusWidget() is screen.plus:  # type: ignore[attr-defined]
            break
        keys.press(Qt.Key.Key_8)
    for copies in range(2, MAX_COPIES + 1):
        n = len(_speaker(kiosk).utterances)
        keys.press(Qt.Key.Key_5)
        qtbot.wait(20)
        heard = " ".join(_heard_from(kiosk, n))
        assert f"부수: {copies}부" in heard, heard
    assert screen.cert.options.copies == MAX_COPIES  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is screen.minus  # type: ignore[attr-defined]
    assert f"한 번에 최대 {MAX_COPIES}부까지 인쇄할 수 있습니다." in heard, heard
    assert kiosk.flow.state is State.CERT_OPTIONS
