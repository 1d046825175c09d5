"""The text notifier of ``kiosk web``: watches followed tickets and texts each resident twice.

Every ``follow.refresh_s`` seconds, on a thread of its own: clear phone
numbers whose ticket is finished or whose day is over
(``FollowStore.purge``), then send the texts that are due
(``FollowStore.due_texts``: "N people ahead" once, "called to counter N"
once), each in the language the resident used on the page, and record each
one sent. Without a notifier (``devices.notify.backend = "none"``) it
only purges. A failed send is logged (number masked) and tried again on the
next round; a database that does not answer is waited for.
"""

from __future__ import annotations

import logging
import threading

from kiosk.centre.phone import masked_number
from kiosk.ports.notify import Notifier
from kiosk.queue.follow import FollowStore
from kiosk.queue.store import QueueUnavailableError
from web.i18n import Translations

log = logging.getLogger(__name__)


class NotifierLoop:
    def __init__(
        self,
        store: FollowStore,
        notifier: Notifier | None,
        translations: Translations,
        *,
        ahead_threshold: int,
        period_s: float,
    ) -> None:
        self._store = store
        self._notifier = notifier
        self._translations = translations
        self._threshold = ahead_threshold
        self._period = period_s
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
        for due in self._store.due_texts(self._threshold):
            message = self._translations.render(due.message, due.language)
            result = self._notifier.send(due.phone, message)
            if not result.ok:
                log.warning(
                    "text (%s) to %s for ticket %d failed: %s",
                    due.kind,
                    masked_number(due.phone),
                    due.ticket_id,
                    result.error,
                )
                continue
            self._store.mark_sent(due.ticket_id, due.kind)
            log.info(
                "text (%s) sent to %s for ticket %d",
                due.kind,
                masked_number(due.phone),
                due.ticket_id,
            )
            sent += 1
        return sent

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
