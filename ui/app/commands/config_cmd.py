"""``kiosk config``: validate, show and change configuration files.

Without ``--config`` the file is found by ``kiosk.config.paths.resolve_config_path``
(``$KIOSK_CONFIG``, else ``<data dir>/kiosk.toml``, else the embedded demo);
``show`` says which it read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.config import ConfigError, ConfigProblem, KioskConfig, default_config_text, load_config
from kiosk.config.edit import (
    load_location,
    parse_value,
    redacted_data,
    redacted_toml,
    set_value,
    tickets_held_back,
    update_config,
)
from kiosk.tech.auth import is_pin_hash
from ui.app.commands import (
    Exit,
    add_actions,
    add_command,
    add_config_option,
    command_data_dir,
    config_location,
    fail,
    missing_sqlite_file,
    print_json,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_actions(sub, "config", "validate or show configuration")
    validate = add_command(
        actions, "validate", "check a config file; print every problem", _validate
    )
    validate.add_argument("file", type=Path, help="the TOML file to check")
    show = add_command(
        actions,
        "show",
        "print the effective config (defaults filled in)",
        _show,
        config=True,
        json=True,
    )
    show.add_argument("--embedded", action="store_true", help="print the embedded demo file")
    set_ = add_command(
        actions, "set", "change one setting (validated; the file is replaced atomically)", _set
    )
    set_.add_argument(
        "key", help="key path, e.g. devices.printer.network.host or services[0].prefix"
    )
    set_.add_argument("value", help='a TOML value (9100, true, [1, 2], "text"); else a string')
    add_config_option(set_)


def _validate(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.file)
        _check_pin_hash(config, str(args.file))
    except ConfigError as exc:
        return fail(args, str(exc), Exit.USAGE)
    print(f"{args.file}: valid ({len(config.services)} services)")
    return Exit.OK


#: Where ``kiosk tech set-pin`` keeps the technician PIN's hash.
PIN_HASH_KEY = "technician.pin_hash"


def _check_pin_hash(config: KioskConfig, source: str) -> None:
    """``ConfigError`` when the PIN hash is neither empty (no PIN) nor a hash set-pin wrote.

    A PIN typed into the file by hand matches no PIN: technician mode could
    not be opened, yet the file would look fine until someone needed it.
    """
    pin_hash = config.technician.pin_hash
    if pin_hash and not is_pin_hash(pin_hash):
        # The value is not quoted: it may be the PIN itself.
        message = "not a PIN hash; set the PIN with `kiosk tech set-pin`"
        raise ConfigError(source, [ConfigProblem(PIN_HASH_KEY, message)])


def _show(args: argparse.Namespace) -> int:
    if args.embedded:
        sys.stdout.write(default_config_text())
        return 0
    location = config_location(args)
    config = load_location(location)
    # Secrets (the technician PIN hash, database passwords) are never printed.
    if args.json:
        print_json({"file": location.describe(), "config": redacted_data(config)})
    else:
        # A TOML comment: the output can still be saved and read back as a config.
        sys.stdout.write(f"# {location.describe()}\n" + redacted_toml(config))
    return Exit.OK


def _set(args: argparse.Namespace) -> int:
    location = config_location(args)
    value = parse_value(args.value)
    source = str(location.save_path)

    def change(saved: KioskConfig) -> KioskConfig:
        changed = set_value(saved, args.key, value, source)
        # Compared on the result, not the key: setting the whole [technician]
        # table reaches the hash too, and would wipe the PIN or store a plain
        # one that no PIN matches.
        if changed.technician.pin_hash != saved.technician.pin_hash:
            message = (
                f"this would change {PIN_HASH_KEY}; set the PIN with `kiosk tech set-pin`; "
                "nothing changed"
            )
            raise ConfigError(source, [ConfigProblem(args.key.strip(), message)])
        # As technician mode does: a service is not renamed, renumbered or
        # turned off under tickets still in play (its problems end with exit 2).
        held = tickets_held_back(saved, changed, lambda ids: _codes_in_play(args, saved, ids))
        if held:
            raise ConfigError(source, held)
        return changed

    try:
        update_config(location, change)
    except _Unchecked as exc:
        return fail(args, str(exc), Exit.UNAVAILABLE)
    except OSError as exc:
        return fail(args, could_not_save(location.save_path, exc), Exit.UNAVAILABLE)
    print(f"{args.key} set in {location.save_path}")
    return 0


class _Unchecked(Exception):
    """Today's tickets could not be asked about: the database did not answer."""


def _codes_in_play(
    args: argparse.Namespace, config: KioskConfig, service_ids: list[str]
) -> dict[str, list[str]]:
    """``Queue.codes_in_play`` on the database of the kiosk ``config`` belongs
    to; ``_Unchecked`` naming the key when that database cannot answer."""
    from kiosk.clock import SystemClock
    from kiosk.queue.store import Queue
    from kiosk.storage.database import (
        DatabaseUnavailableError,
        StorageError,
        database_url,
        error_summary,
        open_database,
    )

    url = database_url(config.storage.database_url, command_data_dir(args))
    if missing_sqlite_file(url) is not None:
        return {}  # a kiosk that has not started yet holds no tickets
    try:
        engine = open_database(url)
    except StorageError as exc:
        raise _Unchecked(_unchecked(args.key, str(exc))) from None
    try:
        return Queue(engine, config, SystemClock()).codes_in_play(service_ids)
    except DatabaseUnavailableError as exc:
        raise _Unchecked(_unchecked(args.key, error_summary(exc))) from None
    finally:
        engine.dispose()


def _unchecked(key: str, reason: str) -> str:
    return f"{key.strip()}: today's tickets could not be checked ({reason}); nothing was changed"


def could_not_save(path: Path, exc: OSError) -> str:
    """Why the config file could not be written (read-only disk, a data folder that is a file)."""
    return f"could not save {path}: {exc.strerror or exc}; nothing changed"
