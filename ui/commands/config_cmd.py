"""``kiosk config``: validate and show configuration files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import tomli_w

from kiosk.config import ConfigError, default_config_text, load_config


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("config", help="validate or show configuration")
    csub = parser.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    validate = csub.add_parser("validate", help="check a config file; print every problem")
    validate.add_argument("file", type=Path)
    validate.set_defaults(func=_validate)
    show = csub.add_parser("show", help="print the effective config (defaults filled in)")
    show.add_argument("--config", type=Path, default=None, metavar="FILE")
    show.add_argument("--embedded", action="store_true", help="print the embedded demo file")
    show.set_defaults(func=_show)


def _validate(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.file)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{args.file}: valid ({len(config.services)} services)")
    return 0


def _show(args: argparse.Namespace) -> int:
    if args.embedded:
        sys.stdout.write(default_config_text())
        return 0
    config = load_config(args.config)
    data = config.model_dump(mode="json", exclude_none=True)
    sys.stdout.write(tomli_w.dumps(data))
    return 0
