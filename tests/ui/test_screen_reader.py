"""What a screen reader (AT-SPI, through Qt's accessibility interfaces) reads:
the screen's name, which language is chosen, the copy buttons' names, the
announcements of status changes, and switches it can toggle itself."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QWidget

import ui.common.announce
from kiosk.journeys import flow as f
from kiosk.journeys.flow import State
from tools.a11y.audit import _prepare
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.resident.screens.home import HomeScreen


def _iface(widget: QWidget) -> Any:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def _name(widget: QWidget) -> str:
    return str(_iface(widget).text(QAccessible.Text.Name))


def _checked(widget: QWidget) -> bool:
    return bool(_iface(widget).state().checked)


class _Announcements:
    """Stands in for ``QAccessible`` in ``ui.common.announce``: keeps what is sent."""

    AnnouncementPoliteness = QAccessible.AnnouncementPoliteness
    Event = QAccessible.Event

    def __init__(self) -> None:
        self.sent: list[tuple[str, Any, QWidget]] = []

    def updateAccessibility(self, event: Any) -> None:
        self.sent.append((event.message(), event.politeness(), event.object()))

    def messages(self) -> list[str]:
        return [message for message, _p, _o in self.sent]


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> _Announcements:
    fake = _Announcements()
    monkeypatch.setattr(ui.common.announce, "QAccessible", fake)
    return fake


def test_the_window_and_each_screen_are_named_after_the_screen(kiosk: Kiosk) -> None:
    window = kiosk.window
    home = window.current_screen
    assert _name(window) == home.title.text() == tr("home", "Take a queue number")
    assert window.windowTitle() == home.title.text()
    assert _name(home) == home.title.text()
    window.send(f.OpenLanguages())
    language = window.current_screen
    assert _name(window) == _name(language) == tr("language", "Choose a language")
    window.send(f.ChooseLanguage("en"))
    assert _name(window) == "Take a queue number"  # follows the language too
    assert _name(home) == "Take a queue number"


def test_the_language_screen_says_which_language_is_chosen(kiosk: Kiosk) -> None:
    window = kiosk.window
    window.send(f.OpenLanguages())
    screen = window.current_screen
    buttons = screen.buttons  # type: ignore[attr-defined]
    assert [code for code, b in buttons.items() if _checked(b)] == ["ko"]
    window.send(f.ChooseLanguage("vi"))
    window.send(f.OpenLanguages())
    assert [code for code, b in buttons.items() if _checked(b)] == ["vi"]
    assert _iface(buttons["vi"]).state().checkable


def test_the_copy_buttons_have_names_not_symbols(kiosk: Kiosk) -> None:
    _prepare(kiosk, State.CERT_OPTIONS)
    screen = kiosk.window.current_screen
    minus, plus = screen.minus, screen.plus  # type: ignore[attr-defined]
    assert _name(minus) == tr("cert", "One copy fewer")
    assert _name(plus) == tr("cert", "One copy more")
    assert minus.text() == "−" and plus.text() == "+"  # what is shown stays short


def test_status_changes_are_announced(
    qtbot: Any, kiosk: Kiosk, announcements: _Announcements
) -> None:
    window = kiosk.window
    polite = QAccessible.AnnouncementPoliteness.Polite
    home = window.screens[HomeScreen]
    assert isinstance(home, HomeScreen) and home.staff_button is not None
    home.staff_button.click()
    message, politeness, source = announcements.sent[-1]
    assert message == tr("nav", "A member of staff has been called. Please wait here.")
    assert politeness == polite and source is window.banner
    # A new screen is announced once, with what it asks.
    window.send(f.OpenLanguages())
    assert announcements.messages()[-1] == window.current_screen.spoken_prompt()
    count = len(announcements.sent)
    window.current_screen.refresh()
    window._show_state(kiosk.flow.state)
    assert len(announcements.sent) == count  # the same words are not said again
    # The time warning interrupts.
    kiosk.printer.set_fault("paper_out")  # type: ignore[attr-defined]
    window.send(f.GoBack())
    window.send(f.GoHome())
    home.service_buttons[0].click()
    qtbot.waitUntil(lambda: kiosk.flow.state is State.PRINT_ERROR, timeout=5000)
    kiosk.clock.advance(kiosk.flow.time_limit_s() - 22)  # type: ignore[attr-defined, operator]
    window.tick()
    message, politeness, source = announcements.sent[-1]
    assert source is window.time_warning.label and message == window.time_warning.label.text()
    assert politeness == QAccessible.AnnouncementPoliteness.Assertive


@pytest.mark.parametrize("switch", ["contrast", "zoom", "low"])
def test_a_screen_readers_toggle_action_switches_the_screen(kiosk: Kiosk, switch: str) -> None:
    window = kiosk.window
    button = getattr(window.access_bar, switch)
    session = kiosk.flow.session
    before = (session.theme, session.text_zoom, session.low_screen)
    was_checked = _checked(button)
    actions = _iface(button).actionInterface()
    assert actions is not None
    assert QAccessibleActionInterface.toggleAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.toggleAction())
    QApplication.processEvents()
    after = (session.theme, session.text_zoom, session.low_screen)
    assert after != before
    assert _checked(button) is not was_checked
    if switch == "zoom":
        assert window.metrics.text_zoom == 2.0
    if switch == "low":
        assert window.reserve.isVisible() is session.low_screen
