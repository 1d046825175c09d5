"""Several kiosks issuing from one small number band at the same moment.

Shared by the PostgreSQL band test and the fault matrix: each engine is one
kiosk with its own connection pool, all start together on a barrier and
try ``rounds`` tickets each.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.queue.store import BandFullError, Queue
from tests.support.side_by_side import side_by_side


def issue_at_once(
    engines: list[Engine], config: KioskConfig, clock: Clock, service_id: str, rounds: int
) -> tuple[list[str], int]:
    """The display codes issued, and how many tries were refused as a full band."""
    issued: list[str] = []
    refused = 0
    lock = threading.Lock()
    barrier = threading.Barrier(len(engines))

    def kiosk(engine: Engine) -> None:
        nonlocal refused
        queue = Queue(engine, config, clock)
        barrier.wait()
        for _ in range(rounds):
            try:
                code = queue.issue(service_id).ticket.display_code
            except BandFullError:
                with lock:
                    refused += 1
            else:
                with lock:
                    issued.append(code)

    side_by_side(kiosk, [(engine,) for engine in engines], timeout_s=60)
    return issued, refused
