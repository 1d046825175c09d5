"""``kiosk demo --out DIR``: a scripted, headless walk through every screen.

Writes ``DIR/screens/NN-name.png`` for each screen, ``DIR/printouts/NN-name.png``
and ``.bin`` (the bytes sent to the printer, for the configured profile) for
each print job, and ``DIR/journal.jsonl``, with the kiosk's data in ``DIR/data``.
DIR must be new, empty or a previous demo's output, which is replaced; any
other folder is refused. The clock is fixed so the output is the same on
every run. The script itself is ``ui.demo.script``.
"""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime
from pathlib import Path

from ui.app.commands import Progress, add_command, add_scratch_options, prepare_out

#: What a demo writes in its folder: a folder holding only these, the journal
#: among them, is a previous demo's output, which a new run replaces.
WRITTEN = frozenset({"journal.jsonl", "screens", "printouts", "data"})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        sub, "demo", "walk a scripted journey headless; write screenshots", run_demo
    )
    add_scratch_options(
        parser,
        "folder for screens/, printouts/, data/ and journal.jsonl: a new or empty folder, "
        "or a previous demo's, whose output is replaced (any other folder is refused)",
    )
    parser.add_argument(
        "--printer-profile",
        choices=("native", "raster"),
        default=None,
        help="Korean text mode for the printout bytes (default: the config's)",
    )


def run_demo(args: argparse.Namespace) -> int:
    out: Path = args.out
    refused = prepare_out(
        args, WRITTEN, sign="journal.jsonl", replaced=("data", "screens", "printouts")
    )
    if refused is not None:
        return refused
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.clock import FakeClock
    from kiosk.config import load_config
    from ui.app.compose import build_kiosk
    from ui.common.application import ensure_app
    from ui.demo.script import SCREENS, run_journeys

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
    data_dir = out / "data"
    ensure_app()
    clock = FakeClock(datetime(2026, 11, 23, 0, 30, tzinfo=UTC))  # Monday 09:30 in Seoul
    with open(out / "journal.jsonl", "w", encoding="utf-8") as journal:
        kiosk = build_kiosk(
            config, data_dir=data_dir, clock=clock, journal_stream=journal, kiosk_mode=True
        )
        kiosk.window.show()
        kiosk.start()
        try:
            progress = Progress(SCREENS)
            runner = run_journeys(kiosk, out, data_dir, progress.step)
        finally:
            kiosk.shutdown()
            progress.finish()
    print(f"demo: {runner.shot} screens, {runner.printed} printouts in {out}")
    return 0
