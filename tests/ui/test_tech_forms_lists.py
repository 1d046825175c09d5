"""Technician Settings: the fields that hold a list of tables (courses, loan items,
welfare topics, polls, notices) show every table and take edits.

Each field is read and saved as the technician does it: the text in its box
and its Save button. What the technician gets is checked on the running
kiosk (its config, the programmes list a resident sees) and in the saved
file. Expected messages come from ``ui.common.i18n.tr`` with the screens'
own context, so the tests hold in whichever language the translations are at.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from kiosk.config.edit import get_value, strip_none
from kiosk.journeys.programmes import ProgrammesState
from tests.support.resident_screen import button, centre_button, screen_text, tap
from tests.ui import test_tech
from tests.ui.test_tech import _open_page
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.tech.entry import TechnicianEntry
from ui.tech.forms import FieldEditor, SettingsPage

# The running kiosk with a technician PIN, as in the main technician tests.
tech_config = test_tech.tech_config
kiosk = test_tech.kiosk

LIST_FIELDS = [
    "programmes.courses",
    "lending.items",
    "welfare.topics",
    "welfare.hours",
    "participation.polls",
    "participation.notices",
]


def _field(qtbot: Any, kiosk: Kiosk, key: str) -> tuple[TechnicianEntry, FieldEditor]:
    entry, page = _open_page(qtbot, kiosk, "settings", SettingsPage)
    section = key.rpartition(".")[0]
    page.show_section(section)
    return entry, page.forms[section].editor(key)


def _shown(field: FieldEditor) -> str:
    """The field's text as the technician reads it, whatever the entry box."""
    if isinstance(field.editor, QPlainTextEdit):
        return field.editor.toPlainText()
    assert isinstance(field.editor, QLineEdit)
    return field.editor.text()


def _type_and_save(field: FieldEditor, text: str) -> None:
    assert isinstance(field.editor, QPlainTextEdit)
    field.editor.setPlainText(text)
    assert field.save_button is not None and field.save_button.isVisibleTo(field)
    QTest.mouseClick(field.save_button, Qt.MouseButton.LeftButton)


def _saved(tmp_path: Path) -> dict[str, Any]:
    config_file = tmp_path / "kiosk.toml"
    return tomllib.loads(config_file.read_text("utf-8")) if config_file.exists() else {}


@pytest.mark.parametrize("key", LIST_FIELDS)
def test_a_list_of_tables_shows_every_table_and_saving_it_unchanged_changes_nothing(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path, key: str
) -> None:
    entry, field = _field(qtbot, kiosk, key)
    name = key.rpartition(".")[2]
    value = get_value(kiosk.flow.config, key)
    assert value, f"the demo config has no {key} to show"
    # Every table, every key of it, as in a config file.
    shown = _shown(field)
    assert tomllib.loads(shown)[name] == strip_none(value)
    before = entry.controller.config
    saved_before = _saved(tmp_path)
    _type_and_save(field, shown)
    assert not field.message.isVisible()
    assert entry.controller.config is before
    assert kiosk.flow.config is before
    assert _saved(tmp_path) == saved_before
    entry.close()


def _course_list_as_read(qtbot: Any, kiosk: Kiosk) -> str:
    """The courses a resident is offered, reached from home as a resident does."""
    tap(centre_button(kiosk))
    tap(button(kiosk, tr("programmes", "Course registration")))
    qtbot.waitUntil(lambda: kiosk.flow.state is ProgrammesState.LIST, timeout=5000)
    return screen_text(kiosk)


PILATES = """
[[courses]]
id = "pilates"
category = "sports"
term_start = "2026-12-07"
term_end = "2027-02-22"
capacity = 8
registration_opens = "2026-11-16"
registration_closes = "2026-12-06"

[courses.names]
ko = "필라테스"

[courses.schedule]
ko = "매주 월 19:00–20:00"
"""


def test_renamed_resized_added_and_removed_courses_reach_the_residents_list(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, field = _field(qtbot, kiosk, "programmes.courses")
    text = _shown(field)
    # Yoga renamed and given more places, singing dropped, pilates added.
    text = text.replace('ko = "아침 요가"', 'ko = "저녁 요가"', 1)
    text = text.replace('id = "yoga"\ncategory = "sports"', 'id = "yoga"\ncategory = "culture"')
    text = text.replace("capacity = 20\n", "capacity = 25\n", 1)
    singing = text.index('[[courses]]\nid = "singing"')
    text = text[:singing] + PILATES.lstrip()
    _type_and_save(field, text)
    assert not field.message.isVisible()
    courses = kiosk.flow.config.programmes.courses
    assert [c.id for c in courses] == ["yoga", "calligraphy", "smartphone", "pilates"]
    yoga = courses[0]
    assert (yoga.names.ko, yoga.category, yoga.capacity) == ("저녁 요가", "culture", 25)
    saved = _saved(tmp_path)["programmes"]["courses"]
    assert [c["id"] for c in saved] == ["yoga", "calligraphy", "smartphone", "pilates"]
    assert saved[0]["names"]["ko"] == "저녁 요가"
    # The box shows what was saved, pilates' defaults filled in.
    shown = tomllib.loads(_shown(field))["courses"]
    assert shown[3]["waiting_list"] == 0 and shown[3]["names"] == {"ko": "필라테스"}
    entry.close()

    listing = _course_list_as_read(qtbot, kiosk)
    names = ["저녁 요가", "서예 교실", "스마트폰 활용 교실", "필라테스"]
    assert [listing.index(n) for n in names] == sorted(listing.index(n) for n in names)
    assert "아침 요가" not in listing and "노래교실" not in listing
    assert "정원 25명 중 25자리 남음" in listing


def test_an_invalid_edit_says_where_and_changes_nothing(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, field = _field(qtbot, kiosk, "programmes.courses")
    before = entry.controller.config
    saved_before = _saved(tmp_path)
    original = _shown(field)

    # A value the schema refuses: its message, at the course's key path.
    no_places = original.replace("capacity = 20\n", "capacity = 0\n", 1)
    _type_and_save(field, no_places)
    assert field.message.isVisible()
    assert field.message.text() == "programmes.courses[0].capacity: " + tr(
        "config", "input should be greater than or equal to {ge}, got {value}", ge=1, value=0
    )
    assert _shown(field) == no_places  # the technician's text stays to be put right

    # Text that is not TOML: the parser's own words, at the field's key path.
    broken = original.replace('id = "yoga"', 'id = "yoga', 1)
    try:
        tomllib.loads(broken)
    except tomllib.TOMLDecodeError as exc:
        error = str(exc)
    _type_and_save(field, broken)
    assert field.message.text() == "programmes.courses: " + tr(
        "config", "not valid TOML: {error}", error=error
    )

    # A misspelt table name would otherwise drop every course.
    misspelt = original.replace("[[courses]]", "[[course]]").replace("[courses.", "[course.")
    _type_and_save(field, misspelt)
    assert field.message.text() == "programmes.course: " + tr(
        "tech", "only [[{name}]] tables go in this field", name="courses"
    )

    assert entry.controller.config is before
    assert kiosk.flow.config is before
    assert [c.capacity for c in kiosk.flow.config.programmes.courses] == [20, 15, 12, 30]
    assert _saved(tmp_path) == saved_before
    entry.close()

    listing = _course_list_as_read(qtbot, kiosk)
    assert "아침 요가" in listing and "정원 20명 중 20자리 남음" in listing


def test_tab_leaves_the_list_box_for_its_save_button(qtbot: Any, kiosk: Kiosk) -> None:
    """A technician on a keyboard: Tab moves on, as in every other field, not into the text."""
    entry, field = _field(qtbot, kiosk, "programmes.courses")
    box = field.editor
    assert isinstance(box, QPlainTextEdit)
    before = box.toPlainText()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    QTest.keyClick(box, Qt.Key.Key_Tab)
    assert box.toPlainText() == before
    assert field.save_button is not None and field.save_button.hasFocus()
    entry.close()
