"""The whole scripted demo (``kiosk demo``, and ``make run`` on a machine without a display).

``kiosk demo`` builds one kiosk (a fixed clock so every run gives the same
screens, the mock printer) and hands it here; the journeys run in order:
queue tickets, certificates, a course registration, then a counter calling a number and the lobby
display announcing it. Screens and printouts go to the output folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.journeys.flow import GoHome
from ui.demo.certificates import certificate_demo
from ui.demo.counter import counter_display_demo
from ui.demo.programmes import SHOTS as PROGRAMME_SHOTS
from ui.demo.programmes import programmes_demo
from ui.demo.runner import DemoRunner
from ui.demo.tickets import ticket_journey

#: Screenshots the demo takes (for a progress count; the demo's test checks it).
SCREENS = 27 + PROGRAMME_SHOTS


def run_journeys(
    kiosk: Any, out: Path, data_dir: Path, on_shot: Callable[[str], None] | None = None
) -> DemoRunner:
    """Walk every journey of the demo on ``kiosk`` (a ``ui.app.compose.Kiosk``),
    writing into ``out``; the runner counts what it wrote."""
    profile = kiosk.config.devices.printer.profile
    runner = DemoRunner(kiosk, out, data_dir, on_shot)
    ticket_journey(runner, profile)
    certificate_journeys(runner, profile)
    programmes_demo(runner, profile)
    counter_and_display(runner, profile)
    return runner


def certificate_journeys(runner: DemoRunner, profile: Any) -> None:
    """A 등본 and a 초본 issued with the mock ID card, demo records and mock payment."""
    runner.kiosk.window.send(GoHome())
    runner.pump(0.2)

    def shoot(name: str) -> None:
        runner.shoot(name)
        runner.save_printouts(profile)

    certificate_demo(runner.kiosk, shoot)
    runner.save_printouts(profile)


def counter_and_display(runner: DemoRunner, profile: Any) -> None:
    """A counter calls the next ticket; the lobby display shows and announces it."""
    kiosk = runner.kiosk
    entries = counter_display_demo(
        runner.out,
        kiosk.config,
        runner.data_dir,
        first_shot=runner.shot + 1,
        clock=kiosk.clock,
    )
    # Its two windows took their own screenshots.
    runner.shot += 2
    if runner.on_shot is not None:
        runner.on_shot("counter")
        runner.on_shot("display")
    for entry in entries:
        kind = entry.pop("kind")
        kiosk.journal.write(kind, **entry)
