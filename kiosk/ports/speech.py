"""The speech output Protocol shared by every voice backend, and its units.

Voice-guided mode reads every screen aloud and the lobby display announces
called numbers. Backends live in ``drivers/speech/`` (mock, espeak-ng) and
``ui/common/speech_qt.py`` (Qt TextToSpeech, recorded clips); the composition root
picks one by ``SpeechConfig.backend``.

Threads: speech is started from the UI thread (a key press must be answered
by voice at once), so ``say`` and ``stop`` never wait for audio. Each
backend documents which threads may call it; the rules below are the
minimum every backend meets.

Units shared by all backends, so a resident's volume and rate settings sound
the same whichever backend runs:

* rate ``-1..1``: speaking speed factor ``2 ** rate`` (half speed to double
  speed, 0 = the engine's normal speed). See ``rate_factor``.
* volume ``0..1``: 0 is silent; any other value is a gain in decibels that
  is linear in the volume, from ``VOLUME_FLOOR_DB`` (-24 dB) just above 0
  to 0 dB at 1. The accessibility rules ask for at least 18 dB of range;
  this gives 24 dB. See ``volume_to_db`` and ``volume_to_gain``.
"""

from __future__ import annotations

import math
from typing import Protocol, runtime_checkable

#: Gain of the quietest audible volume (any volume just above 0).
VOLUME_FLOOR_DB = -24.0

#: Languages a speaker must accept (same codes as the screens).
SPEECH_LANGUAGES: tuple[str, ...] = ("ko", "en", "zh", "vi")


def clamp_rate(rate: float) -> float:
    """Clamp a rate to -1..1 (NaN becomes 0, the normal speed)."""
    if math.isnan(rate):
        return 0.0
    return max(-1.0, min(1.0, rate))


def clamp_volume(volume: float) -> float:
    """Clamp a volume to 0..1 (NaN becomes 0: never surprise anyone with loud audio)."""
    if math.isnan(volume):
        return 0.0
    return max(0.0, min(1.0, volume))


def rate_factor(rate: float) -> float:
    """Speed factor for ``rate``: 0.5 at -1, 1.0 at 0, 2.0 at 1."""
    return float(2.0 ** clamp_rate(rate))


def volume_to_db(volume: float) -> float:
    """Gain in dB for ``volume``: ``-inf`` at 0, ``VOLUME_FLOOR_DB`` just above 0, 0 dB at 1."""
    volume = clamp_volume(volume)
    if volume == 0.0:
        return -math.inf
    return VOLUME_FLOOR_DB * (1.0 - volume)


def volume_to_gain(volume: float) -> float:
    """Linear amplitude factor (0..1) for ``volume``, for APIs that take linear volume."""
    db = volume_to_db(volume)
    if db == -math.inf:
        return 0.0
    return float(10.0 ** (db / 20.0))


@runtime_checkable
class Speaker(Protocol):
    """Something that speaks text aloud.

    Threads: ``say``, ``stop`` and ``is_speaking`` may be called from the UI
    thread and must return quickly (no waiting for audio or processes);
    backends built on Qt objects (``ui/common/speech_qt.py``) must be called from the
    thread that created them (the UI thread), the others from any thread.
    ``close`` may block briefly (it ends processes and threads): call it once,
    at shutdown, from the thread that owns the speaker.

    Text passed in may one day contain personal data: backends never log it
    (only its length or a message id) and never put it on a command line.
    """

    def say(self, text: str, language: str, *, interrupt: bool = True) -> None:
        """Start speaking ``text`` in ``language`` (``ko``, ``en``, ``zh``, ``vi``) and return.

        ``interrupt=True`` stops whatever is being said and drops the queue
        (a new screen or key press replaces the old prompt); ``False`` queues
        the text after what is being said (the parts of one announcement).
        Backends read digits the way the language does (``kiosk.read_aloud``).
        """
        ...

    def stop(self) -> None:
        """Stop speaking now and drop anything queued."""
        ...

    def set_rate(self, rate: float) -> None:
        """Speaking rate -1..1 (see ``rate_factor``); applies from the next utterance."""
        ...

    def set_volume(self, volume: float) -> None:
        """Volume 0..1 (see ``volume_to_db``); applies from the next utterance."""
        ...

    def is_speaking(self) -> bool:
        """True while something is being said or waits in the queue."""
        ...

    def close(self) -> None:
        """Stop and release processes, threads and devices. The speaker is unusable afterwards."""
        ...


@runtime_checkable
class MessageSpeaker(Speaker, Protocol):
    """A speaker that can play a prepared prompt (a recorded clip) by message id.

    Fixed prompts ("화면을 눌러 주세요") sound best recorded; dynamic text (a
    ticket number) goes through TTS. Thread rules are those of ``Speaker``.
    """

    def say_message(
        self, message_id: str, fallback_text: str, language: str, *, interrupt: bool = True
    ) -> None:
        """Play the prompt ``message_id`` in ``language``; speak ``fallback_text`` if there is none."""
        ...


def say_message(
    speaker: Speaker,
    message_id: str,
    fallback_text: str,
    language: str,
    *,
    interrupt: bool = True,
) -> None:
    """Play ``message_id`` if ``speaker`` knows prompts, else speak ``fallback_text``."""
    if isinstance(speaker, MessageSpeaker):
        speaker.say_message(message_id, fallback_text, language, interrupt=interrupt)
    else:
        speaker.say(fallback_text, language, interrupt=interrupt)
