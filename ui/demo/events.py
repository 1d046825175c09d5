"""Letting Qt run while the scripted demo waits: what a resident's pauses are to the kiosk.

Also the demo's taps, its waits for a journey's next screen, its typing on a
keypad screen's fields and its way from the home screen into a centre
service, which the scripted journeys share.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.journeys.centre import CentreState
from kiosk.journeys.flow import GoHome, State
from ui.common.keypad import CLEAR
from ui.resident.screens.centre import CentreMenuScreen
from ui.resident.screens.home import HomeScreen

S = TypeVar("S")


def pump(seconds: float = 0.05) -> None:
    """Process Qt events for ``seconds`` (timers fire, workers' results arrive)."""
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if app is not None:
            app.processEvents()
        time.sleep(0.005)


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Process events until ``condition`` holds; ``TimeoutError`` naming ``what`` after ``timeout_s``."""
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"demo: {what} did not happen within {timeout_s:g} s")
        pump(0.01)


def tap(button: QAbstractButton) -> None:
    """Click ``button`` and let what the click starts run for a moment."""
    button.click()
    pump(0.02)


def wait_for_state(kiosk: Any, state: Enum, timeout_s: float = 15.0) -> None:
    """Process events until the kiosk's flow is in ``state``."""
    wait_until(lambda: kiosk.flow.state is state, timeout_s, f"the {state.value} screen")


def go_home(kiosk: Any) -> None:
    """Send the kiosk back to the home screen and wait until it is there."""
    kiosk.window.send(GoHome())
    wait_for_state(kiosk, State.HOME)


def screen_at(kiosk: Any, state: Enum, screen_type: type[S], timeout_s: float = 15.0) -> S:
    """Wait for ``state``; the screen the window then shows, which must be a ``screen_type``."""
    wait_for_state(kiosk, state, timeout_s)
    screen = kiosk.window.current_screen
    assert isinstance(screen, screen_type)
    return screen


def fill_fields(screen: Any, values: Iterable[tuple[str, str]]) -> None:
    """Type each ``(field, text)`` on a keypad screen: tap the field, Clear, then the keys."""
    for name, text in values:
        tap(screen.field_buttons[name])
        tap(screen.keypad.keys[CLEAR])
        for char in text:
            tap(screen.keypad.keys[char])


def open_centre_service(
    kiosk: Any, service_id: str, shoot: Callable[[str], object] | None = None
) -> None:
    """From the home screen, tap "other services" and then ``service_id`` on the
    centre services menu; ``shoot("centre-menu")`` photographs the menu in between."""
    home = kiosk.window.current_screen
    assert isinstance(home, HomeScreen) and home.centre_button is not None
    tap(home.centre_button)
    menu = screen_at(kiosk, CentreState.MENU, CentreMenuScreen)
    if shoot is not None:
        shoot("centre-menu")
    tap(menu.buttons[service_id][0])
