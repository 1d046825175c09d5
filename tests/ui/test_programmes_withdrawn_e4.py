"""A course a technician turns off while a resident is on its pages: the resident is
told it is no longer offered at the kiosk, not that registration is not open today."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLabel

from kiosk.i18n import identity_translate
from kiosk.journeys import programmes as p
from kiosk.journeys.programmes import ProgrammesState as S
from tests.support.resident_screen import screen_text, tap
from tests.ui.test_programmes_live_x import _to_list
from ui.app.compose import Kiosk
from ui.common.i18n import render

NO_LONGER = "That course is no longer offered at the kiosk. Please ask at the counter."


def _told(kiosk: Kiosk) -> str:
    return render(p.WITHDRAWN)


def _stray_windows() -> list[str]:
    """Texts of labels shown as windows of their own (outside the kiosk's window)."""
    return [
        w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QLabel) and w.isVisible()
    ]


def test_the_message_names_a_course_no_longer_offered() -> None:
    assert p.WITHDRAWN.render(identity_translate) == NO_LONGER


def test_a_course_turned_off_while_its_button_is_on_screen_is_not_offered(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """The resident chose it, typed a number and a name, and was told registration
    was not open today."""
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    listing = _to_list(qtbot, kiosk)
    assert "yoga" in listing.buttons
    assert controller.apply("programmes.courses[0].enabled", False) == []
    tap(listing.buttons["yoga"])
    qtbot.waitUntil(lambda: kiosk.flow.state is S.LIST, timeout=5000)
    qtbot.waitUntil(lambda: "yoga" not in kiosk.window.current_screen.buttons, timeout=5000)  # type: ignore[attr-defined]
    assert _told(kiosk) in screen_text(kiosk)
    assert not kiosk.flow.session.personal


def test_a_course_turned_off_while_the_resident_types_is_said_to_be_no_longer_offered(
    qtbot: Any, kiosk: Kiosk
) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    listing = _to_list(qtbot, kiosk)
    tap(listing.buttons["yoga"])
    kiosk.window.send(p.ConfirmCourse())
    kiosk.window.send(p.SubmitPhone("01012345678"))
    assert kiosk.flow.state is S.NAME
    assert controller.apply("programmes.courses[0].enabled", False) == []
    kiosk.window.send(p.SubmitName(""))
    qtbot.waitUntil(lambda: kiosk.flow.state is S.LIST, timeout=5000)
    text = screen_text(kiosk)
    assert _told(kiosk) in text
    assert render(p.CLOSED) not in text
    assert "yoga" not in kiosk.window.current_screen.buttons  # type: ignore[attr-defined]
    assert not kiosk.flow.session.personal  # the number typed is forgotten
    # The message came up in a window of its own too while the list was read, and stayed.
    QApplication.processEvents()
    assert _stray_windows() == []
