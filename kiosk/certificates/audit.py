"""The audit trail of issued certificates, and issuance numbers (문서확인번호).

Every printed copy gets an issuance number: 16 digits from ``secrets`` in
groups of four (``1234-5678-9012-3456``), unique in the ``issuances`` table
and not guessable, so a number alone proves nothing without the kiosk's
records. Each row keeps the number, the document, copies, fee, payment
result, time and kiosk, and the resident only as an HMAC-SHA256 of their
identity under a per-install secret key (``keys/audit-hmac.key``, 0600):
the same person gives the same hash on this kiosk (staff can answer "was
this person issued documents?" given the card), yet the table alone
reveals no one. Nothing else about the resident is stored.

A row is written as ``printing`` before the first byte of its copy goes to
the printer, becomes ``printed`` or ``failed`` after the copy, ``capturing``
just before the fee is captured, and takes the payment's end (``captured``,
``waived``, ``voided``...) when the order settles; its ``payment_result``
stays ``pending`` until then. A power cut or a killed process therefore
leaves ``pending`` rows behind, with the hold behind them: at start
``recover_interrupted`` voids such holds through the terminal (once per
authorization), marks the rows ``interrupted`` and raises one staff event
per row. A hold whose capture may have gone through (a row left
``capturing``) is never voided: its rows become ``capture_unknown`` and the
staff event names the authorization and the amount, for staff to check at
the terminal.

The issuance rows start when printing does; the money is held earlier, when
the terminal approves. So each approved hold is written to ``payment_holds``
before the resident sees the approval (``record_hold``; a hold that cannot
be written is voided at once) and settled when its order or its void ends
(``settle_hold``). At start, a hold left unsettled with no issuance rows
behind it (the power went between the approval and the first copy) is
voided too, with a staff event of its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from kiosk.certificates.signing import key_dir, read_private_file, write_private_file
from kiosk.clock import Clock
from kiosk.identity import Identity
from kiosk.ports.payment import Authorization, PaymentTerminal, void_within
from kiosk.storage.database import events, issuances, payment_holds

log = logging.getLogger(__name__)

#: Rows whose payment is still this belong to an order that has not settled yet
#: (whatever their print state: ``printing``, ``printed``, ``failed`` or ``capturing``).
PENDING = "pending"

HMAC_KEY_FILE = "audit-hmac.key"


def new_issuance_number() -> str:
    digits = f"{secrets.randbelow(10**16):016d}"
    return "-".join(digits[i : i + 4] for i in range(0, 16, 4))


def load_or_create_hmac_key(data_dir: Path) -> bytes:
    path = key_dir(data_dir) / HMAC_KEY_FILE
    if not path.exists():
        # Another kiosk process may have made it meanwhile: use theirs.
        with contextlib.suppress(FileExistsError):
            write_private_file(path, secrets.token_bytes(32))
    return read_private_file(path)


def identity_hash(key: bytes, identity: Identity) -> str:
    """HMAC-SHA256 of who the chip says this is (issuing state, document number, birth date)."""
    return hmac.new(key, identity.key.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class IssuanceRecord:
    issuance_number: str
    document_id: str
    copies: int
    fee_won: int
    #: ``pending`` until the order settles, then ``captured``, ``waived``,
    #: ``voided``, ``capture_failed`` or ``void_failed``; ``capture_unknown``
    #: when the capture's outcome is unknown (a restart found it under way, or
    #: it raised or timed out and the void meant to cancel it failed too).
    payment_result: str
    printed: bool
    issued_at: datetime
    kiosk_id: str
    identity_hash: str
    #: The copy's state (see the module docstring).
    state: str = "printing"
    authorization_id: str | None = None
    #: What the hold is for (0: waived, nothing to release).
    authorized_won: int | None = None


@dataclass(frozen=True)
class CrashSettlement:
    """How an order that raised part-way was settled (``AuditLog.settle_crashed_order``)."""

    #: ``captured``, ``capture_unknown``, ``voided``, ``void_failed`` or ``waived``.
    payment_result: str
    #: (document id, issuance number) of each copy the order settled as issued
    #: (paid, waived, or printed and not charged) or whose charge is in doubt,
    #: in printing order: their paper is in the resident's hand.
    printed: tuple[tuple[str, str], ...] = ()
    #: The fees of the copies captured.
    charged_won: int = 0


@dataclass(frozen=True)
class Interrupted:
    """An issuance found unfinished at start, and what was done about it."""

    issuance_number: str
    document_id: str
    #: ``printing``, ``printed``, ``failed`` or ``capturing`` when found;
    #: ``approved`` for a hold with no copy begun (``issuance_number`` is
    #: "-" and ``document_id`` the hold's reference then).
    was: str
    #: ``voided``, ``void_failed``, ``waived`` (nothing was held) or
    #: ``capture_unknown`` (a capture was under way: not voided, staff check).
    payment_result: str
    authorized_won: int
    authorization_id: str | None = None
    #: For ``capture_unknown``: what the capture asked for (the fees of the
    #: copies being captured).
    capture_won: int = 0

    @property
    def staff_detail(self) -> str:
        """The staff event's text: numbers and amounts only, nothing about the resident."""
        detail = (
            f"issuance={self.issuance_number} document={self.document_id} "
            f"found={self.was} payment={self.payment_result} amount_won={self.authorized_won}"
        )
        if self.payment_result == "capture_unknown":
            detail += (
                f" authorization={self.authorization_id} capture_won={self.capture_won}"
                " (check at the terminal whether it was charged)"
            )
        return detail


#: How an order settled, for a printed copy the resident rightfully holds
#: (``kiosk verify``), with what to say of it.
ISSUED = {
    "captured": "issued and paid",
    "waived": "issued, fee waived",
    "capture_failed": "issued; the fee was not collected",
    "void_failed": "issued; the fee was not collected",
}

#: What to say of the other ends a copy's record may have.
NOT_ISSUED = {
    "voided": "the issue was voided (cancelled)",
    "capture_unknown": "the payment is unresolved (capture_unknown): staff settle it "
    "at the terminal",
    PENDING: "the issue has not finished",
}


@dataclass(frozen=True)
class Standing:
    """What the audit trail says of a printed document (``issuance_standing``)."""

    #: True when the record shows a copy that printed and whose order settled
    #: as an issue (``ISSUED``); False for anything else.
    valid: bool
    #: One line for whoever checks the document (no personal data).
    summary: str


def issuance_standing(
    engine: Engine, number: str, *, document_id: str, kiosk_id: str
) -> Standing | None:
    """What the audit trail on ``engine`` says of issuance ``number``.

    ``document_id`` and ``kiosk_id`` are what the document's signed code
    says. None when this database keeps no record of that kiosk at all (it
    is not the issuing kiosk's database: it cannot tell). Every copy's row
    is written before its first byte is printed, so a number this kiosk's
    records lack was never issued by it.
    """
    with engine.connect() as conn:
        row = conn.execute(select(issuances).where(issuances.c.issuance_number == number)).first()
        if row is None:
            known = conn.execute(
                select(issuances.c.id).where(issuances.c.kiosk_id == kiosk_id).limit(1)
            ).first()
            if known is None:
                return None
            return Standing(False, "no audit record of this issuance number")
    r = row._mapping
    if r["kiosk_id"] != kiosk_id or r["document_id"] != document_id:
        return Standing(
            False,
            f"the audit record of this number is of {r['document_id']} from {r['kiosk_id']}",
        )
    result, state = str(r["payment_result"]), str(r["state"])
    if state == "interrupted":
        # Settled at the next start after a power cut: never a finished issue.
        return Standing(
            False, f"the issue was interrupted and settled at restart (payment {result})"
        )
    if result in ISSUED and state == result and r["printed"]:
        return Standing(True, f"{ISSUED[result]} ({result})")
    if result in ISSUED:  # settled, but this copy did not print
        return Standing(False, f"this copy did not print (state {state})")
    return Standing(
        False, NOT_ISSUED.get(result, f"not an issue (payment {result}, state {state})")
    )


@dataclass(frozen=True)
class HoldBook:
    """One kiosk's approved holds (``payment_holds``), for the thread that authorizes."""

    audit: AuditLog
    kiosk_id: str
    clock: Clock

    def record(self, authorization: Authorization, reference: str) -> None:
        """Write the hold down (raises when the database does not answer)."""
        self.audit.record_hold(
            authorization, kiosk_id=self.kiosk_id, reference=reference, now=self.clock.now()
        )

    def settle(self, authorization_id: str, result: str) -> None:
        """Record how the hold ended (never raises)."""
        self.audit.settle_hold(authorization_id, result, self.clock.now())


class AuditLog:
    """Writes and reads the ``issuances`` table. Call from a worker thread (database I/O)."""

    def __init__(self, engine: Engine, hmac_key: bytes) -> None:
        self._engine = engine
        self._key = hmac_key

    def identity_hash(self, identity: Identity) -> str:
        return identity_hash(self._key, identity)

    def reserve_number(self) -> str:
        """A fresh issuance number not yet in the table (collisions are astronomically rare)."""
        while True:
            number = new_issuance_number()
            with self._engine.connect() as conn:
                taken = conn.execute(
                    select(issuances.c.id).where(issuances.c.issuance_number == number)
                ).first()
            if taken is None:
                return number

    def record(self, entry: IssuanceRecord) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(insert(issuances).values(**entry.__dict__))
        except IntegrityError:
            raise ValueError("issuance number already recorded") from None

    def update_together(self, changes: Iterable[tuple[Iterable[str], Mapping[str, Any]]]) -> None:
        """Change rows: each change is issuance numbers and the values they take
        (state, printed, payment_result, fee_won). One transaction: all of the
        changes are made, or none."""
        with self._engine.begin() as conn:
            for numbers, values in changes:
                conn.execute(
                    update(issuances)
                    .where(issuances.c.issuance_number.in_(list(numbers)))
                    .values(**values)
                )

    def staff_event(self, kiosk_id: str, at: datetime, kind: str, detail: str) -> None:
        """Raise a staff event (``detail``: numbers and amounts only, nothing personal)."""
        with self._engine.begin() as conn:
            conn.execute(insert(events).values(at=at, kiosk_id=kiosk_id, kind=kind, detail=detail))

    def entries(self) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(issuances).order_by(issuances.c.id)).all()
        return [dict(r._mapping) for r in rows]

    def record_hold(
        self, authorization: Authorization, *, kiosk_id: str, reference: str, now: datetime
    ) -> None:
        """Write an approved hold down before anyone acts on it (raises when it cannot)."""
        with self._engine.begin() as conn:
            conn.execute(
                insert(payment_holds).values(
                    authorization_id=authorization.id,
                    kiosk_id=kiosk_id,
                    amount_won=authorization.amount_won,
                    reference=reference[:200],
                    approved_at=now,
                )
            )

    def settle_hold(self, authorization_id: str, result: str, now: datetime) -> None:
        """Record how a hold ended (its order's payment result, or ``voided``).

        Never raises: the money's fate is decided already, and a hold left
        unsettled is settled by the next start, from its issuance rows (or
        voided again when it has none, which a terminal accepts).
        """
        try:
            with self._engine.begin() as conn:
                conn.execute(
                    update(payment_holds)
                    .where(
                        payment_holds.c.authorization_id == authorization_id,
                        payment_holds.c.settled_at.is_(None),
                    )
                    .values(result=result, settled_at=now)
                )
        except Exception as exc:
            log.error("payment hold not settled: %s", type(exc).__name__)

    def holds(self) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(payment_holds).order_by(payment_holds.c.id)).all()
        return [dict(r._mapping) for r in rows]

    def unfinished(self, kiosk_id: str) -> list[dict[str, Any]]:
        """Rows of this kiosk whose payment is still ``pending``, whenever they were written.

        Chosen by state alone, never by ``issued_at``: a wall clock set back
        after the restart (NTP, a reset RTC) would hide rows stamped "later"
        than the start, and their holds would never be released.
        """
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(issuances)
                .where(
                    issuances.c.kiosk_id == kiosk_id,
                    issuances.c.payment_result == PENDING,
                )
                .order_by(issuances.c.id)
            ).all()
        return [dict(r._mapping) for r in rows]

    def recover_interrupted(
        self,
        terminal: PaymentTerminal,
        *,
        kiosk_id: str,
        now: datetime,
        deadline_s: float,
    ) -> list[Interrupted]:
        """Settle what a power cut or a killed process left unfinished (start of the kiosk).

        Each hold behind a row whose payment is still ``pending`` (printing,
        printed or failed) is voided through ``terminal`` (once per
        authorization; nothing was captured, and a page that may be half
        printed is never charged); such rows become ``interrupted``. An
        authorization with a row left ``capturing``, or one already settled
        as charged, may have been charged: it is never voided, its rows
        become ``capture_unknown``. Every row
        gets a staff event ``cert_interrupted`` saying what was found and
        what was done (with the authorization and amount when the capture
        is unknown). Never raises for a terminal problem (``void_failed``,
        staff are told). ``now`` only stamps the staff events.

        Then each hold of ``kiosk_id`` left unsettled (``payment_holds``) is
        settled: with what its rows just got, with its order's result when
        the order ended but the settling was lost, and otherwise (no copy
        was begun: the power went between the approval and the first copy)
        by a void and a staff event of its own (``issuance=-``).

        Every ``pending`` row and unsettled hold of ``kiosk_id`` counts as
        unfinished, so call this before this process starts an order of its
        own: the kiosk runs it as the first job of the thread every order's
        authorization goes through (``CertBridge.start``), so no order of
        this run is in flight.
        """
        found = self.unfinished(kiosk_id)
        capturing: dict[str, int] = {}
        for row in found:
            if row["state"] == "capturing" and row["authorization_id"] is not None:
                auth_id = row["authorization_id"]
                capturing[auth_id] = capturing.get(auth_id, 0) + int(row["fee_won"] or 0)
        # Another row of the order settled as charged and this one's update
        # was lost (a version that settled rows one by one): a void now would
        # cancel a sale the resident holds paper for.
        for auth_id in {row["authorization_id"] for row in found} - {None, *capturing}:
            if self._order_result(auth_id) in ("captured", "capture_unknown"):
                capturing[auth_id] = 0
        voided: dict[str, str] = {}
        done: list[Interrupted] = []
        for row in found:
            auth_id = row["authorization_id"]
            amount = int(row["authorized_won"] or 0)
            if auth_id is not None and auth_id in capturing:
                result = state = "capture_unknown"
            elif auth_id is None or amount == 0:
                result, state = "waived", "interrupted"
            else:
                if auth_id not in voided:
                    error = void_within(terminal, Authorization(auth_id, amount), deadline_s)
                    voided[auth_id] = "void_failed" if error else "voided"
                result, state = voided[auth_id], "interrupted"
            item = Interrupted(
                row["issuance_number"],
                row["document_id"],
                row["state"],
                result,
                amount,
                auth_id,
                capturing.get(auth_id, 0) if auth_id is not None else 0,
            )
            # A capture_unknown row keeps its fee (it may have been charged);
            # staff correct it after checking the terminal.
            values: dict[str, Any] = {"state": state, "payment_result": result}
            if result != "capture_unknown":
                values["fee_won"] = 0
            with self._engine.begin() as conn:
                conn.execute(update(issuances).where(issuances.c.id == row["id"]).values(**values))
                conn.execute(
                    insert(events).values(
                        at=now,
                        kiosk_id=kiosk_id,
                        kind="cert_interrupted",
                        detail=item.staff_detail,
                    )
                )
            log.warning("unfinished issuance found at start: %s", item.staff_detail)
            done.append(item)
        settled_now = {**voided, **dict.fromkeys(capturing, "capture_unknown")}
        done += self._recover_holds(
            terminal, settled_now, kiosk_id=kiosk_id, now=now, deadline_s=deadline_s
        )
        return done

    def settle_crashed_order(
        self,
        terminal: PaymentTerminal,
        authorization_id: str,
        *,
        kiosk_id: str,
        now: datetime,
        deadline_s: float,
    ) -> CrashSettlement | None:
        """Settle an order whose issuing raised part-way, as the next start would.

        What the order settled before it raised stands: copies captured stay
        charged (a void now would cancel a sale whose paper the resident
        holds), copies waived or left uncharged stay issued, a capture under
        way is ``capture_unknown``, copies still pending are voided (``recover_interrupted``; only this kiosk's order in
        flight is unfinished, as orders take turns). None when the order left
        neither its hold nor a row written down.
        """
        self.recover_interrupted(terminal, kiosk_id=kiosk_id, now=now, deadline_s=deadline_s)
        with self._engine.connect() as conn:
            result = conn.execute(
                select(payment_holds.c.result).where(
                    payment_holds.c.authorization_id == authorization_id
                )
            ).scalar()
            rows = conn.execute(
                select(
                    issuances.c.document_id,
                    issuances.c.issuance_number,
                    issuances.c.fee_won,
                    issuances.c.state,
                    issuances.c.payment_result,
                )
                .where(issuances.c.authorization_id == authorization_id)
                .order_by(issuances.c.id)
            ).all()
        result = result or self._order_result(authorization_id)
        if result is None:
            return None
        # A copy the order settled takes its payment's end as its state (one
        # that failed keeps ``failed``; one recovery voided is ``interrupted``).
        held = [
            row
            for row in rows
            if row.state == row.payment_result
            and (row.payment_result in ISSUED or row.payment_result == "capture_unknown")
        ]
        return CrashSettlement(
            str(result),
            tuple((str(row.document_id), str(row.issuance_number)) for row in held),
            sum(int(row.fee_won or 0) for row in held if row.payment_result == "captured"),
        )

    def _recover_holds(
        self,
        terminal: PaymentTerminal,
        settled_now: dict[str, str],
        *,
        kiosk_id: str,
        now: datetime,
        deadline_s: float,
    ) -> list[Interrupted]:
        """Settle this kiosk's unsettled holds (``recover_interrupted``'s second half).

        ``settled_now`` maps the authorizations whose rows were just settled
        to their result.
        """
        with self._engine.connect() as conn:
            holds = conn.execute(
                select(payment_holds)
                .where(payment_holds.c.kiosk_id == kiosk_id, payment_holds.c.settled_at.is_(None))
                .order_by(payment_holds.c.id)
            ).all()
        done: list[Interrupted] = []
        for hold in holds:
            auth_id = str(hold.authorization_id)
            result = settled_now.get(auth_id) or self._order_result(auth_id)
            if result is None:
                # Approved, and not one copy begun: nothing printed, release it all.
                error = void_within(terminal, Authorization(auth_id, hold.amount_won), deadline_s)
                result = "void_failed" if error else "voided"
                item = Interrupted(
                    "-", str(hold.reference), "approved", result, int(hold.amount_won), auth_id
                )
                self.staff_event(kiosk_id, now, "cert_interrupted", item.staff_detail)
                log.warning("unfinished payment found at start: %s", item.staff_detail)
                done.append(item)
            self.settle_hold(auth_id, result, now)
        return done

    def _order_result(self, authorization_id: str) -> str | None:
        """The payment result an order's rows settled with; None if it has none."""
        with self._engine.connect() as conn:
            result = conn.execute(
                select(issuances.c.payment_result)
                .where(
                    issuances.c.authorization_id == authorization_id,
                    issuances.c.payment_result != PENDING,
                )
                .limit(1)
            ).scalar()
        return None if result is None else str(result)
