"""``kiosk run``: start the resident kiosk (fullscreen unless ``--windowed``).

Boot order, so the home screen appears as soon as possible: the config is
loaded and validated; the window paints its first frame; then input is
routed to the kiosk's handlers (``ui.input_hub``), the database
is opened on a thread (``ui.boot``: a server that does not answer yet is
retried, the kiosk saying meanwhile that it cannot issue), and devices are
attached. Taps that arrive meanwhile are held and carried out in order.

The config is loaded on the main thread, before Qt's modules are imported:
loading it on a thread while the UI modules import saved nothing (imports
hold the GIL) and let two threads import pydantic at once, which can fail
with "cannot import name 'BaseModel'" (seen once under load).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from ui.commands import add_config_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("run", help="start the kiosk")
    add_config_option(parser)
    parser.add_argument("--windowed", action="store_true", help="a normal window (development)")
    parser.add_argument("--data-dir", type=Path, default=None, help="where the database lives")
    parser.add_argument(
        "--journal", type=Path, default=None, help="append JSON-lines events to this file"
    )
    parser.add_argument(
        "--bench-first-paint",
        action="store_true",
        help=argparse.SUPPRESS,  # used by `kiosk bench`: print first-paint time and exit
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.settings import load_location, resolve_config_path

    location = resolve_config_path(args.config, args.data_dir)
    # A ConfigError is printed with its key paths by ui.cli.
    config = load_location(location)
    from ui.app import build_window, ensure_app
    from ui.firstpaint import after_first_paint, report_first_paint
    from ui.input_hub import input_hub

    app = ensure_app()
    # Input is routed from the first frame on, not before: the router's first
    # sight of one of Qt's private objects (the window's QWidgetWindow, the
    # gesture manager) makes PySide load every class it knows to name the
    # object's type, some 180 enum classes (tens of ms). Nobody can touch a
    # window that is not on screen yet.
    hub = input_hub()
    hub.detach()
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    journal = open(args.journal, "a", encoding="utf-8") if args.journal else None  # noqa: SIM115
    window = build_window(config, journal_stream=journal, kiosk_mode=not args.windowed)
    booted: dict[str, Any] = {}

    def boot() -> None:
        hub.attach()
        from kiosk.settings import default_data_dir
        from ui.boot import boot_services

        booted["opener"] = boot_services(
            window,
            data_dir=args.data_dir or default_data_dir(),
            config_path=location.path,
            started=lambda kiosk: booted.update(kiosk=kiosk),
            fatal=stop,
        )

    def stop(message: str, code: int) -> None:
        print(message, file=sys.stderr)
        booted["code"] = code
        app.exit(code)

    if args.bench_first_paint:
        report_first_paint(window)
    else:
        after_first_paint(window, boot)
    if args.windowed or not config.ui.fullscreen:
        window.show()
    else:
        window.showFullScreen()
    code = app.exec()
    if "opener" in booted:
        booted["opener"].stop()
    if "kiosk" in booted:
        booted["kiosk"].shutdown()
    else:
        window.shutdown()
        window.languages.close()
    if journal:
        journal.close()
    return int(booted.get("code", code))
