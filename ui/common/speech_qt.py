"""Speech backends built on Qt: QTextToSpeech voices and recorded prompt clips.

``QtSpeaker`` speaks through QTextToSpeech (``speechd`` on Linux, ``winrt``
or ``sapi`` on Windows), choosing a voice whose locale matches the kiosk
language. ``ClipsSpeaker`` plays recorded clips for fixed prompts
(``{clips_dir}/{language}/{message_id}.wav``) with QtMultimedia and hands
dynamic text (ticket numbers) to another speaker. Both implement
``kiosk.ports.speech.Speaker`` (``ClipsSpeaker`` also ``MessageSpeaker``).

Threads: these are QObjects; create them and call every method on the UI
thread. Nothing here waits for audio: QTextToSpeech and QMediaPlayer play
asynchronously, and queued utterances are started from the event loop.

Volume: both pass the shared dB curve (``kiosk.ports.speech.volume_to_gain``,
-24 dB just above 0, 0 dB at 1) as a linear amplitude, which is what
QAudioOutput's volume is (Qt documents it as linear). QTextToSpeech's
volume is engine-defined; speechd hands it to speech-dispatcher linearly.
Rate: QTextToSpeech takes -1..1 itself; clips play at ``2**rate`` speed
with pitch compensation where the media backend offers it.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from kiosk.ports.speech import (
    SPEECH_LANGUAGES,
    Speaker,
    clamp_rate,
    clamp_volume,
    rate_factor,
    volume_to_gain,
)
from kiosk.read_aloud import text_for_speech
from ui.common.timers import make_timer

log = logging.getLogger(__name__)

#: QLocale language and preferred territories (best first) per kiosk language.
_LOCALES: dict[str, tuple[QLocale.Language, tuple[str, ...]]] = {
    "ko": (QLocale.Language.Korean, ("KR",)),
    "en": (QLocale.Language.English, ("US", "GB", "AU", "CA")),
    "zh": (QLocale.Language.Chinese, ("CN", "SG", "TW", "HK")),
    "vi": (QLocale.Language.Vietnamese, ("VN",)),
}

#: How often a queue waiting on a speaker without end-of-speech signals is checked.
_POLL_MS = 40


def _check_language(language: str) -> None:
    if language not in SPEECH_LANGUAGES:
        raise ValueError(f"unsupported speech language {language!r}")


def rank_voices(voices: Sequence[tuple[str, str]], language: str) -> list[int]:
    """Indexes of ``(voice name, locale name)`` pairs usable for ``language``, best first.

    A voice qualifies when its locale's language is the kiosk language
    ("ko_KR" for ko). Preferred territories come first (Korean voices of
    Korea before any other), then plain voices before engine variants
    ("Korean" before "Korean+Alex"), then the engine's own order.
    """
    _check_language(language)
    _, territories = _LOCALES[language]
    ranked: list[tuple[int, int, int]] = []
    for index, (name, locale_name) in enumerate(voices):
        lang, _, territory = locale_name.replace("-", "_").partition("_")
        if lang.lower() != language:
            continue
        territory = territory.split("_")[-1].upper() if territory else ""
        place = territories.index(territory) if territory in territories else len(territories)
        ranked.append((place, 1 if "+" in name else 0, index))
    return [index for *_, index in sorted(ranked)]


def tts_unavailable_reason(engine: str = "") -> str | None:
    """None when QTextToSpeech has ``engine`` (or any engine when empty); else why not."""
    engines = QTextToSpeech.availableEngines()
    if not engines:
        return "Qt has no text-to-speech engine plugin installed"
    if engine and engine not in engines:
        return f"Qt text-to-speech engine {engine!r} is not installed (available: {', '.join(engines)})"
    return None


def audio_output_available() -> bool:
    """Whether QtMultimedia sees a sound output (without one, clips play silently)."""
    return bool(QMediaDevices.audioOutputs())


class _Sequencer(QObject):
    """Runs queued utterances one after another on the UI thread.

    ``busy`` says whether anything is still sounding; backends whose end of
    speech we cannot observe (another ``Speaker``) are polled, because the
    ``Speaker`` protocol has no completion signal.
    """

    def __init__(
        self, busy: Callable[[], bool], halt: Callable[[], None], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._busy = busy
        self._halt = halt
        self._queue: deque[Callable[[], None]] = deque()
        self._timer = make_timer(self, self.advance, _POLL_MS)

    def submit(self, start: Callable[[], None], *, interrupt: bool) -> None:
        if interrupt:
            self.clear()
            self._halt()
            start()
        elif self._queue or self._busy():
            self._queue.append(start)
            self._timer.start()
        else:
            start()

    def advance(self) -> None:
        """Start the next item if nothing sounds (also called on end-of-speech signals)."""
        if self._queue and not self._busy():
            self._queue.popleft()()
        if not self._queue:
            self._timer.stop()

    def clear(self) -> None:
        self._queue.clear()
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return bool(self._queue)


class _QueueingSpeaker(QObject):
    """What the Qt speakers share: one queue of utterances (``_Sequencer``), the
    rate and volume (passed on to the fallback speaker), and closing.

    A subclass says when something still sounds (``_busy``), how to silence
    it (``_halt``) and what else it owns to close (``_release``).
    """

    def __init__(
        self, *, rate: float, volume: float, fallback: Speaker | None, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self._fallback = fallback
        self._rate = clamp_rate(rate)
        self._volume = clamp_volume(volume)
        self._closed = False
        self._sequencer = _Sequencer(self._busy, self._halt, self)

    def stop(self) -> None:
        self._sequencer.clear()
        self._halt()

    def set_rate(self, rate: float) -> None:
        self._rate = clamp_rate(rate)
        if self._fallback is not None:
            self._fallback.set_rate(rate)

    def set_volume(self, volume: float) -> None:
        self._volume = clamp_volume(volume)
        if self._fallback is not None:
            self._fallback.set_volume(volume)

    def is_speaking(self) -> bool:
        return self._sequencer.pending or self._busy()

    def close(self) -> None:
        if self._closed:
            return
        self.stop()
        self._closed = True
        self._release()
        if self._fallback is not None:
            self._fallback.close()

    def _refuse_when_closed(self) -> None:
        if self._closed:
            raise RuntimeError("speaker is closed")

    def _busy(self) -> bool:
        raise NotImplementedError

    def _halt(self) -> None:
        raise NotImplementedError

    def _release(self) -> None:
        """Close what the speaker owns besides the fallback (override when there is some)."""


class QtSpeaker(_QueueingSpeaker):
    """``Speaker`` on QTextToSpeech. UI thread only.

    Picks, per language, the best voice the engine has (``rank_voices``).
    When the engine has no voice for a language (the ``mock`` engine has
    no Korean, many Windows installs have no Vietnamese) the text goes to
    ``fallback`` (e.g. espeak-ng) if given; otherwise it is not spoken and a
    warning is logged once per language, because reading Korean text with
    an English voice is noise, not speech. The speaker owns ``fallback`` and
    closes it.
    """

    def __init__(
        self,
        *,
        engine: str = "",
        rate: float = 0.0,
        volume: float = 0.8,
        fallback: Speaker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(rate=rate, volume=volume, fallback=fallback, parent=parent)
        reason = tts_unavailable_reason(engine)
        if reason is not None:
            raise RuntimeError(reason)
        self._tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if self._tts.state() == QTextToSpeech.State.Error:
            raise RuntimeError(f"Qt text-to-speech engine failed: {self._tts.errorString()}")
        self._voices: dict[str, QVoice | None] = {}
        self._warned: set[str] = set()
        self._tts.stateChanged.connect(self._on_state)
        self._tts.errorOccurred.connect(self._on_error)

    @property
    def name(self) -> str:
        return f"qt ({self._tts.engine()})"

    @property
    def engine(self) -> QTextToSpeech:
        """The underlying QTextToSpeech (for tests and diagnostics)."""
        return self._tts

    def voice_for(self, language: str) -> QVoice | None:
        """The voice used for ``language``, or None when the engine has none."""
        _check_language(language)
        if language not in self._voices:
            # Every voice of every locale: asked for one locale it has no voice for, an
            # engine may answer with its default (English) voices instead of none.
            voices = self._tts.allVoices(None)  # type: ignore[arg-type]  # None means all
            order = rank_voices([(v.name(), v.locale().name()) for v in voices], language)
            self._voices[language] = voices[order[0]] if order else None
        return self._voices[language]

    def supports_language(self, language: str) -> bool:
        return self.voice_for(language) is not None

    # -- Speaker protocol ----------------------------------------------------------
    def say(self, text: str, language: str, *, interrupt: bool = True) -> None:
        self._refuse_when_closed()
        voice = self.voice_for(language)
        if voice is not None:
            spoken = text_for_speech(text, language)
            self._sequencer.submit(lambda: self._speak(spoken, voice), interrupt=interrupt)
            log.debug("qt say: language=%s chars=%d", language, len(spoken))
            return
        fallback = self._fallback
        if fallback is not None:
            self._sequencer.submit(
                lambda: fallback.say(text, language, interrupt=True), interrupt=interrupt
            )
            return
        if language not in self._warned:
            self._warned.add(language)
            log.warning(
                "speech engine %r has no %s voice and there is no fallback: not speaking %s text",
                self._tts.engine(),
                language,
                language,
            )
        if interrupt:
            self.stop()

    # -- internals -------------------------------------------------------------------
    def _speak(self, spoken: str, voice: QVoice) -> None:
        if self._tts.voice() != voice:
            self._tts.setVoice(voice)
        self._tts.setRate(self._rate)
        self._tts.setVolume(volume_to_gain(self._volume))
        self._tts.say(spoken)

    def _busy(self) -> bool:
        state = self._tts.state()
        engine_busy = state in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        return engine_busy or (self._fallback is not None and self._fallback.is_speaking())

    def _halt(self) -> None:
        if self._tts.state() != QTextToSpeech.State.Ready:
            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
        if self._fallback is not None:
            self._fallback.stop()

    def _on_state(self, state: QTextToSpeech.State) -> None:
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._sequencer.advance()

    def _on_error(self, reason: QTextToSpeech.ErrorReason, message: str) -> None:
        log.warning("speech engine error %s: %s", reason.name, message)


# --- recorded clips ----------------------------------------------------------------

#: Prompt ids are file names: lowercase, digits, ``_ . -``; no paths.
_MESSAGE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
CLIP_EXTENSIONS = (".wav", ".ogg", ".mp3", ".flac")


def find_clip(clips_dir: Path, language: str, message_id: str) -> Path | None:
    """The recorded clip ``{clips_dir}/{language}/{message_id}.wav`` (or .ogg/.mp3/.flac), if any."""
    _check_language(language)
    if not _MESSAGE_ID_RE.match(message_id) or ".." in message_id:
        raise ValueError(f"message id must be a plain lowercase name, got {message_id!r}")
    for extension in CLIP_EXTENSIONS:
        candidate = clips_dir / language / f"{message_id}{extension}"
        if candidate.is_file():
            return candidate
    return None


class ClipPlayer(Protocol):
    """Plays one audio file at a time. UI thread only."""

    def play(self, path: Path, *, volume: float, rate: float) -> None: ...

    def stop(self) -> None: ...

    def is_playing(self) -> bool: ...

    def close(self) -> None: ...


class QtClipPlayer(QObject):
    """``ClipPlayer`` on QMediaPlayer + QAudioOutput. UI thread only.

    ``finished`` fires when a clip ends, fails or is stopped. Without a sound
    output QMediaPlayer still decodes the clip and runs it for its full length
    on its own clock (Qt logs "No audio device detected"), so timing and
    queueing behave as on a kiosk.
    """

    finished = Signal()
    #: A clip could not be played (message for technicians).
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._playing = False
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.playbackStateChanged.connect(self._on_playback)
        self._player.errorOccurred.connect(self._on_error)

    @property
    def player(self) -> QMediaPlayer:
        return self._player

    def play(self, path: Path, *, volume: float, rate: float) -> None:
        self._player.stop()
        self._output.setVolume(volume_to_gain(volume))
        if (
            self._player.pitchCompensationAvailability()
            != QMediaPlayer.PitchCompensationAvailability.Unavailable
        ):
            self._player.setPitchCompensation(True)
        self._player.setPlaybackRate(rate_factor(rate))
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._playing = True
        self._player.play()

    def stop(self) -> None:
        self._player.stop()
        self._end()

    def is_playing(self) -> bool:
        return self._playing

    def close(self) -> None:
        self.stop()
        self._player.setSource(QUrl())

    def _end(self) -> None:
        if self._playing:
            self._playing = False
            self.finished.emit()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._end()

    def _on_playback(self, state: QMediaPlayer.PlaybackState) -> None:
        if state == QMediaPlayer.PlaybackState.StoppedState:
            self._end()

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        log.warning("clip playback failed (%s): %s", error.name, message)
        self.failed.emit(message)
        self._end()


class ClipsSpeaker(_QueueingSpeaker):
    """``MessageSpeaker`` playing recorded prompts, TTS for everything else. UI thread only.

    ``say_message(id, text, language)`` plays ``{clips_dir}/{language}/{id}.wav``
    when it exists and speaks ``text`` through ``fallback`` when it does not;
    ``say`` (dynamic text such as ticket numbers) always uses ``fallback``.
    Clips and TTS share one queue, so "prompt clip, then number" announcements
    play in order with ``interrupt=False``. Owns and closes ``fallback``.
    """

    def __init__(
        self,
        clips_dir: Path,
        fallback: Speaker,
        *,
        rate: float = 0.0,
        volume: float = 0.8,
        player: ClipPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(rate=rate, volume=volume, fallback=fallback, parent=parent)
        self._clips_dir = Path(clips_dir)
        #: The text-to-speech speaker for what has no clip (the fallback, never None here).
        self._speech = fallback
        self._player: ClipPlayer = player if player is not None else QtClipPlayer(self)
        if isinstance(self._player, QtClipPlayer):
            self._player.finished.connect(self._on_clip_finished)
            self._player.failed.connect(self._on_clip_failed)
        #: What to say instead if the clip now playing turns out to be unplayable.
        self._playing_fallback: tuple[str, str] | None = None
        fallback.set_rate(self._rate)
        fallback.set_volume(self._volume)

    @property
    def name(self) -> str:
        return f"clips ({self._clips_dir})"

    @property
    def clips_dir(self) -> Path:
        return self._clips_dir

    def clip_for(self, message_id: str, language: str) -> Path | None:
        return find_clip(self._clips_dir, language, message_id)

    # -- MessageSpeaker -------------------------------------------------------------
    def say_message(
        self, message_id: str, fallback_text: str, language: str, *, interrupt: bool = True
    ) -> None:
        self._refuse_when_closed()
        clip = self.clip_for(message_id, language)
        if clip is None:
            log.debug("no clip %s/%s: using TTS", language, message_id)
            self.say(fallback_text, language, interrupt=interrupt)
            return
        log.debug("clip %s/%s", language, message_id)
        self._sequencer.submit(
            lambda: self._play(clip, fallback_text, language), interrupt=interrupt
        )

    # -- Speaker protocol -------------------------------------------------------------
    def say(self, text: str, language: str, *, interrupt: bool = True) -> None:
        self._refuse_when_closed()
        _check_language(language)
        speech = self._speech
        self._sequencer.submit(
            lambda: speech.say(text, language, interrupt=True), interrupt=interrupt
        )

    # -- internals ---------------------------------------------------------------------
    def _play(self, clip: Path, fallback_text: str, language: str) -> None:
        self._playing_fallback = (fallback_text, language)
        self._player.play(clip, volume=self._volume, rate=self._rate)

    def _busy(self) -> bool:
        return self._player.is_playing() or self._speech.is_speaking()

    def _halt(self) -> None:
        self._playing_fallback = None
        self._player.stop()
        self._speech.stop()

    def _release(self) -> None:
        self._player.close()

    def _on_clip_failed(self, _message: str) -> None:
        # A damaged or unreadable recording must not leave the resident in silence.
        if self._playing_fallback is not None:
            text, language = self._playing_fallback
            self._playing_fallback = None
            self._speech.say(text, language, interrupt=True)

    def _on_clip_finished(self) -> None:
        # Deferred: the player may still be inside its own signal handler.
        QTimer.singleShot(0, self, self._sequencer.advance)
