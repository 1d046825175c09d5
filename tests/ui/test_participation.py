"""Resident participation through the real windows: the kiosk (mock ID card), the
counter terminal's panel and the lobby display's notice strip.

Expected text comes from ``tr`` (the screens' own translations, Korean by
default) and from the demo config's notices and polls.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot

from drivers.speech.mock import MockSpeaker
from kiosk.centre import participation as pa
from kiosk.centre import participation_store as vote_store
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.config.edit import get_value
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys import participation as jp
from kiosk.journeys.flow import State
from tests.support.queue_windows import shown_and_started, started_panel
from tests.support.resident_screen import (
    assert_nothing_personal,
    button,
    centre_button,
    screen_text,
    tap,
    type_mrz_fields,
)
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.common.queue_feed import SharedQueue
from ui.counter.participation import ParticipationPanel
from ui.display.window import DisplayWindow, SilentChime
from ui.resident.screens.certificate import CertMrzScreen
from ui.resident.screens.participation import (
    ParticipationHomeScreen,
    ParticipationPollScreen,
)

S = jp.ParticipationState
#: Things about demo-kim that must never reach the journal or the logs.
PERSONAL = ("김민지", "850315", "M12345678", "MINJI")


def _open_service(qtbot: Any, kiosk: Kiosk) -> ParticipationHomeScreen:
    tap(centre_button(kiosk))
    tap(button(kiosk, tr("participation", "Residents' council")))
    assert kiosk.flow.state is S.HOME
    screen = kiosk.window.current_screen
    assert isinstance(screen, ParticipationHomeScreen)
    return screen


def _vote_with_card(qtbot: Any, kiosk: Kiosk, poll_question: str) -> None:
    tap(_poll_button(kiosk, poll_question))
    assert kiosk.flow.state is S.POLL
    poll = kiosk.window.current_screen
    assert isinstance(poll, ParticipationPollScreen)
    tap(poll.vote_button)
    assert kiosk.flow.state is State.CERT_MRZ
    mrz = kiosk.window.current_screen
    assert isinstance(mrz, CertMrzScreen)
    assert mrz.title.text() == tr("cert", "Your ID card")  # names no certificate
    type_mrz_fields(kiosk)
    tap(mrz.continue_button)


def _poll_button(kiosk: Kiosk, question: str) -> Any:
    screen = kiosk.window.current_screen
    assert isinstance(screen, ParticipationHomeScreen)
    for poll_button in screen.poll_buttons.values():
        if question in poll_button.text().split("\n"):
            return poll_button
    raise AssertionError(screen_text(kiosk))


def _choose_and_cast(qtbot: Any, kiosk: Kiosk, label: str, amount: str) -> None:
    """On the budget poll's ballot: the project ``label`` (costing ``amount`` won as
    written on screen) chosen, checked and cast, up to "your vote was counted"."""
    qtbot.waitUntil(lambda: kiosk.flow.state is S.CHOOSE, timeout=10000)
    choice = tr(
        "participation",
        "{label} ({cost})",
        label=label,
        cost=tr("cert", "{amount} won", amount=amount),
    )
    tap(button(kiosk, choice))
    assert kiosk.flow.state is S.CONFIRM
    assert tr("participation", "You chose: {option}", option=choice) in screen_text(kiosk)
    tap(button(kiosk, tr("participation", "Cast my vote")))
    qtbot.waitUntil(lambda: kiosk.flow.state is S.DONE, timeout=10000)
    assert tr("participation", "Your vote was counted") in screen_text(kiosk)


def test_read_a_notice_vote_once_and_be_refused_the_second_time(
    qtbot: Any, kiosk: Kiosk, config: KioskConfig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assembly = config.participation.notices[0]
    budget = config.participation.poll("budget-2027")
    _open_service(qtbot, kiosk)
    text = screen_text(kiosk)
    assert tr("participation", "Notices") in text and tr("participation", "Open votes") in text
    assert "2027년 주민자치회 정기총회 안내" in text  # the config's Korean, as written
    tap(button(kiosk, assembly.title.ko))
    assert kiosk.flow.state is S.NOTICE
    assert assembly.body.ko in screen_text(kiosk)
    tap(kiosk.window.current_screen.back_button)
    assert kiosk.flow.state is S.HOME

    _vote_with_card(qtbot, kiosk, budget.question.ko)
    _choose_and_cast(qtbot, kiosk, "골목길 LED 가로등 교체", "24,000,000")
    assert screen_text(kiosk).startswith("투표가 반영되었습니다")  # really Korean (ko.ts)
    assert kiosk.flow.session.personal == {}
    tally = vote_store.results(kiosk.engine, budget)
    assert tally.total == 1 and tally.options[2].votes == 1

    # The same card again: refused, plainly, and nothing more is counted.
    tap(kiosk.window.current_screen.home_button)
    assert kiosk.flow.state is State.HOME
    _open_service(qtbot, kiosk)
    _vote_with_card(qtbot, kiosk, budget.question.ko)
    qtbot.waitUntil(lambda: kiosk.flow.state is S.REFUSED, timeout=10000)
    refused = screen_text(kiosk)
    assert tr("participation", "You have already voted") in refused
    assert (
        tr("participation", "You have already voted in this poll. Each resident votes once.")
        in refused
    )
    assert vote_store.results(kiosk.engine, budget).total == 1
    assert_nothing_personal(kiosk, caplog, PERSONAL)


def test_the_poll_lists_its_options_and_says_each(qtbot: Any, kiosk: Kiosk) -> None:
    """An option that wraps continues under its words, not under its bullet."""
    _open_service(qtbot, kiosk)
    tap(_poll_button(kiosk, kiosk.config.participation.poll("budget-2027").question.ko))
    poll = kiosk.window.current_screen
    assert isinstance(poll, ParticipationPollScreen)
    shown = QTextDocumentFragment.fromHtml(poll.options.text()).toPlainText()
    assert "어린이 놀이터 그늘막 설치 (18,000,000원)" in shown
    assert "<li>경로당 안마의자 비치 (9,500,000원)</li>" in poll.options.text()
    spoken = poll.spoken_prompt()
    assert "어린이 놀이터 그늘막 설치 (18,000,000원). 경로당 안마의자 비치" in spoken
    assert "<" not in spoken and "•" not in spoken


def test_counter_panel_shows_the_turnout_while_a_poll_is_open_and_its_results_once_closed(
    qtbot: QtBot, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Any
) -> None:
    panel = started_panel(qtbot, ParticipationPanel, shared, config, clock, tmp_path)
    panel.show()
    qtbot.waitUntil(lambda: panel.results is not None, timeout=5000)
    assert panel.title() == tr("participation_staff", "Resident participation")
    budget = config.participation.poll("budget-2027")
    zone = pa.center_zone(config)
    from kiosk.centre.keys import PersonalDataKey

    key = PersonalDataKey.load_or_create(tmp_path)
    for resident, option in (
        ("demo-kim", "playground-shade"),
        ("demo-lee", "playground-shade"),
        ("demo-nguyen", "alley-led-lights"),
    ):
        voter = vote_store.voter_hash(key, DEMO_RESIDENTS[resident].identity(), budget.id)
        assert vote_store.cast_vote(shared.engine, budget, option, voter, clock, zone) is (
            pa.VoteOutcome.COUNTED
        )
    shared.feed.poke()
    box = panel.boxes["budget-2027"]
    total = tr("participation_staff", "Total votes: {total}", total=3)
    qtbot.waitUntil(lambda: box.total.text() == total, timeout=5000)
    # Open: the turnout only; an option's count rising as a resident leaves the
    # kiosk would tell staff that resident's choice.
    assert box.status.text().startswith(tr("participation_staff", "Open"))
    assert panel.option_row("budget-2027", "alley-led-lights") == (
        "골목길 LED 가로등 교체",
        "—",
        "—",
    )
    assert box.sealed.isVisible()
    # Closed: every option's votes and share.
    clock.advance((pa.closes_at(budget, zone) - clock.now()).total_seconds())
    # Nothing changes in the database when a poll closes: the panel's minute does it.
    panel._clock_timer.timeout.emit()
    qtbot.waitUntil(
        lambda: panel.option_row("budget-2027", "playground-shade")[1] == "2", timeout=5000
    )
    label, votes, share = panel.option_row("budget-2027", "alley-led-lights")
    assert (label, votes, share) == ("골목길 LED 가로등 교체", "1", "33.3%")
    assert box.status.text().startswith(tr("participation_staff", "Closed"))
    assert not box.sealed.isVisible()
    panel.shutdown()


def _started_display(qtbot: QtBot, shared: SharedQueue, config: KioskConfig) -> DisplayWindow:
    """The lobby display on ``shared``, shown and past its first refresh."""
    window = DisplayWindow(shared, config, MockSpeaker(), SilentChime())
    return shown_and_started(qtbot, window)


def test_display_shows_todays_notices_one_at_a_time(
    qtbot: QtBot, shared: SharedQueue, config: KioskConfig
) -> None:
    config = config.model_copy(
        update={"display": config.display.model_copy(update={"chime": False})}
    )
    window = _started_display(qtbot, shared, config)
    try:
        first = window.notice_on_screen()
        assert first.startswith("2027년 주민자치회 정기총회 안내\n")
        assert window.notice_tag.text() == tr("display", "Residents' council notice")
        window.next_notice()
        assert window.notice_on_screen().startswith("2027 주민참여예산 사업 선정 투표\n")
        window.next_notice()
        assert window.notice_on_screen() == first
        # Readable across the lobby, and the numbers keep their full size.
        mm_per_px = config.display.screen.mm_per_px
        assert window.notice_title.font().pixelSize() * mm_per_px >= 20
        assert window.notice_body.font().pixelSize() * mm_per_px >= 15
        code_mm = window.tiles[1].code.font().pixelSize() * 0.72 * mm_per_px
        assert code_mm == pytest.approx(config.display.number_height_mm, rel=0.05)
        strip = window.notice_strip.geometry()
        assert all(not strip.intersects(tile.geometry()) for tile in window.tiles.values())
    finally:
        window.shutdown()
        window.close()


def test_display_without_participation_has_no_strip(
    qtbot: QtBot, shared: SharedQueue, config: KioskConfig
) -> None:
    off = config.participation.model_copy(update={"enabled": False})
    config = config.model_copy(update={"participation": off})
    window = _started_display(qtbot, shared, config)
    try:
        assert window.notice_on_screen() == ""
    finally:
        window.shutdown()
        window.close()


def test_a_forged_card_is_refused_with_a_title_that_names_no_certificate(
    qtbot: Any, config: KioskConfig, clock: FakeClock, tmp_path: Any
) -> None:
    from drivers.card.mock import MockCardReader
    from drivers.payment.mock import MockPayment
    from drivers.records.demo import DemoRecordsProvider
    from kiosk.config import MockCardOptions, MockPaymentOptions
    from tests.support.resident_screen import kiosk_factory

    card = MockCardReader(MockCardOptions(identity="demo-kim", fault="cloned_dg1"))
    payment = MockPayment(MockPaymentOptions(script=["approve"]))
    with kiosk_factory(
        config, tmp_path, clock, card=card, records=DemoRecordsProvider(), payment=payment
    ) as make:
        kiosk = make()
        _open_service(qtbot, kiosk)
        _vote_with_card(qtbot, kiosk, config.participation.poll("budget-2027").question.ko)
        qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=10000)
        text = screen_text(kiosk)
        assert tr("cert", "Your ID card could not be used") in text
        assert tr("cert", "The certificate could not be issued") not in text
        assert vote_store.results(kiosk.engine, config.participation.poll("budget-2027")).total == 0


def test_a_vote_by_keypad_and_voice_alone(qtbot: Any, config: KioskConfig) -> None:
    from tools.a11y.journeys import TARGETS, run_journey

    run = run_journey(config, "vote")
    assert run.ok, run.problems
    assert run.presses <= TARGETS["vote"]
    assert any("투표가 반영되었습니다" in text for text in run.transcript)  # your vote was counted


def test_card_removed_after_identification_closes_the_vote_and_goes_home(
    qtbot: Any, config: KioskConfig, clock: FakeClock, tmp_path: Any
) -> None:
    """As on the certificate screens: the next person must not find the resident's ballot."""
    from drivers.card.mock import MockCardReader
    from drivers.payment.mock import MockPayment
    from drivers.records.demo import DemoRecordsProvider
    from kiosk.config import MockCardOptions, MockPaymentOptions
    from tests.support.resident_screen import kiosk_factory
    from ui.resident.screens.home import HomeScreen

    card = MockCardReader(MockCardOptions(identity="demo-kim"))
    payment = MockPayment(MockPaymentOptions(script=["approve"]))
    budget = config.participation.poll("budget-2027")
    with kiosk_factory(
        config, tmp_path, clock, card=card, records=DemoRecordsProvider(), payment=payment
    ) as make:
        kiosk = make()
        _open_service(qtbot, kiosk)
        _vote_with_card(qtbot, kiosk, budget.question.ko)
        qtbot.waitUntil(lambda: kiosk.flow.state is S.CHOOSE, timeout=10000)
        option = "골목길 LED 가로등 교체"
        assert option in screen_text(kiosk)  # the resident's ballot, open
        card.remove()
        qtbot.waitUntil(lambda: kiosk.flow.state is State.HOME, timeout=3000)
        assert isinstance(kiosk.window.current_screen, HomeScreen)
        assert option not in screen_text(kiosk)
        assert kiosk.flow.session.personal == {}
        # Whoever comes next must identify again before any ballot opens.
        card.insert()
        _open_service(qtbot, kiosk)
        tap(_poll_button(kiosk, budget.question.ko))
        poll = kiosk.window.current_screen
        assert isinstance(poll, ParticipationPollScreen)
        tap(poll.vote_button)
        assert kiosk.flow.state is State.CERT_MRZ
        assert vote_store.results(kiosk.engine, budget).total == 0


def test_an_option_added_to_an_open_poll_can_be_chosen_on_the_running_kiosk(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """A resident has seen the poll's ballot; then the technician adds a project to
    that poll. The next voter's ballot shows it, and it can be chosen and voted for."""
    budget = kiosk.config.participation.poll("budget-2027")
    _open_service(qtbot, kiosk)
    _vote_with_card(qtbot, kiosk, budget.question.ko)
    qtbot.waitUntil(lambda: kiosk.flow.state is S.CHOOSE, timeout=10000)
    tap(kiosk.window.current_screen.home_button)
    assert kiosk.flow.state is State.HOME

    key = f"participation.polls[{kiosk.config.participation.polls.index(budget)}].options"
    shelter = {
        "id": "bus-shelter",
        "cost_won": 15000000,
        "label": {"ko": "버스 정류장 온열 의자", "en": "Heated seats at the bus stop"},
    }
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    assert controller.apply(key, [*get_value(kiosk.flow.config, key), shelter]) == []

    _open_service(qtbot, kiosk)
    _vote_with_card(qtbot, kiosk, budget.question.ko)
    _choose_and_cast(qtbot, kiosk, "버스 정류장 온열 의자", "15,000,000")


@pytest.mark.parametrize(
    ("language", "chose", "on_screen"),
    [
        ("ko", "선택하신 항목", "선택하신 항목은 화면에 표시되어 있습니다"),
        ("en", "You chose", "Your choice is on the screen"),
    ],
)
def test_a_ballots_choice_is_not_said_on_the_loudspeaker(
    qtbot: Any, config: KioskConfig, language: str, chose: str, on_screen: str
) -> None:
    """By keypad on the loudspeaker: the confirm screen says the choice is on screen,
    not which it is (anyone near the kiosk would hear a secret vote)."""
    from tools.a11y.journeys import run_journey

    run = run_journey(config, "vote", language)
    assert run.ok, run.problems
    assert any(on_screen in text for text in run.transcript)
    assert not any(chose in text.replace(on_screen, "") for text in run.transcript)
    # Nor on the screen before: the option with the focus when 5 is pressed is
    # the vote, so no option of the ballot is read out on its own (the poll's
    # page reads them all, which tells nobody anything).
    poll = next(p for p in config.participation.polls if p.options)
    labels = [option.label.get(language) for option in poll.options]
    alone = [text for text in run.transcript if sum(label in text for label in labels) == 1]
    assert alone == []
