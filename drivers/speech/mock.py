"""Mock speaker: records every utterance instead of making sound.

Used by UI tests, the end-to-end demo and any machine without audio. Tests
assert on what a resident would hear: ``Utterance.spoken`` is the text after
the same number reading every real backend applies (``kiosk.read_aloud``).
An optional simulated duration (seconds per spoken character, scaled by the
rate) makes ``is_speaking`` and interruptions behave like a real voice; the
clock is injectable so tests need not sleep. Only the last
``MAX_UTTERANCES`` are kept: a kiosk without audio speaks here for as long
as it runs.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from drivers.speech.settings import VoiceSettings
from kiosk.ports.speech import (
    SPEECH_LANGUAGES,
    rate_factor,
)
from kiosk.read_aloud import text_for_speech

log = logging.getLogger(__name__)


#: Utterances kept in memory (the most recent).
MAX_UTTERANCES = 1000


@dataclass(frozen=True)
class Utterance:
    """One thing the kiosk said (or was asked to say)."""

    #: The text as the caller passed it.
    text: str
    #: What the voice would actually read (numbers spelled out for the language).
    spoken: str
    language: str
    rate: float
    volume: float
    #: The caller asked to interrupt (``interrupt=True``).
    interrupt: bool
    #: Something was still being said (or queued) and got cut off by this one.
    interrupted_other: bool
    #: Set by ``say_message`` (a prepared prompt); ``None`` for plain ``say``.
    message_id: str | None
    #: Clock time at which this utterance starts (after any queued ones).
    starts_at: float
    #: Simulated length in seconds (0 without a simulated duration).
    duration_s: float


class MockSpeaker(VoiceSettings):
    """A ``kiosk.ports.speech.MessageSpeaker`` that records utterances. Any thread; thread-safe."""

    def __init__(
        self,
        *,
        rate: float = 0.0,
        volume: float = 0.8,
        seconds_per_char: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if seconds_per_char < 0:
            raise ValueError(f"seconds_per_char must be >= 0, got {seconds_per_char}")
        super().__init__(rate, volume)
        self._seconds_per_char = seconds_per_char
        self._clock = clock
        self._utterances: deque[Utterance] = deque(maxlen=MAX_UTTERANCES)
        self._busy_until = clock()
        self._stops = 0
        self._closed = False

    @property
    def name(self) -> str:
        return "mock"

    # -- Speaker protocol ------------------------------------------------------
    def say(self, text: str, language: str, *, interrupt: bool = True) -> None:
        self._record(text, language, interrupt=interrupt, message_id=None)

    def say_message(
        self, message_id: str, fallback_text: str, language: str, *, interrupt: bool = True
    ) -> None:
        self._record(fallback_text, language, interrupt=interrupt, message_id=message_id)

    def stop(self) -> None:
        with self._cond:
            now = self._clock()
            if now < self._busy_until:
                self._stops += 1
            self._busy_until = now

    def is_speaking(self) -> bool:
        with self._cond:
            return self._clock() < self._busy_until

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._busy_until = self._clock()

    # -- observation (tests) ----------------------------------------------------
    @property
    def utterances(self) -> list[Utterance]:
        """The most recent utterances (at most ``MAX_UTTERANCES``), oldest first (a copy)."""
        with self._cond:
            return list(self._utterances)

    @property
    def spoken_texts(self) -> list[str]:
        """Just what a resident would have heard, oldest first."""
        return [u.spoken for u in self.utterances]

    @property
    def stops(self) -> int:
        """How many times ``stop`` cut off speech that was still going."""
        with self._cond:
            return self._stops

    @property
    def closed(self) -> bool:
        with self._cond:
            return self._closed

    def clear(self) -> None:
        with self._cond:
            self._utterances.clear()

    def wait_for_utterances(self, count: int, timeout_s: float) -> bool:
        """Block until at least ``count`` utterances were recorded (for cross-thread tests)."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self._utterances) >= count, timeout_s)

    # -- internals ---------------------------------------------------------------
    def _record(self, text: str, language: str, *, interrupt: bool, message_id: str | None) -> None:
        if language not in SPEECH_LANGUAGES:
            raise ValueError(f"unsupported speech language {language!r}")
        spoken = text_for_speech(text, language)
        with self._cond:
            if self._closed:
                raise RuntimeError("speaker is closed")
            now = self._clock()
            busy = now < self._busy_until
            duration = len(spoken) * self._seconds_per_char / rate_factor(self._rate)
            starts_at = now if interrupt else max(now, self._busy_until)
            self._busy_until = starts_at + duration
            self._utterances.append(
                Utterance(
                    text=text,
                    spoken=spoken,
                    language=language,
                    rate=self._rate,
                    volume=self._volume,
                    interrupt=interrupt,
                    interrupted_other=interrupt and busy,
                    message_id=message_id,
                    starts_at=starts_at,
                    duration_s=duration,
                )
            )
            self._cond.notify_all()
        log.debug("mock say: language=%s chars=%d message_id=%s", language, len(spoken), message_id)
