"""``kiosk verify INPUT``: check a printed certificate's QR code against a kiosk's public key.

INPUT is the QR text (``KC1.…``) or a PNG of the printout (the QR is found
and decoded with pyzbar). The signature is checked with the public key in
the kiosk's data directory, or ``--public-key FILE`` (from ``kiosk keys
export`` on the issuing kiosk). A good signature only proves the kiosk
printed it: when the kiosk's database is here (``storage.database_url``,
else the SQLite file in the data directory), its audit record must also
show a finished issue, so a document whose issue was voided, interrupted or
whose payment is unresolved is INVALID, and so is one whose database is
configured (or its file here) but cannot be read; without one the output says
only the signature was checked. The database is only read (never created or
migrated). Prints VALID or INVALID with the document's key facts; exits 0
when valid, 1 when not, 2 for unusable input. No Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import struct
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.certificates.signing import (
    KioskSigner,
    SigningError,
    fingerprint,
    load_public_key,
    verify_payload,
)
from ui.app.commands import (
    Exit,
    add_command,
    add_config_option,
    add_json_option,
    command_data_dir,
    fail,
    load_command_config,
)

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
    parser = add_command(sub, "verify", "check a certificate's QR code (text or PNG)", run)
    parser.add_argument("input", metavar="INPUT", help="the QR text, or a PNG of the printout")
    parser.add_argument(
        "--public-key", type=Path, metavar="FILE", help="PEM public key of the issuing kiosk"
    )
    add_json_option(parser)
    add_config_option(parser)


#: The largest picture ``kiosk verify`` decodes: a 40-megapixel photo of a
#: printout. A rendered 80 mm printout is under 3 megapixels; a picture that
#: claims far more is a mistake or a decompression bomb (a small file that
#: unpacks to gigabytes), refused before its pixels are unpacked.
MAX_IMAGE_PIXELS = 40_000_000

#: The largest PEM public key file read (one is a few hundred bytes).
MAX_KEY_BYTES = 64 * 1024


def _read_small_file(path: Path, limit: int) -> bytes:
    """A regular file's bytes; ValueError naming it if it is not one or exceeds ``limit``.

    A FIFO would hang the command and /dev/zero would fill the memory.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise ValueError(f"{path}: not a regular file")
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"{path}: larger than {limit // 1024} KiB, not a key file")
    return data


def decode_png(path: Path) -> list[str]:
    """Every QR code's text in a picture; ValueError naming the file if it cannot be read."""
    from PIL import Image, UnidentifiedImageError

    try:
        from pyzbar.pyzbar import ZBarSymbol
        from pyzbar.pyzbar import decode as zbar_decode
    except ImportError as exc:  # pyzbar or libzbar0 missing
        raise RuntimeError(f"cannot read QR codes from images: {exc}") from None
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise ValueError(f"{path}: not a regular file")
    try:
        # Pillow only warns between its own limit and twice it: make that an error too.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise ValueError(
                        f"{path}: picture too large ({width}x{height} pixels; "
                        f"at most {MAX_IMAGE_PIXELS // 1_000_000} megapixels)"
                    )
                image.load()
                found = zbar_decode(image.convert("L"), symbols=[ZBarSymbol.QRCODE])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValueError(f"{path}: picture too large ({exc})") from None
    except UnidentifiedImageError:
        raise ValueError(f"{path}: not a picture Pillow can read") from None
    except (OSError, SyntaxError, EOFError, zlib.error, struct.error) as exc:
        # Pillow's way of saying a picture is damaged varies with the format.
        raise ValueError(f"{path}: damaged picture ({exc or type(exc).__name__})") from None
    return [item.data.decode("utf-8", errors="replace") for item in found]


def _payload(text: str) -> str:
    path = Path(text)
    if not text.startswith("KC1.") and path.suffix.lower() == ".png":
        codes = [c for c in decode_png(path) if c.startswith("KC1.")]
        if not codes:
            raise ValueError(f"{path}: no kiosk certificate QR code found")
        return codes[0]
    return text.strip()


@dataclass(frozen=True)
class AuditCheck:
    """What the audit trail added to the signature check."""

    #: None when there was none to consult (only the signature was checked).
    valid: bool | None
    detail: str
    #: Why the document is refused, when ``valid`` is False.
    refusal: str = ""


def _signature_only(why: str) -> AuditCheck:
    return AuditCheck(None, f"not checked ({why}): only the signature was checked")


def _unreadable(why: str) -> AuditCheck:
    # The record is there but cannot be read: it may say voided or interrupted,
    # so a good signature alone must not read VALID.
    return AuditCheck(
        False,
        f"not read ({why})",
        refusal=f"the audit record could not be read, so the issue is not confirmed ({why})",
    )


def _check_audit(args: argparse.Namespace, facts: dict[str, Any]) -> AuditCheck:
    """The document's audit record, when this machine has the kiosk's database."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.certificates.audit import issuance_standing
    from kiosk.config import ConfigError
    from kiosk.storage.database import (
        StorageError,
        default_sqlite_path,
        error_summary,
        open_database,
    )

    try:
        config = load_command_config(args)
    except (ConfigError, OSError) as exc:
        return _signature_only(f"the config could not be read: {exc}")
    url = config.storage.database_url
    if not url:
        path = default_sqlite_path(command_data_dir(args))
        if not path.is_file():
            return _signature_only(f"no audit database at {path}")
        url = f"sqlite:///{path}"
    try:
        # Only checked, never migrated: verifying must not change the database.
        engine = open_database(url, migrate=False)
    except StorageError as exc:
        return _unreadable(f"the audit database is unavailable: {exc}")
    try:
        standing = issuance_standing(
            engine,
            str(facts.get("n", "")),
            document_id=str(facts.get("d", "")),
            kiosk_id=str(facts.get("k", "")),
        )
    except SQLAlchemyError as exc:
        return _unreadable(f"the audit database could not be read: {error_summary(exc)}")
    finally:
        engine.dispose()
    if standing is None:
        return _signature_only(f"this database keeps no records of kiosk {facts.get('k')}")
    return AuditCheck(
        standing.valid, standing.summary, refusal=f"the audit record says: {standing.summary}"
    )


def _describe_document(args: argparse.Namespace, doc_id: str) -> str:
    try:
        config = load_command_config(args)
        return f"{config.document(doc_id).names.ko} ({doc_id})"
    except Exception:  # an unreadable config must not hide the verdict
        return doc_id


def run(args: argparse.Namespace) -> int:
    try:
        payload = _payload(args.input)
        if args.public_key is not None:
            key = load_public_key(_read_small_file(args.public_key, MAX_KEY_BYTES))
        else:
            key = KioskSigner.load(command_data_dir(args)).public_key
    except (ValueError, OSError, RuntimeError, SigningError) as exc:
        return fail(args, str(exc), Exit.USAGE)
    result = verify_payload(payload, key)
    facts: dict[str, Any] = dict(result.facts or {})
    audit = _check_audit(args, facts) if result.valid else None
    valid = result.valid and (audit is None or audit.valid is not False)
    reason = result.reason
    if audit is not None and audit.valid is False:
        reason = audit.refusal
    shown = {_FACT_NAMES.get(k, k): v for k, v in facts.items()}
    if "document" in shown:
        shown["document"] = _describe_document(args, str(shown["document"]))
    if args.json:
        print(
            json.dumps(
                {
                    "valid": valid,
                    "reason": reason,
                    "facts": shown,
                    "audit": None
                    if audit is None
                    else {"checked": audit.valid is not None, "detail": audit.detail},
                    "key": fingerprint(key),
                },
                ensure_ascii=False,
            )
        )
    else:
        print("VALID" if valid else f"INVALID: {reason}")
        if result.valid:
            if audit is not None:
                shown["audit"] = audit.detail
            width = max((len(k) for k in shown), default=0)
            for name, value in shown.items():
                print(f"  {name:<{width}}  {value}")
        print(f"  key {fingerprint(key)}")
    return Exit.OK if valid else Exit.CHECK_FAILED
