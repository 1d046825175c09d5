"""Composition root: config -> storage -> drivers -> core services -> window.

``build_kiosk`` wires one kiosk; ``kiosk run``, ``kiosk demo``, ``kiosk
bench`` and the UI tests all use it, so they exercise the same assembly a
lobby kiosk runs.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from platformdirs import user_data_path
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from kiosk.cardreader import CardReader
from kiosk.clock import Clock, SystemClock
from kiosk.config import KioskConfig
from kiosk.devices import Printer
from kiosk.document import Document
from kiosk.flow import Flow
from kiosk.journal import Journal
from kiosk.payment import PaymentTerminal
from kiosk.queue import Queue
from kiosk.records import RecordsProvider
from kiosk.storage import default_sqlite_path, open_database
from kiosk.ticket_doc import build_ticket
from kiosk.tickets import IssuedTicket
from ui.i18n import LanguageSwitcher, qt_translate
from ui.theme import FONT_FAMILIES
from ui.window import MainWindow
from ui.worker import DeviceWorker

if TYPE_CHECKING:
    from ui.cert_worker import CertBridge

APP_NAME = "community-kiosk"


def default_data_dir() -> Path:
    override = os.environ.get("KIOSK_DATA_DIR")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def database_url(config: KioskConfig, data_dir: Path) -> str:
    return config.storage.database_url or f"sqlite:///{default_sqlite_path(data_dir)}"


_QT_NOISE = ("This plugin does not support propagateSizeHints",)


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Route Qt's messages through logging; the offscreen platform's harmless
    # complaint about size hints would otherwise be printed on every window.
    if any(message.startswith(noise) for noise in _QT_NOISE):
        return
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if "PYTEST_CURRENT_TEST" not in os.environ:
        # Under pytest-qt its own handler must see Qt warnings (they fail tests).
        qInstallMessageHandler(_qt_message)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    app.setFont(font)
    return app


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
    from kiosk.audit import AuditLog, load_or_create_hmac_key
    from kiosk.signing import KioskSigner
    from ui.card_adapter import CardReaderAdapter
    from ui.cert_worker import CertBridge, CertWorker

    reader = card_reader or create_card_reader(config.devices.card_reader)
    cert_worker = CertWorker(
        records or create_records_provider(config.records),
        payment or create_payment(config.devices.payment),
        FreePayment(),
        config.devices.payment.timeout_s,
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

    @property
    def worker(self) -> DeviceWorker:
        return self.window.worker

    def start(self) -> None:
        self.window.worker.start()
        self.window.start()

    def shutdown(self) -> None:
        self.window.shutdown()
        self.window.worker.stop()
        self.window.close()
        self.window.deleteLater()
        self.languages.close()
        self.engine.dispose()


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
    app = ensure_app()
    clock = clock or SystemClock()
    data_dir = data_dir or default_data_dir()
    engine = open_database(database_url(config, data_dir))
    queue = Queue(engine, config, clock)
    printer = printer or create_printer(config)
    journal = Journal(journal_stream, clock)
    languages = LanguageSwitcher(app)
    flow = Flow(config, clock)
    languages.set_language(flow.session.language)

    def build_document(issued: IssuedTicket, language: str) -> Document:
        # The installed translator is the session's language, so the ticket
        # is printed in the language the resident is reading.
        return build_ticket(config, issued, language, qt_translate)

    worker = DeviceWorker(queue, printer, build_document)
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
    window = MainWindow(flow, worker, queue, journal, languages, kiosk_mode=kiosk_mode, cert=cert)
    # Technician mode (ui/tech): corner long press + PIN, or a technician card.
    from ui.tech.entry import attach_technician_mode

    attach_technician_mode(window, config, clock=clock, data_dir=data_dir, config_path=config_path)
    return Kiosk(config, clock, queue, printer, flow, window, journal, languages, engine)
