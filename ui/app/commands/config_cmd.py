"""``kiosk config``: validate, show and change configuration files.

Without ``--config`` the file is found by ``kiosk.config.edit.resolve_config_path``
(``$KIOSK_CONFIG``, else ``<data dir>/kiosk.toml``, else the embedded demo).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.config import ConfigError, default_config_text, load_config
from kiosk.config.edit import (
    load_location,
    parse_value,
    redacted_toml,
    resolve_config_path,
    set_and_save,
)


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
    set_ = csub.add_parser(
        "set", help="change one setting (validated; the file is replaced atomically)"
    )
    set_.add_argument(
        "key", help="key path, e.g. devices.printer.network.host or services[0].prefix"
    )
    set_.add_argument("value", help='a TOML value (9100, true, [1, 2], "text"); else a string')
    set_.add_argument("--config", type=Path, default=None, metavar="FILE")
    set_.set_defaults(func=_set)


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
    config = load_location(resolve_config_path(args.config))
    # Secrets (the technician PIN hash, database passwords) are never printed.
    sys.stdout.write(redacted_toml(config))
    return 0


def _set(args: argparse.Namespace) -> int:
    location = resolve_config_path(args.config)
    if args.key.strip() == "technician.pin_hash":
        print("kiosk: set the PIN with `kiosk tech set-pin`", file=sys.stderr)
        return 2
    set_and_save(location, args.key, parse_value(args.value))
    print(f"{args.key} set in {location.save_path}")
    return 0
