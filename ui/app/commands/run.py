"""``kiosk run``: start the resident kiosk (fullscreen unless ``--windowed``).

Boot order, so the home screen appears as soon as possible:

1. Home is painted from the snapshot the last start remembered of this
   config (``kiosk.first_frame``: same config file, same code), before the
   schema is imported; then the config is validated and the window bound
   to its flow (an invalid config still exits 2 with its key paths). With
   no matching snapshot the config is validated first, and the snapshot
   written for the next start.
2. Input is routed to the kiosk's handlers (``ui.common.input_hub``), the database
   is opened on a thread (``ui.app.boot``: a server that does not answer yet is
   retried, the kiosk saying meanwhile that it cannot issue), and devices
   are attached. Taps that arrive meanwhile are held and carried out in
   order.

The config is validated on the main thread: loading it on a thread while
the UI modules import saved nothing (imports hold the GIL) and let two
threads import pydantic at once, which can fail with "cannot import name
'BaseModel'" (seen once under load).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from ui.app.commands import add_config_option

log = logging.getLogger(__name__)


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
    from kiosk.config.paths import default_data_dir, resolve_config_path
    from kiosk.first_frame import fingerprint, load_snapshot, save_snapshot

    location = resolve_config_path(args.config, args.data_dir)
    data_dir: Path = args.data_dir or default_data_dir()
    key = fingerprint(location.path)
    snapshot = load_snapshot(data_dir, key)
    config = None
    if snapshot is None:
        from kiosk.config.edit import load_location

        # A ConfigError is printed with its key paths by ui.app.cli.
        config = load_location(location)
        save_snapshot(data_dir, key, config)
    from ui.app.compose import bind_config, build_first_frame, build_window
    from ui.common.application import ensure_app
    from ui.common.input_hub import input_hub
    from ui.firstpaint import after_first_paint, report_first_paint

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
    kiosk_mode = not args.windowed
    if config is not None:
        window = build_window(config, journal_stream=journal, kiosk_mode=kiosk_mode)
        fullscreen = config.ui.fullscreen
    else:
        assert snapshot is not None
        window = build_first_frame(snapshot, journal_stream=journal, kiosk_mode=kiosk_mode)
        fullscreen = snapshot.ui.fullscreen
    booted: dict[str, Any] = {}

    def boot() -> None:
        if config is None:
            from kiosk.config.edit import load_location
            from kiosk.config.errors import ConfigError

            try:
                bind_config(window, load_location(location))
            except ConfigError as exc:
                # Only a config whose checks depend on the machine (its time
                # zone data, say) can fail here: the snapshot's file validated.
                stop(str(exc), 2)
                return
            log.info("home was painted from the remembered snapshot of %s", location.describe())
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
        print(message, file=sys.stderr)
        booted["code"] = code
        app.exit(code)

    if args.bench_first_paint:
        report_first_paint(window)
    else:
        after_first_paint(window, boot)
    if args.windowed or not fullscreen:
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
        window.close()
        window.languages.close()
    if journal:
        journal.close()
    # A kiosk that stopped before it booted left input unrouted; the
    # application outlives the command when it is run in-process (tests).
    hub.attach()
    return int(booted.get("code", code))
