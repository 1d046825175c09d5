"""Technician mode's settings forms: a service switches between its ticket
prefix and a number band in one step, and a refused change shows the saved
value again beside its reason.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from kiosk.config.edit import parse_value
from tests.ui import test_tech
from tests.ui.test_tech import _open_page
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.tech.forms import FieldEditor, SettingsPage, config_text
from ui.tech.services import ServicesPage

# The running kiosk with a technician PIN, as in the main technician tests.
tech_config = test_tech.tech_config
kiosk = test_tech.kiosk


def _saved(tmp_path: Path) -> dict[str, Any]:
    return tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))


def _line(field: FieldEditor) -> QLineEdit:
    assert isinstance(field.editor, QLineEdit)
    return field.editor


def _type(field: FieldEditor, text: str) -> None:
    """Type ``text`` into the field and leave it (Return), as a technician does."""
    box = _line(field)
    box.setFocus()
    box.selectAll()
    if text:
        QTest.keyClicks(box, text)
    else:
        QTest.keyClick(box, Qt.Key.Key_Backspace)
    QTest.keyClick(box, Qt.Key.Key_Return)


# -- services: prefix or number band, switched in one step ---------------------------------


def test_a_service_switches_from_its_prefix_to_a_number_band_and_back(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    form = page.boxes[1].form
    prefix, band = form.editor("services[1].prefix"), form.editor("services[1].band")
    assert _line(prefix).text() == "B"

    _type(band, "[500, 799]")
    # Saved once the queue says no ticket of the service is in play.
    cleared = tr(
        "tech",
        "{field} was cleared: only one of the two can be set.",
        field=config_text("Ticket prefix"),
    )
    qtbot.waitUntil(lambda: band.message.text() == cleared, timeout=5000)
    assert band.message.isVisible()
    assert _line(prefix).text() == ""
    assert parse_value(_line(band).text()) == [500, 799]
    service = _saved(tmp_path)["services"][1]
    assert service["band"] == [500, 799] and "prefix" not in service
    assert kiosk.flow.config.services[1].band == (500, 799)
    assert kiosk.flow.config.services[1].prefix is None

    # And back to a letter: the band goes.
    _type(prefix, "E")
    cleared = tr(
        "tech",
        "{field} was cleared: only one of the two can be set.",
        field=config_text("Number band"),
    )
    qtbot.waitUntil(lambda: prefix.message.text() == cleared, timeout=5000)
    assert _line(band).text() == ""
    service = _saved(tmp_path)["services"][1]
    assert service["prefix"] == "E" and "band" not in service
    assert kiosk.flow.config.services[1].band is None
    entry.close()


def test_a_band_refused_for_itself_clears_nothing(qtbot: Any, kiosk: Kiosk, tmp_path: Path) -> None:
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    form = page.boxes[1].form
    prefix, band = form.editor("services[1].prefix"), form.editor("services[1].band")
    _type(band, "[800, 700]")
    assert band.message.text().startswith("services[1].band: ")
    assert _line(prefix).text() == "B"
    assert _line(band).text() == ""  # what is saved: no band
    assert kiosk.flow.config.services[1].prefix == "B"
    assert not (tmp_path / "kiosk.toml").exists()

    # Clearing the prefix alone leaves the service with neither: refused, and the
    # letter is shown again.
    _type(prefix, "")
    assert prefix.message.isVisible()
    assert _line(prefix).text() == "B"
    assert kiosk.flow.config.services[1].prefix == "B"
    entry.close()


# -- a refused change shows the saved value again ------------------------------------------


def test_a_refused_toggle_is_shown_off_again_with_its_reason(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "settings", SettingsPage)
    page.show_section("devices.card_reader")
    key = "devices.card_reader.passive_auth.allow_unverified"
    field = page.forms["devices.card_reader"].editor(key)
    box = field.editor
    assert isinstance(box, QCheckBox) and not box.isChecked()
    box.click()
    assert not box.isChecked()
    assert field.message.isVisible()
    assert field.message.text().startswith(f"{key}: ")
    assert kiosk.flow.config.devices.card_reader.passive_auth.allow_unverified is False
    assert not (tmp_path / "kiosk.toml").exists()
    entry.close()


def test_a_refused_choice_and_a_refused_text_show_the_saved_value_again(
    qtbot: Any, kiosk: Kiosk
) -> None:
    entry, page = _open_page(qtbot, kiosk, "settings", SettingsPage)
    page.show_section("devices.printer")
    # The USB backend needs its ids first ([devices.printer.usb]).
    backend = page.forms["devices.printer"].editor("devices.printer.backend")
    combo = backend.editor
    assert isinstance(combo, QComboBox) and combo.currentText() == "mock"
    combo.setCurrentIndex(combo.findData("usb"))
    combo.activated.emit(combo.currentIndex())
    assert backend.message.isVisible()
    assert combo.currentText() == "mock"
    assert kiosk.flow.config.devices.printer.backend == "mock"

    assert entry.tech_window is not None
    entry.tech_window.show_page("services")
    services = entry.tech_window.pages["services"]
    assert isinstance(services, ServicesPage)
    prefix = services.boxes[0].form.editor("services[0].prefix")
    _type(prefix, "aa")
    assert prefix.message.text().startswith("services[0].prefix: ")
    assert _line(prefix).text() == "A"
    entry.close()
