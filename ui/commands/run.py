"""``kiosk run``: start the resident kiosk (fullscreen unless ``--windowed``).

Boot order, so the home screen appears as soon as possible: the config is
loaded and validated on a thread while Qt starts; the window paints its
first frame; then storage and devices are opened and attached. Taps that
arrive meanwhile wait in Qt's event queue and are handled in order.
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
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


def _load_config(args: argparse.Namespace, out: dict[str, Any]) -> None:
    try:
        from kiosk.settings import load_location, resolve_config_path

        location = resolve_config_path(args.config, args.data_dir)
        out["location"] = location
        out["config"] = load_location(location)
    except BaseException as exc:  # re-raised on the main thread
        out["error"] = exc


def run(args: argparse.Namespace) -> int:
    loaded: dict[str, Any] = {}
    loader = threading.Thread(target=_load_config, args=(args, loaded), name="config-loader")
    loader.start()
    from ui.app import build_window, ensure_app
    from ui.firstpaint import after_first_paint, report_first_paint

    app = ensure_app()
    loader.join()
    if "error" in loaded:
        raise loaded["error"]  # ConfigError: printed with its key paths by ui.cli
    config = loaded["config"]
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    journal = open(args.journal, "a", encoding="utf-8") if args.journal else None  # noqa: SIM115
    window = build_window(config, journal_stream=journal, kiosk_mode=not args.windowed)
    booted: dict[str, Any] = {}

    def boot() -> None:
        from drivers.registry import BackendUnavailableError, UnknownBackendError
        from kiosk.storage import StorageError
        from ui.app import attach_services

        try:
            kiosk = attach_services(
                window,
                data_dir=args.data_dir,
                config_path=loaded["location"].path,
            )
        except StorageError as exc:
            print(f"kiosk: {exc}", file=sys.stderr)
            booted["code"] = 3
            app.exit(3)
            return
        except (UnknownBackendError, BackendUnavailableError) as exc:
            print(f"kiosk: devices: {exc}", file=sys.stderr)
            booted["code"] = 2
            app.exit(2)
            return
        kiosk.start()
        booted["kiosk"] = kiosk

    if args.bench_first_paint:
        report_first_paint(window)
    else:
        after_first_paint(window, boot)
    if args.windowed or not config.ui.fullscreen:
        window.show()
    else:
        window.showFullScreen()
    code = app.exec()
    if "kiosk" in booted:
        booted["kiosk"].shutdown()
    else:
        window.shutdown()
        window.languages.close()
    if journal:
        journal.close()
    return int(booted.get("code", code))
