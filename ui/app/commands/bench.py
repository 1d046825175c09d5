"""``kiosk bench --json``: measure the figures the issues name.

Startup is measured on real processes (spawn to first painted frame,
offscreen, median of cold starts) next to a bare PySide6 window measured the
same way in the same run, so the ratio cancels out the machine's speed.
Tap-to-print drives the real window: a click on a service button of a home
screen that has finished drawing, until the mock printer holds the job.
Device layers contribute their own figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ui.app.commands import Progress, add_command

BARE_QT = r"""
import time, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
class Spy(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False
w = QLabel("Hello")
w.resize(1080, 1920)
spy = Spy(w)
w.installEventFilter(spy)
w.show()
app.exec()
"""


#: The device layers' figures, each measured by ``tools.bench.<name>.measure``.
DEVICE_GROUPS = ("printer", "card", "speech", "queue", "keypad")
#: What ``--only`` may name.
GROUPS = ("startup", "tap", "a11y", *DEVICE_GROUPS)


def _count(text: str) -> int:
    """A whole number of at least 1 (``--starts``, ``--taps``, ``--soak``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value}: give at least 1")
    return value


def _groups(text: str) -> list[str]:
    """``--only``'s groups: one name, or several separated by commas."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in GROUPS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"no group {', '.join(unknown) or repr(text)}; the groups are {', '.join(GROUPS)}"
        )
    return names


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        sub, "bench", "measure startup, tap-to-print and device figures", run_bench
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--starts",
        type=_count,
        default=5,
        metavar="N",
        help="cold starts of the kiosk, and of a bare Qt window, for the startup medians "
        "(default: 5)",
    )
    parser.add_argument(
        "--taps",
        type=_count,
        default=200,
        metavar="N",
        help="taps on a service button for the tap-to-print figures (default: 200)",
    )
    parser.add_argument(
        "--only",
        action="extend",
        type=_groups,
        default=None,
        metavar="GROUP[,GROUP...]",
        help=f"run only these groups, comma-separated or repeated ({', '.join(GROUPS)})",
    )
    parser.add_argument(
        "--soak",
        type=_count,
        default=None,
        metavar="N",
        help="only the soak: N ticket and N/10 certificate sessions, then rss_growth_mb",
    )


def _first_paint_seconds(argv: list[str]) -> tuple[float, float]:
    """Wall-clock seconds from spawn to first paint, and the CPU seconds the
    whole process used (it exits right after that paint)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTEST_CURRENT_TEST", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    for line in result.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return float(line.split()[1]) - start, cpu
    raise RuntimeError(f"no first paint reported by {argv[:3]}: {result.stderr[-500:]}")


def measure_startup(starts: int) -> dict[str, float]:
    """Cold starts of ``kiosk run`` on the embedded demo config, next to bare Qt.

    Each start is a new process with a fresh data folder, as on the first
    boot of a day: nothing is cached between starts. The first start of all
    (cold disk cache for the Python and Qt files) is reported on its own as
    ``startup_first_boot_s``.

    The ratio of wall-clock medians moves with whatever else the machine
    does (a few hundredths from run to run, more on a busy host); the same
    ratio of CPU seconds (``startup_cpu_ratio``) moves much less.
    """
    kiosk_times: list[tuple[float, float]] = []
    bare_times: list[tuple[float, float]] = []

    def kiosk_start() -> tuple[float, float]:
        with tempfile.TemporaryDirectory() as data_dir:
            argv = [sys.executable, "-m", "ui.app.cli", "run", "--data-dir", data_dir]
            return _first_paint_seconds([*argv, "--bench-first-paint"])

    first_boot, _cpu = kiosk_start()
    for _ in range(starts):
        # Interleave the two so machine load affects both alike.
        kiosk_times.append(kiosk_start())
        bare_times.append(_first_paint_seconds([sys.executable, "-c", BARE_QT]))
    startup = statistics.median(t for t, _ in kiosk_times)
    bare = statistics.median(t for t, _ in bare_times)
    startup_cpu = statistics.median(c for _, c in kiosk_times)
    bare_cpu = statistics.median(c for _, c in bare_times)
    return {
        "startup_s": round(startup, 4),
        "startup_bare_qt_s": round(bare, 4),
        "startup_ratio": round(startup / bare, 3),
        "startup_first_boot_s": round(first_boot, 4),
        "startup_cpu_s": round(startup_cpu, 4),
        "startup_bare_qt_cpu_s": round(bare_cpu, 4),
        "startup_cpu_ratio": round(startup_cpu / bare_cpu, 3),
    }


def measure_tap_to_print(taps: int) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.config import default_config
    from kiosk.journeys.flow import GoHome, State
    from ui.app.compose import build_kiosk
    from ui.common.application import ensure_app
    from ui.resident.screens.home import HomeScreen

    ensure_app()
    app = QApplication.instance()
    assert app is not None
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as data_dir:
        kiosk = build_kiosk(default_config(), data_dir=Path(data_dir), kiosk_mode=False)
        kiosk.window.show()
        kiosk.start()
        home = kiosk.window.screens[HomeScreen]
        assert isinstance(home, HomeScreen)
        printer: Any = kiosk.printer
        try:
            for i in range(taps):
                button = home.service_buttons[i % len(home.service_buttons)]
                start = time.monotonic()
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                deadline = start + 10
                # The mock printer keeps only its last jobs: count them, read the newest.
                while printer.printed <= i:
                    app.processEvents()
                    if time.monotonic() > deadline:
                        raise RuntimeError("tap-to-print: the job never reached the printer")
                samples.append((printer.jobs[-1].printed_at - start) * 1000)
                while kiosk.flow.state is not State.TICKET:
                    app.processEvents()
                kiosk.window.send(GoHome())
                # The next resident taps a home screen they can see: let it paint
                # and its waiting counts refresh first, as the seconds between two
                # residents do. Tapping at once charged that redraw (8-10 ms) to
                # the next tap, inside the click.
                settle = time.monotonic() + 0.05
                while time.monotonic() < settle:
                    app.processEvents()
        finally:
            kiosk.shutdown()
            app.processEvents()
    samples.sort()
    return {
        "tap_to_print_ms_p50": round(statistics.median(samples), 3),
        "tap_to_print_ms_p95": round(samples[max(0, int(len(samples) * 0.95) - 1)], 3),
    }


def measure_accessibility(rounds: int = 50) -> dict[str, float]:
    """Screen shown -> speech started (mock engine), and theme switch time."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.config import default_config
    from kiosk.journeys.flow import GoBack, OpenLanguages, SetVoice
    from ui.app.compose import build_kiosk
    from ui.common.application import ensure_app

    ensure_app()
    app = QApplication.instance()
    assert app is not None
    prompts: list[float] = []
    switches: list[float] = []
    with tempfile.TemporaryDirectory() as data_dir:
        kiosk = build_kiosk(default_config(), data_dir=Path(data_dir), kiosk_mode=False)
        kiosk.window.show()
        kiosk.start()
        speaker: Any = kiosk.window.voice.speaker
        try:
            kiosk.window.send(SetVoice(True))
            for i in range(rounds):
                before = len(speaker.utterances)
                start = time.monotonic()
                kiosk.window.send(OpenLanguages() if i % 2 == 0 else GoBack())
                while len(speaker.utterances) == before:
                    app.processEvents()
                    if time.monotonic() - start > 5:
                        raise RuntimeError("voice prompt never started")
                prompts.append((time.monotonic() - start) * 1000)
            for i in range(rounds):
                start = time.monotonic()
                kiosk.window.set_high_contrast(i % 2 == 0)
                kiosk.window.repaint()
                app.processEvents()
                switches.append((time.monotonic() - start) * 1000)
        finally:
            kiosk.shutdown()
            app.processEvents()
    return {
        "voice_prompt_ms_p50": round(statistics.median(prompts), 3),
        "theme_switch_ms_p50": round(statistics.median(switches), 3),
    }


def _device_benches() -> dict[str, Callable[[], dict[str, float]]]:
    def printer() -> dict[str, float]:
        from tools.bench.printer import measure

        return measure()

    def card() -> dict[str, float]:
        from tools.bench.card import measure

        return measure()

    def speech() -> dict[str, float]:
        from tools.bench.speech import measure

        return measure()

    def queue() -> dict[str, float]:
        from tools.bench.queue_ui import measure

        return measure()

    def keypad() -> dict[str, float]:
        from tools.bench.keypad import measure

        return measure()

    return {"printer": printer, "card": card, "speech": speech, "queue": queue, "keypad": keypad}


def run_bench(args: argparse.Namespace) -> int:
    wanted = set(args.only or GROUPS)
    results: dict[str, Any] = {}
    if args.soak is not None:
        from tools.bench.soak import measure_soak

        wanted = set()  # the soak is long enough on its own
        results.update(measure_soak(args.soak))
    progress = Progress(len(wanted), json_output=args.json)
    if "startup" in wanted:
        progress.step("startup")
        results.update(measure_startup(args.starts))
    if "tap" in wanted:
        progress.step("tap-to-print")
        results.update(measure_tap_to_print(args.taps))
    if "a11y" in wanted:
        progress.step("accessibility")
        results.update(measure_accessibility())
    for name, bench in _device_benches().items():
        if name in wanted:
            progress.step(name)
            try:
                results.update(bench())
            except Exception as exc:  # one missing device stack must not hide the rest
                results[f"{name}_error"] = f"{type(exc).__name__}: {exc}"
    progress.finish()
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        width = max(len(k) for k in results) if results else 0
        for key, value in results.items():
            print(f"{key:<{width}}  {value}")
    return 0
