"""``kiosk run``: start the resident kiosk (fullscreen unless ``--windowed``).

Boot order, so the home screen appears as soon as possible:

1. The config is read and validated (an invalid one exits 2 with its key
   paths), and the resident window paints home.
2. Right after that first paint, input is routed to the kiosk's handlers
   (``ui.common.input_hub``), the database is opened on a thread
   (``ui.app.boot``: a server that does not answer yet is retried, the
   kiosk saying meanwhile that it cannot issue), and devices are attached.
   Taps that arrive meanwhile are held and carried out in order.

``kiosk bench`` measures process start to that first paint (``startup_s``).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui.app.commands import Exit, add_command, fail

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(sub, "run", "start the kiosk", run, config=True, window=True)
    parser.add_argument("--windowed", action="store_true", help="a normal window (development)")
    parser.add_argument(
        "--journal", type=Path, default=None, help="append JSON-lines events to this file"
    )
    parser.add_argument(
        "--bench-first-paint",
        action="store_true",
        help=argparse.SUPPRESS,  # used by `kiosk bench`: print first-paint time and exit
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.config.edit import load_location
    from kiosk.config.paths import default_data_dir, resolve_config_path

    location = resolve_config_path(args.config, args.data_dir)
    data_dir: Path = args.data_dir or default_data_dir()
    # A ConfigError is printed with its key paths by ui.app.cli.
    config = load_location(location)
    from ui.app.compose import build_window
    from ui.app.watchdog import Watchdog
    from ui.common.application import ensure_app
    from ui.common.input_hub import input_hub

    app = ensure_app()
    # Input is routed from the first frame on, not before: nobody can touch
    # a window that is not on screen yet, and taps on home before the
    # database is open are held by the window.
    hub = input_hub()
    hub.detach()
    try:
        journal = open(args.journal, "a", encoding="utf-8") if args.journal else None  # noqa: SIM115
    except OSError as exc:
        return fail(args, f"--journal {args.journal}: {exc.strerror or exc}", Exit.USAGE)
    kiosk_mode = not args.windowed
    window = build_window(config, journal_stream=journal, kiosk_mode=kiosk_mode)
    booted: dict[str, Any] = {}

    watchdog = Watchdog(app)

    def boot() -> None:
        # Home is on screen: systemd may count the kiosk as started, and the
        # UI thread's event loop feeds the watchdog from now on.
        watchdog.start()
        hub.attach()
        from ui.app.boot import boot_services

        booted["opener"] = boot_services(
            window,
            data_dir=data_dir,
            config_path=location.path,
            started=lambda kiosk: booted.update(kiosk=kiosk),
            fatal=stop,
        )

    def stop(message: str, code: int) -> None:
        print(f"kiosk run: {message}", file=sys.stderr)
        booted["code"] = code
        app.exit(code)

    if args.bench_first_paint:
        window.first_painted.connect(lambda: report_first_paint(app))
    else:
        window.first_painted.connect(boot)
    if args.windowed or not config.ui.fullscreen:
        window.show()
    else:
        window.showFullScreen()
    code = app.exec()
    watchdog.stop()
    if "opener" in booted:
        booted["opener"].stop()
    if "kiosk" in booted:
        booted["kiosk"].shutdown()
    else:
        window.shutdown()
        window.close()
        window.languages.close()
    if journal:
        journal.close()
    # A kiosk that stopped before it booted left input unrouted; the
    # application outlives the command when it is run in-process (tests).
    hub.attach()
    return int(booted.get("code", code))


def report_first_paint(app: QApplication) -> None:
    """Print the wall-clock time of the first paint and leave (``kiosk bench``)."""
    print(f"FIRST_PAINT {time.time():.6f}", flush=True)
    app.exit(0)
