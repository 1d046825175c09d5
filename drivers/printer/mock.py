"""Mock printer: holds every job it was given, fails on request.

Used by the demo, the UI tests and the benchmark. It keeps the documents
(so tests can read what the paper says) and, through the shared renderer,
can turn any job into the PNG the real printer would produce. Only the last
``MAX_JOBS`` are kept: ``kiosk run`` on the demo config prints to this
printer for as long as it runs.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass

from kiosk.config import MockPrinterOptions, PrinterProfile
from kiosk.ports.printer import PaperState, PrinterStatus, PrintFailure, PrintResult
from kiosk.printing.document import Document

_FAULTS: dict[str, tuple[PrintFailure, PrinterStatus]] = {
    "offline": (PrintFailure.OFFLINE, PrinterStatus(online=False, detail="mock: offline")),
    "paper_out": (
        PrintFailure.PAPER_OUT,
        PrinterStatus(
            online=True, cover_open=False, paper=PaperState.OUT, detail="mock: paper out"
        ),
    ),
    "cover_open": (
        PrintFailure.COVER_OPEN,
        PrinterStatus(online=True, cover_open=True, paper=PaperState.OK, detail="mock: cover open"),
    ),
}


#: Jobs kept in memory (the most recent); ``printed`` counts them all.
MAX_JOBS = 200


@dataclass(frozen=True)
class MockJob:
    document: Document
    printed_at: float


class MockPrinter:
    """A ``kiosk.ports.printer.Printer`` that keeps jobs in memory. Thread-safe."""

    def __init__(self, options: MockPrinterOptions, profile: PrinterProfile) -> None:
        self.profile = profile
        self._lock = threading.Lock()
        self._fault: str = options.fail
        self._delay_s = options.delay_ms / 1000
        self._jobs: deque[MockJob] = deque(maxlen=MAX_JOBS)
        #: Jobs printed since start (``jobs`` holds only the last ``MAX_JOBS``).
        self.printed = 0
        self._open = False
        self.job_printed = threading.Event()

    @property
    def name(self) -> str:
        return "mock"

    # -- test controls (any thread) --------------------------------------
    def set_fault(self, fault: str) -> None:
        """``none``, ``offline``, ``paper_out`` or ``cover_open``."""
        if fault != "none" and fault not in _FAULTS:
            raise ValueError(f"unknown mock printer fault {fault!r}")
        with self._lock:
            self._fault = fault

    def set_delay(self, delay_ms: int) -> None:
        """How long each job takes from now on (``delay_ms`` in the config)."""
        with self._lock:
            self._delay_s = delay_ms / 1000

    @property
    def jobs(self) -> list[MockJob]:
        """The most recent jobs (at most ``MAX_JOBS``), oldest first; a copy."""
        with self._lock:
            return list(self._jobs)

    def preview_png(self, index: int = -1) -> bytes:
        """The PNG the real printer would produce for job ``index`` (the last by default)."""
        from drivers.printer.render import render_png

        return render_png(self.jobs[index].document, self.profile)

    def clear(self) -> None:
        with self._lock:
            self._jobs.clear()
            self.job_printed.clear()

    # -- Printer protocol (device worker thread) --------------------------
    def open(self) -> None:
        self._open = True

    def close(self) -> None:
        self._open = False

    def status(self) -> PrinterStatus:
        with self._lock:
            fault = self._fault
        if fault in _FAULTS:
            return _FAULTS[fault][1]
        return PrinterStatus(online=True, cover_open=False, paper=PaperState.OK, error=False)

    def print_document(self, document: Document) -> PrintResult:
        with self._lock:
            fault = self._fault
        if self._delay_s:
            time.sleep(self._delay_s)
        if fault in _FAULTS:
            failure, status = _FAULTS[fault]
            return PrintResult.failed(failure, status.detail)
        with self._lock:
            self._jobs.append(MockJob(document, time.monotonic()))
            self.printed += 1
        self.job_printed.set()
        # A profile without status: the mock cannot vouch for the paper either.
        return PrintResult.printed(unchecked=not self.profile.reports_status)
