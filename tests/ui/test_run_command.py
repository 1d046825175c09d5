"""``kiosk run`` in this process: home first, then services and input.

``kiosk run`` routes the application's input events and opens the database
only once home has been painted. These tests drive the real command and
check that a resident's keys and taps still reach the kiosk.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.config.errors import ConfigError
from ui.app.commands import run as run_command
from ui.resident.screens.home import HomeScreen
from ui.resident.window import MainWindow


def _run_kiosk(tmp_path: Path, act: Callable[[MainWindow], None]) -> int:
    """Run ``kiosk run --windowed`` until ``act`` has run on the booted window."""
    args = argparse.Namespace(
        config=None,
        windowed=True,
        data_dir=tmp_path,
        journal=None,
        bench_first_paint=False,
    )

    def booted_window() -> MainWindow | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.queue is not None:
                return widget
        return None

    running = True

    def poll() -> None:
        if not running:
            return  # the kiosk stopped without booting: no later test's window is ours
        window = booted_window()
        if window is None:
            QTimer.singleShot(20, poll)
            return
        try:
            act(window)
        finally:
            QApplication.exit(0)

    QTimer.singleShot(0, poll)
    # Never hang the suite if the kiosk does not boot; a stray exit() later
    # would end some other test's event loop, so the guard is stopped after.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(9))
    guard.start(30_000)
    try:
        return run_command.run(args)
    finally:
        running = False
        guard.stop()


def test_a_keypad_key_after_boot_starts_the_voice_guide(qapp, tmp_path: Path) -> None:
    said: list[str] = []

    def press_down(window: MainWindow) -> None:
        assert isinstance(window.current_screen, HomeScreen)
        assert not window.voice.active
        QTest.keyClick(window.current_screen, Qt.Key.Key_Down)
        QApplication.processEvents()
        said.extend(u.text for u in window.voice.speaker.utterances)  # type: ignore[attr-defined]
        assert window.voice.active

    assert _run_kiosk(tmp_path, press_down) == 0
    # The guide introduces home aloud, with the keypad's keys.
    assert said and "원하시는 업무를 누르세요" in said[0], said
    assert "5번은 선택" in said[0]


def test_a_tap_on_home_after_boot_prints_a_ticket(qapp, tmp_path: Path) -> None:
    printed: list[str] = []

    def tap(window: MainWindow) -> None:
        home = window.current_screen
        assert isinstance(home, HomeScreen)
        QTest.mouseClick(home.service_buttons[0], Qt.MouseButton.LeftButton)
        deadline = time.monotonic() + 10
        while not window.worker.printer.jobs and time.monotonic() < deadline:  # type: ignore[union-attr]
            QApplication.processEvents()
        printed.extend(j.document.plain_text() for j in window.worker.printer.jobs)  # type: ignore[union-attr]

    assert _run_kiosk(tmp_path, tap) == 0
    assert printed and "A-001" in printed[0] and "민원 일반" in printed[0]


def test_an_invalid_config_stops_the_kiosk_naming_the_key(qapp, tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text('schema_version = 1\n[ui]\nlanguage = "fr"\n', encoding="utf-8")
    args = argparse.Namespace(
        config=config_file, windowed=True, data_dir=tmp_path, journal=None, bench_first_paint=False
    )
    with pytest.raises(ConfigError) as raised:
        run_command.run(args)
    assert "ui.language" in str(raised.value)
