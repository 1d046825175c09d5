"""The ``kiosk`` console script: parse arguments and dispatch to a command module.

Each command group lives in its own module under ``ui/commands`` with a
``register(subparsers)`` function. Every command returns an exit code; a
configuration problem prints its key paths and exits 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from kiosk.config import ConfigError

#: Command modules, in the order their commands appear in ``kiosk --help``.
COMMAND_MODULES = (
    "ui.commands.run",
    "ui.commands.demo",
    "ui.commands.bench",
    "ui.commands.config_cmd",
    "ui.commands.printer",
    "ui.commands.card",
    "ui.commands.devices",
    "ui.commands.tech",
    "ui.commands.verify",
    "ui.commands.keys",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Self-service lobby kiosk for community centers."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # command group not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        code: int = args.func(args)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
