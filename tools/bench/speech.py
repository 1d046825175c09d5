"""Speech latency figures for the team's benchmark (``kiosk bench``).

How long a resident waits between a key press and hearing a Korean prompt
is dominated by espeak-ng's start-up and synthesis; these numbers say
whether pre-rendering prompts (the ``clips`` backend) is worth it.
Run alone: ``python -m tools.bench.speech``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from drivers.speech import espeak
from kiosk.read_aloud import text_for_speech

#: A short, typical prompt (no personal data).
PROMPT = "에이 12번 고객님, 2번 창구로 오십시오."
RUNS = 5


def _ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def _first_audio_ms(text: str) -> float:
    """Time until espeak-ng's first audio sample after the WAV header arrives on ``--stdout``."""
    cmd = espeak.command("ko", rate=0.0, volume=1.0, to_stdout=True)
    start = time.perf_counter()
    with subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(text.encode("utf-8"))
        process.stdin.close()
        fd = process.stdout.fileno()
        received = 0
        while received <= 44:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            received += len(chunk)
        elapsed = _ms_since(start)
        process.kill()
    return elapsed


def measure() -> dict[str, float]:
    """Median (p50) timings over five runs, in milliseconds; empty when espeak-ng is missing."""
    if espeak.unavailable_reason() is not None:
        return {}
    render: list[float] = []
    first: list[float] = []
    spoken = text_for_speech(PROMPT, "ko")
    with tempfile.TemporaryDirectory(prefix="kiosk-speech-bench-") as tmp:
        for i in range(RUNS):
            path = Path(tmp) / f"prompt{i}.wav"
            start = time.perf_counter()
            espeak.render_wav(PROMPT, "ko", path)
            render.append(_ms_since(start))
            first.append(_first_audio_ms(spoken))
    return {
        "espeak_first_audio_ms_p50": statistics.median(render),
        "espeak_stream_first_bytes_ms_p50": statistics.median(first),
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=2))
