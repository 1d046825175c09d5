"""Speech backends without Qt, and their registry.

``mock`` records utterances; ``espeak`` runs espeak-ng. The Qt backends
(``qt``: QTextToSpeech, ``clips``: recorded prompts) need Qt objects, so they
live in ``ui/common/speech_qt.py``; ``ui.common.speech.create_speaker``, the
one speech factory, adds them to ``qt_free_registry()`` and builds all four.
"""

from __future__ import annotations

from drivers.registry import BackendInfo, Registry
from drivers.speech import espeak
from drivers.speech.espeak import EspeakSpeaker
from drivers.speech.mock import MockSpeaker
from kiosk.config import SpeechConfig
from kiosk.ports.speech import Speaker


def qt_free_registry() -> Registry[SpeechConfig, Speaker]:
    """Every speech backend that needs no Qt, keyed by ``SpeechConfig.backend``."""
    registry: Registry[SpeechConfig, Speaker] = Registry("speech")
    registry.register(
        BackendInfo(
            name="mock",
            description="Records utterances instead of speaking (tests, demo)",
            create=lambda cfg: MockSpeaker(rate=cfg.rate, volume=cfg.volume),
        )
    )
    registry.register(
        BackendInfo(
            name="espeak",
            description="espeak-ng subprocess: offline, every language, robotic",
            create=lambda cfg: EspeakSpeaker(
                rate=cfg.rate, volume=cfg.volume, output=cfg.espeak_output
            ),
            unavailable_reason=espeak.unavailable_reason,
        )
    )
    return registry


__all__ = ["EspeakSpeaker", "MockSpeaker", "qt_free_registry"]
