"""JSON-lines journal of what the kiosk did (events, state changes, print results).

Used by ``kiosk demo`` (``journal.jsonl``), by end-to-end tests that read a
running kiosk's log, and for technicians. Entries carry ids, codes and
states only: never names, numbers or any other personal data.
"""

from __future__ import annotations

import json
import threading
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


class Journal:
    def __init__(self, stream: IO[str] | None, clock: Clock) -> None:
        self._stream = stream
        self._clock = clock
        self._lock = threading.Lock()
        self.entries: list[dict[str, Any]] = []

    def write(self, kind: str, **fields: Any) -> None:
        entry = {"at": self._clock.now().isoformat(), "kind": kind, **_plain(fields)}
        with self._lock:
            self.entries.append(entry)
            if self._stream is not None:
                self._stream.write(json.dumps(entry, ensure_ascii=False) + "\n")
                self._stream.flush()
