"""Technician mode through the real window: entry by PIN and card, live printer switch, forms.

Assertions are on what the technician sees (screen text, field messages)
and holds (the decoded test page), and on the saved config file.

Technician mode follows the kiosk's language (Korean by default), so expected
text comes from ``ui.common.i18n.tr`` with the screens' own context and English
source (``tech`` for ui/tech, ``config`` for schema titles), not from English
literals; a few exact Korean literals from ``ko.ts`` make sure the
translation is really in use. Validation messages are compared exactly as the
technician reads them: the key path as written, then the message in Korean.
Messages that are not translated (the printer probe's detail) are compared
as shown.
"""

from __future__ import annotations

import io
import threading
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from sqlalchemy.exc import OperationalError

from drivers import discovery
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.config.edit import ConfigLocation, set_value
from kiosk.queue.stats import StatsReport
from kiosk.tech.auth import hash_pin
from tests.support.escpos_decoder import decode
from tests.support.escpos_emulator import EscposEmulator
from tests.support.fake_discovery import one_cups_queue
from tests.support.resident_screen import running_kiosk
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.common.stats_view import StatsView
from ui.resident.screens.home import HomeScreen
from ui.tech import devices
from ui.tech.dashboard import DashboardPage
from ui.tech.devices import DevicesPage
from ui.tech.entry import TechnicianEntry
from ui.tech.forms import SettingsPage
from ui.tech.services import ServicesPage
from ui.tech.widgets import PinPad

PIN = "482916"
_Page = TypeVar("_Page", bound=QWidget)
TECH_UID = "04A1B2C3D4"


@pytest.fixture
def tech_config(config: KioskConfig) -> KioskConfig:
    config = set_value(config, "technician.pin_hash", hash_pin(PIN))
    config = set_value(config, "technician.card_uids", [TECH_UID])
    return set_value(config, "devices.card_reader.mock.card_present", False)


@pytest.fixture
def kiosk(
    qtbot: Any, tmp_path: Path, tech_config: KioskConfig, clock: FakeClock
) -> Iterator[Kiosk]:
    with running_kiosk(tech_config, tmp_path, clock) as k:
        yield k


def _entry(kiosk: Kiosk) -> TechnicianEntry:
    entry = kiosk.window.technician  # type: ignore[attr-defined]
    assert isinstance(entry, TechnicianEntry)
    return entry


def _type_pin(entry: TechnicianEntry, pin: str) -> None:
    assert entry.tech_window is not None
    pad = entry.tech_window.pin_pad
    for digit in pin:
        QTest.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(pad.ok_button, Qt.MouseButton.LeftButton)


def _long_press_corner(qtbot: Any, kiosk: Kiosk, entry: TechnicianEntry) -> None:
    entry.long_press.set_hold_ms(80)
    rect = entry.long_press.corner_rect()
    point = rect.center()
    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: entry.tech_window is not None and entry.tech_window.isVisible())
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )


def _present_card(qtbot: Any, entry: TechnicianEntry, uid: str) -> PinPad:
    """A card with ``uid`` put on the technician card reader; the PIN pad that comes up."""
    assert entry.card_watcher is not None
    reader: Any = entry.card_watcher.reader
    reader.set_uid(uid)
    reader.insert()
    qtbot.waitUntil(lambda: entry.tech_window is not None and entry.tech_window.isVisible())
    assert entry.tech_window is not None
    return entry.tech_window.pin_pad


def _unlocks_after(entry: TechnicianEntry, pad: PinPad, clock: FakeClock, seconds: int) -> None:
    """Once ``seconds`` pass, the locked PIN pad takes the right PIN and technician mode opens."""
    clock.advance(seconds)
    entry.ask_pin()
    assert pad.ok_button.isEnabled()
    _type_pin(entry, PIN)
    assert entry.unlocked
    entry.close()


def test_short_press_or_wrong_corner_does_not_open(qtbot: Any, kiosk: Kiosk) -> None:
    entry = _entry(kiosk)
    entry.long_press.set_hold_ms(150)
    corner = entry.long_press.corner_rect().center()
    QTest.mousePress(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
    )
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
    )
    QTest.mousePress(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5)
    )  # top left: not the configured (top right) corner
    qtbot.wait(300)
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5)
    )
    assert entry.tech_window is None or not entry.tech_window.isVisible()


def test_long_press_and_pin_open_technician_mode(qtbot: Any, kiosk: Kiosk) -> None:
    entry = _entry(kiosk)
    _long_press_corner(qtbot, kiosk, entry)
    assert entry.tech_window is not None
    title = entry.tech_window.pin_pad.title.text()
    assert title == tr("tech", "Technician PIN")
    assert title == "기술자 PIN"  # exactly what the technician reads (ko.ts)
    assert not entry.unlocked
    _type_pin(entry, PIN)
    assert entry.unlocked
    assert "dashboard" in entry.tech_window.pages
    qtbot.wait(300)
    # Leaving returns to the resident home screen and locks again.
    QTest.mouseClick(entry.tech_window.leave_button, Qt.MouseButton.LeftButton)
    assert not entry.is_open and not entry.unlocked
    assert kiosk.window.current_screen.name == "home"


def test_five_wrong_pins_lock_entry_for_five_minutes(
    qtbot: Any, kiosk: Kiosk, clock: FakeClock, caplog: Any
) -> None:
    entry = _entry(kiosk)
    _long_press_corner(qtbot, kiosk, entry)
    assert entry.tech_window is not None
    pad = entry.tech_window.pin_pad
    for attempt in range(4):
        _type_pin(entry, "000001")
        assert pad.message.text() == tr("tech", "Wrong PIN. {left} tries left.", left=4 - attempt)
    _type_pin(entry, "000001")
    locked = tr("tech", "Too many wrong PINs. Try again in {minutes} min.", minutes=5)
    assert pad.message.text() == locked
    assert "5분" in pad.message.text()  # five minutes, in Korean (ko.ts)
    assert not pad.ok_button.isEnabled()
    # The right PIN does not help while locked.
    entry.submit_pin(PIN)
    assert not entry.unlocked
    pad.grab().save("/tmp/tech-locked.png")
    assert "entry locked for 300 s" in caplog.text
    assert PIN not in caplog.text and "000001" not in caplog.text
    _unlocks_after(entry, pad, clock, 301)


def test_a_technician_card_alone_does_not_open_technician_mode(qtbot: Any, kiosk: Kiosk) -> None:
    entry = _entry(kiosk)
    assert entry.card_watcher is not None
    reader: Any = entry.card_watcher.reader
    # A resident's card (not on the allowlist) does nothing.
    reader.set_uid("0411223344")
    reader.insert()
    qtbot.wait(200)
    assert not entry.unlocked
    assert entry.tech_window is None or not entry.tech_window.isVisible()
    reader.remove()
    # An allow-listed UID (cloned onto any card) only brings up the PIN pad.
    pad = _present_card(qtbot, entry, TECH_UID)
    assert entry.tech_window is not None
    assert pad.message.text() == tr("tech", "Technician card read. Enter your PIN.")
    assert pad.message.text() == "기술자 카드를 읽었습니다. PIN을 입력하세요."  # ko.ts
    assert pad.title.text() == "기술자 PIN"
    qtbot.wait(200)
    assert not entry.unlocked
    assert "dashboard" not in entry.tech_window.pages
    _type_pin(entry, "000001")
    assert not entry.unlocked
    assert pad.message.text() == tr("tech", "Wrong PIN. {left} tries left.", left=4)
    # Card and the right PIN: technician mode opens.
    _type_pin(entry, PIN)
    assert entry.unlocked and entry.is_open
    assert "dashboard" in entry.tech_window.pages
    entry.close()


def test_the_lockout_survives_a_kiosk_restart(
    qtbot: Any, tmp_path: Path, tech_config: KioskConfig, clock: FakeClock
) -> None:
    with running_kiosk(tech_config, tmp_path, clock) as first:
        entry = _entry(first)
        _long_press_corner(qtbot, first, entry)
        for _ in range(5):
            _type_pin(entry, "000001")
    # A restart: new process objects on the same data folder (and database).
    clock.advance(60)
    with running_kiosk(tech_config, tmp_path, clock) as second:
        entry = _entry(second)
        _long_press_corner(qtbot, second, entry)
        assert entry.tech_window is not None
        pad = entry.tech_window.pin_pad
        locked = tr("tech", "Too many wrong PINs. Try again in {minutes} min.", minutes=4)
        assert pad.message.text() == locked
        assert not pad.ok_button.isEnabled()
        entry.submit_pin(PIN)
        assert not entry.unlocked
        _unlocks_after(entry, pad, clock, 241)


def test_technician_idle_timeout_returns_home(qtbot: Any, kiosk: Kiosk, clock: FakeClock) -> None:
    entry = _entry(kiosk)
    _long_press_corner(qtbot, kiosk, entry)
    _type_pin(entry, PIN)
    assert entry.is_open
    clock.advance(kiosk.config.technician.idle_timeout_s - 1)
    entry.tick()
    assert entry.is_open
    clock.advance(2)
    entry.tick()
    assert not entry.is_open and not entry.unlocked


def _unlock(qtbot: Any, kiosk: Kiosk) -> TechnicianEntry:
    entry = _entry(kiosk)
    _long_press_corner(qtbot, kiosk, entry)
    _type_pin(entry, PIN)
    assert entry.unlocked
    return entry


def _open_page(
    qtbot: Any, kiosk: Kiosk, name: str, kind: type[_Page]
) -> tuple[TechnicianEntry, _Page]:
    """Technician mode unlocked and showing its page ``name`` (a ``kind``)."""
    entry = _unlock(qtbot, kiosk)
    assert entry.tech_window is not None
    entry.tech_window.show_page(name)
    page = entry.tech_window.pages[name]
    assert isinstance(page, kind)
    return entry, page


def test_switch_printer_live_to_network_and_print_test_page(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "devices", DevicesPage)
    with EscposEmulator() as emulator:
        page.host.setText(emulator.host)
        page.port.setText(str(emulator.port))
        QTest.mouseClick(page.probe_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "status byte" in page.network_result.text(), timeout=5000)
        with qtbot.waitSignal(entry.controller.printer_replaced, timeout=5000) as replaced:
            QTest.mouseClick(page.use_network_button, Qt.MouseButton.LeftButton)
        assert replaced.args == [f"network {emulator.host}:{emulator.port}"]
        assert page.network_result.text() == tr(
            "tech", "Printer changed; it is used from the next ticket."
        )
        with qtbot.waitSignal(entry.controller.test_page_done, timeout=10000):
            QTest.mouseClick(page.test_page_button, Qt.MouseButton.LeftButton)
        assert page.test_page_result.text() == tr(
            "tech", "Test page printed on {name}.", name=f"network {emulator.host}:{emulator.port}"
        )
        page.grab().save("/tmp/tech-devices.png")
        paper = decode(emulator.print_data)
        text = "\n".join(paper.texts)
        assert "프린터 시험 인쇄" in text
        assert f"network {emulator.host}:{emulator.port}" in text
        # A resident's next ticket goes to the new printer too, without a restart.
        entry.close()
        before = len(emulator.print_data)
        kiosk.window.send(
            __import__("kiosk.journeys.tickets", fromlist=["ChooseService"]).ChooseService(
                "general"
            )
        )
        qtbot.waitUntil(lambda: len(emulator.print_data) > before, timeout=10000)
        qtbot.waitUntil(
            lambda: "A-001" in "\n".join(decode(emulator.print_data).texts), timeout=10000
        )
    saved = tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))
    assert saved["devices"]["printer"]["backend"] == "network"
    assert saved["devices"]["printer"]["network"]["port"] == emulator.port


def test_invalid_value_is_rejected_with_its_message(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    editor = page.boxes[0].form.editor("services[0].prefix")
    editor.editor.setText("aa")  # type: ignore[attr-defined]
    editor._commit_text()
    assert editor.message.isVisible()
    # The key path as in the file, the schema's message in Korean (ko.ts).
    assert (
        editor.message.text() == 'services[0].prefix: A-Z 대문자 한 글자여야 합니다. 입력값: "aa"'
    )
    assert kiosk.flow.config.services[0].prefix == "A"
    assert not (tmp_path / "kiosk.toml").exists()  # nothing saved
    page.grab().save("/tmp/tech-services.png")
    # The same problem stays English for `kiosk config validate`.
    (problem,) = entry.controller.validate("services[0].prefix", "aa")
    assert str(problem) == 'services[0].prefix: must be one uppercase letter A-Z, got "aa"'
    # In English, technician mode says exactly what the command line prints.
    kiosk.languages.set_language("en")
    editor.editor.setText("1")  # type: ignore[attr-defined]
    editor._commit_text()
    assert editor.message.text() == 'services[0].prefix: must be one uppercase letter A-Z, got "1"'
    kiosk.languages.set_language("ko")
    # A valid value is saved and applied at once.
    editor.editor.setText("Q")  # type: ignore[attr-defined]
    editor._commit_text()
    # Saved once the queue says no ticket of the service is in play.
    qtbot.waitUntil(lambda: not editor.message.isVisible(), timeout=5000)
    assert kiosk.flow.config.services[0].prefix == "Q"
    assert kiosk.queue.issue("general").ticket.display_code == "Q-001"
    saved = tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))
    assert saved["services"][0]["prefix"] == "Q"


def test_settings_forms_are_generated_from_the_schema(qtbot: Any, kiosk: Kiosk) -> None:
    entry, page = _open_page(qtbot, kiosk, "settings", SettingsPage)
    assert "devices.printer" in page.forms and "technician" in page.forms
    page.show_section("ui")
    idle = page.forms["ui"].editor("ui.idle_timeout_s")
    assert idle.title.text() == tr("config", "Idle timeout (s)")
    assert idle.title.text() == "무동작 시간 제한(초)"  # exactly what the technician reads (ko.ts)
    assert tr("tech", "from {low} to {high}", low=30, high=600) in idle.description.text()
    idle.editor.setText("20")  # type: ignore[attr-defined]
    idle._commit_text()
    assert idle.message.text() == "ui.idle_timeout_s: 30 이상이어야 합니다. 입력값: 20"
    idle.editor.setText("soon")  # type: ignore[attr-defined]
    idle._commit_text()
    assert idle.message.text() == (
        'ui.idle_timeout_s: 정수로 읽을 수 없는 값입니다. 정수여야 합니다. 입력값: "soon"'
    )
    # The PIN hash is never shown.
    with pytest.raises(KeyError):
        page.forms["technician"].editor("technician.pin_hash")
    page.show_section("devices.printer")
    qtbot.wait(50)  # let the layouts settle before the screenshot
    entry.tech_window.grab().save("/tmp/tech-settings.png")
    entry.close()


def test_reset_numbering_needs_confirmation(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.queue.issue("general")
    done = kiosk.queue.issue("general")
    from kiosk.queue.tickets import TicketState

    kiosk.queue.transition(done.ticket.id, TicketState.CANCELLED)
    entry = _unlock(qtbot, kiosk)
    assert entry.tech_window is not None
    page = entry.tech_window.pages["services"]
    assert isinstance(page, ServicesPage)
    box = page.boxes[0]
    QTest.mouseClick(box.reset_button, Qt.MouseButton.LeftButton)
    assert box.reset_button.text() == tr("tech", "Tap again to confirm the restart")
    QTest.mouseClick(box.reset_button, Qt.MouseButton.LeftButton)
    restarted = tr("tech", "Numbering restarted: the next number is {n}.", n=2)
    qtbot.waitUntil(lambda: box.result.text() == restarted, timeout=5000)
    assert "다음 번호는 2번" in box.result.text()  # the next number, in Korean (ko.ts)
    assert kiosk.queue.issue("general").ticket.display_code == "A-002"
    entry.close()


def test_technician_moves_numbers_of_a_pinned_day_back_to_today(
    qtbot: Any, kiosk: Kiosk, clock: FakeClock
) -> None:
    from datetime import timedelta

    from kiosk.queue.tickets import TicketState

    # The device worker settles what a crash left half-issued when it starts: after
    # it, or it takes these tickets (issued with no print) for such and cancels them.
    settled = threading.Event()
    assert kiosk.window.worker is not None
    kiosk.window.worker.call(settled.set)
    assert settled.wait(5)
    waiting = kiosk.queue.issue("general").ticket  # today's A-001, still waiting
    real = clock.now()
    clock.set_wall(real + timedelta(days=1))  # the clock ran a day ahead for a while
    kiosk.queue.issue("general")  # A-001 of tomorrow
    kiosk.queue.issue("general")  # A-002 of tomorrow
    clock.set_wall(real)  # ...and was put right: the queue stays on tomorrow
    assert [t.display_code for t in kiosk.queue.tickets_today()] == ["A-001"]
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    box = page.clock
    qtbot.waitUntil(lambda: box.rollback_button.isEnabled(), timeout=5000)
    assert "2026-11-24" in box.status.text() and "2026-11-23" in box.status.text()
    assert not box.accept_button.isEnabled()
    QTest.mouseClick(box.rollback_button, Qt.MouseButton.LeftButton)
    assert kiosk.queue.clock_status().state == "behind"  # nothing before the second tap
    QTest.mouseClick(box.rollback_button, Qt.MouseButton.LeftButton)
    # Two residents would hold A-001: the repair is refused and names the code.
    refused = tr(
        "tech",
        "Nothing was moved: these numbers are in play on both {wall} and {last}, and two "
        "residents would hold the same number: {codes}. Serve or cancel them, then move "
        "the numbers back again.",
        wall="2026-11-23",
        last="2026-11-24",
        codes="A-001",
    )
    qtbot.waitUntil(lambda: box.status.text() == refused, timeout=5000)
    assert "아무것도 옮기지 않았습니다" in box.status.text()  # in Korean (ko.ts)
    assert "A-002" not in box.status.text()
    assert box.status.property("role") == "error"
    assert kiosk.queue.clock_status().state == "behind"
    assert [t.display_code for t in kiosk.queue.tickets_today()] == ["A-001"]
    assert box.rollback_button.isEnabled()  # it can be tried again
    # Staff cancel today's A-001; now the numbers come back.
    kiosk.queue.transition(waiting.id, TicketState.CANCELLED)
    QTest.mouseClick(box.rollback_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(box.rollback_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.queue.clock_status().state == "ok", timeout=5000)
    qtbot.waitUntil(lambda: not box.rollback_button.isEnabled(), timeout=5000)
    # Every ticket is on today's list, no code is held twice in play, and the
    # next number follows the highest one.
    today = kiosk.queue.tickets_today()
    assert [t.display_code for t in today] == ["A-001", "A-001", "A-002"]
    held = [t.display_code for t in today if t.state is not TicketState.CANCELLED]
    assert held == ["A-001", "A-002"]
    assert kiosk.queue.issue("general").ticket.display_code == "A-003"
    assert [e["kind"] for e in kiosk.queue.events(["day_rolled_back"])] == ["day_rolled_back"]
    entry.close()


def test_rejected_network_printer_lists_each_field_in_korean(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "devices", DevicesPage)
    page.host.setText("")
    page.port.setText("70000")
    QTest.mouseClick(page.use_network_button, Qt.MouseButton.LeftButton)
    assert page.network_result.text() == (
        'devices.printer.network.host: 1자 이상이어야 합니다(비워 둘 수 없음). 입력값: ""\n'
        "devices.printer.network.port: 65535 이하여야 합니다. 입력값: 70000"
    )
    assert kiosk.flow.config.devices.printer.backend == "mock"
    assert not (tmp_path / "kiosk.toml").exists()
    entry.close()


def test_a_failed_save_is_reported_in_korean(qtbot: Any, kiosk: Kiosk, tmp_path: Path) -> None:
    entry = _unlock(qtbot, kiosk)
    assert entry.tech_window is not None
    page = entry.tech_window.pages["services"]
    assert isinstance(page, ServicesPage)
    # The config folder is a file, so the new config cannot be written.
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    save_path = blocker / "kiosk.toml"
    entry.controller.ctx.store.location = ConfigLocation(None, save_path, "embedded")
    editor = page.boxes[0].form.editor("services[0].prefix")
    editor.editor.setText("Q")  # type: ignore[attr-defined]
    editor._commit_text()
    qtbot.waitUntil(
        lambda: editor.message.text().startswith(f"{save_path}에 저장하지 못했습니다: "),
        timeout=5000,
    )
    assert kiosk.flow.config.services[0].prefix == "A"  # nothing applied either
    entry.close()


class _SlowStats:
    """``Queue.daily_stats`` that waits, per start date, until the test lets it answer."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.real = kiosk.queue.daily_stats
        self.gates: dict[date, threading.Event] = {}
        self.started: list[tuple[date, date]] = []
        self.threads: set[threading.Thread] = set()
        self.error: Exception | None = None

    def __call__(self, start: date, end: date) -> StatsReport:
        gate = self.gates.setdefault(start, threading.Event())
        self.threads.add(threading.current_thread())
        self.started.append((start, end))
        assert gate.wait(10), "the test never let the statistics query answer"
        if self.error is not None:
            raise self.error
        return self.real(start, end)

    def release(self, start: date) -> None:
        self.gates.setdefault(start, threading.Event()).set()

    def release_all(self) -> None:
        for gate in self.gates.values():
            gate.set()


@pytest.fixture
def slow_stats(kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch) -> Iterator[_SlowStats]:
    slow = _SlowStats(kiosk)
    monkeypatch.setattr(kiosk.queue, "daily_stats", slow)
    yield slow
    slow.release_all()  # before the kiosk shuts its threads down


@pytest.fixture
def stats(qtbot: Any, kiosk: Kiosk, slow_stats: _SlowStats) -> tuple[TechnicianEntry, StatsView]:
    """Technician mode open on its statistics page (whose queries wait for ``slow_stats``),
    one ticket issued today."""
    kiosk.queue.issue("general")
    entry, view = _open_page(qtbot, kiosk, "stats", StatsView)
    return entry, view


WEEK = (date(2026, 11, 17), date(2026, 11, 23))


def _summary(start: str, end: str) -> str:
    """The status line over one ticket's statistics."""
    return tr("stats", "{count} tickets from {start} to {end}", count=1, start=start, end=end)


def _press_show(qtbot: Any, view: StatsView, slow_stats: _SlowStats) -> None:
    """Press "Show" and wait until the query it asked for is running (and waiting)."""
    before = len(slow_stats.started)
    QTest.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(slow_stats.started) == before + 1)


def test_statistics_load_without_freezing_the_screen(
    qtbot: Any, slow_stats: _SlowStats, stats: tuple[TechnicianEntry, StatsView]
) -> None:
    entry, view = stats
    # The click came back while the query is still waiting: it runs on another thread.
    _press_show(qtbot, view, slow_stats)
    assert slow_stats.started == [WEEK]
    assert threading.main_thread() not in slow_stats.threads
    qtbot.wait(50)  # the screen keeps handling events meanwhile
    assert view.status.text() == tr("stats", "Loading…") == "불러오는 중…"
    assert view.table.rowCount() == 0
    # Asking again for the same week queues nothing more.
    assert not view.refresh_button.isEnabled()
    view.refresh()
    slow_stats.release(WEEK[0])
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    assert view.table.item(0, 1).text() == "민원 일반"  # type: ignore[union-attr]
    assert view.table.item(0, 2).text() == "1"  # type: ignore[union-attr]
    assert view.status.text() == _summary("2026-11-17", "2026-11-23")
    assert view.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: not entry.controller.background.busy)
    assert slow_stats.started == [WEEK]
    entry.close()


def test_statistics_failure_says_why_in_one_line(
    qtbot: Any, slow_stats: _SlowStats, stats: tuple[TechnicianEntry, StatsView]
) -> None:
    entry, view = stats
    # This week loads first: one row, and one ticket in the hourly chart.
    slow_stats.release(WEEK[0])
    QTest.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=5000)
    assert sum(view.chart.counts) == 1
    # Then the database goes away and the technician asks for another range.
    slow_stats.error = OperationalError(
        "SELECT * FROM tickets WHERE issued_at >= ?",
        ("2026-11-17",),
        RuntimeError('connection to server at "db.center.local" failed\nIs the server running?'),
    )
    view.set_range(date(2026, 11, 1), date(2026, 11, 23))
    slow_stats.release(date(2026, 11, 1))
    QTest.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)
    failed = tr(
        "stats",
        "Statistics unavailable: {reason}",
        reason='connection to server at "db.center.local" failed',
    )
    qtbot.waitUntil(lambda: view.status.text() == failed, timeout=5000)
    assert failed.startswith("통계를 불러올 수 없습니다: ")  # in Korean (ko.ts)
    # Neither the statement, its parameters nor a traceback reach the screen.
    assert "SELECT" not in failed and "2026-11-17" not in failed and "Traceback" not in failed
    # The week's row is gone: under this message it would pass for November's answer.
    assert view.table.rowCount() == 0 and sum(view.chart.counts) == 0
    assert view.report is None and view.refresh_button.isEnabled()
    entry.close()


def test_an_older_statistics_answer_never_replaces_a_newer_one(
    qtbot: Any, slow_stats: _SlowStats, stats: tuple[TechnicianEntry, StatsView]
) -> None:
    entry, view = stats
    _press_show(qtbot, view, slow_stats)
    # Another range can be asked for while the first one loads.
    view.set_range(date(2026, 11, 23), date(2026, 11, 23))
    assert view.refresh_button.isEnabled()
    _press_show(qtbot, view, slow_stats)
    newest = _summary("2026-11-23", "2026-11-23")
    slow_stats.release(date(2026, 11, 23))
    qtbot.waitUntil(lambda: view.status.text() == newest, timeout=5000)
    # The week's query answers last: dropped, the screen keeps the newer answer.
    slow_stats.release(WEEK[0])
    qtbot.waitUntil(lambda: not entry.controller.background.busy, timeout=5000)
    assert view.status.text() == newest
    assert view.report is not None and view.report.start == date(2026, 11, 23)
    entry.close()


def test_leaving_while_statistics_load_is_harmless(
    qtbot: Any, kiosk: Kiosk, slow_stats: _SlowStats, stats: tuple[TechnicianEntry, StatsView]
) -> None:
    entry, view = stats
    _press_show(qtbot, view, slow_stats)
    entry.close()  # the technician pages are deleted
    qtbot.wait(50)
    slow_stats.release(WEEK[0])
    # The answer arrives for a view that is gone: dropped, nothing raises.
    qtbot.waitUntil(lambda: not entry.controller.background.busy, timeout=5000)
    assert kiosk.window.current_screen.name == "home"


def _scan(qtbot: Any, page: DevicesPage) -> list[str]:
    QTest.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.scan_button.isEnabled(), timeout=10000)
    qtbot.wait(10)  # the previous scan's rows are deleted
    return [w.text() for w in page.found_box.findChildren(QLabel)]


def test_device_scan_asks_the_configured_cups_server(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = one_cups_queue(monkeypatch)
    monkeypatch.setattr(devices, "qt_voices", lambda: [])  # Qt speech engines load audio libraries
    entry, page = _open_page(qtbot, kiosk, "devices", DevicesPage)
    # No server set: this computer's CUPS.
    texts = _scan(qtbot, page)
    assert asked == [None]
    assert tr("tech", "CUPS queues") in texts
    # A print server set in the settings: the scan asks it, and says so.
    server = str(tmp_path / "print-server.sock")
    assert entry.controller.apply("devices.printer.cups", {"queue": "old", "server": server}) == []
    texts = _scan(qtbot, page)
    assert asked == [None, server]
    assert tr("tech", "CUPS queues on {server}", server=server) in texts
    assert tr("tech", "CUPS queues") not in texts
    assert "receipt (idle)" in texts
    # Choosing the queue keeps printing through that server.
    (use,) = [b for b in page.found_box.findChildren(QPushButton) if b.text() == tr("tech", "Use")]
    QTest.mouseClick(use, Qt.MouseButton.LeftButton)
    printer = kiosk.flow.config.devices.printer
    assert printer.backend == "cups"
    assert printer.cups is not None
    assert (printer.cups.queue, printer.cups.server) == ("receipt", server)
    entry.close()


def test_a_device_search_that_breaks_says_so_and_can_be_tried_again(
    qtbot: Any, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(devices, "qt_voices", lambda: [])
    entry, page = _open_page(qtbot, kiosk, "devices", DevicesPage)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("usb enumeration crashed")

    monkeypatch.setattr(devices, "discover_all", broken)
    QTest.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    failed = tr("tech", "Search failed: {error}", error="usb enumeration crashed")
    qtbot.waitUntil(lambda: page.found_summary.text() == failed, timeout=5000)
    assert page.scan_button.isEnabled()
    # The log view keeps the traceback for whoever fixes it.
    (record,) = [r for r in caplog.records if r.getMessage() == "device search failed"]
    assert record.exc_info is not None and "usb enumeration crashed" in str(record.exc_info[1])
    # Searching again works once discovery does.
    one_cups_queue(monkeypatch)
    monkeypatch.setattr(devices, "discover_all", discovery.discover_all)
    assert "receipt (idle)" in _scan(qtbot, page)
    entry.close()


def test_a_new_database_address_says_it_waits_for_a_restart(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path
) -> None:
    entry, page = _open_page(qtbot, kiosk, "settings", SettingsPage)
    page.show_section("storage")
    field = page.forms["storage"].editor("storage.database_url")
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    field.editor.setText(other)  # type: ignore[attr-defined]
    field._commit_text()
    # Saved, and the technician is told it is not in use yet.
    assert entry.controller.config.storage.database_url == other
    assert field.message.isVisibleTo(page)
    assert field.message.text() == tr(
        "tech",
        "Saved. The kiosk keeps using its current database until it restarts (System page).",
    )
    assert field.message.text().startswith("저장했습니다")  # in Korean (ko.ts)
    # Until then tickets go on being issued into the database the kiosk opened with.
    issued = kiosk.queue.issue("general")
    assert issued.ticket.display_code == "A-001"
    assert not (tmp_path / "other.sqlite3").exists()
    entry.close()


def test_closing_technician_mode_while_the_printer_is_swapped_stays_quiet(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """The swap finishes on the device worker after technician mode has closed.

    Its "printer replaced" news must not reach the closed pages (they would
    start work on a stopped pool: an error in the log, a traceback in tests);
    the kiosk carries on printing on the new printer.
    """
    entry, _page = _open_page(qtbot, kiosk, "devices", DevicesPage)
    hold = threading.Event()
    kiosk.worker.call(lambda: hold.wait(5))  # the worker is busy
    old_printer = kiosk.worker.printer
    assert entry.controller.apply("devices.printer.profile.paper_width_mm", 58) == []
    entry.close()
    hold.set()
    qtbot.waitUntil(lambda: kiosk.worker.printer is not old_printer, timeout=5000)
    qtbot.wait(50)  # the swap's queued news reaches whoever still listens
    home = kiosk.window.screens[HomeScreen]
    assert isinstance(home, HomeScreen)
    QTest.mouseClick(home.service_buttons[0], Qt.MouseButton.LeftButton)
    new_printer = kiosk.worker.printer
    qtbot.waitUntil(lambda: bool(new_printer.jobs), timeout=5000)  # type: ignore[attr-defined]
    [job] = new_printer.jobs  # type: ignore[attr-defined]
    assert "A-001" in job.document.plain_text()
    with Image.open(io.BytesIO(new_printer.preview_png())) as paper:  # type: ignore[attr-defined]
        assert paper.width == 384  # 58 mm paper: the new printer's


def test_a_printer_swap_that_ends_after_technician_mode_shut_down_stays_quiet(
    qtbot: Any, kiosk: Kiosk
) -> None:
    """As above, but technician mode is shut down (the kiosk is stopping)."""
    entry, _page = _open_page(qtbot, kiosk, "dashboard", DashboardPage)
    hold = threading.Event()
    kiosk.worker.call(lambda: hold.wait(5))
    old_printer = kiosk.worker.printer
    assert entry.controller.apply("devices.printer.profile.paper_width_mm", 58) == []
    entry.shutdown()
    hold.set()
    qtbot.waitUntil(lambda: kiosk.worker.printer is not old_printer, timeout=5000)
    qtbot.wait(50)
    # Nothing reached the stopped technician pages: the test fails on any
    # exception raised in Qt's event loop.
    assert not entry.controller.background.busy


def test_the_clock_box_says_when_this_machine_is_off_the_servers_clock(qtbot: Any) -> None:
    from kiosk.queue.store import ClockStatus
    from ui.tech.clock import describe

    day = date(2026, 11, 23)
    behind = describe(ClockStatus(day, day, "ok", skew_s=-95.4))
    assert (
        tr(
            "tech",
            "This machine's clock is {seconds} s behind the database server's. The "
            "queue goes by the server's clock, but this machine starts the business day "
            "at its own midnight, and the time printed on a ticket and the waits in the "
            "statistics are off by as much. Set every clock from the network time (NTP).",
            seconds="95",
        )
        in behind
    )
    assert "2026-11-23" in behind  # the business day is still described
    for close_enough in (12.0, None):  # within the limit, or SQLite (one machine's clock)
        assert "NTP" not in describe(ClockStatus(day, day, "ok", skew_s=close_enough))
