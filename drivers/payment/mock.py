"""Mock card terminal: answers each authorization as the config's script says.

``script`` lists ``approve``, ``decline``, ``timeout``, ``no_card`` or
``hang`` per authorization (the last entry repeats): ``timeout`` answers at
once as a terminal whose time limit ran out would, ``no_card`` waits the
whole limit for a card that never comes, as a resident who walked away or
changed their mind leaves it. Waiting stops as soon as the kiosk cancels.
``hang`` is a frozen terminal: it ignores the time limit and the cancel and
never answers (until ``release_hangs``). ``capture`` and ``void`` may be made
to raise or hang the same way. It keeps a ledger of holds, captures and
voids so tests can prove what a resident was charged, and tests may
re-script it. A void of a hold it never saw (one made before the kiosk
restarted) is accepted and written in the ledger, as a real terminal voids
by authorization id; a void of a captured hold cancels the charge, as a
terminal cancels a sale (승인취소).
"""

from __future__ import annotations

import itertools
import secrets
import threading
from collections import deque
from dataclasses import dataclass

from kiosk.config import MockPaymentOptions
from kiosk.ports.payment import Authorization, PaymentOutcome, PaymentResult

ANSWERS = ("approve", "decline", "timeout", "no_card", "hang")
FAULTS = ("ok", "raise", "hang")


class TerminalError(ConnectionError):
    """The mock terminal's scripted failure (a cable pulled, a VAN error)."""


#: Authorizations kept in the ledger (the most recent): ``kiosk run`` on the
#: demo config takes payments here for as long as it runs.
MAX_LEDGER = 1000


@dataclass
class LedgerEntry:
    authorization: Authorization
    reference: str
    state: str = "held"  # held, captured, voided
    captured_won: int = 0


def run_prefix() -> str:
    """An authorization id prefix of its own for one run of the kiosk ("MOCK-3FA2C1")."""
    return f"MOCK-{secrets.token_hex(3).upper()}"


class MockPayment:
    """A ``kiosk.ports.payment.PaymentTerminal`` following a script. Thread-safe."""

    def __init__(
        self, options: MockPaymentOptions | None = None, *, id_prefix: str = "MOCK"
    ) -> None:
        """``id_prefix`` starts every authorization id ("MOCK-000001"): the kiosk
        gives each run its own (``run_prefix``), so a restarted kiosk's ids never
        meet those its database kept from earlier runs, as a real terminal's
        approval numbers do not repeat."""
        options = options or MockPaymentOptions()
        self._id_prefix = id_prefix
        self._lock = threading.Lock()
        self._script: list[str] = list(options.script)
        self._delay_s = options.delay_ms / 1000
        self._ids = itertools.count(1)
        self.capture_fault: str = options.capture
        self.void_fault: str = options.void
        #: Set to let every hung call return (tests end their threads with it).
        self._unhang = threading.Event()
        self._ledger: deque[LedgerEntry] = deque(maxlen=MAX_LEDGER)
        #: Authorizations waiting for a card right now (what the terminal's screen shows).
        self.waiting = 0

    @property
    def name(self) -> str:
        return "mock"

    @property
    def ledger(self) -> list[LedgerEntry]:
        """The most recent authorizations (at most ``MAX_LEDGER``), oldest first; a copy."""
        with self._lock:
            return list(self._ledger)

    def set_script(self, *answers: str) -> None:
        """Test control: the answers to the next authorizations (the last repeats)."""
        script: list[str] = []
        for answer in answers:
            if answer not in ANSWERS:
                raise ValueError(f"unknown mock payment answer {answer!r}")
            script.append(answer)
        with self._lock:
            self._script = script

    def set_faults(self, *, capture: str = "ok", void: str = "ok") -> None:
        """Test control: make capture / void ``raise`` or ``hang`` (``ok``: work)."""
        if capture not in FAULTS or void not in FAULTS:
            raise ValueError(f"unknown mock payment fault {capture!r} / {void!r}")
        self.capture_fault = capture
        self.void_fault = void

    def release_hangs(self) -> None:
        """Test control: every hung call returns now (it still answers nothing useful)."""
        self._unhang.set()

    def _fault(self, fault: str, what: str) -> None:
        if fault == "raise":
            raise TerminalError(f"mock: {what} failed")
        if fault == "hang":
            self._unhang.wait()
            raise TerminalError(f"mock: {what} hung")

    def charged_won(self) -> int:
        """What residents have actually paid (captured), over the ledger's entries."""
        with self._lock:
            return sum(e.captured_won for e in self._ledger)

    def authorize(
        self,
        amount_won: int,
        reference: str,
        timeout_s: float,
        *,
        cancel: threading.Event | None = None,
    ) -> PaymentResult:
        cancel = cancel or threading.Event()
        if cancel.is_set():
            return _cancelled()
        with self._lock:
            answer = self._script.pop(0) if len(self._script) > 1 else self._script[0]
            self.waiting += 1
        try:
            if answer == "hang":
                self._fault("hang", "authorize")
            wait_s = timeout_s if answer == "no_card" else min(self._delay_s, timeout_s)
            if wait_s and cancel.wait(wait_s):
                return _cancelled()
        finally:
            with self._lock:
                self.waiting -= 1
        if answer == "decline":
            return PaymentResult(PaymentOutcome.DECLINED, detail="mock: card declined")
        if answer in ("timeout", "no_card"):
            return PaymentResult(PaymentOutcome.TIMEOUT, detail="mock: no card presented")
        auth = Authorization(f"{self._id_prefix}-{next(self._ids):06d}", amount_won)
        with self._lock:
            self._ledger.append(LedgerEntry(auth, reference))
        return PaymentResult(PaymentOutcome.APPROVED, auth)

    def _entry(self, authorization: Authorization) -> LedgerEntry:
        for entry in self._ledger:
            if entry.authorization.id == authorization.id:
                return entry
        raise KeyError(authorization.id)

    def capture(self, authorization: Authorization, amount_won: int) -> bool:
        self._fault(self.capture_fault, "capture")
        with self._lock:
            entry = self._entry(authorization)
            if entry.state != "held" or not 0 < amount_won <= authorization.amount_won:
                return False
            entry.state = "captured"
            entry.captured_won = amount_won
            return True

    def void(self, authorization: Authorization) -> None:
        self._fault(self.void_fault, "void")
        with self._lock:
            try:
                entry = self._entry(authorization)
            except KeyError:
                entry = LedgerEntry(authorization, "void after restart")
                self._ledger.append(entry)
            # A captured hold too: the port's void leaves nothing charged.
            if entry.state in ("held", "captured"):
                entry.state = "voided"
                entry.captured_won = 0


def _cancelled() -> PaymentResult:
    return PaymentResult(PaymentOutcome.CANCELLED, detail="mock: cancelled on the kiosk")
