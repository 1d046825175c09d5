"""Guard against Qt bindings that leak references on void calls.

PySide6 6.12.0 under Python 3.11 dropped one reference to ``None`` on every
void method call; a kiosk that runs for days makes millions of such calls
and aborts with "deallocating None". This test fails on such a binding.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qapp: object) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("가")
        label.update()
        QCoreApplication.processEvents()
    # A little slack for unrelated objects created or freed meanwhile.
    assert abs(sys.getrefcount(None) - before) < 200
