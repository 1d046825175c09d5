"""The input hub: one application filter that routes key and touch events by type."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit

from ui.app.compose import Kiosk
from ui.common.input_hub import KEYS, PRESSES, input_hub


class _Recorder(QObject):
    def __init__(self, name: str, log: list[tuple[str, str]], consume: bool = False) -> None:
        super().__init__()
        self.name = name
        self.log = log
        self.consume = consume

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.log.append((self.name, event.type().name))
        return self.consume


@pytest.fixture
def field(qtbot: Any) -> QLineEdit:
    """A text field on screen: what it shows is what the handlers let through."""
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@contextmanager
def registered(*handlers: tuple[QObject, tuple[QEvent.Type, ...]]) -> Iterator[None]:
    hub = input_hub()
    for handler, kinds in handlers:
        hub.add(handler, kinds)
    try:
        yield
    finally:
        for handler, _ in handlers:
            hub.remove(handler)


def test_handlers_see_only_their_event_types_newest_first(qtbot: Any, field: QLineEdit) -> None:
    log: list[tuple[str, str]] = []
    older, newer = _Recorder("older", log), _Recorder("newer", log)
    with registered((older, KEYS), (newer, PRESSES)):
        qtbot.keyClick(field, Qt.Key.Key_A)
        field.repaint()
        assert log == [("newer", "KeyPress"), ("older", "KeyPress")]
        assert field.text() == "a"
        log.clear()
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        assert log == [("newer", "MouseButtonPress")]


def test_a_handler_that_returns_true_keeps_the_key_from_the_widget(
    qtbot: Any, field: QLineEdit
) -> None:
    log: list[tuple[str, str]] = []
    older, swallow = _Recorder("older", log), _Recorder("swallow", log, consume=True)
    with registered((older, KEYS), (swallow, KEYS)):
        qtbot.keyClick(field, Qt.Key.Key_B)
        assert field.text() == ""
        assert log == [("swallow", "KeyPress")]
        input_hub().remove(swallow)
        qtbot.keyClick(field, Qt.Key.Key_B)
        assert field.text() == "b"


def test_a_handler_nobody_holds_any_more_is_dropped(qtbot: Any, field: QLineEdit) -> None:
    hub = input_hub()
    before = hub.handlers(QEvent.Type.KeyPress)
    log: list[tuple[str, str]] = []
    recorder = _Recorder("gone", log, consume=True)
    hub.add(recorder, KEYS)
    assert hub.handlers(QEvent.Type.KeyPress) == before + 1
    del recorder
    gc.collect()
    qtbot.keyClick(field, Qt.Key.Key_C)
    assert log == []
    assert field.text() == "c"
    assert hub.handlers(QEvent.Type.KeyPress) == before


def test_a_shut_down_kiosk_leaves_no_input_handlers_behind(kiosk: Kiosk) -> None:
    hub = input_hub()
    # Keypad navigation, the MRZ scanner and the idle timer all listen to keys.
    assert hub.handlers(QEvent.Type.KeyPress) >= 3
    kiosk.shutdown()
    assert hub.handlers(QEvent.Type.KeyPress) == 0
    assert hub.handlers(QEvent.Type.MouseMove) == 0


def test_a_detached_hub_lets_keys_through_until_attached_once_more(
    qtbot: Any, field: QLineEdit
) -> None:
    log: list[tuple[str, str]] = []
    eater = _Recorder("eater", log, consume=True)
    hub = input_hub()
    with registered((eater, KEYS)):
        hub.detach()
        try:
            qtbot.keyClick(field, Qt.Key.Key_A)
            assert field.text() == "a" and log == []
        finally:
            hub.attach()
        hub.attach()  # a second attach must not route each event twice
        qtbot.keyClick(field, Qt.Key.Key_B)
        assert field.text() == "a"
        assert log == [("eater", "KeyPress")]
