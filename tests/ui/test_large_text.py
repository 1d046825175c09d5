"""200 % text: button rows break only where labels need it, and the services stay in sight.

Stacking every bottom button on a line of its own left a Korean resident who
switched on big text with six buttons, a title and no service on screen.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.config import KioskConfig
from kiosk.config.edit import set_value
from kiosk.journeys import flow as f
from kiosk.journeys.certificates import OpenCertificates
from tests.support.resident_screen import showing_home
from ui.app.compose import Kiosk
from ui.common.button_row import ButtonRow, least_width
from ui.resident.screens.base import Screen, WrapButton
from ui.resident.screens.certificate import CertDoneScreen
from ui.resident.screens.home import HomeScreen
from ui.resident.voice import ordered_controls


@pytest.fixture
def config(config: KioskConfig) -> KioskConfig:
    # Big text alone: the default panel's top is out of reach, so its sessions
    # would start in low-screen mode, whose empty band leaves big text no room
    # for a whole service (docs/accessibility.md, reach).
    return set_value(config, "ui.low_screen", "off")


def _lines(buttons: list[QWidget]) -> int:
    return len({b.mapTo(b.window(), QPoint(0, 0)).y() for b in buttons})


def _one_line(button: WrapButton) -> bool:
    return button.label.height() < 2 * button.label.fontMetrics().height()


def _shown_height(widget: QWidget, viewport: QWidget) -> int:
    """How many pixel rows of ``widget`` the scroll area shows without scrolling."""
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return rect.intersected(viewport.rect()).height()


def _no_word_broken(row: ButtonRow) -> None:
    width = row.contentsRect().width()
    for line in row.lines(width):
        for item in line:
            widget = item.widget()
            assert widget is not None
            if len(line) > 1:
                assert widget.width() >= least_width(item), widget


def test_normal_text_keeps_the_bottom_buttons_on_one_line_each_row(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    home = showing_home(kiosk)
    nav = [home.language_button, home.voice_button, home.staff_button]
    assert home.staff_button is not None
    bar = kiosk.window.access_bar
    assert _lines(nav) == 1
    assert _lines([bar.contrast, bar.zoom, bar.low]) == 1
    assert all(_one_line(b) for b in nav if isinstance(b, WrapButton))
    # Priority buttons sit beside their service.
    service, priority = home.service_buttons[0], home.service_buttons[1]
    assert priority.priority and not service.priority
    assert priority.y() == service.y() and priority.x() > service.x()


def _big_text(kiosk: Kiosk, qapp: QApplication, language: str) -> HomeScreen:
    window = kiosk.window
    if language != "ko":
        window.send(f.OpenLanguages())
        window.send(f.ChooseLanguage(language))
    window.access_bar.zoom.click()
    qapp.processEvents()
    assert window.flow.session.text_zoom == 2.0
    return showing_home(kiosk)


def test_big_text_breaks_rows_only_where_needed_and_shows_a_service(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication
) -> None:
    window = kiosk.window
    home = _big_text(kiosk, qapp, "ko")
    assert window.access_bar.zoom.text() == "큰 글씨 √"
    bar = window.access_bar
    body = home.body_scroll.widget()
    # Only "Big text" stays pinned; Contrast and Lower end the page, side by side.
    assert bar.isAncestorOf(bar.zoom)
    assert body.isAncestorOf(bar.contrast) and body.isAncestorOf(bar.low)
    assert _lines([bar.contrast, bar.low]) == 1 and bar.contrast.x() < bar.low.x()
    assert bar.contrast.isVisible() and bar.low.isVisible()
    _no_word_broken(bar.row)
    # Language and voice leave the pinned row for the body, under the voice
    # hint; call-staff stays pinned, alone on its line.
    assert home.staff_button is not None
    assert body.isAncestorOf(home.language_button) and body.isAncestorOf(home.voice_button)
    assert not body.isAncestorOf(home.staff_button)
    assert home.voice_hint.y() < home.language_button.y() <= home.voice_button.y()
    for row in home.findChildren(ButtonRow):
        _no_word_broken(row)
    # The centre name and clock follow the services; the title comes first.
    first = home.service_buttons[0]
    assert home.title.y() < first.y() < home.center.y()
    assert home.center.y() == home.clock.y()
    assert bar.contrast.mapTo(body, QPoint(0, 0)).y() > home.clock.mapTo(body, QPoint(0, 0)).y()
    # The first service is on screen, whole, without scrolling.
    viewport = home.body_scroll.viewport()
    assert home.body_scroll.verticalScrollBar().value() == 0
    assert _shown_height(first, viewport) == first.height()
    # Priority buttons move below their service, as wide, so "교통약자 우선" keeps its words whole.
    service, priority = home.service_buttons[0], home.service_buttons[1]
    assert priority.y() > service.y()
    assert priority.width() == service.width()
    assert "교통약자" in priority.name_label.text()
    # A keypad user still moves in reading order.
    order = ordered_controls(home)
    assert order.index(home.service_buttons[-1]) < order.index(home.language_button)
    assert order.index(home.language_button) < order.index(home.voice_button)
    assert order.index(home.voice_button) < order.index(bar.contrast) < order.index(bar.low)
    assert order.index(bar.low) < order.index(home.staff_button) < order.index(bar.zoom)

    # Switching big text off puts everything back.
    window.access_bar.zoom.click()
    qapp.processEvents()
    nav = [home.language_button, home.voice_button, home.staff_button]
    assert all(bar.isAncestorOf(b) for b in (bar.contrast, bar.zoom, bar.low))
    assert _lines([bar.contrast, bar.zoom, bar.low]) == 1
    assert bar.contrast.x() < bar.zoom.x() < bar.low.x()
    assert not bar.more.isVisible()
    assert _lines(nav) == 1
    assert not body.isAncestorOf(home.language_button)
    assert home.center.y() < home.title.y() < first.y()
    assert priority.y() == service.y()
    order = ordered_controls(home)
    assert [order.index(b) for b in nav] == sorted(order.index(b) for b in nav)


@pytest.mark.parametrize("language", ["en", "zh", "vi"])
def test_big_text_shows_a_service_name_in_every_language(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """English and Chinese used to show the centre name and the title, no service."""
    home = _big_text(kiosk, qapp, language)
    viewport = home.body_scroll.viewport()
    first = home.service_buttons[0]
    name = first.name_label
    assert name.text() == kiosk.config.enabled_services[0].names.get(language)
    # The service's name is whole on screen; in English and Chinese its waiting count too.
    assert _shown_height(name, viewport) == name.height()
    if language != "vi":
        assert _shown_height(first, viewport) == first.height()


def _step_at_big_text(kiosk: Kiosk, qapp: QApplication, language: str, state: f.State) -> Screen:
    _big_text(kiosk, qapp, language)
    journey = kiosk.flow.journey(state)
    assert journey is not None
    journey.sample(state)
    kiosk.flow.go(state)
    qapp.processEvents()
    return kiosk.window.current_screen


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_at_big_text_a_step_keeps_half_the_screen_for_its_page(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    """The pinned rows took 70 % of the Vietnamese screen (Back, Home, Call staff,
    Contrast, Big text and Lower, a line each), and half of the English one.

    The time left is pinned too (it must always be in sight), which costs
    Vietnamese, whose navigation takes three lines at 200 %, a tenth of the
    screen: its page keeps 765 of 1,920 px (40 %), the other languages half."""
    screen = _step_at_big_text(kiosk, qapp, language, f.State.CERT_SUMMARY)
    assert screen.back_button is not None and screen.back_button.isVisible()
    page = screen.body_scroll.viewport().height()
    least = 0.38 if language == "vi" else 0.5
    assert page >= kiosk.window.height() * least, (page, kiosk.window.height())
    # Contrast and Lower are at the end of the page, reached by scrolling.
    bar = kiosk.window.access_bar
    content = screen.body_scroll.widget()
    assert content.isAncestorOf(bar.contrast) and content.isAncestorOf(bar.low)
    end = max(w.mapTo(content, QPoint(0, w.height())).y() for w in (bar.contrast, bar.low))
    assert end <= content.height()
    assert bar.contrast.mapTo(content, QPoint(0, 0)).y() > screen.title.y()


def test_at_big_text_a_screen_without_choices_starts_at_its_top(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication
) -> None:
    """The switches that end its page are not where the focus starts: the done
    screen would open scrolled to its end, its title out of sight."""
    screen = _step_at_big_text(kiosk, qapp, "vi", f.State.CERT_DONE)
    assert isinstance(screen, CertDoneScreen)
    assert QApplication.focusWidget() is screen.home_button
    assert screen.body_scroll.verticalScrollBar().value() == 0


def test_the_switches_come_back_when_screens_are_rebuilt_at_big_text(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication
) -> None:
    """Technician mode rebuilds every screen; the switches on the old page must outlive it."""
    _big_text(kiosk, qapp, "ko")
    window = kiosk.window
    bar = window.access_bar
    window.rebuild_screens()
    qapp.processEvents()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    home = showing_home(kiosk)
    assert home.body_scroll.widget().isAncestorOf(bar.contrast)
    bar.contrast.click()
    assert window.flow.session.theme == "high_contrast"
    bar.zoom.click()
    qapp.processEvents()
    assert _lines([bar.contrast, bar.zoom, bar.low]) == 1 and bar.isAncestorOf(bar.low)


def _whole(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("lowered", [False, True])
@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_at_big_text_the_time_warning_is_whole_and_covers_nothing(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication, language: str, lowered: bool
) -> None:
    """The warning's words stood in a column three fifths wide: at 200 % they needed
    more height than the window had, and the warning was cut off at both ends
    and lay over the Back, Home and Call staff buttons. Lowered, in Vietnamese,
    the navigation, the warning and the bar need more than the window has."""
    window = kiosk.window
    screen = _step_at_big_text(kiosk, qapp, language, f.State.CERT_CHOOSE)
    window.set_low_screen(lowered)
    limit = kiosk.flow.time_limit_s()
    assert limit is not None
    kiosk.clock.advance(limit - 20)  # type: ignore[attr-defined]
    window.tick()
    warning = window.time_warning
    qtbot.waitUntil(lambda: warning.isVisible())
    qapp.processEvents()
    assert _whole(warning.label), (warning.label.height(), warning.label.text())
    assert warning.button.isVisible() and _whole(warning.button.label)

    def place(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    shown = place(warning)
    for button in (screen.back_button, screen.home_button, screen.staff_button):
        assert button is not None and button.isVisible()
        assert not place(button).intersects(shown), button.text()
    assert shown.bottom() < window.height()
    # For its few seconds the warning stands where "Big text" was; "more time" brings it back.
    assert not window.access_bar.isVisible()
    warning.button.click()
    assert not warning.isVisible()
    assert window.access_bar.isVisible() and window.access_bar.zoom.isVisible()


def test_a_button_row_breaks_at_the_button_that_does_not_fit(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = ButtonRow(10, holder)
    buttons = [QPushButton(text) for text in ("one", "two", "a much longer label " * 3)]
    for button in buttons:
        row.addWidget(button)
    wide = sum(b.sizeHint().width() for b in buttons) + 20
    holder.resize(wide, 400)
    holder.show()
    qtbot.waitExposed(holder)
    assert [len(line) for line in row.lines(wide)] == [3]
    narrow = buttons[2].sizeHint().width() + 5
    assert [len(line) for line in row.lines(narrow)] == [2, 1]
    holder.resize(narrow, 400)
    QApplication.processEvents()
    assert buttons[0].y() == buttons[1].y() < buttons[2].y()
    assert buttons[0].width() + buttons[1].width() + 10 == narrow
    assert row.heightForWidth(narrow) > row.heightForWidth(wide)


def test_a_buttons_title_is_bold_and_its_details_regular(kiosk: Kiosk) -> None:
    """In one weight, the centre's menu read as one block of text."""
    kiosk.window.send(f.GoHome())
    home = kiosk.window.current_screen
    assert isinstance(home, HomeScreen) and home.centre_button is not None
    button = home.centre_button
    title, details = button.text().split("\n", 1)
    assert title == "그 밖의 업무" and "강좌\u00a0신청" in details
    assert button.label.text() == title and button.label.font().bold()
    assert button.detail.text() == details and not button.detail.font().bold()
    # The same size, and the same colour on the button.
    assert button.detail.font().pixelSize() == button.label.font().pixelSize()
    assert (
        button.detail.palette().windowText().color() == button.label.palette().windowText().color()
    )
    # A one-line label has no second part.
    assert home.language_button.detail.isHidden() and "\n" not in home.language_button.text()


def test_a_scrolling_screen_shows_no_arrow_buttons_on_its_scroll_bar(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication
) -> None:
    """Qt's arrows were a 4 mm box at the bar's foot: too small to touch, with no name."""
    home = _big_text(kiosk, qapp, "ko")
    bar = home.body_scroll.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    for arrow in (QStyle.SubControl.SC_ScrollBarAddLine, QStyle.SubControl.SC_ScrollBarSubLine):
        drawn = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, arrow, bar)
        assert drawn.isEmpty(), arrow
    # The handle is still there to show how far down the page is.
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    assert handle.height() >= kiosk.config.screen.px(15)


def test_document_numbers_wrap_in_groups_and_keep_the_page_on_screen(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication
) -> None:
    """At 200 % text a number was one word wider than the screen: the page grew as
    wide as it, and every line of the Vietnamese done screen was cut off at the edge."""
    _big_text(kiosk, qapp, "vi")
    flow = kiosk.flow
    journey = flow.journey(f.State.CERT_DONE)
    assert journey is not None
    journey.sample(f.State.CERT_DONE)
    flow.go(f.State.CERT_DONE)
    qapp.processEvents()
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertDoneScreen)
    viewport = screen.body_scroll.viewport()
    assert screen.body_scroll.widget().width() <= viewport.width()
    assert screen.title.width() <= viewport.width()
    # The numbers wrap after a hyphen, never inside a group of digits.
    assert screen.numbers.height() > 3 * screen.numbers.fontMetrics().height()
    shown = screen.numbers.text().split("\n")
    assert shown[0] == "Số phát hành:"  # "issuance numbers" (vi.ts)
    assert all(re.fullmatch(r"(\d{4}-\u200b){3}\d{4}", n) for n in shown[1:])


def test_the_countdown_keeps_its_seconds_on_the_line_of_their_number(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication
) -> None:
    """At 200 % text, English read "Returning to the first screen in 60" / "s".

    The line is pinned now, so at 200 % it says it short (a screen reader
    hears the whole sentence); the seconds still keep to their number."""
    _big_text(kiosk, qapp, "en")
    kiosk.window.send(OpenCertificates())
    screen = kiosk.window.current_screen
    assert screen.countdown.text() == "First screen in 60\u00a0s"
    assert screen.countdown.accessibleName() == "Returning to the first screen in 60 s"
