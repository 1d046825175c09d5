"""What keeps a resident from leaving a kiosk window: no closing, no Escape, no Alt+F4.

The resident window and the technician window share these rules. In kiosk
mode a close request is ignored until the program itself is shutting the
window (``allow_close``); Escape and F4 (as in Alt+F4) are swallowed. In a
development window (``kiosk run --windowed``) both behave as usual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent

# A plain mixin at run time (PySide6 takes one Qt base per class); the type
# checker sees the QWidget whose handlers it overrides.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Base
else:
    _Base = object

#: Keys a resident could use to leave the kiosk.
ESCAPE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F4)


class LockedDown(_Base):
    """Mixed into a top-level window before its Qt class: ``class W(LockedDown, QMainWindow)``.

    The window sets ``kiosk_mode`` and ``allow_close`` in its ``__init__``.
    """

    kiosk_mode: bool = True
    allow_close: bool = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close or not self.kiosk_mode:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.kiosk_mode and event.key() in ESCAPE_KEYS:
            event.accept()
            return
        super().keyPressEvent(event)
