"""``kiosk keys export [--out FILE]``: write this kiosk's public signing key (PEM).

Verifiers (``kiosk verify --public-key FILE``) need it to check certificates
this kiosk printed. The private key never leaves the data directory; the
key pair is made on the kiosk's first run (or here, if it does not exist
yet). No Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.certificates.signing import KioskSigner, SigningError, fingerprint, public_key_pem
from ui.app.commands import EXIT_USAGE, add_data_dir_option, command_data_dir, fail


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("keys", help="the kiosk's certificate signing key")
    ksub = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    export = ksub.add_parser("export", help="write the public key (PEM)")
    export.add_argument("--out", type=Path, metavar="FILE", help="file to write (default: stdout)")
    add_data_dir_option(export)
    export.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    try:
        signer = KioskSigner.load_or_create(command_data_dir(args))
    except (OSError, SigningError) as exc:
        return fail(args, str(exc), EXIT_USAGE)
    pem = public_key_pem(signer.public_key)
    if args.out is None:
        sys.stdout.write(pem.decode("ascii"))
    else:
        args.out.write_bytes(pem)
        print(f"public key {fingerprint(signer.public_key)} written to {args.out}", file=sys.stderr)
    return 0
