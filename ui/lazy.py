"""A module imported the first time one of its names is used.

The kiosk paints its first frame before it imports the flow state machine,
the certificate journey and the config schema (``kiosk run``: about a
quarter of a second on two cores). The window and screen modules still
name those modules at the top, for the type checker and for readers, but
at run time they get a ``LazyModule`` that imports on first use, which is
after the first frame (``MainWindow.bind``), on the UI thread.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands for the module ``name``; attribute access imports it (once)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        # Once imported this is a dictionary look-up in sys.modules.
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


class _LazyQt:
    """``PySide6.QtCore.Qt``, looked up on first use.

    PySide builds all of the ``Qt`` namespace's hundred-odd enum classes the
    moment the name is imported (about 20 ms on two cores, a seventh of a
    bare Qt window's start). Nothing on the path to the first frame needs
    them: the first frame's look comes from the style sheet, and what only
    matters to input is set when the window is bound (``MainWindow.bind``).
    """

    def __getattr__(self, name: str) -> Any:
        from PySide6 import QtCore

        return getattr(QtCore.Qt, name)

    def __repr__(self) -> str:
        return "<lazy PySide6.QtCore.Qt>"


Qt = _LazyQt()
