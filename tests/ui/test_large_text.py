"""200 % text: button rows break only where labels need it, and the services stay in sight.

Stacking every bottom button on a line of its own left a Korean resident who
switched on big text with six buttons, a title and no service on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui.app import Kiosk
from ui.button_row import ButtonRow, least_width
from ui.screens import HomeScreen, WrapButton


def _home(kiosk: Kiosk) -> HomeScreen:
    screen = kiosk.window.current_screen
    assert isinstance(screen, HomeScreen)
    return screen


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
    home = _home(kiosk)
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


def test_big_text_breaks_rows_only_where_needed_and_shows_a_service(
    kiosk: Kiosk, qtbot: QtBot, qapp: QApplication
) -> None:
    window = kiosk.window
    window.access_bar.zoom.click()
    qapp.processEvents()
    assert window.flow.session.text_zoom == 2.0
    home = _home(kiosk)
    assert window.access_bar.zoom.text() == "큰 글씨 ✓"
    bar = window.access_bar
    nav: list[QWidget] = [home.language_button, home.voice_button]
    assert home.staff_button is not None
    nav.append(home.staff_button)
    # Three switches and three navigation buttons: two lines each, not three.
    assert _lines([bar.contrast, bar.zoom, bar.low]) == 2
    assert _lines(nav) == 2
    _no_word_broken(bar.row)
    rows = home.findChildren(ButtonRow)
    assert len(rows) == 1
    _no_word_broken(rows[0])
    # The first service is on screen, whole, without scrolling.
    first = home.service_buttons[0]
    viewport = home.body_scroll.viewport()
    assert home.body_scroll.verticalScrollBar().value() == 0
    assert _shown_height(first, viewport) == first.height()
    # Priority buttons move below their service, as wide, so "교통약자 우선" keeps its words whole.
    service, priority = home.service_buttons[0], home.service_buttons[1]
    assert priority.y() > service.y()
    assert priority.width() == service.width()
    assert "교통약자" in priority.name_label.text()

    # Switching big text off puts everything back.
    window.access_bar.zoom.click()
    qapp.processEvents()
    assert _lines([bar.contrast, bar.zoom, bar.low]) == 1
    assert _lines(nav) == 1
    assert priority.y() == service.y()


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
