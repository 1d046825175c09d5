"""The counter terminal's course registration panel (``ui.counter.programmes``), with pytest-qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.programmes import Registration
from kiosk.centre.programmes_store import Programmes
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.storage.database import programme_registrations
from tests.support.queue_windows import started_panel
from ui.common.i18n import tr
from ui.common.queue_feed import SharedQueue
from ui.counter.programmes import ProgrammesPanel
from ui.counter.services import enabled_panels

PHONES = ("01012345678", "01022223333", "01044445555")


def _panel(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, data: Path
) -> ProgrammesPanel:
    panel = started_panel(qtbot, ProgrammesPanel, shared, config, clock, data)
    shared.worker.wait_idle()
    return panel


def _yoga_from_a_kiosk(
    shared: SharedQueue, config: KioskConfig, clock: FakeClock, data: Path, places: int
) -> tuple[Programmes, list[Registration | None]]:
    """Yoga with ``places`` places and 2 on the waiting list; a kiosk registers ``PHONES``."""
    course = config.programmes.course("yoga")
    course.capacity, course.waiting_list = places, 2
    kiosk = Programmes(shared.engine, config, clock, PersonalDataKey.load_or_create(data))
    return kiosk, [kiosk.register("yoga", phone).registration for phone in PHONES]


def test_lists_reveals_and_cancels(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    course = config.programmes.course("yoga")
    course.capacity, course.waiting_list = 2, 2
    data = tmp_path / "data"
    kiosk = Programmes(shared.engine, config, clock, PersonalDataKey.load_or_create(data))
    for phone in PHONES:
        kiosk.register("yoga", phone, name="김민원" if phone == PHONES[0] else None)
    panel = _panel(qtbot, shared, config, clock, data)
    assert panel.course_id() == "yoga"
    assert "2/2" in panel.counts.text() and "1/2" in panel.counts.text()
    texts = [
        [panel.table.item(r, c).text() for c in range(5)] for r in range(panel.table.rowCount())
    ]
    assert [t[0] for t in texts] == ["YOGA-001", "YOGA-002", "YOGA-003"]
    assert texts[0][3] == "010-****-5678" and texts[2][2] == "1"
    assert texts[0][4] == "2026-11-23 09:30"  # the centre's time
    assert not any("01012345678" in cell for row in texts for cell in row)

    # Revealing one row on purpose.
    panel.table.selectRow(0)
    panel.reveal_selected()
    shared.worker.wait_idle()
    assert panel.revealed.text() == "YOGA-001: 010-1234-5678  김민원"
    panel.table.selectRow(1)
    assert panel.revealed.text() == ""  # another row hides it

    # Cancelling the first promotes the waiting one.
    panel.table.selectRow(0)
    panel.confirm = lambda question: True  # type: ignore[method-assign]
    panel.cancel_selected()
    shared.worker.wait_idle()
    shared.worker.wait_idle()
    assert "YOGA-003" in panel.status.text()
    statuses = {
        panel.rows[r].registration_no: panel.rows[r].status.value for r in range(len(panel.rows))
    }
    assert statuses == {"YOGA-001": "cancelled", "YOGA-002": "registered", "YOGA-003": "registered"}


def test_starting_the_tab_erases_registrations_that_are_over(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    kiosk = Programmes(shared.engine, config, clock, PersonalDataKey.load_or_create(data))
    old = kiosk.register("yoga", PHONES[0], name="김민원").registration
    assert old is not None
    kiosk.cancel(old.id)
    clock.advance(31 * 24 * 3600)
    running = kiosk.register("singing", PHONES[1], name="이주민").registration  # term running
    assert running is not None
    panel = _panel(qtbot, shared, config, clock, data)
    r = programme_registrations.c
    with shared.engine.connect() as conn:
        rows = conn.execute(select(r.id, r.phone_hash, r.phone_enc, r.name_enc)).all()
    stored = {row.id: tuple(row[1:]) for row in rows}
    assert stored[old.id] == (None, None, None)
    assert None not in stored[running.id]
    panel.table.selectRow(0)
    panel.reveal_selected()
    shared.worker.wait_idle()
    assert panel.revealed.text() == "YOGA-001: the name and phone number were erased."


def test_no_panel_when_programmes_are_off(
    shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    config.programmes.enabled = False
    panels = enabled_panels(shared, config, clock, tmp_path)
    assert not any(isinstance(panel, ProgrammesPanel) for panel in panels)


def test_cancel_acts_on_the_selected_registration_after_the_list_moves(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    """Staff select YOGA-002; another counter cancels YOGA-001, which moves to the bottom
    and lets YOGA-003 up into row 2. Cancel still cancels YOGA-002."""
    data = tmp_path / "data"
    kiosk, regs = _yoga_from_a_kiosk(shared, config, clock, data, places=2)
    panel = _panel(qtbot, shared, config, clock, data)
    panel.table.selectRow(1)
    assert panel.table.item(1, 0).text() == "YOGA-002"
    first = regs[0]
    assert first is not None
    kiosk.cancel(first.id)  # at the other counter
    panel.refresh()
    shared.worker.wait_idle()
    assert [panel.table.item(r, 0).text() for r in range(3)] == ["YOGA-002", "YOGA-003", "YOGA-001"]
    panel.confirm = lambda question: True  # type: ignore[method-assign]
    panel.cancel_selected()
    shared.worker.wait_idle()
    shared.worker.wait_idle()
    statuses = {reg.registration_no: reg.status.value for reg in panel.rows}
    assert statuses == {"YOGA-001": "cancelled", "YOGA-002": "cancelled", "YOGA-003": "registered"}


def test_starting_the_tab_gives_added_places_to_the_waiting_and_says_whom_to_call(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _yoga_from_a_kiosk(shared, config, clock, data, places=1)
    config.programmes.course("yoga").capacity = 3  # raised before the counter starts
    panel = _panel(qtbot, shared, config, clock, data)
    assert panel.to_call.text() == _please_call("YOGA-002, YOGA-003")
    assert [(reg.registration_no, reg.status.value) for reg in panel.rows] == [
        ("YOGA-001", "registered"),
        ("YOGA-002", "registered"),
        ("YOGA-003", "registered"),
    ]


def _please_call(numbers: str) -> str:
    return tr(
        "counter_programmes",
        "{number} moved from the waiting list to a place: please call them.",
        number=numbers,
    )


def _said(panel: ProgrammesPanel) -> str:
    """Everything the tab's labels say (wherever on the tab staff read it)."""
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


def _statuses(panel: ProgrammesPanel) -> dict[str, str]:
    return {
        panel.table.item(r, 0).text(): panel.table.item(r, 1).text()
        for r in range(panel.table.rowCount())
    }


def test_a_place_a_kiosk_gives_out_while_the_tab_is_open_is_listed_until_called(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    """The capacity is raised; a newcomer registering at a kiosk gives the new place to
    the first waiting, who is not there to see it. The open tab says whom to call."""
    data = tmp_path / "data"
    kiosk, _ = _yoga_from_a_kiosk(shared, config, clock, data, places=1)
    panel = _panel(qtbot, shared, config, clock, data)
    assert "YOGA-002" not in _said(panel)
    config.programmes.course("yoga").capacity = 2
    kiosk.register("yoga", "01077778888")  # waits: YOGA-002 had the place first
    qtbot.waitUntil(lambda: _please_call("YOGA-002") in _said(panel), timeout=5000)
    assert panel.to_call.text() == _please_call("YOGA-002")
    to_call = tr("counter_programmes", "Registered, to call")
    assert _statuses(panel)["YOGA-002"] == to_call

    # Staff phone the resident and say so; a tab started later lists nobody.
    panel.table.selectRow(0)
    assert not panel.called_button.isEnabled()  # YOGA-001 has nobody to call
    panel.table.selectRow(1)
    assert panel.called_button.isEnabled()
    panel.mark_selected_called()
    shared.worker.wait_idle()
    shared.worker.wait_idle()
    assert panel.to_call.text() == ""
    assert _statuses(panel)["YOGA-002"] == tr("counter_programmes", "Registered")
    assert _panel(qtbot, shared, config, clock, data).to_call.text() == ""


def test_places_the_kiosk_s_purge_gave_out_are_listed_when_the_tab_starts(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    kiosk, _ = _yoga_from_a_kiosk(shared, config, clock, data, places=1)
    config.programmes.course("yoga").capacity = 3
    kiosk.purge()  # the kiosk's hourly sweep, before any counter starts the tab
    panel = _panel(qtbot, shared, config, clock, data)
    assert _please_call("YOGA-002, YOGA-003") in _said(panel)
    assert panel.to_call.text() == _please_call("YOGA-002, YOGA-003")


def test_a_cancel_that_promotes_two_names_both(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _yoga_from_a_kiosk(shared, config, clock, data, places=1)
    panel = _panel(qtbot, shared, config, clock, data)
    # A place added while the tab is open, given out by nobody yet.
    config.programmes.course("yoga").capacity = 2
    panel.table.selectRow(0)
    assert panel.table.item(0, 0).text() == "YOGA-001"
    panel.confirm = lambda question: True  # type: ignore[method-assign]
    panel.cancel_selected()
    shared.worker.wait_idle()
    shared.worker.wait_idle()
    assert panel.status.text() == (
        tr("counter_programmes", "{number} cancelled.", number="YOGA-001")
        + " "
        + _please_call("YOGA-002, YOGA-003")
    )
    assert panel.to_call.text() == _please_call("YOGA-002, YOGA-003")


def test_a_disabled_course_is_still_listed_and_its_cancels_promote(
    qtbot: Any, shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    """Yoga is disabled in the settings mid-term: the kiosk takes no new registrations,
    but staff still find it on the tab, marked so, and a cancel gives its place to the
    first waiting, listed to call."""
    data = tmp_path / "data"
    _yoga_from_a_kiosk(shared, config, clock, data, places=2)
    config.programmes.course("yoga").enabled = False
    panel = _panel(qtbot, shared, config, clock, data)
    courses = [panel.course_box.itemData(i) for i in range(panel.course_box.count())]
    assert "yoga" in courses
    panel.course_box.setCurrentIndex(courses.index("yoga"))
    shared.worker.wait_idle()
    not_taking = tr("counter_programmes", "not taking registrations")
    assert not_taking in panel.course_box.currentText()
    assert not_taking in panel.counts.text()
    assert [reg.registration_no for reg in panel.rows] == ["YOGA-001", "YOGA-002", "YOGA-003"]
    panel.table.selectRow(0)
    panel.confirm = lambda question: True  # type: ignore[method-assign]
    panel.cancel_selected()
    shared.worker.wait_idle()
    shared.worker.wait_idle()
    assert panel.to_call.text() == _please_call("YOGA-003")
    assert "2/2" in panel.counts.text() and "0/2" in panel.counts.text()


def test_the_tab_is_there_when_every_course_is_disabled(
    shared: SharedQueue, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    for course in config.programmes.courses:
        course.enabled = False
    panels = enabled_panels(shared, config, clock, tmp_path)
    assert any(isinstance(panel, ProgrammesPanel) for panel in panels)
