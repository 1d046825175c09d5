"""One running kiosk per kiosk id on a database.

A kiosk settles at start what its last run left unfinished: holds it
approved, copies it was printing (``AuditLog.recover_interrupted``). It
finds them by ``center.kiosk_id``. A second kiosk started with the same id
on the same database (a disk image cloned without changing the id, a
second ``kiosk run`` on one machine) would void the first one's payments
while it prints, and both would count wrong PINs against one lockout. So
the kiosk claims its id before it attaches its services, and holds the
claim for as long as it runs:

* PostgreSQL: a session advisory lock on a connection kept open. The
  server drops it when the connection ends; short TCP keepalives make a
  kiosk that lost its power release it within about half a minute rather
  than the system default of two hours.
* SQLite: an exclusive ``flock`` on a file beside the database, released
  by the kernel when the process ends, however it ends.

A server session can still end under a running kiosk (a network outage
longer than the keepalives): the device worker calls ``KioskClaim.keep``
every few seconds, which takes the lock again on a new session and says
so when another kiosk took it meanwhile.

A claim that is taken is reported as ``KioskIdInUseError``, a kind of
``StorageUnreachableError``: the kiosk shows "temporarily unavailable",
says why in technician mode and tries again, so a claim left by a kiosk
that has just died is picked up once the server lets it go.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import re
from pathlib import Path
from typing import IO

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from kiosk.storage.database import StorageError, StorageUnreachableError, error_summary
from kiosk.storage.urls import hide_url_secrets

log = logging.getLogger(__name__)

#: First key of the PostgreSQL advisory locks that claim kiosk ids ("KIOS" in
#: ASCII); the second is the hash of the schema and the id. The migration lock
#: uses the one-key form, which PostgreSQL keeps apart from the two-key one.
CLAIM_LOCK_SPACE = 0x4B494F53

#: Server-side keepalives of the claiming connection: idle seconds before the
#: first probe, seconds between probes, probes before the peer counts as gone.
KEEPALIVE = {"tcp_keepalives_idle": 10, "tcp_keepalives_interval": 5, "tcp_keepalives_count": 3}


class KioskIdInUseError(StorageUnreachableError):
    """Another running kiosk holds this kiosk id on this database."""

    def __init__(self, kiosk_id: str, where: str) -> None:
        super().__init__(
            f"center.kiosk_id {kiosk_id!r} is in use by another running kiosk on {where}: "
            "give each kiosk its own id (trying again in case that kiosk has just stopped)"
        )
        self.kiosk_id = kiosk_id


class KioskClaim:
    """A held claim on a kiosk id; ``release`` lets it go (idempotent)."""

    def __init__(
        self,
        kiosk_id: str,
        *,
        engine: Engine | None = None,
        connection: Connection | None = None,
        lock_file: IO[str] | None = None,
    ) -> None:
        self.kiosk_id = kiosk_id
        #: The PostgreSQL server the claim is on (None for SQLite: a file lock is never lost).
        self._engine = engine
        self._connection = connection
        self._lock_file = lock_file
        self._released = False

    def keep(self) -> None:
        """Check that the claim still holds, and take it again after a lost connection.

        For the device worker's periodic job (it blocks on the server). The
        server ends a session its keepalives gave up on (a network outage of
        half a minute), and the lock goes with it: another kiosk with this id
        could take it then. Raises ``KioskIdInUseError`` when one did, and
        ``StorageUnreachableError`` while the server does not answer; both
        are tried again at the next call.
        """
        if self._engine is None or self._released:
            return
        if self._connection is not None:
            try:
                self._connection.execute(text("SELECT 1"))
                self._connection.commit()
                return
            except DBAPIError:
                _end_session(self._connection)
                self._connection = None
                log.warning("the connection holding center.kiosk_id was lost: claiming it again")
        again = _claim_on_server(self._engine, self.kiosk_id)
        self._connection, again._connection = again._connection, None
        log.info("center.kiosk_id %r claimed again", self.kiosk_id)

    def release(self) -> None:
        self._released = True
        if self._connection is not None:
            connection, self._connection = self._connection, None
            _end_session(connection)
        if self._lock_file is not None:
            lock_file, self._lock_file = self._lock_file, None
            lock_file.close()


def claim_kiosk_id(engine: Engine, kiosk_id: str) -> KioskClaim:
    """Claim ``kiosk_id`` on ``engine``'s database, or raise ``KioskIdInUseError``.

    An in-memory SQLite database is private to its process: nothing to claim.
    Raises ``StorageUnreachableError`` when the server stops answering meanwhile.
    """
    if engine.url.get_backend_name() == "postgresql":
        return _claim_on_server(engine, kiosk_id)
    database = engine.url.database
    if not database or database == ":memory:":
        return KioskClaim(kiosk_id)
    return _claim_file(Path(database), kiosk_id)


def lock_file_path(database: Path, kiosk_id: str) -> Path:
    """The file whose lock claims ``kiosk_id`` on the SQLite file ``database``."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", kiosk_id)
    return database.with_name(f"{database.name}.kiosk-{safe}.lock")


def _claim_file(database: Path, kiosk_id: str) -> KioskClaim:
    path = lock_file_path(database, kiosk_id)
    try:
        lock_file = path.open("a", encoding="utf-8")
    except OSError as exc:
        raise StorageError(f"{path}: cannot claim center.kiosk_id ({exc.strerror})") from None
    try:
        fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock_file.close()
        raise KioskIdInUseError(kiosk_id, str(database)) from None
    # Who holds it, for a technician reading the folder (the lock is what counts).
    lock_file.truncate(0)
    lock_file.write(f"{os.getpid()}\n")
    lock_file.flush()
    return KioskClaim(kiosk_id, lock_file=lock_file)


def _claim_on_server(engine: Engine, kiosk_id: str) -> KioskClaim:
    where = hide_url_secrets(engine.url)
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        # The server went away again since the database was opened.
        raise StorageUnreachableError(
            f"{where}: cannot claim center.kiosk_id ({error_summary(exc)})"
        ) from None
    try:
        for setting, value in KEEPALIVE.items():
            connection.execute(text(f"SET {setting} = {int(value)}"))
        taken = connection.execute(
            # Per schema: centres may share one database, a schema each.
            text("SELECT pg_try_advisory_lock(:space, hashtext(current_schema() || '/' || :id))"),
            {"space": CLAIM_LOCK_SPACE, "id": kiosk_id},
        ).scalar_one()
        # The lock belongs to the session, not the transaction: end the
        # transaction so the connection does not sit "idle in transaction".
        connection.commit()
    except DBAPIError as exc:
        _end_session(connection)
        raise StorageUnreachableError(
            f"{where}: cannot claim center.kiosk_id ({error_summary(exc)})"
        ) from None
    if not taken:
        _end_session(connection)
        raise KioskIdInUseError(kiosk_id, where)
    return KioskClaim(kiosk_id, engine=engine, connection=connection)


def _end_session(connection: Connection) -> None:
    """Close the server session itself. Closing a Connection only hands it back to
    the pool, where the session, its lock and its keepalive settings would live on."""
    # A server that is gone took the lock with the session.
    with contextlib.suppress(DBAPIError):
        connection.invalidate()
    connection.close()
