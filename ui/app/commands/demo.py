"""``kiosk demo --out DIR``: a scripted, headless walk through every screen.

Writes ``DIR/screens/NN-name.png`` for each screen, ``DIR/printouts/NN-name.png``
and ``.bin`` (the bytes sent to the printer, for the configured profile) for
each print job, and ``DIR/journal.jsonl``. The clock is fixed so the output
is the same on every run. The script itself is ``ui.demo.script``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ui.app.commands import add_config_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("demo", help="walk a scripted journey headless; write screenshots")
    add_config_option(parser)
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument(
        "--printer-profile",
        choices=("native", "raster"),
        default=None,
        help="Korean text mode for the printout bytes (default: the config's)",
    )
    parser.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.config import load_config
    from ui.app.compose import ensure_app
    from ui.demo.script import run_script

    config = load_config(args.config)
    profile = config.devices.printer.profile
    if args.printer_profile:
        profile = profile.model_copy(update={"korean_mode": args.printer_profile})
    # The demo always prints to the mock printer, slowed a little so the
    # "printing" screen can be photographed.
    printer_cfg = config.devices.printer.model_copy(
        update={
            "backend": "mock",
            "profile": profile,
            "mock": config.devices.printer.mock.model_copy(update={"delay_ms": 400}),
        }
    )
    config = config.model_copy(
        update={"devices": config.devices.model_copy(update={"printer": printer_cfg})}
    )
    out: Path = args.out
    ensure_app()
    runner = run_script(config, out)
    print(f"demo: {runner.shot} screens, {runner.printed} printouts in {out}")
    return 0
