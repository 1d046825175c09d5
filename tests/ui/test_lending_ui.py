"""Tool lending and parcels through the real kiosk window and the counter terminal's tab.

Assertions are on what a resident sees and holds (screen text, the printed
slip) and on what staff see (the loans and parcels tables, the reminders).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.lending_store import Lending
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import centre as ce
from kiosk.journeys import lending as le
from kiosk.journeys.flow import State
from tests.support.queue_windows import table_rows
from tests.support.resident_screen import centre_button, home_screen, tap
from tests.support.widget_text import widget_texts
from ui.app.compose import Kiosk
from ui.common.i18n import LanguageSwitcher, tr
from ui.common.keypad import BACKSPACE, CLEAR
from ui.common.queue_feed import SharedQueue
from ui.counter.lending import LendingPanel
from ui.counter.window import CounterWindow
from ui.resident.screens.centre import CentreMenuScreen, PhoneEntryScreen
from ui.resident.screens.home import LanguageScreen


def _screen_text(kiosk: Kiosk) -> str:
    """The screen's words, read: a no-break space (a number held to its unit) is a space."""
    texts = (text for _, text in widget_texts(kiosk.window.current_screen))
    return " ".join(texts).replace("\u00a0", " ")


def _to_lending(qtbot: QtBot, kiosk: Kiosk) -> Any:
    """Home, the centre's other services, then lending: the lending home screen."""
    tap(centre_button(kiosk))
    menu = kiosk.window.current_screen
    assert isinstance(menu, CentreMenuScreen)
    if kiosk.flow.session.language == "ko":
        assert "공구 대여·택배 보관" in menu.buttons["lending"][0].text()
    tap(menu.buttons["lending"][0])
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.HOME, timeout=5000)
    return kiosk.window.current_screen


def _type(screen: PhoneEntryScreen[Any], digits: str) -> None:
    for char in digits:
        tap(screen.keypad.keys[char])


def test_the_phone_keypad_speaks_each_residents_language(qtbot: QtBot, kiosk: Kiosk) -> None:
    """The screen is built for the first resident: its Delete and Clear keys stayed
    in Vietnamese ("Xóa") for every Korean resident after."""
    tap(home_screen(kiosk).language_button)
    tap(kiosk.window.screens[LanguageScreen].buttons["vi"])  # type: ignore[attr-defined]
    phone = _to_phone(qtbot, kiosk)
    vietnamese = (phone.keypad.keys[BACKSPACE].text(), phone.keypad.keys[CLEAR].text())
    assert "Xóa" in vietnamese[0]
    kiosk.clock.advance(600)  # type: ignore[attr-defined]
    kiosk.window.tick()  # the session times out: the next resident is greeted in Korean
    assert kiosk.flow.state is State.HOME
    phone = _to_phone(qtbot, kiosk)
    korean = (phone.keypad.keys[BACKSPACE].text(), phone.keypad.keys[CLEAR].text())
    assert korean == (tr("keypad", "⌫ Delete"), tr("keypad", "Clear"))
    assert "Xóa" not in "".join(korean)
    assert kiosk.languages.language == "ko"


def _to_phone(qtbot: QtBot, kiosk: Kiosk) -> PhoneEntryScreen[Any]:
    tap(_to_lending(qtbot, kiosk).borrow)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.ITEMS, timeout=5000)
    tap(kiosk.window.current_screen.buttons["drill"])
    phone = kiosk.window.current_screen
    assert isinstance(phone, PhoneEntryScreen)
    return phone


def test_a_screen_reader_hears_how_many_digits_not_the_number(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Accessible names are spoken aloud on a public kiosk and kept by the audit."""
    phone = _to_phone(qtbot, kiosk)
    assert phone.number.accessibleName() == "아직 입력한 번호가 없습니다"  # none yet
    _type(phone, "01012345678")
    assert phone.number.text() == "010-1234-5678"  # the resident still sees it
    assert phone.number.accessibleName() == "11자리 입력됨"  # "11 digits typed"
    spoken = [text for where, text in widget_texts(kiosk.window) if " accessible" in where]
    for piece in ("1234", "5678", "1 2 3 4", "5 6 7 8"):
        assert [text for text in spoken if piece in text] == []


def test_borrow_a_drill_and_take_the_slip(qtbot: QtBot, kiosk: Kiosk) -> None:
    lending = _to_lending(qtbot, kiosk)
    tap(lending.borrow)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.ITEMS, timeout=5000)
    items = kiosk.window.current_screen
    assert items.buttons["drill"].text() == "전동 드릴\n2개 중 2개 가능 · 3일"
    tap(items.buttons["drill"])
    phone = kiosk.window.current_screen
    assert isinstance(phone, PhoneEntryScreen)
    assert not phone.next_button.isEnabled()
    _type(phone, "0101234")
    tap(phone.keypad.keys["5"])
    _type(phone, "678")
    assert phone.number.text() == "010-1234-5678"
    tap(phone.next_button)
    assert kiosk.flow.state is le.LendingState.CONFIRM
    text = _screen_text(kiosk)
    assert "반납일: 11월 26일 (목)" in text  # the weekday people plan by, not an ISO code
    assert "***-****-5678" in text and "1234" not in text
    tap(kiosk.window.current_screen.confirm)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.DONE, timeout=5000)
    text = _screen_text(kiosk)
    assert "L-1123-001" in text and "오늘 1번 창구에서 공구를 받아 가세요." in text
    [slip] = [job.document for job in kiosk.printer.jobs]  # type: ignore[attr-defined]
    paper = slip.plain_text()
    assert "전동 드릴" in paper and "L-1123-001" in paper and "반납일" in paper
    assert "***-****-5678" in paper and "010-1234-5678" not in paper
    # The session ends: the number is gone from every widget.
    kiosk.window.send(ce.OpenCentre())  # ignored: not on home
    tap(kiosk.window.current_screen.home_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.HOME, timeout=5000)
    assert phone.digits == ""
    assert [where for where, text in widget_texts(kiosk.window) if "5678" in text] == []


def test_a_number_that_holds_two_tools_is_told_it_cannot_ask_for_a_third(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path
) -> None:
    """``lending.open_loans_per_phone`` (2): the third request of one number is refused on
    the screen, in the resident's language, and no slip is printed."""
    staff = Lending(
        kiosk.engine, kiosk.config, kiosk.clock, PersonalDataKey.load_or_create(tmp_path)
    )
    staff.request_loan("cart", "01012345678")
    staff.request_loan("ladder", "01012345678")
    lending = _to_lending(qtbot, kiosk)
    tap(lending.borrow)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.ITEMS, timeout=5000)
    tap(kiosk.window.current_screen.buttons["drill"])
    phone = kiosk.window.current_screen
    _type(phone, "01012345678")
    tap(phone.next_button)
    tap(kiosk.window.current_screen.confirm)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.ITEMS, timeout=5000)
    said = tr(
        "lending",
        "This phone number already has {limit} tools asked for or borrowed. "
        "Please return one first, or ask at the counter.",
        limit=2,
    )
    assert said in _screen_text(kiosk)
    assert kiosk.printer.jobs == []  # type: ignore[attr-defined]
    assert len(staff.open_loans()) == 2


def test_a_wrong_number_is_said_in_korean(qtbot: QtBot, kiosk: Kiosk) -> None:
    lending = _to_lending(qtbot, kiosk)
    tap(lending.parcels)
    phone = kiosk.window.current_screen
    assert isinstance(phone, PhoneEntryScreen)
    _type(phone, "0212345678")
    tap(phone.next_button)
    assert kiosk.flow.state is le.LendingState.PHONE
    assert "010으로 시작하는 휴대전화 번호를 입력해 주세요" in phone.message.text()
    assert phone.message.isVisible()


def test_ask_about_parcels(qtbot: QtBot, kiosk: Kiosk, tmp_path: Path) -> None:
    staff = Lending(
        kiosk.engine, kiosk.config, kiosk.clock, PersonalDataKey.load_or_create(tmp_path)
    )
    staff.log_parcel("01098765432", "box")
    lending = _to_lending(qtbot, kiosk)
    tap(lending.parcels)
    phone = kiosk.window.current_screen
    _type(phone, "01098765432")
    tap(phone.next_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.PARCELS, timeout=5000)
    text = _screen_text(kiosk)
    assert "이 번호로 보관 중인 택배가 1개 있습니다." in text
    assert "box" not in text  # what the parcel is stays at the counter


@pytest.mark.parametrize(("parcels", "said"), [(1, "1 parcel for"), (2, "2 parcels for")])
def test_in_english_one_day_and_one_parcel_are_singular(
    qtbot: QtBot, kiosk: Kiosk, tmp_path: Path, parcels: int, said: str
) -> None:
    """The hand cart read "1 days" and parcels "parcel(s)"."""
    staff = Lending(
        kiosk.engine, kiosk.config, kiosk.clock, PersonalDataKey.load_or_create(tmp_path)
    )
    for _ in range(parcels):
        staff.log_parcel("01098765432", "box")
    tap(home_screen(kiosk).language_button)
    tap(kiosk.window.screens[LanguageScreen].buttons["en"])  # type: ignore[attr-defined]
    lending = _to_lending(qtbot, kiosk)
    tap(lending.borrow)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.ITEMS, timeout=5000)
    items = kiosk.window.current_screen
    # Each number is held to the word after it (a no-break space).
    assert items.buttons["cart"].text() == "Hand cart\n3\u00a0of 3\u00a0free · 1\u00a0day"
    assert items.buttons["drill"].text() == "Power drill\n2\u00a0of 2\u00a0free · 3\u00a0days"
    tap(kiosk.window.current_screen.back_button)
    tap(kiosk.window.current_screen.parcels)
    phone = kiosk.window.current_screen
    _type(phone, "01098765432")
    tap(phone.next_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.PARCELS, timeout=5000)
    assert f"The centre keeps {said} this number." in _screen_text(kiosk)


@pytest.fixture
def panel(
    qtbot: QtBot,
    qapp: QApplication,
    shared: SharedQueue,
    config: KioskConfig,
    clock: FakeClock,
    tmp_path: Path,
) -> Iterator[LendingPanel]:
    # The counter terminal runs in the staff's language (`kiosk counter` sets it).
    languages = LanguageSwitcher(qapp)
    languages.set_language("ko")
    window = CounterWindow(shared, 1)
    lending_panel = LendingPanel(shared, config, clock, tmp_path)
    window.add_panel(lending_panel)
    window.retranslate()
    qtbot.addWidget(window)
    window.show()
    window.start()
    # Staff open the panel's tab: its buttons are tapped as they see them.
    window.tabs.setCurrentWidget(lending_panel)
    qtbot.waitUntil(lambda: lending_panel.snapshot is not None, timeout=5000)
    yield lending_panel
    window.shutdown()
    window.close()
    languages.close()


def test_staff_hand_out_see_reminders_and_keep_parcels(
    qtbot: QtBot, panel: LendingPanel, clock: FakeClock
) -> None:
    assert panel.parent() is not None
    tabs = panel.window().tabs  # type: ignore[attr-defined]
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["대기열", "대여·택배"]
    loan = panel.store().request_loan("cart", "01012345678")  # one day
    qtbot.waitUntil(lambda: panel.loans_table.rowCount() == 1, timeout=5000)
    assert table_rows(panel.loans_table)[0] == [
        loan.ref,
        "손수레",
        "신청됨 (아직 안 받음)",
        "2026-11-24",
        "***-****-5678",
    ]
    panel.loans_table.selectRow(0)
    tap(panel.hand_out_button)
    qtbot.waitUntil(lambda: table_rows(panel.loans_table)[0][2] == "대여 중", timeout=5000)
    assert panel.reminder_label.text() == "알림: 연체 0건, 반납 임박 1건. 빌린 분께 연락하세요."
    clock.advance(timedelta(days=2).total_seconds())
    panel.refresh()
    qtbot.waitUntil(lambda: "연체 1건" in panel.reminder_label.text(), timeout=5000)
    panel.loans_table.selectRow(0)
    tap(panel.reveal_loan_button)
    qtbot.waitUntil(lambda: "010-1234-5678" in panel.status.text(), timeout=5000)

    panel.parcel_phone.setText("010-9876-5432")
    panel.parcel_note.setText("CJ 중형")
    tap(panel.log_parcel_button)
    qtbot.waitUntil(lambda: panel.parcels_table.rowCount() == 1, timeout=5000)
    row = table_rows(panel.parcels_table)[0]
    assert row[2:] == ["CJ 중형", "***-****-5432"]
    assert panel.parcel_phone.text() == ""
    panel.parcels_table.selectRow(0)
    tap(panel.collected_button)
    qtbot.waitUntil(lambda: panel.parcels_table.rowCount() == 0, timeout=5000)


def test_staff_get_a_clear_message_for_a_bad_number(qtbot: QtBot, panel: LendingPanel) -> None:
    panel.parcel_phone.setText("12345")
    tap(panel.log_parcel_button)
    assert "010으로 시작하는 휴대전화 번호" in panel.status.text()
    tap(panel.collected_button)
    assert panel.status.text() == "먼저 목록에서 택배를 고르세요."


def test_a_blind_resident_asks_about_parcels_by_keypad_alone(qtbot: QtBot, kiosk: Kiosk) -> None:
    """Voice mode: move with 8, choose with 5, type the number with the digit keys, Enter."""
    speaker = kiosk.window.voice.speaker

    def press(key: Qt.Key) -> None:
        target = QApplication.focusWidget() or kiosk.window
        QTest.keyClick(target, key)
        qtbot.wait(10)

    def choose(control: Any) -> None:
        for _ in range(40):
            if QApplication.focusWidget() is control:
                break
            press(Qt.Key.Key_8)
        else:
            raise AssertionError(f"{control.accessibleName()!r} is not reachable")
        press(Qt.Key.Key_5)

    kiosk.window.activateWindow()
    kiosk.window.setFocus()
    QTest.keyClick(kiosk.window, Qt.Key.Key_5)  # any key starts the voice guide
    qtbot.waitUntil(lambda: bool(speaker.utterances), timeout=3000)  # type: ignore[attr-defined]
    choose(centre_button(kiosk))
    choose(kiosk.window.current_screen.buttons["lending"][0])
    choose(kiosk.window.current_screen.parcels)
    assert kiosk.flow.state is le.LendingState.PHONE
    said = "\n".join(u.text for u in speaker.utterances)  # type: ignore[attr-defined]
    assert "휴대전화 번호를 누르세요" in said
    for digit in "01098765432":
        press(getattr(Qt.Key, f"Key_{digit}"))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.PARCELS, timeout=5000)
    said = "\n".join(u.text for u in speaker.utterances)  # type: ignore[attr-defined]
    assert "이 번호로 보관 중인 택배가 없습니다." in said
    # On the loudspeaker the digits were never read out.
    assert "9876" not in said and "8 7 6 5" not in said


def test_cancel_acts_on_the_selected_request_after_a_kiosk_adds_one_above(
    qtbot: QtBot, panel: LendingPanel
) -> None:
    """Staff select the ladder request; before they press Cancel, a kiosk's cart request
    (due sooner) arrives and is drawn above it. Cancel still cancels the ladder request."""
    store = panel.store()
    ladder = store.request_loan("ladder", "01011112222")
    qtbot.waitUntil(lambda: panel.loans_table.rowCount() == 1, timeout=5000)
    panel.loans_table.selectRow(0)
    cart = store.request_loan("cart", "01033334444")  # from a kiosk: due a day sooner
    panel.shared.feed.poke()
    qtbot.waitUntil(lambda: panel.loans_table.rowCount() == 2, timeout=5000)
    assert [row[0] for row in table_rows(panel.loans_table)] == [cart.ref, ladder.ref]
    tap(panel.cancel_button)
    qtbot.waitUntil(lambda: panel.loans_table.rowCount() == 1, timeout=5000)
    assert panel.status.text() == f"{ladder.ref}: {tr('lending', 'request cancelled')}"
    assert [row[0] for row in table_rows(panel.loans_table)] == [cart.ref]


def test_collected_acts_on_the_selected_parcel_after_another_counter_hands_one_out(
    qtbot: QtBot, panel: LendingPanel
) -> None:
    store = panel.store()
    first = store.log_parcel("01011112222", "CJ small")
    second = store.log_parcel("01033334444", "Hanjin large")
    third = store.log_parcel("01055556666", "Post medium")
    panel.refresh()
    qtbot.waitUntil(lambda: panel.parcels_table.rowCount() == 3, timeout=5000)
    panel.parcels_table.selectRow(1)  # staff pick the second parcel
    store.collected(first.id)  # the other counter hands the first one out
    panel.shared.feed.poke()
    qtbot.waitUntil(lambda: panel.parcels_table.rowCount() == 2, timeout=5000)
    tap(panel.collected_button)
    qtbot.waitUntil(lambda: panel.parcels_table.rowCount() == 1, timeout=5000)
    assert panel.status.text() == tr("lending", "Parcel {ref} collected.", ref=second.ref)
    assert [row[0] for row in table_rows(panel.parcels_table)] == [third.ref]
