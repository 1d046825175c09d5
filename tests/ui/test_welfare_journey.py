"""Welfare intake through the real window: tap through, read the screen and the receipt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.centre import welfare as w
from kiosk.centre import welfare_store
from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import centre as ce
from kiosk.journeys import flow as f
from kiosk.journeys import welfare as wj
from kiosk.journeys.welfare import WelfareState as S
from tests.support.resident_screen import button, centre_button, running_kiosk, screen_text, tap
from tools.a11y.audit import _prepare
from ui.app.compose import Kiosk
from ui.common.keypad import CLEAR
from ui.resident.screens.base import WrapButton
from ui.resident.screens.welfare import WelfareChoiceScreen, WelfareNumberScreen


@pytest.fixture
def kiosk(qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock) -> Iterator[Kiosk]:
    config.welfare.enabled = True
    config.welfare.phone = "02-2100-1234"
    with running_kiosk(config, tmp_path, clock) as k:
        yield k


def _open(qtbot: Any, kiosk: Kiosk) -> None:
    tap(centre_button(kiosk))
    assert kiosk.flow.state is ce.CentreState.MENU
    tap(button(kiosk, "복지 상담·신고"))
    assert kiosk.flow.state is S.CHOOSE


def _type(kiosk: Kiosk, field: str, digits: str) -> None:
    screen = kiosk.window.current_screen
    assert isinstance(screen, WelfareNumberScreen)
    tap(screen.field_buttons[field])
    tap(screen.keypad.keys[CLEAR])
    for digit in digits:
        tap(screen.keypad.keys[digit])


def _receipt(kiosk: Kiosk) -> str:
    jobs = kiosk.printer.jobs  # type: ignore[attr-defined]
    return str(jobs[-1].document.plain_text())


def test_anonymous_crisis_report(qtbot: Any, kiosk: Kiosk) -> None:
    _open(qtbot, kiosk)
    tap(button(kiosk, "위기가구 신고"))
    assert kiosk.flow.state is S.SITUATION
    tap(button(kiosk, "끼니를 거름"))
    assert kiosk.flow.state is S.PLACE
    _type(kiosk, "tong", "12")
    tap(button(kiosk, "다음"))
    assert kiosk.flow.state is S.PLACE  # the 반 is missing
    assert "통과 반 번호를 입력하거나" in screen_text(kiosk)
    _type(kiosk, "ban", "3")
    tap(button(kiosk, "다음"))
    assert kiosk.flow.state is S.PHONE
    tap(button(kiosk, "번호 없이 신고"))
    assert kiosk.flow.state is S.CONFIRM
    text = screen_text(kiosk)
    assert "12통 3반" in text and "익명" in text
    tap(button(kiosk, "신청하기"))
    qtbot.waitUntil(lambda: kiosk.flow.state is S.DONE, timeout=5000)
    text = screen_text(kiosk).replace("\u200b", "")
    assert "복지-20261123-0001" in text and "접수되었습니다" in text
    receipt = _receipt(kiosk)
    assert "복지-20261123-0001" in receipt and "끼니를 거름" in receipt
    assert "02-2100-1234" in receipt and "12통" not in receipt
    tap(button(kiosk, "처음으로"))
    assert kiosk.flow.session.personal == {}


def test_home_visit_phone_is_checked_and_masked(qtbot: Any, kiosk: Kiosk) -> None:
    _open(qtbot, kiosk)
    tap(button(kiosk, "방문 상담 요청"))
    tap(button(kiosk, "주거"))
    assert kiosk.flow.state is S.PHONE
    assert "번호 없이 신고" not in screen_text(kiosk)
    _type(kiosk, "phone", "0212345678")
    tap(button(kiosk, "다음"))
    assert kiosk.flow.state is S.PHONE
    assert "010" in screen_text(kiosk)  # the message says what a mobile number starts with
    _type(kiosk, "phone", "01012345678")
    tap(button(kiosk, "다음"))
    tap(button(kiosk, "오전 (9시~12시)"))
    assert "010-1234-5678" in screen_text(kiosk)
    # Shown, not read out: the loudspeaker is public.
    spoken = kiosk.window.current_screen.spoken_prompt()
    assert "방문 상담 요청" in spoken and "5678" not in spoken
    tap(button(kiosk, "신청하기"))
    qtbot.waitUntil(lambda: kiosk.flow.state is S.DONE, timeout=5000)
    receipt = _receipt(kiosk)
    assert "010-****-5678" in receipt and "01012345678" not in receipt
    assert kiosk.config.welfare.callback_promise.ko in receipt


def test_consultation_offers_only_free_slots(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path, clock: FakeClock
) -> None:
    # Another kiosk booked Tuesday 10:00 already.
    config = kiosk.config
    first = w.candidate_slots(config, clock.now())[0]
    cipher = welfare_store.WelfareCipher(PersonalDataKey.load_or_create(tmp_path))
    welfare_store.save_request(
        kiosk.engine, cipher, config, clock, w.WelfareRequest(w.RequestKind.CONSULTATION, first)
    )
    _open(qtbot, kiosk)
    tap(button(kiosk, "복지 상담 예약"))
    tap(button(kiosk, "기초생활보장"))
    qtbot.waitUntil(lambda: kiosk.flow.state is S.DAY, timeout=5000)
    tap(button(kiosk, "11월 24일 (화)"))
    assert kiosk.flow.state is S.TIME
    labels = screen_text(kiosk)
    assert "10:00" not in labels.split("\n") and "10:30" in labels.split("\n")
    tap(button(kiosk, "10:30"))
    tap(button(kiosk, "신청하기"))
    qtbot.waitUntil(lambda: kiosk.flow.state is S.DONE, timeout=5000)
    receipt = _receipt(kiosk)
    assert "복지-20261123-0002" in receipt and "2026년 11월 24일 (화) 10:30" in receipt


def test_old_requests_are_purged_at_kiosk_start(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock
) -> None:
    from datetime import timedelta

    from kiosk.storage.database import default_sqlite_path, open_database

    config.welfare.enabled = True
    engine = open_database(f"sqlite:///{default_sqlite_path(tmp_path)}")
    cipher = welfare_store.WelfareCipher(PersonalDataKey.load_or_create(tmp_path))
    then = FakeClock(clock.now() - timedelta(days=config.welfare.retention_days + 1))
    finished = welfare_store.save_request(
        engine, cipher, config, then, w.WelfareRequest(w.RequestKind.HOME_VISIT)
    )
    welfare_store.set_status(engine, then, finished.id, w.Status.DONE, seen=w.Status.NEW)
    welfare_store.save_request(
        engine, cipher, config, clock, w.WelfareRequest(w.RequestKind.CRISIS)
    )
    assert len(welfare_store.list_requests(engine, cipher)) == 2
    try:
        with running_kiosk(config, tmp_path, clock):
            qtbot.waitUntil(
                lambda: len(welfare_store.list_requests(engine, cipher)) == 1, timeout=5000
            )
    finally:
        engine.dispose()


def test_physical_keypad_types_the_place_in_voice_mode(qtbot: Any, kiosk: Kiosk) -> None:
    from PySide6.QtCore import Qt

    _open(qtbot, kiosk)
    tap(button(kiosk, "위기가구 신고"))
    tap(button(kiosk, "고립·은둔"))
    screen = kiosk.window.current_screen
    assert isinstance(screen, WelfareNumberScreen)
    screen.field_buttons["tong"].setFocus()
    digit = int(Qt.Key.Key_0)
    for key in (digit + 4, digit + 5, int(Qt.Key.Key_Asterisk)):
        assert screen.keypad_typing(key) is not None
    assert screen.values["tong"] == "4"
    typed = screen.keypad_typing(int(Qt.Key.Key_Enter))  # on to the 반
    assert typed is not None and screen.active == "ban"
    screen.field_buttons["ban"].setFocus()
    screen.keypad_typing(digit + 2)
    screen.keypad_typing(int(Qt.Key.Key_Enter))  # the last field: go on
    assert kiosk.flow.state is S.PHONE


def test_a_crisis_report_by_keypad_and_voice_alone(qtbot: Any, config: KioskConfig) -> None:
    """통 and 반 typed with the number keys, then Enter with no number: the report goes
    anonymously. The phone step used to start with the focus on the on-screen "1"
    key, so Enter typed 1 and the report could not go without a number."""
    from tools.a11y.journeys import TARGETS, run_journey

    run = run_journey(config, "crisis_report")
    assert run.ok, run.problems
    assert run.presses <= TARGETS["crisis_report"]
    assert any("연락처: 남기지 않음 (익명)" in text for text in run.transcript)
    # The household's 통 and 반 were typed: shown for checking, never read out.
    assert not any("12통" in text for text in run.transcript)
    # How to do that is said where it is needed.
    assert any("아무것도 누르지 말고 확인 키를 누르세요" in text for text in run.transcript)


def test_in_other_languages_the_reference_is_spoken_without_korean(
    qtbot: Any, config: KioskConfig
) -> None:
    from tools.a11y.journeys import run_journey

    run = run_journey(config, "crisis_report", "en")
    assert run.ok, run.problems  # the audit's check: no Korean in English speech
    assert any("Reference: Welfare-" in text for text in run.transcript)


def _days_shown(qtbot: Any, kiosk: Kiosk) -> list[WrapButton]:
    """From the menu to the day picker, in whichever language the session has."""
    kiosk.window.send(ce.OpenCentre())
    kiosk.window.send(ce.OpenCentreService("welfare"))
    kiosk.window.send(wj.ChooseRequest(w.RequestKind.CONSULTATION.value))
    kiosk.window.send(wj.ChooseTopic(kiosk.config.welfare.topics[0].id))
    qtbot.waitUntil(lambda: kiosk.flow.state is S.DAY, timeout=5000)
    screen = kiosk.window.current_screen
    assert isinstance(screen, WelfareChoiceScreen)
    return list(screen.buttons.values())


def _one_line(button: WrapButton) -> bool:
    return button.label.height() < 2 * button.label.fontMetrics().height()


def test_days_sit_two_to_a_line_only_while_each_fits_on_one_line(qtbot: Any, kiosk: Kiosk) -> None:
    """A grid of two kept "11月24日（周二）" in half the width, broken after "（周"."""
    korean = _days_shown(qtbot, kiosk)
    assert len({b.y() for b in korean}) < len(korean)  # side by side
    assert all(_one_line(b) for b in korean)
    half = korean[0].width()
    kiosk.window.send(f.GoHome())
    kiosk.window.send(f.OpenLanguages())
    kiosk.window.send(f.ChooseLanguage("zh"))
    chinese = _days_shown(qtbot, kiosk)
    assert chinese[0].text() == "11月24日（周二）"  # zh.ts
    assert len({b.y() for b in chinese}) == len(chinese)  # one a line
    assert all(_one_line(b) for b in chinese)
    # As wide as the row, once it has laid its new labels out. (Five days a line
    # each need a scroll bar, and the row is then 970 px: exactly two halves.)
    row = kiosk.window.current_screen.grid  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: all(b.width() == row.geometry().width() for b in chinese), timeout=3000)
    assert row.geometry().width() > 1.5 * half


def test_choices_built_anew_twice_in_a_moment_open_no_window_of_their_own(
    kiosk: Kiosk, qapp: Any
) -> None:
    """Buttons dropped before Qt had shown them came up as windows of their own:
    the topics, then the days and the times, each list replaced before the
    kiosk drew the last."""
    for state in (S.TOPIC, S.DAY, S.TIME, S.TIME_OF_DAY):
        _prepare(kiosk, state)
    qapp.processEvents()
    windows = [widget for widget in qapp.topLevelWidgets() if widget.isVisible()]
    assert windows == [kiosk.window]
