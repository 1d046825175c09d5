"""Text messages to residents (SMS or KakaoTalk 알림톡), as the core sees them.

``kiosk web`` texts residents who left a mobile number on their ticket's
status page. A notifier gets the number and the message already rendered in
the resident's language, and answers with a ``SendResult``; it never raises
for a failed send, and its ``error`` never contains the phone number (it is
logged).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class SendResult:
    ok: bool
    #: Why not, for logs and technicians ("gateway answered HTTP 401"); no number in it.
    error: str = ""
    #: A failed send the gateway may still have delivered (it timed out, or
    #: failed after taking the message): sending again may give the resident a
    #: second copy, so it is retried only a few times. False when nothing can
    #: have left (refused connection, unknown host, the gateway said no).
    maybe_sent: bool = False


class Notifier(Protocol):
    def send(self, phone: str, message: str) -> SendResult:
        """Send ``message`` to the mobile number ``phone`` (digits only, ``010...``)."""
        ...
