"""Composition root: config -> storage -> drivers -> core services -> window.

``build_kiosk`` wires one kiosk; ``kiosk run``, ``kiosk demo``, ``kiosk
bench`` and the UI tests all use it, so they exercise the same assembly a
lobby kiosk runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QTimer

from kiosk.clock import Clock, SystemClock
from kiosk.journal import Journal
from ui.common.application import ensure_app
from ui.common.i18n import LanguageSwitcher, qt_translate
from ui.common.timers import make_timer
from ui.resident.window import MainWindow

# Storage, drivers and the certificate stack are imported where they are
# used (``attach_services``), after the home screen is painted: importing
# them up front would hold it back by most of a second.
if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import KioskConfig
    from kiosk.journeys.flow import Flow
    from kiosk.ports.card import CardReader
    from kiosk.ports.payment import PaymentTerminal
    from kiosk.ports.printer import Printer
    from kiosk.ports.records import RecordsProvider
    from kiosk.ports.speech import Speaker
    from kiosk.queue.store import Queue
    from kiosk.storage.claim import KioskClaim
    from kiosk.tech.auth import BothLockoutStores, LockoutState
    from ui.resident.cert_worker import CertBridge
    from ui.resident.ticket_worker import DeviceWorker
    from ui.tech.entry import TechnicianEntry

log = logging.getLogger(__name__)


@dataclass
class OpenedStorage:
    """The database as ``attach_services`` takes it: opened, this kiosk's id
    claimed, and the technician lockout's row read.

    ``ui.app.boot`` builds it on its opening thread, so none of the three
    waits on a database server with the home screen frozen.
    """

    engine: Engine
    #: This kiosk's hold on ``center.kiosk_id`` (kiosk.storage.claim).
    claim: KioskClaim
    #: The technician lockout's database row (None: not readable).
    lockout: LockoutState | None

    def dispose(self) -> None:
        self.engine.dispose()
        self.claim.release()


def take_storage(
    engine: Engine, config: KioskConfig, data_dir: Path, clock: Clock
) -> OpenedStorage:
    """Claim ``center.kiosk_id`` on ``engine`` and read the lockout (any thread).

    Raises ``KioskIdInUseError`` (a ``StorageUnreachableError``: it may mend);
    ``engine`` is disposed when anything here fails.
    """
    from kiosk.storage.claim import claim_kiosk_id
    from kiosk.tech.auth import read_lockout

    claim: KioskClaim | None = None
    try:
        # Before anything reads this kiosk's unfinished orders (see kiosk.storage.claim).
        claim = claim_kiosk_id(engine, config.center.kiosk_id)
        lockout = read_lockout(lockout_stores(engine, config, data_dir, clock).database)
    except BaseException:
        if claim is not None:
            claim.release()
        engine.dispose()
        raise
    return OpenedStorage(engine, claim, lockout)


def lockout_stores(
    engine: Engine, config: KioskConfig, data_dir: Path, clock: Clock
) -> BothLockoutStores:
    """Where the technician PIN lockout is kept once the database is reached:
    the database row, and still the file, for a restart that does not reach it."""
    from kiosk.tech.auth import BothLockoutStores, DbLockoutStore, FileLockoutStore, lockout_file

    return BothLockoutStores(
        FileLockoutStore(lockout_file(data_dir)),
        DbLockoutStore(engine, config.center.kiosk_id, clock),
    )


def create_printer(config: KioskConfig) -> Printer:
    from drivers.printer import create_printer as create

    return create(config.devices.printer)


def build_cert_bridge(
    config: KioskConfig,
    data_dir: Path,
    clock: Clock,
    engine: Engine,
    device_worker: DeviceWorker,
    printer: Printer,
    *,
    card_reader: CardReader | None = None,
    records: RecordsProvider | None = None,
    payment: PaymentTerminal | None = None,
) -> CertBridge | None:
    """The certificate journey's devices, keys and audit; None when no document is offered."""
    if not config.enabled_documents:
        return None
    from drivers.card import create_card_reader
    from drivers.payment import create_payment
    from drivers.payment.free import FreePayment
    from drivers.records import create_records_provider
    from kiosk.certificates.audit import AuditLog, load_or_create_hmac_key
    from kiosk.certificates.signing import KioskSigner
    from ui.resident.card_adapter import CardReaderAdapter
    from ui.resident.cert_worker import CertBridge, CertWorker

    reader = card_reader or create_card_reader(config.devices.card_reader)
    cert_worker = CertWorker(
        records or create_records_provider(config.records),
        payment or create_payment(config.devices.payment),
        FreePayment(),
        config.devices.payment.timeout_s,
        config.devices.payment.answer_timeout_s,
    )
    if not config.devices.printer.confirms_printing and any(
        d.fee_won > 0 for d in config.enabled_documents
    ):
        log.warning(
            "devices.printer: the printer cannot confirm printing (profile.reports_status = "
            "false, or the %s connection carries no status), so residents are refused the "
            "paid documents; fees are only charged for pages the printer confirmed",
            config.devices.printer.backend,
        )
    return CertBridge(
        config,
        clock,
        CardReaderAdapter(reader),
        cert_worker,
        device_worker,
        printer,
        AuditLog(engine, load_or_create_hmac_key(data_dir)),
        KioskSigner.load_or_create(data_dir),
    )


@dataclass
class Kiosk:
    config: KioskConfig
    clock: Clock
    queue: Queue
    printer: Printer
    flow: Flow
    window: MainWindow
    journal: Journal
    languages: LanguageSwitcher
    engine: Engine
    #: This kiosk's hold on ``center.kiosk_id`` (kiosk.storage.claim).
    claim: KioskClaim
    #: Fires every ``RETENTION_SWEEP_S`` to erase personal data past its retention.
    retention: QTimer

    @property
    def worker(self) -> DeviceWorker:
        worker = self.window.worker
        assert worker is not None
        return worker

    def start(self) -> None:
        self.worker.start()
        self.window.start()

    def shutdown(self) -> None:
        self.retention.stop()
        self.window.shutdown()
        self.worker.stop()
        self.window.close()
        self.window.deleteLater()
        self.languages.close()
        self.engine.dispose()
        # Last: the id is free for another process only once this one is done with it.
        self.claim.release()


def build_window(
    config: KioskConfig,
    *,
    clock: Clock | None = None,
    journal_stream: IO[str] | None = None,
    kiosk_mode: bool = True,
) -> MainWindow:
    """The resident window with its flow, ready to paint; no services yet.

    Cheap on purpose: the kiosk shows its home screen first and opens the
    database and devices right after (``attach_services``).
    """
    from kiosk.journeys.resident import ResidentFlow

    clock = clock or SystemClock()
    return _window(ResidentFlow(config, clock), clock, journal_stream, kiosk_mode)


def _window(
    flow: Flow, clock: Clock, journal_stream: IO[str] | None, kiosk_mode: bool
) -> MainWindow:
    languages = LanguageSwitcher(ensure_app())
    languages.set_language(flow.session.language)
    window = MainWindow(flow, Journal(journal_stream, clock), languages, kiosk_mode=kiosk_mode)
    _private_speech(window)
    return window


def _private_speech(window: MainWindow) -> None:
    """Typed characters are read back only into earphones (``devices.speech.headset``)."""
    from drivers.speech.headset import HeadsetWatch

    watch = HeadsetWatch(lambda: window.flow.config.devices.speech.headset)
    window.voice.private = watch.private


def attach_services(
    window: MainWindow,
    *,
    data_dir: Path | None = None,
    printer: Printer | None = None,
    config_path: Path | None = None,
    card_reader: CardReader | None = None,
    records: RecordsProvider | None = None,
    payment: PaymentTerminal | None = None,
    storage: OpenedStorage | None = None,
) -> Kiosk:
    """Open storage and devices for ``window`` and wire them in (UI thread, once).

    ``storage``: the database, already opened and claimed (``ui.app.boot`` does
    that off the UI thread); None opens and claims it here. On failure it is
    disposed.
    """
    from kiosk.journeys.flow import JobContext
    from kiosk.printing.document import Document
    from kiosk.queue.store import Queue, unheld_file
    from kiosk.queue.ticket_printout import build_ticket
    from kiosk.queue.tickets import IssuedTicket
    from kiosk.storage.database import database_url, open_database
    from ui.common.speech import create_speaker
    from ui.resident.ticket_worker import DeviceWorker

    config = window.flow.config
    clock = window.flow.clock
    from kiosk.config.edit import default_data_dir

    data_dir = data_dir or default_data_dir()
    if storage is None:
        storage = take_storage(
            open_database(database_url(config.storage.database_url, data_dir)),
            config,
            data_dir,
            clock,
        )
    engine, claim = storage.engine, storage.claim
    try:
        queue = Queue(engine, config, clock, unheld_file=unheld_file(data_dir))
        printer = printer or create_printer(config)

        def build_document(issued: IssuedTicket, language: str) -> Document:
            # The installed translator is the session's language, so the ticket
            # is printed in the language the resident is reading.
            return build_ticket(window.flow.config, issued, language, qt_translate)

        def job_context(current_printer: Printer) -> JobContext:
            return JobContext(
                engine, current_printer, window.flow.config, clock, data_dir, qt_translate
            )

        worker = DeviceWorker(queue, printer, build_document, job_context)
        worker.claim = claim
        cert = build_cert_bridge(
            config,
            data_dir,
            clock,
            engine,
            worker,
            printer,
            card_reader=card_reader,
            records=records,
            payment=payment,
        )
        from kiosk.queue.notify import create_listener
        from ui.common.queue_feed import ChangeFeed

        window.attach_services(
            worker,
            queue,
            cert=cert,
            speaker=create_speaker(config.devices.speech),
            feed=ChangeFeed(create_listener(engine), parent=window),
        )
    except BaseException:
        storage.dispose()
        raise
    retention = _erase_expired_personal_data(window, worker)
    entry = technician_mode(window, data_dir=data_dir, config_path=config_path)
    entry.controller.bind(worker, queue)
    entry.ctx.certificates = cert is not None
    # Wrong PINs and the lockout are shared with the database from now on.
    stores = lockout_stores(engine, config, data_dir, clock)
    entry.ctx.gate.use_store(stores, saved=stores.load_with(storage.lockout))
    return Kiosk(
        config,
        clock,
        queue,
        printer,
        window.flow,
        window,
        window.journal,
        window.languages,
        engine,
        claim,
        retention,
    )


#: How often a running kiosk erases personal data past its retention.
RETENTION_SWEEP_S = 3600


def _erase_expired_personal_data(window: MainWindow, worker: DeviceWorker) -> QTimer:
    """Erase personal data past its retention now and every ``RETENTION_SWEEP_S``.

    Now: before the first resident, also where no counter ever opens the
    service's tab. Then hourly: a kiosk runs for months without a restart,
    and a number kept for ``keep_days`` must not wait for one.
    """
    from kiosk.journeys import lending, programmes, welfare

    def sweep() -> None:
        # The config of the moment: a technician may have turned a service on.
        config = window.flow.config
        for settings, service in (
            (config.welfare, welfare),
            (config.lending, lending),
            (config.programmes, programmes),
        ):
            if settings.enabled:
                worker.request_job.emit(service.purge_job())

    sweep()
    timer = make_timer(window, sweep, RETENTION_SWEEP_S * 1000)
    timer.start()
    return timer


def technician_mode(
    window: MainWindow, *, data_dir: Path, config_path: Path | None
) -> TechnicianEntry:
    """The window's technician mode (corner long press + PIN, or a technician card),
    installed on the first call. It opens before the database is reached too
    (``ui.app.boot``); ``entry.controller.bind`` gives it the queue and devices later."""
    existing: TechnicianEntry | None = getattr(window, "technician", None)
    if existing is not None:
        return existing
    from ui.tech.entry import attach_technician_mode

    config = window.flow.config
    entry = attach_technician_mode(
        window, clock=window.flow.clock, data_dir=data_dir, config_path=config_path
    )
    entry.ctx.on_config_applied.append(_live_reconfigure(window, config))
    entry.ctx.use_speaker = lambda speaker: _use_speaker(window, speaker)
    entry.ctx.use_card_reader = lambda reader: _use_card_reader(window, reader)
    return entry


def _use_speaker(window: MainWindow, speaker: Speaker) -> None:
    """A technician's new voice in place of the running one."""
    window.voice.speaker.close()
    window.voice.speaker = speaker
    window.voice.apply_session_settings()


def _use_card_reader(window: MainWindow, reader: CardReader) -> None:
    """A technician's new card reader in place of the running one; kept closed by a
    kiosk without certificates (it reads no card)."""
    from ui.resident.card_adapter import CardReaderAdapter

    if window.cert is None:
        reader.close()
        return
    window.cert.replace_card_reader(CardReaderAdapter(reader))


def _live_reconfigure(window: MainWindow, config: KioskConfig) -> Callable[[KioskConfig], None]:
    """What a technician's saved change does to the running kiosk (the printer is
    swapped by technician mode itself, on the device worker)."""
    applied = {"config": config}

    def reconfigure(new: KioskConfig) -> None:
        old = applied["config"]
        applied["config"] = new
        if window.cert is not None:
            window.cert.update_config(new)
        if (
            new.services != old.services
            or new.center != old.center
            or new.screen != old.screen
            or new.documents != old.documents
            or _centre_offer(new) != _centre_offer(old)
        ):
            window.rebuild_screens()

    return reconfigure


def _centre_offer(config: KioskConfig) -> list[str]:
    """The centre services ``config`` offers: home's "other services" button
    (whether it is there, and the services it lists) is built from them."""
    from kiosk.journeys.resident import CENTRE_SERVICES

    return [journey.service_id for journey in CENTRE_SERVICES if journey.enabled(config)]


def build_kiosk(
    config: KioskConfig,
    *,
    data_dir: Path | None = None,
    clock: Clock | None = None,
    printer: Printer | None = None,
    journal_stream: IO[str] | None = None,
    kiosk_mode: bool = True,
    config_path: Path | None = None,
    card_reader: CardReader | None = None,
    records: RecordsProvider | None = None,
    payment: PaymentTerminal | None = None,
) -> Kiosk:
    """Window and services together (tests, demo, bench)."""
    window = build_window(config, clock=clock, journal_stream=journal_stream, kiosk_mode=kiosk_mode)
    try:
        return attach_services(
            window,
            data_dir=data_dir,
            printer=printer,
            config_path=config_path,
            card_reader=card_reader,
            records=records,
            payment=payment,
        )
    except BaseException:
        window.shutdown()
        window.languages.close()
        window.deleteLater()
        raise
