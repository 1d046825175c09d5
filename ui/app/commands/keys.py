"""``kiosk keys export [--out FILE]``: write this kiosk's public signing key (PEM).

Verifiers (``kiosk verify --public-key FILE``) need it to check certificates
this kiosk printed. The private key never leaves the data directory; the
key pair is made on the kiosk's first run (or here, if it does not exist
yet). No Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from kiosk.certificates.signing import KioskSigner, SigningError, fingerprint, public_key_pem


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("keys", help="the kiosk's certificate signing key")
    ksub = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    export = ksub.add_parser("export", help="write the public key (PEM)")
    export.add_argument("--out", type=Path, metavar="FILE", help="file to write (default: stdout)")
    export.add_argument("--data-dir", type=Path, default=None, help="kiosk data directory")
    export.set_defaults(func=run_export)


def data_dir(chosen: Path | None) -> Path:
    """``--data-dir``, else the kiosk's (``kiosk.config.edit.default_data_dir``)."""
    if chosen is not None:
        return chosen
    override = os.environ.get("KIOSK_DATA_DIR")
    return Path(override) if override else user_data_path("community-kiosk", appauthor=False)


def run_export(args: argparse.Namespace) -> int:
    try:
        signer = KioskSigner.load_or_create(data_dir(args.data_dir))
    except (OSError, SigningError) as exc:
        print(f"kiosk keys: {exc}", file=sys.stderr)
        return 2
    pem = public_key_pem(signer.public_key)
    if args.out is None:
        sys.stdout.write(pem.decode("ascii"))
    else:
        args.out.write_bytes(pem)
        print(f"public key {fingerprint(signer.public_key)} written to {args.out}", file=sys.stderr)
    return 0
