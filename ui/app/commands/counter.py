"""``kiosk counter --counter N``: the staff terminal of one counter (a normal window)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ui.app.commands import (
    Exit,
    add_command,
    add_config_option,
    command_data_dir,
    fail,
    load_command_config,
    run_queue_window,
)

if TYPE_CHECKING:
    from ui.common.queue_feed import SharedQueue
    from ui.counter.window import CounterWindow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(sub, "counter", "the staff terminal of one counter", run, window=True)
    parser.add_argument("--counter", type=int, required=True, metavar="N", help="counter number")
    add_config_option(parser)


def run(args: argparse.Namespace) -> int:
    config = load_command_config(args)
    services = [s for s in config.enabled_services if args.counter in s.counters]
    if not services:
        known = sorted({c for s in config.enabled_services for c in s.counters})
        return fail(
            args,
            f"counter {args.counter} serves no service "
            f"(services[].counters lists {', '.join(map(str, known))})",
            Exit.USAGE,
        )
    from kiosk.clock import SystemClock
    from ui.counter.services import enabled_panels
    from ui.counter.window import CounterWindow

    def make_window(shared: SharedQueue) -> CounterWindow:
        window = CounterWindow(shared, args.counter)
        for panel in enabled_panels(shared, config, SystemClock(), command_data_dir(args)):
            window.add_panel(panel)
        window.retranslate()
        window.show()
        return window

    return run_queue_window(args, config, config.ui.language, make_window)
