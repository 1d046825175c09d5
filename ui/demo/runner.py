"""The scripted demo's hands and camera: taps like a resident, photographs each screen and printout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from drivers.printer.escpos import encode
from drivers.printer.render import render_png
from kiosk.journeys.flow import GoHome
from ui.demo.events import pump, wait_until


class DemoRunner:
    """Drives a kiosk like a resident would and records what they would see and hold."""

    def __init__(
        self,
        kiosk: Any,
        out: Path,
        data_dir: Path,
        on_shot: Callable[[str], None] | None = None,
    ) -> None:
        #: Told the name of each screenshot as it is taken (a progress display).
        self.on_shot = on_shot
        self.kiosk = kiosk
        self.out = out
        self.data_dir = data_dir
        self.screens = out / "screens"
        self.printouts = out / "printouts"
        self.screens.mkdir(parents=True, exist_ok=True)
        self.printouts.mkdir(parents=True, exist_ok=True)
        self.shot = 0
        self.printed = 0

    def pump(self, seconds: float = 0.05) -> None:
        pump(seconds)

    def go_home(self) -> None:
        """Send the kiosk back to the home screen and let it settle there."""
        self.kiosk.window.send(GoHome())
        self.pump(0.3)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        wait_until(predicate, timeout, "the step")

    def fresh_counts(self) -> None:
        """Ask for the waiting counts and wait until the window has them, so a shot of
        the home screen shows the same numbers on every run, however slow the disk."""
        worker = self.kiosk.worker
        answered: list[object] = []

        def heard(counts: object) -> None:
            answered.append(counts)

        # Connected after the window's own slot, so it runs after the window took them.
        worker.counts_ready.connect(heard)
        try:
            worker.request_counts.emit()
            self.wait_until(lambda: bool(answered))
        finally:
            worker.counts_ready.disconnect(heard)

    def shoot(self, name: str) -> Path:
        self.pump(0.05)
        self.shot += 1
        path = self.screens / f"{self.shot:02d}-{name}.png"
        self.kiosk.window.grab().save(str(path))
        self.kiosk.journal.write("screenshot", file=f"screens/{path.name}")
        if self.on_shot is not None:
            self.on_shot(name)
        return path

    def save_printouts(self, profile: Any) -> None:
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
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.pump(0.02)
