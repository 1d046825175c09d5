"""Opening the database after the first frame: off the UI thread, and patient with a server.

``kiosk run`` paints home first and then opens storage. Opening runs on a
short-lived thread so the home screen keeps answering taps (they wait as
held effects, see ``MainWindow.start``); a PostgreSQL server may take up to
its 5 s connect limit to answer.

A server that does not answer (``StorageUnreachableError``: down, still
starting after a power cut, the network not up yet) is not a reason to exit:
the kiosk would be restarted by its service manager a few times and then
stay dead. Instead the window is told the services are offline (taps say
"temporarily unavailable, please ask at the counter") and opening is tried
again every ``RETRY_S`` seconds until the server answers. Every other
storage error (a corrupt file, an outdated schema, a bad URL) will not mend
by itself and ends the program with its message, as before.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from kiosk.storage.database import StorageError, StorageUnreachableError
from ui.common.timers import make_timer

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from ui.app.compose import Kiosk
    from ui.resident.window import MainWindow

log = logging.getLogger(__name__)

#: Seconds between attempts to reach a database server that did not answer.
RETRY_S = 10.0

#: Seconds ``StorageOpener.stop`` waits for an attempt in hand: an attempt
#: asks the server up to three times (open, claim the kiosk id, read the PIN
#: lockout), each within the 5 s connect limit, and a margin.
STOP_WAIT_S = 17.0


class Disposable(Protocol):
    """What opening hands back: an Engine, or ``OpenedStorage``; disposed when
    nobody is left to use it."""

    def dispose(self) -> None: ...


class StorageOpener(QObject):
    """Opens ``url`` on a thread until it opens or fails for good (signals on the UI thread)."""

    #: What ``open_database`` returned, ready to attach.
    opened = Signal(object)
    #: A StorageError that retrying will not mend.
    failed = Signal(object)
    #: The server did not answer (the message); another attempt is scheduled.
    unreachable = Signal(str)
    _answer = Signal(object)

    def __init__(
        self,
        url: Callable[[], str],
        open_database: Callable[[str], Disposable],
        *,
        retry_s: float = RETRY_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._url = url
        self._open = open_database
        self.retry_s = retry_s
        self.attempts = 0
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._retry = make_timer(self, self.start, single_shot=True)
        # Emitted from the opening thread; delivered on the UI thread.
        self._answer.connect(self._answered)

    @Slot()
    def start(self) -> None:
        if self._stopped:
            return
        self.attempts += 1
        # Asked each time: a technician may correct the URL while the kiosk waits.
        url = self._url()
        self._thread = threading.Thread(
            target=self._attempt, args=(url,), name="storage-open", daemon=True
        )
        self._thread.start()

    def stop(self, wait_s: float = STOP_WAIT_S) -> None:
        """No more attempts (the kiosk is shutting down); wait for one in hand.

        The attempt is waited for because a thread still inside PySide6 when
        the interpreter finalizes is torn down mid-call and aborts the whole
        process ("terminate called without an active exception"), turning a
        clean exit code into SIGABRT. An attempt ends within the server's
        connect limit, so the wait is bounded.
        """
        self._stopped = True
        self._retry.stop()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(wait_s)

    def retry_later(self, why: StorageUnreachableError) -> None:
        """Report ``why`` through ``unreachable`` and try again in ``retry_s`` (UI thread)."""
        log.warning(
            "database not usable yet (attempt %d), trying again in %.0f s: %s",
            self.attempts,
            self.retry_s,
            why,
        )
        self.unreachable.emit(str(why))
        self._retry.start(int(self.retry_s * 1000))

    def _attempt(self, url: str) -> None:
        answer: Disposable | StorageError
        try:
            answer = self._open(url)
        except StorageError as exc:
            answer = exc
        except Exception as exc:  # a bug in opening must not kill the thread silently
            log.exception("opening the database failed unexpectedly")
            answer = StorageError(f"cannot open the database ({type(exc).__name__}: {exc})")
        if shiboken6.isValid(self):
            self._answer.emit(answer)
        elif not isinstance(answer, BaseException):
            answer.dispose()  # nobody is left to use it

    @Slot(object)
    def _answered(self, answer: object) -> None:
        if self._stopped:
            if not isinstance(answer, BaseException):
                answer.dispose()  # type: ignore[attr-defined]
            return
        if isinstance(answer, StorageUnreachableError):
            self.retry_later(answer)
        elif isinstance(answer, StorageError):
            self.failed.emit(answer)
        else:
            if self.attempts > 1:
                log.info("database reached after %d attempts", self.attempts)
            self.opened.emit(answer)


def boot_services(
    window: MainWindow,
    *,
    data_dir: Path,
    config_path: Path | None,
    started: Callable[[Kiosk], None],
    fatal: Callable[[str, int], None],
    open_database: Callable[[str], Engine] | None = None,
    retry_s: float = RETRY_S,
    **attach: Any,
) -> StorageOpener:
    """Open the database for ``window`` (see the module docstring), then attach the
    devices and start the kiosk; ``started(kiosk)`` when it runs, ``fatal(message,
    exit code)`` when it cannot. ``attach``: more arguments for ``attach_services``."""
    from kiosk.storage.database import database_url
    from kiosk.storage.database import open_database as open_storage
    from ui.app.compose import (
        OpenedStorage,
        attach_services,
        take_storage,
        technician_mode,
    )

    open_db = open_database or open_storage

    def open_and_claim(url: str) -> OpenedStorage:
        # On the opening thread: claiming the id and reading the lockout talk
        # to the server too. A kiosk whose id another running kiosk holds
        # (KioskIdInUseError) is "unreachable": it waits and tries again.
        config = window.flow.config
        return take_storage(open_db(url), config, data_dir, window.flow.clock)

    def opened(storage: OpenedStorage) -> None:
        from drivers.registry import BackendUnavailableError, UnknownBackendError

        if storage.claim.kiosk_id != window.flow.config.center.kiosk_id:
            # A technician changed center.kiosk_id (the way out of "in use")
            # while this attempt claimed the old one: claim the new one.
            storage.dispose()
            opener.start()
            return
        try:
            kiosk = attach_services(
                window, data_dir=data_dir, config_path=config_path, storage=storage, **attach
            )
        except (UnknownBackendError, BackendUnavailableError) as exc:
            fatal(f"kiosk: devices: {exc}", 2)
            return
        except StorageUnreachableError as exc:
            # The server went away again since it was opened: it may come back.
            opener.retry_later(exc)
            return
        kiosk.start()
        started(kiosk)

    def unreachable(why: str) -> None:
        window.services_offline()
        # Technician mode opens without the database: to read why, fix the URL,
        # or leave for the desktop. The next attempt uses the URL saved there.
        entry = technician_mode(window, data_dir=data_dir, config_path=config_path)
        entry.controller.ctx.storage_problem = why

    opener = StorageOpener(
        lambda: database_url(window.flow.config.storage.database_url, data_dir),
        open_and_claim,
        retry_s=retry_s,
        parent=window,
    )
    opener.opened.connect(opened)
    opener.unreachable.connect(unreachable)
    opener.failed.connect(lambda exc: fatal(f"kiosk: {exc}", 3))
    opener.start()
    return opener
