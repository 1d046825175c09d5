"""Qt adapters for the shared queue: change notifications and database jobs.

``ChangeFeed`` hands ``kiosk.queue.notify`` callbacks (listener thread) to the UI
thread as its ``changed`` signal. ``DbWorker`` runs database calls in order
on one worker thread (``ui.common.worker``) and delivers each result (or
exception) to a callback on the UI thread, so counter and display windows
never wait for the database. ``Refresher`` is how those windows keep their
snapshot of the queue current.

Typical use (UI thread)::

    feed = ChangeFeed(create_listener(engine))
    feed.changed.connect(window.refresh)
    feed.start()
    worker = DbWorker()
    worker.start()
    worker.submit(lambda: ops.call_next(2), on_result=show, on_error=complain)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from sqlalchemy import Engine

from kiosk.clock import Clock, SystemClock
from kiosk.config import KioskConfig
from kiosk.queue.counter import CounterOps
from kiosk.queue.notify import RESYNC, ChangeListener, create_listener
from kiosk.storage.database import open_database
from ui.common.application import process_events_until
from ui.common.timers import make_timer
from ui.common.worker import Worker

log = logging.getLogger(__name__)


class ChangeFeed(QObject):
    """Emits ``changed(table)`` on the UI thread when the queue changed anywhere.

    Also emits ``changed(RESYNC)`` every ``resync_ms`` as a safety net.
    """

    changed = Signal(str)

    def __init__(
        self, listener: ChangeListener, *, resync_ms: int = 30_000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._listener = listener
        self._started = False
        self._timer = make_timer(self, lambda: self.changed.emit(RESYNC), resync_ms)

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        # Emitting from the listener thread queues the signal to this object's thread.
        self._listener.start(self.changed.emit)
        self._timer.start()

    def poke(self) -> None:
        """A change was made in this process: let every window know without waiting."""
        self._listener.poke()

    def stop(self) -> None:
        self._timer.stop()
        if self._started:
            self._listener.stop()
            self._started = False


class _Job:
    __slots__ = ("error", "fn", "on_error", "on_result", "result")

    def __init__(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        self.fn = fn
        self.on_result = on_result
        self.on_error = on_error
        self.result: Any = None
        self.error: Exception | None = None


class DbWorker(QObject):
    """Runs jobs one after another on its own thread; callbacks run on the UI thread.

    The object itself stays on the UI thread (it may have a parent there, and
    its ``_done`` slot must run there); the jobs run on its ``Worker``.
    """

    #: Emitted on the worker thread with a finished ``_Job``; delivered on the UI thread.
    _done = Signal(object)

    def __init__(self, name: str = "db-worker", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = Worker(name)
        self._done.connect(self._deliver)
        self._pending = 0

    def start(self) -> None:
        self._worker.start()

    def stop(self) -> None:
        """Finish the jobs already submitted and end the thread (pending callbacks are dropped)."""
        self._worker.stop()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``fn()`` on the worker thread (UI thread only)."""
        self._pending += 1
        job = _Job(fn, on_result, on_error)
        self._worker.call(lambda: self._run(job))

    def _run(self, job: _Job) -> None:  # worker thread
        try:
            job.result = job.fn()
        except Exception as exc:  # delivered to on_error on the UI thread
            job.error = exc
        self._done.emit(job)

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        if job.error is not None:
            if job.on_error is not None:
                job.on_error(job.error)
            else:
                log.error("database job failed: %s", type(job.error).__name__)
            return
        if job.on_result is not None:
            job.on_result(job.result)

    def wait_idle(self, timeout_s: float = 10.0) -> bool:
        """Process events until every submitted job was delivered (tests, demo)."""
        return process_events_until(lambda: not self.busy, timeout_s, poll_s=0.002)


class Refresher(QObject):
    """Keeps a window's snapshot of the queue fresh, one fetch at a time.

    ``refresh()`` may be called as often as changes arrive: while a fetch is
    running, further calls make one more fetch after it, not one each. A
    failed fetch goes to ``on_failed`` and is tried again after ``retry_ms``.
    ``job()`` is called on the UI thread at each fetch and returns the
    function the worker runs, so it can read the window's state (the last
    call seen, say) without the worker thread touching the window.
    """

    def __init__(
        self,
        worker: DbWorker,
        job: Callable[[], Callable[[], Any]],
        on_ready: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        *,
        retry_ms: int,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._job = job
        self._on_ready = on_ready
        self._on_failed = on_failed
        self._running = False
        self._again = False
        self._retry = make_timer(self, self.refresh, retry_ms, single_shot=True)

    def refresh(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        self._worker.submit(self._job(), on_result=self._ready, on_error=self._failed)

    def retry_later(self) -> None:
        """Fetch again after ``retry_ms`` (the database did not answer something else)."""
        self._retry.start()

    def stop(self) -> None:
        self._retry.stop()

    def _ready(self, snapshot: Any) -> None:
        self._running = False
        self._on_ready(snapshot)
        if self._again:
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._running = False
        self._on_failed(exc)
        self.retry_later()


class SharedQueue:
    """What counter and display windows share: engine, counter operations, feed, worker.

    ``open`` builds them from the config (UI thread); ``close`` stops the
    threads and releases the database.
    """

    def __init__(self, engine: Engine, ops: CounterOps, feed: ChangeFeed, worker: DbWorker) -> None:
        self.engine = engine
        self.ops = ops
        self.feed = feed
        self.worker = worker

    @classmethod
    def open(
        cls,
        config: KioskConfig,
        url: str,
        clock: Clock | None = None,
        *,
        migrate: bool | None = None,
    ) -> SharedQueue:
        """Open the database (``StorageError`` when it cannot) and start feed and worker."""
        engine = open_database(url, migrate=migrate)
        ops = CounterOps(engine, config, clock or SystemClock())
        feed = ChangeFeed(create_listener(engine))
        worker = DbWorker()
        worker.start()
        feed.start()
        return cls(engine, ops, feed, worker)

    def close(self) -> None:
        self.feed.stop()
        self.worker.stop()
        self.engine.dispose()
