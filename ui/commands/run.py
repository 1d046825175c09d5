"""``kiosk run``: start the resident kiosk (fullscreen unless ``--windowed``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drivers.registry import BackendUnavailableError, UnknownBackendError
from kiosk.config import load_config
from kiosk.storage import StorageError
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
    config = load_config(args.config)
    from ui.app import build_kiosk, ensure_app

    app = ensure_app()
    journal = open(args.journal, "a", encoding="utf-8") if args.journal else None  # noqa: SIM115
    try:
        kiosk = build_kiosk(
            config,
            data_dir=args.data_dir,
            journal_stream=journal,
            kiosk_mode=not args.windowed,
        )
    except StorageError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 3
    except (UnknownBackendError, BackendUnavailableError) as exc:
        print(f"kiosk: devices.printer.backend: {exc}", file=sys.stderr)
        return 2
    window = kiosk.window
    if args.bench_first_paint:
        from ui.firstpaint import report_first_paint

        report_first_paint(window.current_screen)
    kiosk.start()
    if args.windowed or not config.ui.fullscreen:
        window.show()
    else:
        window.showFullScreen()
    code = app.exec()
    kiosk.shutdown()
    if journal:
        journal.close()
    return code
