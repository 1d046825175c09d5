"""Booting the kiosk when the database server is not up yet (``ui.app.boot``).

The window paints home first; the database is opened on a thread. A server
that does not answer is retried while taps say "temporarily unavailable";
once it answers, the kiosk issues and prints as usual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import Engine

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.config.edit import set_value
from kiosk.journeys.flow import State
from kiosk.storage.claim import claim_kiosk_id
from kiosk.storage.database import StorageUnreachableError, database_url, open_database
from kiosk.tech.auth import hash_pin
from ui.app.boot import StorageOpener, boot_services
from ui.app.compose import Kiosk, build_window
from ui.common.i18n import tr
from ui.resident.screens.home import HomeScreen
from ui.resident.screens.ticket import UnavailableScreen
from ui.resident.window import MainWindow
from ui.tech.dashboard import DashboardPage
from ui.tech.entry import TechnicianEntry
from ui.tech.forms import SettingsPage
from ui.tech.services import ServicesPage

DOWN = "postgresql+psycopg://kiosk@db.center.local/kiosk: cannot reach the database (refused)"
PIN = "482916"


@pytest.fixture
def config(config: KioskConfig) -> KioskConfig:
    return set_value(config, "technician.pin_hash", hash_pin(PIN))


class _Server:
    """``open_database`` for a server that is down until ``up()``; counts the attempts."""

    def __init__(self, answers: Callable[[str], bool] | None = None) -> None:
        self.is_up = False
        self.answers = answers or (lambda _url: self.is_up)
        self.attempts = 0
        self.urls: list[str] = []
        self.threads: set[threading.Thread] = set()
        self.answered = threading.Event()

    def up(self) -> None:
        self.is_up = True

    def open(self, url: str) -> Engine:
        self.attempts += 1
        self.urls.append(url)
        self.threads.add(threading.current_thread())
        try:
            if not self.answers(url):
                raise StorageUnreachableError(DOWN)
            return open_database(url)
        finally:
            self.answered.set()


def _held(server: _Server) -> tuple[threading.Event, Callable[[str], Engine]]:
    """``server.open`` that waits until the returned event is set (a slow first answer)."""
    gate = threading.Event()

    def slow_open(url: str) -> Engine:
        assert gate.wait(10)
        return server.open(url)

    return gate, slow_open


class _Boot:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.kiosk: Kiosk | None = None
        self.fatal: list[tuple[str, int]] = []
        self.opener: StorageOpener | None = None

    def start(
        self, tmp_path: Path, open_db: Callable[[str], Engine], retry_s: float = 0.05
    ) -> None:
        self.opener = boot_services(
            self.window,
            data_dir=tmp_path,
            config_path=None,
            started=self._started,
            fatal=lambda message, code: self.fatal.append((message, code)),
            open_database=open_db,
            retry_s=retry_s,
        )

    def _started(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk


@pytest.fixture
def boot(qtbot: Any, config: KioskConfig, clock: FakeClock) -> Iterator[_Boot]:
    window = build_window(config, clock=clock, kiosk_mode=False)
    window.show()
    qtbot.waitExposed(window)
    booting = _Boot(window)
    yield booting
    if booting.opener is not None:
        booting.opener.stop()
    if booting.kiosk is not None:
        booting.kiosk.shutdown()
    else:
        window.shutdown()
        window.close()
        window.languages.close()


def _home(window: MainWindow) -> HomeScreen:
    screen = window.screens[HomeScreen]
    assert isinstance(screen, HomeScreen)
    return screen


def _tap_service(window: MainWindow) -> None:
    button = next(b for b in _home(window).service_buttons if b.service.id == "general")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _the_printed_ticket(qtbot: Any, boot: _Boot) -> str:
    """Wait for the ticket screen; the words on the one ticket the printer holds."""
    qtbot.waitUntil(lambda: boot.window.flow.state is State.TICKET, timeout=5000)
    assert boot.kiosk is not None
    (job,) = boot.kiosk.printer.jobs  # type: ignore[attr-defined]
    return str(job.document.plain_text())


def _unavailable_text(window: MainWindow) -> str:
    screen = window.current_screen
    assert isinstance(screen, UnavailableScreen)
    return screen.message.text()


def test_a_kiosk_that_starts_before_its_server_waits_for_it(
    qtbot: Any, boot: _Boot, tmp_path: Path
) -> None:
    server = _Server()
    boot.start(tmp_path, server.open)
    window = boot.window
    qtbot.waitUntil(lambda: window.flow.offline, timeout=5000)
    # Opening ran off the UI thread, and the program did not give up.
    assert threading.main_thread() not in server.threads
    assert boot.fatal == []
    # A resident who taps a service is told at once, in Korean, to ask at the counter.
    _tap_service(window)
    assert window.flow.state is State.UNAVAILABLE
    assert _unavailable_text(window) == "지금은 번호표를 발급할 수 없습니다. 창구에 문의해 주세요."
    # Certificates need the database too.
    QTest.mouseClick(window.current_screen.home_button, Qt.MouseButton.LeftButton)
    home = _home(window)
    assert home.cert_button is not None
    QTest.mouseClick(home.cert_button, Qt.MouseButton.LeftButton)
    assert _unavailable_text(window) == "지금은 증명서를 발급할 수 없습니다. 창구에 문의해 주세요."
    # Calling staff cannot reach the counters; the banner does not pretend it did.
    window.call_staff()
    assert (
        window.banner.text()
        == "지금은 이 기기에서 직원을 호출할 수 없습니다. 창구에 문의해 주세요."
    )
    assert window.banner.text() != tr("nav", "A member of staff has been called. Please wait here.")
    # It keeps trying; the server comes up; the kiosk carries on by itself.
    qtbot.waitUntil(lambda: server.attempts >= 3, timeout=5000)
    # Each failed attempt is logged; the journey journal records going offline once.
    offline = [e for e in window.journal.entries if e.get("event") == "ServicesOffline"]
    assert len(offline) == 1
    server.up()
    qtbot.waitUntil(lambda: boot.kiosk is not None, timeout=10000)
    assert not window.flow.offline
    QTest.mouseClick(window.current_screen.home_button, Qt.MouseButton.LeftButton)
    _tap_service(window)
    # The first number of the day: the taps made while the server was down issued nothing.
    assert "A-001" in _the_printed_ticket(qtbot, boot)


def test_a_tap_made_while_the_server_is_first_tried_is_answered_not_forgotten(
    qtbot: Any, boot: _Boot, tmp_path: Path
) -> None:
    gate, slow_open = _held(_Server())
    boot.start(tmp_path, slow_open, retry_s=60)
    window = boot.window
    # The resident taps while the first connection attempt is still waiting.
    _tap_service(window)
    assert window.flow.state is State.ISSUING
    gate.set()
    qtbot.waitUntil(lambda: window.flow.state is State.UNAVAILABLE, timeout=5000)
    assert _unavailable_text(window).startswith("지금은 번호표를 발급할 수 없습니다")
    assert boot.kiosk is None and boot.fatal == []


def test_what_is_asked_while_the_database_opens_is_done_once_it_is_open(
    qtbot: Any, boot: _Boot, tmp_path: Path
) -> None:
    server = _Server()
    server.up()
    gate, slow_open = _held(server)
    boot.start(tmp_path, slow_open)
    # A staff call and a service tap, both before the database answers.
    boot.window.call_staff()
    assert boot.window.banner.text() == "직원을 불렀습니다. 이곳에서 잠시 기다려 주세요."
    _tap_service(boot.window)
    gate.set()
    assert "A-001" in _the_printed_ticket(qtbot, boot)
    assert boot.kiosk is not None
    # The staff call reaches the counters, which read it from the database.
    (call,) = boot.kiosk.queue.events(["staff_call"])
    assert call["detail"] == "screen=home"


def test_a_slow_claim_of_the_kiosk_id_leaves_the_home_screen_answering(
    qtbot: Any, boot: _Boot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A PostgreSQL server that answered the connection but is slow on the
    # advisory lock and the lockout row (up to its 5 s limit): the resident's
    # taps must not freeze behind it.
    import kiosk.storage.claim
    from kiosk.tech.auth import DbLockoutStore

    gate = threading.Event()
    waited_on: list[threading.Thread] = []
    claim = kiosk.storage.claim.claim_kiosk_id
    load = DbLockoutStore.load

    def slow_claim(engine: Engine, kiosk_id: str) -> kiosk.storage.claim.KioskClaim:
        waited_on.append(threading.current_thread())
        gate.wait(3)
        return claim(engine, kiosk_id)

    def slow_load(store: DbLockoutStore) -> Any:
        waited_on.append(threading.current_thread())
        return load(store)

    monkeypatch.setattr(kiosk.storage.claim, "claim_kiosk_id", slow_claim)
    monkeypatch.setattr(DbLockoutStore, "load", slow_load)
    server = _Server()
    server.up()
    boot.start(tmp_path, server.open)
    qtbot.waitUntil(lambda: bool(waited_on), timeout=5000)
    qtbot.wait(100)  # the claim is under way; the screen must keep answering
    boot.window.call_staff()
    assert boot.window.banner.text() == "직원을 불렀습니다. 이곳에서 잠시 기다려 주세요."
    gate.set()
    qtbot.waitUntil(lambda: boot.kiosk is not None, timeout=5000)
    assert len(waited_on) == 2
    assert threading.main_thread() not in waited_on
    _tap_service(boot.window)
    assert "A-001" in _the_printed_ticket(qtbot, boot)


def test_a_kiosk_id_changed_while_the_old_one_is_claimed_claims_the_new_one(
    qtbot: Any, boot: _Boot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The technician's way out of "kiosk id in use" is a new center.kiosk_id;
    # saved while an attempt is claiming the old one, the kiosk must not run
    # as the new id holding the old one's claim.
    import kiosk.storage.claim

    gate = threading.Event()
    claimed: list[str] = []
    claim = kiosk.storage.claim.claim_kiosk_id

    def slow_claim(engine: Engine, kiosk_id: str) -> kiosk.storage.claim.KioskClaim:
        claimed.append(kiosk_id)
        if len(claimed) == 1:
            gate.wait(3)
        return claim(engine, kiosk_id)

    monkeypatch.setattr(kiosk.storage.claim, "claim_kiosk_id", slow_claim)
    server = _Server()
    server.up()
    boot.start(tmp_path, server.open)
    qtbot.waitUntil(lambda: bool(claimed), timeout=5000)
    window = boot.window
    window.flow.config = set_value(window.flow.config, "center.kiosk_id", "kiosk-2")
    gate.set()
    qtbot.waitUntil(lambda: boot.kiosk is not None, timeout=5000)
    assert claimed == ["kiosk-1", "kiosk-2"]
    assert boot.kiosk is not None and boot.kiosk.claim.kiosk_id == "kiosk-2"


def test_a_right_pin_entered_while_the_database_opens_is_not_undone(
    qtbot: Any, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    # Technician mode keeps wrong PINs in a file until the database is reached.
    # The database's row is read as it opens; the file must be read when the
    # two are joined, or a right PIN entered meanwhile would be undone.
    from kiosk.tech.auth import FileLockoutStore, LockoutState, lockout_file
    from ui.app.compose import attach_services, take_storage

    file = FileLockoutStore(lockout_file(tmp_path))
    file.save(LockoutState(failures=3))
    engine = open_database(database_url(config.storage.database_url, tmp_path))
    storage = take_storage(engine, config, tmp_path, clock)  # the opening thread's part
    file.save(LockoutState())  # meanwhile: the right PIN, in technician mode
    window = build_window(config, clock=clock, kiosk_mode=False)
    kiosk = attach_services(window, data_dir=tmp_path, storage=storage)
    try:
        entry = window.technician  # type: ignore[attr-defined]
        assert isinstance(entry, TechnicianEntry)
        assert entry.ctx.gate.try_pin("000000").attempts_left == 4
    finally:
        kiosk.shutdown()


def test_a_database_that_will_not_mend_ends_the_program_with_its_message(
    qtbot: Any, boot: _Boot, tmp_path: Path
) -> None:
    damaged = tmp_path / "kiosk.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    boot.start(tmp_path, open_database)
    qtbot.waitUntil(lambda: bool(boot.fatal), timeout=5000)
    ((message, code),) = boot.fatal
    assert code == 3
    assert str(damaged) in message
    assert not boot.window.flow.offline


def test_a_kiosk_whose_id_another_running_kiosk_holds_waits_instead_of_settling_its_orders(
    qtbot: Any, boot: _Boot, tmp_path: Path
) -> None:
    # The first kiosk of a cloned image runs on the same database file with the same id.
    other = open_database(database_url(boot.window.flow.config.storage.database_url, tmp_path))
    held = claim_kiosk_id(other, "kiosk-1")
    try:
        boot.start(tmp_path, open_database)
        window = boot.window
        qtbot.waitUntil(lambda: window.flow.offline, timeout=5000)
        entry = window.technician  # type: ignore[attr-defined]
        assert isinstance(entry, TechnicianEntry)
        qtbot.waitUntil(lambda: entry.controller.ctx.storage_problem is not None, timeout=5000)
        problem = str(entry.controller.ctx.storage_problem)
        assert "center.kiosk_id 'kiosk-1' is in use by another running kiosk" in problem
        assert boot.kiosk is None and boot.fatal == []
        _tap_service(window)
        assert window.flow.state is State.UNAVAILABLE
    finally:
        held.release()
        other.dispose()
    # The other kiosk stopped: this one takes the id over and issues.
    qtbot.waitUntil(lambda: boot.kiosk is not None, timeout=5000)
    QTest.mouseClick(boot.window.current_screen.home_button, Qt.MouseButton.LeftButton)
    _tap_service(boot.window)
    assert "A-001" in _the_printed_ticket(qtbot, boot)


def test_technician_mode_opens_while_the_server_is_down_and_can_fix_the_address(
    qtbot: Any, boot: _Boot, tmp_path: Path
) -> None:
    good = f"sqlite:///{tmp_path / 'right.sqlite3'}"
    server = _Server(answers=lambda url: url == good)
    boot.start(tmp_path, server.open, retry_s=0.2)
    window = boot.window
    qtbot.waitUntil(lambda: window.flow.offline, timeout=5000)
    entry = window.technician  # type: ignore[attr-defined]
    assert isinstance(entry, TechnicianEntry)
    entry.ask_pin()
    assert entry.tech_window is not None
    pad = entry.tech_window.pin_pad
    for digit in PIN:
        QTest.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)
    assert entry.unlocked
    tech = entry.tech_window
    # The dashboard says why nothing can be issued.
    tech.show_page("dashboard")
    dashboard = tech.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    why = tr("tech", "Not reached, trying again: {reason}", reason=DOWN)
    qtbot.waitUntil(lambda: why in dashboard.database.text(), timeout=5000)
    assert why.startswith("연결되지 않음")  # in Korean (ko.ts)
    # What needs the queue says so instead of failing silently.
    assert tech.pages["stats"].text() == tr(  # type: ignore[attr-defined]
        "tech", "Statistics need the database, which the kiosk has not reached yet."
    )
    services = tech.pages["services"]
    assert isinstance(services, ServicesPage)
    reset = services.boxes[0]
    QTest.mouseClick(reset.reset_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(reset.reset_button, Qt.MouseButton.LeftButton)  # confirm
    assert reset.result.text() == tr(
        "tech",
        "Numbering not restarted: {reason}",
        reason=tr("tech", "Not started: the kiosk has not reached its database yet."),
    )
    assert reset.reset_button.isEnabled()
    # The technician corrects the address; the next attempt uses it and the kiosk starts.
    settings = tech.pages["settings"]
    assert isinstance(settings, SettingsPage)
    tech.show_page("settings")
    settings.show_section("storage")
    address = settings.forms["storage"].editor("storage.database_url")
    address.editor.setText(good)  # type: ignore[attr-defined]
    address._commit_text()
    assert address.message.text() == tr(
        "tech", "Saved. The next attempt to reach the database uses it."
    )
    qtbot.waitUntil(lambda: boot.kiosk is not None, timeout=5000)
    assert server.urls[-1] == good and len(set(server.urls)) == 2
    assert entry.controller.ctx.queue is boot.kiosk.queue  # type: ignore[union-attr]
    assert entry.controller.ctx.storage_problem is None
    entry.close()
    assert not window.flow.offline
    _tap_service(window)
    assert "A-001" in _the_printed_ticket(qtbot, boot)
