"""The counter window, the lobby display and the staff panels, as the UI tests drive them.

They read the shared queue on a worker thread; a test shows one, starts it
and waits for its first refresh before looking, and reads its tables as
rows of cell text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from ui.common.queue_feed import SharedQueue
from ui.counter.panels import StaffPanel

_Window = TypeVar("_Window")
_Panel = TypeVar("_Panel", bound=StaffPanel)


def shown_and_started(qtbot: QtBot, window: _Window) -> _Window:
    """``window`` (closed with the test by qtbot) shown and started, past its first refresh."""
    qtbot.addWidget(window)  # type: ignore[arg-type]
    window.show()  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.refreshed, timeout=5000):  # type: ignore[attr-defined]
        window.start()  # type: ignore[attr-defined]
    return window


def started_panel(
    qtbot: QtBot,
    panel_type: type[_Panel],
    shared: SharedQueue,
    config: KioskConfig,
    clock: Clock,
    data_dir: Path,
) -> _Panel:
    """A staff panel of ``panel_type`` on ``shared`` (closed with the test by qtbot),
    started: its first read is on its way to the worker."""
    panel = panel_type(shared, config, clock, data_dir)
    qtbot.addWidget(panel)
    panel.start()
    return panel


def table_rows(table: QTableWidget | Any) -> list[list[str]]:
    """Every row of ``table`` as the text of its cells, left to right."""
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
