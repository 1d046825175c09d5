"""Technician mode: a printer it cannot use, secrets on the Settings page, the dashboard.

Expected text comes from ``ui.common.i18n.tr`` with the screens' own context
(``tech``), so the tests hold in whichever language the translations are at.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from drivers.printer import create_printer
from drivers.registry import BackendUnavailableError
from kiosk.config.edit import set_value
from tests.ui import test_tech
from tests.ui.test_tech import _open_page
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.tech.devices import DevicesPage

# The running kiosk with a technician PIN, as in the main technician tests.
tech_config = test_tech.tech_config
kiosk = test_tech.kiosk


def test_a_printer_this_machine_cannot_drive_is_refused_and_not_saved(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "devices", DevicesPage)
    old_printer = kiosk.worker.printer
    changes = [
        ("devices.printer.win32raw", {"queue": "Receipt"}),
        ("devices.printer.backend", "win32raw"),
    ]
    # What the next start would meet: win32raw needs Windows.
    wanted = set_value(kiosk.flow.config, "devices.printer.win32raw", {"queue": "Receipt"})
    wanted = set_value(wanted, "devices.printer.backend", "win32raw")
    try:
        create_printer(wanted.devices.printer)
    except BackendUnavailableError as exc:
        reason = str(exc)
    page._use(changes)
    qtbot.wait(100)
    assert page.found_summary.text() == "devices.printer.backend: " + tr(
        "tech", "this printer cannot be used, nothing was changed: {reason}", reason=reason
    )
    # The kiosk goes on with its printer, and the file does not name the new one.
    assert kiosk.worker.printer is old_printer
    assert entry.controller.config.devices.printer.backend == "mock"
    config_file = tmp_path / "kiosk.toml"
    if config_file.exists():
        saved = tomllib.loads(config_file.read_text("utf-8"))
        assert saved["devices"]["printer"]["backend"] == "mock"
    entry.close()
