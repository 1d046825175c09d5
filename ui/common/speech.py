"""The speech factory: ``create_speaker`` builds the configured speaker, for all four backends.

``mock`` and ``espeak`` come from ``drivers.speech``; ``qt`` and ``clips``
need Qt objects and come from ``ui.common.speech_qt``. Every speaker of
the application is made here (the composition root, the display board,
technician mode's voice test), on the UI thread: the Qt backends are
QObjects that live there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from drivers.registry import BackendInfo, BackendUnavailableError, Registry
from drivers.speech import EspeakSpeaker, qt_free_registry
from drivers.speech import espeak as espeak_backend
from kiosk.config import SpeechConfig
from kiosk.ports.speech import Speaker

# ui.common.speech_qt loads QtMultimedia and QtTextToSpeech, which probe the audio
# system (and complain where there is none): import it only for the
# backends that need it.


def _espeak_fallback(config: SpeechConfig) -> Speaker | None:
    if espeak_backend.unavailable_reason() is not None:
        return None
    return EspeakSpeaker(rate=config.rate, volume=config.volume, output=config.espeak_output)


def _tts_unavailable_reason(engine: str = "") -> str | None:
    from ui.common.speech_qt import tts_unavailable_reason

    return tts_unavailable_reason(engine)


def _create_qt(config: SpeechConfig, parent: QObject | None) -> Speaker:
    from ui.common.speech_qt import QtSpeaker

    reason = _tts_unavailable_reason(config.qt_engine)
    if reason is not None:
        raise BackendUnavailableError(f"speech backend 'qt' cannot be used: {reason}")
    # espeak-ng covers languages the Qt engine has no voice for.
    return QtSpeaker(
        engine=config.qt_engine,
        rate=config.rate,
        volume=config.volume,
        fallback=_espeak_fallback(config),
        parent=parent,
    )


def _create_clips(config: SpeechConfig, parent: QObject | None) -> Speaker:
    from ui.common.speech_qt import ClipsSpeaker

    if not config.clips_dir:
        raise BackendUnavailableError("speech backend 'clips' needs clips_dir to be set")
    clips_dir = Path(config.clips_dir)
    if not clips_dir.is_dir():
        raise BackendUnavailableError(f"speech clips folder {clips_dir} does not exist")
    fallback = _espeak_fallback(config)
    if fallback is None:
        fallback = _create_qt(config, parent)
    return ClipsSpeaker(clips_dir, fallback, rate=config.rate, volume=config.volume, parent=parent)


def speech_registry(parent: QObject | None = None) -> Registry[SpeechConfig, Speaker]:
    """The Qt-free backends plus ``qt`` and ``clips`` (their QObjects get ``parent``)."""
    registry = qt_free_registry()
    registry.register(
        BackendInfo(
            name="qt",
            description="Qt TextToSpeech (speechd, winrt, sapi), espeak-ng for missing languages",
            create=lambda cfg: _create_qt(cfg, parent),
            unavailable_reason=_tts_unavailable_reason,
        )
    )
    registry.register(
        BackendInfo(
            name="clips",
            description="Recorded prompts per language, TTS for numbers and other dynamic text",
            create=lambda cfg: _create_clips(cfg, parent),
        )
    )
    return registry


def create_speaker(config: SpeechConfig, parent: QObject | None = None) -> Speaker:
    """The speaker ``config.backend`` names. UI thread only (Qt backends are QObjects)."""
    return speech_registry(parent).create(config.backend, config)
