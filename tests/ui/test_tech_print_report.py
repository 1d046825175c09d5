"""The technician dashboard hears of every print, not only queue tickets.

"Paper low flag" and "Jobs printed today" were fed by the ticket prints
alone: a certificate (and its receipt) that left the paper near its end, or
a lending slip, never reached the dashboard, which went on saying "no" and
counting tickets only.
"""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from drivers.printer.mock import MockPrinter
from kiosk.config import MockPrinterOptions, PrinterProfile
from kiosk.journeys import lending as le
from kiosk.ports.printer import PrintResult
from kiosk.printing.document import Document
from tests.support.resident_screen import tap
from tests.ui import test_cert_journey
from tests.ui.test_cert_journey import _identify, _pay_and_print
from tests.ui.test_lending_ui import _to_phone, _type
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.tech.dashboard import DashboardPage

card = test_cert_journey.card
payment = test_cert_journey.payment
records = test_cert_journey.records
make_kiosk = test_cert_journey.make_kiosk


class NearlyOutPrinter(MockPrinter):
    """A printer whose paper roll is near its end: every job prints, with the flag."""

    def print_document(self, document: Document) -> PrintResult:
        result = super().print_document(document)
        return PrintResult.printed(paper_low=True) if result.ok else result


def _printer_panel(qtbot: QtBot, kiosk: Kiosk) -> str:
    """The dashboard's printer panel, once the printer's status has come in."""
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    page = DashboardPage(controller)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: "mock" in page.printer.text(), timeout=5000)
    return page.printer.text()


def _flag_and_jobs(low: bool, jobs: int) -> str:
    return tr(
        "tech",
        "Paper low flag: {low}   Jobs printed today: {jobs}",
        low=tr("tech", "yes") if low else tr("tech", "no"),
        jobs=jobs,
    )


def test_a_certificate_that_leaves_the_paper_nearly_out_says_so_on_the_dashboard(
    qtbot: QtBot, make_kiosk: Any
) -> None:
    printer = NearlyOutPrinter(MockPrinterOptions(), PrinterProfile())
    kiosk = make_kiosk(printer)
    _identify(qtbot, kiosk)
    _pay_and_print(qtbot, kiosk, 200)
    printed = len(printer.jobs)
    assert printed == 2  # the certificate and its receipt

    # Was "Paper low flag: no   Jobs printed today: 0".
    qtbot.waitUntil(lambda: _flag_and_jobs(True, printed) in _printer_panel(qtbot, kiosk))


def test_a_lending_slip_counts_in_the_jobs_printed_today(qtbot: QtBot, kiosk: Kiosk) -> None:
    phone = _to_phone(qtbot, kiosk)
    _type(phone, "01012345678")
    tap(phone.next_button)
    tap(kiosk.window.current_screen.confirm)
    qtbot.waitUntil(lambda: kiosk.flow.state is le.LendingState.DONE, timeout=5000)
    assert len(kiosk.printer.jobs) == 1  # type: ignore[attr-defined]

    # Was "Jobs printed today: 0".
    qtbot.waitUntil(lambda: _flag_and_jobs(False, 1) in _printer_panel(qtbot, kiosk))
