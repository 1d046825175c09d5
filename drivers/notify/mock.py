"""A notifier that keeps messages in memory (tests and the demo); nothing leaves the PC."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from kiosk.centre.phone import masked_number
from kiosk.ports.notify import SendResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SentMessage:
    phone: str
    message: str


class MockNotifier:
    def __init__(self, *, fail_with: str = "") -> None:
        self._lock = threading.Lock()
        self._sent: list[SentMessage] = []
        #: Non-empty: every send fails with this error (fault tests).
        self.fail_with = fail_with

    @property
    def sent(self) -> list[SentMessage]:
        with self._lock:
            return list(self._sent)

    def send(self, phone: str, message: str) -> SendResult:
        if self.fail_with:
            return SendResult(False, self.fail_with)
        with self._lock:
            self._sent.append(SentMessage(phone, message))
        log.info("mock text to %s: %s", masked_number(phone), message)
        return SendResult(True)
