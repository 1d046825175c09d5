"""espeak-ng speech backend: the voice that is always there, offline, on every machine.

espeak-ng (Debian ``espeak-ng``) is robotic but has Korean, English,
Mandarin and Vietnamese voices, needs no network and can write WAV files.
Each utterance runs as its own ``espeak-ng`` process, started and waited for
on a worker thread, so ``say`` returns at once on the UI thread;
interrupting kills the running process.

Text is written to the process's stdin, never its command line: command
lines are visible to every user of the machine (``ps``) and utterances may
one day contain personal data.

Units (see ``kiosk.ports.speech``):

* rate -1..1 → words per minute ``175 * 2**rate`` (88 to 350; espeak-ng's
  own default is 175), clamped to espeak-ng's 80..450.
* volume 0..1 → amplitude ``-a round(100 * 10**(dB/20))`` with the shared
  dB curve: 100 at volume 1 (espeak-ng's default, loud but unclipped), 6 at
  the -24 dB floor, 0 (silent) at volume 0. espeak-ng's amplitude is close
  to linear in RMS over that span (measured: 100 → 6 is about 27 dB; the
  tests check at least 18 dB).

Outputs: ``"device"`` lets espeak-ng play on the sound card itself;
``"null"`` reads its audio from ``--stdout`` and discards it at the pace of
real playback (a silent sound card: for machines without audio, the demo
and tests, where ``is_speaking`` and interruption must still behave as on a
kiosk).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import struct
import subprocess
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from drivers.speech.settings import VoiceSettings
from kiosk.ports.speech import (
    rate_factor,
    volume_to_gain,
)
from kiosk.read_aloud import text_for_speech

log = logging.getLogger(__name__)

EXECUTABLE = "espeak-ng"

#: espeak-ng voice per kiosk language (espeak-ng calls Mandarin ``cmn``).
VOICES: dict[str, str] = {"ko": "ko", "en": "en-us", "zh": "cmn", "vi": "vi"}

NORMAL_WPM = 175
MIN_WPM = 80
MAX_WPM = 450
NORMAL_AMPLITUDE = 100

EspeakOutput = Literal["device", "null"]

#: How long an utterance on the sound card may take before espeak-ng counts as
#: hung: this much plus ``HANG_S_PER_CHAR`` per character at normal rate.
#: Measured speech is at most 0.33 s per character at normal rate (Mandarin),
#: so this allows about twice the real duration.
HANG_GRACE_S = 10.0
HANG_S_PER_CHAR = 0.7


class EspeakError(RuntimeError):
    """espeak-ng failed or is missing."""


def unavailable_reason(executable: str = EXECUTABLE) -> str | None:
    """None when espeak-ng can run; otherwise why not (for ``BackendInfo``)."""
    if shutil.which(executable) is None:
        return f"{executable} is not on PATH (install the Debian package espeak-ng)"
    return None


def words_per_minute(rate: float) -> int:
    """espeak-ng ``-s`` value for a kiosk rate -1..1."""
    return max(MIN_WPM, min(MAX_WPM, round(NORMAL_WPM * rate_factor(rate))))


def amplitude(volume: float) -> int:
    """espeak-ng ``-a`` value for a kiosk volume 0..1."""
    return round(NORMAL_AMPLITUDE * volume_to_gain(volume))


def playback_limit_s(text: str, rate: float) -> float:
    """The longest ``text`` may take to speak at ``rate`` before espeak-ng counts as hung."""
    slowdown = NORMAL_WPM / words_per_minute(rate)
    return HANG_GRACE_S + HANG_S_PER_CHAR * len(text) * slowdown


def voice_for(language: str) -> str:
    try:
        return VOICES[language]
    except KeyError:
        raise ValueError(
            f"unsupported speech language {language!r} (expected one of {', '.join(VOICES)})"
        ) from None


def command(
    language: str,
    *,
    rate: float,
    volume: float,
    wav_path: Path | None = None,
    to_stdout: bool = False,
    executable: str = EXECUTABLE,
) -> list[str]:
    """The espeak-ng command line (text comes on stdin, UTF-8)."""
    cmd = [
        executable,
        "-v",
        voice_for(language),
        "-s",
        str(words_per_minute(rate)),
        "-a",
        str(amplitude(volume)),
        "-b",
        "1",
        "--stdin",
    ]
    if wav_path is not None:
        cmd += ["-w", str(wav_path)]
    elif to_stdout:
        cmd.append("--stdout")
    return cmd


def render_wav(
    text: str,
    language: str,
    path: Path,
    *,
    rate: float = 0.0,
    volume: float = 1.0,
    executable: str = EXECUTABLE,
    timeout_s: float = 30.0,
) -> Path:
    """Speak ``text`` into the WAV file ``path``; blocks until written. Worker threads only.

    Numbers are read as in ``say`` (``kiosk.read_aloud.text_for_speech``). Raises
    ``EspeakError`` when espeak-ng is missing, fails or times out.
    """
    reason = unavailable_reason(executable)
    if reason is not None:
        raise EspeakError(reason)
    cmd = command(language, rate=rate, volume=volume, wav_path=path, executable=executable)
    try:
        done = subprocess.run(
            cmd,
            input=text_for_speech(text, language).encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise EspeakError(f"espeak-ng did not finish within {timeout_s} s") from None
    except OSError as exc:
        raise EspeakError(f"cannot run espeak-ng: {exc}") from None
    if done.returncode != 0 or not path.is_file() or path.stat().st_size <= 44:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise EspeakError(
            f"espeak-ng exited with {done.returncode}" + (f": {detail[0]}" if detail else "")
        )
    return path


@dataclass
class _Job:
    text: str
    language: str
    rate: float
    volume: float
    generation: int
    cancelled: threading.Event = field(default_factory=threading.Event)


_WAV_HEADER = 44


class EspeakSpeaker(VoiceSettings):
    """A ``kiosk.ports.speech.Speaker`` running espeak-ng processes.

    Any thread may call any method; ``say``, ``stop``, ``set_*`` and
    ``is_speaking`` never block (they queue work for, or signal, the worker
    thread and kill processes without waiting for them). ``close`` joins the
    worker (at most about a second).
    """

    def __init__(
        self,
        *,
        rate: float = 0.0,
        volume: float = 0.8,
        output: EspeakOutput = "device",
        executable: str = EXECUTABLE,
    ) -> None:
        if output not in ("device", "null"):
            raise ValueError(f'output must be "device" or "null", got {output!r}')
        self._output: EspeakOutput = output
        self._executable = executable
        super().__init__(rate, volume)
        self._queue: deque[_Job] = deque()
        self._active: _Job | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._closed = False
        self._last_error: str | None = None

    @property
    def name(self) -> str:
        return f"espeak ({self._output})"

    @property
    def last_error(self) -> str | None:
        """The last reason espeak-ng could not speak (e.g. no sound card), for technicians."""
        with self._cond:
            return self._last_error

    @property
    def process_id(self) -> int | None:
        """Pid of the espeak-ng process speaking now (diagnostics and tests)."""
        with self._cond:
            return self._process.pid if self._process is not None else None

    # -- Speaker protocol --------------------------------------------------------
    def say(self, text: str, language: str, *, interrupt: bool = True) -> None:
        voice_for(language)  # reject unknown languages on the caller's thread, not the worker's
        spoken = text_for_speech(text, language)
        with self._cond:
            if self._closed:
                raise RuntimeError("speaker is closed")
            victim = self._cancel_locked() if interrupt else None
            self._queue.append(
                _Job(spoken, language, self._rate, self._volume, generation=self._generation)
            )
            self._ensure_worker_locked()
            self._cond.notify_all()
        _kill(victim)
        log.debug("espeak say: language=%s chars=%d interrupt=%s", language, len(spoken), interrupt)

    def stop(self) -> None:
        with self._cond:
            victim = self._cancel_locked()
            self._cond.notify_all()
        _kill(victim)

    def is_speaking(self) -> bool:
        with self._cond:
            active = self._active is not None and self._active.generation == self._generation
            return active or bool(self._queue)

    def close(self) -> None:
        with self._cond:
            if self._closed:
                return
            self._closed = True
            victim = self._cancel_locked()
            thread = self._thread
            self._cond.notify_all()
        _kill(victim)
        if thread is not None:
            thread.join(timeout=2.0)

    # -- worker ------------------------------------------------------------------
    def _cancel_locked(self) -> subprocess.Popen[bytes] | None:
        """Drop the queue and mark the running job stale; return its process to kill."""
        self._generation += 1
        self._queue.clear()
        if self._active is not None:
            self._active.cancelled.set()
        return self._process

    def _ensure_worker_locked(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="espeak-speaker", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._closed or bool(self._queue))
                if self._closed:
                    return
                job = self._queue.popleft()
                self._active = job
            try:
                self._speak(job)
            except Exception:  # a broken utterance must not kill the voice for good
                log.exception("espeak-ng utterance failed (language=%s)", job.language)
            finally:
                with self._cond:
                    if self._active is job:
                        self._active = None
                    self._cond.notify_all()

    def _speak(self, job: _Job) -> None:
        cmd = command(
            job.language,
            rate=job.rate,
            volume=job.volume,
            to_stdout=self._output == "null",
            executable=self._executable,
        )
        try:
            process = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE if self._output == "null" else subprocess.DEVNULL,
                stderr=subprocess.PIPE if self._output == "device" else subprocess.DEVNULL,
            )
        except OSError as exc:
            self._note_error(f"cannot run espeak-ng: {exc}")
            return
        with self._cond:
            stale = job.generation != self._generation or self._closed
            if not stale:
                self._process = process
        try:
            if stale:
                _kill(process)
                process.wait()
                return
            if self._output == "device":
                self._play_on_device(process, job)
            else:
                self._play_null(process, job)
        finally:
            with self._cond:
                if self._process is process:
                    self._process = None

    def _play_on_device(self, process: subprocess.Popen[bytes], job: _Job) -> None:
        # communicate() writes stdin and drains stderr together, so neither pipe can fill up.
        # espeak-ng can block for good on a sound device another program holds;
        # without a limit is_speaking() would stay True and the lobby display
        # would never announce another call.
        limit = playback_limit_s(job.text, job.rate)
        try:
            _, err = process.communicate(job.text.encode("utf-8"), timeout=limit)
        except subprocess.TimeoutExpired:
            _kill(process)
            process.communicate()
            if not job.cancelled.is_set():
                self._note_error(
                    f"espeak-ng was still speaking after {limit:.0f} s and was stopped:"
                    " audio device busy or espeak-ng hung"
                )
            return
        except (BrokenPipeError, ValueError):
            process.wait()
            err = b""
        if job.cancelled.is_set():
            return
        # espeak-ng exits 0 even when the sound card cannot be opened; it says so on stderr.
        # The last error line is the summary ("error: No such file or directory").
        problems = [
            ln for ln in err.decode("utf-8", "replace").splitlines() if "error" in ln.lower()
        ]
        if process.returncode != 0 or problems:
            detail = problems[-1].strip() if problems else "no message"
            self._note_error(
                f"espeak-ng could not play audio (exit {process.returncode}): {detail}"
            )

    def _play_null(self, process: subprocess.Popen[bytes], job: _Job) -> None:
        assert process.stdin is not None and process.stdout is not None
        writer = threading.Thread(
            target=_write_and_close, args=(process.stdin, job.text), daemon=True
        )
        writer.start()
        try:
            fd = process.stdout.fileno()
            header = _read_exactly(fd, _WAV_HEADER)
            if len(header) == _WAV_HEADER and header[:4] == b"RIFF":
                channels, sample_rate = struct.unpack_from("<HI", header, 22)
                (bits,) = struct.unpack_from("<H", header, 34)
                byte_rate = max(1, sample_rate * channels * bits // 8)
                _discard_at_playback_pace(fd, byte_rate, job.cancelled)
        finally:
            if job.cancelled.is_set():
                _kill(process)
            process.stdout.close()
            process.wait()
            writer.join(timeout=1.0)

    def _note_error(self, message: str) -> None:
        with self._cond:
            first = self._last_error != message
            self._last_error = message
        if first:
            log.warning("%s", message)


def _kill(process: subprocess.Popen[bytes] | None) -> None:
    if process is None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.kill()


def _write_and_close(stream: IO[bytes], text: str) -> None:
    try:
        stream.write(text.encode("utf-8"))
        stream.close()
    except (BrokenPipeError, OSError, ValueError):
        pass  # the process was killed (interrupted): nothing left to tell it


def _read_exactly(fd: int, size: int) -> bytes:
    # Raw os.read, not the buffered file: the pacing loop below reads the same descriptor.
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _discard_at_playback_pace(fd: int, byte_rate: int, cancelled: threading.Event) -> None:
    """Read audio and drop it no faster than a sound card would play it."""
    chunk_size = max(2, byte_rate // 20)  # 50 ms of audio
    started = time.monotonic()
    consumed = 0
    while not cancelled.is_set():
        chunk = os.read(fd, chunk_size)
        if not chunk:
            return
        consumed += len(chunk)
        ahead = started + consumed / byte_rate - time.monotonic()
        if ahead > 0 and cancelled.wait(ahead):
            return
