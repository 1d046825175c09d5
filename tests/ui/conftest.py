"""Fixtures for the Qt tests: a whole kiosk on mock devices, a shared queue, and a leak check."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.store import Queue
from tests.support.resident_screen import running_kiosk
from ui.app.compose import Kiosk
from ui.common.queue_feed import SharedQueue


@pytest.fixture
def kiosk(qtbot: object, tmp_path: Path, config: KioskConfig, clock: FakeClock) -> Iterator[Kiosk]:
    with running_kiosk(config, tmp_path, clock) as k:
        yield k


@pytest.fixture
def shared(tmp_path: Path, config: KioskConfig, clock: FakeClock) -> Iterator[SharedQueue]:
    """The queue the counter and display windows share, on a SQLite file."""
    queue = SharedQueue.open(config, f"sqlite:///{tmp_path / 'k.sqlite3'}", clock)
    yield queue
    queue.close()


@pytest.fixture
def queue(shared: SharedQueue, config: KioskConfig, clock: FakeClock) -> Queue:
    """The kiosk's side of ``shared``: issues tickets into it."""
    return Queue(shared.engine, config, clock)


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    for w in leaked:
        w.close()
    # Finish this test's deletions now, while its threads are stopped: left
    # to chance, Python's cycle collector freed a finished test's Qt objects
    # in the middle of the next test, beside that test's worker threads, and
    # the suite crashed (SIGSEGV, once in six full runs here).
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert leaked == [], f"top-level widgets left open: {leaked}"
