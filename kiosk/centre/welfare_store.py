"""Welfare requests in the centre's database: encrypted, booked once per slot, purged.

What a request is, the slots and the receipt are in
``kiosk.centre.welfare``, whose docstring tells how personal data is kept.
The kiosk's journey loads this module in its job work, on the device
worker, so SQLAlchemy and cryptography are not imported before the first
frame.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from kiosk.centre.keys import PersonalDataKey, PersonalKeyError
from kiosk.centre.welfare import (
    InboxCounts,
    InboxRow,
    RequestKind,
    SavedRequest,
    SlotTakenError,
    Status,
    WelfareRequest,
    candidate_slots,
    centre_zone,
    reference_of,
)
from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.storage.database import welfare_requests

log = logging.getLogger(__name__)


# --- encryption ---------------------------------------------------------------------------


class WelfareCipher:
    """Encrypts what a resident gave before it reaches the database. Thread-safe.

    Give it the key from ``kiosk.centre.store.open_centre_key``, which checks it
    is the one the database's records use.
    """

    def __init__(self, key: PersonalDataKey) -> None:
        self._key = key

    def encrypt(self, details: dict[str, str]) -> str:
        return self._key.encrypt(json.dumps(details))

    def decrypt(self, token: str) -> dict[str, str]:
        """The details, or ``{}`` for a row this key cannot read (another kiosk's key)."""
        try:
            data: dict[str, str] = json.loads(self._key.decrypt(token))
        except (PersonalKeyError, ValueError):
            return {}
        return data


# --- slots --------------------------------------------------------------------------------


def taken_slots(engine: Engine) -> set[datetime]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(welfare_requests.c.slot_start).where(welfare_requests.c.slot_start.is_not(None))
        )
        return {row[0] for row in rows}


def free_slots(engine: Engine, config: KioskConfig, now: datetime) -> list[datetime]:
    """The slots a resident may book now: configured, upcoming and not taken."""
    taken = taken_slots(engine)
    return [slot for slot in candidate_slots(config, now) if slot not in taken]


# --- requests -----------------------------------------------------------------------------


def save_request(
    engine: Engine,
    cipher: WelfareCipher,
    config: KioskConfig,
    clock: Clock,
    request: WelfareRequest,
) -> SavedRequest:
    """Store a request (details encrypted) and give it the day's next reference.

    Raises ``SlotTakenError`` when the slot is no longer free.
    """
    now = clock.now().astimezone(UTC)
    day = now.astimezone(centre_zone(config)).date()
    slot = request.slot_start.astimezone(UTC) if request.slot_start else None
    payload = cipher.encrypt(request.details)
    t = welfare_requests.c
    clash: IntegrityError | None = None
    for _attempt in range(5):
        try:
            with engine.begin() as conn:
                if slot is not None:
                    taken = conn.execute(
                        select(func.count())
                        .select_from(welfare_requests)
                        .where(t.slot_start == slot)
                    ).scalar_one()
                    if taken:
                        raise SlotTakenError
                last = conn.execute(select(func.max(t.seq)).where(t.day == day)).scalar_one()
                seq = (last or 0) + 1
                row_id = conn.execute(
                    insert(welfare_requests).values(
                        day=day,
                        seq=seq,
                        kind=request.kind.value,
                        slot_start=slot,
                        payload=payload,
                        status=Status.NEW.value,
                        kiosk_id=config.center.kiosk_id,
                        created_at=now,
                        updated_at=now,
                    )
                ).inserted_primary_key
        except IntegrityError as exc:
            # Another kiosk took the number or the slot between our read and
            # write: read again (a taken slot is then reported as such).
            clash = exc
            continue
        assert row_id is not None
        log.info("welfare request %s saved (%s)", reference_of(day, seq), request.kind.value)
        return SavedRequest(int(row_id[0]), reference_of(day, seq), request.kind, slot, now)
    # Every try lost the day's next number to another kiosk (its slot, read
    # again each time, was still free): a failure to save, not a taken slot,
    # which would send a crisis reporter, who has none, to a time picker.
    raise RuntimeError("no free welfare reference after 5 tries") from clash


def list_requests(
    engine: Engine, cipher: WelfareCipher, *, done_limit: int = 200
) -> list[InboxRow]:
    """Every request not yet done, and the ``done_limit`` newest done ones; newest first.

    Done requests are kept ``welfare.retention_days`` (``purge``), which can
    hold more than a screenful: only they are cut, so a crisis report nobody
    has taken up yet stays in the inbox however many came in after it.
    """
    t = welfare_requests.c
    newest_first = (t.created_at.desc(), t.id.desc())
    with engine.connect() as conn:
        open_rows = conn.execute(
            select(welfare_requests).where(t.status != Status.DONE.value).order_by(*newest_first)
        ).all()
        done_rows = conn.execute(
            select(welfare_requests)
            .where(t.status == Status.DONE.value)
            .order_by(*newest_first)
            .limit(done_limit)
        ).all()
    rows = sorted([*open_rows, *done_rows], key=lambda row: (row.created_at, row.id), reverse=True)
    return [
        InboxRow(
            id=row.id,
            reference=reference_of(row.day, row.seq),
            kind=RequestKind(row.kind),
            status=Status(row.status),
            slot_start=row.slot_start,
            created_at=row.created_at,
            details=cipher.decrypt(row.payload),
        )
        for row in rows
    ]


def count_requests(engine: Engine) -> InboxCounts:
    """New requests and all requests in the database (not only the ones listed)."""
    t = welfare_requests.c
    with engine.connect() as conn:
        rows = conn.execute(select(t.status, func.count()).group_by(t.status)).all()
    per_status = {status: int(n) for status, n in rows}
    return InboxCounts(new=per_status.get(Status.NEW.value, 0), total=sum(per_status.values()))


class StatusChangedError(Exception):
    """The request no longer had the status staff saw, or is gone: nothing was changed."""


def set_status(
    engine: Engine, clock: Clock, request_id: int, status: Status, *, seen: Status
) -> None:
    """Move a request from ``seen``, the status staff saw, to ``status``.

    Several counters share the inbox, and one may act on a list that is a
    moment old: written over, a request another counter marked done would
    show in progress again. So the change is made only while the request
    still has the status staff saw; otherwise ``StatusChangedError``.
    """
    t = welfare_requests.c
    with engine.begin() as conn:
        changed = conn.execute(
            update(welfare_requests)
            .where((t.id == request_id) & (t.status == seen.value))
            .values(status=status.value, updated_at=clock.now().astimezone(UTC))
        ).rowcount
    if changed != 1:
        raise StatusChangedError(request_id)


def purge(engine: Engine, config: KioskConfig, clock: Clock) -> int:
    """Delete finished requests past ``welfare.retention_days``; how many went.

    A request goes once staff marked it done ``retention_days`` ago and its
    slot, if it has one, began that long ago too: counting from the later
    of the two keeps a consultation staff closed early (settled on the
    phone) booked until its time has passed, and retention runs from the
    moment the request needed its details no longer. A request still new
    or in progress is never deleted: nobody may have read a crisis report
    yet, and the inbox lists every open request until staff act.
    """
    cutoff = clock.now().astimezone(UTC) - timedelta(days=config.welfare.retention_days)
    t = welfare_requests.c
    with engine.begin() as conn:
        gone = conn.execute(
            delete(welfare_requests).where(
                (t.status == Status.DONE.value)
                # updated_at is when the status last changed: for a done request, when it
                # was marked done.
                & (t.updated_at < cutoff)
                & (t.slot_start.is_(None) | (t.slot_start < cutoff))
            )
        ).rowcount
    if gone:
        log.info("welfare: %d requests past retention deleted", gone)
    return int(gone or 0)
