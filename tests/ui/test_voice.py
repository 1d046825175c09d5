"""Voice-guided mode: keypad only, spoken prompts, speech settings, privacy.

Every journey here is driven with keypad keys alone (2/8 move, 5 selects,
* back, # home), as a blind resident with earphones would, and the
assertions are on what the mock speaker was asked to say.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from drivers.speech.mock import MockSpeaker
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys.flow import State
from tests.support.resident_screen import running_kiosk
from tools.a11y.journeys import KeypadPresses
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


def _typed_details(resident: str) -> dict[str, str]:
    seed = DEMO_RESIDENTS[resident].mrz_info().key_seed_string()
    return {
        "document_number": seed[:-14].replace("<", ""),
        "birth_date": seed[-14:-7],
        "expiry_date": seed[-7:],
    }


def _certificate_by_keypad(
    kiosk: Kiosk, qtbot: Any, *, scan: list[str] | None = None
) -> KeypadPresses:
    """The whole certificate journey with keypad keys alone; returns the presses it took."""
    from ui.resident.screens.certificate import CertMrzScreen

    keys = KeypadPresses(kiosk)
    _start_voice(kiosk, qtbot)
    keys.count += 1  # the key that started voice mode
    home = kiosk.window.screens[HomeScreen]
    assert isinstance(home, HomeScreen) and home.cert_button is not None
    keys.to(home.cert_button)
    assert kiosk.flow.state is State.CERT_CHOOSE
    keys.to(kiosk.window.current_screen.buttons["resident-copy"])  # type: ignore[attr-defined]
    assert kiosk.flow.state is State.CERT_MRZ
    mrz = kiosk.window.current_screen
    assert isinstance(mrz, CertMrzScreen)
    if scan is not None:
        target = QApplication.focusWidget() or kiosk.window
        for line in scan:
            QTest.keyClicks(target, line)
            QTest.keyClick(target, Qt.Key.Key_Return)
    else:
        typed = _typed_details("demo-kim")
        keys.type(typed["document_number"])
        keys.press(Qt.Key.Key_Enter)  # document numbers vary in length: Enter ends one
        assert mrz.active == "birth_date"
        keys.type(typed["birth_date"])  # a full date moves on by itself
        assert mrz.active == "expiry_date"
        keys.type(typed["expiry_date"])
        assert mrz.values == typed
        keys.press(Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=10000)
    keys.to(kiosk.window.current_screen.continue_button)  # type: ignore[attr-defined]
    assert kiosk.flow.state is State.CERT_SUMMARY
    keys.to(kiosk.window.current_screen.pay_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=10000)
    kinds = [job.document.kind for job in kiosk.printer.jobs]  # type: ignore[attr-defined]
    assert kinds == ["certificate", "receipt"]
    return keys


def _assert_nothing_personal(kiosk: Kiosk, resident: str = "demo-kim") -> None:
    identity = DEMO_RESIDENTS[resident].identity()
    said = "\n".join(f"{u.text}\n{u.spoken}" for u in _speaker(kiosk).utterances)
    for secret in (identity.document_number, identity.surname, identity.given_names):
        assert secret not in said
    assert DEMO_RESIDENTS[resident].name_ko not in said
    assert identity.birth_date not in said
    for symbol in ("<<<", "YYMMDD", "check digit"):
        assert symbol not in said


def test_certificate_by_keypad_alone_never_speaks_personal_data(qtbot: Any, kiosk: Kiosk) -> None:
    """On the loudspeaker: every key is confirmed without saying it."""
    kiosk.window.voice.private = lambda: False  # no earphones
    keys = _certificate_by_keypad(kiosk, qtbot)
    assert keys.count <= 120
    said = _said(kiosk)
    _assert_nothing_personal(kiosk)
    assert tr("cert", "Issue a certificate") in said
    # Said once, on the ID screen, then each digit is only "digit entered".
    earphones = tr(
        "voice",
        "Earphones are needed to hear what you type. Without them, "
        "each key is confirmed without saying it.",
    )
    assert said.count(earphones) == 1
    digits = [
        u.text
        for u in _speaker(kiosk).utterances
        if u.text.startswith(tr("cert", "Digit entered."))
    ]
    assert len(digits) == 8 + 1 + 7 + 7
    # Field changes are announced in plain words.
    assert "생년월일" in said and "유효기간" in said  # date of birth, date of expiry
    # The summary before payment: document, copies and fee; no personal data.
    summary = next(u for u in _speaker(kiosk).utterances if tr("cert", "Check and pay") in u.text)
    assert "주민등록표 등본" in summary.text
    assert "한 부" in summary.spoken
    assert "원" in summary.spoken


def test_with_earphones_each_key_is_read_back(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.window.voice.private = lambda: True  # earphones: only the resident hears
    _certificate_by_keypad(kiosk, qtbot)
    utterances = [u.text for u in _speaker(kiosk).utterances]
    said = "\n".join(utterances)
    assert (
        tr(
            "voice",
            "Earphones are needed to hear what you type. Without them, "
            "each key is confirmed without saying it.",
        )
        not in said
    )
    assert "M." in utterances  # the letter, as the resident chose it
    assert any(u.startswith("5.") for u in utterances)  # a digit, read back


def test_certificate_with_a_scanner_takes_few_keys(qtbot: Any, kiosk: Kiosk) -> None:
    from kiosk.identity import build_mrz

    kiosk.config.devices.card_reader.mrz_scanner = "keyboard"
    identity = DEMO_RESIDENTS["demo-kim"].identity()
    mrz = build_mrz(identity)
    keys = _certificate_by_keypad(kiosk, qtbot, scan=[mrz[:44], mrz[44:]])
    assert keys.count <= 60
    prompt = next(u.text for u in _speaker(kiosk).utterances if "스캐너" in u.text)
    assert prompt.index("스캐너") < prompt.index("입력하세요")  # the scanner is offered first
    _assert_nothing_personal(kiosk)


@pytest.mark.parametrize("voice", [False, True], ids=["touch", "voice"])
def test_a_document_laid_on_the_scanner_early_does_nothing(
    qtbot: Any, kiosk: Kiosk, voice: bool
) -> None:
    # On Home, a scan's digits were keypad keys: they switched the voice on and
    # moved the focus, and its Enter issued a ticket nobody asked for.
    from kiosk.identity import build_mrz

    kiosk.config.devices.card_reader.mrz_scanner = "keyboard"
    if voice:
        _start_voice(kiosk, qtbot)
    kiosk.window.activateWindow()
    focused = QApplication.focusWidget() or kiosk.window
    heard = len(_speaker(kiosk).utterances)
    mrz = build_mrz(DEMO_RESIDENTS["demo-kim"].identity())
    for line in (mrz[:44], mrz[44:]):
        QTest.keyClicks(focused, line)
        QTest.keyClick(focused, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert kiosk.flow.state is State.HOME
    assert kiosk.flow.session.voice is voice
    assert (QApplication.focusWidget() or kiosk.window) is focused
    assert len(_speaker(kiosk).utterances) == heard
    assert kiosk.queue.tickets_today("general") == []


def test_on_screen_letter_keys_stay_reachable(qtbot: Any, kiosk: Kiosk) -> None:
    from kiosk.journeys import certificates as c
    from ui.resident.screens.certificate import CertMrzScreen

    kiosk.window.voice.private = lambda: False  # the loudspeaker
    _start_voice(kiosk, qtbot)
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument("resident-copy"))
    mrz = kiosk.window.current_screen
    assert isinstance(mrz, CertMrzScreen)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is mrz.field_buttons["document_number"])
    for _ in range(60):
        if QApplication.focusWidget() is mrz.keypad.keys["K"]:
            break
        _press(Qt.Key.Key_Down, qtbot)
    assert _speaker(kiosk).utterances[-1].text.startswith("K")
    _press(Qt.Key.Key_Enter, qtbot)  # Enter on an on-screen key presses it
    assert mrz.values["document_number"] == "K"
    # Confirmed like a typed key, without saying it on the loudspeaker.
    assert _speaker(kiosk).utterances[-1].text == tr("cert", "Letter entered.")
    assert QApplication.focusWidget() is mrz.keypad.keys["K"]
    _press(Qt.Key.Key_Asterisk, qtbot)  # star deletes
    assert mrz.values["document_number"] == ""
    _press(Qt.Key.Key_Asterisk, qtbot)  # and in an empty first field goes back
    assert kiosk.flow.state is State.CERT_CHOOSE


def test_a_ticket_that_prints_late_is_announced_when_it_is_out(
    qtbot: Any, tmp_path: Any, config: Any, clock: Any
) -> None:
    config.devices.printer.mock.delay_ms = 400
    with running_kiosk(config, tmp_path, clock) as kiosk:
        _start_voice(kiosk, qtbot)
        _press(Qt.Key.Key_5, qtbot)  # the first service
        taken = tr("ticket", "Please take your ticket")
        qtbot.waitUntil(lambda: taken in _speaker(kiosk).utterances[-1].text, timeout=5000)
        said = [u.text for u in _speaker(kiosk).utterances]
        printing = [i for i, text in enumerate(said) if "A-001" in text]
        assert len(printing) >= 2  # "printing, your number is…", then "please take it"
        assert said[-1].startswith(taken)  # what changed comes first


def test_typed_details_are_dots_on_screen_in_voice_mode(qtbot: Any, kiosk: Kiosk) -> None:
    from tools.a11y.audit import audit_typed_mrz

    findings = audit_typed_mrz(kiosk, ("ko", "en"))
    assert {x.check for x in findings} >= {"privacy", "voice"}
    assert all(x.ok for x in findings), [x.details for x in findings if not x.ok]


def test_the_audit_counts_the_ticket_journey(qtbot: Any, config: Any) -> None:
    from tools.a11y.journeys import run_journey

    run = run_journey(config, "ticket")
    assert run.ok, run.problems
    assert run.presses <= 5
    assert any("번호표를 받아 가세요" in text for text in run.transcript)  # take your ticket


def test_volume_keys_say_the_level_and_the_ends(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    _press(Qt.Key.Key_7, qtbot)
    assert _speaker(kiosk).utterances[-1].text.startswith("음량")
    for _ in range(8):
        _press(Qt.Key.Key_9, qtbot)
    assert _speaker(kiosk).utterances[-1].text == "음량 최대."
    for _ in range(10):
        _press(Qt.Key.Key_7, qtbot)
    assert _speaker(kiosk).utterances[-1].text == "음량 최소."
    _press(Qt.Key.Key_3, qtbot)
    assert "10단계 중" in _speaker(kiosk).utterances[-1].text


def test_language_names_are_spoken_in_their_own_voice(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    _press_to(kiosk, kiosk.window.screens[HomeScreen].language_button, qtbot)
    assert kiosk.flow.state is State.LANGUAGE
    heard = {}
    for _ in range(4):
        _press(Qt.Key.Key_8, qtbot)
        last = _speaker(kiosk).utterances[-1]
        heard[last.text] = last.language
    assert heard["English"] == "en"
    assert heard["中文"] == "zh"
    assert heard["Tiếng Việt"] == "vi"


def test_language_screen_warns_then_says_it_returns_home(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    _press_to(kiosk, kiosk.window.screens[HomeScreen].language_button, qtbot)
    limit = kiosk.flow.time_limit_s() or 0
    kiosk.clock.advance(limit - 20)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert kiosk.window.time_warning.isVisible()
    assert "20" in _speaker(kiosk).utterances[-1].text  # the seconds left, spoken
    kiosk.clock.advance(21)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert kiosk.flow.state is State.HOME
    last = _speaker(kiosk).utterances[-1]
    assert last.text == "시간이 지나 처음 화면으로 돌아갑니다."  # time is up: back to the start
    assert last.language == "ko"


def test_staff_call_is_spoken(qtbot: Any, kiosk: Kiosk) -> None:
    _start_voice(kiosk, qtbot)
    kiosk.window.call_staff()
    said = _speaker(kiosk).utterances[-1].text
    assert said in (
        tr("nav", "A member of staff has been called. Please wait here."),
        kiosk.window.banner.text(),
    )
    assert said == kiosk.window.banner.text()


def test_a_mistyped_detail_is_said_first(qtbot: Any, kiosk: Kiosk) -> None:
    from kiosk.journeys import certificates as c

    _start_voice(kiosk, qtbot)
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument("resident-copy"))
    typed = _typed_details("demo-kim")
    keys = KeypadPresses(kiosk)
    title = tr("cert", "Your ID card")
    qtbot.waitUntil(lambda: _speaker(kiosk).utterances[-1].text.startswith(title))
    wrong = typed["document_number"][:-1] + ("1" if typed["document_number"][-1] != "1" else "2")
    keys.type(wrong)
    keys.press(Qt.Key.Key_Enter)
    keys.type(typed["birth_date"] + typed["expiry_date"])
    keys.press(Qt.Key.Key_Enter)
    assert kiosk.flow.state is State.CERT_MRZ
    message = kiosk.window.current_screen.message.text()  # type: ignore[attr-defined]
    assert message
    qtbot.waitUntil(lambda: _speaker(kiosk).utterances[-1].text.startswith(message))
    _assert_nothing_personal(kiosk)


def test_english_speech_has_no_korean_inside(qtbot: Any, kiosk: Kiosk) -> None:
    import re

    _start_voice(kiosk, qtbot)
    _press_to(kiosk, kiosk.window.screens[HomeScreen].language_button, qtbot)
    _press_to(kiosk, kiosk.window.current_screen.buttons["en"], qtbot)  # type: ignore[attr-defined]
    home = kiosk.window.screens[HomeScreen]
    assert isinstance(home, HomeScreen) and home.cert_button is not None
    assert "등본" in home.cert_button.text()  # shown for readers who know the Korean names
    for _ in range(30):
        if QApplication.focusWidget() is home.cert_button:
            break
        _press(Qt.Key.Key_8, qtbot)
    last = _speaker(kiosk).utterances[-1]
    assert last.language == "en"
    assert last.text.startswith("Print a certificate")
    assert not re.search(r"[\uac00-\ud7a3]", last.text)


@pytest.mark.parametrize(
    ("mode", "detected", "heard"),
    [
        ("always", None, "3."),
        ("never", True, "숫자 입력."),  # "digit entered"
        ("auto", True, "3."),
        ("auto", False, "숫자 입력."),
        ("auto", None, "숫자 입력."),  # cannot tell: the loudspeaker
    ],
)
def test_headset_setting_decides_what_a_typed_key_sounds_like(
    qtbot: Any, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, mode: str, detected: Any, heard: str
) -> None:
    from drivers.speech import headset

    monkeypatch.setattr(headset, "detect_headset", lambda *_args: detected)
    monkeypatch.setattr(headset, "route_to_headset", lambda *_args: True)
    kiosk.config.devices.speech.headset = mode  # type: ignore[assignment]
    # The kiosk's own watch (ui.app.compose) is the one asked.
    watch = kiosk.window.voice.private.__self__  # type: ignore[attr-defined]
    assert isinstance(watch, headset.HeadsetWatch)
    _to_the_id_screen(kiosk, qtbot)
    _press(Qt.Key.Key_3, qtbot)
    assert _speaker(kiosk).utterances[-1].text == heard


def _to_the_id_screen(kiosk: Kiosk, qtbot: Any) -> None:
    from kiosk.journeys import certificates as c

    _start_voice(kiosk, qtbot)
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument("resident-copy"))
    title = tr("cert", "Your ID card")
    qtbot.waitUntil(lambda: _speaker(kiosk).utterances[-1].text.startswith(title))


class _Earphones:
    """The sound system as the kiosk's own headset watch sees it (``auto``)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, kiosk: Kiosk) -> None:
        from drivers.speech import headset

        self.plugged = True
        #: Set while the sound server does not answer (a check then waits for it).
        self.hung = False
        self.answers = threading.Event()
        monkeypatch.setattr(headset, "detect_headset", self.detect)
        monkeypatch.setattr(headset, "route_to_headset", lambda *_args: True)
        kiosk.config.devices.speech.headset = "auto"

    def detect(self, *_args: Any) -> bool:
        if self.hung:
            self.answers.wait(5)
        return self.plugged


def _typing_in_earphones(qtbot: Any, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> _Earphones:
    """The ID number screen with earphones in, its first digit typed and heard privately."""
    earphones = _Earphones(monkeypatch, kiosk)
    _to_the_id_screen(kiosk, qtbot)
    _press(Qt.Key.Key_3, qtbot)
    assert _speaker(kiosk).utterances[-1].text == "3."  # in the earphones
    return earphones


def test_earphones_pulled_out_between_two_digits_silence_the_second(
    qtbot: Any, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.resident.screens.certificate import CertMrzScreen

    earphones = _typing_in_earphones(qtbot, kiosk, monkeypatch)
    earphones.plugged = False  # pulled out: the loudspeaker again
    before = len(_speaker(kiosk).utterances)
    _press(Qt.Key.Key_4, qtbot)
    said = [u.text for u in _speaker(kiosk).utterances[before:]]
    assert said == [tr("cert", "Digit entered.")]  # "숫자 입력.", not "4."
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    assert screen.values["document_number"] == "34"  # the key still typed


def test_earphones_found_in_one_session_are_not_trusted_in_the_next(
    qtbot: Any, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kiosk.journeys.flow import GoHome

    earphones = _typing_in_earphones(qtbot, kiosk, monkeypatch)
    kiosk.window.send(GoHome())  # the session ends
    assert kiosk.flow.state is State.HOME
    session_ended = len(_speaker(kiosk).utterances)
    # The next resident: the sound server stops answering (whether earphones
    # are still in is unknown), and the last session's "yes" must not count.
    earphones.hung = True
    try:
        _to_the_id_screen(kiosk, qtbot)
        said_before = len(_speaker(kiosk).utterances)
        _press(Qt.Key.Key_7, qtbot)
        said = [u.text for u in _speaker(kiosk).utterances[said_before:]]
    finally:
        earphones.answers.set()
    assert said == [tr("cert", "Digit entered.")]
    notice = tr(
        "voice",
        "Earphones are needed to hear what you type. Without them, "
        "each key is confirmed without saying it.",
    )
    assert any(notice in u.text for u in _speaker(kiosk).utterances[session_ended:])
