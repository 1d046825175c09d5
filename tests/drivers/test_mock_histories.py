"""The mock devices ``kiosk run`` uses on the demo config keep bounded histories.

A kiosk on the embedded demo config prints, speaks and takes payments on
these mocks for as long as it runs; each keeps only its most recent
records, newest last, and counts the rest.
"""

from __future__ import annotations

from drivers.payment.mock import MAX_LEDGER, MockPayment
from drivers.printer.mock import MAX_JOBS, MockPrinter
from drivers.speech.mock import MAX_UTTERANCES, MockSpeaker
from kiosk.config import MockPaymentOptions, MockPrinterOptions, PrinterProfile
from kiosk.printing.document import Document, TextLine


def test_mock_printer_keeps_its_last_jobs() -> None:
    printer = MockPrinter(MockPrinterOptions(), PrinterProfile())
    total = MAX_JOBS + 25
    for i in range(total):
        assert printer.print_document(Document("ticket", (TextLine(f"A-{i:03d}"),))).ok
    jobs = printer.jobs
    assert len(jobs) == MAX_JOBS and printer.printed == total
    assert jobs[-1].document.plain_text().strip() == f"A-{total - 1:03d}"
    assert jobs[0].document.plain_text().strip() == f"A-{total - MAX_JOBS:03d}"


def test_mock_speaker_keeps_its_last_utterances() -> None:
    speaker = MockSpeaker()
    total = MAX_UTTERANCES + 10
    for i in range(total):
        speaker.say(f"number {i}", "en")
    said = speaker.utterances
    assert len(said) == MAX_UTTERANCES
    assert said[-1].text == f"number {total - 1}"


def test_mock_payment_ledger_keeps_its_last_authorizations() -> None:
    payment = MockPayment(MockPaymentOptions(script=["approve"]))
    total = MAX_LEDGER + 5
    for i in range(total):
        result = payment.authorize(200, f"order-{i}", timeout_s=1)
        assert result.authorization is not None
        assert payment.capture(result.authorization, 200)
    ledger = payment.ledger
    assert len(ledger) == MAX_LEDGER
    assert ledger[-1].reference == f"order-{total - 1}" and ledger[-1].state == "captured"
