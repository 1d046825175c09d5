"""``kiosk bench --soak``: many residents in a row, reported figures, bounded histories.

A short soak (not a timing test): enough sessions that the journal and the
mock printer pass their in-memory bounds, so the test sees them hold.
"""

from __future__ import annotations

import json

from drivers.printer.mock import MAX_JOBS
from kiosk.journal import MAX_ENTRIES
from tests.support.cli import kiosk

SESSIONS = 200


def test_short_soak_reports_memory_and_keeps_histories_bounded() -> None:
    result = kiosk("bench", "--soak", str(SESSIONS), "--json", timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    assert figures["soak_ticket_sessions"] == SESSIONS
    assert figures["soak_certificate_sessions"] == SESSIONS // 10
    for key in ("rss_growth_mb", "rss_after_warm_up_mb", "rss_end_mb", "soak_seconds"):
        assert isinstance(figures[key], int | float), key
    histories = figures["histories"]
    # More was written than memory keeps: the bound is what held it.
    assert figures["journal_written"] > MAX_ENTRIES
    assert histories["journal_entries"] == MAX_ENTRIES
    assert SESSIONS + SESSIONS // 10 > MAX_JOBS
    assert histories["printer_jobs"] == MAX_JOBS
    assert histories["payment_ledger"] == SESSIONS // 10
    assert histories["flow_back_stack"] == 0
