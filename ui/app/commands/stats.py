"""``kiosk stats --from DATE --to DATE [--csv]``: queue statistics per day and service.

Tickets issued, served, no-shows and cancelled, mean and 90th percentile of
the wait (issued -> called) and of the service time (serving -> done), in
minutes (``kiosk.queue.stats``). No Qt is imported.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from kiosk.config import load_config
from kiosk.queue.stats import StatsUnavailableError, compute_stats, format_table, to_csv
from kiosk.storage.database import StorageError, open_database
from ui.app.commands.db import add_database_options, database_url


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("stats", help="queue statistics per day and service")
    parser.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE")
    parser.add_argument("--to", dest="end", type=_day, required=True, metavar="DATE")
    parser.add_argument("--csv", action="store_true", help="CSV instead of a table")
    add_database_options(parser)
    parser.set_defaults(func=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    if args.end < args.start:
        print(f"kiosk stats: --to {args.end} is before --from {args.start}", file=sys.stderr)
        return 2
    config = load_config(args.config)
    try:
        engine = open_database(database_url(config, args.data_dir))
    except StorageError as exc:
        print(f"kiosk stats: {exc}", file=sys.stderr)
        return 3
    try:
        report = compute_stats(engine, config, args.start, args.end)
    except StatsUnavailableError as exc:
        print(f"kiosk stats: the database did not answer ({exc})", file=sys.stderr)
        return 3
    finally:
        engine.dispose()
    sys.stdout.write(to_csv(report) if args.csv else format_table(report) + "\n")
    return 0
