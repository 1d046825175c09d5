"""``kiosk demo --out DIR``: a scripted, headless walk through every screen.

Writes ``DIR/screens/NN-name.png`` for each screen, ``DIR/printouts/NN-name.png``
and ``.bin`` (the bytes sent to the printer, for the configured profile) for
each print job, and ``DIR/journal.jsonl``. The clock is fixed so the output
is the same on every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ui.app.commands import add_config_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="walk a scripted journey headless; write screenshots")
    add_config_option(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument(
        "--printer-profile",
        choices=("native", "raster"),
        default=None,
        help="Korean text mode for the printout bytes (default: the config's)",
    )
    parser.set_defaults(func=run_demo)


class DemoRunner:
    """Drives a kiosk like a resident would and records what they would see and hold."""

    def __init__(self, kiosk: Any, out: Path, data_dir: Path) -> None:
        from PySide6.QtWidgets import QApplication

        self.kiosk = kiosk
        self.app = QApplication.instance()
        self.out = out
        self.data_dir = data_dir
        self.screens = out / "screens"
        self.printouts = out / "printouts"
        self.screens.mkdir(parents=True, exist_ok=True)
        self.printouts.mkdir(parents=True, exist_ok=True)
        self.shot = 0
        self.printed = 0

    def pump(self, seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()  # type: ignore[union-attr]
            time.sleep(0.005)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError("demo step did not complete")
            self.pump(0.01)

    def shoot(self, name: str) -> Path:
        self.pump(0.05)
        self.shot += 1
        path = self.screens / f"{self.shot:02d}-{name}.png"
        self.kiosk.window.grab().save(str(path))
        self.kiosk.journal.write("screenshot", file=f"screens/{path.name}")
        return path

    def save_printouts(self, profile: Any) -> None:
        from drivers.printer.escpos import encode
        from drivers.printer.render import render_png

        jobs = self.kiosk.printer.jobs
        while self.printed < len(jobs):
            job = jobs[self.printed]
            self.printed += 1
            base = self.printouts / f"{self.printed:02d}-{job.document.kind}"
            base.with_suffix(".png").write_bytes(render_png(job.document, profile))
            base.with_suffix(".bin").write_bytes(encode(job.document, profile))
            self.kiosk.journal.write(
                "printout", file=f"printouts/{base.name}.png", document=job.document.kind
            )

    def tap(self, widget: Any) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.pump(0.02)


def ticket_journey(runner: DemoRunner, profile: Any) -> None:
    """The queue-ticket journey: home, language, ticket, print failure and retry."""
    from kiosk.journeys.flow import State
    from ui.resident.screens.base import HomeScreen, LanguageScreen, PrintErrorScreen, TicketScreen

    kiosk = runner.kiosk
    window = kiosk.window
    home = window.screens[HomeScreen]
    runner.wait_until(lambda: kiosk.flow.state is State.HOME)
    kiosk.worker.request_counts.emit()
    runner.pump(0.3)
    runner.shoot("home")

    # A resident takes a general-affairs ticket; the screen shows it while printing.
    runner.tap(home.service_buttons[0])
    runner.wait_until(lambda: kiosk.flow.context.issued is not None)
    runner.shoot("ticket-printing")
    runner.wait_until(lambda: kiosk.flow.state is State.TICKET)
    runner.shoot("ticket-take")
    runner.save_printouts(profile)
    window.send(_event("GoHome"))
    runner.pump(0.3)

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
    window.send(_event("GoHome"))
    runner.pump(0.3)

    # A foreign resident switches to English and takes a priority ticket.
    runner.tap(home.language_button)
    runner.wait_until(lambda: kiosk.flow.state is State.LANGUAGE)
    runner.shoot("language")
    runner.tap(window.screens[LanguageScreen].buttons["en"])
    kiosk.worker.request_counts.emit()
    runner.pump(0.3)
    runner.shoot("home-english")
    priority = next(b for b in home.service_buttons if b.priority)
    runner.tap(priority)
    runner.wait_until(lambda: kiosk.flow.state is State.TICKET)
    runner.shoot("ticket-english-priority")
    runner.save_printouts(profile)

    # Nobody touches the screen: it returns home in Korean by itself.
    kiosk.clock.advance(kiosk.config.ui.ticket_screen_s + 1)
    window.tick()
    runner.pump(0.3)
    assert isinstance(window.current_screen, HomeScreen | TicketScreen)
    runner.shoot("home-after-timeout")

    # A Vietnamese resident: screen and ticket in a typeface with all her letters.
    runner.tap(home.language_button)
    runner.wait_until(lambda: kiosk.flow.state is State.LANGUAGE)
    runner.tap(window.screens[LanguageScreen].buttons["vi"])
    kiosk.worker.request_counts.emit()
    runner.pump(0.3)
    runner.shoot("home-vietnamese")
    runner.tap(home.service_buttons[0])
    runner.wait_until(lambda: kiosk.flow.state is State.TICKET)
    runner.shoot("ticket-vietnamese")
    runner.save_printouts(profile)
    window.send(_event("GoHome"))
    runner.pump(0.3)


def _event(name: str) -> Any:
    from kiosk.journeys import flow

    return getattr(flow, name)()


def run_demo(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.clock import FakeClock
    from kiosk.config import load_config
    from ui.app.compose import build_kiosk
    from ui.common.application import ensure_app

    config = load_config(args.config)
    profile = config.devices.printer.profile
    if args.printer_profile:
        profile = profile.model_copy(update={"korean_mode": args.printer_profile})
    # The demo always prints to the mock printer, slowed a little so the
    # "printing" screen can be photographed.
    printer_cfg = config.devices.printer.model_copy(
        update={
            "backend": "mock",
            "profile": profile,
            "mock": config.devices.printer.mock.model_copy(update={"delay_ms": 400}),
        }
    )
    config = config.model_copy(
        update={"devices": config.devices.model_copy(update={"printer": printer_cfg})}
    )
    out: Path = args.out
    data_dir = out / "data"
    shutil.rmtree(data_dir, ignore_errors=True)
    for sub in ("screens", "printouts"):
        shutil.rmtree(out / sub, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    ensure_app()
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
            for extra in _extra_journeys():
                extra(runner, profile)
        finally:
            kiosk.shutdown()
    print(f"demo: {runner.shot} screens, {runner.printed} printouts in {out}")
    return 0


def certificate_journeys(runner: DemoRunner, profile: Any) -> None:
    """A 등본 and a 초본 issued with the mock ID card, demo records and mock payment."""
    from ui.demo.certificates import certificate_demo

    runner.kiosk.window.send(_event("GoHome"))
    runner.pump(0.2)

    def shoot(name: str) -> None:
        runner.shoot(name)
        runner.save_printouts(profile)

    certificate_demo(runner.kiosk, shoot)
    runner.save_printouts(profile)


def _extra_journeys() -> list[Callable[[DemoRunner, Any], None]]:
    """Journeys after the queue ticket: certificates, then counters and display."""
    return [certificate_journeys, counter_and_display]


def counter_and_display(runner: DemoRunner, profile: Any) -> None:
    """A counter calls the next ticket; the lobby display shows and announces it."""
    from ui.demo.counter import counter_display_demo

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
