"""An order that raised part-way says what its settled copies are.

Only copies whose fee was captured (or maybe captured) were taken for the
resident's: a waived copy that printed and was settled as issued was
reported as not printed ("The certificate could not be issued", staff told
printed=0/1) while the resident held a valid certificate; and the amount
staff were asked to check at the terminal for a capture in doubt was the
first document's fee times every copy, whatever the other documents cost.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from drivers.card.mock import MockCardReader
from drivers.payment.mock import MockPayment
from kiosk.certificates import issuing
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import State
from kiosk.storage.database import events, issuances
from tests.support.resident_screen import screen_text
from tests.ui import test_cert_journey
from tests.ui.test_cert_journey import _type_mrz, typed
from ui.common.i18n import render

card = test_cert_journey.card
payment = test_cert_journey.payment
records = test_cert_journey.records
make_kiosk = test_cert_journey.make_kiosk


def _crash_in(monkeypatch: pytest.MonkeyPatch, name: str, *, after_real: bool = False) -> None:
    """``issuing.<name>`` raises (after doing its work when ``after_real``)."""
    real = getattr(issuing, name)

    def crash(*args: Any, **kwargs: Any) -> Any:
        if after_real:
            real(*args, **kwargs)
        raise RuntimeError("a bug part-way through the order")

    monkeypatch.setattr(issuing, name, crash)


def _identified(qtbot: Any, make_kiosk: Any, card: MockCardReader, who: str) -> Any:
    kiosk = make_kiosk()
    card.insert(who)
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument("resident-copy"))
    _type_mrz(kiosk, typed(who))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
    kiosk.window.send(c.ConfirmOptions())
    return kiosk


def _event(qtbot: Any, kiosk: Any, kind: str) -> str:
    def details() -> list[str]:
        with kiosk.engine.connect() as conn:
            return [
                str(r.detail) for r in conn.execute(select(events).where(events.c.kind == kind))
            ]

    qtbot.waitUntil(lambda: bool(details()), timeout=5000)
    return details()[0]


def test_a_waived_copy_printed_before_the_crash_is_the_residents(
    qtbot: Any, make_kiosk: Any, card: MockCardReader, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_in(monkeypatch, "build_receipt")
    kiosk = _identified(qtbot, make_kiosk, card, "demo-lee")  # no fee to pay
    kiosk.window.send(c.ConfirmPayment())
    qtbot.waitUntil(lambda: kiosk.flow.state in (State.CERT_DONE, State.CERT_ERROR), timeout=5000)
    with kiosk.engine.connect() as conn:
        [row] = conn.execute(select(issuances)).all()
    assert (row.state, row.payment_result, row.printed) == ("waived", "waived", True)

    # Was "The certificate could not be issued", no number shown.
    assert kiosk.flow.state is State.CERT_DONE
    assert row.issuance_number in screen_text(kiosk)
    assert render(c.RECEIPT_NOT_PRINTED) in screen_text(kiosk)
    assert "printed=1/1" in _event(qtbot, kiosk, "cert_receipt_not_printed")


def test_a_capture_in_doubt_names_what_every_document_printed_costs(
    qtbot: Any,
    make_kiosk: Any,
    card: MockCardReader,
    payment: MockPayment,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _crash_in(monkeypatch, "capture_within", after_real=True)  # charged, then raised
    kiosk = _identified(qtbot, make_kiosk, card, "demo-kim")
    kiosk.window.send(c.AddDocument())
    kiosk.window.send(c.ChooseDocument("family-relations"))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
    kiosk.window.send(c.ConfirmOptions())
    kiosk.window.send(c.ConfirmPayment())
    qtbot.waitUntil(lambda: kiosk.flow.state in (State.CERT_DONE, State.CERT_ERROR), timeout=5000)
    assert payment.charged_won() == 700  # 200 + 500, never voided

    # Was capture_won=400: the first document's 200 won for each of the two copies.
    assert "capture_won=700" in _event(qtbot, kiosk, "cert_capture_unknown")
    assert render(c.CAPTURE_UNKNOWN_NO_RECEIPT) in screen_text(kiosk)
