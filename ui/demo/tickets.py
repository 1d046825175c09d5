"""The queue-ticket part of the scripted demo: home, a ticket, a print failure and retry, other
languages, big text."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton

from kiosk.journeys.flow import State
from ui.demo.runner import DemoRunner
from ui.resident.screens.home import HomeScreen, LanguageScreen
from ui.resident.screens.ticket import PrintErrorScreen, TicketScreen


def ticket_journey(runner: DemoRunner, profile: Any) -> None:
    """The queue-ticket journey: home, language, ticket, print failure and retry."""
    kiosk = runner.kiosk
    window = kiosk.window
    home = window.screens[HomeScreen]
    runner.wait_until(lambda: kiosk.flow.state is State.HOME)
    runner.fresh_counts()
    runner.shoot("home")

    # A resident takes a general-affairs ticket; the screen shows it while printing.
    runner.tap(home.service_buttons[0])
    runner.wait_until(lambda: kiosk.flow.context.issued is not None)
    runner.shoot("ticket-printing")
    runner.wait_until(lambda: kiosk.flow.state is State.TICKET)
    runner.shoot("ticket-take")
    runner.save_printouts(profile)
    runner.go_home()

    # The printer runs out of paper: the number stays on screen with a retry.
    kiosk.printer.set_fault("paper_out")
    move_in = next(b for b in home.service_buttons if b.service.id == "move-in")
    runner.tap(move_in)
    runner.wait_until(lambda: kiosk.flow.state is State.PRINT_ERROR)
    runner.shoot("print-error")
    kiosk.printer.set_fault("none")
    error_screen = window.screens[PrintErrorScreen]
    runner.tap(error_screen.retry_button)
    runner.wait_until(lambda: kiosk.flow.state is State.TICKET)
    runner.shoot("ticket-after-retry")
    runner.save_printouts(profile)
    runner.go_home()

    # A foreign resident switches to English and takes a priority ticket.
    runner.tap(home.language_button)
    runner.wait_until(lambda: kiosk.flow.state is State.LANGUAGE)
    runner.shoot("language")
    runner.tap(window.screens[LanguageScreen].buttons["en"])
    runner.fresh_counts()
    runner.shoot("home-english")
    priority = next(b for b in home.service_buttons if b.priority)
    _take_ticket(runner, priority, "ticket-english-priority", profile)

    # Nobody touches the screen: it returns home in Korean by itself.
    limit = kiosk.flow.time_limit_s()
    assert limit is not None  # the ticket screen returns home by itself
    kiosk.clock.advance(limit + 1)
    window.tick()
    runner.pump(0.3)
    runner.fresh_counts()
    assert isinstance(window.current_screen, HomeScreen | TicketScreen)
    runner.shoot("home-after-timeout")

    # A Vietnamese resident: screen and ticket in a typeface with all her letters.
    runner.tap(home.language_button)
    runner.wait_until(lambda: kiosk.flow.state is State.LANGUAGE)
    runner.tap(window.screens[LanguageScreen].buttons["vi"])
    runner.fresh_counts()
    runner.shoot("home-vietnamese")
    _take_ticket(runner, home.service_buttons[0], "ticket-vietnamese", profile)
    runner.go_home()

    # A resident with poor sight switches on big text: only that switch stays
    # pinned, and contrast and lower end the page.
    runner.tap(window.access_bar.zoom)
    runner.pump(0.3)
    runner.shoot("home-big-text")
    _take_ticket(runner, home.service_buttons[0], "ticket-big-text", profile)
    runner.go_home()


def _take_ticket(runner: DemoRunner, button: QAbstractButton, shot: str, profile: Any) -> None:
    """Tap a service ``button``; once the ticket is shown, shoot it and save its printout."""
    runner.tap(button)
    runner.wait_until(lambda: runner.kiosk.flow.state is State.TICKET)
    runner.shoot(shot)
    runner.save_printouts(profile)
