"""The ID details screen keeps its whole keypad and Continue in sight.

At the end of the scrolled body, the keypad's letter rows and Continue lay
below the fold in every language, even on the full-height screen, and a
document number starts with a letter; lowered, only the digits showed. The
keypad is pinned under the body now (as a phone's keyboard is), and the
field being typed into is scrolled to.
"""

from __future__ import annotations

from itertools import product

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.journeys import flow as f
from tests.ui.test_ticket_number_in_sight import visible_rect
from tools.a11y.audit import _in_look, _prepare
from ui.app.compose import Kiosk
from ui.resident.screens.certificate import CertMrzScreen


def _id_screen(kiosk: Kiosk, language: str, *, zoom: float, low: bool) -> CertMrzScreen:
    _in_look(kiosk, "standard", language)
    kiosk.flow.session.text_zoom = zoom
    kiosk.flow.session.low_screen = low
    kiosk.window.apply_look()
    _prepare(kiosk, f.State.CERT_MRZ)
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):  # a change of typeface can take more than one layout pass
        app.processEvents()
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    return screen


def _whole(widget: QWidget) -> bool:
    seen = visible_rect(widget)
    return (seen.width(), seen.height()) == (widget.width(), widget.height())


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_every_key_and_continue_are_in_sight_at_normal_text(kiosk: Kiosk, language: str) -> None:
    hidden = []
    for low in (False, True):
        screen = _id_screen(kiosk, language, zoom=1.0, low=low)
        for key in [*screen.keypad.keys.values(), screen.continue_button]:
            if not _whole(key):
                hidden.append(f"low={low}: {key.text()!r}")
    assert hidden == []


@pytest.mark.parametrize(("language", "low"), list(product(["ko", "vi"], [False, True])))
def test_the_field_typed_into_is_scrolled_to(kiosk: Kiosk, language: str, low: bool) -> None:
    screen = _id_screen(kiosk, language, zoom=1.0, low=low)
    app = QApplication.instance()
    assert app is not None
    for field in screen.FIELDS:
        screen.select(field)
        app.processEvents()
        assert _whole(screen.field_buttons[field]), field
    # Typing into the last field keeps it in sight too.
    screen.key("8")
    app.processEvents()
    assert _whole(screen.field_buttons[screen.FIELDS[-1]])


def test_at_big_text_the_keypad_ends_the_page(kiosk: Kiosk) -> None:
    # Pinned at 200 %, the keypad would leave the page too little room.
    screen = _id_screen(kiosk, "ko", zoom=2.0, low=False)
    assert screen.body_scroll.widget().isAncestorOf(screen.keypad)
    screen = _id_screen(kiosk, "ko", zoom=1.0, low=False)
    assert not screen.body_scroll.widget().isAncestorOf(screen.keypad)
