"""Qt adapter for a ``kiosk.ports.card.CardReader``: a worker thread in, signals out.

Card reads block for a second or more (and a slow card much longer), so the
reader lives on its own Python worker thread fed by a job queue; the UI
thread only enqueues requests and receives Qt signals (queued to the UI
thread by Qt, since they are emitted from other threads). Reader and card
events from the backend's monitor thread become signals too. ``drivers/``
stays Qt-free; this is the only Qt that touches the card reader.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.identity import MrzInfo
from kiosk.ports.card import (
    CardError,
    CardEvent,
    CardEventKind,
    CardReader,
    CardUnreadable,
    ReaderNotConnected,
)

log = logging.getLogger(__name__)

_STOP = object()


class CardReaderAdapter(QObject):
    """Runs one ``CardReader`` on a dedicated worker thread.

    Methods are called on the UI thread and return at once. Results:
    ``identity_read(request_id, Identity)`` or ``read_failed(request_id,
    CardError)``; ``readers_listed(list[ReaderInfo])``; ``card_waited(bool)``;
    events ``reader_added/reader_removed/card_inserted/card_removed(name)``.
    The receiver of an ``Identity`` owns it and must ``wipe()`` it when the
    session ends.
    """

    reader_added = Signal(str)
    reader_removed = Signal(str)
    card_inserted = Signal(str)
    card_removed = Signal(str)
    identity_read = Signal(int, object)
    read_failed = Signal(int, object)
    readers_listed = Signal(object)
    readers_failed = Signal(object)
    card_waited = Signal(bool)

    def __init__(self, reader: CardReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self._jobs: queue.Queue[Any] = queue.Queue()
        self._ids = itertools.count(1)
        self._thread: threading.Thread | None = None

    # -- UI thread -------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="card-reader", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Cancel any wait, close the reader on its thread and join it."""
        if self._thread is None:
            return
        self.reader.cancel()
        self._jobs.put(_STOP)
        self._thread.join(timeout_s)
        self._thread = None

    def read_identity(self, mrz: MrzInfo) -> int:
        """Queue a read; returns the request id the result signal carries."""
        request_id = next(self._ids)
        self._jobs.put(lambda: self._read(request_id, mrz))
        return request_id

    def list_readers(self) -> None:
        self._jobs.put(self._list)

    def wait_for_card(self, timeout_s: float) -> None:
        self._jobs.put(lambda: self.card_waited.emit(self._wait(timeout_s)))

    def cancel(self) -> None:
        """Wake a pending ``wait_for_card`` (it then reports False)."""
        self.reader.cancel()

    # -- worker thread ---------------------------------------------------------

    def _on_event(self, event: CardEvent) -> None:
        # Called on the backend's monitor thread: only emit.
        signal = {
            CardEventKind.READER_ADDED: self.reader_added,
            CardEventKind.READER_REMOVED: self.reader_removed,
            CardEventKind.CARD_INSERTED: self.card_inserted,
            CardEventKind.CARD_REMOVED: self.card_removed,
        }[event.kind]
        signal.emit(event.reader)

    def _run(self) -> None:
        try:
            self.reader.open(self._on_event)
        except Exception as exc:
            log.warning("card reader did not open: %s", type(exc).__name__)
        try:
            while True:
                job = self._jobs.get()
                if job is _STOP:
                    return
                self._guard(job)
                # A read's job holds the MRZ details typed for it: bound here
                # while the thread waits for the next job, it would keep them
                # alive long after the read, and the session, were over.
                del job
        finally:
            try:
                self.reader.close()
            except Exception as exc:
                log.warning("card reader did not close cleanly: %s", type(exc).__name__)

    def _guard(self, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception:
            log.exception("card reader job failed")

    def _read(self, request_id: int, mrz: MrzInfo) -> None:
        try:
            identity = self.reader.read_identity(mrz)
        except CardError as exc:
            self.read_failed.emit(request_id, exc)
            return
        except Exception as exc:
            # A bug must not leave the screen waiting forever. Type name only:
            # an exception message could carry personal data.
            self.read_failed.emit(request_id, CardUnreadable(f"unexpected {type(exc).__name__}"))
            return
        self.identity_read.emit(request_id, identity)

    def _list(self) -> None:
        try:
            readers = self.reader.list_readers()
        except CardError as exc:
            self.readers_failed.emit(exc)
            return
        self.readers_listed.emit(readers)

    def _wait(self, timeout_s: float) -> bool:
        try:
            return self.reader.wait_for_card(timeout_s)
        except ReaderNotConnected:
            return False
