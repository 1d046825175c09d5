"""Personal data the centre services keep: encrypted at rest, findable by a keyed hash.

A phone number typed for a loan or a registration is stored only as
ciphertext (Fernet: AES-128-CBC with an HMAC) and as an HMAC-SHA256 hash
under a second key, so staff can list "loans for this number" without the
number in clear in the database. Both keys live in one owner-only file in
the kiosk's data folder (``keys/centre.key``), made on first use. Every
kiosk and counter terminal of a centre that share a database must share
this file too (copy it when installing the second machine; see
docs/deployment.md): a machine with another key can neither read nor find
the others' records.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import secrets
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from kiosk.certificates.signing import key_dir, read_private_file, write_private_file

KEY_FILE = "centre.key"


class VaultError(Exception):
    """The key file cannot be used, or a value was not encrypted with it."""


class Vault:
    """Encrypts, decrypts and hashes personal data with the centre's key."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != 64:
            raise VaultError("a centre key is 64 bytes")
        self._fernet = Fernet(base64.urlsafe_b64encode(secret[:32]))
        self._hash_key = secret[32:]

    @classmethod
    def load_or_create(cls, data_dir: Path) -> Vault:
        """The key in ``data_dir/keys``, made (0600 in a 0700 folder) on first use."""
        path = key_dir(data_dir) / KEY_FILE
        if not path.exists():
            # Another kiosk process may have made it meanwhile: use theirs.
            with contextlib.suppress(FileExistsError):
                write_private_file(path, secrets.token_bytes(64))
        try:
            return cls(read_private_file(path))
        except VaultError as exc:
            raise VaultError(f"{path}: {exc}") from None

    def encrypt(self, value: str) -> str:
        return self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, ValueError):
            raise VaultError("not encrypted with this centre's key") from None

    def hash(self, value: str) -> str:
        """A stable keyed hash of ``value``: equal values, equal hashes; no way back."""
        return hmac.new(self._hash_key, value.encode("utf-8"), hashlib.sha256).hexdigest()
