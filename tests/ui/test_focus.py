"""Focus: where it starts, where "more time" leaves it, and how the ring looks.

The ring is measured on the rendered pixels (``tools/a11y/audit.py``), in
both themes, on every kind of button a resident meets: primary, secondary,
service, navigation, a checked switch, the more-time button on its red bar
and the keypad's keys.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.journeys.flow import State
from tests.support.resident_screen import home_screen
from tools.a11y.audit import measure_focus_ring
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.common.theme import (
    FOCUS_RING_PROPERTY,
    HIGH_CONTRAST,
    STANDARD,
    FocusRing,
    colours_clash,
    contrast_ratio,
    focus_ring_tones,
)


def _press(key: Qt.Key, qtbot: Any) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key)


def test_home_starts_with_the_focus_on_the_first_service(qtbot: Any, kiosk: Kiosk) -> None:
    home = home_screen(kiosk)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    assert QApplication.focusWidget() is home.service_buttons[0]
    assert QApplication.focusWidget() is not kiosk.window.access_bar.contrast


def test_each_new_screen_starts_on_its_first_control(qtbot: Any, kiosk: Kiosk) -> None:
    home = home_screen(kiosk)
    qtbot.mouseClick(home.language_button, Qt.MouseButton.LeftButton)
    assert kiosk.flow.state is State.LANGUAGE
    screen = kiosk.window.current_screen
    assert QApplication.focusWidget() is screen.buttons["ko"]  # type: ignore[attr-defined]


def test_more_time_gives_the_focus_back(qtbot: Any, kiosk: Kiosk) -> None:
    """Pressing 5 for more time, then 5 again, chooses what the resident was on
    (here "I don't need this number"), not the contrast switch."""
    kiosk.printer.set_fault("paper_out")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    _press(Qt.Key.Key_5, qtbot)  # turns voice mode on
    _press(Qt.Key.Key_5, qtbot)  # the first service
    qtbot.waitUntil(lambda: kiosk.flow.state is State.PRINT_ERROR, timeout=5000)
    screen = kiosk.window.current_screen
    cancel = screen.cancel_button  # type: ignore[attr-defined]
    _press(Qt.Key.Key_8, qtbot)
    assert QApplication.focusWidget() is cancel
    limit = kiosk.flow.time_limit_s()
    assert limit is not None
    kiosk.clock.advance(limit - 22)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert QApplication.focusWidget() is kiosk.window.time_warning.button
    _press(Qt.Key.Key_5, qtbot)  # more time
    assert not kiosk.window.time_warning.isVisible()
    assert QApplication.focusWidget() is cancel
    spoken = kiosk.window.voice.speaker.utterances[-1].text  # type: ignore[attr-defined]
    assert spoken.startswith(tr("access", "More time.")) and cancel.accessibleName() in spoken
    _press(Qt.Key.Key_5, qtbot)  # the resident's own choice
    assert kiosk.flow.session.theme == "standard"
    assert kiosk.flow.state is State.HOME


def _ring_ok(kiosk: Kiosk, button: QAbstractButton) -> tuple[float, float, float]:
    ring = measure_focus_ring(kiosk.window, button, kiosk.config.screen.mm_per_px)
    assert ring is not None, button.accessibleName()
    return ring.width_mm, ring.against_page, ring.against_control


@pytest.mark.parametrize("theme", ["standard", "high_contrast"])
def test_focus_ring_stands_out_from_control_and_page(qtbot: Any, kiosk: Kiosk, theme: str) -> None:
    window = kiosk.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    window.set_high_contrast(theme == "high_contrast")
    window.set_low_screen(True)  # a checked switch (the default variant's colours)
    home = home_screen(kiosk)
    assert home.cert_button is not None
    buttons: list[QAbstractButton] = [
        home.service_buttons[0],  # service (primary colours)
        home.cert_button,  # secondary
        home.language_button,  # nav
        window.access_bar.contrast,  # nav or checked
        window.access_bar.low,  # checked
    ]
    for button in buttons:
        width, page, control = _ring_ok(kiosk, button)
        name = button.accessibleName()
        assert width >= 2.0, name
        assert page >= 3.0 and control >= 3.0, (name, page, control)
    # The more-time button, on the warning bar's own colour.
    kiosk.printer.set_fault("paper_out")  # type: ignore[attr-defined]
    qtbot.mouseClick(home.service_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.PRINT_ERROR, timeout=5000)
    retry = window.current_screen.retry_button  # type: ignore[attr-defined]
    kiosk.clock.advance(kiosk.flow.time_limit_s() - 22)  # type: ignore[attr-defined, operator]
    window.tick()
    for button in (retry, window.time_warning.button):
        width, page, control = _ring_ok(kiosk, button)
        assert width >= 2.0 and page >= 3.0 and control >= 3.0, (button, page, control)


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST])
def test_each_ring_tone_is_3_to_1_on_the_colours_it_can_touch(palette: Any) -> None:
    """Whatever a band touches (a button of any variant, the page, the access
    bar, the warning bar), one of the theme's two tones stands out 3:1."""
    surfaces = [
        palette.background,
        palette.surface,
        palette.primary,
        palette.secondary,
        palette.danger,
    ]
    for colour in surfaces:
        best = max(contrast_ratio(tone, colour) for tone in (palette.focus, palette.focus_dark))
        assert best >= 3.0, colour


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST])
def test_no_ring_band_is_yellow_on_blue_or_red_on_green(palette: Any) -> None:
    ring = FocusRing(palette.focus, palette.focus_dark, width_px=12)
    for control in (palette.primary, palette.secondary, palette.danger, palette.surface):
        for page in (palette.background, palette.surface):
            outer, inner = focus_ring_tones(ring, control, page)
            assert not colours_clash(outer, page) and not colours_clash(inner, control)
            assert contrast_ratio(outer, page) >= 3.0 and contrast_ratio(inner, control) >= 3.0


def test_the_standard_ring_is_white_inside_a_blue_button() -> None:
    ring = FocusRing(STANDARD.focus, STANDARD.focus_dark, width_px=12)
    # Yellow would stand out from the blue, but yellow on blue is what
    # blue-yellow colour blindness loses: white stands out more anyway.
    assert focus_ring_tones(ring, STANDARD.primary, STANDARD.background) == (
        STANDARD.focus_dark,
        "#FFFFFF",
    )
    assert focus_ring_tones(ring, STANDARD.danger, STANDARD.background)[1] == STANDARD.focus


@pytest.mark.parametrize("zoom", [False, True])
def test_a_buttons_words_stay_clear_of_its_focus_ring(qtbot: Any, kiosk: Kiosk, zoom: bool) -> None:
    """With 4 px of margin, the focused button's ring lay across the tops of its first line."""
    if zoom:
        kiosk.window.access_bar.zoom.click()
    home = home_screen(kiosk)
    assert home.centre_button is not None
    ring = kiosk.window.property(FOCUS_RING_PROPERTY)
    assert isinstance(ring, FocusRing) and ring.width_px > 4
    for button in (home.centre_button, home.language_button, kiosk.window.access_bar.contrast):
        words = button.label.geometry()
        if button.detail.isVisible():
            words = words.united(button.detail.geometry())
        assert words.top() >= ring.width_px, button.text()
        assert button.height() - words.bottom() - 1 >= ring.width_px, button.text()
