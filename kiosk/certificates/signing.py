"""The kiosk's signing key and the signed verification payload printed as a QR code.

Each kiosk install has one Ed25519 key pair, made on first run and kept in
the data directory (``keys/`` is 0700, the private key file 0600). Every
printed certificate carries a QR code holding a payload signed with it::

    KC1.<base64url(JSON facts)>.<base64url(Ed25519 signature)>

The signature covers ``KC1.<base64url(JSON facts)>``, so changing any
character of the facts (or the version) makes it invalid. The facts are
what a verifier needs to match the paper (issuance number, document,
center, kiosk, time, a masked holder name), nothing more. ``kiosk verify``
checks a payload against a kiosk's public key (``kiosk keys export``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "KC1"
KEY_DIR = "keys"
PRIVATE_KEY_FILE = "signing-ed25519.pem"


class SigningError(Exception):
    """A key file that cannot be used (unreadable, wrong type, unsafe permissions)."""


def key_dir(data_dir: Path) -> Path:
    return data_dir / KEY_DIR


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` owner-only (0700), or tighten it if it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)
    return path


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a new owner-only (0600) file, never readable by others in between."""
    ensure_private_dir(path.parent)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def read_private_file(path: Path) -> bytes:
    """Read a secret file, refusing one that others can read (it may have leaked)."""
    if os.name == "posix":
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise SigningError(f"{path}: permissions {mode:o} let others read it (need 600)")
    return path.read_bytes()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    if not text or any(c not in _B64_CHARS for c in text):
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64(data) != text:
        # Unused low bits in the last character: another spelling of the same
        # bytes. Only the canonical one is accepted, so no character can change.
        raise ValueError("not canonical base64url")
    return data


_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def fingerprint(key: Ed25519PublicKey) -> str:
    """Short id of a public key (first 16 hex digits of SHA-256 of its raw bytes)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError:
        raise SigningError("not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SigningError("not an Ed25519 public key")
    return key


class KioskSigner:
    """The install's private key; signs certificate payloads. Thread-safe (immutable)."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key

    @classmethod
    def load_or_create(cls, data_dir: Path) -> KioskSigner:
        """The key in ``data_dir/keys``, made (0600 in a 0700 folder) on first run."""
        path = key_dir(data_dir) / PRIVATE_KEY_FILE
        ensure_private_dir(path.parent)
        if not path.exists():
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
            try:
                write_private_file(path, pem)
                return cls(key)
            except FileExistsError:
                pass  # another kiosk process made it first: use theirs
        return cls.load(data_dir)

    @classmethod
    def load(cls, data_dir: Path) -> KioskSigner:
        path = key_dir(data_dir) / PRIVATE_KEY_FILE
        try:
            pem = read_private_file(path)
        except FileNotFoundError:
            raise SigningError(
                f"{path}: no signing key yet (it is made on the first run)"
            ) from None
        try:
            key = serialization.load_pem_private_key(pem, password=None)
        except (ValueError, TypeError):
            raise SigningError(f"{path}: not a readable private key") from None
        if not isinstance(key, Ed25519PrivateKey):
            raise SigningError(f"{path}: not an Ed25519 key")
        return cls(key)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self._key.public_key()

    def sign(self, facts: dict[str, Any]) -> str:
        """The QR payload for ``facts`` (compact JSON, keys sorted)."""
        body = json.dumps(facts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        signed = f"{PREFIX}.{_b64(body.encode('utf-8'))}"
        return f"{signed}.{_b64(self._key.sign(signed.encode('ascii')))}"


@dataclass(frozen=True)
class Verification:
    valid: bool
    #: Why it is invalid (empty when valid).
    reason: str = ""
    #: The payload's facts when they could be read (even if the signature is bad).
    facts: dict[str, Any] | None = None


def verify_payload(payload: str, public_key: Ed25519PublicKey) -> Verification:
    """Check a ``KC1.…`` payload's signature and shape."""
    parts = payload.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return Verification(False, "not a kiosk certificate code")
    try:
        body = _unb64(parts[1])
        signature = _unb64(parts[2])
    except ValueError:
        return Verification(False, "damaged code (not base64url)")
    facts: dict[str, Any] | None
    try:
        decoded = json.loads(body.decode("utf-8"))
        facts = decoded if isinstance(decoded, dict) else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        facts = None
    try:
        public_key.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"))
    except InvalidSignature:
        return Verification(
            False, "signature does not match (altered, or another kiosk's key)", facts
        )
    if facts is None:
        return Verification(False, "signed, but the facts are not a JSON object")
    return Verification(True, "", facts)
