"""The journal: every entry reaches the file, memory keeps only the most recent."""

from __future__ import annotations

import io
import json

from kiosk.clock import FakeClock
from kiosk.journal import MAX_ENTRIES, Journal


def test_memory_keeps_the_last_entries_and_the_file_gets_them_all() -> None:
    stream = io.StringIO()
    journal = Journal(stream, FakeClock())
    total = 3 * MAX_ENTRIES + 7
    for i in range(total):
        journal.write("event", n=i)
    kept = journal.entries
    assert len(kept) == MAX_ENTRIES
    assert [e["n"] for e in kept] == list(range(total - MAX_ENTRIES, total))
    assert journal.written == total
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [e["n"] for e in lines] == list(range(total))


def test_entries_is_a_copy() -> None:
    journal = Journal(None, FakeClock(), max_entries=3)
    journal.write("a")
    snapshot = journal.entries
    journal.write("b")
    assert [e["kind"] for e in snapshot] == ["a"]
    assert [e["kind"] for e in journal.entries] == ["a", "b"]
