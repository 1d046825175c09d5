"""The fault matrix: every way the kiosk was broken on purpose, run as one command.

Each area module (``printing``, ``card``, ``queue``...) lists its cases in a
module-level ``CASES`` tuple of :class:`Case`. A case sets up a real
component (the TCP printer emulator, a database, a virtual card), breaks it
the way a failing device, a clumsy resident, an attacker or a power cut
would, drives the product code, and reports what a person would be left
with: whether the kiosk held (a clear refusal, nothing lost) and how many
tickets were lost, duplicated, certificates charged without printing or
printed without an audit row, and personal details that reached a log.

``python -m tools.faults --json`` runs them all (``make faults``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Case", "CaseContext", "LogCapture", "Outcome", "capture_logs"]


@dataclass
class Outcome:
    """What one case left behind. ``held`` is the verdict; the counts add up across cases."""

    held: bool
    detail: str = ""
    tickets_lost: int = 0
    duplicates: int = 0
    charged_without_print: int = 0
    certificates_without_audit: int = 0
    pii_leaks: int = 0


@dataclass
class CaseContext:
    """What the runner hands each case: a private folder and the shared services."""

    #: An empty folder of the case's own (databases, configs, logs).
    workdir: Path
    #: SQLAlchemy URL of the PostgreSQL test server, or None where none answers.
    pg_server_url: str | None = None
    #: Closed by the runner after the case: scratch schemas, emulators, processes.
    cleanup: ExitStack = field(default_factory=ExitStack)

    def pg_schema_url(self) -> str:
        """A migrated PostgreSQL schema of this case's own (dropped after the case).

        Raises RuntimeError where no PostgreSQL test server answers, which the
        runner reports as a case that did not hold.
        """
        if self.pg_server_url is None:
            raise RuntimeError("no PostgreSQL test server answers (scripts/test-services.sh)")
        from tests.postgres_fixture import scratch_schema

        return self.cleanup.enter_context(scratch_schema(self.pg_server_url, migrate=True))


@dataclass(frozen=True)
class Case:
    """One named fault: ``area/what-breaks``, and the function that tries it."""

    name: str
    run: Callable[[CaseContext], Outcome]


class LogCapture(logging.Handler):
    """Every formatted log line written while it listens (cases search them for leaks)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def text(self) -> str:
        return "\n".join(self.lines)


@contextmanager
def capture_logs() -> Iterator[LogCapture]:
    """Every log line the product writes during the block, at every level.

    The runner keeps the root logger quiet (the cases break things on
    purpose); its own handlers stay that quiet while the capture listens.
    """
    root = logging.getLogger()
    capture = LogCapture()
    level = root.level
    quiet = {handler: handler.level for handler in root.handlers}
    for handler in quiet:
        handler.setLevel(max(handler.level, level))
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    try:
        yield capture
    finally:
        root.removeHandler(capture)
        root.setLevel(level)
        for handler, before in quiet.items():
            handler.setLevel(before)
