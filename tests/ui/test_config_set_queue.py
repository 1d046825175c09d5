"""``kiosk config set`` asks the queue before a service changes under its tickets.

Technician mode refused renaming a service (its id, prefix or band) while
its tickets were in play; the same change typed over SSH went through, and
the waiting tickets were left with nobody to call them. Turning a service
off strands them the same way (counters call only the services that are
on). Both are now refused with one line naming the key path and the codes,
exit code 2 like every other refused setting; a database that does not
answer refuses the change with exit code 3.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.clock import SystemClock
from kiosk.config import default_config_text, load_config
from kiosk.queue.store import Queue
from kiosk.queue.tickets import TicketState
from kiosk.storage.database import database_url
from tests.support.databases import opened
from ui.app.cli import main


class Folder:
    """A kiosk's data folder: its config file and the database its queue uses."""

    def __init__(self, root: Path, queue: Queue) -> None:
        self.root = root
        self.file = root / "kiosk.toml"
        self.queue = queue

    def set(self, key: str, value: str) -> int:
        """``kiosk config set KEY VALUE --config FILE --data-dir DIR``: its exit code."""
        return main(
            ["config", "set", key, value, "--config", str(self.file), "--data-dir", str(self.root)]
        )


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Folder]:
    root = tmp_path / "data"
    root.mkdir()
    file = root / "kiosk.toml"
    file.write_text(default_config_text(), encoding="utf-8")
    config = load_config(file)
    # The business day of the real clock: the command asks the queue for today's tickets.
    with opened(database_url(config.storage.database_url, root)) as engine:
        yield Folder(root, Queue(engine, config, SystemClock()))


def _one_line(captured: Any) -> str:
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    line: str = lines[0]
    return line


def test_renaming_a_service_with_a_waiting_ticket_is_refused_naming_key_and_code(
    folder: Folder, capsys: Any
) -> None:
    folder.queue.issue("move-in")
    before = folder.file.read_bytes()

    # Was exit 0: "services[1].id set in ...", and B-001 waited for nobody.
    assert folder.set("services[1].id", "civil") == 2

    line = _one_line(capsys.readouterr())
    assert line.startswith(f"kiosk config: {folder.file}: services[1].id: B-001 of service move-in")
    assert line.endswith("nothing was changed")
    assert folder.file.read_bytes() == before


def test_turning_a_service_off_waits_until_its_tickets_are_finished(
    folder: Folder, capsys: Any
) -> None:
    waiting = folder.queue.issue("move-in").ticket
    folder.queue.issue("general")  # another service's ticket holds nothing back
    before = folder.file.read_bytes()

    assert folder.set("services[1].enabled", "false") == 2

    line = _one_line(capsys.readouterr())
    assert line.startswith(
        f"kiosk config: {folder.file}: services[1].enabled: B-001 of service move-in"
    )
    assert folder.file.read_bytes() == before
    # Served (or cancelled), the ticket holds nothing back any more.
    folder.queue.transition(waiting.id, TicketState.CANCELLED)
    assert folder.set("services[1].enabled", "false") == 0
    assert load_config(folder.file).services[1].enabled is False


def test_a_database_that_does_not_answer_refuses_the_change_with_exit_3(
    folder: Folder, capsys: Any
) -> None:
    # Nothing listens on port 1: the server is down.
    unreachable = "postgresql+psycopg://kiosk@127.0.0.1:1/kiosk"
    assert folder.set("storage.database_url", unreachable) == 0  # asks nothing of the queue
    capsys.readouterr()
    before = folder.file.read_bytes()

    assert folder.set("services[0].prefix", "Q") == 3

    line = _one_line(capsys.readouterr())
    assert line.startswith("kiosk config: services[0].prefix: today's tickets could not be checked")
    assert line.endswith("nothing was changed")
    assert folder.file.read_bytes() == before
    # A setting no ticket depends on still changes without the database.
    assert folder.set("center.name.en", "Sarang-dong") == 0


def test_a_kiosk_without_a_database_yet_has_no_tickets_to_wait_for(
    tmp_path: Path, capsys: Any
) -> None:
    root = tmp_path / "new"
    root.mkdir()
    file = root / "kiosk.toml"
    file.write_text(default_config_text(), encoding="utf-8")
    args = ["--config", str(file), "--data-dir", str(root)]

    assert main(["config", "set", "services[1].id", "civil", *args]) == 0

    assert load_config(file).services[1].id == "civil"
    # The command made no database where the kiosk has none.
    assert not (root / "kiosk.sqlite3").exists()
