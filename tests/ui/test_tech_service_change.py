"""Technician mode keeps a service's id, prefix and band while it has tickets in play.

Counters call a service's tickets by its id and residents hold the codes on
paper: renamed, the waiting tickets were left with nobody to call them and
the new id gave B-001 a second time; given to another service, a prefix gave
a second A-001. Once the tickets are finished the change goes through, and
restarting the numbering works on the renamed service.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.i18n import N_
from kiosk.queue.tickets import TicketState
from tests.support.resident_screen import home_screen
from tests.ui import test_tech
from tests.ui.test_tech import _open_page
from ui.app.compose import Kiosk
from ui.common.i18n import render, tr
from ui.tech.services import ServicesPage

# The running kiosk with a technician PIN, as in the main technician tests.
tech_config = test_tech.tech_config
kiosk = test_tech.kiosk


def _service_ids(kiosk: Kiosk) -> list[str]:
    return [button.service.id for button in home_screen(kiosk).service_buttons]


def test_renaming_a_service_with_a_waiting_ticket_is_refused_and_says_why(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    waiting = kiosk.queue.issue("move-in").ticket
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    editor = page.boxes[1].form.editor("services[1].id")
    editor.editor.setText("civil")  # type: ignore[attr-defined]
    editor._commit_text()
    assert editor.message.isVisible()
    said = N_(
        "tech",
        "{codes} of service {service} are still waiting, called or being served "
        "today: counters call them by the service's id and residents hold the "
        "codes on paper. Change its id, prefix or band after the counters have "
        "finished or cancelled them (or tomorrow); nothing was changed",
        codes="B-001",
        service="move-in",
    )
    assert editor.message.text() == f"services[1].id: {render(said)}"
    assert "B-001" in render(said) and "move-in" in render(said)
    assert "move-in" in _service_ids(kiosk) and "civil" not in _service_ids(kiosk)
    assert not (tmp_path / "kiosk.toml").exists()  # nothing saved
    # A prefix handed from one service to another waits likewise.
    kiosk.queue.issue("general")
    problems = entry.controller.apply_many(
        [("services[0].prefix", "Z"), ("services[1].prefix", "A")]
    )
    assert [p.path for p in problems] == ["services[0].prefix", "services[1].prefix"]
    assert "A-001 of service general" in str(problems[0])
    assert kiosk.queue.issue("move-in").ticket.display_code == "B-002"

    # The counters finished move-in's tickets: the rename goes through, and the
    # service's box restarts the numbering of the service it now shows.
    for ticket in kiosk.queue.tickets_today("move-in"):
        kiosk.queue.transition(ticket.id, TicketState.CANCELLED)
    assert waiting.display_code == "B-001"
    editor.editor.setText("civil")  # type: ignore[attr-defined]
    editor._commit_text()
    # Saved, with what the technician must still do: counters call by id.
    assert editor.message.text() == tr(
        "tech",
        "Saved. Counter terminals call services by the ids they started with: restart "
        "them (and make the same change on any other machine sharing this queue), or "
        "the renamed service's tickets wait with nobody to call them.",
    )
    assert "civil" in _service_ids(kiosk)
    saved = tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))
    assert saved["services"][1]["id"] == "civil"
    box = page.boxes[1]
    assert box.title().startswith("civil")
    QTest.mouseClick(box.reset_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(box.reset_button, Qt.MouseButton.LeftButton)  # confirm
    restarted = tr("tech", "Numbering restarted: the next number is {n}.", n=1)
    # Was "Numbering not restarted: UnknownServiceError: move-in".
    qtbot.waitUntil(lambda: box.result.text() == restarted, timeout=5000)
    entry.close()


def test_a_service_without_tickets_in_play_changes_its_prefix_at_once(
    qtbot: Any, kiosk: Kiosk
) -> None:
    done = kiosk.queue.issue("general").ticket
    kiosk.queue.transition(done.id, TicketState.CANCELLED)
    kiosk.queue.issue("move-in")  # another service's waiting ticket holds nothing back
    entry, _page = _open_page(qtbot, kiosk, "services", ServicesPage)
    assert entry.controller.apply("services[0].prefix", "Q") == []
    # Its count goes on under the new letter.
    assert kiosk.queue.issue("general").ticket.display_code == "Q-002"
    entry.close()
