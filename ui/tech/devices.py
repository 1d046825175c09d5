"""Technician device page: discover what is attached, pick it, and test it.

Discovery (``drivers.discovery`` plus Qt speech engines) runs on a
background thread; CUPS queues are asked of the print server the settings
name (``devices.printer.cups.server``; this computer's CUPS when none is set),
and the section says which server that was. Each found printer has a "use"
button that switches the printer backend with its options in one validated
change, applied live: the device's own options (its ids, port or queue) are
set, others a technician set for that backend before are kept (a CUPS queue
keeps the server it was found on). A network printer is entered by host and
port and can be probed first. Test actions: print the test page, read a card
(MRZ details typed on the keypad; only "read" or the error is shown, never
the holder's data), speak a test sentence.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from drivers.discovery import (
    Discovery,
    ProbeResult,
    discover_all,
    korean_first,
    probe_network_printer,
)
from kiosk.config import ConfigProblem
from kiosk.config.edit import get_value
from kiosk.identity import MrzInfo
from kiosk.ports.printer import PrintResult
from ui.common.i18n import tr
from ui.tech.controller import TechController
from ui.tech.widgets import button, label, left_row, problems_text, set_role

log = logging.getLogger(__name__)


def qt_voices() -> list[tuple[str, str, str]]:
    """(engine, voice name, locale) for every Qt TextToSpeech engine. UI thread."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return []
    found = []
    for engine in QTextToSpeech.availableEngines():
        if engine == "mock":
            continue
        tts = QTextToSpeech(engine)
        try:
            for locale in tts.availableLocales():
                tts.setLocale(locale)
                for voice in tts.availableVoices():
                    found.append((engine, voice.name(), locale.name()))
        finally:
            tts.deleteLater()
    return found


class DevicesPage(QWidget):
    def __init__(self, controller: TechController) -> None:
        super().__init__()
        self.controller = controller
        self.discovery: Discovery | None = None
        root = QVBoxLayout(self)

        self.scan_button = button(tr("tech", "Search for devices"), clicked=self.scan)
        root.addLayout(left_row(self.scan_button))
        self.found_box = QGroupBox(tr("tech", "Attached devices"))
        self.found_layout = QVBoxLayout(self.found_box)
        self.found_summary = label(tr("tech", "Not searched yet."), "muted")
        self.found_layout.addWidget(self.found_summary)
        root.addWidget(self.found_box)

        net = QGroupBox(tr("tech", "Network printer"))
        net_layout = QVBoxLayout(net)
        row = QHBoxLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText(tr("tech", "Host or IP address"))
        self.host.setAccessibleName(tr("tech", "Host or IP address"))
        self.port = QLineEdit("9100")
        self.port.setAccessibleName(tr("tech", "Port"))
        row.addWidget(self.host, 3)
        row.addWidget(self.port, 1)
        net_layout.addLayout(row)
        row = QHBoxLayout()
        self.probe_button = button(
            tr("tech", "Test connection"), variant="secondary", clicked=self.probe
        )
        self.use_network_button = button(tr("tech", "Use this printer"), clicked=self.use_network)
        row.addWidget(self.probe_button)
        row.addWidget(self.use_network_button)
        net_layout.addLayout(row)
        self.network_result = label("", "muted")
        net_layout.addWidget(self.network_result)
        root.addWidget(net)

        tests = QGroupBox(tr("tech", "Tests"))
        tests_layout = QVBoxLayout(tests)
        self.test_page_button = button(
            tr("tech", "Print a test page"), clicked=self.print_test_page
        )
        tests_layout.addLayout(left_row(self.test_page_button))
        self.test_page_result = label("", "muted")
        tests_layout.addWidget(self.test_page_result)
        mrz_row = QHBoxLayout()
        self.doc_number = QLineEdit()
        self.doc_number.setPlaceholderText(tr("tech", "Document number"))
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(tr("tech", "Birth date YYMMDD"))
        self.expiry = QLineEdit()
        self.expiry.setPlaceholderText(tr("tech", "Expiry date YYMMDD"))
        for edit in (self.doc_number, self.birth, self.expiry):
            edit.setAccessibleName(edit.placeholderText())
            mrz_row.addWidget(edit)
        tests_layout.addLayout(mrz_row)
        self.read_button = button(
            tr("tech", "Read a card"), variant="secondary", clicked=self.read_card
        )
        tests_layout.addLayout(left_row(self.read_button))
        self.card_result = label("", "muted")
        tests_layout.addWidget(self.card_result)
        root.addWidget(tests)
        root.addStretch(1)
        controller.test_page_done.connect(self._test_page_done)

    # -- discovery ---------------------------------------------------------------------------
    def scan(self) -> None:
        self.scan_button.setEnabled(False)
        self.found_summary.setText(tr("tech", "Searching…"))
        # CUPS queues are listed from the print server the settings name, if any.
        cups = self.controller.config.devices.printer.cups
        server = cups.server if cups is not None else None
        self.controller.background.submit(
            lambda: discover_all(cups_server=server), self._scanned, self._scan_failed
        )

    def _scan_failed(self, error: BaseException) -> None:
        # Each kind of device reports its own problems in its section; getting here
        # is a bug, so the log view keeps the whole traceback for whoever fixes it.
        log.error("device search failed", exc_info=error)
        self.scan_button.setEnabled(True)
        self.found_summary.setText(tr("tech", "Search failed: {error}", error=str(error)))

    def _scanned(self, found: Discovery) -> None:
        self.scan_button.setEnabled(True)
        self.discovery = found
        while self.found_layout.count() > 1:
            item = self.found_layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.found_summary.setText("")

        def section(title: str, unavailable: str | None, rows: list[tuple[str, Any]]) -> None:
            self.found_layout.addWidget(label(title))
            if unavailable:
                self.found_layout.addWidget(
                    label(tr("tech", "Not available: {reason}", reason=unavailable), "muted")
                )
                return
            if not rows:
                self.found_layout.addWidget(label(tr("tech", "None found."), "muted"))
            for text, use in rows:
                line = QWidget()
                lay = QHBoxLayout(line)
                lay.setContentsMargins(0, 0, 0, 0)
                lay.addWidget(label(text), 1)
                if use is not None:
                    use_button = button(tr("tech", "Use"), variant="secondary", clicked=use)
                    lay.addWidget(use_button)
                self.found_layout.addWidget(line)

        usb_rows = [
            (
                f"USB {d.ids} {d.manufacturer} {d.product}".strip()
                + (" — " + tr("tech", "printer") if d.is_printer else ""),
                (
                    lambda _=False, d=d: self._use_device(
                        "usb", {"vendor_id": d.vendor_id, "product_id": d.product_id}
                    )
                )
                if d.is_printer
                else None,
            )
            for d in found.usb.items
        ]
        section(tr("tech", "USB"), found.usb.unavailable, usb_rows)
        serial_rows = [
            (
                f"{p.device} {p.description}",
                lambda _=False, p=p: self._use_device("serial", {"device": p.device}),
            )
            for p in found.serial.items
        ]
        section(tr("tech", "Serial ports"), found.serial.unavailable, serial_rows)
        cups_rows = [
            (
                f"{q.name} ({q.state})",
                # The queue is on the server that was asked: keep printing there.
                lambda _=False, q=q: self._use_device(
                    "cups", {"queue": q.name, "server": found.cups_server}
                ),
            )
            for q in found.cups.items
        ]
        cups_title = (
            tr("tech", "CUPS queues on {server}", server=found.cups_server)
            if found.cups_server
            else tr("tech", "CUPS queues")
        )
        section(cups_title, found.cups.unavailable, cups_rows)
        reader_rows = [
            (
                tr(
                    "tech",
                    "{reader}: card inserted: {present}",
                    reader=r.name,
                    present=tr("tech", "yes") if r.card_present else tr("tech", "no"),
                ),
                None,
            )
            for r in found.card_readers.items
        ]
        section(tr("tech", "Card readers (PC/SC)"), found.card_readers.unavailable, reader_rows)
        voices = [(f"espeak-ng: {v.name} ({v.language})", None) for v in found.voices.items[:8]]
        qt = [(f"Qt {engine}: {name} ({loc})", None) for engine, name, loc in _qt_sorted()]
        section(
            tr("tech", "Speech voices"), found.voices.unavailable if not qt else None, qt + voices
        )

    def _use_device(
        self, backend: str, chosen: dict[str, Any], result: QLabel | None = None
    ) -> None:
        """Print with ``backend`` on the ``chosen`` device (its ids, port or queue).

        Only the options that name the device change: others a technician set
        for this backend before (a serial baud rate, a network time limit) are
        kept.
        """
        key = f"devices.printer.{backend}"
        options = {**(get_value(self.controller.config, key) or {}), **chosen}
        self._use([(key, options), ("devices.printer.backend", backend)], result)

    def _use(self, changes: list[tuple[str, Any]], result: QLabel | None = None) -> None:
        """Apply printer settings; ``result`` (the search summary by default) says how it went."""
        shown = self.found_summary if result is None else result

        def tell(problems: list[ConfigProblem]) -> None:
            if problems:
                shown.setText(problems_text(problems))
                set_role(shown, "error")
            else:
                shown.setText(tr("tech", "Printer changed; it is used from the next ticket."))
                set_role(shown, "ok")

        self.controller.apply_many(changes, done=tell)

    # -- network printer ----------------------------------------------------------------------
    def _port(self) -> int | str:
        text = self.port.text().strip()
        return int(text) if text.isdigit() else text

    def probe(self) -> None:
        host, port = self.host.text().strip(), self._port()
        if not host or not isinstance(port, int):
            self.network_result.setText(tr("tech", "Enter a host and a port number."))
            return
        self.network_result.setText(tr("tech", "Connecting…"))
        self.controller.background.submit(
            lambda: probe_network_printer(host, port, 3.0), self._probed
        )

    def _probed(self, result: ProbeResult) -> None:
        self.network_result.setText(result.detail)
        set_role(self.network_result, "ok" if result.answered else "error")

    def use_network(self) -> None:
        self._use_device(
            "network", {"host": self.host.text().strip(), "port": self._port()}, self.network_result
        )

    # -- tests ------------------------------------------------------------------------------------
    def print_test_page(self) -> None:
        self.test_page_result.setText(tr("tech", "Printing…"))
        self.controller.print_test_page()

    def _test_page_done(self, result: PrintResult, name: str) -> None:
        if result.ok:
            self.test_page_result.setText(tr("tech", "Test page printed on {name}.", name=name))
            set_role(self.test_page_result, "ok")
        else:
            failure = result.failure.value if result.failure else "error"
            self.test_page_result.setText(
                tr(
                    "tech",
                    "Test page failed on {name}: {failure} {detail}",
                    name=name,
                    failure=failure,
                    detail=result.detail,
                )
            )
            set_role(self.test_page_result, "error")

    def read_card(self) -> None:
        try:
            mrz = MrzInfo(
                self.doc_number.text(), self.birth.text().strip(), self.expiry.text().strip()
            )
        except ValueError as exc:
            self.card_result.setText(str(exc))
            set_role(self.card_result, "error")
            return
        config = self.controller.config.devices.card_reader
        self.card_result.setText(tr("tech", "Reading…"))

        def job() -> str:
            from drivers.card import create_card_reader

            reader = create_card_reader(config)
            reader.open(None)
            try:
                identity = reader.read_identity(mrz)
                kind = f"{identity.document_type} / {identity.issuing_state}"
                identity.wipe()
                return kind
            finally:
                reader.close()

        self.controller.background.submit(job, self._card_read, self._card_failed)

    def _card_read(self, kind: str) -> None:
        # Only the document type and issuing state: never the holder's data.
        self.card_result.setText(tr("tech", "Card read successfully ({kind}).", kind=kind))
        set_role(self.card_result, "ok")

    def _card_failed(self, error: BaseException) -> None:
        detail = getattr(error, "detail", "") or type(error).__name__
        self.card_result.setText(tr("tech", "Card read failed: {detail}", detail=detail))
        set_role(self.card_result, "error")


def _qt_sorted() -> list[tuple[str, str, str]]:
    from drivers.discovery import Voice

    voices = [Voice(e, n, loc) for e, n, loc in qt_voices()]
    return [(v.engine, v.name, v.language) for v in korean_first(voices)][:8]
