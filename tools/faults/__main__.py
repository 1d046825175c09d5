"""Run the fault matrix: ``python -m tools.faults [--json] [--only SUBSTRING]``.

Prints one line per case while it runs (on a terminal, not with --json),
then the totals. With --json: one JSON object, ``{"cases", "held",
"failed", "tickets_lost", "duplicates", "charged_without_print",
"certificates_without_audit", "pii_leaks", "seconds"}``. Exit code 0 when
every case held and every count is zero, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

from tools.faults import Case, CaseContext, Outcome
from tools.faults.registry import all_cases

COUNTS = (
    "tickets_lost",
    "duplicates",
    "charged_without_print",
    "certificates_without_audit",
    "pii_leaks",
)


def _pg_server_url() -> str | None:
    from tools.services import pg_test_url

    url = pg_test_url()
    from tests.postgres_fixture import _answers

    return url if _answers(url) is None else None


def run_case(case: Case, root: Path, pg_server_url: str | None) -> Outcome:
    workdir = root / case.name.replace("/", "-")
    workdir.mkdir(parents=True)
    context = CaseContext(workdir=workdir, pg_server_url=pg_server_url)
    with context.cleanup:
        try:
            return case.run(context)
        except Exception as exc:  # a case that crashes did not show the kiosk holding
            return Outcome(held=False, detail=f"case crashed: {type(exc).__name__}: {exc}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.faults", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object only")
    parser.add_argument("--only", default="", help="run the cases whose name contains this")
    args = parser.parse_args(argv)
    # The cases break things on purpose: the product's warnings are expected noise here.
    logging.basicConfig(level=logging.CRITICAL)
    cases = [case for case in all_cases() if args.only in case.name]
    pg_server_url = _pg_server_url()
    totals = dict.fromkeys(COUNTS, 0)
    failed: list[dict[str, str]] = []
    started = time.monotonic()
    show_progress = not args.json and sys.stdout.isatty()
    with tempfile.TemporaryDirectory(prefix="kiosk-faults-") as tmp:
        for index, case in enumerate(cases, 1):
            t0 = time.monotonic()
            outcome = run_case(case, Path(tmp), pg_server_url)
            for key in COUNTS:
                totals[key] += getattr(outcome, key)
            if not outcome.held:
                failed.append({"case": case.name, "detail": outcome.detail})
            if not args.json:
                mark = "held" if outcome.held else "FAILED"
                line = f"[{index}/{len(cases)}] {case.name}: {mark} ({time.monotonic() - t0:.1f} s)"
                if outcome.detail and (not outcome.held or show_progress):
                    line += f" - {outcome.detail}"
                print(line, flush=True)
    report = {
        "cases": len(cases),
        "held": len(cases) - len(failed),
        "failed": failed,
        **totals,
        "seconds": round(time.monotonic() - started, 1),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(
            f"{report['held']} held, {len(failed)} failed of {len(cases)} cases; "
            + ", ".join(f"{key} {totals[key]}" for key in COUNTS)
            + f"; {report['seconds']} s"
        )
    return 0 if not failed and not any(totals.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
