"""``kiosk stats --from DATE --to DATE [--csv]``: queue statistics per day and service.

Tickets issued, served, no-shows and cancelled, mean and 90th percentile of
the wait (issued -> called) and of the service time (serving -> done), in
minutes (``kiosk.queue.stats``). No Qt is imported.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING

from kiosk.queue.stats import StatsUnavailableError, compute_stats, format_table, to_csv
from kiosk.storage.database import database_url
from ui.app.commands import (
    Exit,
    add_command,
    command_data_dir,
    fail,
    load_command_config,
    print_json,
    with_database,
)
from ui.app.commands.db import add_database_options

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import KioskConfig


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(sub, "stats", "queue statistics per day and service", run_stats)
    parser.add_argument(
        "--from",
        dest="start",
        type=_day,
        required=True,
        metavar="DATE",
        help="first day (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--to", dest="end", type=_day, required=True, metavar="DATE", help="last day (YYYY-MM-DD)"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true", help="CSV instead of a table")
    output.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    add_database_options(parser)


def run_stats(args: argparse.Namespace) -> int:
    if args.end < args.start:
        return fail(args, f"--to {args.end} is before --from {args.start}", Exit.USAGE)
    config = load_command_config(args)
    return with_database(
        args,
        database_url(config.storage.database_url, command_data_dir(args)),
        lambda engine: _report(args, config, engine),
    )


def _report(args: argparse.Namespace, config: KioskConfig, engine: Engine) -> int:
    try:
        report = compute_stats(engine, config, args.start, args.end)
    except StatsUnavailableError as exc:
        return fail(args, f"the database did not answer ({exc})", Exit.UNAVAILABLE)
    if args.json:
        print_json({"from": args.start, "to": args.end, "rows": [asdict(r) for r in report.rows]})
    elif args.csv:
        sys.stdout.write(to_csv(report))
    else:
        sys.stdout.write(format_table(report) + "\n")
    return Exit.OK
