"""The audit trail of issued certificates, and issuance numbers (문서확인번호).

Every printed copy gets an issuance number: 16 digits from ``secrets`` in
groups of four (``1234-5678-9012-3456``), unique in the ``issuances`` table
and not guessable, so a number alone proves nothing without the kiosk's
records. Each row keeps the number, the document, copies, fee, payment
result, time and kiosk, and the resident only as an HMAC-SHA256 of their
identity under a per-install secret key (``keys/audit-hmac.key``, 0600):
the same person gives the same hash on this kiosk (staff can answer "was
this person issued documents?" given the card), yet the table alone
reveals no one. Nothing else about the resident is stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from kiosk.identity import Identity
from kiosk.signing import key_dir, read_private_file, write_private_file
from kiosk.storage import issuances

HMAC_KEY_FILE = "audit-hmac.key"


def new_issuance_number() -> str:
    digits = f"{secrets.randbelow(10**16):016d}"
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def load_or_create_hmac_key(data_dir: Path) -> bytes:
    path = key_dir(data_dir) / HMAC_KEY_FILE
    if not path.exists():
        # Another kiosk process may have made it meanwhile: use theirs.
        with contextlib.suppress(FileExistsError):
            write_private_file(path, secrets.token_bytes(32))
    return read_private_file(path)


def identity_hash(key: bytes, identity: Identity) -> str:
    """HMAC-SHA256 of who the chip says this is (issuing state, document number, birth date)."""
    return hmac.new(key, identity.key.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class IssuanceRecord:
    issuance_number: str
    document_id: str
    copies: int
    fee_won: int
    #: ``captured``, ``waived`` or ``voided``.
    payment_result: str
    printed: bool
    issued_at: datetime
    kiosk_id: str
    identity_hash: str


class AuditLog:
    """Writes and reads the ``issuances`` table. Call from a worker thread (database I/O)."""

    def __init__(self, engine: Engine, hmac_key: bytes) -> None:
        self._engine = engine
        self._key = hmac_key

    def identity_hash(self, identity: Identity) -> str:
        return identity_hash(self._key, identity)

    def reserve_number(self) -> str:
        """A fresh issuance number not yet in the table (collisions are astronomically rare)."""
        while True:
            number = new_issuance_number()
            with self._engine.connect() as conn:
                taken = conn.execute(
                    select(issuances.c.id).where(issuances.c.issuance_number == number)
                ).first()
            if taken is None:
                return number

    def record(self, entry: IssuanceRecord) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(issuances).values(**entry.__dict__))
        except IntegrityError:
            raise ValueError("issuance number already recorded") from None

    def entries(self) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(issuances).order_by(issuances.c.id)).all()
        return [dict(r._mapping) for r in rows]
