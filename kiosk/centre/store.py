"""What the centre services' stores share: the checked centre key, and a base class.

A store reads and writes one service's tables. Each one needs the same
four things: the engine, the config, the clock (the centre's calendar day
decides what is "today") and the centre key that encrypts phone numbers.

The key must be the one the database's records were written with. A kiosk
set up without a copy of the first kiosk's key file makes a key of its
own (``PersonalDataKey.load_or_create``) and would then store phone numbers
and crisis reports that no counter could read. ``open_centre_key`` refuses
that: the first machine writes its key's fingerprint to ``centre_key``, and
a machine whose key gives another fingerprint gets ``CentreKeyMismatchError``
(the resident is told the service is unavailable; the log tells the
technician which file to copy). A database that already holds records
from before the fingerprint (migration 0010) takes the fingerprint only of
a key that opens them, so a wrong key cannot claim it by being first.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from kiosk.centre.keys import KEY_FILE, PersonalDataKey, PersonalKeyError
from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.storage.database import (
    centre_key,
    loans,
    parcels,
    programme_registrations,
    welfare_requests,
)

#: What the fingerprint is a keyed hash of (``PersonalDataKey.digest``).
_FINGERPRINT_PURPOSE = "centre-key-check"


class CentreKeyMismatchError(PersonalKeyError):
    """This machine's centre key is not the one the database's records use."""


def open_centre_key(engine: Engine, data_dir: Path) -> PersonalDataKey:
    """The centre key in ``data_dir``, checked against the one ``engine``'s records use.

    Raises ``CentreKeyMismatchError`` (with the file to copy) when they differ.
    """
    key = PersonalDataKey.load_or_create(data_dir)
    mine = _fingerprint(key)
    stored = _stored_fingerprint(engine)
    if stored is None:
        if not _opens_stored_records(engine, key):
            raise _mismatch(data_dir)
        try:
            with engine.begin() as conn:
                conn.execute(
                    insert(centre_key).values(id=1, fingerprint=mine, created_at=datetime.now(UTC))
                )
        except IntegrityError:
            pass  # another machine wrote its own a moment ago: compare with that
        stored = _stored_fingerprint(engine)
    if stored != mine:
        raise _mismatch(data_dir)
    return key


def _mismatch(data_dir: Path) -> CentreKeyMismatchError:
    return CentreKeyMismatchError(
        f"keys/{KEY_FILE} in {data_dir} is not the centre key this database's records "
        "were written with: copy the file from the first kiosk (docs/deployment.md)"
    )


class KeyCheck(Enum):
    """How this machine's centre key compares with the database's (``check_centre_key``)."""

    MATCHES = "matches"  # the key the records use
    FIRST = "first"  # nothing stored yet: this key becomes the centre's on first use
    MISSING = "missing"  # no key file here: copy the first kiosk's
    DIFFERENT = "different"  # another key: copy the first kiosk's file over it


def check_centre_key(engine: Engine, data_dir: Path) -> KeyCheck:
    """Compare the key in ``data_dir`` with the database's, writing nothing (``kiosk keys check``)."""
    key = PersonalDataKey.load(data_dir)
    if key is None:
        return KeyCheck.MISSING
    stored = _stored_fingerprint(engine)
    if stored is None:
        return KeyCheck.FIRST if _opens_stored_records(engine, key) else KeyCheck.DIFFERENT
    return KeyCheck.MATCHES if stored == _fingerprint(key) else KeyCheck.DIFFERENT


def _opens_stored_records(engine: Engine, key: PersonalDataKey) -> bool:
    """Whether ``key`` decrypts one stored value of each service (True when none is stored)."""
    encrypted = (
        loans.c.phone_enc,
        parcels.c.phone_enc,
        programme_registrations.c.phone_enc,
        welfare_requests.c.payload,
    )
    with engine.connect() as conn:
        for column in encrypted:
            token = conn.execute(select(column).where(column.is_not(None)).limit(1)).scalar()
            if token is None:
                continue
            try:
                key.decrypt(token)
            except PersonalKeyError:
                return False
    return True


def _fingerprint(key: PersonalDataKey) -> str:
    return key.digest(_FINGERPRINT_PURPOSE, "")


def _stored_fingerprint(engine: Engine) -> str | None:
    with engine.connect() as conn:
        value = conn.execute(select(centre_key.c.fingerprint).where(centre_key.c.id == 1))
        return value.scalar_one_or_none()


class CentreStore:
    """One service's rows in the centre's database; thread-safe as the engine is."""

    def __init__(
        self, engine: Engine, config: KioskConfig, clock: Clock, key: PersonalDataKey
    ) -> None:
        self._engine = engine
        self._config = config
        self._clock = clock
        self._key = key
        self._zone = ZoneInfo(config.center.timezone)

    def today(self) -> date:
        """The centre's calendar day now (what a business day and a due date count in)."""
        return self._clock.now().astimezone(self._zone).date()
