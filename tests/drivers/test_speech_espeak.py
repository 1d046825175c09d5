"""espeak-ng backend: real audio rendered by espeak-ng and measured.

These tests need the Debian package espeak-ng (``make sysdeps`` installs
it) but no sound card: audio goes to WAV files, or through the "null"
output, which discards it at real playback pace.
"""

from __future__ import annotations

import array
import logging
import math
import os
import re
import shutil
import subprocess
import sys
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from drivers.registry import BackendUnavailableError
from drivers.speech import espeak
from drivers.speech.espeak import EspeakError, EspeakSpeaker, render_wav
from kiosk.ports.speech import Speaker
from kiosk.read_aloud import call_announcement, text_for_speech
from tools.bench import speech as bench

pytestmark = pytest.mark.skipif(
    espeak.unavailable_reason() is not None, reason="espeak-ng is not installed"
)

ANNOUNCEMENT = "A-012번 고객님, 2번 창구로 오십시오."
LONG_TEXT = "민원 서류 발급을 도와드리겠습니다. 원하시는 서류를 고르십시오. " * 40


def wav_stats(path: Path) -> tuple[float, float, float]:
    """(duration in seconds, RMS in dBFS, peak 0..1) of a 16-bit mono WAV."""
    with wave.open(str(path), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        frames = wav.readframes(wav.getnframes())
        duration = wav.getnframes() / wav.getframerate()
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return duration, -math.inf, 0.0
    mean_square = sum(s * s for s in samples) / len(samples)
    rms = math.sqrt(mean_square) / 32768
    peak = max(abs(s) for s in samples) / 32768
    return duration, (20 * math.log10(rms) if rms > 0 else -math.inf), peak


def sox_rms_db(path: Path) -> float:
    """RMS amplitude as sox measures it (an independent check of ``wav_stats``)."""
    done = subprocess.run(
        ["sox", str(path), "-n", "stat"], capture_output=True, text=True, check=True
    )
    match = re.search(r"RMS\s+amplitude:\s+([0-9.]+)", done.stderr)
    assert match, done.stderr
    value = float(match.group(1))
    return 20 * math.log10(value) if value > 0 else -math.inf


def wait_until(condition: Callable[[], bool], timeout_s: float) -> float:
    """Poll ``condition()`` until true; return the seconds it took (fails on timeout)."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout_s:
            pytest.fail(f"condition not met within {timeout_s} s")
        time.sleep(0.005)
    return time.monotonic() - start


def process_gone(pid: int) -> bool:
    """True once ``pid`` has exited (reaped, or a zombie waiting to be)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(")")[-1].split()[0] == "Z"
    except OSError:  # FileNotFoundError, or ESRCH when it vanishes mid-read
        return True


def saying_long_text(speaker: EspeakSpeaker) -> None:
    """Start ``LONG_TEXT`` in Korean and wait until its espeak-ng process runs."""
    speaker.say(LONG_TEXT, "ko")
    wait_until(lambda: speaker.process_id is not None, timeout_s=2)


# --- mapping -------------------------------------------------------------------------


def test_rate_maps_to_words_per_minute() -> None:
    assert espeak.words_per_minute(0.0) == 175
    assert espeak.words_per_minute(-1.0) == 88
    assert espeak.words_per_minute(1.0) == 350
    assert espeak.words_per_minute(-5.0) == 88


def test_volume_maps_to_amplitude_on_the_db_curve() -> None:
    assert espeak.amplitude(1.0) == 100
    assert espeak.amplitude(0.5) == 25  # -12 dB
    assert espeak.amplitude(0.01) == 6  # just above the -24 dB floor
    assert espeak.amplitude(0.0) == 0


def test_voices_per_language() -> None:
    assert espeak.VOICES == {"ko": "ko", "en": "en-us", "zh": "cmn", "vi": "vi"}
    with pytest.raises(ValueError):
        espeak.voice_for("fr")


def test_the_text_never_goes_on_the_command_line() -> None:
    cmd = espeak.command("ko", rate=0.0, volume=1.0, to_stdout=True)
    assert "--stdin" in cmd and "--stdout" in cmd
    assert cmd[:3] == ["espeak-ng", "-v", "ko"]


# --- real audio --------------------------------------------------------------------------


def test_render_korean_announcement_has_plausible_audio(tmp_path: Path) -> None:
    path = render_wav(ANNOUNCEMENT, "ko", tmp_path / "call.wav")
    duration, rms_db, peak = wav_stats(path)
    # About 22 syllables: a few seconds at normal speed.
    assert 2.0 < duration < 8.0
    assert rms_db > -35.0
    assert peak > 0.2
    assert abs(sox_rms_db(path) - rms_db) < 0.5


def test_korean_text_is_really_pronounced(tmp_path: Path) -> None:
    short = wav_stats(render_wav("하나", "ko", tmp_path / "short.wav"))[0]
    longer = wav_stats(
        render_wav("하나 둘 셋 넷 다섯 여섯 일곱 여덟", "ko", tmp_path / "long.wav")
    )[0]
    assert longer > 2.5 * short


def test_digits_are_read_as_korean_numerals(tmp_path: Path) -> None:
    digits = render_wav("A-012번", "ko", tmp_path / "digits.wav")
    words = render_wav("에이 십이번", "ko", tmp_path / "words.wav")
    with wave.open(str(digits), "rb") as a, wave.open(str(words), "rb") as b:
        assert a.readframes(a.getnframes()) == b.readframes(b.getnframes())


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_every_language_renders_its_announcement(tmp_path: Path, language: str) -> None:
    text = call_announcement("A-012", 2, language)
    duration, rms_db, _ = wav_stats(render_wav(text, language, tmp_path / f"{language}.wav"))
    assert 1.0 < duration < 8.0
    assert rms_db > -35.0


def test_english_reads_the_ticket_letter_as_a_letter() -> None:
    """ "Number A 12" was read "number uh twelve": the letter as the article."""
    text = call_announcement("A-012", 2, "en")
    phonemes = subprocess.run(
        ["espeak-ng", "-v", espeak.VOICES["en"], "-q", "-x", text],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "eI tw'Elv" in phonemes and "a# tw'Elv" not in phonemes


def test_volume_range_is_at_least_18_db(tmp_path: Path) -> None:
    levels = {}
    for volume in (0.01, 0.25, 0.5, 0.75, 1.0):
        path = render_wav(ANNOUNCEMENT, "ko", tmp_path / f"v{volume}.wav", volume=volume)
        levels[volume] = wav_stats(path)[1]
    ordered = [levels[v] for v in sorted(levels)]
    assert ordered == sorted(ordered) and len(set(ordered)) == len(ordered)
    assert levels[1.0] - levels[0.01] >= 18.0
    # dB-linear curve: half volume is about 12 dB down.
    assert 9.0 <= levels[1.0] - levels[0.5] <= 15.0
    quiet = render_wav(ANNOUNCEMENT, "ko", tmp_path / "quiet.wav", volume=0.01)
    loud = render_wav(ANNOUNCEMENT, "ko", tmp_path / "loud.wav", volume=1.0)
    assert sox_rms_db(loud) - sox_rms_db(quiet) >= 18.0


def test_volume_zero_is_silent(tmp_path: Path) -> None:
    _, rms_db, peak = wav_stats(render_wav(ANNOUNCEMENT, "ko", tmp_path / "mute.wav", volume=0.0))
    assert peak == 0.0 and rms_db == -math.inf


def test_rate_changes_duration(tmp_path: Path) -> None:
    durations = {
        rate: wav_stats(render_wav(ANNOUNCEMENT, "ko", tmp_path / f"r{rate}.wav", rate=rate))[0]
        for rate in (-1.0, 0.0, 1.0)
    }
    assert durations[-1.0] > durations[0.0] > durations[1.0]
    assert 1.4 < durations[-1.0] / durations[0.0] < 2.6


def test_render_wav_reports_failures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EspeakError, match="exited"):
        render_wav("안녕", "ko", tmp_path / "missing-dir" / "x.wav")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EspeakError, match="not on PATH"):
        render_wav("안녕", "ko", tmp_path / "x.wav")


# --- the speaker ---------------------------------------------------------------------------


@pytest.fixture
def speaker() -> Iterator[EspeakSpeaker]:
    spk = EspeakSpeaker(output="null")
    yield spk
    spk.close()


def test_speaker_satisfies_the_protocol(speaker: EspeakSpeaker) -> None:
    assert isinstance(speaker, Speaker)


def test_say_returns_at_once_and_speaks_for_the_audio_length(
    speaker: EspeakSpeaker, tmp_path: Path
) -> None:
    expected = wav_stats(
        render_wav("안녕하세요. 어서 오십시오.", "ko", tmp_path / "a.wav", volume=0.8)
    )[0]
    start = time.monotonic()
    speaker.say("안녕하세요. 어서 오십시오.", "ko")
    assert time.monotonic() - start < 0.05
    assert speaker.is_speaking()
    took = wait_until(lambda: not speaker.is_speaking(), timeout_s=expected + 3)
    assert expected - 0.3 < took < expected + 1.0


def test_the_text_is_not_visible_in_the_process_list(speaker: EspeakSpeaker) -> None:
    args = ""
    # A process that has already exited shows an empty command line; on a loaded
    # machine (a CI run once) the look can come that late, so say it again.
    for _ in range(3):
        saying_long_text(speaker)
        pid = speaker.process_id
        assert pid is not None
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                args = cmdline.read().decode("utf-8", "replace")
        except OSError:
            args = ""
        if args:
            break
    assert "민원" not in args and "--stdin" in args


def test_stop_ends_a_long_utterance_within_200_ms(speaker: EspeakSpeaker) -> None:
    saying_long_text(speaker)
    time.sleep(0.3)
    pid = speaker.process_id
    assert pid is not None and speaker.is_speaking()
    start = time.monotonic()
    speaker.stop()
    assert not speaker.is_speaking()
    wait_until(lambda: process_gone(pid), timeout_s=0.2)
    assert time.monotonic() - start < 0.2


def test_interrupting_kills_the_old_utterance_and_speaks_the_new(speaker: EspeakSpeaker) -> None:
    saying_long_text(speaker)
    old = speaker.process_id
    assert old is not None
    start = time.monotonic()
    speaker.say("다음 화면입니다.", "ko")  # interrupt=True
    wait_until(lambda: process_gone(old), timeout_s=0.2)
    assert time.monotonic() - start < 0.2
    wait_until(lambda: speaker.process_id not in (None, old), timeout_s=1)
    assert speaker.is_speaking()
    wait_until(lambda: not speaker.is_speaking(), timeout_s=5)


def test_queued_utterances_play_one_after_another(speaker: EspeakSpeaker) -> None:
    speaker.say("첫째", "ko")
    speaker.say("둘째", "ko", interrupt=False)
    speaker.say("셋째", "ko", interrupt=False)
    seen: list[int] = []
    deadline = time.monotonic() + 8
    while speaker.is_speaking() and time.monotonic() < deadline:
        pid = speaker.process_id
        if pid is not None and (not seen or seen[-1] != pid):
            assert pid not in seen
            seen.append(pid)
        time.sleep(0.005)
    assert not speaker.is_speaking()
    assert len(seen) == 3


def test_close_ends_speech_and_refuses_more() -> None:
    spk = EspeakSpeaker(output="null")
    spk.say(LONG_TEXT, "ko")
    wait_until(lambda: spk.process_id is not None, timeout_s=2)
    pid = spk.process_id
    assert pid is not None
    spk.close()
    assert process_gone(pid)
    assert not spk.is_speaking()
    with pytest.raises(RuntimeError):
        spk.say("안녕", "ko")
    spk.close()  # twice is fine


def test_unknown_language_is_rejected_on_the_callers_thread(speaker: EspeakSpeaker) -> None:
    with pytest.raises(ValueError):
        speaker.say("bonjour", "fr")
    assert not speaker.is_speaking()


@pytest.mark.skipif(os.path.exists("/dev/snd"), reason="this machine has a sound card")
def test_device_output_without_a_sound_card_says_why(caplog: pytest.LogCaptureFixture) -> None:
    spk = EspeakSpeaker(output="device")
    try:
        with caplog.at_level(logging.WARNING, logger="drivers.speech.espeak"):
            spk.say("안녕하세요", "ko")
            wait_until(lambda: not spk.is_speaking(), timeout_s=5)
        assert spk.last_error is not None
        assert "could not play audio" in spk.last_error
        assert any("could not play audio" in r.getMessage() for r in caplog.records)
        # Utterance text is never logged.
        assert not any("안녕" in r.getMessage() for r in caplog.records)
    finally:
        spk.close()


FAKE_ESPEAK = """#!/bin/sh
# Hangs like espeak-ng on a sound device another program holds, while the
# file "hang" exists; otherwise "speaks" by writing its stdin to spoken.txt.
if [ -e "{dir}/hang" ]; then exec sleep 600; fi
cat >> "{dir}/spoken.txt"
"""


def test_a_hung_espeak_is_stopped_and_the_next_call_is_spoken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "espeak-ng"
    fake.write_text(FAKE_ESPEAK.format(dir=tmp_path), encoding="utf-8")
    fake.chmod(0o755)
    (tmp_path / "hang").touch()
    spoken = tmp_path / "spoken.txt"
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(espeak, "HANG_GRACE_S", 1.0, raising=False)
    monkeypatch.setattr(espeak, "HANG_S_PER_CHAR", 0.0, raising=False)
    spk = EspeakSpeaker(output="device")
    try:
        spk.say(ANNOUNCEMENT, "ko")
        wait_until(lambda: spk.process_id is not None, timeout_s=2)
        took = wait_until(lambda: not spk.is_speaking(), timeout_s=4)
        assert took > 0.5  # given its time first
        assert spk.last_error is not None
        assert "audio device busy or espeak-ng hung" in spk.last_error
        (tmp_path / "hang").unlink()
        spk.say("2번 창구로 오십시오", "ko")
        wait_until(lambda: not spk.is_speaking(), timeout_s=4)
        assert "창구로" in spoken.read_text(encoding="utf-8")
    finally:
        spk.close()


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_the_hang_limit_leaves_room_for_slow_speech(tmp_path: Path, language: str) -> None:
    text = call_announcement("A-012", 2, language) * 3
    duration, _, _ = wav_stats(render_wav(text, language, tmp_path / "slow.wav", rate=-1.0))
    limit = espeak.playback_limit_s(text_for_speech(text, language), -1.0)
    assert duration * 1.5 < limit


def test_missing_program_makes_the_backend_unavailable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from drivers.speech import qt_free_registry
    from kiosk.config import SpeechConfig

    monkeypatch.setenv("PATH", str(tmp_path))
    assert espeak.unavailable_reason() == (
        "espeak-ng is not on PATH (install the Debian package espeak-ng)"
    )
    with pytest.raises(BackendUnavailableError):
        qt_free_registry().create("espeak", SpeechConfig(backend="espeak"))


# --- bench ----------------------------------------------------------------------------------


def test_bench_measures_espeak_latency() -> None:
    figures = bench.measure()
    assert set(figures) == {"espeak_first_audio_ms_p50", "espeak_stream_first_bytes_ms_p50"}
    assert all(0 < value < 5000 for value in figures.values())


def test_sox_is_available_for_these_tests() -> None:
    assert shutil.which("sox"), "sox is needed to cross-check audio levels (Debian package sox)"
