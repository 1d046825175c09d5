"""The ``free`` payment backend: fees waived, nothing ever charged.

Used for centers that waive certificate fees, and by every journey whose
fee is zero (free documents, residents exempt from fees such as recipients
of basic livelihood support when ``devices.payment.waive_for_exempt`` is on).
"""

from __future__ import annotations

import secrets
import threading

from kiosk.ports.payment import Authorization, PaymentOutcome, PaymentResult


class FreePayment:
    """A ``kiosk.ports.payment.PaymentTerminal`` that approves every fee as a waiver."""

    @property
    def name(self) -> str:
        return "free"

    def authorize(
        self,
        amount_won: int,
        reference: str,
        timeout_s: float,
        *,
        cancel: threading.Event | None = None,
    ) -> PaymentResult:
        if cancel is not None and cancel.is_set():
            return PaymentResult(PaymentOutcome.CANCELLED, detail="cancelled before the terminal")
        auth = Authorization(f"waived-{secrets.token_hex(4)}", 0, waived=True)
        return PaymentResult(PaymentOutcome.APPROVED, auth, "fee waived")

    def capture(self, authorization: Authorization, amount_won: int) -> bool:
        return True

    def void(self, authorization: Authorization) -> None:
        return None
