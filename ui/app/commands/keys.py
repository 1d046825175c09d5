"""``kiosk keys export|check``: the kiosk's keys.

``export [--out FILE]`` writes this kiosk's public signing key (PEM). An
existing FILE is left as it is: refused with exit 2 unless it already holds
this very key.
Verifiers (``kiosk verify --public-key FILE``) need it to check certificates
this kiosk printed. The private key never leaves the data directory; the
key pair is made on the kiosk's first run, never here: a data folder
without one (a mistyped ``--data-dir``) is refused with exit 2 rather than
given a new key no kiosk signs with.

``check`` compares this machine's centre key (``keys/centre-personal.key``)
with the one the database's records use, writing nothing: run it on each
kiosk, counter PC and ``kiosk web`` PC after copying the key file. Exit 0 when it matches
(or nothing is stored yet), 1 when the file is missing or another one.
No Qt.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.certificates.signing import (
    PRIVATE_KEY_FILE,
    KioskSigner,
    SigningError,
    fingerprint,
    key_dir,
    public_key_pem,
)
from ui.app.commands import (
    Exit,
    add_actions,
    add_command,
    add_data_dir_option,
    command_data_dir,
    fail,
    load_command_config,
    with_database,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_actions(sub, "keys", "the kiosk's certificate signing key")
    export = add_command(actions, "export", "write the public key (PEM)", run_export)
    export.add_argument("--out", type=Path, metavar="FILE", help="file to write (default: stdout)")
    add_data_dir_option(export)
    add_command(
        actions,
        "check",
        "is this machine's centre key the one the database's records use?",
        run_check,
        config=True,
    )


def run_export(args: argparse.Namespace) -> int:
    if args.out is not None and not args.out.parent.is_dir():
        # Named before the key is looked for: the command line is checked first.
        return fail(args, f"--out {args.out}: {os.strerror(errno.ENOENT)}", Exit.USAGE)
    data_dir = command_data_dir(args)
    key_file = key_dir(data_dir) / PRIVATE_KEY_FILE
    if not key_file.exists():
        return fail(
            args,
            f"no signing key at {key_file}: is --data-dir the kiosk's data folder? "
            "(a kiosk makes its key on its first run)",
            Exit.USAGE,
        )
    if args.out is not None and args.out.resolve().parent == key_file.resolve().parent:
        # The private key lives there: a public key written over it ends all signing.
        return fail(args, f"--out {args.out}: not in the kiosk's keys folder", Exit.USAGE)
    try:
        signer = KioskSigner.load(data_dir)
    except (OSError, SigningError) as exc:
        return fail(args, str(exc), Exit.USAGE)
    pem = public_key_pem(signer.public_key)
    if args.out is None:
        sys.stdout.write(pem.decode("ascii"))
        return 0
    shown = fingerprint(signer.public_key)
    try:
        _write_new(args.out, pem)
    except FileExistsError:
        if _holds(args.out, pem):
            print(f"public key {shown} is already in {args.out}", file=sys.stderr)
            return 0
        # Another kiosk's key, or any file a technician keeps: not ours to replace.
        message = f"--out {args.out}: already exists; give a new file name (nothing written)"
        return fail(args, message, Exit.USAGE)
    except OSError as exc:
        return fail(args, f"--out {args.out}: {exc.strerror or exc}", Exit.USAGE)
    print(f"public key {shown} written to {args.out}", file=sys.stderr)
    return 0


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to a file that must not exist yet (``FileExistsError`` if it does)."""
    out = path.open("xb")
    try:
        with out:
            out.write(data)
    except OSError:
        # A half-written file would be refused as "already exists" next time.
        path.unlink(missing_ok=True)
        raise


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:  # a folder, an unreadable file
        return False


def run_check(args: argparse.Namespace) -> int:
    from kiosk.storage.database import database_url

    config = load_command_config(args)
    data_dir = command_data_dir(args)
    return with_database(
        args,
        database_url(config.storage.database_url, data_dir),
        lambda engine: _check(args, engine, data_dir),
    )


def _check(args: argparse.Namespace, engine: Engine, data_dir: Path) -> int:
    from kiosk.centre.keys import key_path
    from kiosk.centre.store import KeyCheck, check_centre_key

    state = check_centre_key(engine, data_dir)
    path = key_path(data_dir)
    said = {
        KeyCheck.MATCHES: f"{path} is the centre key the database's records use",
        KeyCheck.FIRST: f"{path} will be the centre key: nothing is stored with a key yet",
        KeyCheck.MISSING: f"there is no {path}: copy it from the first kiosk (docs/deployment.md)",
        KeyCheck.DIFFERENT: (
            f"{path} is not the centre key the database's records use: copy the file "
            "from the first kiosk over it (docs/deployment.md)"
        ),
    }[state]
    if state in (KeyCheck.MATCHES, KeyCheck.FIRST):
        print(f"kiosk keys: {said}")
        return 0
    return fail(args, said, Exit.CHECK_FAILED)
