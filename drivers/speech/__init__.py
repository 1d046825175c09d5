"""Speech backends without Qt, and the speech registry.

``mock`` records utterances; ``espeak`` runs espeak-ng. The Qt backends
(``qt``: QTextToSpeech, ``clips``: recorded prompts) need Qt objects, so they
live in ``ui/common/speech_qt.py`` and ``ui.common.speech.create_speaker`` covers
all four names; this module's ``create_speaker`` covers the Qt-free two.
"""

from __future__ import annotations

from drivers.registry import BackendInfo, Registry, UnknownBackendError
from drivers.speech import espeak
from drivers.speech.espeak import EspeakSpeaker
from drivers.speech.mock import MockSpeaker
from kiosk.config import SpeechConfig
from kiosk.ports.speech import Speaker

#: Backends that need Qt and are built by ``ui.common.speech``.
QT_BACKENDS = ("qt", "clips")


def speech_registry() -> Registry[SpeechConfig, Speaker]:
    """Every Qt-free speech backend, keyed by ``SpeechConfig.backend``."""
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


def create_speaker(config: SpeechConfig) -> Speaker:
    """Build the configured Qt-free backend (``mock`` or ``espeak``)."""
    if config.backend in QT_BACKENDS:
        raise UnknownBackendError(
            f"speech backend {config.backend!r} needs Qt: build it with ui.common.speech.create_speaker"
        )
    return speech_registry().create(config.backend, config)


__all__ = ["QT_BACKENDS", "EspeakSpeaker", "MockSpeaker", "create_speaker", "speech_registry"]
