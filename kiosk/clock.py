"""Time sources: wall clock for business days, monotonic time for timeouts.

Injected everywhere so tests can move time (day boundaries, idle timeouts,
a clock that jumps backwards) without sleeping.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Current wall-clock time, timezone-aware (UTC)."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock tests move by hand. Thread-safe."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 3, 2, 0, 30, tzinfo=UTC)  # 09:30 in Seoul
        self._mono = 1000.0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        with self._lock:
            return self._mono

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += timedelta(seconds=seconds)
            self._mono += seconds

    def set_wall(self, when: datetime) -> None:
        """Jump the wall clock (either direction); monotonic time is unaffected."""
        if when.tzinfo is None:
            raise ValueError("FakeClock.set_wall needs an aware datetime")
        with self._lock:
            self._now = when
