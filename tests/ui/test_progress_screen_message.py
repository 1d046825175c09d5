"""A progress screen (reading, saving, printing) that has no place for the journey's
message never shows it: outside every layout, the shown label came up as a window of
its own over the kiosk and stayed there (seen after "the last place was just taken")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.i18n import N_, Text
from ui.app.compose import Kiosk
from ui.resident.screens.base import ProgressScreen
from ui.resident.screens.certificate import CertProgressScreen
from ui.resident.screens.lending import LendingProgressScreen
from ui.resident.screens.participation import ParticipationProgressScreen
from ui.resident.screens.programmes import ProgrammesProgressScreen
from ui.resident.screens.welfare import WelfareProgressScreen

#: Every progress screen of the resident's journeys.
PROGRESS = (
    CertProgressScreen,
    LendingProgressScreen,
    ParticipationProgressScreen,
    ProgrammesProgressScreen,
    WelfareProgressScreen,
)


def test_no_progress_screen_puts_the_message_in_a_window_of_its_own(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = N_("test", "The last place in that course was just taken.")
    for cls in PROGRESS:
        screen = kiosk.window.screens[cls]
        assert isinstance(screen, ProgressScreen)

        def current(message: Text = message) -> Text:
            return message

        monkeypatch.setattr(screen, "current_message", current)
        screen.show_message()
        if screen.shows_message:
            assert screen.message.isVisibleTo(screen)
        else:
            assert not screen.message.isVisible(), type(screen).__name__
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not kiosk.window]
    assert [type(w).__name__ for w in stray] == []
