"""Parse ESC/POS status answers and decide whether a job may print, and whether it printed.

The kiosk asks three questions before each job, in one write:
``DLE EOT 1`` (printer), ``DLE EOT 2`` (offline cause), ``DLE EOT 4``
(paper roll sensor), and reads one byte per answer, in order. Every answer
byte has fixed bits (bit 1 and bit 4 set, bit 0 and bit 7 clear, i.e.
``b & 0x93 == 0x12``); an answer that is missing or lacks that pattern
tells us nothing, so that part of the status stays unknown. Silence is
never read as "ok" (python-escpos's ``paper_status()`` does exactly that).

``DLE EOT`` is answered the moment it arrives, ahead of print data still
waiting in the printer's buffer: it cannot tell that a job has printed.
After a job the kiosk therefore sends ``GS r 1``, which the printer answers
only when it reaches it, after printing everything before it. Its answer
byte has bit 4 and bit 7 clear, so it is never mistaken for a ``DLE EOT``
answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import PrinterProfile
from kiosk.ports.printer import PaperState, PrinterStatus, PrintFailure, PrintResult

#: The status requests sent before each job, answered one byte each, in order.
STATUS_QUERIES = (1, 2, 4)
_FIXED_MASK = 0x93
_FIXED_BITS = 0x12


#: ``DLE EOT 2`` (offline cause) bits.
_COVER_OPEN = 0x04
_PAPER_STOP = 0x20
_ERROR = 0x40
#: ``GS r 1`` answer: bits 4 and 7 are always clear; bits 2-3 say the roll has ended.
_PRINTED_FIXED_MASK = 0x90
_PRINTED_PAPER_END = 0x0C


def valid_status_byte(b: int) -> bool:
    return b & _FIXED_MASK == _FIXED_BITS


def is_printed_answer(b: int) -> bool:
    """Whether ``b`` is shaped as the answer to ``GS r 1`` (not a ``DLE EOT`` answer)."""
    return b & _PRINTED_FIXED_MASK == 0


def check_printed(b: int) -> PrintResult | None:
    """The failure a ``GS r 1`` answer shows, or None: the job before it has printed."""
    if b & _PRINTED_PAPER_END:
        return PrintResult.failed(
            PrintFailure.PAPER_OUT, f"paper ran out at the end of the job; GS r 1: {b:02x}"
        )
    return None


def check_while_printing(b: int) -> PrintResult | None:
    """The failure an offline-cause answer (``DLE EOT 2``) shows while a job prints, or None."""
    detail = f"DLE EOT 2:{b:02x} while printing"
    if b & _PAPER_STOP:
        return PrintResult.failed(PrintFailure.PAPER_OUT, f"paper ran out during the job; {detail}")
    if b & _COVER_OPEN:
        return PrintResult.failed(PrintFailure.COVER_OPEN, f"cover opened during the job; {detail}")
    if b & _ERROR:
        return PrintResult.failed(PrintFailure.ERROR, f"error during the job; {detail}")
    return None


def parse_status(answer: bytes, *, note: str = "") -> PrinterStatus:
    """The status from the answers to ``DLE EOT 1, 2, 4`` (possibly incomplete or garbage).

    ``answer`` holds the bytes read after sending the three requests. More
    than three bytes means the stream is out of step (a late answer to an
    earlier request, or noise): then nothing is trusted.
    """
    problems: list[str] = []
    if note:
        problems.append(note)
    if len(answer) > len(STATUS_QUERIES):
        problems.append(f"{len(answer)} status bytes for {len(STATUS_QUERIES)} requests")
        answer = b""
    got: dict[int, int] = {}
    for n, b in zip(STATUS_QUERIES, answer, strict=False):
        if valid_status_byte(b):
            got[n] = b
        else:
            problems.append(f"DLE EOT {n}: garbage 0x{b:02x}")
    for n in STATUS_QUERIES[len(answer) :]:
        problems.append(f"DLE EOT {n}: no answer")

    online: bool | None = None
    cover_open: bool | None = None
    error: bool | None = None
    paper = PaperState.UNKNOWN
    paper_stop = False
    if 1 in got:
        online = not got[1] & 0x08
    if 2 in got:
        cover_open = bool(got[2] & _COVER_OPEN)
        paper_stop = bool(got[2] & _PAPER_STOP)
        error = bool(got[2] & _ERROR)
    if 4 in got:
        if got[4] & 0x60:
            paper = PaperState.OUT
        elif got[4] & 0x0C:
            paper = PaperState.NEAR_END
        else:
            paper = PaperState.OK
    if paper_stop:
        # "Printing stopped because the paper ran out" is as good as the roll sensor.
        paper = PaperState.OUT

    raw = " ".join(f"{n}:{got[n]:02x}" for n in STATUS_QUERIES if n in got)
    detail = f"DLE EOT {raw or '-'}"
    if problems:
        detail += "; " + "; ".join(problems)
    return PrinterStatus(
        online=online, cover_open=cover_open, paper=paper, error=error, detail=detail
    )


def fully_known(status: PrinterStatus) -> bool:
    return (
        status.online is not None
        and status.cover_open is not None
        and status.error is not None
        and status.paper is not PaperState.UNKNOWN
    )


@dataclass(frozen=True)
class Decision:
    """What to do with a job given the status read before it."""

    refuse: PrintResult | None
    paper_low: bool


def decide(status: PrinterStatus, profile: PrinterProfile) -> Decision:
    """Refuse on a definite problem or an unknown status; print (flagging low paper) otherwise.

    Silence or garbage is never read as "ready": a job printed into a
    printer that may be out of paper leaves the resident with nothing. Only
    a profile that declares the printer has no status at all
    (``reports_status = false``) prints without one, and its jobs come back
    ``unchecked``.
    """
    detail = status.detail
    if status.paper is PaperState.OUT:
        return Decision(PrintResult.failed(PrintFailure.PAPER_OUT, detail), False)
    if status.cover_open:
        return Decision(PrintResult.failed(PrintFailure.COVER_OPEN, detail), False)
    if status.error:
        return Decision(PrintResult.failed(PrintFailure.ERROR, detail), False)
    if status.online is False:
        return Decision(PrintResult.failed(PrintFailure.OFFLINE, detail), False)
    if not fully_known(status) and profile.reports_status:
        return Decision(PrintResult.failed(PrintFailure.STATUS_UNKNOWN, detail), False)
    return Decision(None, status.paper is PaperState.NEAR_END)


def check_after(status: PrinterStatus) -> PrintResult | None:
    """The failure a status read after the job shows, or None when it confirms the job.

    The job is only confirmed by a full, valid answer with paper and no
    error: unknown afterwards means the bytes may have been dropped.
    """
    detail = status.detail
    if status.paper is PaperState.OUT:
        return PrintResult.failed(PrintFailure.PAPER_OUT, f"paper ran out during the job; {detail}")
    if status.cover_open:
        return PrintResult.failed(PrintFailure.COVER_OPEN, f"cover opened during the job; {detail}")
    if status.error:
        return PrintResult.failed(PrintFailure.ERROR, f"error during the job; {detail}")
    if status.online is False:
        return PrintResult.failed(PrintFailure.OFFLINE, f"offline after the job; {detail}")
    if not fully_known(status):
        return PrintResult.failed(
            PrintFailure.STATUS_UNKNOWN,
            f"status unknown after the job, the printout may be incomplete; {detail}",
        )
    return None


def describe(status: PrinterStatus) -> str:
    """The status in plain words for a technician."""
    if not status.known and status.paper is PaperState.UNKNOWN:
        return "unknown (the printer did not report its status)"
    words: list[str] = []
    if status.online is True:
        words.append("online")
    elif status.online is False:
        words.append("offline")
    else:
        words.append("online state unknown")
    if status.cover_open:
        words.append("cover open")
    elif status.cover_open is None:
        words.append("cover state unknown")
    if status.error:
        words.append("error")
    words.append(
        {
            PaperState.OK: "paper ok",
            PaperState.NEAR_END: "paper nearly out",
            PaperState.OUT: "paper out",
            PaperState.UNKNOWN: "paper state unknown",
        }[status.paper]
    )
    return ", ".join(words)
