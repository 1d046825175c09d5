"""Technician mode's Settings page shows the records service's address with its
password and key masked, and keeps them when the technician edits the address."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit

from tests.ui import test_tech
from tests.ui.test_tech import _open_page
from ui.app.compose import Kiosk
from ui.tech.forms import SettingsPage

# The running kiosk with a technician PIN, as in the main technician tests.
tech_config = test_tech.tech_config
kiosk = test_tech.kiosk


def test_the_settings_page_masks_a_password_and_key_in_the_records_address(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "settings", SettingsPage)
    stored = "https://kiosk:Pw0rd4@records.example.go.kr/api?key=K3yValue"
    records = {"url": stored, "token": "T0kenValue"}
    assert (
        entry.controller.apply_many([("records.http", records), ("records.backend", "http")]) == []
    )
    page.show_section("records")
    field = page.forms["records"].editor("records.http.url")
    shown = "https://kiosk:***@records.example.go.kr/api?key=***"
    assert field.editor.text() == shown  # type: ignore[attr-defined]
    texts = [edit.text() for edit in page.findChildren(QLineEdit)]
    assert not [t for t in texts if "Pw0rd4" in t or "K3yValue" in t]

    # The technician moves the service to another host, leaving the masks in place.
    field.editor.setText(shown.replace("records.", "records2."))  # type: ignore[attr-defined]
    field._commit_text()
    saved = tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))
    assert saved["records"]["http"]["url"] == stored.replace("records.", "records2.")
    entry.close()
