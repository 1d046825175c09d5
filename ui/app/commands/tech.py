"""``kiosk tech set-pin``: set the technician PIN from the command line (provisioning).

The PIN is read twice from the terminal without echo (getpass), or once
from standard input with ``--pin-stdin`` (for provisioning scripts), and
stored only as an scrypt hash in ``technician.pin_hash`` of the config file
that ``kiosk.config.paths.resolve_config_path`` picks; the file is replaced
atomically and left readable by its owner only (0600), whatever its
permissions were: a hash that others can read can be attacked offline.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.config.edit import load_location, set_value, update_config
from kiosk.tech.auth import PinRuleError, hash_pin
from ui.app.commands import Exit, add_actions, add_command, config_location, fail
from ui.app.commands.config_cmd import PIN_HASH_KEY, could_not_save

#: The config file holds the PIN hash: owner read/write only.
PIN_FILE_MODE = 0o600


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_actions(sub, "tech", "technician mode set-up")
    set_pin = add_command(
        actions, "set-pin", "set the technician PIN (stored as a hash)", _set_pin, config=True
    )
    set_pin.add_argument(
        "--pin-stdin", action="store_true", help="read the PIN from standard input (one line)"
    )


def _has_terminal() -> bool:
    """Whether getpass can ask on a terminal (without one it would read
    standard input with a warning, or fail on its end)."""
    if sys.stdin.isatty():
        return True
    try:
        with open("/dev/tty", "rb"):
            return True
    except OSError:
        return False


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    if not _has_terminal():
        fail(
            args,
            "no terminal to type the PIN on: give it on standard input with --pin-stdin; "
            "nothing changed",
            Exit.USAGE,
        )
        return None
    try:
        first = getpass.getpass("New technician PIN: ")
        second = getpass.getpass("Repeat the PIN: ")
    except EOFError:  # Ctrl-D at the prompt
        fail(args, "no PIN typed; nothing changed", Exit.USAGE)
        return None
    if first != second:
        fail(args, "the two PINs differ; nothing changed", Exit.USAGE)
        return None
    return first


def _set_pin(args: argparse.Namespace) -> int:
    location = config_location(args)
    load_location(location)  # a broken config file is reported before the PIN is asked
    pin = _read_pin(args)
    if pin is None:
        return Exit.USAGE
    try:
        pin_hash = hash_pin(pin)
    except PinRuleError as exc:
        return fail(args, f"{exc}; nothing changed", Exit.USAGE)
    # Set in the file as it is when saving (under its lock), not in the copy
    # read before the PIN was typed: a change saved meanwhile stays.
    try:
        update_config(
            location,
            lambda saved: set_value(saved, PIN_HASH_KEY, pin_hash, str(location.save_path)),
            mode=PIN_FILE_MODE,
        )
    except OSError as exc:
        return fail(args, could_not_save(location.save_path, exc), Exit.UNAVAILABLE)
    print(f"technician PIN set in {location.save_path}")
    return 0
