"""Voice-guided mode: keypad only, spoken prompts, speech settings, privacy.

Every journey here is driven with keypad keys alone (2/8 move, 5 selects,
* back, # home), as a blind resident with earphones would, and the
assertions are on what the mock speaker was asked to say.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from drivers.speech.mock import MockSpeaker
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys.flow import State
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.resident.screens.home import HomeScreen, ServiceButton


def _speaker(kiosk: Kiosk) -> MockSpeaker:
    speaker = kiosk.window.voice.speaker
    assert isinstance(speaker, MockSpeaker)
    return speaker


def _press(key: Qt.Key, qtbot: Any) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QWidget)
    QTest.keyClick(target, key)
    qtbot.wait(10)


def _press_to(kiosk: Kiosk, control: QWidget, qtbot: Any, limit: int = 80) -> None:
    """Move with 8 until ``control`` has the focus, then choose it with 5."""
    for _ in range(limit):
        if QApplication.focusWidget() is control:
            break
        _press(Qt.Key.Key_8, qtbot)
    else:
        raise AssertionError(f"{control.accessibleName()!r} is not reachable with the keypad")
    _press(Qt.Key.Key_5, qtbot)


def _start_voice(kiosk: Kiosk, qtbot: Any) -> None:
    kiosk.window.activateWindow()
    kiosk.window.setFocus()
    QTest.keyClick(kiosk.window, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: bool(_speaker(kiosk).utterances), timeout=3000)


def _said(kiosk: Kiosk) -> str:
    return "\n".join(u.text for u in _speaker(kiosk).utterances)


def test_any_keypad_key_starts_voice_mode_with_the_home_prompt(qtbot: Any, kiosk: Kiosk) -> None:
    assert not kiosk.flow.session.voice
    _start_voice(kiosk, qtbot)
    assert kiosk.flow.session.voice
    first = _speaker(kiosk).utterances[0]
    assert first.language == "ko"
    assert tr("home", "Take a queue number") in first.text  # "번호표 뽑기"
    assert "번호표 뽑기" in first.text
    # The focused option is read too: the first service.
    assert "민원 일반" in first.text
    assert isinstance(QApplication.focusWidget(), ServiceButton)


def test_queue_ticket_by_keypad_alone(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    home = kiosk.window.screens[HomeScreen]
    assert isinstance(home, HomeScreen)
    welfare = next(b for b in home.service_buttons if b.service.id == "welfare" and not b.priority)
    _press_to(kiosk, welfare, qtbot)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    [job] = kiosk.printer.jobs  # type: ignore[attr-defined]
    assert "C-001" in job.document.plain_text()
    qtbot.waitUntil(lambda: "C-001" in _said(kiosk), timeout=3000)
    ticket_prompt = [u for u in _speaker(kiosk).utterances if "C-001" in u.text][-1]
    # Read the way an announcer reads it, not letter-dash-zero-zero-one.
    assert "씨 일번" in ticket_prompt.spoken
    _press(Qt.Key.Key_NumberSign, qtbot)  # '#' goes home
    assert kiosk.flow.state is State.HOME


def test_moving_speaks_the_new_option_and_interrupts(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    before = len(_speaker(kiosk).utterances)
    _press(Qt.Key.Key_8, qtbot)
    new = _speaker(kiosk).utterances[before:]
    assert new, "moving the focus said nothing"
    focused = QApplication.focusWidget()
    assert focused is not None
    assert new[-1].text.startswith(focused.accessibleName())
    assert all(u.interrupt for u in new)  # new input cuts off the old prompt
    _press(Qt.Key.Key_0, qtbot)  # 0 repeats the screen's prompt
    assert "번호표 뽑기" in _speaker(kiosk).utterances[-1].text


def test_rate_and_volume_from_the_keypad_reset_after_the_session(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    default_rate = kiosk.config.devices.speech.rate
    default_volume = kiosk.config.devices.speech.volume
    for key in (Qt.Key.Key_3, Qt.Key.Key_3, Qt.Key.Key_9):  # faster, faster, louder
        _press(key, qtbot)
    last = _speaker(kiosk).utterances[-1]
    assert last.rate == pytest.approx(default_rate + 0.5)
    assert last.volume == pytest.approx(min(1.0, default_volume + 0.15))
    _press(Qt.Key.Key_7, qtbot)  # quieter
    assert _speaker(kiosk).utterances[-1].volume == pytest.approx(default_volume)
    # The session ends (idle on the language screen): the next resident gets defaults.
    _press_to(kiosk, kiosk.window.screens[HomeScreen].language_button, qtbot)
    assert kiosk.flow.state is State.LANGUAGE
    kiosk.clock.advance(kiosk.flow.time_limit_s() or 0)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert kiosk.flow.state is State.HOME
    kiosk.flow.session.voice = True
    kiosk.window.voice.announce_screen()
    last = _speaker(kiosk).utterances[-1]
    assert (last.rate, last.volume) == (pytest.approx(default_rate), pytest.approx(default_volume))


def test_speech_follows_the_screen_language(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    _press_to(kiosk, kiosk.window.screens[HomeScreen].language_button, qtbot)
    english = kiosk.window.current_screen.buttons["en"]  # type: ignore[attr-defined]
    _press_to(kiosk, english, qtbot)
    qtbot.waitUntil(lambda: "Take a queue number" in _said(kiosk), timeout=3000)
    last = _speaker(kiosk).utterances[-1]
    assert last.language == "en"


def test_time_warning_is_spoken_and_more_time_is_one_key(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.printer.set_fault("paper_out")  # type: ignore[attr-defined]
    _start_voice(kiosk, qtbot)
    _press(Qt.Key.Key_5, qtbot)  # the focused first service
    qtbot.waitUntil(lambda: kiosk.flow.state is State.PRINT_ERROR, timeout=5000)
    limit = kiosk.flow.time_limit_s()
    assert limit == 2 * kiosk.config.ui.idle_timeout_s  # voice mode doubles limits
    kiosk.clock.advance(limit - 22)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert kiosk.window.time_warning.isVisible()
    warning = _speaker(kiosk).utterances[-1].text
    assert "22" in warning or "21" in warning
    assert QApplication.focusWidget() is kiosk.window.time_warning.button
    _press(Qt.Key.Key_5, qtbot)
    kiosk.window.tick()
    assert not kiosk.window.time_warning.isVisible()
    deadline = kiosk.flow.deadline()
    assert deadline is not None and deadline.remaining_s > limit - 2


def test_certificate_by_keypad_alone_never_speaks_personal_data(qtbot: Any, kiosk: Kiosk) -> None:
    from ui.resident.screens.certificate import CertMrzScreen

    resident = DEMO_RESIDENTS["demo-kim"]
    identity = resident.identity()
    seed = resident.mrz_info().key_seed_string()
    typed = {
        "document_number": seed[:-14].replace("<", ""),
        "birth_date": seed[-14:-7],
        "expiry_date": seed[-7:],
    }
    _start_voice(kiosk, qtbot)
    home = kiosk.window.screens[HomeScreen]
    assert isinstance(home, HomeScreen) and home.cert_button is not None
    _press_to(kiosk, home.cert_button, qtbot)
    assert kiosk.flow.state is State.CERT_CHOOSE
    screen = kiosk.window.current_screen
    _press_to(kiosk, screen.buttons["resident-copy"], qtbot)  # type: ignore[attr-defined]
    assert kiosk.flow.state is State.CERT_MRZ
    mrz = kiosk.window.current_screen
    assert isinstance(mrz, CertMrzScreen)
    for field, value in typed.items():
        if mrz.active != field:  # document numbers vary in length: choose the next box
            _press_to(kiosk, mrz.field_buttons[field], qtbot)
        assert mrz.active == field
        for char in value:
            _press_to(kiosk, mrz.keypad.keys[char], qtbot)
    assert mrz.values == typed
    _press_to(kiosk, mrz.continue_button, qtbot)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=10000)
    _press_to(kiosk, kiosk.window.current_screen.continue_button, qtbot)  # type: ignore[attr-defined]
    assert kiosk.flow.state is State.CERT_SUMMARY
    _press_to(kiosk, kiosk.window.current_screen.pay_button, qtbot)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=10000)
    kinds = [job.document.kind for job in kiosk.printer.jobs]  # type: ignore[attr-defined]
    assert kinds == ["certificate", "receipt"]
    said = "\n".join(f"{u.text}\n{u.spoken}" for u in _speaker(kiosk).utterances)
    assert tr("cert", "Issue a certificate") in said
    for secret in (identity.document_number, identity.surname, identity.given_names):
        assert secret not in said
    assert resident.name_ko not in said
    assert identity.birth_date not in said
