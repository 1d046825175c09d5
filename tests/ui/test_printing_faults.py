"""Issue 19, items 2-4 through the real window: what a resident sees and staff find when the
printer cannot confirm a job, the card terminal fails, or the last run was cut off.

The kiosk speaks Korean; expected text comes from ``ui.common.i18n.tr`` / ``render``
(the screens' own translations), with a few exact Korean literals from
``ko.ts`` so the translations are known to be in use.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from drivers.card.mock import MockCardReader
from drivers.payment.mock import MockPayment
from drivers.printer.mock import MockPrinter
from drivers.printer.network import NetworkPrinter
from drivers.records.demo import DemoRecordsProvider
from kiosk.certificates.audit import AuditLog, IssuanceRecord
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockCardOptions,
    MockPaymentOptions,
    MockPrinterOptions,
    PrinterProfile,
)
from kiosk.journeys.flow import State
from kiosk.ports.payment import HOLD_LEFT_MESSAGE, PaymentOutcome
from kiosk.ports.printer import PrintFailure
from kiosk.queue.tickets import TicketState
from tests.support import escpos_emulator as emu
from tests.support.databases import record_copy
from tests.support.printing_faults import network_printer
from tests.support.resident_screen import (
    button,
    cert_button,
    kiosk_factory,
    screen_text,
    showing_home,
    tap,
    type_mrz_fields,
)
from ui.app.compose import Kiosk
from ui.common.i18n import render, tr
from ui.resident.screens.certificate import CertMrzScreen
from ui.resident.screens.ticket import PrintErrorScreen, TicketScreen


def _pay_200() -> str:
    return tr("cert", "Pay {total} and print", total=tr("cert", "{amount} won", amount="200"))


@pytest.fixture
def payment() -> Iterator[MockPayment]:
    terminal = MockPayment(MockPaymentOptions(script=["approve"]))
    yield terminal
    terminal.release_hangs()


@pytest.fixture
def make_kiosk(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock, payment: MockPayment
) -> Iterator[Any]:
    config.devices.payment.answer_timeout_s = 0.5
    with kiosk_factory(
        config,
        tmp_path,
        clock,
        card=MockCardReader(MockCardOptions(identity="demo-kim")),
        records=DemoRecordsProvider(),
        payment=payment,
    ) as make:
        yield make


def _network(e: emu.EscposEmulator, **profile: object) -> NetworkPrinter:
    return network_printer(e, job_timeout_s=10, **profile)


def _to_summary(qtbot: Any, kiosk: Kiosk) -> None:
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    type_mrz_fields(kiosk)
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
    tap(button(kiosk, tr("cert", "Continue")))
    assert kiosk.flow.state is State.CERT_SUMMARY


def _paying_on(qtbot: Any, make_kiosk: Any, e: emu.EscposEmulator) -> Kiosk:
    """A kiosk printing on emulator ``e`` where Kim has just tapped to pay 200 won."""
    kiosk = make_kiosk(_network(e))
    _to_summary(qtbot, kiosk)
    tap(button(kiosk, _pay_200()))
    return kiosk


def _take_a_general_ticket(kiosk: Kiosk) -> None:
    """Tap the general service on the home screen showing."""
    home = showing_home(kiosk)
    tap(next(b for b in home.service_buttons if b.service.id == "general"))


def _events(kiosk: Kiosk, kind: str) -> list[dict[str, Any]]:
    return kiosk.queue.events([kind])


# -- item 2: certificates and tickets on a printer that cannot answer -------------------


def test_a_silent_printer_charges_nothing_and_tells_the_resident(
    qtbot: Any, make_kiosk: Any, payment: MockPayment
) -> None:
    with emu.EscposEmulator(faults=emu.Faults(answer_status=False)) as e:
        kiosk = _paying_on(qtbot, make_kiosk, e)
        qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=10000)
        assert e.print_data == b""
    text = screen_text(kiosk)
    assert render(PrintFailure.STATUS_UNKNOWN.resident_message) in text
    assert tr("cert", "You have not been charged.") in text
    assert payment.charged_won() == 0 and payment.ledger[0].state == "voided"
    qtbot.waitUntil(lambda: bool(_events(kiosk, "cert_print_failed")), timeout=3000)
    assert "failure=status_unknown" in _events(kiosk, "cert_print_failed")[0]["detail"]


def test_a_receipt_the_paper_ran_out_on_is_not_promised(
    qtbot: Any, make_kiosk: Any, payment: MockPayment
) -> None:
    # The certificate prints whole; the roll ends during the receipt.
    with emu.EscposEmulator(faults=emu.Faults(paper_out_after_lines=30)) as e:
        kiosk = _paying_on(qtbot, make_kiosk, e)
        qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=15000)
        assert e.dropped  # the receipt's end
    assert payment.charged_won() == 200
    text = screen_text(kiosk)
    assert (
        tr("cert", "The receipt could not be printed. Please ask at the counter for one.") in text
    )
    assert "receipt are below the screen" not in text
    assert tr("cert", "Your documents are below the screen. Please take your ID card too.") in text
    [flag] = _events(kiosk, "cert_receipt_not_printed")
    assert "payment=captured" in flag["detail"]


def test_a_silent_printer_fails_the_ticket_and_tells_staff(qtbot: Any, make_kiosk: Any) -> None:
    with emu.EscposEmulator(faults=emu.Faults(answer_status=False)) as e:
        kiosk = make_kiosk(_network(e))
        _take_a_general_ticket(kiosk)
        qtbot.waitUntil(lambda: kiosk.flow.state is State.PRINT_ERROR, timeout=10000)
        assert e.print_data == b""
    screen = kiosk.window.current_screen
    assert isinstance(screen, PrintErrorScreen)
    assert screen.reason.text() == render(PrintFailure.STATUS_UNKNOWN.resident_message)
    assert screen.code.text() == "A-001"
    [ticket] = kiosk.queue.tickets_today()
    assert ticket.state is TicketState.PRINT_FAILED
    [event] = _events(kiosk, "print_failed")
    assert "no answer" in event["detail"]


def test_a_printer_without_status_asks_the_resident_to_check_the_slot(
    qtbot: Any, make_kiosk: Any, config: KioskConfig
) -> None:
    config.devices.printer.profile.reports_status = False
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile(reports_status=False))
    kiosk = make_kiosk(printer)
    _take_a_general_ticket(kiosk)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    screen = kiosk.window.current_screen
    assert isinstance(screen, TicketScreen)
    assert screen.title.text() == tr("ticket", "Please check the printer slot")
    assert screen.title.text() == "번호표 출구를 확인해 주세요"  # ko.ts
    assert "직원" in screen.status.text()  # no ticket: tell staff the number
    assert screen.code.text() == "A-001"


def test_paid_documents_are_refused_before_paying_on_a_printer_without_status(
    qtbot: Any,
    make_kiosk: Any,
    config: KioskConfig,
    payment: MockPayment,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    config.devices.printer.profile.reports_status = False
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile(reports_status=False))
    kiosk = make_kiosk(printer)
    _to_summary(qtbot, kiosk)
    tap(button(kiosk, _pay_200()))
    qtbot.wait(100)
    assert kiosk.flow.state is State.CERT_SUMMARY
    assert "유료 증명서를 발급할 수 없습니다" in screen_text(kiosk)  # ko.ts
    assert tr(
        "cert",
        "This kiosk's printer cannot confirm printing, so paid documents cannot be "
        "issued here. Nothing has been charged. Please ask at the counter.",
    ) in screen_text(kiosk)
    assert payment.ledger == [] and printer.jobs == []
    # The technician reads why in the log, with the key to change.
    assert "devices.printer" in caplog.text and "profile.reports_status = false" in caplog.text


# -- item 3: the terminal fails -------------------------------------------------------------


def test_a_void_that_raises_releases_the_resident_and_tells_staff_the_amount(
    qtbot: Any, make_kiosk: Any, payment: MockPayment
) -> None:
    payment.set_faults(void="raise")
    with emu.EscposEmulator(faults=emu.Faults(answer_status=False)) as e:
        kiosk = _paying_on(qtbot, make_kiosk, e)
        # Before: the order job raised on the device thread and "printing" stayed forever.
        qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=10000)
    text = screen_text(kiosk)
    assert (
        tr(
            "cert",
            "You have not been charged, but the card payment could not be cancelled "
            "automatically; please ask at the counter to release it.",
        )
        in text
    )
    assert payment.charged_won() == 0
    qtbot.waitUntil(lambda: bool(_events(kiosk, "cert_void_failed")), timeout=3000)
    [event] = _events(kiosk, "cert_void_failed")
    assert "amount_won=200" in event["detail"] and "MOCK-000001" in event["detail"]
    assert "김민지" not in event["detail"] and "M12345678" not in event["detail"]
    tap(button(kiosk, tr("nav", "Home")))
    assert kiosk.flow.state is State.HOME and kiosk.flow.session.personal == {}


def test_a_capture_that_hangs_charges_nothing_and_tells_staff(
    qtbot: Any, make_kiosk: Any, payment: MockPayment
) -> None:
    payment.set_faults(capture="hang")
    with emu.EscposEmulator() as e:
        kiosk = _paying_on(qtbot, make_kiosk, e)
        qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=10000)
    assert payment.charged_won() == 0
    qtbot.waitUntil(lambda: bool(_events(kiosk, "cert_capture_failed")), timeout=3000)
    assert "amount_won=200" in _events(kiosk, "cert_capture_failed")[0]["detail"]


def test_a_capture_that_hangs_and_cannot_be_voided_asks_the_resident_to_keep_the_receipt(
    qtbot: Any, make_kiosk: Any, payment: MockPayment
) -> None:
    payment.set_faults(capture="hang", void="raise")
    with emu.EscposEmulator() as e:
        kiosk = _paying_on(qtbot, make_kiosk, e)
        qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=10000)
    # Whether the card was charged is unknown: the kiosk must not say it was not.
    assert tr(
        "cert",
        "We could not confirm whether your card was charged. Please keep your receipt "
        "and ask at the counter.",
    ) in screen_text(kiosk)
    qtbot.waitUntil(lambda: bool(_events(kiosk, "cert_capture_unknown")), timeout=3000)
    [event] = _events(kiosk, "cert_capture_unknown")
    assert "authorization=MOCK-000001" in event["detail"]
    assert "capture_won=200" in event["detail"]
    assert kiosk.window.cert is not None
    [row] = kiosk.window.cert.audit.entries()
    assert (row["state"], row["fee_won"]) == ("capture_unknown", 200)


def test_an_authorization_that_hangs_returns_the_resident_to_the_summary(
    qtbot: Any, make_kiosk: Any, config: KioskConfig, payment: MockPayment
) -> None:
    config.devices.payment.timeout_s = 0.3
    payment.set_script("hang")
    kiosk = make_kiosk()
    _to_summary(qtbot, kiosk)
    tap(button(kiosk, _pay_200()))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_SUMMARY, timeout=5000)
    assert render(PaymentOutcome.UNAVAILABLE.resident_message) in screen_text(kiosk)
    assert payment.ledger == []


def test_an_approval_after_the_kiosk_gave_up_is_written_down_and_a_failed_release_told(
    qtbot: Any,
    make_kiosk: Any,
    config: KioskConfig,
    payment: MockPayment,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config.devices.payment.timeout_s = 0.3
    payment.set_faults(void="raise")
    approve = payment.authorize

    def card_in_at_the_last_moment(
        amount_won: int, reference: str, timeout_s: float, *, cancel: Any = None
    ) -> Any:
        time.sleep(1.2)  # past timeout_s + answer_timeout_s: the kiosk has given up
        return approve(amount_won, reference, timeout_s, cancel=threading.Event())

    monkeypatch.setattr(payment, "authorize", card_in_at_the_last_moment)
    kiosk = make_kiosk()
    _to_summary(qtbot, kiosk)
    tap(button(kiosk, _pay_200()))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_SUMMARY, timeout=5000)
    assert render(PaymentOutcome.UNAVAILABLE.resident_message) in screen_text(kiosk)
    # The terminal approves after all and the release fails: the money is held.
    qtbot.waitUntil(lambda: bool(_events(kiosk, "payment_void_failed")), timeout=5000)
    [event] = _events(kiosk, "payment_void_failed")
    assert "authorization=MOCK-000001 amount_won=200" in event["detail"]
    assert [(x.authorization.id, x.state) for x in payment.ledger] == [("MOCK-000001", "held")]
    # The resident still at the summary no longer reads that nothing was charged.
    qtbot.waitUntil(lambda: render(HOLD_LEFT_MESSAGE) in screen_text(kiosk), timeout=5000)
    assert render(PaymentOutcome.UNAVAILABLE.resident_message) not in screen_text(kiosk)
    # Written down, so the next start tries the release again.
    assert kiosk.window.cert is not None
    [hold] = kiosk.window.cert.audit.holds()
    assert (hold["authorization_id"], hold["amount_won"]) == ("MOCK-000001", 200)


# -- item 4: the start after a power cut ----------------------------------------------------


def test_an_approved_payment_is_written_down_before_the_first_copy_prints(
    qtbot: Any, make_kiosk: Any, payment: MockPayment, monkeypatch: pytest.MonkeyPatch
) -> None:
    holds_at_first_copy: list[list[tuple[str, int]]] = []
    record_copy = AuditLog.record

    def first_copy(self: AuditLog, entry: IssuanceRecord) -> None:
        holds_at_first_copy.append([(h["authorization_id"], h["amount_won"]) for h in self.holds()])
        record_copy(self, entry)

    monkeypatch.setattr(AuditLog, "record", first_copy)
    with emu.EscposEmulator() as e:
        kiosk = _paying_on(qtbot, make_kiosk, e)
        qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=10000)
    # A power cut before this row would still leave the hold for the next start.
    assert holds_at_first_copy == [[("MOCK-000001", 200)]]
    assert kiosk.window.cert is not None
    [hold] = kiosk.window.cert.audit.holds()
    assert (hold["reference"], hold["result"]) == ("resident-copyx1", "captured")
    assert payment.charged_won() == 200


@pytest.mark.parametrize("void", ["ok", "raise"])
def test_a_payment_that_cannot_be_written_down_is_voided_and_nothing_prints(
    qtbot: Any,
    make_kiosk: Any,
    payment: MockPayment,
    monkeypatch: pytest.MonkeyPatch,
    void: str,
) -> None:
    def database_gone(*args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT INTO payment_holds", {}, OSError("disk I/O error"))

    monkeypatch.setattr(AuditLog, "record_hold", database_gone)
    payment.set_faults(void=void)
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile())
    kiosk = make_kiosk(printer)
    _to_summary(qtbot, kiosk)
    tap(button(kiosk, _pay_200()))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_SUMMARY, timeout=5000)
    shown = screen_text(kiosk)
    assert printer.jobs == []
    if void == "ok":
        assert render(PaymentOutcome.UNAVAILABLE.resident_message) in shown
        assert [(x.authorization.id, x.state) for x in payment.ledger] == [
            ("MOCK-000001", "voided")
        ]
        assert payment.charged_won() == 0
        return
    # The hold is still on the card: the resident must not read that nothing was charged.
    assert render(PaymentOutcome.UNAVAILABLE.resident_message) not in shown
    assert render(HOLD_LEFT_MESSAGE) in shown
    assert [(x.authorization.id, x.state) for x in payment.ledger] == [("MOCK-000001", "held")]
    qtbot.waitUntil(lambda: bool(_events(kiosk, "payment_void_failed")), timeout=5000)
    [event] = _events(kiosk, "payment_void_failed")
    assert "200" in event["detail"]


@pytest.mark.parametrize(
    ("left", "hours_back"),
    [
        ("printing", 0),
        # The power came back with the RTC behind (or NTP stepped it back): the
        # row looks written "after" this start.
        ("printed", 2),
    ],
)
def test_the_kiosk_start_voids_what_a_power_cut_left_unsettled(
    qtbot: Any,
    make_kiosk: Any,
    tmp_path: Path,
    clock: FakeClock,
    payment: MockPayment,
    left: str,
    hours_back: int,
) -> None:
    record_copy(
        tmp_path,
        "1234-5678-9012-3456",
        state=left,
        payment_result="pending",
        at=clock.now() - timedelta(minutes=3),
        authorization_id="MOCK-000777",
    )
    clock.set_wall(clock.now() - timedelta(hours=hours_back))
    kiosk = make_kiosk(MockPrinter(MockPrinterOptions(), PrinterProfile()))
    qtbot.waitUntil(lambda: bool(_events(kiosk, "cert_interrupted")), timeout=5000)
    [event] = _events(kiosk, "cert_interrupted")
    assert "issuance=1234-5678-9012-3456" in event["detail"]
    assert f"found={left} payment=voided amount_won=200" in event["detail"]
    assert [(x.authorization.id, x.state) for x in payment.ledger] == [("MOCK-000777", "voided")]
    assert kiosk.window.cert is not None
    [row] = kiosk.window.cert.audit.entries()
    assert (row["state"], row["payment_result"]) == ("interrupted", "voided")
