"""Home on a lowered screen: the services a resident came for come first.

Lowered, the body has about half the screen. With the centre name on top and
"Priority (elderly, disabled, pregnant)" over four lines of the narrow column,
English showed two and a half services and Vietnamese one and a half; Korean
cut off the centre's other services.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.journeys import flow as f
from tests.support.resident_screen import showing_home
from ui.app.compose import Kiosk
from ui.common.theme import REFERENCE_GLYPH
from ui.resident.screens.home import HomeScreen


def _whole_in_sight(widget: QWidget, home: HomeScreen) -> bool:
    viewport = home.body_scroll.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return viewport.rect().contains(rect)


def test_lowered_korean_home_shows_every_service_without_scrolling(
    kiosk: Kiosk, qapp: QApplication
) -> None:
    home = showing_home(kiosk)
    # The demo panel's top is out of a wheelchair user's reach: sessions start lowered.
    assert kiosk.window.flow.session.low_screen
    qapp.processEvents()
    assert home.body_scroll.verticalScrollBar().value() == 0
    for button in home.service_buttons:
        assert _whole_in_sight(button, home), button.name_label.text()
    assert home.cert_button is not None and _whole_in_sight(home.cert_button, home)
    assert home.centre_button is not None and _whole_in_sight(home.centre_button, home)
    # The title comes first; the centre name and the clock follow the services.
    assert home.title.y() < home.service_buttons[0].y()
    assert home.center.y() > home.centre_button.y()
    assert home.center.y() == home.clock.y()
    # "교통약자 우선" says who may use it: no second line.
    priority = next(b for b in home.service_buttons if b.priority)
    assert priority.name_label.text() == "교통약자 우선"
    assert priority.waiting_label.isHidden()


def test_lowered_english_home_names_who_may_use_priority_in_small_type(
    kiosk: Kiosk, qapp: QApplication
) -> None:
    window = kiosk.window
    window.send(f.OpenLanguages())
    window.send(f.ChooseLanguage("en"))
    qapp.processEvents()
    home = showing_home(kiosk)
    priority = next(b for b in home.service_buttons if b.priority)
    assert priority.name_label.text() == "Priority"
    assert priority.waiting_label.text() == "Elderly, disabled, pregnant"
    assert priority.waiting_label.isVisible()
    assert "Elderly, disabled, pregnant" in priority.accessibleDescription()
    # Every service is whole in sight (two and a half were before). With waiting
    # times on a second line (the demo), three are, and the fourth scrolls.
    for button in home.service_buttons:
        assert _whole_in_sight(button, home), button.name_label.text()


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_lowered_home_at_big_text_shows_the_first_service_whole(
    kiosk: Kiosk, qtbot: QtBot, language: str
) -> None:
    """Lowered and at 200 % text, Vietnamese showed part of the first service: the
    pinned rows took the room (only "Big text" stays pinned now)."""
    window = kiosk.window
    if language != "ko":
        window.send(f.OpenLanguages())
        window.send(f.ChooseLanguage(language))
    assert window.flow.session.low_screen
    window.access_bar.zoom.click()
    home = showing_home(kiosk)
    first = home.service_buttons[0]
    qtbot.waitUntil(lambda: _whole_in_sight(first, home))
    assert home.body_scroll.verticalScrollBar().value() == 0
    assert first.name_label.text() == kiosk.config.enabled_services[0].names.get(language)


def test_raising_the_screen_puts_the_centre_name_back_on_top(
    kiosk: Kiosk, qapp: QApplication
) -> None:
    home = showing_home(kiosk)
    kiosk.window.access_bar.low.click()
    qapp.processEvents()
    assert not kiosk.window.flow.session.low_screen
    assert home.center.y() < home.title.y() < home.service_buttons[0].y()
    kiosk.window.access_bar.low.click()
    qapp.processEvents()
    assert home.title.y() < home.service_buttons[0].y() < home.center.y()


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_home_says_how_to_start_voice_mode_in_body_size_type(
    kiosk: Kiosk, qapp: QApplication, language: str
) -> None:
    """A resident who cannot read small type learns of the keypad and the Voice
    guide button from home itself, in their language (docs/accessibility.md)."""
    window = kiosk.window
    if language != "ko":
        window.send(f.OpenLanguages())
        window.send(f.ChooseLanguage(language))
    qapp.processEvents()
    home = showing_home(kiosk)
    if language == "vi":
        # Four lines: more than the room above reach, so in the body, scrolled to.
        assert not window.reserve_note.isVisible()
        hint = home.voice_hint
        home.body_scroll.ensureWidgetVisible(hint)
        qapp.processEvents()
        assert hint.isVisible() and _whole_in_sight(hint, home)
    else:
        # Above reach, at a standing resident's eye level: read, not touched.
        hint = window.reserve_note
        assert hint.isVisible() and not home.voice_hint.isVisible()
        assert hint.text() == home.voice_hint.text()
        top = hint.mapTo(window, QPoint(0, 0)).y()
        assert top >= 0 and top + hint.height() <= window.reserve.height()
    # It names the button it points to, as the button is labelled.
    assert home.voice_button.text() in hint.text()
    letters_mm = (
        QFontMetricsF(hint.font()).tightBoundingRect(REFERENCE_GLYPH[language]).height()
        * kiosk.config.screen.mm_per_px
    )
    assert letters_mm >= 12.0 - 0.05
