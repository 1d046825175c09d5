"""The centre's key for personal data at rest (names, phone numbers of centre services).

One secret file, ``keys/centre-personal.key`` in the data folder (0600 in a
0700 folder), made on first use like the kiosk's signing key. Its first half
keys a Fernet cipher (AES-128-CBC with HMAC-SHA256) for the values, its
second half an HMAC-SHA256 that finds one value again without storing it in
clear (the same phone registering twice).

Every kiosk and counter terminal sharing one database must share this file:
copy it from the first kiosk to the others (and keep it with the backups);
without it the stored names and phone numbers cannot be read.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from kiosk.certificates.signing import key_dir, read_private_file, write_private_file

KEY_FILE = "centre-personal.key"
_KEY_BYTES = 64


def key_path(data_dir: Path) -> Path:
    """Where the centre key of the kiosk with data folder ``data_dir`` is."""
    return key_dir(data_dir) / KEY_FILE


class PersonalKeyError(Exception):
    """The key file is unusable, or a stored value was written with another key."""


@dataclass(frozen=True)
class PersonalDataKey:
    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.secret) != _KEY_BYTES:
            raise PersonalKeyError("the centre key must be 64 bytes")

    @classmethod
    def load(cls, data_dir: Path) -> PersonalDataKey | None:
        """The key in ``data_dir``, or None when there is no key file there."""
        path = key_path(data_dir)
        return cls(read_private_file(path)) if path.exists() else None

    @classmethod
    def load_or_create(cls, data_dir: Path) -> PersonalDataKey:
        path = key_path(data_dir)
        if not path.exists():
            # Another process may have made it meanwhile: use theirs.
            with contextlib.suppress(FileExistsError):
                write_private_file(path, secrets.token_bytes(_KEY_BYTES))
        return cls(read_private_file(path))

    @property
    def _fernet(self) -> Fernet:
        return Fernet(base64.urlsafe_b64encode(self.secret[:32]))

    def encrypt(self, value: str) -> str:
        return self._fernet.encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise PersonalKeyError(
                "a stored value does not open with this centre key (another kiosk's key file?)"
            ) from None

    def digest(self, purpose: str, value: str) -> str:
        """A keyed hash of ``value`` for ``purpose`` (the same value gives the same digest)."""
        message = f"{purpose}\0{value}".encode()
        return hmac.new(self.secret[32:], message, hashlib.sha256).hexdigest()
