"""The lobby display board, measured as the audit measures the resident screens.

Residents read the board from the lobby's seats, so its text must be as tall,
as contrasted and as whole as the kiosk's. The board has no controls, one
look (the high-contrast colours) and one language (Korean; calls are also
spoken in the second languages). The audit shows it in the states a resident
sees it in and applies the resident screens' text checks (``text_problems``):

* ``display``: the day's start, no calls yet;
* ``display_calls``: a call at every counter but the last, each tile
  coloured as a new call's is for its first seconds, and the last counter
  paused (its tile dimmed);
* ``display_unavailable``: the queue's database out of reach.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from drivers.speech.mock import MockSpeaker
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.store import Queue
from kiosk.storage.database import DatabaseUnavailableError
from tools.a11y.audit import MIN_CONTRAST, Finding, text_problems
from tools.a11y.journeys import AUDIT_TIME
from ui.common.i18n import LanguageSwitcher
from ui.common.queue_feed import SharedQueue
from ui.display.window import DisplayWindow, SilentChime

#: The board's one look, in the report's "theme" column.
LOOK = "board"
STATES = ("display", "display_calls", "display_unavailable")


def _until(condition: Callable[[], bool], what: str, timeout_s: float = 10.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(f"audit: {what} did not happen within {timeout_s:g} s")
        QTest.qWait(10)


def _measure(window: DisplayWindow, state: str, shots: Path | None) -> list[Finding]:
    QTest.qWait(50)  # the layout settles around new texts
    screen = window.display.screen
    found = [Finding(state, LOOK, "ko", "renders", True)]
    problems = text_problems(
        window,
        language="ko",
        mm=screen.mm_per_px,
        min_contrast=MIN_CONTRAST["high_contrast"],
        inset=0,
        padding=0,
    )
    found += [Finding(state, LOOK, "ko", check, not p, p) for check, p in problems.items()]
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
        thumbnail = window.grab().scaled(
            640, 640, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        thumbnail.save(str(shots / f"{state}-{LOOK}-ko.png"))
    return found


def _call_and_pause(shared: SharedQueue, queue: Queue) -> tuple[list[int], list[int]]:
    """A call at every counter but the last, which pauses: the counters of each."""
    counters = shared.ops.all_counters()
    called, paused = counters[:-1], counters[-1:]
    for counter in called:
        issued = queue.issue(shared.ops.services_for(counter)[0].id)
        queue.record_print(issued.ticket.id, ok=True)
        shared.ops.call_next(counter)
    for counter in paused:
        shared.ops.pause(counter)
    shared.feed.poke()
    return called, paused


def audit_display(config: KioskConfig, shots: Path | None = None) -> list[Finding]:
    """The board in each of ``STATES``, on a queue of its own (SQLite, mock speech)."""
    clock = FakeClock(AUDIT_TIME)
    app = QApplication.instance()
    assert app is not None
    korean = LanguageSwitcher(app)
    korean.set_language("ko")  # as `kiosk display` does
    with tempfile.TemporaryDirectory() as data_dir:
        url = f"sqlite:///{Path(data_dir) / 'display.sqlite3'}"
        shared = SharedQueue.open(config, url, clock, migrate=True)
        window = DisplayWindow(shared, config, MockSpeaker(), SilentChime())
        try:
            window.show()
            window.start()
            _until(lambda: window.snapshot is not None, "the board's first read")
            found = _measure(window, "display", shots)
            called, paused = _call_and_pause(shared, Queue(shared.engine, config, clock))
            _until(
                lambda: (
                    all(window.code_on_screen(c) != "—" for c in called)
                    and all(window.tiles[c].paused for c in paused)
                ),
                "the calls on the board",
            )
            found += _measure(window, "display_calls", shots)
            # What the board shows when its reads fail, as they do when the
            # database does not answer.
            window._snapshot_failed(
                DatabaseUnavailableError("the audit's database is out of reach")
            )
            found += _measure(window, "display_unavailable", shots)
        finally:
            window.shutdown()
            window.close()
            shared.close()
            korean.close()
    return found
