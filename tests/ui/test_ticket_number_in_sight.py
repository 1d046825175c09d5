"""The queue number is in sight, without scrolling, on the screens that show it.

At 200 % text in Vietnamese the title took three lines and the service name
two, and the number lay wholly below the fold of the ticket, printing and
print-failure screens; the last one asks the resident to remember it.
"""

from __future__ import annotations

from itertools import product

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.journeys import flow as f
from tests.support.looks import shown_in_look, visible_rect
from tools.a11y.audit import in_sight_problems
from ui.app.compose import Kiosk
from ui.resident.screens.ticket import PrintErrorScreen, TicketScreen

NUMBER_SCREENS = (f.State.ISSUING, f.State.TICKET, f.State.PRINT_ERROR)


def _show(kiosk: Kiosk, state: f.State, language: str, zoom: float, low: bool) -> None:
    shown_in_look(kiosk, state, language, zoom, low)


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_the_number_is_wholly_in_sight_in_every_look(kiosk: Kiosk, language: str) -> None:
    hidden = []
    for state, zoom, low in product(NUMBER_SCREENS, (1.0, 2.0), (False, True)):
        _show(kiosk, state, language, zoom, low)
        screen = kiosk.window.current_screen
        assert isinstance(screen, TicketScreen | PrintErrorScreen)
        code = screen.code
        assert code.isVisible() and code.text() == "A-012"
        seen = visible_rect(code)
        if seen.height() < code.height() or seen.width() < code.width():
            hidden.append(f"{state.value} {zoom:.0%} low={low}: {seen.height()}/{code.height()} px")
    assert hidden == []


def test_the_audit_names_a_number_out_of_sight(kiosk: Kiosk) -> None:
    _show(kiosk, f.State.PRINT_ERROR, "vi", 2.0, True)
    window = kiosk.window
    screen = window.current_screen
    assert in_sight_problems(window, screen) == []
    # The resident scrolls to the end of the page: the number goes out of sight.
    bar = screen.body_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert in_sight_problems(window, screen) == ["A-012: not wholly in sight"]


def test_the_time_warning_leaves_the_residents_control_in_sight(
    kiosk: Kiosk, qapp: QApplication
) -> None:
    """Scrolling back to the number when the warning took room hid Cancel,
    where "More time" then gave the focus back."""
    _show(kiosk, f.State.PRINT_ERROR, "vi", 2.0, True)
    window = kiosk.window
    screen = window.current_screen
    assert isinstance(screen, PrintErrorScreen)
    cancel = screen.cancel_button
    screen.body_scroll.ensureWidgetVisible(cancel, 0, 0)
    cancel.setFocus()
    qapp.processEvents()
    assert visible_rect(cancel).height() == cancel.height()
    limit = kiosk.flow.time_limit_s()
    assert limit is not None
    kiosk.clock.advance(limit - 10)  # the warning shows
    window.tick()
    for _ in range(3):
        qapp.processEvents()
    assert window.time_warning.isVisible()
    window.time_warning.button.click()  # "More time"
    for _ in range(3):
        qapp.processEvents()
    assert qapp.focusWidget() is cancel
    assert visible_rect(cancel).height() == cancel.height()
