"""Technician mode: a printer it cannot use, secrets on the Settings page, the dashboard.

Expected text comes from ``ui.common.i18n.tr`` with the screens' own context
(``tech``), so the tests hold in whichever language the translations are at.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from drivers.printer import create_printer
from drivers.registry import BackendUnavailableError
from kiosk.config.edit import set_value
from tests.ui import test_tech
from tests.ui.test_tech import _open_page
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.tech.dashboard import DashboardPage
from ui.tech.devices import DevicesPage
from ui.tech.forms import SettingsPage

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


def _field_texts(page: QWidget) -> list[str]:
    """Every text the Settings page shows in its entry fields."""
    return [edit.text() for edit in page.findChildren(QLineEdit)]


def test_the_settings_page_shows_no_token_and_no_database_password(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "settings", SettingsPage)
    controller = entry.controller
    records = {"url": "https://records.example.go.kr/api", "token": "TOPSECRETTOKEN"}
    assert controller.apply_many([("records.http", records), ("records.backend", "http")]) == []
    stored = "postgresql+psycopg://kiosk:S3cretPw@db.local/kiosk"
    assert controller.apply("storage.database_url", stored) == []
    page.show_section("storage")
    field = page.forms["storage"].editor("storage.database_url")
    assert field.editor.text() == "postgresql+psycopg://kiosk:***@db.local/kiosk"  # type: ignore[attr-defined]
    # The token has no field at all; nothing on the page holds either secret.
    with pytest.raises(KeyError):
        page.forms["records"].editor("records.http.token")
    assert not [t for t in _field_texts(page) if "TOPSECRETTOKEN" in t or "S3cretPw" in t]

    # The technician moves the database to another host and leaves the password masked.
    field.editor.setText("postgresql+psycopg://kiosk:***@db2.local/kiosk")  # type: ignore[attr-defined]
    field._commit_text()
    saved = tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))
    assert saved["storage"]["database_url"] == "postgresql+psycopg://kiosk:S3cretPw@db2.local/kiosk"
    assert saved["records"]["http"]["token"] == "TOPSECRETTOKEN"
    assert field.editor.text() == "postgresql+psycopg://kiosk:***@db2.local/kiosk"  # type: ignore[attr-defined]
    # A password typed in is the new one.
    field.editor.setText("postgresql+psycopg://kiosk:N3wPw@db2.local/kiosk")  # type: ignore[attr-defined]
    field._commit_text()
    saved = tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))
    assert saved["storage"]["database_url"] == "postgresql+psycopg://kiosk:N3wPw@db2.local/kiosk"
    assert "N3wPw" not in field.editor.text()  # type: ignore[attr-defined]
    entry.close()


def test_the_dashboard_hides_a_password_given_in_the_database_url_query(
    qtbot: Any, kiosk: Kiosk
) -> None:
    entry, dashboard = _open_page(qtbot, kiosk, "dashboard", DashboardPage)
    url = "postgresql+psycopg://kiosk:S3cretPw@db.local/kiosk?password=Qp4ss&sslmode=require"
    assert entry.controller.apply("storage.database_url", url) == []
    dashboard.refresh()
    where = tr(
        "tech",
        "Location: {where}",
        where="postgresql+psycopg://kiosk:***@db.local/kiosk?password=***&sslmode=require",
    )
    qtbot.waitUntil(lambda: where in dashboard.database.text(), timeout=5000)
    assert "Qp4ss" not in dashboard.database.text()
    entry.close()


def test_the_dashboard_warns_while_a_real_reader_trusts_the_test_csca(
    qtbot: Any, kiosk: Kiosk
) -> None:
    entry, dashboard = _open_page(qtbot, kiosk, "dashboard", DashboardPage)
    warning = tr(
        "tech",
        "Chips signed by the test CSCA are trusted: turn off "
        "devices.card_reader.passive_auth.test_cards on a kiosk that serves real residents.",
    )
    dashboard.refresh()
    assert warning not in dashboard.card.text()  # the demo's mock reader
    assert entry.controller.apply("devices.card_reader.backend", "pcsc") == []
    dashboard.refresh()
    assert warning not in dashboard.card.text()  # off unless asked for
    assert entry.controller.apply("devices.card_reader.passive_auth.test_cards", True) == []
    dashboard.refresh()
    qtbot.waitUntil(lambda: warning in dashboard.card.text(), timeout=5000)
    assert entry.controller.apply("devices.card_reader.passive_auth.test_cards", False) == []
    dashboard.refresh()
    qtbot.waitUntil(lambda: warning not in dashboard.card.text(), timeout=5000)
    entry.close()
