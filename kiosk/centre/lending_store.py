"""Loans and parcels in the centre's database (the ``loans`` and ``parcels`` tables).

``kiosk.centre.lending`` says what a loan, a parcel and the slip are, and
the rules this module keeps: one transaction under a lock per tool (and
one per phone number, one for the day's reference numbers), phone numbers encrypted and erased
after ``lending.keep_days``. The journey imports this module only in its
jobs (SQLAlchemy after the first frame).
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Connection, Table, func, select, text, update

from kiosk.centre import phone
from kiosk.centre.lending import (
    CANCELLED,
    EXPIRED_NONE_LEFT,
    EXPIRED_TOO_MANY,
    NO_SUCH_LOAN,
    NO_SUCH_PARCEL,
    NONE_LEFT,
    OUT,
    REQUESTED,
    RETURNED,
    Availability,
    LendingError,
    Loan,
    Parcel,
    due_from,
    too_many,
)
from kiosk.centre.store import CentreStore
from kiosk.config import LendingConfig
from kiosk.i18n import Text
from kiosk.storage.database import loans, parcels

_Record = TypeVar("_Record", Loan, Parcel)


class Lending(CentreStore):
    """Loans and parcels in the centre's database. Thread-safe as the engine is."""

    @property
    def settings(self) -> LendingConfig:
        return self._config.lending

    # -- tools ---------------------------------------------------------------------
    def availability(self) -> list[Availability]:
        """Each configured tool with how many can be asked for now."""
        with self._engine.connect() as conn:
            busy = self._busy(conn)
        return [
            Availability(item, max(0, item.units - busy.get(item.id, 0)))
            for item in self.settings.items
        ]

    def _held(self) -> ColumnElement[bool]:
        """Loans that hold a unit: out, or asked for today and not yet handed over."""
        return (loans.c.status == OUT) | (
            (loans.c.status == REQUESTED) & (loans.c.business_day == self.today())
        )

    def _busy(self, conn: Connection, item_id: str | None = None) -> dict[str, int]:
        """Units out, or asked for today and not yet handed over, per tool."""
        query = select(loans.c.item_id, func.count()).where(self._held()).group_by(loans.c.item_id)
        if item_id is not None:
            query = query.where(loans.c.item_id == item_id)
        return {row[0]: int(row[1]) for row in conn.execute(query)}

    def request_loan(self, item_id: str, digits: str) -> Loan:
        """A resident asks for a tool: the loan, or ``LendingError`` when none is left."""
        item = self.settings.item(item_id)
        if item is None:
            raise LendingError(NONE_LEFT)
        problem = phone.mobile_problem(digits)
        if problem is not None:
            raise LendingError(problem)
        now = self._clock.now()
        today = self.today()
        with self._engine.begin() as conn:
            self._lock(conn, f"loans:{item_id}")
            if self._busy(conn, item_id).get(item_id, 0) >= item.units:
                raise LendingError(NONE_LEFT)
            columns = self._phone_columns(digits)
            self._check_phone_limit(conn, columns["phone_hash"])
            ref = self._next_ref(conn, loans, "L", today)
            conn.execute(
                loans.insert().values(
                    ref=ref,
                    item_id=item_id,
                    status=REQUESTED,
                    requested_at=now,
                    business_day=today,
                    due_on=due_from(now, self._config, item),
                    **columns,
                )
            )
            row = conn.execute(select(loans).where(loans.c.ref == ref)).one()
        return _loan(row)

    def _check_phone_limit(
        self, conn: Connection, phone_hash: str, refusal: Text | None = None
    ) -> None:
        """``LendingError`` (``refusal``, or the resident's message) when this number
        already holds ``open_loans_per_phone`` tools.

        The number has a lock of its own: the tool's lock does not stop the
        same number asking for another tool at another kiosk at the same
        moment. It is taken after the tool's and before the numbering's,
        always in that order, so no two kiosks wait for each other in turn.
        """
        limit = self.settings.open_loans_per_phone
        if not limit:
            return
        self._lock(conn, f"loans:phone:{phone_hash}")
        held = conn.execute(
            select(func.count())
            .select_from(loans)
            .where((loans.c.phone_hash == phone_hash) & self._held())
        ).scalar_one()
        if int(held) >= limit:
            raise LendingError(too_many(limit) if refusal is None else refusal.format(limit=limit))

    def hand_out(self, loan_id: int) -> Loan:
        """Staff gave the tool: the return date counts from today.

        A request made on an earlier day no longer holds its unit (``_busy``):
        someone may have asked for that unit since. It is handed over only while
        a unit is still free, or two residents would be promised one tool. Nor
        does it count towards its number's limit, which the number may have
        reached since: then it is not handed over either.
        """
        loan = self._loan(loan_id)
        item = self.settings.item(loan.item_id)
        now = self._clock.now()
        due = due_from(now, self._config, item) if item is not None else loan.due_on
        with self._engine.begin() as conn:
            self._lock(conn, f"loans:{loan.item_id}")
            expired = loan.requested_at.astimezone(self._zone).date() < self.today()
            if (
                expired
                and item is not None
                and self._busy(conn, item.id).get(item.id, 0) >= item.units
            ):
                raise LendingError(EXPIRED_NONE_LEFT)
            if expired:
                phone_hash = conn.execute(
                    select(loans.c.phone_hash).where(loans.c.id == loan_id)
                ).scalar_one_or_none()
                if phone_hash is not None:
                    self._check_phone_limit(conn, phone_hash, EXPIRED_TOO_MANY)
            return self._move_in(conn, loan_id, (REQUESTED,), status=OUT, handed_at=now, due_on=due)

    def returned(self, loan_id: int) -> Loan:
        return self._move(loan_id, (OUT,), status=RETURNED, returned_at=self._clock.now())

    def cancel(self, loan_id: int) -> Loan:
        # The end time starts the ``keep_days`` countdown to erasing the number.
        return self._move(loan_id, (REQUESTED,), status=CANCELLED, returned_at=self._clock.now())

    def open_loans(self) -> list[Loan]:
        """Loans asked for or out, the ones due first first."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(loans)
                .where(loans.c.status.in_((REQUESTED, OUT)))
                .order_by(loans.c.due_on, loans.c.id)
            )
            return [_loan(row) for row in rows]

    def reminders(self) -> list[Loan]:
        """Tools out that are overdue or due within ``due_soon_days``: staff call the borrower."""
        horizon = self.today() + timedelta(days=self.settings.due_soon_days)
        return [loan for loan in self.open_loans() if loan.status == OUT and loan.due_on <= horizon]

    def is_overdue(self, loan: Loan) -> bool:
        return loan.status == OUT and loan.due_on < self.today()

    def loan_phone(self, loan_id: int) -> str:
        """The borrower's number in full, for staff who call them (decrypted on request)."""
        return self._reveal(loans, loan_id)

    # -- parcels -------------------------------------------------------------------
    def log_parcel(self, digits: str, note: str = "") -> Parcel:
        """Staff keep a parcel for the owner of ``digits``."""
        problem = phone.mobile_problem(digits)
        if problem is not None:
            raise LendingError(problem)
        today = self.today()
        with self._engine.begin() as conn:
            self._lock(conn, "parcels")
            ref = self._next_ref(conn, parcels, "P", today)
            conn.execute(
                parcels.insert().values(
                    ref=ref,
                    received_at=self._clock.now(),
                    note=note.strip()[:80],
                    **self._phone_columns(digits),
                )
            )
            row = conn.execute(select(parcels).where(parcels.c.ref == ref)).one()
        return _parcel(row)

    def parcels_for(self, digits: str) -> int:
        """How many parcels wait for the owner of ``digits`` (the kiosk says no more)."""
        with self._engine.connect() as conn:
            count = conn.execute(
                select(func.count())
                .select_from(parcels)
                .where(
                    (parcels.c.phone_hash == self._key.digest("phone", digits))
                    & parcels.c.collected_at.is_(None)
                )
            ).scalar_one()
        return int(count)

    def waiting_parcels(self) -> list[Parcel]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(parcels)
                .where(parcels.c.collected_at.is_(None))
                .order_by(parcels.c.received_at)
            )
            return [_parcel(row) for row in rows]

    def collected(self, parcel_id: int) -> None:
        with self._engine.begin() as conn:
            done = conn.execute(
                update(parcels)
                .where((parcels.c.id == parcel_id) & parcels.c.collected_at.is_(None))
                .values(collected_at=self._clock.now())
            )
            if done.rowcount != 1:
                raise LendingError(NO_SUCH_PARCEL)

    def parcel_phone(self, parcel_id: int) -> str:
        return self._reveal(parcels, parcel_id)

    # -- housekeeping -------------------------------------------------------------
    def purge(self) -> int:
        """Release tools asked for on earlier days and never collected; erase the phone
        numbers of loans (returned or cancelled) and parcels finished more than
        ``keep_days`` ago. Returns how many rows lost their phone number."""
        cutoff = self._clock.now() - timedelta(days=self.settings.keep_days)
        erased = {"phone_hash": None, "phone_enc": None, "phone_last4": None}
        with self._engine.begin() as conn:
            conn.execute(
                update(loans)
                .where((loans.c.status == REQUESTED) & (loans.c.business_day < self.today()))
                .values(status=CANCELLED, returned_at=self._clock.now())
            )
            # Requests cancelled at the counter before cancelling recorded an end time
            # have none; the request time is the nearest one they keep (the same day,
            # or a few days early at worst), so they are not kept for ever.
            ended = func.coalesce(loans.c.returned_at, loans.c.requested_at)
            finished = (ended < cutoff) & loans.c.status.in_((RETURNED, CANCELLED))
            count = conn.execute(
                update(loans).where(finished & loans.c.phone_enc.is_not(None)).values(**erased)
            ).rowcount
            count += conn.execute(
                update(parcels)
                .where((parcels.c.collected_at < cutoff) & parcels.c.phone_enc.is_not(None))
                .values(**erased)
            ).rowcount
        return int(count)

    # -- helpers -------------------------------------------------------------------
    def _phone_columns(self, digits: str) -> dict[str, str]:
        return {
            "phone_hash": self._key.digest("phone", digits),
            "phone_enc": self._key.encrypt(digits),
            "phone_last4": digits[-4:],
        }

    def _lock(self, conn: Connection, name: str) -> None:
        """Serialise writers of ``name`` across kiosks. SQLite's write transactions
        already are (BEGIN IMMEDIATE); PostgreSQL takes a transaction advisory lock."""
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": name})

    def _next_ref(self, conn: Connection, table: Table, letter: str, day: date) -> str:
        """The day's next reference of ``table``. The caller's lock may be one tool's,
        but the numbers count every row of the table: two kiosks lending two tools
        at once would count alike and give the same number (the second insert then
        fails). Numbering takes a lock of its own until the row is committed; it is
        always taken after the tool's, so the two never wait for each other in turn."""
        self._lock(conn, f"{table.name}:numbering")
        prefix = f"{letter}-{day:%m%d}-"
        count = conn.execute(
            select(func.count()).select_from(table).where(table.c.ref.like(prefix + "%"))
        ).scalar_one()
        return f"{prefix}{int(count) + 1:03d}"

    def _loan(self, loan_id: int) -> Loan:
        with self._engine.connect() as conn:
            row = conn.execute(select(loans).where(loans.c.id == loan_id)).one_or_none()
        if row is None:
            raise LendingError(NO_SUCH_LOAN)
        return _loan(row)

    def _move(self, loan_id: int, allowed: tuple[str, ...], **values: Any) -> Loan:
        with self._engine.begin() as conn:
            return self._move_in(conn, loan_id, allowed, **values)

    @staticmethod
    def _move_in(conn: Connection, loan_id: int, allowed: tuple[str, ...], **values: Any) -> Loan:
        done = conn.execute(
            update(loans)
            .where((loans.c.id == loan_id) & loans.c.status.in_(allowed))
            .values(**values)
        )
        if done.rowcount != 1:
            raise LendingError(NO_SUCH_LOAN)
        return _loan(conn.execute(select(loans).where(loans.c.id == loan_id)).one())

    def _reveal(self, table: Table, row_id: int) -> str:
        with self._engine.connect() as conn:
            token = conn.execute(
                select(table.c.phone_enc).where(table.c.id == row_id)
            ).scalar_one_or_none()
        return phone.formatted(self._key.decrypt(token)) if token else ""


def _from_row(kind: type[_Record], row: Any) -> _Record:
    """A ``Loan`` or ``Parcel`` from its table row, whose columns bear the fields' names.

    An erased phone number reads as "" (nothing to mask).
    """
    values = {field.name: getattr(row, field.name) for field in fields(kind)}
    values["phone_last4"] = values["phone_last4"] or ""
    return kind(**values)


def _loan(row: Any) -> Loan:
    return _from_row(Loan, row)


def _parcel(row: Any) -> Parcel:
    return _from_row(Parcel, row)
