"""``kiosk counter --counter N``: the staff terminal of one counter (a normal window)."""

from __future__ import annotations

import argparse

from kiosk.storage.database import StorageError
from ui.app.commands import (
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    add_config_option,
    command_data_dir,
    fail,
    load_command_config,
    refuse_without_display,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("counter", help="the staff terminal of one counter")
    parser.add_argument("--counter", type=int, required=True, metavar="N", help="counter number")
    add_config_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if (refused := refuse_without_display("counter")) is not None:
        return refused
    config = load_command_config(args)
    services = [s for s in config.enabled_services if args.counter in s.counters]
    if not services:
        known = sorted({c for s in config.enabled_services for c in s.counters})
        return fail(
            args,
            f"counter {args.counter} serves no service "
            f"(services[].counters lists {', '.join(map(str, known))})",
            EXIT_USAGE,
        )
    from kiosk.clock import SystemClock
    from ui.app.compose import database_url
    from ui.common.application import ensure_app
    from ui.common.i18n import LanguageSwitcher
    from ui.common.queue_feed import SharedQueue
    from ui.counter.panels import enabled_panels
    from ui.counter.window import CounterWindow

    app = ensure_app()
    languages = LanguageSwitcher(app)
    languages.set_language(config.ui.language)
    try:
        shared = SharedQueue.open(config, database_url(config, command_data_dir(args)))
    except StorageError as exc:
        return fail(args, str(exc), EXIT_UNAVAILABLE)
    window = CounterWindow(shared.ops, args.counter, shared.feed, shared.worker)
    for panel in enabled_panels(shared, config, SystemClock(), data_dir=command_data_dir(args)):
        window.add_panel(panel)
    window.retranslate()
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        window.shutdown()
        shared.close()
