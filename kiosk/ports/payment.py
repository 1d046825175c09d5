"""Paying certificate fees: the payment terminal Protocol and its results (Qt-free).

The rule this module exists for: never charge for a document that did not
print. A journey therefore ``authorize``s the fee (the resident taps or
inserts a card; the money is only held), prints, and then ``capture``s what
printed; if nothing printed it ``void``s the hold. Backends live in
``drivers/payment``: ``free`` (fees waived) and ``mock`` (a scripted
terminal for tests and the demo). A real card terminal (VAN) is a further
backend behind the same three methods.

A terminal is a device on a cable or a network: any of its calls may
raise or never return. ``authorize_within``, ``capture_within`` and
``void_within`` run a call on a thread of its own under a deadline and
turn an exception or an overrun into an error value, so a frozen terminal
can never leave a resident waiting on the screen. A capture that raised or
overran may still have charged the card (the answer, not the charge, was
lost): ``capture_within`` calls that ``UNKNOWN``, apart from a refusal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, TypeVar, runtime_checkable

from kiosk.i18n import N_, Text

log = logging.getLogger(__name__)

T = TypeVar("T")


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

HOLD_LEFT_MESSAGE: Text = N_(
    "payment",
    "Payment is not available right now. The amount approved on your card could not be "
    "cancelled here: please ask at the counter.",
)


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
    #: The terminal approved a hold that the kiosk could neither use nor
    #: release: the money may still be held, so "nothing has been charged"
    #: would be untrue. Staff settle it with the terminal.
    hold_left: bool = False

    @property
    def approved(self) -> bool:
        return self.outcome is PaymentOutcome.APPROVED and self.authorization is not None

    @property
    def resident_message(self) -> Text:
        """What the resident reads about this payment."""
        if self.hold_left:
            return HOLD_LEFT_MESSAGE
        return self.outcome.resident_message


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
        """Leave nothing charged: release the hold, or cancel its charge if a
        capture went through (a capture whose answer was lost). Raises when
        it cannot. Safe to call twice."""
        ...


class TerminalCallFailed(Exception):
    """A terminal call raised or did not answer in time (the message says which; no card data)."""


def _call_within(
    what: str,
    call: Callable[[], T],
    deadline_s: float,
    *,
    late: Callable[[T], None] | None = None,
) -> T:
    """``call()`` on a thread of its own; its result, or ``TerminalCallFailed``.

    When the caller has given up on a call that later returns, ``late`` gets
    its result on that thread (an approval nobody waits for must still be
    released).
    """
    box: dict[str, object] = {}
    lock = threading.Lock()
    abandoned = False

    def run() -> None:
        try:
            result = call()
        except BaseException as exc:  # reported to the caller below
            with lock:
                box["error"] = exc
            return
        with lock:
            box["result"] = result
            too_late = abandoned
        if too_late and late is not None:
            late(result)

    # A daemon thread: a terminal that never answers must not hold the
    # kiosk's exit either.
    thread = threading.Thread(target=run, name=f"payment-{what}", daemon=True)
    thread.start()
    thread.join(deadline_s)
    with lock:
        if not box:
            abandoned = True
            raise TerminalCallFailed(f"{what}: the terminal did not answer within {deadline_s:g} s")
    if "error" in box:
        error = box["error"]
        raise TerminalCallFailed(f"{what}: {type(error).__name__}")
    return box["result"]  # type: ignore[return-value]


def authorize_within(
    terminal: PaymentTerminal,
    amount_won: int,
    reference: str,
    timeout_s: float,
    *,
    cancel: threading.Event,
    grace_s: float,
    release_late: Callable[[Authorization], object] | None = None,
) -> PaymentResult:
    """``terminal.authorize``, never raising and never waiting past ``timeout_s + grace_s``.

    A terminal that overruns is told to stop (``cancel``) and the answer is
    ``UNAVAILABLE``. Should it approve after all, that hold is released at
    once (the resident was told nothing was charged): by ``release_late``
    when given (the kiosk writes the hold down and tells staff if the
    release fails), else by a plain void that is only logged.
    """

    def release_late_approval(result: PaymentResult) -> None:
        if result.authorization is None:
            return
        if release_late is not None:
            log.error(
                "a payment approved after the kiosk gave up (authorization=%s): releasing it",
                result.authorization.id,
            )
            release_late(result.authorization)
            return
        why = void_within(terminal, result.authorization, timeout_s + grace_s)
        log.error(
            "a payment approved after the kiosk gave up (authorization=%s amount_won=%d): %s",
            result.authorization.id,
            result.authorization.amount_won,
            f"void failed, {why}" if why else "voided",
        )

    try:
        return _call_within(
            "authorize",
            lambda: terminal.authorize(amount_won, reference, timeout_s, cancel=cancel),
            timeout_s + grace_s,
            late=release_late_approval,
        )
    except TerminalCallFailed as exc:
        cancel.set()
        log.error("payment authorization failed: %s", exc)
        return PaymentResult(PaymentOutcome.UNAVAILABLE, detail=str(exc))


class CaptureOutcome(Enum):
    CAPTURED = "captured"
    #: The terminal answered no: nothing was charged.
    REFUSED = "refused"
    #: The call raised or did not answer in time: the card may have been charged.
    UNKNOWN = "unknown"


def capture_within(
    terminal: PaymentTerminal,
    authorization: Authorization,
    amount_won: int,
    deadline_s: float,
    *,
    charged_late: Callable[[], object] | None = None,
) -> tuple[CaptureOutcome, str]:
    """``terminal.capture`` under a deadline: (what is known of it, why it failed).

    A capture that answers "charged" after the deadline calls ``charged_late``
    on the capture's own thread: by then the kiosk has voided the hold and
    told the resident, and the charge must be undone.
    """

    def answered_late(done: bool) -> None:
        if done and charged_late is not None:
            charged_late()

    try:
        done = _call_within(
            "capture",
            lambda: terminal.capture(authorization, amount_won),
            deadline_s,
            late=answered_late,
        )
    except TerminalCallFailed as exc:
        log.error("payment capture outcome unknown: %s", exc)
        return CaptureOutcome.UNKNOWN, str(exc)
    if not done:
        return CaptureOutcome.REFUSED, "capture: the terminal refused"
    return CaptureOutcome.CAPTURED, ""


def void_within(terminal: PaymentTerminal, authorization: Authorization, deadline_s: float) -> str:
    """``terminal.void`` under a deadline: "" when done, else why it failed."""
    try:
        _call_within("void", lambda: terminal.void(authorization), deadline_s)
    except TerminalCallFailed as exc:
        log.error("payment void failed: %s", exc)
        return str(exc)
    return ""
