"""Learning that the shared queue changed, whichever process changed it.

Counters, lobby displays and kiosks redraw when tickets, calls, counters or
events change. Database triggers (``kiosk/storage/migrations``) announce every
change:

* PostgreSQL: ``NOTIFY kiosk_changes`` with the table name. ``PgListener``
  keeps one connection in ``LISTEN`` on a thread of its own and hands each
  payload to the callback at once. If the server goes away it reconnects by
  itself (every ``reconnect_s``) and then reports ``RESYNC``, since changes
  made meanwhile were not announced.
* SQLite: triggers bump ``changes.n``. ``PollingListener`` reads it at most
  once a second (``POLL_INTERVAL_S``) and reports when it moved; ``poke()``
  makes it look at once (after a change made in this process).

The callback runs on the listener's thread: hand it to the UI thread (the
Qt adapter is ``ui/common/queue_feed.py``) and keep it short. Qt-free.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, Protocol

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from kiosk.storage.database import changes

log = logging.getLogger(__name__)

#: PostgreSQL channel the triggers notify.
CHANNEL = "kiosk_changes"

#: Reported instead of a table name when anything may have changed.
RESYNC = "*"

#: SQLite polling period: at most once a second.
POLL_INTERVAL_S = 1.0

ChangeCallback = Callable[[str], None]


class ChangeListener(Protocol):
    """Calls back with a table name (or ``RESYNC``) when the queue changed.

    ``start`` once, from any thread; it reports ``RESYNC`` first. ``stop``
    ends the thread (within a fraction of a second) and may be called twice.
    """

    def start(self, callback: ChangeCallback) -> None: ...

    def poke(self) -> None:
        """A change was just made in this process: report it without waiting for a poll."""
        ...

    def stop(self) -> None: ...


class _ThreadedListener(ABC):
    name = "change-listener"

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._callback: ChangeCallback | None = None

    def start(self, callback: ChangeCallback) -> None:
        if self._thread is not None:
            raise RuntimeError("listener already started")
        self._callback = callback
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def poke(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _emit(self, what: str) -> None:
        callback = self._callback
        if callback is None or self._stop.is_set():
            return
        try:
            callback(what)
        except Exception:  # a broken receiver must not end the listener
            log.exception("change callback failed")

    @abstractmethod
    def _run(self) -> None:
        """The listener thread's body; returns once ``_stop`` is set."""


class PollingListener(_ThreadedListener):
    """Polls the ``changes`` counter (SQLite, or any database as a fallback)."""

    name = "change-poller"

    def __init__(self, engine: Engine, interval_s: float = POLL_INTERVAL_S) -> None:
        super().__init__()
        if interval_s <= 0:
            raise ValueError(f"interval_s must be > 0, got {interval_s}")
        self._engine = engine
        self._interval = interval_s

    def _read(self) -> int | None:
        try:
            with self._engine.connect() as conn:
                value = conn.execute(select(changes.c.n).where(changes.c.id == 1)).scalar()
        except (DBAPIError, SQLAlchemyError) as exc:
            log.warning("change counter unreadable: %s", type(exc).__name__)
            return None
        return int(value) if value is not None else 0

    def _run(self) -> None:
        last: int | None = None
        first = True
        while not self._stop.is_set():
            value = self._read()
            if first:
                self._emit(RESYNC)
                first = False
            elif value is not None and value != last:
                self._emit(RESYNC if last is None else "changes")
            if value is not None:
                last = value
            elif last is not None:
                last = None  # unreadable: resync when it answers again
            self._wake.wait(self._interval)
            self._wake.clear()


class PgListener(_ThreadedListener):
    """``LISTEN kiosk_changes`` on a dedicated psycopg connection, reconnecting by itself."""

    name = "change-listener-pg"

    def __init__(self, engine: Engine, *, reconnect_s: float = 1.0, wait_s: float = 0.2) -> None:
        super().__init__()
        self._engine = engine
        self._reconnect_s = reconnect_s
        self._wait_s = wait_s
        self.connected = threading.Event()

    def _connect_params(self) -> dict[str, Any]:
        cargs, cparams = self._engine.dialect.create_connect_args(self._engine.url)
        params = dict(cparams)
        if cargs:
            params["conninfo"] = cargs[0]
        params.setdefault("connect_timeout", 5)
        params["autocommit"] = True
        return params

    def _run(self) -> None:
        import psycopg

        params = self._connect_params()
        while not self._stop.is_set():
            try:
                with psycopg.connect(**params) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    # Anything may have changed while nobody listened.
                    self._emit(RESYNC)
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self._wait_s):
                            self._emit(note.payload or RESYNC)
                        if self._wake.is_set():
                            self._wake.clear()
            except psycopg.Error as exc:
                log.warning("change listener lost the database: %s", type(exc).__name__)
            self.connected.clear()
            self._stop.wait(self._reconnect_s)


def create_listener(engine: Engine, *, poll_interval_s: float = POLL_INTERVAL_S) -> ChangeListener:
    """LISTEN/NOTIFY on PostgreSQL, polling the change counter elsewhere."""
    if engine.dialect.name == "postgresql":
        return PgListener(engine)
    return PollingListener(engine, max(poll_interval_s, POLL_INTERVAL_S))
