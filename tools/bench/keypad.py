"""Key presses a blind resident needs per journey, by keypad alone (``kiosk bench``).

The journeys of the accessibility audit (``tools.a11y.journeys``): the ticket,
a certificate typed on the keypad or scanned, a vote (resident participation),
a course registration and a welfare crisis report. Fewer is better; the audit
fails a journey over its target (``TARGETS``).
"""

from __future__ import annotations

import os


def measure() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.config import default_config
    from tools.a11y.journeys import TARGETS, run_journey

    results: dict[str, float] = {}
    for journey in TARGETS:
        run = run_journey(default_config(), journey)
        if run.problems:
            raise RuntimeError(f"{journey}: {'; '.join(run.problems)}")
        results[f"keypad_presses_{journey}"] = run.presses
    return results
