"""The whole scripted demo (``kiosk demo``, and ``make run`` on a machine without a display).

``kiosk demo`` builds one kiosk (a fixed clock so every run gives the same
screens, the mock printer) and hands it here; the journeys run in order:
queue tickets, certificates, the centre services, then a counter calling a number and the lobby
display announcing it. Screens and printouts go to the output folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.journeys.flow import GoHome
from ui.counter.services import STAFF_PANELS
from ui.demo import lending
from ui.demo.certificates import certificate_demo
from ui.demo.counter import counter_display_demo
from ui.demo.participation import SHOTS as PARTICIPATION_SHOTS
from ui.demo.participation import participation_demo
from ui.demo.programmes import SHOTS as PROGRAMME_SHOTS
from ui.demo.programmes import programmes_demo
from ui.demo.runner import DemoRunner
from ui.demo.tickets import ticket_journey
from ui.demo.welfare import SHOTS as WELFARE_SHOTS
from ui.demo.welfare import welfare_demo

#: Screenshots the demo takes (for a progress count; the demo's test checks it).
SCREENS = (
    36 + PROGRAMME_SHOTS + WELFARE_SHOTS + lending.SHOTS + PARTICIPATION_SHOTS + len(STAFF_PANELS)
)


def run_journeys(
    kiosk: Any, out: Path, data_dir: Path, on_shot: Callable[[str], None] | None = None
) -> DemoRunner:
    """Walk every journey of the demo on ``kiosk`` (a ``ui.app.compose.Kiosk``),
    writing into ``out``; the runner counts what it wrote."""
    profile = kiosk.config.devices.printer.profile
    runner = DemoRunner(kiosk, out, data_dir, on_shot)
    ticket_journey(runner, profile)
    certificate_journeys(runner, profile)
    centre_services(runner, profile)
    counter_and_display(runner, profile)
    return runner


def certificate_journeys(runner: DemoRunner, profile: Any) -> None:
    """Four certificates issued with the mock ID card, demo records and mock payment."""
    runner.kiosk.window.send(GoHome())
    runner.pump(0.2)

    def shoot(name: str) -> None:
        runner.shoot(name)
        runner.save_printouts(profile)

    certificate_demo(runner.kiosk, shoot)
    runner.save_printouts(profile)


def centre_services(runner: DemoRunner, profile: Any) -> None:
    """Each centre service's walk: its screens and printouts."""

    def shoot(name: str) -> None:
        runner.shoot(name)
        runner.save_printouts(profile)

    programmes_demo(runner, profile)
    welfare_demo(runner, profile)
    lending.lending_demo(runner.kiosk, runner.data_dir, shoot)
    participation_demo(runner.kiosk, runner.shoot)
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
    # Its windows took their own screenshots.
    for entry in entries:
        if entry["kind"] == "screenshot":
            runner.shot += 1
            if runner.on_shot is not None:
                runner.on_shot(entry["file"])
    for entry in entries:
        kind = entry.pop("kind")
        kiosk.journal.write(kind, **entry)
