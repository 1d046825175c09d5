"""Technician mode, Devices page: "Use" beside a found printer, or "Use this
printer" for a network one, changes the device and keeps the other options a
technician set for that backend (a serial baud rate, a network time limit).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from drivers import discovery
from drivers.discovery import SerialPort
from tests.support.fake_discovery import one_cups_queue
from tests.ui import test_tech
from tests.ui.test_tech import _open_page, _scan
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.tech import devices
from ui.tech.devices import DevicesPage

# The running kiosk with a technician PIN, as in the main technician tests.
tech_config = test_tech.tech_config
kiosk = test_tech.kiosk


def _saved(tmp_path: Path) -> dict[str, Any]:
    return tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))


# -- devices: "Use" changes the device, not its other options -------------------------------


def _use_button(page: DevicesPage, found: str) -> QPushButton:
    """The "Use" button on the row of the found device whose text has ``found``."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for row in page.found_box.findChildren(QWidget):
        texts = [lab.text() for lab in row.findChildren(QLabel, options=direct)]
        buttons = row.findChildren(QPushButton, options=direct)
        if buttons and any(found in text for text in texts):
            (use,) = buttons
            assert use.text() == tr("tech", "Use")
            return use
    raise AssertionError(f"no row for {found}")


def test_use_this_printer_keeps_the_network_time_limit_set_before(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "devices", DevicesPage)
    # A slow network printer was given a longer time limit earlier.
    slow = {"host": "10.0.0.9", "port": 9100, "timeout_s": 10.0}
    assert entry.controller.apply("devices.printer.network", slow) == []
    page.host.setText("10.0.0.7")
    page.port.setText("9101")
    QTest.mouseClick(page.use_network_button, Qt.MouseButton.LeftButton)
    assert page.network_result.text() == tr(
        "tech", "Printer changed; it is used from the next ticket."
    )
    printer = _saved(tmp_path)["devices"]["printer"]
    assert printer["backend"] == "network"
    assert printer["network"] == {"host": "10.0.0.7", "port": 9101, "timeout_s": 10.0}
    assert kiosk.flow.config.devices.printer.network is not None
    assert kiosk.flow.config.devices.printer.network.timeout_s == 10.0
    entry.close()


def test_use_beside_a_found_serial_port_keeps_its_baud_rate(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_cups_queue(monkeypatch)
    port = SerialPort("/dev/ttyUSB1", "USB serial printer", "USB VID:PID=0416:5011")
    monkeypatch.setattr(discovery, "discover_serial", lambda: discovery.Section([port]))
    monkeypatch.setattr(devices, "qt_voices", lambda: [])  # Qt speech engines load audio libraries
    entry, page = _open_page(qtbot, kiosk, "devices", DevicesPage)
    # The printer on the old port was set to 9600 baud, and its port was renamed.
    old = {"device": "/dev/ttyUSB0", "baudrate": 9600, "timeout_s": 5.0}
    assert entry.controller.apply("devices.printer.serial", old) == []
    _scan(qtbot, page)
    QTest.mouseClick(_use_button(page, "/dev/ttyUSB1"), Qt.MouseButton.LeftButton)
    assert page.found_summary.text() == tr(
        "tech", "Printer changed; it is used from the next ticket."
    )
    printer = _saved(tmp_path)["devices"]["printer"]
    assert printer["backend"] == "serial"
    assert printer["serial"] == {"device": "/dev/ttyUSB1", "baudrate": 9600, "timeout_s": 5.0}
    entry.close()
