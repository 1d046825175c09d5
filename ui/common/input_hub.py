"""One application-wide event filter that routes input events to the kiosk's handlers.

Several parts of the kiosk must see every key press or touch, wherever it
lands: keypad navigation, the MRZ scanner, the idle timers of the resident
and technician screens, and the technician corner's long press. Installed
as five separate application event filters, each of them was called from
C++ into Python for *every* event Qt delivers (paints, layout requests,
style changes, timers), which cost about a quarter of tap-to-print and a
third of a theme switch (measured with ``kiosk bench``).

The hub is the only Python filter on the application. It looks at the
event's type first and calls only the handlers registered for that type,
newest first, as Qt calls application filters; a handler that returns True
consumes the event. Handlers are held weakly, like Qt's own filters, which
are dropped when their object is destroyed: a window that is gone stops
receiving keys even if nobody called ``remove``.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

#: A handler's object and its bound ``eventFilter``, both held weakly.
_Route = tuple["weakref.ref[QObject]", "weakref.WeakMethod[Any]"]

#: Input events a handler may ask for.
KEYS = (QEvent.Type.KeyPress,)
PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress)


class InputHub(QObject):
    """The application's single Python event filter; see the module docstring."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._routes: dict[QEvent.Type, list[_Route]] = {}
        self._app = app
        self.attach()

    def attach(self) -> None:
        """Start routing the application's events (again); attaching twice is harmless."""
        # Qt keeps one entry per filter object: a second install moves it first.
        self._app.installEventFilter(self)

    def detach(self) -> None:
        """Stop routing until ``attach``; handlers stay registered."""
        self._app.removeEventFilter(self)

    def add(self, handler: QObject, kinds: Iterable[QEvent.Type]) -> None:
        """Call ``handler.eventFilter(watched, event)`` for events of these types."""
        self.remove(handler)
        route: _Route = (weakref.ref(handler), weakref.WeakMethod(handler.eventFilter))
        for kind in dict.fromkeys(kinds):
            # Newest first, the order Qt gives application event filters.
            self._routes.setdefault(kind, []).insert(0, route)

    def remove(self, handler: QObject) -> None:
        self._drop(lambda obj: obj is handler)

    def handlers(self, kind: QEvent.Type) -> int:
        """How many live handlers receive events of ``kind`` (for tests)."""
        return sum(1 for ref, _ in self._routes.get(kind, ()) if _alive(ref))

    def _drop(self, gone: Callable[[QObject | None], bool]) -> None:
        """Forget the handlers whose object (None once collected) is ``gone``."""
        for kind, routes in list(self._routes.items()):
            kept = [route for route in routes if not gone(route[0]())]
            if kept:
                self._routes[kind] = kept
            else:
                del self._routes[kind]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        routes = self._routes.get(event.type())
        if not routes:
            return False
        for ref, method in tuple(routes):
            call = method()
            if call is None or not _alive(ref):
                self._drop(lambda obj: obj is None or not shiboken6.isValid(obj))
                continue
            if call(watched, event):
                return True
        return False


class ActivityWatch(QObject):
    """Calls ``on_activity`` on every press or key, and lets the event go on.

    Register it with ``input_hub().add(watch, PRESSES)``; idle timers use it.
    """

    def __init__(self, on_activity: Callable[[], None]) -> None:
        super().__init__()
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self._on_activity()
        return False


def _alive(ref: weakref.ref[QObject]) -> bool:
    # The wrapper can outlive its C++ object (deleteLater, a parent's death).
    obj = ref()
    return obj is not None and shiboken6.isValid(obj)


def input_hub() -> InputHub:
    """The running application's hub, created on first use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the input hub needs a QApplication")
    # Remembered here rather than found with findChild, which hands Python
    # the application's other children (its style) and so loads their classes.
    hub = _hubs.get(app)
    if hub is None or not shiboken6.isValid(hub):
        hub = _hubs[app] = InputHub(app)
    return hub


#: Each application's hub (an application is only ever weakly held here).
_hubs: weakref.WeakKeyDictionary[QApplication, InputHub] = weakref.WeakKeyDictionary()
