"""The Hangul keyboard's consonants stand nearly as tall as the keypad's capitals, clear of the key's frame.

Compatibility jamo stand only about half the font size tall (ㅂ, ㅅ, ㅗ), so
at the keypad's label size a consonant was 8 mm tall beside 12 mm capitals:
hard to read for a resident with poor sight, on the keys a name is typed with.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.hangul import LAYOUT
from kiosk.journeys.programmes import ProgrammesState
from tests.support.looks import shown_as
from tests.support.resident_screen import running_kiosk
from ui.app.compose import Kiosk
from ui.common.hangul_keyboard import FLAT_VOWELS, LETTERS, SHIFT, TALL_VOWELS
from ui.resident.screens.programmes import ProgrammesNameScreen


class Ink(NamedTuple):
    """Where a key's label is drawn, in millimetres: its height and the space left
    between it and the key's nearest side."""

    height_mm: float
    clear_mm: float


def _ink(key: QPushButton, px_per_mm: float) -> Ink:
    """The white label on the blue key (the standard look), measured in its picture."""
    image = key.grab().toImage()
    edge = 4  # the key's rounded border is not its label
    xs: list[int] = []
    ys: list[int] = []
    for y in range(edge, image.height() - edge):
        for x in range(edge, image.width() - edge):
            if image.pixelColor(x, y).lightness() > 200:
                xs.append(x)
                ys.append(y)
    assert xs, f"{key.text()!r}: no label drawn"
    clear = min(min(xs), image.width() - 1 - max(xs), min(ys), image.height() - 1 - max(ys))
    return Ink((max(ys) - min(ys) + 1) / px_per_mm, clear / px_per_mm)


def _letter_keys(screen: ProgrammesNameScreen) -> list[QPushButton]:
    return [screen.keyboard.keys[char] for row in LAYOUT for char in row]


@pytest.fixture
def name_screen(kiosk: Kiosk) -> ProgrammesNameScreen:
    return shown_as(ProgrammesNameScreen, kiosk, ProgrammesState.NAME, "ko", zoom=1.0, low=False)


def test_consonants_stand_nearly_as_tall_as_the_keypads_capitals(
    kiosk: Kiosk, name_screen: ProgrammesNameScreen
) -> None:
    px_per_mm = kiosk.window.metrics.px(100) / 100
    keyboard = name_screen.keyboard
    for shifted in (False, True):
        if shifted:
            keyboard.press(SHIFT)
        for key in _letter_keys(name_screen):
            ink = _ink(key, px_per_mm)
            # Clear of the 2 mm frame a focused key gets, with room to spare.
            assert ink.clear_mm >= 2.5, f"{key.text()} drawn {ink.clear_mm:.1f} mm from the edge"
            if key.text() in TALL_VOWELS:
                assert ink.height_mm >= 12, key.text()
            elif key.text() not in FLAT_VOWELS:  # a bar and short strokes
                assert ink.height_mm >= 10.5, f"{key.text()} is {ink.height_mm:.1f} mm tall"
    keyboard.press(SHIFT)
    assert _ink(keyboard.keys["ㅂ"], px_per_mm).height_mm >= 10.5


def test_latin_letters_keep_the_keypads_size(
    kiosk: Kiosk, name_screen: ProgrammesNameScreen
) -> None:
    px_per_mm = kiosk.window.metrics.px(100) / 100
    name_screen.keyboard.press(LETTERS)
    heights = {key.text(): _ink(key, px_per_mm).height_mm for key in _letter_keys(name_screen)}
    # The letter under ㅂ is Q: a capital of the keypad's 16.2 mm labels, not
    # of the jamo's larger ones.
    assert 12 <= heights["A"] <= 13.5
    assert all(12 <= height <= 14 for height in heights.values()), heights


@pytest.mark.parametrize(("width_mm", "zoom"), [(298.8, 2.0), (268.0, 1.0), (268.0, 2.0)])
def test_narrower_panels_keep_the_labels_clear_of_the_frame(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock, width_mm: float, zoom: float
) -> None:
    """A 21.5-inch portrait panel's keys are narrower: the larger jamo are made smaller
    there, so none reaches the focus frame (at 268 mm ㅗ stood 1.7 mm from the side)."""
    config.screen.physical_width_mm = width_mm
    with running_kiosk(config, tmp_path, clock) as kiosk:
        screen = shown_as(
            ProgrammesNameScreen, kiosk, ProgrammesState.NAME, "ko", zoom=zoom, low=False
        )
        px_per_mm = kiosk.window.metrics.px(100) / 100
        for shifted in (False, True):
            if shifted:
                screen.keyboard.press(SHIFT)
            for key in _letter_keys(screen):
                ink = _ink(key, px_per_mm)
                assert ink.clear_mm >= 2.5, (
                    f"{key.text()} drawn {ink.clear_mm:.1f} mm from the edge"
                )
