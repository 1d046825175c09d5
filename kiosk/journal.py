"""JSON-lines journal of what the kiosk did (events, state changes, print results).

Used by ``kiosk demo`` (``journal.jsonl``), by end-to-end tests that read a
running kiosk's log, and for technicians. Entries carry ids, codes and
states only: never names, numbers or any other personal data.

The stream (a file) gets every entry. In memory only the last
``MAX_ENTRIES`` are kept, for tests and the benchmarks to read: a kiosk
writes about eleven entries per resident and runs for months.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import IO, Any

from kiosk.clock import Clock


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


#: Entries kept in memory: the last hundred or so residents' journeys.
MAX_ENTRIES = 2000


class Journal:
    def __init__(
        self, stream: IO[str] | None, clock: Clock, max_entries: int = MAX_ENTRIES
    ) -> None:
        self._stream = stream
        self._clock = clock
        self._lock = threading.Lock()
        self._recent: deque[dict[str, Any]] = deque(maxlen=max_entries)
        #: Entries written since start (the stream has them all; memory the last few).
        self.written = 0

    @property
    def entries(self) -> list[dict[str, Any]]:
        """The most recent entries (at most ``max_entries``), oldest first; a copy."""
        with self._lock:
            return list(self._recent)

    def write(self, kind: str, **fields: Any) -> None:
        entry = {"at": self._clock.now().isoformat(), "kind": kind, **_plain(fields)}
        with self._lock:
            self._recent.append(entry)
            self.written += 1
            if self._stream is not None:
                self._stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
                self._stream.flush()
