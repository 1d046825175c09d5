"""``kiosk audit-a11y --out DIR``: measure every screen against docs/accessibility.md.

Writes ``DIR/report.md`` (screen x theme x language x check), ``DIR/report.json``
and a thumbnail of each combination under ``DIR/screens``; exits 1 when any
check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from kiosk.i18n import LANGUAGES
from ui.app.commands import Progress, add_command, add_scratch_options, prepare_out

#: The looks ``--theme`` takes: ``tools.a11y.audit.VARIANTS`` and the lobby
#: board (``tools.a11y.display.LOOK``), named here so that a wrong one is
#: refused before the audit starts, without importing Qt to build the parser.
THEMES = ("standard", "high_contrast", "large_text", "low_screen", "board")

#: What the audit writes in its folder, and replaces on the next run.
WRITTEN = frozenset({"report.md", "report.json", "screens"})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(sub, "audit-a11y", "measure every screen's accessibility", run)
    add_scratch_options(
        parser,
        "folder for report.md, report.json and screens/: a new or empty folder, or a "
        "previous audit's, whose output is replaced (any other folder is refused)",
    )
    parser.add_argument(
        "--language",
        action="append",
        choices=LANGUAGES,
        default=None,
        help=f"only this language (repeatable: {', '.join(LANGUAGES)})",
    )
    parser.add_argument(
        "--theme",
        action="append",
        choices=THEMES,
        default=None,
        help="only this look (repeatable: standard, high_contrast, large_text, low_screen;"
        " board: the lobby display, in Korean)",
    )


def run(args: argparse.Namespace) -> int:
    refused = prepare_out(args, WRITTEN, sign="screens", replaced=("screens",))
    if refused is not None:
        return refused
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.config import load_config
    from tools.a11y.audit import (
        VARIANTS,
        audit_journeys,
        audit_moments,
        audit_typed_mrz,
        build_audit_kiosk,
        run_audit,
    )
    from tools.a11y.display import LOOK as BOARD
    from tools.a11y.display import audit_display
    from ui.common.application import ensure_app
    from ui.resident.window import SCREENS

    config = load_config(args.config)
    # Audit with the mock devices: the audit measures screens, not hardware.
    devices = config.devices.model_copy(
        update={
            "printer": config.devices.printer.model_copy(update={"backend": "mock"}),
            "speech": config.devices.speech.model_copy(update={"backend": "mock"}),
        }
    )
    config = config.model_copy(update={"devices": devices})
    ensure_app()
    out: Path = args.out
    with tempfile.TemporaryDirectory() as data_dir:
        kiosk = build_audit_kiosk(config, Path(data_dir))
        languages = tuple(args.language or LANGUAGES)
        looks = tuple(args.theme or (*VARIANTS, BOARD))
        variants = tuple(look for look in looks if look != BOARD)
        progress = Progress(len(SCREENS) * len(languages) * len(variants))
        try:
            result = run_audit(
                kiosk,
                languages=languages,
                variants=variants,
                shots=out / "screens",
                progress=progress.step,
            )
            result.findings += audit_typed_mrz(kiosk, languages)
            result.findings += audit_moments(kiosk, languages, variants, out / "screens")
        finally:
            kiosk.shutdown()
            progress.finish()
    if BOARD in looks and "ko" in languages:
        result.findings += audit_display(config, out / "screens")
    section, journeys = audit_journeys(config, languages)
    (out / "report.md").write_text(result.to_markdown() + "\n" + section, encoding="utf-8")
    report = json.loads(result.to_json())
    report["journeys"] = journeys
    (out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    journey_failures = sum(1 for j in journeys if j["problems"])
    combos = len({(x.screen, x.variant, x.language) for x in result.findings})
    print(
        f"audit-a11y: {combos} combinations, {len(result.findings)} checks, "
        f"{len(result.failures)} failed; {len(journeys)} keypad journeys, "
        f"{journey_failures} failed; report in {out / 'report.md'}"
    )
    return 1 if result.failures or journey_failures else 0
