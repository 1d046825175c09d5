"""Qt speech backends: QTextToSpeech (its built-in "mock" engine) and recorded clips.

No sound card here. QTextToSpeech's "mock" engine runs real timing and
word signals but makes no sound, and has voices only for en_GB, en_US,
nb_NO, nn_NO and fi_FI: the Korean, Chinese and Vietnamese paths are
tested as what they are on such an engine, a fallback.

QtMultimedia without an audio device still decodes clips and runs them for
their full length on its own clock, so real clip playback is tested here
(minus the sound). Qt logs these warnings (which strict pytest-qt would turn into
failures): "PulseAudioService: pa_context_connect() failed" (no PulseAudio
server), "No audio device detected" (QMediaPlayer has nowhere to play),
and qt.multimedia.symbolsresolver's "Couldn't load/resolve ... library /
symbols" for optional pipewire/VA-API libraries. Only the tests that create
a media player ignore exactly those messages.
"""

from __future__ import annotations

import logging
import time
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from drivers.registry import BackendUnavailableError
from drivers.speech import EspeakSpeaker, MockSpeaker, espeak
from kiosk.config import SpeechConfig
from kiosk.ports.speech import MessageSpeaker, Speaker, volume_to_gain
from ui.common.speech import create_speaker, speech_registry
from ui.common.speech_qt import (
    ClipsSpeaker,
    QtClipPlayer,
    QtSpeaker,
    find_clip,
    rank_voices,
    tts_unavailable_reason,
)

SYMBOLS_WARNING = r"^Couldn't (load|resolve) .* (library|symbols)$"
NO_PULSE_WARNING = r"^PulseAudioService: pa_context_connect\(\) failed$"
NO_DEVICE_WARNING = r"^No audio device detected$"
media_warnings = pytest.mark.qt_log_ignore(SYMBOLS_WARNING, NO_PULSE_WARNING, NO_DEVICE_WARNING)
needs_espeak = pytest.mark.skipif(
    espeak.unavailable_reason() is not None, reason="espeak-ng is not installed"
)

pytestmark = pytest.mark.qt_log_ignore(SYMBOLS_WARNING)

ANNOUNCEMENT_KO = "A-012번 고객님, 2번 창구로 오십시오."


# --- voice ranking (pure) ------------------------------------------------------------------


def test_rank_voices_puts_korean_voices_of_korea_first() -> None:
    voices = [
        ("English", "en_GB"),
        ("Korean+Alex", "ko_KR"),
        ("Korean (North)", "ko_KP"),
        ("Korean", "ko_KR"),
        ("Korean generic", "ko"),
        ("Konkani", "kok_IN"),
    ]
    assert rank_voices(voices, "ko") == [3, 1, 2, 4]


def test_rank_voices_prefers_territories_then_engine_order() -> None:
    voices = [("Bob", "en_GB"), ("Anne", "en_GB"), ("Charly", "en_US"), ("Mary", "en_US")]
    assert rank_voices(voices, "en") == [2, 3, 0, 1]
    assert rank_voices([("Mei", "zh_TW"), ("Li", "zh_CN")], "zh") == [1, 0]
    assert rank_voices([("An", "vi_VN")], "vi") == [0]
    assert rank_voices(voices, "ko") == []
    with pytest.raises(ValueError):
        rank_voices(voices, "fr")


def test_tts_engines() -> None:
    assert tts_unavailable_reason("mock") is None
    reason = tts_unavailable_reason("no-such-engine")
    assert reason is not None and "no-such-engine" in reason and "mock" in reason


# --- QtSpeaker on the mock engine -------------------------------------------------------------


@pytest.fixture
def fallback() -> MockSpeaker:
    return MockSpeaker()


@pytest.fixture
def qt_speaker(qtbot: QtBot, fallback: MockSpeaker) -> Iterator[QtSpeaker]:
    speaker = QtSpeaker(engine="mock", fallback=fallback)
    yield speaker
    speaker.close()
    speaker.deleteLater()


def spoken_words(speaker: QtSpeaker) -> list[str]:
    words: list[str] = []
    speaker.engine.sayingWord.connect(lambda word, _id, _start, _length: words.append(word))
    return words


def test_qt_speaker_satisfies_the_protocol(qt_speaker: QtSpeaker) -> None:
    assert isinstance(qt_speaker, Speaker)
    assert not isinstance(qt_speaker, MessageSpeaker)
    assert qt_speaker.name == "qt (mock)"


def test_mock_engine_has_english_but_no_korean_chinese_or_vietnamese(qt_speaker: QtSpeaker) -> None:
    english = qt_speaker.voice_for("en")
    assert english is not None and english.locale().name() == "en_US"
    for language in ("ko", "zh", "vi"):
        assert not qt_speaker.supports_language(language)


def test_english_is_spoken_by_the_engine(qtbot: QtBot, qt_speaker: QtSpeaker) -> None:
    words = spoken_words(qt_speaker)
    qt_speaker.set_rate(0.5)
    qt_speaker.set_volume(0.5)
    qt_speaker.say("Number A-012, please come to counter 2.", "en")
    engine = qt_speaker.engine
    assert engine.state() == QTextToSpeech.State.Speaking
    assert qt_speaker.is_speaking()
    assert engine.voice().locale().name() == "en_US"
    assert engine.rate() == 0.5
    assert engine.volume() == pytest.approx(volume_to_gain(0.5))
    qtbot.waitUntil(lambda: not qt_speaker.is_speaking(), timeout=5000)
    assert words == ["Number", "A12", "please", "come", "to", "counter", "2"]


def test_korean_goes_to_the_fallback_voice(qt_speaker: QtSpeaker, fallback: MockSpeaker) -> None:
    qt_speaker.set_volume(0.4)
    qt_speaker.say(ANNOUNCEMENT_KO, "ko")
    assert qt_speaker.engine.state() == QTextToSpeech.State.Ready
    (utterance,) = fallback.utterances
    assert utterance.language == "ko"
    assert utterance.spoken == "에이 십이번 고객님, 이번 창구로 오십시오."
    assert utterance.volume == 0.4


def test_without_fallback_korean_is_not_read_by_an_english_voice(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    speaker = QtSpeaker(engine="mock")
    try:
        with caplog.at_level(logging.WARNING, logger="ui.common.speech_qt"):
            speaker.say(ANNOUNCEMENT_KO, "ko")
            speaker.say("다시 한 번", "ko")
        assert speaker.engine.state() == QTextToSpeech.State.Ready
        assert not speaker.is_speaking()
        warnings = [r.getMessage() for r in caplog.records]
        assert len(warnings) == 1 and "no ko voice" in warnings[0]
        assert "고객님" not in warnings[0]  # never the utterance itself
    finally:
        speaker.close()
        speaker.deleteLater()


def test_interrupt_replaces_what_is_being_said(qtbot: QtBot, qt_speaker: QtSpeaker) -> None:
    words = spoken_words(qt_speaker)
    qt_speaker.say("one two three four five six seven eight nine ten", "en")
    qtbot.waitUntil(lambda: "two" in words, timeout=3000)
    qt_speaker.say("stop here", "en")
    qtbot.waitUntil(lambda: not qt_speaker.is_speaking(), timeout=3000)
    assert words[-2:] == ["stop", "here"]
    assert "ten" not in words


def test_queued_utterances_follow_each_other(qtbot: QtBot, qt_speaker: QtSpeaker) -> None:
    words = spoken_words(qt_speaker)
    qt_speaker.say("one two", "en")
    qt_speaker.say("three four", "en", interrupt=False)
    qt_speaker.say("five", "en", interrupt=False)
    assert qt_speaker.is_speaking()
    qtbot.waitUntil(lambda: not qt_speaker.is_speaking(), timeout=5000)
    assert words == ["one", "two", "three", "four", "five"]


def test_queue_waits_for_the_engine_before_the_fallback(
    qtbot: QtBot, qt_speaker: QtSpeaker, fallback: MockSpeaker
) -> None:
    word_times: list[float] = []
    qt_speaker.engine.sayingWord.connect(lambda *_: word_times.append(time.monotonic()))
    qt_speaker.say("Number A 12", "en")
    qt_speaker.say(ANNOUNCEMENT_KO, "ko", interrupt=False)
    assert fallback.utterances == []
    qtbot.waitUntil(lambda: len(fallback.utterances) == 1, timeout=5000)
    assert len(word_times) == 3
    assert fallback.utterances[0].starts_at > word_times[-1]


def test_stop_drops_the_queue(qtbot: QtBot, qt_speaker: QtSpeaker) -> None:
    words = spoken_words(qt_speaker)
    qt_speaker.say("one two three", "en")
    qt_speaker.say("never said", "en", interrupt=False)
    qt_speaker.stop()
    assert not qt_speaker.is_speaking()
    qtbot.wait(300)
    assert "never" not in words


def test_close_closes_the_fallback(qtbot: QtBot) -> None:
    fallback = MockSpeaker()
    speaker = QtSpeaker(engine="mock", fallback=fallback)
    speaker.close()
    assert fallback.closed
    with pytest.raises(RuntimeError):
        speaker.say("hello", "en")
    speaker.deleteLater()


# --- recorded clips ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def clips_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Prompts recorded with espeak-ng: ko/en welcome, ko touch_to_start."""
    if espeak.unavailable_reason() is not None:
        pytest.skip("espeak-ng is not installed")
    root = tmp_path_factory.mktemp("clips")
    for language, message_id, text in [
        ("ko", "welcome", "어서 오십시오."),
        ("en", "welcome", "Welcome."),
        ("ko", "touch_to_start", "화면을 눌러 주세요."),
    ]:
        (root / language).mkdir(exist_ok=True)
        espeak.render_wav(text, language, root / language / f"{message_id}.wav")
    return root


def wav_duration_ms(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return 1000 * wav.getnframes() / wav.getframerate()


class FakeClipPlayer:
    """A ``ClipPlayer`` whose clips end when the test says so."""

    def __init__(self) -> None:
        self.plays: list[tuple[Path, float, float]] = []
        self.playing = False
        self.stops = 0
        self.closed = False

    def play(self, path: Path, *, volume: float, rate: float) -> None:
        self.plays.append((path, volume, rate))
        self.playing = True

    def stop(self) -> None:
        self.stops += 1
        self.playing = False

    def is_playing(self) -> bool:
        return self.playing

    def close(self) -> None:
        self.closed = True

    def finish(self) -> None:
        self.playing = False


@pytest.fixture
def player() -> FakeClipPlayer:
    return FakeClipPlayer()


@pytest.fixture
def clips(
    qtbot: QtBot, clips_dir: Path, fallback: MockSpeaker, player: FakeClipPlayer
) -> Iterator[ClipsSpeaker]:
    speaker = ClipsSpeaker(clips_dir, fallback, volume=0.6, rate=0.2, player=player)
    yield speaker
    speaker.close()
    speaker.deleteLater()


@needs_espeak
def test_find_clip(clips_dir: Path, tmp_path: Path) -> None:
    assert find_clip(clips_dir, "ko", "welcome") == clips_dir / "ko" / "welcome.wav"
    assert find_clip(clips_dir, "vi", "welcome") is None
    assert find_clip(clips_dir, "en", "touch_to_start") is None
    (tmp_path / "ko").mkdir()
    (tmp_path / "ko" / "hello.ogg").write_bytes(b"OggS")
    assert find_clip(tmp_path, "ko", "hello") == tmp_path / "ko" / "hello.ogg"
    for bad in ("../welcome", "ko/welcome", "Welcome", "", "a..b", "x" * 65):
        with pytest.raises(ValueError):
            find_clip(clips_dir, "ko", bad)
    with pytest.raises(ValueError):
        find_clip(clips_dir, "../ko", "welcome")


def test_clips_speaker_satisfies_the_protocols(clips: ClipsSpeaker) -> None:
    assert isinstance(clips, MessageSpeaker)


def test_recorded_prompt_is_played(
    clips: ClipsSpeaker, clips_dir: Path, player: FakeClipPlayer, fallback: MockSpeaker
) -> None:
    clips.say_message("welcome", "어서 오십시오.", "ko")
    assert player.plays == [(clips_dir / "ko" / "welcome.wav", 0.6, 0.2)]
    assert fallback.utterances == []
    assert clips.is_speaking()
    player.finish()
    assert not clips.is_speaking()


def test_missing_prompt_falls_back_to_tts(
    clips: ClipsSpeaker, player: FakeClipPlayer, fallback: MockSpeaker
) -> None:
    clips.say_message("welcome", "Chào mừng quý khách.", "vi")
    clips.say_message("touch_to_start", "Touch the screen.", "en")
    assert player.plays == []
    assert [(u.language, u.spoken) for u in fallback.utterances] == [
        ("vi", "Chào mừng quý khách."),
        ("en", "Touch the screen."),
    ]


def test_dynamic_text_always_uses_tts(
    clips: ClipsSpeaker, player: FakeClipPlayer, fallback: MockSpeaker
) -> None:
    clips.say(ANNOUNCEMENT_KO, "ko")
    assert player.plays == []
    assert fallback.spoken_texts == ["에이 십이번 고객님, 이번 창구로 오십시오."]


def test_prompt_then_number_play_in_order(
    qtbot: QtBot, clips: ClipsSpeaker, player: FakeClipPlayer, fallback: MockSpeaker
) -> None:
    clips.say_message("touch_to_start", "화면을 눌러 주세요.", "ko")
    clips.say("A-012번", "ko", interrupt=False)
    qtbot.wait(150)
    assert fallback.utterances == []  # still waiting for the clip
    player.finish()
    qtbot.waitUntil(lambda: len(fallback.utterances) == 1, timeout=2000)
    assert fallback.spoken_texts == ["에이 십이번"]
    assert not clips.is_speaking()


def test_interrupt_and_stop(
    qtbot: QtBot, clips: ClipsSpeaker, player: FakeClipPlayer, fallback: MockSpeaker
) -> None:
    clips.say_message("welcome", "어서 오십시오.", "ko")
    clips.say("A-012번", "ko", interrupt=False)
    clips.say_message("touch_to_start", "화면을 눌러 주세요.", "ko")  # interrupts both
    assert [p[0].name for p in player.plays] == ["welcome.wav", "touch_to_start.wav"]
    assert player.stops >= 1
    clips.say("never said", "en", interrupt=False)
    clips.stop()
    assert not clips.is_speaking()
    qtbot.wait(150)
    assert fallback.utterances == []


def test_rate_and_volume_reach_clips_and_tts(
    clips: ClipsSpeaker, player: FakeClipPlayer, fallback: MockSpeaker
) -> None:
    clips.set_volume(0.3)
    clips.set_rate(-0.5)
    clips.say_message("welcome", "어서 오십시오.", "ko")
    assert player.plays[-1][1:] == (0.3, -0.5)
    assert (fallback.volume, fallback.rate) == (0.3, -0.5)


def test_close_closes_player_and_fallback(
    qtbot: QtBot, clips_dir: Path, player: FakeClipPlayer
) -> None:
    fallback = MockSpeaker()
    speaker = ClipsSpeaker(clips_dir, fallback, player=player)
    speaker.close()
    assert player.closed and fallback.closed
    with pytest.raises(RuntimeError):
        speaker.say_message("welcome", "어서 오십시오.", "ko")
    speaker.deleteLater()


@media_warnings
def test_qt_media_player_decodes_the_clip(qtbot: QtBot, clips_dir: Path) -> None:
    clip = clips_dir / "ko" / "welcome.wav"
    player = QtClipPlayer()
    errors: list[str] = []
    player.failed.connect(errors.append)
    try:
        started = time.monotonic()
        with qtbot.waitSignal(player.finished, timeout=10000):
            player.play(clip, volume=0.5, rate=0.0)
            assert player.is_playing()
        took_ms = 1000 * (time.monotonic() - started)
        assert errors == []
        assert player.player.error() == QMediaPlayer.Error.NoError
        # The media backend read the real file: its length matches the WAV.
        assert player.player.duration() == pytest.approx(wav_duration_ms(clip), abs=60)
        # With or without a sound card, the clip runs for its own length.
        assert took_ms > 0.8 * wav_duration_ms(clip)
        assert not player.is_playing()
    finally:
        player.close()
        player.deleteLater()


@contextmanager
def _qt_clips_speaker(folder: Path) -> Iterator[tuple[ClipsSpeaker, MockSpeaker]]:
    """Clips from ``folder`` on Qt's real media player, a mock fallback; closed and deleted after."""
    fallback = MockSpeaker()
    speaker = ClipsSpeaker(folder, fallback)
    try:
        yield speaker, fallback
    finally:
        speaker.close()
        speaker.deleteLater()


BROKEN_MEDIA_WARNING = r"^Could not open media\. FFmpeg error description: Invalid data"


@media_warnings
@pytest.mark.qt_log_ignore(BROKEN_MEDIA_WARNING)
def test_broken_clip_falls_back_to_tts(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "ko").mkdir()
    (tmp_path / "ko" / "welcome.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really audio")
    with _qt_clips_speaker(tmp_path) as (speaker, fallback):
        speaker.say_message("welcome", "어서 오십시오.", "ko")
        qtbot.waitUntil(lambda: len(fallback.utterances) == 1, timeout=10000)
        assert fallback.spoken_texts == ["어서 오십시오."]
        qtbot.waitUntil(lambda: not speaker.is_speaking(), timeout=2000)


@media_warnings
def test_clips_speaker_with_qt_player_plays_prompt_then_number(
    qtbot: QtBot, clips_dir: Path
) -> None:
    with _qt_clips_speaker(clips_dir) as (speaker, fallback):
        speaker.say_message("welcome", "어서 오십시오.", "ko")
        speaker.say("A-012번", "ko", interrupt=False)
        qtbot.waitUntil(lambda: len(fallback.utterances) == 1, timeout=10000)
        assert fallback.spoken_texts == ["에이 십이번"]
        qtbot.waitUntil(lambda: not speaker.is_speaking(), timeout=2000)


# --- factory ---------------------------------------------------------------------------------


def test_factory_knows_all_four_backends(qtbot: QtBot) -> None:
    assert speech_registry().names() == ["clips", "espeak", "mock", "qt"]


def test_factory_builds_mock(qtbot: QtBot) -> None:
    speaker = create_speaker(SpeechConfig(backend="mock", volume=0.5))
    assert isinstance(speaker, MockSpeaker) and speaker.volume == 0.5


@needs_espeak
def test_factory_builds_espeak(qtbot: QtBot) -> None:
    speaker = create_speaker(SpeechConfig(backend="espeak", espeak_output="null"))
    try:
        assert isinstance(speaker, EspeakSpeaker)
    finally:
        speaker.close()


@needs_espeak
def test_factory_builds_qt_with_espeak_for_missing_languages(qtbot: QtBot) -> None:
    speaker = create_speaker(
        SpeechConfig(backend="qt", qt_engine="mock", espeak_output="null", volume=0.5)
    )
    assert isinstance(speaker, QtSpeaker)
    try:
        speaker.say("안녕하세요", "ko")  # no Korean in the mock engine: espeak-ng speaks
        assert speaker.engine.state() == QTextToSpeech.State.Ready
        assert speaker.is_speaking()
        qtbot.waitUntil(lambda: not speaker.is_speaking(), timeout=5000)
    finally:
        speaker.close()
        speaker.deleteLater()


def test_factory_rejects_unknown_qt_engine(qtbot: QtBot) -> None:
    with pytest.raises(BackendUnavailableError, match="no-such-engine"):
        create_speaker(SpeechConfig(backend="qt", qt_engine="no-such-engine"))


def test_factory_clips_needs_a_folder(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailableError, match="clips_dir"):
        create_speaker(SpeechConfig(backend="clips"))
    with pytest.raises(BackendUnavailableError, match="does not exist"):
        create_speaker(SpeechConfig(backend="clips", clips_dir=str(tmp_path / "nope")))


@media_warnings
@needs_espeak
def test_factory_builds_clips(qtbot: QtBot, clips_dir: Path) -> None:
    speaker = create_speaker(
        SpeechConfig(backend="clips", clips_dir=str(clips_dir), espeak_output="null")
    )
    assert isinstance(speaker, ClipsSpeaker)
    try:
        assert speaker.clip_for("welcome", "ko") == clips_dir / "ko" / "welcome.wav"
    finally:
        speaker.close()
        speaker.deleteLater()
