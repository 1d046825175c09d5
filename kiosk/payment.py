"""Paying certificate fees: the payment terminal Protocol and its results (Qt-free).

The rule this module exists for: never charge for a document that did not
print. A journey therefore ``authorize``s the fee (the resident taps or
inserts a card; the money is only held), prints, and then ``capture``s what
printed; if nothing printed it ``void``s the hold. Backends live in
``drivers/payment``: ``free`` (fees waived) and ``mock`` (a scripted
terminal for tests and the demo). A real card terminal (VAN) is a further
backend behind the same three methods.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

from kiosk.i18n import N_, Text


class PaymentOutcome(Enum):
    APPROVED = "approved"
    DECLINED = "declined"
    TIMEOUT = "timeout"
    UNAVAILABLE = "unavailable"
    #: The resident stopped paying on the kiosk (Back, Home, the session ended).
    CANCELLED = "cancelled"

    @property
    def resident_message(self) -> Text:
        return _MESSAGES[self]


_MESSAGES: dict[PaymentOutcome, Text] = {
    PaymentOutcome.APPROVED: N_("payment", "Payment approved."),
    PaymentOutcome.DECLINED: N_(
        "payment",
        "The payment was declined. Nothing has been charged. You can try another card.",
    ),
    PaymentOutcome.TIMEOUT: N_(
        "payment",
        "No card was presented in time. Nothing has been charged. You can try again.",
    ),
    PaymentOutcome.UNAVAILABLE: N_(
        "payment",
        "Payment is not available right now. Nothing has been charged. Please ask at the counter.",
    ),
    PaymentOutcome.CANCELLED: N_("payment", "Payment cancelled. Nothing has been charged."),
}


@dataclass(frozen=True)
class Authorization:
    """An approved hold on ``amount_won`` (0 when the fee is waived)."""

    id: str
    amount_won: int
    #: ``free`` authorizations are waivers: nothing is ever charged.
    waived: bool = False


@dataclass(frozen=True)
class PaymentResult:
    outcome: PaymentOutcome
    authorization: Authorization | None = None
    #: Technical reason for technicians (no card numbers, no personal data).
    detail: str = ""

    @property
    def approved(self) -> bool:
        return self.outcome is PaymentOutcome.APPROVED and self.authorization is not None


@runtime_checkable
class PaymentTerminal(Protocol):
    """A way to pay. Every method blocks on the terminal: worker thread only."""

    @property
    def name(self) -> str: ...

    def authorize(
        self,
        amount_won: int,
        reference: str,
        timeout_s: float,
        *,
        cancel: threading.Event | None = None,
    ) -> PaymentResult:
        """Hold ``amount_won``; ``reference`` names the order (no personal data).

        ``cancel`` is set from another thread when the resident stops paying
        on the kiosk: the terminal stops waiting for a card (its screen must
        not keep asking for one) and answers ``CANCELLED`` within a second,
        without a hold. Set before the call, nothing is asked of the
        resident at all. A hold that completes in the same instant may still
        be answered ``APPROVED``; the caller voids it.
        """
        ...

    def capture(self, authorization: Authorization, amount_won: int) -> bool:
        """Charge ``amount_won`` (at most the authorized amount) of a hold; True when done."""
        ...

    def void(self, authorization: Authorization) -> None:
        """Release a hold without charging anything. Safe to call twice."""
        ...
