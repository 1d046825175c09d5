"""The ``kiosk`` console script run as a real process, for end-to-end tests and fault cases."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kiosk(
    *args: str,
    cwd: Path | None = None,
    timeout: float = 120,
    input: str | None = None,
    display: bool = True,
) -> subprocess.CompletedProcess[str]:
    """``kiosk ARGS`` on the offscreen platform, from ``cwd`` (the checkout by default).

    ``display=False`` runs it as on a machine with no screen at all: no
    offscreen platform, no ``DISPLAY`` or ``WAYLAND_DISPLAY``.
    Raises ``subprocess.TimeoutExpired`` when it runs longer than ``timeout``.
    """
    # A crash (a segfault in Qt) then leaves its Python stack on stderr.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    if not display:
        for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
            env.pop(name, None)
    # The command is not a test: under pytest it would leave Qt's warnings to pytest-qt.
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run(
        [sys.executable, "-m", "ui.app.cli", *args],
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or ROOT,
        env=env,
        check=False,
    )
