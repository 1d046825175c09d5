"""The audit's own checks fail what they should: reach (both limits),
bare-symbol names, the focus ring, red-on-green or yellow-on-blue text, a
screen without a way out, and the lobby board's text too small to read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk.config import KioskConfig
from kiosk.journeys import flow as f
from kiosk.journeys.welfare import WelfareState
from tests.support.resident_screen import home_screen
from tools.a11y.audit import (
    _buttons,
    _prepare,
    _rect_in,
    _text_colours,
    _texts,
    _window_image,
    audit_moments,
    focus_ring_problems,
    mixed_typeface,
    reach_problems,
    symbol_name_problems,
    way_out_problems,
)
from tools.a11y.display import STATES as DISPLAY_STATES
from tools.a11y.display import audit_display
from ui.app.compose import Kiosk
from ui.common.theme import (
    FONT_FAMILIES,
    HIGH_CONTRAST,
    STANDARD,
    Palette,
    colours_clash,
    font_families,
)


@dataclass(frozen=True)
class _Panel:
    mounting_height_mm: float
    mm_per_px: float


def test_reach_finds_controls_below_400_mm_and_above_1220_mm(kiosk: Kiosk) -> None:
    window = kiosk.window
    QApplication.processEvents()
    rects = [(b, _rect_in(window, b)) for b in _buttons(window)]
    mm = kiosk.config.screen.mm_per_px
    assert reach_problems(window, rects, _Panel(750, mm), low=False) == []
    too_low = reach_problems(window, rects, _Panel(300, mm), low=False)
    assert any(window.access_bar.low.accessibleName() in p for p in too_low)
    assert all("bottom at" in p for p in too_low)
    too_high = reach_problems(window, rects, _Panel(1000, mm), low=True)
    assert too_high and all("top at" in p for p in too_high)


def test_symbol_names_are_found(kiosk: Kiosk) -> None:
    plus, named, check = QPushButton("+"), QPushButton("+"), QPushButton("√")
    plus.setAccessibleName("+")
    named.setAccessibleName("One more copy")
    check.setAccessibleName("✓")
    assert symbol_name_problems([plus, named, check]) == ["'+'", "'✓'"]


def test_focus_ring_check_fails_a_ring_too_thin_or_too_faint(qtbot: Any, kiosk: Kiosk) -> None:
    window = kiosk.window
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    mm = kiosk.config.screen.mm_per_px
    staff = window.current_screen.staff_button
    assert staff is not None
    assert focus_ring_problems(window, [staff], mm) == []
    # A plain button with the old ring: 1.6 mm of orange.
    window.access_bar.row.addWidget(old := QPushButton("Old"))
    old.setStyleSheet("QPushButton:focus { border: 6px solid #E07A00; }")
    old.show()
    QApplication.processEvents()
    problems = focus_ring_problems(window, [old], mm)
    assert any("mm wide" in p for p in problems)
    assert any(":1 on the page" in p for p in problems)


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=["standard", "high_contrast"])
def test_no_palette_puts_text_in_red_on_green_or_yellow_on_blue(palette: Palette) -> None:
    text_on = [
        (palette.text, palette.background),
        (palette.text, palette.surface),
        (palette.muted, palette.background),
        (palette.muted, palette.surface),
        (palette.primary_text, palette.primary),
        (palette.secondary_text, palette.secondary),
        (palette.danger_text, palette.danger),
    ]
    assert [pair for pair in text_on if colours_clash(*pair)] == []


def test_colour_pairs_finds_yellow_on_blue_and_red_on_green_text(kiosk: Kiosk) -> None:
    window = kiosk.window
    row = window.access_bar.row
    row.addWidget(yellow_on_blue := QLabel("노랑 Yellow"))
    yellow_on_blue.setStyleSheet("background: #0B4A8F; color: #FFE500;")
    row.addWidget(red_on_green := QLabel("빨강 Red"))
    red_on_green.setStyleSheet("background: #1B7F3B; color: #E0201B;")
    row.addWidget(white_on_blue := QLabel("하양 White"))
    white_on_blue.setStyleSheet("background: #0B4A8F; color: #FFFFFF;")
    for label in (yellow_on_blue, red_on_green, white_on_blue):
        label.show()
    QApplication.processEvents()
    image = _window_image(window)

    def colours(widget: QWidget) -> tuple[str, str] | None:
        seen = _text_colours(image, _rect_in(window, widget), 0)
        return None if seen is None else (seen.main, seen.background)

    assert colours(yellow_on_blue) == ("#ffe500", "#0b4a8f")
    assert colours(red_on_green) == ("#e0201b", "#1b7f3b")
    assert colours(white_on_blue) == ("#ffffff", "#0b4a8f")
    assert colours_clash("#ffe500", "#0b4a8f") and colours_clash("#e0201b", "#1b7f3b")
    assert not colours_clash("#ffffff", "#0b4a8f")
    # The home screen's own texts: none of them.
    added = {yellow_on_blue, red_on_green, white_on_blue}
    measured = [pair for w in _texts(window) if w not in added and (pair := colours(w))]
    assert measured and not any(colours_clash(*pair) for pair in measured)


def test_way_out_fails_a_screen_without_call_staff_or_back_and_home(kiosk: Kiosk) -> None:
    window = kiosk.window
    window.show()
    home = home_screen(kiosk)
    assert way_out_problems(home) == []  # home needs no Back or Home
    window.send(f.OpenLanguages())
    languages = window.current_screen
    QApplication.processEvents()
    assert way_out_problems(languages) == []
    for button in (languages.back_button, languages.home_button):
        if button is not None:
            button.hide()
    assert way_out_problems(languages) == ["neither Back nor Home"]
    assert languages.staff_button is not None
    languages.staff_button.hide()
    assert way_out_problems(languages) == ["no Call staff button", "neither Back nor Home"]


def test_one_typeface_finds_letters_the_labels_font_lacks(qapp: QApplication) -> None:
    """The Hangul font has no "ă": a Vietnamese word in it came out as "đ ăng" on screen."""
    label = QLabel("Bản sao đăng ký √")
    font = label.font()
    font.setFamilies(FONT_FAMILIES)
    label.setFont(font)
    assert "ă" in mixed_typeface(label)
    assert "√" not in mixed_typeface(label)  # a symbol stands alone: any font may draw it
    font.setFamilies(font_families("vi"))
    label.setFont(font)
    assert mixed_typeface(label) == ""
    label.setText("주민등록표 등본")
    font.setFamilies(FONT_FAMILIES)
    label.setFont(font)
    assert mixed_typeface(label) == ""


def test_a_ring_is_measured_on_its_control_scrolled_into_view(qtbot: Any, kiosk: Kiosk) -> None:
    """On a sliver at the foot of a scroll area, the left edge is the rounded corner:
    the audit found "Xóa: ring 0.3 mm wide" on a keypad scrolled almost out of view."""
    window = kiosk.window
    window.send(f.OpenLanguages())
    window.send(f.ChooseLanguage("vi"))  # big text leaves Vietnamese the least room
    window.access_bar.zoom.click()
    _prepare(kiosk, WelfareState.PLACE)
    QApplication.processEvents()
    screen = window.current_screen
    scroll, viewport = screen.body_scroll.verticalScrollBar(), screen.body_scroll.viewport()
    body = screen.body_scroll.widget()
    key = next(b for b in screen.findChildren(QPushButton) if b.text().endswith(" Xóa"))
    # Only the top 17 px of the key show, at the bottom of the viewport.
    sliver = key.mapTo(body, QPoint(0, 0)).y() - viewport.height() + 17
    assert 0 < sliver <= scroll.maximum()
    scroll.setValue(sliver)
    QApplication.processEvents()
    assert 0 < _rect_in(window, key).height() <= 20
    before = scroll.value()
    assert focus_ring_problems(window, [key], kiosk.config.screen.mm_per_px) == []
    assert scroll.value() == before  # the page is left as it was


def test_the_lobby_board_is_measured_in_each_state_residents_see(config: KioskConfig) -> None:
    """Numbers set 20 mm high (the least the config takes) leave the board's lists
    too small to read: the audit says which, in every state of the board."""
    small = config.model_copy(
        update={"display": config.display.model_copy(update={"number_height_mm": 20.0})}
    )
    found = audit_display(small)
    assert {x.screen for x in found} == set(DISPLAY_STATES)
    assert all(x.ok for x in found if x.check == "renders")
    too_small = {x.screen: x.details for x in found if x.check == "text_height" and not x.ok}
    assert set(too_small) == set(DISPLAY_STATES)
    assert any(d.startswith("이전 호출: ") for d in too_small["display"])  # the list's title
    assert any("창구" in d for d in too_small["display_calls"])  # a call in the list


def test_passing_moments_are_measured_in_every_look(kiosk: Kiosk) -> None:
    """The time warning and the staff-call confirmation show only for a while, so no
    screen of the audit had them; at 200 % text the warning's words were cut off
    over the navigation."""
    found = audit_moments(kiosk, ("vi",))
    looks = ("standard", "high_contrast", "large_text", "low_screen")
    assert {(x.screen, x.variant) for x in found} == {
        (moment, look) for moment in ("time_warning", "staff_called") for look in looks
    }
    assert all(x.ok for x in found), [x for x in found if not x.ok]
    # Measured while each showed ("renders" says so), with every check.
    assert {x.check for x in found} >= {"renders", "text_fits", "gaps", "way_out"}
    # Each passed after it was measured: the next resident sees neither.
    window = kiosk.window
    assert not window.time_warning.isVisible() and not window.banner.isVisible()
    assert window.access_bar.isVisible()
