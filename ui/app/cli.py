"""The ``kiosk`` console script: parse arguments and dispatch to a command module.

Each command group lives in its own module under ``ui/app/commands`` with a
``register(subparsers)`` function. Every command returns an exit code from
the table in ``ui.app.commands`` (0 ok, 1 check failed, 2 usage or config,
3 device or service unavailable) and says what went wrong on one line
starting ``kiosk <command>: ``; a configuration problem lists its key paths,
never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from importlib import metadata

from kiosk.config.errors import ConfigError
from kiosk.tech.systemd import configure_logging
from ui.app.commands import no_display_reason

#: Command name -> module, in the order commands appear in ``kiosk --help``.
#: Only the chosen command's module is imported, so ``kiosk run`` does not
#: pay for the database, drivers and crypto imports of the others.
COMMANDS = {
    "run": "ui.app.commands.run",
    "demo": "ui.app.commands.demo",
    "bench": "ui.app.commands.bench",
    "audit-a11y": "ui.app.commands.audit",
    "config": "ui.app.commands.config_cmd",
    "printer": "ui.app.commands.printer",
    "card": "ui.app.commands.card",
    "counter": "ui.app.commands.counter",
    "display": "ui.app.commands.display",
    "web": "ui.app.commands.web",
    "stats": "ui.app.commands.stats",
    "queue": "ui.app.commands.queue_cmd",
    "db": "ui.app.commands.db",
    "devices": "ui.app.commands.devices",
    "tech": "ui.app.commands.tech",
    "verify": "ui.app.commands.verify",
    "keys": "ui.app.commands.keys",
}


#: Commands that run until they are stopped (the windows, and the web server).
WINDOWS = {"run", "counter", "display", "web"}
#: Commands that drive the kiosk through a script (faults included on purpose).
SCRIPTED = {"demo", "bench", "audit-a11y"}


def _version() -> str:
    try:
        return metadata.version("community-kiosk")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Self-service lobby kiosk for community centers."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {_version()}")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log everything, migrations and Qt's multimedia messages included",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [COMMANDS[only]] if only in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    chosen = args_list[0] if args_list and args_list[0] in COMMANDS else None
    parser = build_parser(chosen)
    args = parser.parse_args(args_list)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    if args.shows_window and (reason := no_display_reason()) is not None:
        print(f"kiosk {args.command}: {reason}", file=sys.stderr)
        return 2
    # The windows (and the web server) log what they do (to the journal under systemd); a one-shot
    # command only says what went wrong; the scripted ones break devices on
    # purpose, so only their own errors are worth a line.
    if args.command in WINDOWS:
        level = logging.INFO
    elif args.command in SCRIPTED:
        level = logging.ERROR
    else:
        level = logging.WARNING
    configure_logging(verbose=args.verbose, level=level)
    try:
        code: int = args.func(args)
    except ConfigError as exc:
        print(f"kiosk {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
