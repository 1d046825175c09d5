"""The counter window, the lobby display and the staff panels, as the UI tests drive them.

They read the shared queue on a worker thread; a test shows one, starts it
and waits for its first refresh before looking, and reads its tables as
rows of cell text.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

_Window = TypeVar("_Window")


def shown_and_started(qtbot: QtBot, window: _Window) -> _Window:
    """``window`` (closed with the test by qtbot) shown and started, past its first refresh."""
    qtbot.addWidget(window)  # type: ignore[arg-type]
    window.show()  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.refreshed, timeout=5000):  # type: ignore[attr-defined]
        window.start()  # type: ignore[attr-defined]
    return window


def table_rows(table: QTableWidget | Any) -> list[list[str]]:
    """Every row of ``table`` as the text of its cells, left to right."""
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
