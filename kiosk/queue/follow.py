"""Phone follow-up of a queue ticket: its secret status link, its status and its texts.

When ``[follow]`` is enabled, ``Queue.issue`` gives each ticket an
unguessable token (``secrets.token_urlsafe``, stored in ``ticket_follow``);
the printed ticket's QR code is ``follow.base_url`` + ``/t/<token>``. The
status page (``web/``) asks ``FollowStore.status`` what to show: people
ahead and the wait estimate come from ``Queue`` (the same count and
estimate the kiosk prints), the counter from the ticket's own row. Nothing
here duplicates queue rules; it only reads.

A resident may leave a Korean mobile number (``normalize_phone``) on the
page. It is stored encrypted with the centre key (``kiosk.centre.keys``, as
the centre services keep theirs), kept for that ticket only and cleared
(``purge``) as soon as
the ticket is finished (served, no-show, cancelled) or its business day is
over; logs show it masked (``kiosk.centre.phone.masked_number``), and so does
the page (``FollowStatus.phone_masked``), where its owner can spot a typo and
correct it (``MAX_PHONE_SETS``). ``due_texts`` lists the two texts each number
gets at most once: "N people ahead" and "called to counter N"; ``mark_sent``
records one as sent. Each send is counted with the ticket before it is made
(``begin_attempt``; ``undo_attempt`` takes back one that cannot have left), so
the notifier's limit on sends that may have reached the phone holds across its
restarts.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from sqlalchemy import Column, Engine, Row, delete, func, or_, select, update

from kiosk.centre.keys import PersonalDataKey, PersonalKeyError
from kiosk.centre.phone import masked_number, mobile_problem
from kiosk.clock import Clock
from kiosk.i18n import N_, Text
from kiosk.queue.store import Queue, UnknownServiceError
from kiosk.queue.tickets import WAITING_STATES, Ticket, TicketState
from kiosk.storage.database import database_errors, ticket_follow, tickets

log = logging.getLogger(__name__)

#: What ``secrets.token_urlsafe(32)`` gives (``Queue.follow_token``).
_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")

#: Past days' follow rows are deleted after this long (their numbers are cleared at once).
_KEEP_DAYS = timedelta(days=1)


class FollowState(Enum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"
    #: Still waiting, called or being served, but its business day is over
    #: (the queue was closed).
    EXPIRED = "expired"


#: Ticket states after which nothing more happens to the ticket.
FINISHED_STATES = frozenset({TicketState.DONE, TicketState.NO_SHOW, TicketState.CANCELLED})


class InvalidPhoneError(ValueError):
    """Not a Korean mobile number; ``message`` is what the resident is told."""

    message: Text = N_(
        "follow", "Please enter a mobile number like 010-1234-5678 (numbers starting 010, 011...)."
    )


#: How many numbers one ticket's page may leave (the first and corrections).
#: Each new number may be texted, so a ticket's link must not point its texts
#: at number after number; per ticket, not per client, because behind the
#: centre's Wi-Fi or a proxy every phone has the same address.
MAX_PHONE_SETS = 3


class PhoneLimitError(Exception):
    """The ticket already took ``MAX_PHONE_SETS`` numbers; the one saved stays."""

    def __init__(self, ticket_id: int) -> None:
        super().__init__(f"ticket {ticket_id} already took {MAX_PHONE_SETS} numbers")
        self.ticket_id = ticket_id


def normalize_phone(raw: str) -> str:
    """``010-1234-5678`` (spaces, dashes, dots or a +82 prefix allowed) -> ``01012345678``.

    Fullwidth digits and dashes, which some phone keyboards type, become
    ASCII first (NFKC); any other script's digits are refused.
    """
    digits = re.sub(r"[\s\-.()]", "", unicodedata.normalize("NFKC", raw))
    if digits.startswith("+82"):
        digits = "0" + digits[3:]
    if mobile_problem(digits) is not None:
        raise InvalidPhoneError("not a Korean mobile number")
    return digits


@dataclass(frozen=True)
class FollowStatus:
    """What the status page shows about one ticket."""

    ticket_id: int
    state: FollowState
    service_id: str
    display_code: str
    business_day: date
    people_ahead: int
    wait_minutes: int
    counter: int | None
    has_phone: bool
    #: The saved number masked (``010-****-5678``), "" without one. Only
    #: ``FollowStore.status`` fills it: the texts' loop has no use for it, so it
    #: does not open every followed ticket's number at each round.
    phone_masked: str = ""
    #: How many numbers the ticket's link has taken (``MAX_PHONE_SETS`` at most).
    phone_sets: int = 0

    @property
    def can_change_phone(self) -> bool:
        """A number is saved and another may still replace it (a typo corrected)."""
        return self.has_phone and self.phone_sets < MAX_PHONE_SETS


def follow_state(ticket: Ticket, current_day: date) -> FollowState:
    unfinished = (*WAITING_STATES, TicketState.CALLED, TicketState.SERVING)
    if ticket.state in unfinished and ticket.business_day < current_day:
        # Not finished on its day (a call nobody closed): over with the day,
        # not "go to counter 1" a day late, nor texts promised for it.
        return FollowState.EXPIRED
    if ticket.state in WAITING_STATES:
        return FollowState.WAITING
    return {
        TicketState.CALLED: FollowState.CALLED,
        TicketState.SERVING: FollowState.SERVING,
        TicketState.DONE: FollowState.DONE,
        TicketState.NO_SHOW: FollowState.MISSED,
        TicketState.CANCELLED: FollowState.CANCELLED,
    }[ticket.state]


def status_headline(status: FollowStatus) -> Text:
    """The big line of the status page."""
    match status.state:
        case FollowState.WAITING if status.people_ahead == 0:
            return N_("follow", "You are next")
        case FollowState.WAITING if status.people_ahead == 1:
            return N_("follow", "1 person ahead of you")
        case FollowState.WAITING:
            return N_("follow", "{n} people ahead of you", n=status.people_ahead)
        case FollowState.CALLED if status.counter is not None:
            return N_(
                "follow", "Your number was called. Please go to counter {n}.", n=status.counter
            )
        case FollowState.CALLED:
            return N_("follow", "Your number was called. Please go to the counter.")
        case FollowState.SERVING:
            return N_("follow", "You are being served at counter {n}.", n=status.counter or "")
        case FollowState.DONE:
            return N_("follow", "Your visit is finished. Thank you.")
        case FollowState.MISSED:
            return N_("follow", "Your number was called but you were not there. Please ask staff.")
        case FollowState.CANCELLED:
            return N_("follow", "This ticket was cancelled. Please ask staff.")
        case _:
            return N_("follow", "This ticket has expired. Please take a new number.")


def wait_text(status: FollowStatus) -> Text | None:
    if status.state is not FollowState.WAITING:
        return None
    if status.wait_minutes <= 0:
        return N_("follow", "Estimated wait: almost none")
    return N_("follow", "Estimated wait: about {minutes} min", minutes=status.wait_minutes)


@dataclass(frozen=True)
class DueText:
    """A text to send now: to whom (never log it), which one, and what it says."""

    ticket_id: int
    phone: str
    kind: str  # "ahead" or "called"
    message: Text
    language: str
    #: Sends of this text so far that may have reached the phone (``begin_attempt``).
    attempts: int = 0
    #: When this text was last tried, or None.
    tried_at: datetime | None = None
    #: Which of the ticket's numbers ``phone`` is (``phone_sets`` when read): a
    #: send, its count and its record hold only while the number is unchanged.
    phone_sets: int = 0


def _ahead_text(code: str, ahead: int) -> Text:
    if ahead == 0:
        return N_(
            "follow", "[Queue {code}] You are next. Please come to the waiting area.", code=code
        )
    if ahead == 1:
        return N_(
            "follow",
            "[Queue {code}] 1 person is ahead of you. Please come to the waiting area.",
            code=code,
        )
    return N_(
        "follow",
        "[Queue {code}] {n} people are ahead of you. Please come to the waiting area.",
        code=code,
        n=ahead,
    )


def _attempts(kind: str) -> Column[Any]:
    return ticket_follow.c[f"{kind}_attempts"]


def _tried_at(kind: str) -> Column[Any]:
    return ticket_follow.c[f"{kind}_tried_at"]


class FollowStore:
    """Tokens, status and phone numbers of followed tickets, over the shared queue database."""

    def __init__(self, engine: Engine, queue: Queue, clock: Clock, key: PersonalDataKey) -> None:
        self._engine = engine
        self._queue = queue
        self._clock = clock
        self._key = key
        self._unknown_services: set[str] = set()
        self._unreadable: set[int] = set()

    def warn_unknown_service(self, service_id: str) -> None:
        """Log, once per service, that a followed ticket's service is not in this PC's
        config: its page cannot place it in the queue and it is not texted."""
        if service_id not in self._unknown_services:  # once, not at every poll or round
            self._unknown_services.add(service_id)
            log.warning(
                "a ticket's service %r is not in this PC's config (services): its page "
                "cannot place it and it is not texted",
                service_id,
            )

    def create(self, ticket_id: int, business_day: date) -> str:
        """Give a ticket its secret token (``Queue.follow_token``; once)."""
        return self._queue.follow_token(ticket_id, business_day)

    def _current_day(self) -> date:
        return self._queue.business_day(self._clock.now())

    def status(self, token: str) -> FollowStatus | None:
        """The ticket behind ``token``, or None for a token nobody was given."""
        # Anything but a token's shape is unknown without asking the database:
        # a NUL in it made PostgreSQL refuse the query, which the page showed
        # as "queue cannot be reached" (and logged at every request).
        if not _TOKEN.fullmatch(token):
            return None
        with database_errors(), self._engine.connect() as conn:
            row = conn.execute(
                select(tickets, ticket_follow.c.phone_enc, ticket_follow.c.phone_sets)
                .join(ticket_follow, ticket_follow.c.ticket_id == tickets.c.id)
                .where(ticket_follow.c.token == token)
            ).one_or_none()
        if row is None:
            return None
        # Opened here, with the key only the store holds; only the masked form
        # leaves it (the page shows it, so a mistyped number can be seen).
        phone = self._opened(row.id, row.phone_enc)
        return self._status_of(
            row,
            has_phone=phone is not None,
            phone_masked="" if phone is None else masked_number(phone),
            phone_sets=row.phone_sets,
        )

    def _opened(self, ticket_id: int, phone_enc: str | None) -> str | None:
        """The stored number, or None: none stored, or one this PC's centre key
        cannot open (a key file that is not the kiosks'). Such a number is as good
        as none: the page offers to take one again and no text goes to it."""
        if phone_enc is None:
            return None
        try:
            return self._key.decrypt(phone_enc)
        except PersonalKeyError as exc:
            if ticket_id not in self._unreadable:  # once, not at every poll or round
                self._unreadable.add(ticket_id)
                log.warning("ticket %d: its mobile number cannot be read: %s", ticket_id, exc)
            return None

    def _status_of(
        self,
        row: Row[Any],
        *,
        has_phone: bool = True,
        phone_masked: str = "",
        phone_sets: int = 0,
    ) -> FollowStatus:
        # State, counter and queue all from this one fresh read, never from
        # ``row`` (read earlier): a counter may have called or transferred
        # the ticket since, and "go to counter" must name the counter that
        # called it.
        ticket = self._queue.get(row.id)
        state = follow_state(ticket, self._current_day())
        ahead = self._queue.people_ahead(ticket) if state is FollowState.WAITING else 0
        service = ticket.queue_service_id or ticket.service_id
        wait = self._queue.estimate_wait_minutes(service, ahead) if ahead else 0
        return FollowStatus(
            ticket_id=ticket.id,
            state=state,
            service_id=ticket.service_id,
            display_code=ticket.display_code,
            business_day=ticket.business_day,
            people_ahead=ahead,
            wait_minutes=wait,
            counter=ticket.counter,
            has_phone=has_phone,
            phone_masked=phone_masked,
            phone_sets=phone_sets,
        )

    def set_phone(self, token: str, phone: str, language: str = "ko") -> FollowStatus | None:
        """Keep ``phone`` (already normalized) for this ticket; None if it cannot be followed.

        ``PhoneLimitError`` when the ticket already took ``MAX_PHONE_SETS``
        numbers: nothing changes. The number already saved, sent again (a form
        sent twice), takes none of them and only changes the texts' language.
        A new number gets the texts still due afresh, even those sent before.
        """
        status = self.status(token)
        if status is None or status.state not in (FollowState.WAITING, FollowState.CALLED):
            return None
        follow = ticket_follow.c
        with database_errors(), self._engine.begin() as conn:
            # A second look is needed when nothing was written: the limit, or
            # another form changed the number between this one's read and write.
            for _ in range(2):
                saved = conn.execute(
                    select(follow.phone_enc).where(follow.token == token)
                ).scalar_one_or_none()
                query = update(ticket_follow).where(follow.token == token)
                if self._opened(status.ticket_id, saved) == phone:
                    conn.execute(query.values(language=language))
                    break
                # Counted in the same statement that checks the count and that
                # the number is still the one read: two forms sent at once can
                # neither both take the last number nor count one number twice
                # (a double tap).
                unchanged = (
                    follow.phone_enc.is_(None) if saved is None else follow.phone_enc == saved
                )
                if conn.execute(
                    query.where(follow.phone_sets < MAX_PHONE_SETS, unchanged).values(
                        phone_enc=self._key.encrypt(phone),
                        language=language,
                        phone_sets=follow.phone_sets + 1,
                        # A new number has had no text: one sent (or given up)
                        # for a mistyped number never reached this resident.
                        ahead_sent_at=None,
                        called_sent_at=None,
                        ahead_attempts=0,
                        called_attempts=0,
                        ahead_tried_at=None,
                        called_tried_at=None,
                    )
                ).rowcount:
                    break
            else:
                # The limit both times (or numbers changing under each look).
                raise PhoneLimitError(status.ticket_id)
        return self.status(token)

    def purge(self) -> int:
        """Clear the numbers of finished tickets and of past days; forget past days' rows.

        Returns how many numbers were cleared. A past day's rows (without
        their numbers) are kept one more day (``_KEEP_DAYS``), so yesterday's
        link still says its ticket expired; older rows are deleted outright
        (their links then say "unknown").
        """
        day = self._current_day()
        finished = [s.value for s in FINISHED_STATES]
        with database_errors(), self._engine.begin() as conn:
            done_ids = select(tickets.c.id).where(tickets.c.state.in_(finished))
            cleared = conn.execute(
                update(ticket_follow)
                .where(
                    ticket_follow.c.phone_enc.is_not(None),
                    or_(
                        ticket_follow.c.business_day < day,
                        ticket_follow.c.ticket_id.in_(done_ids),
                    ),
                )
                .values(phone_enc=None)
            ).rowcount
            conn.execute(
                delete(ticket_follow).where(ticket_follow.c.business_day < day - _KEEP_DAYS)
            )
        return int(cleared)

    def due_texts(self, ahead_threshold: int) -> list[DueText]:
        """Texts not yet sent whose moment has come, for tickets with a number."""
        with database_errors(), self._engine.connect() as conn:
            rows = conn.execute(
                select(
                    tickets,
                    ticket_follow.c.phone_enc,
                    ticket_follow.c.language,
                    ticket_follow.c.ahead_sent_at,
                    ticket_follow.c.called_sent_at,
                    ticket_follow.c.phone_sets,
                    *(_attempts(kind) for kind in ("ahead", "called")),
                    *(_tried_at(kind) for kind in ("ahead", "called")),
                )
                .join(ticket_follow, ticket_follow.c.ticket_id == tickets.c.id)
                .where(
                    ticket_follow.c.phone_enc.is_not(None),
                    or_(
                        ticket_follow.c.ahead_sent_at.is_(None),
                        ticket_follow.c.called_sent_at.is_(None),
                    ),
                    ticket_follow.c.business_day >= self._current_day(),
                )
            ).all()
        due: list[DueText] = []
        for row in rows:
            try:
                status = self._status_of(row)
            except UnknownServiceError as exc:
                # Transferred to a service this PC's config lacks: this one
                # ticket waits (as its page does) and the others are texted.
                self.warn_unknown_service(str(exc))
                continue
            code = status.display_code
            if status.state is FollowState.CALLED and row.called_sent_at is None:
                kind = "called"
                message = N_(
                    "follow",
                    "[Queue {code}] Your number was called. Please go to counter {n}.",
                    code=code,
                    n=status.counter or "",
                )
            elif (
                status.state is FollowState.WAITING
                and row.ahead_sent_at is None
                and status.people_ahead <= ahead_threshold
            ):
                kind = "ahead"
                message = _ahead_text(code, status.people_ahead)
            else:
                continue
            # Opened only for a text about to go out, not on every round.
            phone = self._opened(row.id, row.phone_enc)
            if phone is None:
                continue
            tried_at = row._mapping[_tried_at(kind)]
            due.append(
                DueText(
                    row.id,
                    phone,
                    kind,
                    message,
                    row.language or "ko",
                    attempts=row._mapping[_attempts(kind)],
                    tried_at=tried_at,
                    phone_sets=int(row.phone_sets),
                )
            )
        return due

    def begin_attempt(self, due: DueText, at: datetime) -> bool:
        """Count a send of ``due`` as one that may reach the phone, before it is made.

        Counted first so that a send cut short by a crash still counts. False
        (send nothing) when another round has tried the text since ``due``
        was read, or the resident has corrected the number since: the text
        would go to the number they just said is wrong.
        """
        attempts = _attempts(due.kind)
        with database_errors(), self._engine.begin() as conn:
            changed = conn.execute(
                update(ticket_follow)
                .where(
                    ticket_follow.c.ticket_id == due.ticket_id,
                    ticket_follow.c.phone_sets == due.phone_sets,
                    attempts == due.attempts,
                )
                .values({attempts: attempts + 1, _tried_at(due.kind): at})
            ).rowcount
        return bool(changed)

    def undo_attempt(self, ticket_id: int, kind: str, *, phone_sets: int | None = None) -> None:
        """Take back a counted send that cannot have left (the gateway was down or said no).

        ``phone_sets``: the number it was for (``DueText.phone_sets``); a
        corrected number started its count afresh, and keeps it.
        """
        attempts = _attempts(kind)
        query = update(ticket_follow).where(ticket_follow.c.ticket_id == ticket_id, attempts > 0)
        if phone_sets is not None:
            query = query.where(ticket_follow.c.phone_sets == phone_sets)
        with database_errors(), self._engine.begin() as conn:
            conn.execute(query.values({attempts: attempts - 1}))

    def mark_sent(
        self,
        ticket_id: int,
        kind: str,
        at: datetime | None = None,
        *,
        phone_sets: int | None = None,
    ) -> None:
        """Record a text as sent; a called text also stands for the "ahead" one.

        ``phone_sets``: the number it went to (``DueText.phone_sets``); sent to
        a number corrected since, the text is still due to the new one.
        """
        now = at or self._clock.now()
        query = update(ticket_follow).where(ticket_follow.c.ticket_id == ticket_id)
        if phone_sets is not None:
            query = query.where(ticket_follow.c.phone_sets == phone_sets)
        if kind == "called":
            query = query.values(
                called_sent_at=now, ahead_sent_at=func.coalesce(ticket_follow.c.ahead_sent_at, now)
            )
        else:
            query = query.values(ahead_sent_at=now)
        with database_errors(), self._engine.begin() as conn:
            conn.execute(query)
