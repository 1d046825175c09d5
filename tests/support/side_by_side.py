"""Kiosks (or counters) working at the same moment, for the race tests.

Each kiosk gets an engine of its own on the one database, as real kiosks have
connection pools of their own; ``side_by_side`` runs the work in a thread per
kiosk, all started before any is waited for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine

from kiosk.storage.database import open_database


@contextmanager
def kiosk_engines(url: str, count: int = 2) -> Iterator[list[Engine]]:
    """``count`` engines on the database at ``url``, one per kiosk; disposed of afterwards."""
    engines = [open_database(url) for _ in range(count)]
    try:
        yield engines
    finally:
        for engine in engines:
            engine.dispose()


def side_by_side(
    work: Callable[..., object],
    calls: Iterable[tuple[object, ...]],
    timeout_s: float | None = None,
) -> None:
    """``work(*args)`` for each ``args`` of ``calls`` in threads started together; waits for all."""
    threads = [threading.Thread(target=work, args=args) for args in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout_s)
