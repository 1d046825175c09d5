"""Technician authentication: PIN hashing, entry lockout and the technician card allowlist.

Qt-free so the rules are tested without widgets. The PIN is never stored:
only an scrypt hash with a random salt (``scrypt$n$r$p$salt$hash``, base64
parts) goes into ``technician.pin_hash``. Five wrong PINs in a row lock
entry for five minutes; every failure and lockout is logged, never the
digits typed.

Within one process the lockout is measured on the injected clock's
monotonic time, so a wall clock change cannot shorten it. The failure count
and the lockout end are also kept in the database (``tech_lockout``, one row
per kiosk, through ``DbLockoutStore``) and in a small file in the data
folder (``FileLockoutStore``, for the restarts while the database is out of
reach), so restarting the kiosk does not hand out five fresh tries. A restarted kiosk can only judge the stored end
by the wall clock: what is left is taken as ``stored end - now`` but never
more than one full lockout, so a wall clock set backwards locks for at most
``LOCKOUT_S`` more, never for hours.

A technician card is something the technician has, not proof of who holds
it (card UIDs can be cloned): a card on the allowlist only opens the PIN
pad (``card_allowed``); technician mode still needs the PIN.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from kiosk.clock import Clock
from kiosk.config import ConfigError, TechnicianConfig, load_config
from kiosk.config.edit import atomic_write
from kiosk.config.paths import ConfigLocation
from kiosk.storage.database import error_summary, tech_lockout

log = logging.getLogger(__name__)

#: scrypt cost: 2**14 * 8 * 128 bytes = 16 MiB of memory, well under a second.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32

MIN_PIN_DIGITS = 6
MAX_PIN_DIGITS = 12
MAX_FAILURES = 5
LOCKOUT_S = 300.0

_PIN_RE = re.compile(r"^\d+$")
_UID_RE = re.compile(r"^([0-9A-F]{2}){4,10}$")


class PinRuleError(ValueError):
    """The new PIN breaks a rule (message says which)."""


def check_pin_rules(pin: str) -> None:
    if not _PIN_RE.match(pin):
        raise PinRuleError("the PIN must be digits only")
    if not MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS:
        raise PinRuleError(f"the PIN must have {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits")
    if len(set(pin)) == 1 or pin in "01234567890123" or pin in "98765432109876":
        raise PinRuleError("the PIN must not be one repeated digit or a simple sequence")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = SCRYPT_N) -> str:
    """The storable hash of ``pin`` (checks the PIN rules first)."""
    check_pin_rules(pin)
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES
    )
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


@dataclass(frozen=True)
class _ScryptHash:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def _parse_hash(stored: str) -> _ScryptHash | None:
    """The parts of ``stored``; None unless it is a hash as ``hash_pin`` writes it."""
    try:
        scheme, n_s, r_s, p_s, salt_s, digest_s = stored.split("$")
        n, r, p = int(n_s), int(r_s), int(p_s)
        salt = base64.b64decode(salt_s, validate=True)
        digest = base64.b64decode(digest_s, validate=True)
    except ValueError:
        return None
    # scrypt wants n a power of two; the upper bounds keep a hand-edited cost
    # from making each PIN check take minutes and gigabytes.
    costs_ok = 2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16
    if scheme != "scrypt" or not (costs_ok and salt and digest):
        return None
    return _ScryptHash(n, r, p, salt, digest)


def is_pin_hash(stored: str) -> bool:
    """Whether ``stored`` is a PIN hash as ``kiosk tech set-pin`` writes it (not a bare PIN)."""
    return _parse_hash(stored) is not None


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored``; False for an empty or malformed hash."""
    parsed = _parse_hash(stored)
    if parsed is None:
        return False
    try:
        actual = hashlib.scrypt(
            pin.encode("utf-8"),
            salt=parsed.salt,
            n=parsed.n,
            r=parsed.r,
            p=parsed.p,
            dklen=len(parsed.digest),
        )
    except ValueError:  # more memory than hashlib allows
        return False
    return hmac.compare_digest(actual, parsed.digest)


def normalize_uid(uid: str) -> str:
    """``04:a1:b2:c3`` / ``04 A1 B2 C3`` -> ``04A1B2C3``; ValueError if not a UID."""
    cleaned = re.sub(r"[\s:\-]", "", uid).upper()
    if not _UID_RE.match(cleaned):
        raise ValueError(f"not a card UID (4 to 10 bytes in hex): {uid!r}")
    return cleaned


class Outcome(Enum):
    GRANTED = "granted"
    WRONG = "wrong"
    LOCKED = "locked"
    NO_PIN = "no_pin"


@dataclass(frozen=True)
class AuthResult:
    outcome: Outcome
    #: Wrong attempts left before the lockout (WRONG only).
    attempts_left: int = 0
    #: Seconds until entry opens again (LOCKED only).
    locked_for_s: float = 0.0

    @property
    def granted(self) -> bool:
        return self.outcome is Outcome.GRANTED


@dataclass(frozen=True)
class LockoutState:
    """What survives a restart: wrong PINs in a row, and the wall-clock end of a lockout."""

    failures: int = 0
    locked_until: datetime | None = None


class LockoutStore(Protocol):
    """Where a ``TechGate`` keeps its ``LockoutState`` between restarts."""

    def load(self) -> LockoutState: ...

    def save(self, state: LockoutState) -> None: ...


def lockout_file(data_dir: Path) -> Path:
    """Where a kiosk with data folder ``data_dir`` keeps its ``FileLockoutStore``."""
    return data_dir / "tech-lockout.json"


class FileLockoutStore:
    """The lockout in a small JSON file in the kiosk's data folder.

    The PIN pad opens before the database is reached, and stays usable when
    it never is (a pulled network cable): without this file each power
    cycle of such a kiosk would give five fresh tries. Never raises: an
    unreadable file counts as no failures, one that cannot be written is
    logged (the database row, once reached, still holds the count).
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> LockoutState:
        try:
            saved = json.loads(self.path.read_text("utf-8"))
            until = saved.get("locked_until")
            return LockoutState(
                failures=int(saved.get("failures", 0)),
                locked_until=datetime.fromisoformat(until) if until else None,
            )
        except FileNotFoundError:
            return LockoutState()
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            log.warning("technician lockout file not readable: %s", type(exc).__name__)
            return LockoutState()

    def save(self, state: LockoutState) -> None:
        until = state.locked_until.isoformat() if state.locked_until else None
        data = json.dumps({"failures": state.failures, "locked_until": until})
        try:
            atomic_write(self.path, data.encode("utf-8"), backup=False)
        except OSError as exc:
            log.warning("technician lockout file not written: %s", exc.strerror)


class BothLockoutStores:
    """The file and the database row together: the stricter of the two is loaded,
    and both are written (the file first: it is there when the database is not)."""

    def __init__(self, file: FileLockoutStore, database: LockoutStore) -> None:
        self.file = file
        self.database = database

    def load(self) -> LockoutState:
        return self.load_with(read_lockout(self.database))

    def load_with(self, in_database: LockoutState | None) -> LockoutState:
        """The file as it is now, with ``in_database`` read before (None: not readable).

        The kiosk reads the database row off the UI thread, as it opens the
        database; the file is read here, so that what technician mode did to
        it meanwhile (a right PIN clearing wrong ones) is not undone.
        """
        on_file = self.file.load()
        if in_database is None:
            return on_file
        ends = [s.locked_until for s in (on_file, in_database) if s.locked_until is not None]
        return LockoutState(
            failures=max(on_file.failures, in_database.failures),
            locked_until=max(ends) if ends else None,
        )

    def save(self, state: LockoutState) -> None:
        self.file.save(state)
        self.database.save(state)


def read_lockout(store: LockoutStore) -> LockoutState | None:
    """What ``store`` holds; None, with a warning, when the database cannot be read."""
    try:
        return store.load()
    except SQLAlchemyError as exc:
        log.warning("technician lockout not readable: %s", error_summary(exc))
        return None


class DbLockoutStore:
    """The ``tech_lockout`` row of one kiosk (SQLite or PostgreSQL). Raises SQLAlchemyError."""

    def __init__(self, engine: Engine, kiosk_id: str, clock: Clock) -> None:
        self._engine = engine
        self._kiosk_id = kiosk_id
        self._clock = clock

    def load(self) -> LockoutState:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(tech_lockout.c.failures, tech_lockout.c.locked_until).where(
                    tech_lockout.c.kiosk_id == self._kiosk_id
                )
            ).first()
        if row is None:
            return LockoutState()
        until = row.locked_until
        if until is not None and until.tzinfo is None:
            # SQLite hands back naive datetimes; they were written in UTC.
            until = until.replace(tzinfo=self._clock.now().tzinfo)
        return LockoutState(failures=int(row.failures), locked_until=until)

    def save(self, state: LockoutState) -> None:
        values = {
            "failures": state.failures,
            "locked_until": state.locked_until,
            "updated_at": self._clock.now(),
        }
        with self._engine.begin() as conn:
            changed = conn.execute(
                update(tech_lockout).where(tech_lockout.c.kiosk_id == self._kiosk_id).values(values)
            ).rowcount
            if not changed:
                conn.execute(insert(tech_lockout).values(kiosk_id=self._kiosk_id, **values))


class TechGate:
    """Decides whether a PIN opens technician mode, and whether a card may ask for it.

    One per kiosk process.

    Without a ``store`` the failure count and lockout live in memory only
    (the kiosk has not reached its database yet); ``use_store`` hands the
    database over later and merges what happened meanwhile.

    With ``saved_in`` (where the kiosk's config file is), each PIN is checked
    against the PIN hash that file holds at that moment (``read_saved_pin``).
    """

    def __init__(
        self,
        config: TechnicianConfig,
        clock: Clock,
        *,
        max_failures: int = MAX_FAILURES,
        lockout_s: float = LOCKOUT_S,
        store: LockoutStore | None = None,
        saved_in: ConfigLocation | None = None,
    ) -> None:
        self.config = config
        self._clock = clock
        self._saved_in = saved_in
        #: Why the file was last not usable (logged once, not at every check).
        self._unusable: str | None = None
        self.max_failures = max_failures
        self.lockout_s = lockout_s
        self._failures = 0
        self._locked_until: float | None = None
        self._store: LockoutStore | None = None
        if store is not None:
            self.use_store(store)

    def update_config(self, config: TechnicianConfig) -> None:
        self.config = config

    def read_saved_pin(self) -> None:
        """Take ``pin_hash`` from the config file as it is saved now.

        ``kiosk tech set-pin`` rewrites the file of a running kiosk (over SSH):
        the PIN it sets must open technician mode at once, and the PIN it
        replaced must not, without a restart. A file that cannot be read or
        holds no valid config keeps the hash known before in use (logged):
        the technician is neither locked out nor let in with any PIN.
        """
        location = self._saved_in
        if location is None or (location.path is None and not location.save_path.exists()):
            return  # the embedded demo config, nothing saved over it yet
        path = location.save_path
        try:
            saved = load_config(path).technician.pin_hash
        except ConfigError as exc:
            # Key paths, not messages: a message quotes the value, which may be
            # a PIN typed into pin_hash by hand.
            problem = "; ".join(p.path or p.message for p in exc.problems)
            if problem != self._unusable:
                log.warning(
                    "technician PIN: %s not usable (%s); the PIN hash read before stays",
                    path,
                    problem,
                )
            self._unusable = problem
            return
        self._unusable = None
        if saved != self.config.pin_hash:
            log.info("technician PIN hash changed in %s", path)
            self.config = self.config.model_copy(update={"pin_hash": saved})

    # -- persistence ------------------------------------------------------------
    def use_store(self, store: LockoutStore, *, saved: LockoutState | None = None) -> None:
        """Keep the lockout in ``store`` from now on, starting from what it remembers.

        ``saved``: what ``store`` holds, when the caller has read it already
        (the kiosk reads it off the UI thread, with the database).
        """
        if saved is None:
            try:
                saved = store.load()
            except SQLAlchemyError as exc:
                # The PIN pad must keep working; the lockout then lasts this process only.
                log.warning("technician lockout not readable: %s", error_summary(exc))
                saved = LockoutState()
        self._store = store
        left = self._left_of(saved)
        if left > 0 and left > self.locked_for():
            self._locked_until = self._clock.monotonic() + left
            self._failures = max(self._failures, saved.failures)
            log.warning("technician entry still locked for %.0f s (from before a restart)", left)
        elif saved.locked_until is None:
            self._failures = max(self._failures, saved.failures)
        # Written only when there is something to record or to clear (a stored
        # lockout that has ended leaves no failures behind): the usual start,
        # with no wrong PIN anywhere, then does not wait on the database.
        if saved != LockoutState() or self._failures or self._locked_until is not None:
            self._save()

    def _left_of(self, saved: LockoutState) -> float:
        """Seconds left of a stored lockout, judged by the wall clock, at most one lockout."""
        if saved.locked_until is None:
            return 0.0
        left = (saved.locked_until - self._clock.now()).total_seconds()
        return max(0.0, min(left, self.lockout_s))

    def _save(self) -> None:
        if self._store is None:
            return
        left = self.locked_for()
        until = self._clock.now() + timedelta(seconds=left) if left > 0 else None
        try:
            self._store.save(LockoutState(failures=self._failures, locked_until=until))
        except SQLAlchemyError as exc:
            log.warning("technician lockout not saved: %s", error_summary(exc))

    # -- PIN ------------------------------------------------------------------------
    def locked_for(self) -> float:
        """Seconds left in the lockout (0 when entry is open)."""
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self._clock.monotonic()
        if left <= 0:
            self._locked_until = None
            self._failures = 0
            self._save()
            return 0.0
        return left

    @property
    def pin_enabled(self) -> bool:
        return bool(self.config.pin_hash)

    def try_pin(self, pin: str) -> AuthResult:
        left = self.locked_for()
        if left > 0:
            log.warning("technician PIN entry refused: locked for %.0f s", left)
            return AuthResult(Outcome.LOCKED, locked_for_s=left)
        self.read_saved_pin()
        if not self.pin_enabled:
            log.warning("technician PIN entry attempted but no PIN is set")
            return AuthResult(Outcome.NO_PIN)
        if verify_pin(pin, self.config.pin_hash):
            if self._failures:
                self._failures = 0
                self._save()
            log.info("technician mode entered with PIN")
            return AuthResult(Outcome.GRANTED)
        self._failures += 1
        if self._failures >= self.max_failures:
            self._locked_until = self._clock.monotonic() + self.lockout_s
            self._save()
            log.warning(
                "technician PIN wrong %d times: entry locked for %.0f s",
                self._failures,
                self.lockout_s,
            )
            return AuthResult(Outcome.LOCKED, locked_for_s=self.lockout_s)
        self._save()
        log.warning("technician PIN wrong (%d of %d)", self._failures, self.max_failures)
        return AuthResult(Outcome.WRONG, attempts_left=self.max_failures - self._failures)

    # -- cards ----------------------------------------------------------------------
    def card_allowed(self, uid: str) -> bool:
        """Whether the card UID is on the allowlist (the UID is logged only when allowed).

        An allowed card only asks for the PIN: a UID alone can be cloned.
        """
        try:
            normalized = normalize_uid(uid)
        except ValueError:
            log.warning("technician card refused: unreadable UID")
            return False
        allowed = normalized in {u.upper() for u in self.config.card_uids}
        if allowed:
            log.info("technician card %s presented: asking for the PIN", normalized)
        else:
            # A resident's ID chip may be inserted here: its UID is not logged.
            log.info("card UID not on the technician allowlist")
        return allowed
