"""Technician mode's brain: apply settings live and save them, run device tests off the UI thread.

``TechController`` owns the ``SettingsStore`` (the config and its file) and
knows the running kiosk's parts (device worker, queue, flow). A change is
validated by the schema, saved atomically and applied live: a changed
printer section builds a new printer and hands it to the device worker,
which closes the old one and opens the new one on its own thread; queue,
flow and the technician gate get the new config. A change that renames,
renumbers or turns off a service waits until the queue, asked on a worker
thread of its own, says none of the service's tickets is in play today.
Device tests and queries run on the device worker (printer) or on a
background thread (discovery, card reads, network probes, diagnostics
export); results come back as signals on the UI thread.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from kiosk.clock import Clock
from kiosk.config import ConfigError, ConfigProblem, KioskConfig
from kiosk.config.edit import (
    SettingsStore,
    get_value,
    queue_changes,
    set_value,
    tickets_held_back,
)
from kiosk.i18n import N_, Text
from kiosk.journeys.flow import Flow
from kiosk.ports.printer import PrintFailure, PrintResult
from kiosk.queue.store import NumberingReset, Queue
from kiosk.storage.database import error_summary
from kiosk.tech.auth import TechGate
from kiosk.tech.log_buffer import RingBufferHandler
from ui.common.i18n import tr
from ui.tech.host import PrinterWorker

if TYPE_CHECKING:
    from ui.common.queue_feed import DbWorker

log = logging.getLogger(__name__)

#: ``kiosk run`` exits with this code when a technician asks for a restart
#: (the service manager restarts the kiosk; see docs/kiosk-os.md).
RESTART_EXIT_CODE = 75


class Background(QObject):
    """Runs blocking jobs on a small thread pool; callbacks run on the UI thread."""

    _finished = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="tech-job")
        self._ids = itertools.count(1)
        self._callbacks: dict[int, Callable[[Any], None]] = {}
        self._errors: dict[int, Callable[[BaseException], None] | None] = {}
        self._closed = False
        self._finished.connect(self._deliver)

    def submit(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future[Any] | None:
        """Run ``job`` on the pool; None once shut down (the job is dropped)."""
        if self._closed:
            # A queued signal (a printer swapped just before technician mode
            # closed) can still ask for work; there is nobody left to show it.
            log.debug("technician job dropped: technician mode has closed")
            return None
        job_id = next(self._ids)
        self._callbacks[job_id] = done
        self._errors[job_id] = failed

        def run() -> None:
            try:
                result = job()
            except Exception as exc:
                log.warning("technician job failed: %s", type(exc).__name__)
                self._finished.emit(job_id, None, exc)
                return
            self._finished.emit(job_id, result, None)

        return self._pool.submit(run)

    @property
    def busy(self) -> bool:
        """A job has not called back yet."""
        return bool(self._callbacks)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        done = self._callbacks.pop(job_id, None)
        failed = self._errors.pop(job_id, None)
        if not _receiver_alive(done) or not _receiver_alive(failed):
            # The page that asked was closed (technician mode locked) meanwhile.
            return
        if error is not None:
            if failed is not None:
                failed(error)
            return
        if done is not None:
            done(result)

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
        # Jobs that finished meanwhile have queued their results; the pages
        # they would draw on are being deleted, so nobody is called back.
        self._callbacks.clear()
        self._errors.clear()


def _receiver_alive(callback: Callable[..., None] | None) -> bool:
    """False when ``callback`` is a method of a Qt object that has been deleted."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


@dataclass
class TechContext:
    """The running kiosk's parts technician mode works with."""

    store: SettingsStore
    gate: TechGate
    clock: Clock
    #: The resident's device worker and queue; None while the kiosk has not
    #: reached its database yet (``ui.app.boot``), when technician mode still opens.
    worker: PrinterWorker | None
    queue: Queue | None
    flow: Flow
    data_dir: Path
    log_buffer: RingBufferHandler | None = None
    started_monotonic: float = field(default_factory=time.monotonic)
    #: Called with a new config after it is applied (e.g. to rebuild the home screen).
    on_config_applied: list[Callable[[KioskConfig], None]] = field(default_factory=list)
    #: Why the database has not been reached (while ``queue`` is None).
    storage_problem: str | None = None
    #: Put a new voice / card reader in place of the running one (built and
    #: checked from a saved change); None until the kiosk has them.
    use_speaker: Callable[[Any], None] | None = None
    use_card_reader: Callable[[Any], None] | None = None
    #: Whether the kiosk runs the certificate journey (built at start when a
    #: document was enabled); None until it is known.
    certificates: bool | None = None


def _printer_factory(config: KioskConfig) -> Any:
    from drivers.printer import create_printer

    return create_printer(config.devices.printer)


def _speaker_factory(config: KioskConfig) -> Any:
    from ui.common.speech import create_speaker

    return create_speaker(config.devices.speech)


def _card_reader_factory(config: KioskConfig) -> Any:
    from drivers.card import create_card_reader

    return create_card_reader(config.devices.card_reader)


def _discard(built: dict[str, Any]) -> None:
    """Close devices built for a change that was not saved."""
    for device in built.values():
        try:
            device.close()
        except Exception as exc:  # it was never used; the change is refused anyway
            log.warning("a device built for a refused change did not close: %s", exc)


#: Settings saved at once but used from the next start: what is built from
#: them holds a database connection, the kiosk id's claim or a payment
#: session, which are not swapped under a resident.
AT_RESTART = ("storage", "center.kiosk_id", "records", "devices.payment")


#: Settings that may rename a service: the list of services as a table, or one id.
_SERVICE_IDS = re.compile(r"services(\[\d+\]\.id)?")


def _under(key: str, prefix: str) -> bool:
    """Whether setting ``key`` changes something under ``prefix`` (or all of it)."""
    return (
        key == prefix
        or key.startswith((prefix + ".", prefix + "["))
        or prefix.startswith(key + ".")
    )


def counters_to_restart(old: KioskConfig, new: KioskConfig) -> list[int]:
    """The counters whose terminals must restart to follow ``new``: those that
    serve other services in it (a service's counters list, or a service turned
    on, off or renamed), or all of them when the ``[counters]`` section changed.

    ``kiosk counter`` is a process of its own that keeps the config it started with.
    """

    def served(config: KioskConfig) -> dict[int, list[str]]:
        by_counter: dict[int, list[str]] = {}
        for service in config.enabled_services:
            for counter in service.counters:
                by_counter.setdefault(counter, []).append(service.id)
        return by_counter

    before, after = served(old), served(new)
    everyone = before.keys() | after.keys()
    if old.counters != new.counters:
        return sorted(everyone)
    return sorted(c for c in everyone if before.get(c) != after.get(c))


#: Who is told the outcome of a change: called with its problems ([] once saved).
Done = Callable[[list[ConfigProblem]], None]


@dataclass(frozen=True)
class TableUpdate:
    """A value for ``apply``: the table at the key as saved when the change is
    saved, with ``fields`` set. A change that waits for the queue is saved
    later; another field of the table saved meanwhile is kept."""

    fields: dict[str, Any]

    def on(self, config: KioskConfig, key: str) -> dict[str, Any]:
        """The whole table at ``key`` of ``config`` with ``fields`` set."""
        return {**get_value(config, key), **self.fields}


@dataclass(frozen=True)
class _Answer:
    """The queue's answer for a change that waits for it: the services asked
    about, their codes in play today, or why the queue did not answer."""

    asked: frozenset[str]
    codes: dict[str, list[str]]
    error: BaseException | None = None


def _tell(done: Done | None, problems: list[ConfigProblem]) -> list[ConfigProblem]:
    if done is not None:
        done(problems)
    return problems


def not_started() -> str:
    """Why a device or queue action cannot run yet (the database is not reached)."""
    return tr("tech", "Not started: the kiosk has not reached its database yet.")


class TechController(QObject):
    """Validated, saved, live configuration changes and device tests (UI thread)."""

    config_applied = Signal(object)
    printer_replaced = Signal(str)
    #: (PrintResult, status text) after a test page.
    test_page_done = Signal(object, str)
    #: dict with printer status fields, from the device worker.
    printer_status = Signal(object)
    #: Emitted from worker threads; the receiver runs on the UI thread.
    _printer_status_raw = Signal(object)
    _test_page_raw = Signal(object, str)

    def __init__(
        self,
        ctx: TechContext,
        parent: QObject | None = None,
        printer_factory: Callable[[KioskConfig], Any] = _printer_factory,
        speaker_factory: Callable[[KioskConfig], Any] = _speaker_factory,
        card_reader_factory: Callable[[KioskConfig], Any] = _card_reader_factory,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.background = Background(self)
        self._printer_factory = printer_factory
        self._speaker_factory = speaker_factory
        self._card_reader_factory = card_reader_factory
        self.last_printer_error: tuple[str, datetime] | None = None
        #: Documents this kiosk's printer printed on ``_jobs_day`` (``jobs_today``).
        self._jobs = 0
        self._jobs_day = self._today()
        self.paper_low = False
        self._printer_status_raw.connect(self.printer_status)
        self._test_page_raw.connect(self._on_test_page)
        self._bound: PrinterWorker | None = None
        #: Asks the queue about today's tickets before a service changes (started when first needed).
        self._checker: DbWorker | None = None
        if ctx.worker is not None and ctx.queue is not None:
            self.bind(ctx.worker, ctx.queue)

    def bind(self, worker: PrinterWorker, queue: Queue) -> None:
        """The kiosk reached its database: devices and queue are ready (once)."""
        self.ctx.worker, self.ctx.queue, self.ctx.storage_problem = worker, queue, None
        if self._bound is worker:
            return
        self._bound = worker
        worker.printer_replaced.connect(self.printer_replaced)
        worker.printed.connect(self._note_print)

    @property
    def config(self) -> KioskConfig:
        return self.ctx.store.config

    def when_applied(self, key: str, before: KioskConfig | None = None) -> str | None:
        """For a saved change that does not take effect at once, when it will; else None.

        ``before``: the config before the change, to name the counter terminals
        that must restart for it.
        """
        if _under(key, "storage"):
            if self.ctx.queue is None:
                return tr("tech", "Saved. The next attempt to reach the database uses it.")
            # The queue, counters' feed and certificate ledger hold connections to
            # the database they opened with; swapping them under a resident is not
            # worth the risk for a setting changed once in a kiosk's life.
            return tr(
                "tech",
                "Saved. The kiosk keeps using its current database until it restarts "
                "(System page).",
            )
        if any(_under(key, prefix) for prefix in self._at_restart()):
            return tr("tech", "Saved. It takes effect when the kiosk restarts (System page).")
        if _SERVICE_IDS.fullmatch(key):
            # ``kiosk counter`` is a process of its own, with the config it started with.
            return tr(
                "tech",
                "Saved. Counter terminals call services by the ids they started with: restart "
                "them (and make the same change on any other machine sharing this queue), or "
                "the renamed service's tickets wait with nobody to call them.",
            )
        restart = [] if before is None else counters_to_restart(before, self.config)
        if restart:
            return tr(
                "tech",
                "Saved. Counter terminals keep the settings they started with: restart the "
                "terminals of counters {counters} (and make the same change on any other "
                "machine sharing this queue).",
                counters=", ".join(map(str, restart)),
            )
        return None

    def _at_restart(self) -> tuple[str, ...]:
        """``AT_RESTART``, and the documents on a kiosk started without certificates
        (the card, records and payment parts are built at start). None before the
        kiosk reached its database: what it builds then uses the saved config."""
        if self.ctx.queue is None:
            return ()
        without_certificates = self.ctx.certificates is False
        return (*AT_RESTART, "documents") if without_certificates else AT_RESTART

    def _running(self, saved: KioskConfig) -> KioskConfig:
        """``saved`` as the running kiosk takes it: the settings used from the next
        start keep the values it started with."""
        kept = self._at_restart()
        if not kept:
            return saved
        live = self.ctx.flow.config
        update: dict[str, Any] = {
            "storage": live.storage,
            "records": live.records,
            "center": saved.center.model_copy(update={"kiosk_id": live.center.kiosk_id}),
            "devices": saved.devices.model_copy(update={"payment": live.devices.payment}),
        }
        if "documents" in kept:
            update["documents"] = live.documents
        return saved.model_copy(update=update)

    # -- settings ---------------------------------------------------------------
    def validate(self, key: str, value: Any) -> list[ConfigProblem]:
        try:
            set_value(self.config, key, value, key)
        except ConfigError as exc:
            return exc.problems
        return []

    def apply(self, key: str, value: Any, done: Done | None = None) -> list[ConfigProblem] | None:
        """Validate, save and apply one change (see ``apply_many``)."""
        return self.apply_many([(key, value)], done)

    def apply_many(
        self, changes: list[tuple[str, Any]], done: Done | None = None
    ) -> list[ConfigProblem] | None:
        """Several changes validated together (e.g. backend plus its options table),
        saved and applied; the problems if refused (nothing changed).

        A change that renames, renumbers or turns off a service first asks the
        queue whether the service has tickets in play today, on a worker
        thread (a database that has gone away takes seconds to say so): this
        then returns None, and the save waits for the answer. ``done`` is told
        the problems either way, on the UI thread.
        """
        return self._save(changes, done, None)

    def _save(
        self, changes: list[tuple[str, Any]], done: Done | None, answer: _Answer | None
    ) -> list[ConfigProblem] | None:
        # Applied to the config as it is now: another change may have been
        # saved while this one waited for the queue.
        old = self.config
        new = old
        try:
            for key, value in changes:
                if isinstance(value, TableUpdate):
                    value = value.on(new, key)
                new = set_value(new, key, value, key)
        except ConfigError as exc:
            return _tell(done, exc.problems)
        held = self._tickets_held_back(old, new, answer)
        if held is None:
            self._ask_queue(changes, done, [c.service_id for c in queue_changes(old, new)])
            return None
        if held:
            return _tell(done, held)
        return _tell(done, self._commit(changes, old, new))

    def _commit(
        self, changes: list[tuple[str, Any]], old: KioskConfig, new: KioskConfig
    ) -> list[ConfigProblem]:
        """Save ``new`` and hand it to the running kiosk; the problems if it cannot be."""
        # Devices are built before saving: one this machine cannot drive (a
        # missing library or program, a Windows-only backend) must not reach
        # the file, or the kiosk keeps the old one now and cannot start next time.
        built: dict[str, Any] = {}
        for section, factory, refused in self._changed_devices(new, old):
            try:
                built[section] = factory(new)
            except Exception as exc:
                log.error("new %s could not be built: %s", section, exc)
                _discard(built)
                text = refused.format(reason=str(exc))
                return [ConfigProblem.of(f"devices.{section}.backend", text)]
        try:
            self.ctx.store.commit(new)
        except ConfigError as exc:
            # The file, read again to save, holds a change made meanwhile that
            # does not fit with this one.
            _discard(built)
            return exc.problems
        except OSError as exc:
            _discard(built)
            log.error("saving the config failed: %s", exc.strerror or type(exc).__name__)
            text = N_(
                "tech",
                "could not save {path}: {error}",
                path=str(self.ctx.store.location.save_path),
                error=str(exc),
            )
            return [ConfigProblem.of("", text)]
        log.info("config changed: %s", ", ".join(k for k, _ in changes))
        # What was saved: this change on top of the file as it was (a PIN set
        # over SSH meanwhile is kept and used).
        saved = self.ctx.store.config
        self._build_saved_elsewhere(saved, built)
        self._apply_live(self._running(saved), built)
        return []

    def _tickets_held_back(
        self, old: KioskConfig, new: KioskConfig, answer: _Answer | None
    ) -> list[ConfigProblem] | None:
        """Why ``new`` may not be saved yet (``kiosk.config.edit.tickets_held_back``:
        it renames, renumbers or turns off a service with tickets in play today);
        None while the queue's ``answer`` about those services is still to be asked."""
        changes = queue_changes(old, new)
        if not changes:
            return []
        if self.ctx.queue is None:
            text = N_(
                "tech",
                "a service's id, prefix, band or whether it is on can change once the kiosk "
                "has reached its database (today's tickets are checked first); nothing was "
                "changed",
            )
            return [ConfigProblem.of(change.path, text) for change in changes]
        if answer is None or not {c.service_id for c in changes} <= answer.asked:
            return None
        if answer.error is not None:
            text = N_(
                "tech",
                "today's tickets could not be checked, nothing was changed: {reason}",
                reason=error_summary(answer.error),
            )
            return [ConfigProblem.of(change.path, text) for change in changes]
        return tickets_held_back(old, new, lambda _ids: answer.codes)

    def _ask_queue(
        self, changes: list[tuple[str, Any]], done: Done | None, service_ids: list[str]
    ) -> None:
        """Ask the queue for ``service_ids``' codes in play off the UI thread, then
        carry on with ``changes`` (``_save``) on the UI thread."""
        queue = self.ctx.queue
        assert queue is not None
        if self._checker is None:
            from ui.common.queue_feed import DbWorker

            self._checker = DbWorker("tech-tickets", self)
            self._checker.start()
        asked = frozenset(service_ids)

        def answered(codes: dict[str, list[str]]) -> None:
            self._carry_on(changes, done, _Answer(asked, codes))

        def failed(error: Exception) -> None:
            log.warning("today's tickets could not be checked: %s", type(error).__name__)
            self._carry_on(changes, done, _Answer(asked, {}, error))

        self._checker.submit(lambda: queue.codes_in_play(service_ids), answered, failed)

    def _carry_on(self, changes: list[tuple[str, Any]], done: Done | None, answer: _Answer) -> None:
        if self._checker is None or not _receiver_alive(done):
            # Technician mode closed, or the page that asked did, meanwhile:
            # nothing is saved that nobody sees.
            return
        self._save(changes, done, answer)

    def _changed_devices(
        self, new: KioskConfig, old: KioskConfig
    ) -> list[tuple[str, Callable[[KioskConfig], Any], Text]]:
        """Each device whose settings differ between ``new`` and ``old``: its section,
        how it is built, and what the technician reads when it cannot be."""
        devices: list[tuple[str, Callable[[KioskConfig], Any], Text]] = [
            (
                "printer",
                self._printer_factory,
                N_("tech", "this printer cannot be used, nothing was changed: {reason}"),
            ),
            (
                "speech",
                self._speaker_factory,
                N_("tech", "this voice cannot be used, nothing was changed: {reason}"),
            ),
            (
                "card_reader",
                self._card_reader_factory,
                N_("tech", "this card reader cannot be used, nothing was changed: {reason}"),
            ),
        ]
        return [
            device
            for device in devices
            if getattr(new.devices, device[0]) != getattr(old.devices, device[0])
        ]

    def _build_saved_elsewhere(self, saved: KioskConfig, built: dict[str, Any]) -> None:
        """Devices whose settings the file changed outside technician mode (``kiosk
        config set`` over SSH), which the save took along: built now, as the
        running kiosk still uses the ones it had. One that cannot be built keeps
        the running one (logged); the next start says why."""
        for section, factory, _refused in self._changed_devices(saved, self.ctx.flow.config):
            if section in built:
                continue
            try:
                built[section] = factory(saved)
            except Exception as exc:
                log.error("the %s saved meanwhile could not be built: %s", section, exc)

    def _apply_live(self, new: KioskConfig, built: dict[str, Any]) -> None:
        """Hand the running kiosk ``new`` and the devices ``built`` for it (by
        section: printer, speech, card_reader)."""
        printer = built.pop("printer", None)
        if printer is not None and self.ctx.worker is not None:
            self.ctx.worker.request_replace_printer.emit(printer)
        # Without a worker or a window's voice and reader yet, they are built
        # from this config when they start.
        for section, use in (
            ("speech", self.ctx.use_speaker),
            ("card_reader", self.ctx.use_card_reader),
        ):
            device = built.pop(section, None)
            if device is not None and use is not None:
                use(device)
            elif device is not None:
                device.close()
        if self.ctx.queue is not None:
            self.ctx.queue.update_config(new)
        self.ctx.flow.config = new
        self.ctx.gate.update_config(new.technician)
        for callback in self.ctx.on_config_applied:
            callback(new)
        # Technician mode shows what is saved, settings used from the next start included.
        self.config_applied.emit(self.ctx.store.config)

    # -- printer ------------------------------------------------------------------
    def query_printer(self) -> None:
        """Ask the device worker for the printer's status; answers via ``printer_status``."""
        worker = self.ctx.worker
        queue = self.ctx.queue
        if worker is None or queue is None:
            self._printer_status_raw.emit(
                {"name": self.config.devices.printer.backend, "note": not_started()}
            )
            return

        def job() -> None:
            from drivers.printer.status import describe

            printer = worker.printer
            info: dict[str, Any] = {"name": printer.name}
            try:
                status = printer.status()
                info.update(
                    online=status.online,
                    paper=status.paper.value,
                    cover_open=status.cover_open,
                    text=describe(status),
                )
            except Exception as exc:
                info.update(error=f"{type(exc).__name__}: {exc}")
            try:
                today = queue.tickets_today()
                info["tickets_today"] = len(today)
            except Exception as exc:
                info["tickets_error"] = type(exc).__name__
            self._printer_status_raw.emit(info)

        worker.call(job)

    def print_test_page(self) -> None:
        """Print the test page on the current printer (device worker); see ``test_page_done``."""
        worker = self.ctx.worker
        config = self.config
        if worker is None:
            result = PrintResult.failed(PrintFailure.ERROR, not_started())
            self._note_print(result)
            self._test_page_raw.emit(result, config.devices.printer.backend)
            return

        def job() -> None:
            from drivers.printer.status import describe
            from kiosk.printing.testpage import test_page

            printer = worker.printer
            profile = config.devices.printer.profile
            try:
                status_text = describe(printer.status())
            except Exception as exc:
                status_text = f"unknown ({type(exc).__name__})"
            page = test_page(
                printer_name=printer.name,
                status_text=status_text,
                profile_text=f"{profile.paper_width_mm} mm, Korean {profile.korean_mode}, "
                f"QR {profile.qr_mode}, cut {profile.cut}",
                center_name=config.center.name.ko,
                printed_at=datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
            )
            try:
                result = printer.print_document(page)
            except Exception as exc:
                result = PrintResult.failed(PrintFailure.ERROR, type(exc).__name__)
            self._test_page_raw.emit(result, printer.name)

        worker.call(job)

    @Slot(object, str)
    def _on_test_page(self, result: PrintResult, name: str) -> None:
        # Counted on the dashboard as every print is (the worker's ``printed``).
        log.info("test page on %s: %s", name, "printed" if result.ok else result.detail)
        self.test_page_done.emit(result, name)

    def _today(self) -> date:
        """The centre's date now (its time zone, not the machine's)."""
        return self.ctx.clock.now().astimezone(ZoneInfo(self.config.center.timezone)).date()

    @property
    def jobs_today(self) -> int:
        """Documents this kiosk's printer printed today (none yet after midnight,
        before the day's first print)."""
        today = self._today()
        if today != self._jobs_day:
            self._jobs_day, self._jobs = today, 0
        return self._jobs

    @Slot(object)
    def _note_print(self, result: PrintResult) -> None:
        """What the dashboard says of the printer after any document: a ticket,
        a certificate or its receipt, a centre service's slip, a test page."""
        if result.ok:
            self._jobs = self.jobs_today + 1
            self.paper_low = result.paper_low
        else:
            failure = result.failure.value if result.failure else "error"
            self.last_printer_error = (f"{failure} {result.detail}".strip(), datetime.now())

    # -- queue ----------------------------------------------------------------------
    def reset_numbering(
        self,
        service_id: str,
        done: Callable[[NumberingReset], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Restart today's numbering of a service (after the technician confirmed)."""
        queue = self.ctx.queue
        if queue is None:
            failed(RuntimeError(not_started()))
            return

        def job() -> NumberingReset:
            result = queue.reset_numbering(service_id)
            log.warning(
                "technician reset numbering of %s: next number %d (%d finished tickets moved)",
                service_id,
                result.next_number,
                result.retired,
            )
            return result

        self.background.submit(job, done, failed)

    def uptime_s(self) -> float:
        return time.monotonic() - self.ctx.started_monotonic

    def shutdown(self) -> None:
        # The device worker outlives technician mode: stop hearing from it.
        if self._bound is not None:
            self._bound.printer_replaced.disconnect(self.printer_replaced)
            self._bound.printed.disconnect(self._note_print)
            self._bound = None
        self.background.shutdown()
        if self._checker is not None:
            # A change still waiting for the queue's answer is not saved.
            self._checker.stop()
            self._checker = None
