"""Printing again after the paper ran out part-way: the first order's receipt could not
print, so the resident is told to ask for it and staff are told; the second order
prints the copies that did not print, with its own receipt. An order that crashed
part-way does not offer printing again: which copies printed is not known (all were
offered again, printed twice and paid for a second time)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from drivers.payment.mock import MockPayment
from drivers.printer.mock import MockPrinter
from kiosk.certificates import issuing
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockPaymentOptions,
    MockPrinterOptions,
    PrinterProfile,
)
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import State
from kiosk.printing.document import Document
from kiosk.storage.database import events, issuances, payment_holds
from tests.support.resident_screen import (
    button,
    cert_button,
    cert_kiosk,
    screen_text,
    tap,
    type_mrz_fields,
)
from ui.app.compose import Kiosk
from ui.common.i18n import render, tr
from ui.resident.screens.certificate import CertErrorScreen, CertMrzScreen


class PaperRunsOut(MockPrinter):
    """Prints the first job, then is out of paper until ``refill``."""

    def __init__(self) -> None:
        super().__init__(MockPrinterOptions(), PrinterProfile())
        self.jobs_asked = 0

    def print_document(self, document: Document) -> Any:
        self.jobs_asked += 1
        if self.jobs_asked == 2:
            self.set_fault("paper_out")
        return super().print_document(document)

    def refill(self) -> None:
        self.set_fault("none")


@pytest.fixture
def printer() -> PaperRunsOut:
    return PaperRunsOut()


@pytest.fixture
def payment() -> MockPayment:
    return MockPayment(MockPaymentOptions(script=["approve", "approve"]))


@pytest.fixture
def kiosk(
    tmp_path: Path,
    config: KioskConfig,
    clock: FakeClock,
    payment: MockPayment,
    printer: PaperRunsOut,
) -> Iterator[Kiosk]:
    with cert_kiosk(config, tmp_path, clock, payment=payment, printer=printer) as kiosk:
        yield kiosk


def _pay(kiosk: Kiosk, amount: str) -> None:
    total = tr("cert", "{amount} won", amount=amount)
    tap(button(kiosk, tr("cert", "Pay {total} and print", total=total)))


def _staff_events(kiosk: Kiosk) -> list[str]:
    with kiosk.engine.connect() as conn:
        return [row.kind for row in conn.execute(select(events.c.kind))]


def _to_summary(qtbot: Any, kiosk: Kiosk, copies: int) -> None:
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    type_mrz_fields(kiosk)
    tap(kiosk.window.screens[CertMrzScreen].continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
    kiosk.window.send(c.SetCopies(copies))
    tap(button(kiosk, tr("cert", "Continue")))


def test_the_missing_receipt_of_a_stopped_order_is_said_before_printing_again(
    qtbot: Any, kiosk: Kiosk, printer: PaperRunsOut, payment: MockPayment
) -> None:
    _to_summary(qtbot, kiosk, 3)
    _pay(kiosk, "600")
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=5000)
    # One copy printed and charged; the paper ran out before the receipt.
    assert payment.charged_won() == 200
    assert render(c.RECEIPT_NOT_PRINTED) in screen_text(kiosk)
    qtbot.waitUntil(lambda: "cert_receipt_not_printed" in _staff_events(kiosk), timeout=5000)
    printer.refill()
    tap(button(kiosk, tr("cert", "Try printing again")))
    _pay(kiosk, "400")
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=5000)
    assert payment.charged_won() == 600
    kinds = [job.document.kind for job in printer.jobs]
    assert kinds == ["certificate", "certificate", "certificate", "receipt"]


def test_no_printing_again_after_an_order_crashed(
    qtbot: Any,
    kiosk: Kiosk,
    printer: PaperRunsOut,
    payment: MockPayment,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the database went away after the copy printed")

    # The printed copy is never written down as printed: its row stays "printing".
    monkeypatch.setattr(issuing, "_update_audit", crash)
    _to_summary(qtbot, kiosk, 1)
    _pay(kiosk, "200")
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_ERROR, timeout=5000)
    assert [job.document.kind for job in printer.jobs] == ["certificate"]
    # Nothing was captured, so the hold is released, as a start after a power cut would.
    assert payment.charged_won() == 0
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertErrorScreen)
    assert not screen.retry_button.isVisible()
    assert tr("cert", "Try printing again") not in screen_text(kiosk)


def test_an_order_that_crashed_after_its_capture_keeps_the_sale_its_books_agree_with(
    qtbot: Any, kiosk: Kiosk, payment: MockPayment, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug after the copy was charged")

    monkeypatch.setattr(issuing, "build_receipt", crash)
    _to_summary(qtbot, kiosk, 1)
    _pay(kiosk, "200")
    # The copy printed and was charged before the receipt failed: the order is done.
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=5000)
    # The sale stands (a void cancelled it while the audit still said "captured").
    assert payment.charged_won() == 200
    with kiosk.engine.connect() as conn:
        rows = conn.execute(select(issuances.c.payment_result, issuances.c.fee_won)).all()
        holds = conn.execute(select(payment_holds.c.result)).scalars().all()
    assert [(r.payment_result, r.fee_won) for r in rows] == [("captured", 200)]
    assert holds == ["captured"]
    assert render(c.RECEIPT_NOT_PRINTED) in screen_text(kiosk)
    qtbot.waitUntil(lambda: "cert_receipt_not_printed" in _staff_events(kiosk), timeout=5000)
