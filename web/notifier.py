"""The text notifier of ``kiosk web``: watches followed tickets and texts each resident twice.

Every ``follow.refresh_s`` seconds, on a thread of its own: clear phone
numbers whose ticket is finished or whose day is over
(``FollowStore.purge``), then send the texts that are due
(``FollowStore.due_texts``: "N people ahead" once, "called to counter N"
once), each in the language the resident used on the page, and record each
one sent. Without a notifier (``devices.notify.backend = "none"``) it
only purges. A database that does not answer is waited for.

A failed send is logged (number masked) and tried once more, after
``RETRY_AFTER_S``, then given up (logged too). Only once more, and not at
the next round, because a failure may still have reached the phone: a
gateway that accepts the message but answers after ``timeout_s`` looks
exactly like one that refused it, and retrying every round sent the
resident a copy per round. A text sent but not recorded (the database
failed just then) is recorded at a later round, not sent again.

The count of sends that may have reached the phone, and when the text was
last tried, are kept with the ticket in the database
(``FollowStore.begin_attempt``), counted before each send: a restart of
``kiosk web``, even one that cut a send short (a crash loop), neither sends
such a text again before ``RETRY_AFTER_S`` nor past ``MAX_ATTEMPTS``. A
send that cannot have left is taken back (``undo_attempt``). Only "sent but
not recorded" is in memory: after a restart such a text may go once more,
within the same two sends.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from kiosk.centre.phone import masked_number
from kiosk.clock import Clock, SystemClock
from kiosk.ports.notify import Notifier
from kiosk.queue.follow import DueText, FollowStore
from kiosk.storage.database import DatabaseUnavailableError
from web.i18n import Translations

log = logging.getLogger(__name__)

#: Sends of one text that the gateway may have delivered (``maybe_sent``) at
#: most: the first and one retry, so a gateway that takes messages but answers
#: late gives a resident two copies at worst. A send that cannot have left
#: (gateway down, refused) is tried again for as long as the text is due.
MAX_ATTEMPTS = 2
#: How long after a failed send the retry waits.
RETRY_AFTER_S = 120.0


def _waiting(tried_at: datetime | None, now: datetime) -> bool:
    """Whether a text last tried at ``tried_at`` must still wait for its retry."""
    if tried_at is None:
        return False
    wait = timedelta(seconds=RETRY_AFTER_S)
    # A try further ahead than the wait itself means this clock was set back:
    # the text would be held back for as long, so it is tried (a text the
    # gateway may have delivered still counts). A try only a little ahead is
    # another notifier's, on a host whose clock runs a few seconds ahead of
    # this one: it waits as usual.
    if tried_at > now + wait:
        return False
    return now < tried_at + wait


class NotifierLoop:
    def __init__(
        self,
        store: FollowStore,
        notifier: Notifier | None,
        translations: Translations,
        *,
        ahead_threshold: int,
        period_s: float,
        clock: Clock | None = None,
    ) -> None:
        self._store = store
        self._notifier = notifier
        self._translations = translations
        self._threshold = ahead_threshold
        self._period = period_s
        self._clock = clock or SystemClock()
        #: Texts sent whose ``mark_sent`` failed: recorded later, never resent
        #: (to that number: ticket, kind and ``DueText.phone_sets``).
        self._unrecorded: set[tuple[int, str, int]] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> int:
        """One round: purge, then send what is due. Returns how many texts were sent."""
        cleared = self._store.purge()
        if cleared:
            log.info("cleared %d phone number(s) of finished tickets or past days", cleared)
        sent = 0
        if self._notifier is None:  # texts are off: the round only purges
            return sent
        due_texts = self._store.due_texts(self._threshold)
        self._unrecorded &= {(due.ticket_id, due.kind, due.phone_sets) for due in due_texts}
        for due in due_texts:
            if (due.ticket_id, due.kind, due.phone_sets) in self._unrecorded:
                self._record(due)
                continue
            now = self._clock.now()
            if due.attempts >= MAX_ATTEMPTS or _waiting(due.tried_at, now):
                continue
            if not self._store.begin_attempt(due, now):
                continue
            if self._send(self._notifier, due):
                sent += 1
                self._record(due)
        return sent

    def _send(self, notifier: Notifier, due: DueText) -> bool:
        message = self._translations.render(due.message, due.language)
        result = notifier.send(due.phone, message)
        if result.ok:
            log.info(
                "text (%s) sent to %s for ticket %d",
                due.kind,
                masked_number(due.phone),
                due.ticket_id,
            )
            return True
        count = due.attempts + 1 if result.maybe_sent else due.attempts
        outcome = f"tried again in {RETRY_AFTER_S:g} s" if count < MAX_ATTEMPTS else "given up"
        log.warning(
            "text (%s) to %s for ticket %d failed (%s; %s, %s)",
            due.kind,
            masked_number(due.phone),
            due.ticket_id,
            result.error,
            f"maybe delivered {count} of {MAX_ATTEMPTS} times" if result.maybe_sent else "not sent",
            outcome,
        )
        if not result.maybe_sent:
            self._take_back(due)
        return False

    def _take_back(self, due: DueText) -> None:
        try:
            self._store.undo_attempt(due.ticket_id, due.kind, phone_sets=due.phone_sets)
        except DatabaseUnavailableError as exc:
            # Left counted: the text may go one time fewer, never once more.
            log.warning(
                "text (%s) for ticket %d: a send that cannot have left stays counted: %s",
                due.kind,
                due.ticket_id,
                exc,
            )

    def _record(self, due: DueText) -> None:
        which = (due.ticket_id, due.kind, due.phone_sets)
        try:
            self._store.mark_sent(due.ticket_id, due.kind, phone_sets=due.phone_sets)
        except DatabaseUnavailableError as exc:
            self._unrecorded.add(which)
            log.warning(
                "text (%s) for ticket %d sent but not yet recorded: %s",
                due.kind,
                due.ticket_id,
                exc,
            )
            return
        self._unrecorded.discard(which)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_once()
            except DatabaseUnavailableError as exc:
                log.warning("queue database not reachable: %s", exc)
            except Exception:  # a bug must not end the notifier; it is logged
                log.exception("notifier round failed")
            self._stop.wait(self._period)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="follow-notifier", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
