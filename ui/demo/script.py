"""The whole scripted demo (``kiosk demo``, and ``make run`` on a machine without a display).

One kiosk on the embedded or given config, a fixed clock so every run gives
the same screens, the mock printer; the journeys run in order: queue
tickets, certificates, then a counter calling a number and the lobby display
announcing it. Screens, printouts and the journal go to the output folder.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys.flow import GoHome
from ui.app.compose import build_kiosk
from ui.demo.certificates import certificate_demo
from ui.demo.counter import counter_display_demo
from ui.demo.runner import DemoRunner
from ui.demo.tickets import ticket_journey


def run_script(config: KioskConfig, out: Path) -> DemoRunner:
    """Run every journey of the demo into ``out``; the runner counts what it wrote."""
    profile = config.devices.printer.profile
    data_dir = out / "data"
    shutil.rmtree(data_dir, ignore_errors=True)
    for sub in ("screens", "printouts"):
        shutil.rmtree(out / sub, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(datetime(2026, 11, 23, 0, 30, tzinfo=UTC))  # Monday 09:30 in Seoul
    with open(out / "journal.jsonl", "w", encoding="utf-8") as journal:
        kiosk = build_kiosk(
            config, data_dir=data_dir, clock=clock, journal_stream=journal, kiosk_mode=True
        )
        kiosk.window.show()
        kiosk.start()
        runner = DemoRunner(kiosk, out, data_dir)
        try:
            ticket_journey(runner, profile)
            certificate_journeys(runner, profile)
            counter_and_display(runner, profile)
        finally:
            kiosk.shutdown()
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
    runner.shot += 2
    for entry in entries:
        kind = entry.pop("kind")
        kiosk.journal.write(kind, **entry)
