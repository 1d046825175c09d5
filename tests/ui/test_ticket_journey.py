"""The resident's queue-ticket journey through the real window, on mock devices.

Assertions are on what a resident sees (screen text) and holds (the printed
document's words), and on what staff see (ticket states, events).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QRawFont, QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import text

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import flow as f
from kiosk.journeys.flow import State
from kiosk.journeys.tickets import ChooseService
from kiosk.queue.counter import CounterOps
from kiosk.queue.store import Queue
from kiosk.queue.tickets import TicketState
from kiosk.storage.database import database_url
from tests.support.databases import opened
from tests.support.resident_screen import home_screen, running_kiosk, tap
from ui.app.compose import Kiosk, build_window
from ui.common.i18n import tr
from ui.resident.screens.home import HomeScreen, LanguageScreen, ServiceButton
from ui.resident.screens.ticket import PrintErrorScreen, TicketScreen, UnavailableScreen


def _button(kiosk: Kiosk, service_id: str, priority: bool = False) -> Any:
    return next(
        b
        for b in home_screen(kiosk).service_buttons
        if b.service.id == service_id and b.priority == priority
    )


_Screen = TypeVar("_Screen")


def _shown(qtbot: Any, kiosk: Kiosk, state: State, kind: type[_Screen]) -> _Screen:
    """Wait for the flow to reach ``state``; the screen then shown, checked to be a ``kind``."""
    qtbot.waitUntil(lambda: kiosk.flow.state is state, timeout=5000)
    screen = kiosk.window.current_screen
    assert isinstance(screen, kind)
    return screen


def _printer_config(config: KioskConfig, **mock: Any) -> KioskConfig:
    printer = config.devices.printer.model_copy(
        update={"mock": config.devices.printer.mock.model_copy(update=mock)}
    )
    return config.model_copy(
        update={"devices": config.devices.model_copy(update={"printer": printer})}
    )


def _jobs_text(kiosk: Kiosk) -> list[str]:
    return [job.document.plain_text() for job in kiosk.printer.jobs]  # type: ignore[attr-defined]


def test_tap_prints_a_ticket_with_code_and_hangul_service(qtbot: Any, kiosk: Kiosk) -> None:
    tap(_button(kiosk, "general"))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    [paper] = _jobs_text(kiosk)
    assert "민원 일반" in paper
    assert "A-001" in paper
    assert "행복동 행정복지센터" in paper
    assert "대기 인원: 0명" in paper  # people ahead, in Korean, counted in 명
    screen = kiosk.window.current_screen
    assert isinstance(screen, TicketScreen)
    assert screen.code.text() == "A-001"
    assert screen.title.text() == "번호표를 받아 가세요"
    assert kiosk.queue.tickets_today()[0].state is TicketState.PRINTED


def test_a_priority_ticket_says_so_on_screen_as_on_paper(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.window.send(ChooseService("general", priority=True))
    screen = _shown(qtbot, kiosk, State.TICKET, TicketScreen)
    [paper] = _jobs_text(kiosk)
    assert "교통약자 우선 번호표" in paper
    assert screen.service.text() == "민원 일반\n교통약자 우선 번호표"


def test_people_ahead_and_wait_are_shown(qtbot: Any, kiosk: Kiosk) -> None:
    for _ in range(3):
        kiosk.queue.issue("general")
    tap(_button(kiosk, "general"))
    screen = _shown(qtbot, kiosk, State.TICKET, TicketScreen)
    assert screen.code.text() == "A-004"
    assert screen.ahead.text() == "앞에 기다리는 사람: 3명"
    assert screen.wait.text() == "예상 대기 시간: 약 8분"  # 3 x 5 min / 2 counters


def test_the_wait_never_leaves_its_unit_alone_on_a_line(qtbot: Any, kiosk: Kiosk) -> None:
    """Vietnamese broke "Thời gian chờ dự kiến: khoảng 5" / "phút" on the ticket screen."""
    tap(home_screen(kiosk).language_button)
    tap(kiosk.window.screens[LanguageScreen].buttons["vi"])  # type: ignore[attr-defined]
    for _ in range(3):
        kiosk.queue.issue("general")
    tap(_button(kiosk, "general"))
    screen = _shown(qtbot, kiosk, State.TICKET, TicketScreen)
    lines = _shown_lines(screen.wait)
    assert lines == ["Thời gian chờ dự kiến: khoảng", "8 phút"]


def test_print_failure_shows_number_and_retry_reprints_same_ticket(
    qtbot: Any, kiosk: Kiosk
) -> None:
    kiosk.printer.set_fault("paper_out")  # type: ignore[attr-defined]
    tap(_button(kiosk, "move-in"))
    screen = _shown(qtbot, kiosk, State.PRINT_ERROR, PrintErrorScreen)
    assert screen.code.text() == "B-001"
    assert screen.reason.text() == "프린터 용지가 떨어졌습니다."
    assert "직원" in screen.advice.text()  # tells the resident to ask staff
    assert _jobs_text(kiosk) == []
    [ticket] = kiosk.queue.tickets_today()
    assert ticket.state is TicketState.PRINT_FAILED  # staff see it; no ghost "printed"
    assert [e["kind"] for e in kiosk.queue.events()] == ["print_failed"]

    kiosk.printer.set_fault("none")  # type: ignore[attr-defined]
    tap(screen.retry_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    [paper] = _jobs_text(kiosk)
    assert "B-001" in paper and "전입신고" in paper
    [ticket] = kiosk.queue.tickets_today()  # the same ticket, not a new number
    assert (ticket.display_code, ticket.state, ticket.print_attempts) == (
        "B-001",
        TicketState.PRINTED,
        2,
    )


def test_resident_can_give_up_a_failed_ticket(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.printer.set_fault("offline")  # type: ignore[attr-defined]
    tap(_button(kiosk, "general"))
    screen = _shown(qtbot, kiosk, State.PRINT_ERROR, PrintErrorScreen)
    tap(screen.cancel_button)
    assert kiosk.flow.state is State.HOME
    qtbot.waitUntil(
        lambda: kiosk.queue.tickets_today()[0].state is TicketState.CANCELLED, timeout=5000
    )


def test_idle_timeout_returns_home(qtbot: Any, kiosk: Kiosk) -> None:
    tap(_button(kiosk, "welfare"))
    screen = _shown(qtbot, kiosk, State.TICKET, TicketScreen)
    kiosk.clock.advance(5)  # type: ignore[attr-defined]
    kiosk.window.tick()
    # The closing screen stays long enough to warn 20 s ahead (CLOSING_LEAST_S).
    assert screen.countdown.text() == "30초 뒤 처음 화면으로 돌아갑니다"
    kiosk.clock.advance(30)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert kiosk.flow.state is State.HOME
    assert isinstance(kiosk.window.current_screen, HomeScreen)


def test_second_tap_while_printing_issues_nothing(
    qtbot: Any, tmp_path: Any, config: Any, clock: Any
) -> None:
    with running_kiosk(_printer_config(config, delay_ms=300), tmp_path, clock) as kiosk:
        button = _button(kiosk, "general")
        tap(button)
        tap(button)  # the screen has already changed; a stray tap lands on nothing
        kiosk.window.send(ChooseService("general"))
        qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
        qtbot.wait(400)
        assert [t.display_code for t in kiosk.queue.tickets_today()] == ["A-001"]
        assert len(kiosk.printer.jobs) == 1  # type: ignore[attr-defined]


def test_english_resident_gets_english_screens_and_ticket(qtbot: Any, kiosk: Kiosk) -> None:
    tap(home_screen(kiosk).language_button)
    assert kiosk.flow.state is State.LANGUAGE
    language = kiosk.window.screens[LanguageScreen]
    assert isinstance(language, LanguageScreen)
    tap(language.buttons["en"])
    assert home_screen(kiosk).title.text() == "Take a queue number"
    assert kiosk.window.access_bar.contrast.text() == "Contrast"
    assert _button(kiosk, "general").name_label.text() == "General civil affairs"
    tap(_button(kiosk, "general", priority=True))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    [paper] = _jobs_text(kiosk)
    assert "General civil affairs" in paper
    assert "Priority ticket" in paper
    assert "People ahead: 0 people" in paper
    kiosk.clock.advance(kiosk.flow.time_limit_s() or 0)  # type: ignore[attr-defined]
    kiosk.window.tick()
    # The next resident is greeted in Korean again, switches included.
    assert home_screen(kiosk).title.text() == "번호표 뽑기"
    assert kiosk.window.access_bar.contrast.text() == "고대비"


def _waiting_on_home(qtbot: Any, kiosk: Kiosk, count: int) -> ServiceButton:
    """``count`` tickets taken elsewhere for 민원 일반, counted onto its home button."""
    for _ in range(count):
        kiosk.queue.issue("general")
    kiosk.worker.request_counts.emit()
    button = _button(kiosk, "general")
    qtbot.waitUntil(lambda: button.waiting == count, timeout=5000)
    return button


def test_waiting_counts_on_home_buttons(qtbot: Any, kiosk: Kiosk) -> None:
    button = _waiting_on_home(qtbot, kiosk, 4)
    assert button.waiting_label.text() == "대기 4명  ·  약 10분"
    assert button.accessibleName() == "민원 일반"


def _counted(qtbot: Any, kiosk: Kiosk) -> None:
    """The kiosk counts the queue (as it does every 3 s) and the counts reach home."""
    counted: list[object] = []
    # Connected after the window, and run in the worker's thread as it emits:
    # by then the window's own delivery is queued, and the next events run it.
    kiosk.worker.counts_ready.connect(counted.append)
    kiosk.worker.request_counts.emit()
    qtbot.waitUntil(lambda: bool(counted), timeout=5000)
    kiosk.worker.counts_ready.disconnect(counted.append)
    QApplication.processEvents()


def test_home_holds_its_clock_and_counts_still_while_a_resident_uses_it(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """Content that changes by itself can be paused (docs/accessibility.md): it
    holds still from a resident's touch or key until they are taken to be gone."""
    home = home_screen(kiosk)
    button = _button(kiosk, "general")
    kiosk.clock.set_wall(datetime(2026, 11, 23, 0, 30, tzinfo=UTC))  # type: ignore[attr-defined]
    _counted(qtbot, kiosk)
    kiosk.window.tick()
    assert home.clock.text() == "09:30" and button.waiting_label.text().startswith("대기 0명")
    kiosk.window.send(f.Touch())  # a resident's first touch
    for _ in range(3):
        kiosk.queue.issue("general")  # taken at the other kiosk
    _counted(qtbot, kiosk)
    kiosk.clock.advance(59)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert home.clock.text() == "09:30" and button.waiting_label.text().startswith("대기 0명")
    # A minute without a touch (ui.idle_timeout_s): the resident has gone.
    kiosk.clock.advance(1)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert home.clock.text() == "09:31" and button.waiting_label.text().startswith("대기 3명")


def test_home_counts_the_people_a_new_ticket_waits_behind(qtbot: Any, kiosk: Kiosk) -> None:
    """증명서 shares counters 1 and 2 with 민원 일반: its ticket waits behind theirs."""
    for _ in range(3):
        kiosk.queue.issue("general")
    _counted(qtbot, kiosk)
    kiosk.window.tick()
    assert _button(kiosk, "certificates").waiting_label.text().startswith("대기 3명")
    assert _button(kiosk, "general").waiting_label.text().startswith("대기 3명")
    assert _button(kiosk, "welfare").waiting_label.text().startswith("대기 0명")


def test_home_redrawn_at_the_residents_request_has_the_counts_and_time_of_now(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """Held while the resident reads home; redrawn by their own choice (big text
    here; home shown again, likewise), it has the counts and the time of that moment."""
    home = home_screen(kiosk)
    button = _button(kiosk, "general")
    kiosk.clock.set_wall(datetime(2026, 11, 23, 0, 30, 30, tzinfo=UTC))  # type: ignore[attr-defined]
    _counted(qtbot, kiosk)
    kiosk.window.tick()
    kiosk.window.send(f.Touch())  # a resident reads home
    kiosk.queue.issue("general")  # taken at the other kiosk
    _counted(qtbot, kiosk)
    kiosk.clock.advance(50)  # type: ignore[attr-defined]  # 09:31:20, still held
    kiosk.window.tick()
    assert home.clock.text() == "09:30" and button.waiting_label.text().startswith("대기 0명")
    kiosk.window.access_bar.zoom.click()
    assert kiosk.flow.resident_present()
    assert home.clock.text() == "09:31" and button.waiting_label.text().startswith("대기 1명")


def test_home_shows_no_waiting_count_before_the_queue_is_counted(
    qtbot: Any, config: KioskConfig
) -> None:
    """The home screen paints before the database opens: no "대기 0명" guess meanwhile."""
    window = build_window(config, kiosk_mode=False)
    qtbot.addWidget(window)
    window.show()
    home = window.screens[HomeScreen]
    assert isinstance(home, HomeScreen)
    button = next(b for b in home.service_buttons if not b.priority)
    assert button.name_label.text() == "민원 일반"
    assert button.waiting_label.text().strip() == ""
    assert "대기" not in button.accessibleDescription()
    blank_height = button.height()
    home.set_counts({"general": 3})
    qtbot.wait(20)
    assert button.waiting_label.text().startswith("대기 3명")
    assert button.accessibleDescription().startswith("대기 3명")
    # The count fills the line kept for it: the buttons do not jump.
    assert button.height() == blank_height
    window.shutdown()
    window.languages.close()


def test_call_staff_records_event_and_confirms(qtbot: Any, kiosk: Kiosk) -> None:
    home = home_screen(kiosk)
    assert home.staff_button is not None
    tap(home.staff_button)
    assert kiosk.window.banner.isVisible()
    assert kiosk.window.banner.text() == "직원을 불렀습니다. 이곳에서 잠시 기다려 주세요."
    qtbot.waitUntil(
        lambda: [e["kind"] for e in kiosk.queue.events()] == ["staff_call"], timeout=5000
    )


def test_database_failure_shows_unavailable_not_a_traceback(qtbot: Any, kiosk: Kiosk) -> None:
    with kiosk.engine.begin() as conn:
        conn.execute(text("DROP TABLE ticket_counters"))
    tap(_button(kiosk, "general"))
    screen = _shown(qtbot, kiosk, State.UNAVAILABLE, UnavailableScreen)
    assert screen.message.text() == "지금은 번호표를 발급할 수 없습니다. 창구에 문의해 주세요."
    assert kiosk.printer.jobs == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F4])
def test_resident_cannot_close_the_kiosk(
    qtbot: Any, tmp_path: Any, config: Any, clock: Any, key: Qt.Key
) -> None:
    with running_kiosk(config, tmp_path, clock, kiosk_mode=True) as kiosk:
        assert kiosk.window.close() is False
        QTest.keyClick(kiosk.window, key, Qt.KeyboardModifier.AltModifier)
        assert kiosk.window.isVisible()
    assert not kiosk.window.isVisible()


def test_journal_holds_the_journey(qtbot: Any, kiosk: Kiosk) -> None:
    tap(_button(kiosk, "general"))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    kinds = [
        (e["kind"], e.get("new") or e.get("event") or e.get("effect"))
        for e in kiosk.journal.entries
    ]
    assert ("event", "ChooseService") in kinds
    assert ("state", "issuing") in kinds
    assert ("effect", "IssueTicket") in kinds  # issued and printed in one device job
    assert ("state", "ticket") in kinds
    printed = [e for e in kiosk.journal.entries if e["kind"] == "print_result"]
    assert printed[0]["ok"] is True


def _letters_missing_from_own_font(kiosk: Kiosk) -> dict[str, str]:
    """Visible text whose letters the label's first typeface lacks (Qt would mix in another)."""
    missing: dict[str, str] = {}
    for label in kiosk.window.findChildren(QLabel):
        if not label.isVisibleTo(kiosk.window) or not label.text():
            continue
        raw = QRawFont.fromFont(label.font())
        lacking = {c for c in label.text() if not c.isspace() and not raw.supportsCharacter(ord(c))}
        if lacking:
            missing[label.text()] = "".join(sorted(lacking))
    return missing


@pytest.mark.parametrize("language", ["vi", "zh"])
def test_vietnamese_and_chinese_screens_use_one_typeface_per_word(
    qtbot: Any, kiosk: Kiosk, language: str
) -> None:
    # The Hangul font lacks "đ", "ư", "业"...: Qt would draw those letters in
    # another typeface, which reads as "đ ăng ký" with gaps and mixed weights.
    tap(home_screen(kiosk).language_button)
    tap(kiosk.window.screens[LanguageScreen].buttons[language])
    kiosk.worker.request_counts.emit()
    qtbot.wait(100)
    assert home_screen(kiosk).title.text() != "번호표 뽑기"
    assert _letters_missing_from_own_font(kiosk) == {}
    tap(_button(kiosk, "general"))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    assert _letters_missing_from_own_font(kiosk) == {}
    kiosk.clock.advance((kiosk.flow.time_limit_s() or 0) + 1)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert home_screen(kiosk).title.text() == "번호표 뽑기"
    assert QRawFont.fromFont(home_screen(kiosk).title.font()).familyName() == "NanumBarunGothic"
    assert _letters_missing_from_own_font(kiosk) == {}


def test_tap_to_print_is_measured_on_the_real_window(qapp: Any) -> None:
    from ui.app.commands.bench import measure_tap_to_print

    figures = measure_tap_to_print(taps=8)
    # Eight real tickets went to the mock printer, each timed from its tap.
    assert 0 < figures["tap_to_print_ms_p50"] <= figures["tap_to_print_ms_p95"] < 1000


@pytest.mark.parametrize(
    ("zone", "utc", "shown"),
    [
        ("Asia/Seoul", datetime(2026, 11, 23, 0, 30, tzinfo=UTC), "09:30"),
        ("Asia/Seoul", datetime(2026, 11, 23, 15, 5, tzinfo=UTC), "00:05"),  # the next day
        # A centre abroad (a consulate's desk), on both sides of its clock change.
        ("Europe/Berlin", datetime(2026, 3, 29, 0, 59, tzinfo=UTC), "01:59"),
        ("Europe/Berlin", datetime(2026, 3, 29, 1, 0, tzinfo=UTC), "03:00"),
    ],
)
def test_home_shows_the_time_in_the_centres_zone(
    qtbot: Any, config: KioskConfig, clock: Any, zone: str, utc: datetime, shown: str
) -> None:
    config = config.model_copy(
        update={"center": config.center.model_copy(update={"timezone": zone})}
    )
    clock.set_wall(utc)
    window = build_window(config, clock=clock, kiosk_mode=False)
    try:
        home = window.screens[HomeScreen]
        assert isinstance(home, HomeScreen)
        home.tick()
        assert home.clock.text() == shown
    finally:
        window.shutdown()
        window.languages.close()
        window.deleteLater()


def test_a_tap_on_the_words_of_a_service_button_takes_a_number(qtbot: Any, kiosk: Kiosk) -> None:
    """The tap goes through the window, as a finger's does: it lands on the
    button's label, which passes it on to the button."""
    button = _button(kiosk, "welfare")
    words = button.name_label
    centre = words.mapTo(kiosk.window, words.rect().center())
    assert kiosk.window.childAt(centre) is words
    handle = kiosk.window.windowHandle()
    assert handle is not None
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    [paper] = _jobs_text(kiosk)
    assert "복지 상담" in paper


def _unavailable_message(qtbot: Any, kiosk: Kiosk, service: str) -> str:
    """Tap ``service`` on the home screen; what the unavailable screen then says."""
    tap(_button(kiosk, service))
    screen = _shown(qtbot, kiosk, State.UNAVAILABLE, UnavailableScreen)
    return screen.message.text()


def _band_config(config: KioskConfig) -> KioskConfig:
    """The demo center with 전입 신고 numbered 500-502 instead of B-001 on."""
    move_in = config.service("move-in").model_copy(update={"prefix": None, "band": (500, 502)})
    services = [move_in if s.id == "move-in" else s for s in config.services]
    return config.model_copy(update={"services": services})


def test_a_full_band_says_ask_staff_and_prints_nothing(
    qtbot: Any, tmp_path: Any, config: KioskConfig, clock: FakeClock
) -> None:
    with running_kiosk(_band_config(config), tmp_path, clock) as kiosk:
        for _ in range(3):  # 500, 501 and 502 are all waiting
            kiosk.queue.issue("move-in")
        assert _unavailable_message(qtbot, kiosk, "move-in") == (
            "지금은 이 업무의 번호표를 더 발급할 수 없습니다. 직원에게 문의해 주세요."
        )
        assert kiosk.printer.jobs == []  # type: ignore[attr-defined]
        codes = [t.display_code for t in kiosk.queue.tickets_today("move-in")]
        assert codes == ["500", "501", "502"]  # no second 500
        assert [e["kind"] for e in kiosk.queue.events(["band_full"])] == ["band_full"]


def test_a_clock_jump_says_ask_staff_and_warns_them(
    qtbot: Any, kiosk: Kiosk, clock: FakeClock
) -> None:
    kiosk.queue.issue("general")
    clock.set_wall(clock.now() + timedelta(days=30))  # the RTC came back a month ahead
    assert _unavailable_message(qtbot, kiosk, "general") == (
        "키오스크의 시계가 잘못된 것 같아 번호표를 발급할 수 없습니다. 직원에게 문의해 주세요."
    )
    assert kiosk.printer.jobs == []  # type: ignore[attr-defined]
    [warning] = kiosk.queue.events(["clock_implausible"])
    assert "2026-12-23" in warning["detail"]
    assert len(kiosk.queue.tickets_today()) == 0  # nothing for the future day either


def test_a_ticket_a_crash_left_issued_is_settled_at_start(
    qtbot: Any, tmp_path: Any, config: KioskConfig, clock: FakeClock
) -> None:
    with opened(database_url(config.storage.database_url, tmp_path)) as engine:
        ghost = Queue(engine, config, clock).issue("general").ticket  # then the power went
    with running_kiosk(config, tmp_path, clock) as kiosk:
        qtbot.waitUntil(
            lambda: kiosk.queue.get(ghost.id).state is TicketState.PRINT_FAILED, timeout=5000
        )
        [event] = kiosk.queue.events(["ticket_recovered"])
        assert event["ticket_id"] == ghost.id and event["detail"].startswith("A-001")
        tap(_button(kiosk, "general"))
        qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
        assert "A-002" in _jobs_text(kiosk)[0]  # its number is not given out again
        # Counters see the recovered ticket flagged as never printed.
        ops = CounterOps(kiosk.engine, kiosk.config, clock)
        [flagged] = [t for t in ops.counter_snapshot(1).waiting if t.display_code == "A-001"]
        assert flagged.print_failed


@pytest.mark.parametrize("language", ["en", "vi"])
def test_a_waiting_line_breaks_between_the_count_and_the_estimate(
    qtbot: Any, kiosk: Kiosk, language: str
) -> None:
    """Word wrap left "Waiting: 1  ·  about" / "3 min", and Vietnamese lines began with the dot."""
    button = _waiting_on_home(qtbot, kiosk, 4)
    tap(home_screen(kiosk).language_button)
    tap(kiosk.window.screens[LanguageScreen].buttons[language])  # type: ignore[attr-defined]
    label = button.waiting_label
    count = tr("home", "Waiting: {count}", count=4)
    estimate = tr("home", "about {minutes} min", minutes=button.minutes)
    assert button.minutes > 0
    # The narrow column of the portrait screen has no room for both on one line.
    assert label.fontMetrics().horizontalAdvance(f"{count}  ·  {estimate}") > label.width()
    assert _shown_lines(label) == [count, estimate]
    # At 200 % text each service has a line of its own, measured in the larger type:
    # the dot never starts or ends a line, and every word is still there.
    size = label.font().pixelSize()
    tap(kiosk.window.access_bar.zoom)
    qtbot.waitUntil(lambda: label.font().pixelSize() > size, timeout=2000)
    qtbot.wait(50)
    lines = _shown_lines(label)
    assert " ".join(lines) in (f"{count}  ·  {estimate}", f"{count} {estimate}")
    assert not any(line.startswith("·") or line.endswith("·") for line in lines)
    assert all(label.fontMetrics().horizontalAdvance(line) <= label.width() for line in lines)


def test_a_long_count_wraps_but_keeps_the_number_with_its_unit(qtbot: Any, kiosk: Kiosk) -> None:
    button = _waiting_on_home(qtbot, kiosk, 40)
    tap(home_screen(kiosk).language_button)
    tap(kiosk.window.screens[LanguageScreen].buttons["vi"])  # type: ignore[attr-defined]
    # "Đang chờ: 40 người" is a little wider than the narrow column.
    assert _shown_lines(button.waiting_label) == [
        "Đang chờ:",
        "40 người",
        f"khoảng {button.minutes} phút",
    ]


def _shown_lines(label: QLabel) -> list[str]:
    """The lines ``label`` shows at its width, laid out by Qt's text engine as the label does."""
    lines: list[str] = []
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(label.contentsRect().width())
            text = paragraph[line.textStart() : line.textStart() + line.textLength()]
            lines.append(text.strip().replace("\u00a0", " "))
        layout.endLayout()
    return lines


def test_a_number_to_remember_after_a_print_error_is_in_very_large_type(
    qtbot: Any, tmp_path: Any, config: KioskConfig, clock: Any
) -> None:
    """The print-error screen is shown first and sized when it is visible; its
    number, which the resident must remember, stayed at body size (59 px, not 225)."""
    with running_kiosk(_printer_config(config, fail="paper_out"), tmp_path, clock) as kiosk:
        tap(_button(kiosk, "general"))
        screen = _shown(qtbot, kiosk, State.PRINT_ERROR, PrintErrorScreen)
        assert screen.code.text() == "A-001"
        assert screen.code.font().pixelSize() == screen.code.wanted_px
