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
failed just then) is recorded at a later round, not sent again. This
bookkeeping is in memory: a restart of ``kiosk web`` forgets it, so at
worst a failed text is tried anew after a restart.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from kiosk.centre.phone import masked_number
from kiosk.clock import Clock, SystemClock
from kiosk.ports.notify import Notifier
from kiosk.queue.follow import DueText, FollowStore
from kiosk.queue.store import QueueUnavailableError
from web.i18n import Translations

log = logging.getLogger(__name__)

#: Sends of one text that the gateway may have delivered (``maybe_sent``) at
#: most: the first and one retry, so a gateway that takes messages but answers
#: late gives a resident two copies at worst. A send that cannot have left
#: (gateway down, refused) is tried again for as long as the text is due.
MAX_ATTEMPTS = 2
#: How long after a failed send the retry waits.
RETRY_AFTER_S = 120.0


@dataclass
class _Attempts:
    #: Failed sends the gateway may have delivered.
    maybe_sent: int
    #: ``Clock.monotonic`` time before which the text is not sent again.
    not_before: float


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
        #: Failed texts, by (ticket id, kind); forgotten once no longer due.
        self._failed: dict[tuple[int, str], _Attempts] = {}
        #: Texts sent whose ``mark_sent`` failed: recorded later, never resent.
        self._unrecorded: set[tuple[int, str]] = set()
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
        due_now = {(due.ticket_id, due.kind) for due in due_texts}
        self._failed = {k: v for k, v in self._failed.items() if k in due_now}
        self._unrecorded &= due_now
        for due in due_texts:
            which = (due.ticket_id, due.kind)
            if which in self._unrecorded:
                self._record(due)
                continue
            failed = self._failed.get(which)
            if failed is not None and (
                failed.maybe_sent >= MAX_ATTEMPTS or self._clock.monotonic() < failed.not_before
            ):
                continue
            if self._send(self._notifier, due):
                sent += 1
                self._failed.pop(which, None)
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
        which = (due.ticket_id, due.kind)
        before = self._failed[which].maybe_sent if which in self._failed else 0
        count = before + 1 if result.maybe_sent else before
        self._failed[which] = _Attempts(count, self._clock.monotonic() + RETRY_AFTER_S)
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
        return False

    def _record(self, due: DueText) -> None:
        which = (due.ticket_id, due.kind)
        try:
            self._store.mark_sent(due.ticket_id, due.kind)
        except QueueUnavailableError as exc:
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
            except QueueUnavailableError as exc:
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
