"""Technician mode keeps a service's id, prefix and band, and keeps it on, while
it has tickets in play.

Counters call a service's tickets by its id, and only while it is on, and
residents hold the codes on paper: renamed, the waiting tickets were left
with nobody to call them and the new id gave B-001 a second time; given to
another service, a prefix gave a second A-001; turned off, nobody could
call them. Once the tickets are finished the change goes through, and
restarting the numbering works on the renamed service. The queue is asked
off the UI thread (a database that has gone away takes seconds to say so)
while the field says it is checking; the save waits for the answer. A
change to which counters serve a service names the counter terminals that
must restart to follow it.
"""

from __future__ import annotations

import threading
import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.config import ConfigProblem
from kiosk.i18n import N_, Text
from kiosk.queue.tickets import TicketState
from tests.support.resident_screen import home_screen
from tests.ui import test_tech
from tests.ui.test_tech import _open_page
from ui.app.compose import Kiosk
from ui.common.i18n import render, tr
from ui.tech.controller import TechController
from ui.tech.forms import FieldEditor, SettingsPage
from ui.tech.services import ServicesPage

# The running kiosk with a technician PIN, as in the main technician tests.
tech_config = test_tech.tech_config
kiosk = test_tech.kiosk


def _service_ids(kiosk: Kiosk) -> list[str]:
    return [button.service.id for button in home_screen(kiosk).service_buttons]


def _applied(qtbot: Any, controller: TechController, *changes: tuple[str, Any]) -> list[Any]:
    """The problems of ``changes`` once saved or refused (the queue may be asked first)."""
    told: list[list[ConfigProblem]] = []
    controller.apply_many(list(changes), done=told.append)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    return told[0]


def _held_by(codes: str, service: str) -> Text:
    """Why a service's id, prefix or band stays: ``codes`` of it are in play."""
    return N_(
        "tech",
        "{codes} of service {service} are still waiting, called or being served "
        "today: counters call them by the service's id and residents hold the "
        "codes on paper. Change its id, prefix or band after the counters have "
        "finished or cancelled them (or tomorrow); nothing was changed",
        codes=codes,
        service=service,
    )


def _restart(counters: str) -> str:
    """What the technician is told after a change counter terminals follow only once restarted."""
    return tr(
        "tech",
        "Saved. Counter terminals keep the settings they started with: restart the "
        "terminals of counters {counters} (and make the same change on any other "
        "machine sharing this queue).",
        counters=counters,
    )


def _told(qtbot: Any, editor: FieldEditor, text: str) -> None:
    """The field says ``text`` (once the queue has answered)."""
    qtbot.waitUntil(lambda: editor.message.text() == text, timeout=5000)
    assert editor.message.isVisible()


def test_renaming_a_service_with_a_waiting_ticket_is_refused_and_says_why(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    waiting = kiosk.queue.issue("move-in").ticket
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    editor = page.boxes[1].form.editor("services[1].id")
    editor.editor.setText("civil")  # type: ignore[attr-defined]
    editor._commit_text()
    said = _held_by("B-001", "move-in")
    _told(qtbot, editor, f"services[1].id: {render(said)}")
    assert "B-001" in render(said) and "move-in" in render(said)
    assert "move-in" in _service_ids(kiosk) and "civil" not in _service_ids(kiosk)
    assert not (tmp_path / "kiosk.toml").exists()  # nothing saved
    # A prefix handed from one service to another waits likewise.
    kiosk.queue.issue("general")
    problems = _applied(
        qtbot, entry.controller, ("services[0].prefix", "Z"), ("services[1].prefix", "A")
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
    _told(
        qtbot,
        editor,
        tr(
            "tech",
            "Saved. Counter terminals call services by the ids they started with: restart "
            "them (and make the same change on any other machine sharing this queue), or "
            "the renamed service's tickets wait with nobody to call them.",
        ),
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
    assert _applied(qtbot, entry.controller, ("services[0].prefix", "Q")) == []
    # Its count goes on under the new letter.
    assert kiosk.queue.issue("general").ticket.display_code == "Q-002"
    entry.close()


def test_turning_a_service_off_waits_until_its_tickets_are_finished(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    waiting = kiosk.queue.issue("move-in").ticket
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    editor = page.boxes[1].form.editor("services[1].enabled")
    toggle: Any = editor.editor

    toggle.setChecked(False)

    said = N_(
        "tech",
        "{codes} of service {service} are still waiting, called or being served "
        "today, and once it is off no counter can call them. Turn it off after the "
        "counters have finished or cancelled them (or tomorrow); nothing was changed",
        codes="B-001",
        service="move-in",
    )
    # Was saved: move-in left the home screen, and B-001 waited for nobody.
    _told(qtbot, editor, f"services[1].enabled: {render(said)}")
    assert toggle.isChecked()  # the saved value again
    assert "move-in" in _service_ids(kiosk)
    assert not (tmp_path / "kiosk.toml").exists()
    # Finished at the counter, the ticket holds nothing back.
    kiosk.queue.transition(waiting.id, TicketState.CANCELLED)
    toggle.setChecked(False)
    qtbot.waitUntil(lambda: "move-in" not in _service_ids(kiosk), timeout=5000)
    assert not toggle.isChecked()
    entry.close()


def test_the_field_says_it_is_checking_while_the_database_has_not_answered(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path, monkeypatch: Any
) -> None:
    kiosk.queue.issue("move-in")
    answer = threading.Event()
    asked_on: list[threading.Thread] = []
    codes_in_play = kiosk.queue.codes_in_play

    def slow(service_ids: Any) -> dict[str, list[str]]:
        # A PostgreSQL server that has gone away answers after its connect timeout.
        asked_on.append(threading.current_thread())
        assert answer.wait(10)
        return codes_in_play(service_ids)

    monkeypatch.setattr(kiosk.queue, "codes_in_play", slow)
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    editor = page.boxes[1].form.editor("services[1].id")
    editor.editor.setText("civil")  # type: ignore[attr-defined]

    editor._commit_text()  # returns at once: the screen is not frozen

    checking = tr("tech", "Checking today's tickets before saving…")
    assert editor.message.text() == checking and editor.message.isVisible()
    assert not editor.editor.isEnabled()  # the field waits for the answer
    qtbot.waitUntil(lambda: bool(asked_on), timeout=5000)
    assert asked_on[0] is not threading.main_thread()
    qtbot.wait(50)
    assert editor.message.text() == checking
    assert not (tmp_path / "kiosk.toml").exists()  # nothing saved before the answer
    answer.set()
    _told(qtbot, editor, f"services[1].id: {render(_held_by('B-001', 'move-in'))}")
    assert editor.editor.isEnabled()
    assert editor.editor.text() == "move-in"  # type: ignore[attr-defined]
    assert "move-in" in _service_ids(kiosk)
    assert not (tmp_path / "kiosk.toml").exists()
    entry.close()


def test_a_change_of_who_serves_a_service_names_the_counters_to_restart(
    qtbot: Any, kiosk: Kiosk
) -> None:
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    editor = page.boxes[1].form.editor("services[1].counters")  # move-in: counter 3
    editor.editor.setText("[3, 5]")  # type: ignore[attr-defined]

    editor._commit_text()

    # Was saved without a word, and counter 5 went on not calling move-in.
    _told(qtbot, editor, _restart("5"))
    # The [counters] section is read by every counter terminal.
    assert entry.tech_window is not None
    entry.tech_window.show_page("settings")
    settings = entry.tech_window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    settings.show_section("counters")
    minutes = settings.forms["counters"].editor("counters.staff_call_minutes")
    minutes.editor.setText("45")  # type: ignore[attr-defined]
    minutes._commit_text()
    _told(qtbot, minutes, _restart("1, 2, 3, 4, 5"))
    entry.close()
