"""``kiosk verify INPUT``: check a printed certificate's QR code against a kiosk's public key.

INPUT is the QR text (``KC1.…``) or a PNG of the printout (the QR is found
and decoded with pyzbar). The signature is checked with the public key in
the kiosk's data directory, or ``--public-key FILE`` (from ``kiosk keys
export`` on the issuing kiosk). Prints VALID or INVALID with the document's
key facts; exits 0 when valid, 1 when not, 2 for unusable input. No Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kiosk.config import load_config
from kiosk.signing import (
    KioskSigner,
    SigningError,
    fingerprint,
    load_public_key,
    verify_payload,
)
from ui.commands import add_config_option
from ui.commands.keys import data_dir

_FACT_NAMES = {
    "n": "issuance number",
    "d": "document",
    "c": "center",
    "k": "kiosk",
    "t": "issued at",
    "h": "holder",
    "p": "copy",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("verify", help="check a certificate's QR code (text or PNG)")
    parser.add_argument("input", metavar="INPUT", help="the QR text, or a PNG of the printout")
    parser.add_argument(
        "--public-key", type=Path, metavar="FILE", help="PEM public key of the issuing kiosk"
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="kiosk data directory (its key is used)"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    add_config_option(parser)
    parser.set_defaults(func=run)


def decode_png(path: Path) -> list[str]:
    """Every QR code's text in a picture."""
    from PIL import Image

    try:
        from pyzbar.pyzbar import ZBarSymbol
        from pyzbar.pyzbar import decode as zbar_decode
    except ImportError as exc:  # pyzbar or libzbar0 missing
        raise RuntimeError(f"cannot read QR codes from images: {exc}") from None
    with Image.open(path) as image:
        image.load()
        found = zbar_decode(image.convert("L"), symbols=[ZBarSymbol.QRCODE])
    return [item.data.decode("utf-8", errors="replace") for item in found]


def _payload(text: str) -> str:
    path = Path(text)
    if not text.startswith("KC1.") and path.suffix.lower() == ".png":
        codes = [c for c in decode_png(path) if c.startswith("KC1.")]
        if not codes:
            raise ValueError(f"{path}: no kiosk certificate QR code found")
        return codes[0]
    return text.strip()


def _describe_document(args: argparse.Namespace, doc_id: str) -> str:
    try:
        config = load_config(args.config)
        return f"{config.document(doc_id).names.ko} ({doc_id})"
    except Exception:  # an unreadable config must not hide the verdict
        return doc_id


def run(args: argparse.Namespace) -> int:
    try:
        payload = _payload(args.input)
        if args.public_key is not None:
            key = load_public_key(args.public_key.read_bytes())
        else:
            key = KioskSigner.load(data_dir(args.data_dir)).public_key
    except (ValueError, OSError, RuntimeError, SigningError) as exc:
        print(f"kiosk verify: {exc}", file=sys.stderr)
        return 2
    result = verify_payload(payload, key)
    facts: dict[str, Any] = dict(result.facts or {})
    shown = {_FACT_NAMES.get(k, k): v for k, v in facts.items()}
    if "document" in shown:
        shown["document"] = _describe_document(args, str(shown["document"]))
    if args.json:
        print(
            json.dumps(
                {
                    "valid": result.valid,
                    "reason": result.reason,
                    "facts": shown,
                    "key": fingerprint(key),
                },
                ensure_ascii=False,
            )
        )
    else:
        print("VALID" if result.valid else f"INVALID: {result.reason}")
        if result.valid:
            width = max((len(k) for k in shown), default=0)
            for name, value in shown.items():
                print(f"  {name:<{width}}  {value}")
        print(f"  key {fingerprint(key)}")
    return 0 if result.valid else 1
