"""Demo records provider: the fictional residents of ``kiosk.ports.records.DEMO_RECORDS``.

Answers go through the same contract check as the HTTP backend's, so the
demo exercises the real parsing. Tests can take residents away (to see the
no-record path), make the provider unavailable, or make it answer with
another resident's record (``other_person``: a provider bug or a mix-up
the certificate flow must refuse).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from kiosk.certificates.identity import Identity
from kiosk.config import DemoRecordsOptions
from kiosk.ports.records import (
    DEMO_RECORDS,
    RecordNotFound,
    RecordsUnavailable,
    ResidentRecord,
    demo_resident_key,
    parse_record,
)


class DemoRecordsProvider:
    """A ``kiosk.ports.records.RecordsProvider`` over the fictional residents. Thread-safe."""

    def __init__(
        self, options: DemoRecordsOptions | None = None, *, residents: Iterable[str] | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._fault: str = (options or DemoRecordsOptions()).fault
        self._residents = set(DEMO_RECORDS if residents is None else residents)
        self.lookups = 0

    @property
    def name(self) -> str:
        return "demo"

    def set_fault(self, fault: str) -> None:
        """``none``, ``unavailable`` or ``other_person`` (test control, any thread)."""
        if fault not in ("none", "unavailable", "other_person"):
            raise ValueError(f"unknown demo records fault {fault!r}")
        with self._lock:
            self._fault = fault

    def fetch(self, identity: Identity) -> ResidentRecord:
        with self._lock:
            fault = self._fault
            residents = set(self._residents)
            self.lookups += 1
        if fault == "unavailable":
            raise RecordsUnavailable("demo: simulated outage")
        key = demo_resident_key(identity)
        if key is None or key not in residents:
            raise RecordNotFound("demo: no such resident")
        if fault == "other_person":
            keys = list(DEMO_RECORDS)
            key = keys[(keys.index(key) + 1) % len(keys)]
        return parse_record(DEMO_RECORDS[key])
