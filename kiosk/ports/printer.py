"""Protocols for the kiosk's devices and the values they return.

Each device kind has one Protocol here and several backends in ``drivers/``
(mock included). Device methods block and may be slow: call them only from
a device worker thread, never from the UI thread. They report problems as
values (``PrintResult``), not exceptions, so nothing reaches the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

from kiosk.i18n import N_, Text
from kiosk.printing.document import Document


class PaperState(Enum):
    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PrinterStatus:
    """Real-time status. ``None`` means the printer did not say (never assume ok)."""

    online: bool | None = None
    cover_open: bool | None = None
    paper: PaperState = PaperState.UNKNOWN
    error: bool | None = None
    detail: str = ""

    @property
    def known(self) -> bool:
        return self.online is not None

    @property
    def ready(self) -> bool:
        return self.online is True and not self.cover_open and self.paper is not PaperState.OUT


class PrintFailure(Enum):
    """Why a job failed; each has a plain message for the resident."""

    NOT_CONNECTED = "not_connected"
    OFFLINE = "offline"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    TIMEOUT = "timeout"
    CONNECTION_LOST = "connection_lost"
    STATUS_UNKNOWN = "status_unknown"
    ERROR = "error"

    @property
    def resident_message(self) -> Text:
        return _FAILURE_TEXT[self]


_FAILURE_TEXT: dict[PrintFailure, Text] = {
    PrintFailure.NOT_CONNECTED: N_("printer", "The printer is not connected."),
    PrintFailure.OFFLINE: N_("printer", "The printer is switched off or not ready."),
    PrintFailure.PAPER_OUT: N_("printer", "The printer has run out of paper."),
    PrintFailure.COVER_OPEN: N_("printer", "The printer cover is open."),
    PrintFailure.TIMEOUT: N_("printer", "The printer did not respond in time."),
    PrintFailure.CONNECTION_LOST: N_("printer", "The connection to the printer was lost."),
    PrintFailure.STATUS_UNKNOWN: N_("printer", "The printer's state could not be checked."),
    PrintFailure.ERROR: N_("printer", "The printer reported an error."),
}


@dataclass(frozen=True)
class PrintResult:
    ok: bool
    failure: PrintFailure | None = None
    #: Technical reason for the technician (no personal data).
    detail: str = ""
    #: Set when the job printed but the paper is nearly out (technician flag).
    paper_low: bool = False
    #: The bytes were sent but the printer cannot report its status (its
    #: profile says so): nobody knows whether paper came out. Good enough for
    #: a queue ticket (the resident is asked to check the slot), never for a
    #: paid document.
    unchecked: bool = False

    @classmethod
    def printed(cls, *, paper_low: bool = False, unchecked: bool = False) -> PrintResult:
        return cls(ok=True, paper_low=paper_low, unchecked=unchecked)

    @classmethod
    def failed(cls, failure: PrintFailure, detail: str = "") -> PrintResult:
        return cls(ok=False, failure=failure, detail=detail)


@runtime_checkable
class Printer(Protocol):
    """A receipt printer. All methods: device worker thread only."""

    @property
    def name(self) -> str:
        """Backend name and target, for technicians (e.g. ``network 10.0.0.5:9100``)."""
        ...

    def open(self) -> None:
        """Connect (with a timeout). Failures surface in the next ``print_document``."""
        ...

    def close(self) -> None: ...

    def status(self) -> PrinterStatus: ...

    def print_document(self, document: Document) -> PrintResult:
        """Print one job; never raises for device problems."""
        ...
