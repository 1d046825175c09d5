"""Fixtures for the Qt tests: a whole kiosk on mock devices, and a leak check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from ui.app.compose import Kiosk, build_kiosk


@pytest.fixture
def kiosk(qtbot: object, tmp_path: Path, config: KioskConfig, clock: FakeClock) -> Iterator[Kiosk]:
    k = build_kiosk(config, data_dir=tmp_path, clock=clock, kiosk_mode=False)
    k.window.show()
    k.start()
    yield k
    k.shutdown()


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    yield
    qapp.processEvents()
    leaked = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    for w in leaked:
        w.close()
    assert leaked == [], f"top-level widgets left open: {leaked}"
