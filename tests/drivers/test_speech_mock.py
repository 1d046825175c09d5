"""The speech Protocol's units, the mock speaker and the Qt-free speech registry."""

from __future__ import annotations

import math
import threading
from pathlib import Path

import pytest

from drivers.registry import BackendUnavailableError, UnknownBackendError
from drivers.speech import EspeakSpeaker, MockSpeaker, qt_free_registry
from kiosk.config import SpeechConfig
from kiosk.ports.speech import (
    VOLUME_FLOOR_DB,
    MessageSpeaker,
    Speaker,
    clamp_rate,
    clamp_volume,
    rate_factor,
    say_message,
    volume_to_db,
    volume_to_gain,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# --- shared units ---------------------------------------------------------------------


def test_volume_curve_spans_more_than_18_db() -> None:
    assert volume_to_db(1.0) == 0.0
    assert volume_to_db(0.0) == -math.inf
    assert volume_to_gain(0.0) == 0.0
    assert volume_to_gain(1.0) == 1.0
    quietest = volume_to_db(1e-9)
    assert quietest == pytest.approx(VOLUME_FLOOR_DB)
    assert volume_to_db(1.0) - quietest >= 18.0
    assert volume_to_db(0.5) == pytest.approx(-12.0)
    assert volume_to_gain(0.5) == pytest.approx(10 ** (-12 / 20))
    steps = [volume_to_db(v / 10) for v in range(1, 11)]
    assert steps == sorted(steps)


def test_rate_factor_halves_and_doubles() -> None:
    assert rate_factor(-1.0) == 0.5
    assert rate_factor(0.0) == 1.0
    assert rate_factor(1.0) == 2.0
    assert rate_factor(5.0) == 2.0


def test_clamps_treat_nan_safely() -> None:
    assert clamp_rate(math.nan) == 0.0
    assert clamp_volume(math.nan) == 0.0
    assert clamp_volume(3.0) == 1.0
    assert clamp_volume(-1.0) == 0.0


# --- mock speaker --------------------------------------------------------------------------


def test_mock_is_a_message_speaker() -> None:
    speaker = MockSpeaker()
    assert isinstance(speaker, Speaker)
    assert isinstance(speaker, MessageSpeaker)


def test_mock_records_what_a_resident_would_hear() -> None:
    speaker = MockSpeaker(rate=0.25, volume=0.5)
    speaker.say("A-012번 고객님, 2번 창구로 오십시오.", "ko")
    speaker.set_rate(-0.5)
    speaker.set_volume(1.0)
    speaker.say("Number A-012, please come to counter 2.", "en", interrupt=False)
    first, second = speaker.utterances
    assert first.text == "A-012번 고객님, 2번 창구로 오십시오."
    assert first.spoken == "에이 십이번 고객님, 이번 창구로 오십시오."
    assert (first.language, first.rate, first.volume) == ("ko", 0.25, 0.5)
    assert first.interrupt and first.message_id is None
    assert second.spoken == "Number A12, please come to counter 2."
    assert (second.language, second.rate, second.volume) == ("en", -0.5, 1.0)
    assert not second.interrupt
    assert speaker.spoken_texts == [first.spoken, second.spoken]


def test_mock_without_duration_is_never_busy() -> None:
    speaker = MockSpeaker()
    speaker.say("안내를 시작합니다.", "ko")
    assert not speaker.is_speaking()
    speaker.say("다시", "ko")
    assert not speaker.utterances[-1].interrupted_other


def test_mock_simulated_duration_interrupt_and_queue() -> None:
    clock = FakeClock()
    speaker = MockSpeaker(seconds_per_char=0.1, clock=clock)
    speaker.say("가나다라마바사아자차", "ko")  # 10 chars: 1 s
    assert speaker.is_speaking()
    clock.now += 0.5
    speaker.say("하나", "ko", interrupt=False)  # queued after the first
    queued = speaker.utterances[-1]
    assert not queued.interrupted_other
    assert queued.starts_at == pytest.approx(101.0)
    assert queued.duration_s == pytest.approx(0.2)
    clock.now += 0.6
    assert speaker.is_speaking()  # inside the queued one
    speaker.say("다음 화면", "ko")  # interrupts
    assert speaker.utterances[-1].interrupted_other
    assert speaker.utterances[-1].starts_at == pytest.approx(clock.now)
    clock.now += 10
    assert not speaker.is_speaking()
    speaker.say("끝", "ko")
    assert not speaker.utterances[-1].interrupted_other


def test_mock_rate_scales_duration() -> None:
    clock = FakeClock()
    speaker = MockSpeaker(seconds_per_char=0.1, clock=clock, rate=1.0)
    speaker.say("가나다라", "ko")
    speaker.set_rate(-1.0)
    speaker.say("가나다라", "ko")
    fast, slow = speaker.utterances
    assert fast.duration_s == pytest.approx(0.2)
    assert slow.duration_s == pytest.approx(0.8)


def test_mock_stop_counts_only_real_interruptions() -> None:
    clock = FakeClock()
    speaker = MockSpeaker(seconds_per_char=0.1, clock=clock)
    speaker.stop()
    assert speaker.stops == 0
    speaker.say("가나다라마바사", "ko")
    speaker.stop()
    assert speaker.stops == 1
    assert not speaker.is_speaking()


def test_mock_say_message_records_the_prompt_id() -> None:
    speaker = MockSpeaker()
    speaker.say_message("touch_to_start", "화면을 눌러 주세요.", "ko")
    (utterance,) = speaker.utterances
    assert utterance.message_id == "touch_to_start"
    assert utterance.spoken == "화면을 눌러 주세요."


def test_say_message_helper_falls_back_to_plain_say() -> None:
    mock = MockSpeaker()
    say_message(mock, "welcome", "어서 오십시오.", "ko", interrupt=False)
    assert mock.utterances[0].message_id == "welcome"
    assert not mock.utterances[0].interrupt

    class PlainSpeaker:
        def __init__(self) -> None:
            self.said: list[tuple[str, str, bool]] = []

        def say(self, text: str, language: str, *, interrupt: bool = True) -> None:
            self.said.append((text, language, interrupt))

        def stop(self) -> None: ...
        def set_rate(self, rate: float) -> None: ...
        def set_volume(self, volume: float) -> None: ...
        def is_speaking(self) -> bool:
            return False

        def close(self) -> None: ...

    plain = PlainSpeaker()
    assert isinstance(plain, Speaker) and not isinstance(plain, MessageSpeaker)
    say_message(plain, "welcome", "어서 오십시오.", "ko", interrupt=False)
    assert plain.said == [("어서 오십시오.", "ko", False)]


def test_mock_rejects_unknown_languages_and_use_after_close() -> None:
    speaker = MockSpeaker()
    with pytest.raises(ValueError):
        speaker.say("bonjour", "fr")
    speaker.close()
    assert speaker.closed
    with pytest.raises(RuntimeError):
        speaker.say("안녕", "ko")


def test_mock_is_thread_safe() -> None:
    speaker = MockSpeaker(seconds_per_char=0.001)
    start = threading.Barrier(8)

    def talk(worker: int) -> None:
        start.wait()
        for i in range(50):
            speaker.say(f"{worker}번 작업 {i}번째", "ko", interrupt=i % 2 == 0)
            speaker.set_volume(i / 50)
            speaker.is_speaking()

    threads = [threading.Thread(target=talk, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    assert speaker.wait_for_utterances(400, timeout_s=10)
    for thread in threads:
        thread.join()
    assert len(speaker.utterances) == 400
    assert all("0" not in u.spoken for u in speaker.utterances)


# --- registry --------------------------------------------------------------------------------


def test_registry_lists_the_qt_free_backends() -> None:
    registry = qt_free_registry()
    assert registry.names() == ["espeak", "mock"]
    assert registry.info("mock").unavailable_reason() is None


def test_create_mock_speaker_applies_config() -> None:
    config = SpeechConfig(backend="mock", rate=-0.5, volume=0.3)
    speaker = qt_free_registry().create("mock", config)
    assert isinstance(speaker, MockSpeaker)
    speaker.say("안녕하세요", "ko")
    assert (speaker.rate, speaker.volume) == (-0.5, 0.3)
    assert speaker.utterances[0].volume == 0.3


def test_create_espeak_speaker_from_config() -> None:
    if qt_free_registry().info("espeak").unavailable_reason() is not None:
        pytest.skip("espeak-ng is not installed")
    speaker = qt_free_registry().create(
        "espeak", SpeechConfig(backend="espeak", espeak_output="null")
    )
    try:
        assert isinstance(speaker, EspeakSpeaker)
        assert speaker.name == "espeak (null)"
    finally:
        speaker.close()


@pytest.mark.parametrize("backend", ["qt", "clips"])
def test_the_qt_backends_are_not_drivers(backend: str) -> None:
    # ui.common.speech adds them (tests/ui/test_speech_qt.py).
    with pytest.raises(UnknownBackendError):
        qt_free_registry().info(backend)


def test_espeak_unavailable_without_the_program(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    reason = qt_free_registry().info("espeak").unavailable_reason()
    assert reason is not None and "espeak-ng is not on PATH" in reason
    with pytest.raises(BackendUnavailableError, match="espeak-ng is not on PATH"):
        qt_free_registry().create("espeak", SpeechConfig(backend="espeak"))
