"""Subcommands of the ``kiosk`` console script, one module per group."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="kiosk config (TOML); default: the embedded demo center",
    )
