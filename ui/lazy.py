"""What the first frame does without: modules and Qt's namespace, looked up on first use.

The kiosk paints its first frame before it imports the flow state machine,
the certificate journey and the config schema (``kiosk run``: about a
quarter of a second on two cores). The window and screen modules still
name those modules at the top, for the type checker and for readers, but
at run time they get a ``LazyModule`` that imports on first use, which is
after the first frame (``MainWindow.bind``), on the UI thread. ``Qt``
does the same for PySide's ``Qt`` namespace, and ``set_enum_property``
sets Qt's enum-typed properties without it.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QObject


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
    them: its widgets set their enum properties by name
    (``set_enum_property``), and touch scrolling is grabbed by the screens of
    the bound window (``MainWindow.bind``).
    """

    def __getattr__(self, name: str) -> Any:
        from PySide6 import QtCore

        return getattr(QtCore.Qt, name)

    def __repr__(self) -> str:
        return "<lazy PySide6.QtCore.Qt>"


Qt = _LazyQt()


def set_enum_property(obj: QObject, name: str, keys: str) -> None:
    """Set the enum- or flag-typed Qt property ``name`` by its key names.

    ``set_enum_property(label, "alignment", "AlignRight|AlignVCenter")`` is
    ``label.setAlignment(Qt.AlignmentFlag.AlignRight | ...)`` without the
    ``Qt`` namespace: Qt converts the names itself. Widgets built for the
    first frame use it for the settings they need before it is painted.
    """
    if not obj.setProperty(name, keys):
        raise ValueError(f"{type(obj).__name__} has no property {name!r} taking {keys!r}")
