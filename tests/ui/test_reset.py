"""The next resident finds the kiosk as configured: settings a resident changed
on home go back after ``ui.home_reset_s``, warned first, as a screen reader
and the screen show it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from kiosk.journeys.flow import State
from ui.app.compose import Kiosk
from ui.common.i18n import tr


def _checked(widget: Any) -> bool:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return bool(iface.state().checked)


def test_big_text_and_contrast_left_on_home_go_back_for_the_next_resident(
    qtbot: Any, kiosk: Kiosk
) -> None:
    window = kiosk.window
    bar = window.access_bar
    low = kiosk.flow.session.low_screen  # the configured default
    bar.zoom.click()
    bar.contrast.click()
    assert _checked(bar.zoom) and _checked(bar.contrast)
    assert window.metrics.text_zoom == 2.0
    limit = kiosk.flow.time_limit_s()
    assert limit == kiosk.config.ui.home_reset_s
    kiosk.clock.advance(limit - 20)  # type: ignore[attr-defined]
    window.tick()
    # Warned on screen, with "more time", in the resident's own words.
    assert window.time_warning.isVisible()
    assert "20" in window.time_warning.label.text()
    assert QApplication.focusWidget() is window.time_warning.button
    kiosk.clock.advance(20)  # type: ignore[attr-defined]
    window.tick()
    assert kiosk.flow.state is State.HOME
    assert not window.time_warning.isVisible()
    assert window.metrics.text_zoom == 1.0
    assert kiosk.flow.session.theme == kiosk.config.ui.theme
    assert not _checked(bar.zoom) and not _checked(bar.contrast)
    assert _checked(bar.low) is low
    assert bar.zoom.text() == tr("access", "Big text")
    assert kiosk.flow.time_limit_s() is None  # nothing left to reset


def test_home_at_the_defaults_never_warns(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.clock.advance(3600)  # type: ignore[attr-defined]
    kiosk.window.tick()
    assert not kiosk.window.time_warning.isVisible()
