"""The worker base: a ``QObject`` that lives on a ``QThread`` of its own.

Device and database calls may block for seconds, so they never run on the
UI thread. A worker is moved to a thread it owns; the UI thread asks for
work by emitting the worker's request signals, which Qt queues to the
worker thread, where they run one at a time in the order they were
emitted. Results go back as the worker's result signals, which Qt queues
to the thread of the receiving object (connect them to methods of objects
on the UI thread: a plain function or lambda would run on the worker
thread). The UI thread waits for a worker only in ``stop``.

A subclass names its thread (``thread_name``), adds its request and result
signals, and may override ``on_start`` (runs first on the worker thread,
e.g. open a device) and ``on_stop`` (runs last, e.g. close it)::

    class PrinterWorker(Worker):
        thread_name = "printer"
        request_print = Signal(object)
        printed = Signal(object)

        def __init__(self, printer: Printer) -> None:
            super().__init__()
            self.printer = printer
            self.request_print.connect(self._print)

        def on_start(self) -> None:
            self.printer.open()

        def on_stop(self) -> None:
            self.printer.close()

        @Slot(object)
        def _print(self, document: Document) -> None:
            self.printed.emit(self.printer.print_document(document))

A plain ``Worker(name)`` is a thread to run functions on (``call``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)


class Worker(QObject):
    """A ``QObject`` on its own ``QThread``: start, run requests in order, stop."""

    #: The thread's name, as debuggers and ``top -H`` show it.
    thread_name = "worker"

    #: A function to run on the worker thread (``call``).
    _call_requested = Signal(object)

    def __init__(self, name: str | None = None) -> None:
        # No parent: an object with a parent cannot move to another thread.
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName(name or self.thread_name)
        self.moveToThread(self._thread)
        self._thread.started.connect(self._started)
        self._call_requested.connect(self._call)

    # -- UI thread ---------------------------------------------------------------
    def start(self) -> None:
        """Start the thread; ``on_start`` runs on it before any request."""
        if not self._thread.isRunning():
            self._thread.start()

    def stop(self, timeout_s: float = 10.0) -> None:
        """Finish the requests already sent, run ``on_stop`` on the worker thread, end it.

        Waits at most ``timeout_s`` for a request in hand (a device that does
        not answer); results still on their way to the UI thread are dropped
        by whoever no longer listens.
        """
        if not self._thread.isRunning():
            return
        # The thread ends itself, after on_stop, from its own event loop: a
        # quit() sent from here could end the loop before the requests
        # already queued (on_stop among them) had run.
        self._call_requested.emit(self._finish)
        if not self._thread.wait(int(timeout_s * 1000)):
            log.error("%s did not stop within %g s", self._thread.objectName(), timeout_s)

    def call(self, fn: Callable[[], object]) -> None:
        """Run ``fn()`` on the worker thread, after the requests already sent (any thread)."""
        self._call_requested.emit(fn)

    # -- hooks (worker thread) -----------------------------------------------------
    def on_start(self) -> None:
        """First thing on the worker thread once it started (override)."""

    def on_stop(self) -> None:
        """Last thing on the worker thread before it ends (override)."""

    # -- slots (worker thread) -------------------------------------------------------
    @Slot()
    def _started(self) -> None:
        self.on_start()

    def _finish(self) -> None:
        try:
            self.on_stop()
        finally:
            self._thread.quit()

    @Slot(object)
    def _call(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:
            # Logged here, where the thread's name is known; nothing raised on a
            # worker reaches the UI. Type name only: a message could carry personal data.
            log.error("%s job failed: %s", self._thread.objectName(), type(exc).__name__)
