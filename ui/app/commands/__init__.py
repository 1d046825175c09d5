"""Subcommands of the ``kiosk`` console script, one module per group."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="kiosk config (TOML); default: the embedded demo center",
    )


def no_display_reason() -> str | None:
    """Why a window cannot be shown here, or None when it can.

    Without a display Qt's default platform aborts the process (SIGABRT,
    with a message about libxcb-cursor0 that sends people the wrong way);
    the window commands ask this first and exit 2 with one clear line.
    """
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None  # a platform was chosen on purpose (offscreen, eglfs, ...)
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display (DISPLAY and WAYLAND_DISPLAY are unset): start it in the kiosk's "
        "graphical session, or try `kiosk demo --out DIR`, which needs none"
    )


def refuse_without_display(command: str) -> int | None:
    """Exit code 2 after saying why, when ``command`` cannot show its window here."""
    reason = no_display_reason()
    if reason is None:
        return None
    print(f"kiosk {command}: {reason}", file=sys.stderr)
    return 2
