"""The first frame: home painted from the remembered snapshot, then bound to the real flow.

What a resident sees first must be the home screen itself, pixel for pixel,
in every look a config can start in; and once the config is validated the
same window issues tickets.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, default_config
from kiosk.first_frame import HomeSnapshot, fingerprint, save_snapshot
from kiosk.journeys.flow import State
from ui.app.compose import attach_services, bind_config, build_first_frame, build_window
from ui.resident.screens.base import HomeScreen
from ui.resident.window import MainWindow


def _shown(qtbot: Any, window: MainWindow) -> QImage:
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # layouts settle before the frame is taken
    return window.grab().toImage()


#: Visible texts with their style sheet and box on the window.
Shown = list[tuple[str, str, tuple[int, int, int, int]]]


def _what_is_shown(window: MainWindow) -> Shown:
    """Every visible text on the window and where it is."""
    shown = []
    for widget in window.findChildren(QLabel):
        if widget.isVisibleTo(window) and widget.text():
            box = widget.geometry()
            corner = widget.mapTo(window, box.topLeft() - box.topLeft())
            shown.append(
                (
                    widget.text(),
                    widget.styleSheet(),
                    (corner.x(), corner.y(), box.width(), box.height()),
                )
            )
    return sorted(shown)


def _home_built_whole(qtbot: Any, config: KioskConfig, clock: FakeClock) -> tuple[QImage, Shown]:
    """Home as a window built with its flow shows it: the picture and the texts."""
    # Under pytest-qt the first window of a process is built before the
    # application has the kiosk's font (``kiosk run`` sets it first, in
    # ensure_app), so the window compared with is a later one.
    for _ in range(2):
        whole = build_window(config, clock=clock, kiosk_mode=False)
        expected = _shown(qtbot, whole)
        texts = _what_is_shown(whole)
        _close(whole)
    return expected, texts


def _same_picture(a: QImage, b: QImage) -> bool:
    """Equal but for anti-aliasing: Qt places glyphs a fraction of a pixel apart
    between windows of one process, so edge pixels of text may differ."""
    if a.size() != b.size():
        return False
    differing = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            if a.pixel(x, y) != b.pixel(x, y):
                differing += 1
    return differing < a.width() * a.height() / 4 / 1000  # under 0.1 %


def _close(window: MainWindow) -> None:
    window.shutdown()
    window.close()
    window.languages.close()
    window.deleteLater()


@pytest.mark.parametrize(
    ("language", "theme"),
    [("ko", "standard"), ("en", "high_contrast"), ("vi", "standard"), ("zh", "standard")],
)
def test_the_first_frame_is_the_home_screen(
    qtbot: Any, config: KioskConfig, clock: FakeClock, language: str, theme: str
) -> None:
    config = config.model_copy(
        update={"ui": config.ui.model_copy(update={"language": language, "theme": theme})}
    )
    expected, texts = _home_built_whole(qtbot, config, clock)
    first = build_first_frame(HomeSnapshot.from_config(config), clock=clock, kiosk_mode=False)
    try:
        assert _same_picture(_shown(qtbot, first), expected)
        assert _what_is_shown(first) == texts
        bind_config(first, config)
        assert isinstance(first.current_screen, HomeScreen)
        # Binding changes nothing a resident sees.
        assert _same_picture(_shown(qtbot, first), expected)
        assert _what_is_shown(first) == texts
    finally:
        _close(first)


def test_a_bound_first_frame_issues_tickets(
    qtbot: Any, config: KioskConfig, clock: FakeClock, tmp_path: Any
) -> None:
    window = build_first_frame(HomeSnapshot.from_config(config), clock=clock, kiosk_mode=False)
    _shown(qtbot, window)
    bind_config(window, config)
    kiosk = attach_services(window, data_dir=tmp_path)
    kiosk.start()
    try:
        home = window.current_screen
        assert isinstance(home, HomeScreen)
        # The buttons are the validated config's services now.
        assert [b.service for b in home.service_buttons if not b.priority] == list(
            config.enabled_services
        )
        QTest.mouseClick(home.service_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
        [job] = kiosk.printer.jobs  # type: ignore[attr-defined]
        assert "A-001" in job.document.plain_text()
        assert "민원 일반" in job.document.plain_text()
    finally:
        kiosk.shutdown()


def test_a_snapshot_that_no_longer_matches_is_corrected_by_the_validated_config(
    qtbot: Any, config: KioskConfig, clock: FakeClock
) -> None:
    expected, texts = _home_built_whole(qtbot, config, clock)
    # What an older config said: another name, one service, high contrast.
    older = config.model_copy(
        update={
            "center": config.center.model_copy(
                update={"name": config.center.name.model_copy(update={"ko": "옛 주민센터"})}
            ),
            "services": config.services[:1],
            "ui": config.ui.model_copy(update={"theme": "high_contrast"}),
        }
    )
    first = build_first_frame(HomeSnapshot.from_config(older), clock=clock, kiosk_mode=False)
    try:
        _shown(qtbot, first)
        assert "옛 주민센터" in [text for text, _style, _box in _what_is_shown(first)]
        bind_config(first, config)
        assert _same_picture(_shown(qtbot, first), expected)
        assert _what_is_shown(first) == texts
    finally:
        _close(first)


def test_what_a_resident_does_on_the_first_frame_is_carried_out_once_bound(
    qtbot: Any, config: KioskConfig, clock: FakeClock, tmp_path: Any
) -> None:
    window = build_first_frame(HomeSnapshot.from_config(config), clock=clock, kiosk_mode=False)
    _shown(qtbot, window)
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    # Big text, then a service and a staff call, all before the config is validated.
    QTest.mouseClick(window.access_bar.zoom, Qt.MouseButton.LeftButton)
    QTest.mouseClick(home.service_buttons[0], Qt.MouseButton.LeftButton)
    assert home.staff_button is not None
    QTest.mouseClick(home.staff_button, Qt.MouseButton.LeftButton)
    bind_config(window, config)
    assert window.flow.session.text_zoom == 2.0
    assert window.access_bar.zoom.isChecked()
    assert window.flow.state is State.ISSUING
    kiosk = attach_services(window, data_dir=tmp_path)
    kiosk.start()
    try:
        qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
        [job] = kiosk.printer.jobs  # type: ignore[attr-defined]
        assert "A-001" in job.document.plain_text()
        # The staff call reached the counters' table once the database was open.
        qtbot.waitUntil(lambda: len(kiosk.queue.events(["staff_call"])) == 1, timeout=5000)
    finally:
        kiosk.shutdown()


def test_the_first_frame_is_painted_without_the_schema_the_flow_or_qts_namespace(
    tmp_path: Any,
) -> None:
    """What keeps the first frame quick, checked in a fresh process: home is
    painted before pydantic, the flow and the certificate stack are imported
    and before PySide builds the enum classes of Qt's namespace."""
    assert save_snapshot(tmp_path, fingerprint(None), default_config())
    code = """
import sys
from pathlib import Path
from PySide6 import QtCore
from kiosk.first_frame import fingerprint, load_snapshot
from ui.app.compose import build_first_frame
from ui.common.application import ensure_app
from ui.firstpaint import after_first_paint

app = ensure_app()
window = build_first_frame(load_snapshot(Path(sys.argv[1]), fingerprint(None)), kiosk_mode=False)

def painted():
    heavy = [m for m in ("pydantic", "kiosk.config", "kiosk.journeys.flow", "kiosk.journeys.certificates") if m in sys.modules]
    print("heavy:", heavy, "namespace:", "Qt" in vars(QtCore))
    app.exit(0)

after_first_paint(window, painted)
window.show()
app.exec()
"""
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert "heavy: [] namespace: False" in result.stdout, result.stdout + result.stderr[-2000:]
