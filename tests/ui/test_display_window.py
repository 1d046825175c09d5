"""The lobby display: what it shows, what it says, in what order, and how large."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from drivers.speech.mock import MockSpeaker
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.queue.counter import CallRecord, CounterOps
from kiosk.queue.store import Queue
from kiosk.read_aloud import call_announcement
from kiosk.storage.database import DatabaseUnavailableError
from tests.support.queue_windows import shown_and_started
from ui.common.i18n import tr
from ui.common.queue_feed import SharedQueue
from ui.common.theme import HIGH_CONTRAST, contrast_ratio
from ui.display.window import Announcer, DisplayWindow, SilentChime, write_chime_wav


@contextmanager
def _display(
    qtbot: QtBot,
    shared: SharedQueue,
    config: KioskConfig,
    speaker: MockSpeaker,
    sound: SilentChime | None = None,
    **display: object,
) -> Iterator[DisplayWindow]:
    """A started display window with the ``display`` settings (no chime unless asked)."""
    config = config.model_copy(
        update={"display": config.display.model_copy(update={"chime": False, **display})}
    )
    window = DisplayWindow(shared, config, speaker, sound)
    shown_and_started(qtbot, window)
    try:
        yield window
    finally:
        window.shutdown()
        window.close()


def _call(
    queue: Queue,
    shared: SharedQueue,
    counter: int,
    service: str = "general",
    *,
    call_id: int | None = None,
) -> str:
    """Call a fresh ticket; with ``call_id``, as if the database had handed its call that id."""
    ticket = queue.issue(service).ticket
    queue.record_print(ticket.id, ok=True)
    called = shared.ops.call_next(counter)
    assert called is not None
    if call_id is not None:
        with shared.engine.begin() as conn:
            conn.execute(
                text("UPDATE calls SET id = :id WHERE id = (SELECT max(id) FROM calls)"),
                {"id": call_id},
            )
    shared.feed.poke()
    return called.display_code


def test_shows_calls_and_announces_them_in_korean(
    qtbot: QtBot, shared: SharedQueue, queue: Queue, config: KioskConfig
) -> None:
    speaker = MockSpeaker()
    with _display(qtbot, shared, config, speaker) as window:
        assert set(window.tiles) == {1, 2, 3, 4}
        assert window.code_on_screen(2) == "—"
        code = _call(queue, shared, 2)
        qtbot.waitUntil(lambda: window.code_on_screen(2) == code, timeout=5000)
        assert window.tiles[2].flashing
        qtbot.waitUntil(lambda: len(speaker.utterances) == 2, timeout=5000)
        assert [u.text for u in speaker.utterances] == [
            "에이 일번 고객님, 이번 창구로 오십시오."
        ] * 2
        assert all(u.language == "ko" and not u.interrupt for u in speaker.utterances)
        assert window.recent_labels[0].text() == ""  # on its tile, not listed twice
        qtbot.waitUntil(lambda: "0" in window.waiting_labels["general"].text(), timeout=5000)
        shared.ops.no_show(2)
        later = _call(queue, shared, 2)
        qtbot.waitUntil(lambda: window.code_on_screen(2) == later, timeout=5000)
        # The earlier number, off its tile, is listed for a resident who missed it.
        assert window.recent_labels[0].text().startswith(f"{code} → ")
        assert window.recent_labels[1].text() == ""


def test_calls_made_before_it_started_are_shown_not_announced(
    qtbot: QtBot, shared: SharedQueue, queue: Queue, config: KioskConfig
) -> None:
    code = _call(queue, shared, 1)
    speaker = MockSpeaker()
    with _display(qtbot, shared, config, speaker) as window:
        assert window.code_on_screen(1) == code
        qtbot.wait(300)
        assert speaker.utterances == []


def test_a_call_that_commits_after_a_later_one_is_still_announced(
    qtbot: QtBot, shared: SharedQueue, queue: Queue, config: KioskConfig
) -> None:
    """On PostgreSQL, counter 2's call can take id 1 and commit after counter 1's call 2."""
    speaker = MockSpeaker()
    with _display(qtbot, shared, config, speaker, repeat=1) as window:
        _call(queue, shared, 1, call_id=2)
        qtbot.waitUntil(lambda: len(speaker.utterances) == 1, timeout=5000)
        late = _call(queue, shared, 2, call_id=1)
        qtbot.waitUntil(lambda: window.code_on_screen(2) == late, timeout=5000)
        qtbot.waitUntil(lambda: len(speaker.utterances) == 2, timeout=5000)
        assert [u.text for u in speaker.utterances] == [
            "에이 일번 고객님, 일번 창구로 오십시오.",
            "에이 이번 고객님, 이번 창구로 오십시오.",
        ]
        # Read again: nobody is called twice.
        shared.feed.poke()
        qtbot.wait(300)
        assert len(speaker.utterances) == 2


def test_repeat_second_language_chime_and_recall(
    qtbot: QtBot, shared: SharedQueue, queue: Queue, config: KioskConfig
) -> None:
    speaker = MockSpeaker()
    chime = SilentChime(duration_ms=300)
    with _display(
        qtbot, shared, config, speaker, chime, chime=True, repeat=2, second_language="en"
    ) as window:
        started: list[float] = []
        window.announcer.started.connect(lambda _call: started.append(time.monotonic()))
        _call(queue, shared, 3, "move-in")
        qtbot.waitUntil(lambda: chime.plays == 1, timeout=5000)
        chimed_at = time.monotonic()
        assert speaker.utterances == []  # the chime first
        qtbot.waitUntil(lambda: len(speaker.utterances) == 4, timeout=5000)
        assert speaker.utterances[0].starts_at - chimed_at >= 0.2
        assert [(u.language, u.text) for u in speaker.utterances] == [
            ("ko", "비 일번 고객님, 삼번 창구로 오십시오."),
            ("en", "Number B1, please come to counter 3."),
        ] * 2
        shared.ops.recall(3)
        shared.feed.poke()
        qtbot.waitUntil(lambda: len(speaker.utterances) == 8, timeout=5000)
        assert chime.plays == 2


def test_announcements_do_not_talk_over_each_other(
    qtbot: QtBot, shared: SharedQueue, queue: Queue, config: KioskConfig
) -> None:
    speaker = MockSpeaker(seconds_per_char=0.005)  # each text takes about 0.1 s
    with _display(qtbot, shared, config, speaker, repeat=1) as window:
        first = _call(queue, shared, 1)
        second = _call(queue, shared, 2)
        qtbot.waitUntil(lambda: len(speaker.utterances) == 2, timeout=5000)
        a, b = speaker.utterances
        assert "일번 창구" in a.text and "이번 창구" in b.text
        assert b.starts_at >= a.starts_at + a.duration_s  # the second waited for the first
        assert window.code_on_screen(1) == first and window.code_on_screen(2) == second


def test_a_call_waiting_its_turn_is_dropped_once_its_resident_is_no_longer_awaited(
    qtbot: QtBot, shared: SharedQueue, queue: Queue, config: KioskConfig
) -> None:
    # Three calls at once queue behind each other. Before their turn, counter
    # 3's resident arrived and counter 2 marked its resident absent: the board
    # still sent both to their counters, twice each.
    speaker = MockSpeaker(seconds_per_char=0.02)
    with _display(qtbot, shared, config, speaker, repeat=2) as window:
        first = _call(queue, shared, 1)
        _call(queue, shared, 2)
        third = _call(queue, shared, 3, "move-in")
        qtbot.waitUntil(lambda: window.code_on_screen(3) == third, timeout=5000)
        shared.ops.start(3)
        shared.ops.no_show(2)
        shared.feed.poke()
        qtbot.waitUntil(lambda: window.code_on_screen(2) == "—", timeout=5000)
        qtbot.waitUntil(lambda: not window.announcer.busy, timeout=20000)
        said = [u.text for u in speaker.utterances]
        assert said == [call_announcement(first, 1, "ko")] * 2


def test_a_recall_pressed_while_its_call_waits_its_turn_is_read_once(
    qtbot: QtBot, config: KioskConfig
) -> None:
    speaker = MockSpeaker(seconds_per_char=0.005)
    display = config.display.model_copy(update={"chime": False, "repeat": 1})
    announcer = Announcer(speaker, SilentChime(), display)
    at = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)
    first = CallRecord(1, at, 10, 1, "general", "A-001", recall=False)
    waiting = CallRecord(2, at, 11, 2, "general", "A-002", recall=False)
    recalled = CallRecord(3, at, 11, 2, "general", "A-002", recall=True)
    for call in (first, waiting, recalled):
        announcer.enqueue(call)
    qtbot.waitUntil(lambda: not announcer.busy, timeout=5000)
    assert [u.text for u in speaker.utterances] == [
        call_announcement("A-001", 1, "ko"),
        call_announcement("A-002", 2, "ko"),
    ]
    announcer.stop()


def test_a_call_that_cannot_be_read_out_does_not_silence_the_later_ones(
    qtbot: QtBot, shared: SharedQueue, queue: Queue, config: KioskConfig
) -> None:
    speaker = MockSpeaker()
    with _display(qtbot, shared, config, speaker, repeat=1) as window:
        odd = queue.issue("general").ticket
        with shared.engine.begin() as conn:  # a code no reading rule can say
            conn.execute(
                text("UPDATE tickets SET display_code = 'A--05' WHERE id = :id"), {"id": odd.id}
            )
        queue.record_print(odd.id, ok=True)
        assert shared.ops.call_next(1) is not None
        shared.feed.poke()
        qtbot.waitUntil(lambda: window.code_on_screen(1) == "A--05", timeout=5000)
        later = _call(queue, shared, 2)
        qtbot.waitUntil(lambda: window.code_on_screen(2) == later, timeout=5000)
        qtbot.waitUntil(lambda: len(speaker.utterances) == 1, timeout=5000)
        assert speaker.utterances[0].text == "에이 이번 고객님, 이번 창구로 오십시오."


def test_sizes_come_from_the_panel_in_millimetres(
    qtbot: QtBot, shared: SharedQueue, config: KioskConfig
) -> None:
    with _display(qtbot, shared, config, MockSpeaker()) as window:
        screen = config.display.screen
        px_per_mm = 1 / screen.mm_per_px
        code_px = window.tiles[1].code.font().pixelSize()
        # Digits are about 0.72 of the font size: 90 mm numbers on a 55-inch panel.
        assert code_px * 0.72 / px_per_mm == pytest.approx(
            config.display.number_height_mm, rel=0.05
        )
        assert contrast_ratio(HIGH_CONTRAST.primary, HIGH_CONTRAST.background) >= 7
        assert contrast_ratio(HIGH_CONTRAST.text, HIGH_CONTRAST.background) >= 7
        assert contrast_ratio("#BDBDBD", HIGH_CONTRAST.background) >= 7  # paused tiles


def test_paused_counter_tile_is_dimmed(
    qtbot: QtBot, shared: SharedQueue, config: KioskConfig
) -> None:
    with _display(qtbot, shared, config, MockSpeaker()) as window:
        shared.ops.pause(4)
        shared.feed.poke()
        qtbot.waitUntil(lambda: window.tiles[4].paused, timeout=5000)
        assert not window.tiles[1].paused
        # Said in words, not by the grey alone, and whole within the tile.
        paused, idle = window.tiles[4].code, window.tiles[2].code
        assert paused.text() == tr("display", "Paused") and idle.text() == "—"
        assert paused.fontMetrics().horizontalAdvance(paused.text()) <= paused.width()


def test_chime_wav(tmp_path: Path) -> None:
    import wave

    path = tmp_path / "chime.wav"
    ms = write_chime_wav(path)
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        assert abs(w.getnframes() / w.getframerate() * 1000 - ms) < 5


def test_call_to_display_latency_is_measured(tmp_path: Path) -> None:
    from tools.bench.queue_ui import measure_call_to_display

    p95 = measure_call_to_display(f"sqlite:///{tmp_path / 'bench.sqlite3'}", calls=5)
    assert 0 < p95 < 1000


def test_a_new_call_colours_its_tile_once_and_never_blinks(
    qtbot: QtBot,
    shared: SharedQueue,
    queue: Queue,
    config: KioskConfig,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing may flash 3 to 50 times a second (docs/accessibility.md): the tile
    of a new call turns yellow once and back once, even when the counter calls
    the number again while it is yellow."""
    import ui.display.window as display_window

    monkeypatch.setattr(display_window, "FLASH_MS", 1000)
    on, off = HIGH_CONTRAST.primary, HIGH_CONTRAST.background
    with _display(qtbot, shared, config, MockSpeaker()) as window:
        tile = window.tiles[2]

        def fill() -> str:
            return tile.grab().toImage().pixelColor(12, 12).name().upper()

        assert fill() == off
        _call(queue, shared, 2)
        qtbot.waitUntil(lambda: fill() == on, timeout=5000)
        started = time.monotonic()
        seen: list[str] = []
        recalled_while = None
        while seen[-10:] != [off] * 10 and time.monotonic() - started < 10:
            seen.append(fill())
            if recalled_while is None and time.monotonic() - started > 0.3:
                recalled_while = seen[-1]
                shared.ops.recall(2)
                shared.feed.poke()
            qtbot.wait(20)  # about 50 looks a second
        assert recalled_while == on
        changes = [i for i in range(1, len(seen)) if seen[i] != seen[i - 1]]
        assert len(changes) == 1 and seen[0] == on and seen[-1] == off, seen


def test_a_lost_queue_is_said_in_full_on_the_board(
    qtbot: QtBot, shared: SharedQueue, config: KioskConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The side column gave the status one line: "...다시 연결하는" without its "중…"."""

    def failing(*args: object, **kwargs: object) -> object:
        raise DatabaseUnavailableError("connection refused")

    with _display(qtbot, shared, config, MockSpeaker()) as window:
        monkeypatch.setattr(window.ops, "display_snapshot", failing)
        window.refresh()
        qtbot.waitUntil(lambda: window.unavailable, timeout=5000)
        status = window.status_label
        assert status.text() == "Connection to the queue lost; reconnecting…"
        needed = status.heightForWidth(status.width())
        assert needed > 1.5 * status.fontMetrics().lineSpacing()  # two lines at least
        qtbot.waitUntil(lambda: status.height() >= needed, timeout=2000)
        notices = window.notice_strip
        if notices.isVisible():  # the status ends above the notices, not under them
            assert status.mapTo(window, status.rect().bottomLeft()).y() < notices.y()


@contextmanager
def _cut_off(
    qtbot: QtBot, window: DisplayWindow, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The display cannot read the database inside the block; at its end it reads again."""
    reading = window.ops.display_snapshot

    def failing(*args: object, **kwargs: object) -> object:
        raise DatabaseUnavailableError("connection refused")

    monkeypatch.setattr(window.ops, "display_snapshot", failing)
    window.refresh()
    qtbot.waitUntil(lambda: window.unavailable, timeout=5000)
    yield
    monkeypatch.setattr(window.ops, "display_snapshot", reading)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.refresh()


def test_after_a_lost_connection_only_calls_still_answering_are_read_out(
    qtbot: QtBot,
    shared: SharedQueue,
    queue: Queue,
    config: KioskConfig,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ten minutes without the database: the display read out every call made meanwhile."""
    speaker = MockSpeaker()
    with _display(qtbot, shared, config, speaker, repeat=1) as window:
        with _cut_off(qtbot, window, monkeypatch):
            # Counters keep working: six residents called to counter 1 and served.
            for _ in range(6):
                _call(queue, shared, 1)
                shared.ops.start(1)
                clock.advance(100)
                shared.ops.finish(1)
            # Counter 3 called one five minutes ago (being served now); counter 2
            # calls one just before the display reads again: its resident may
            # still be on the way.
            long_ago = _call(queue, shared, 3, "move-in")
            shared.ops.start(3)
            clock.advance(300)
            just_now = _call(queue, shared, 2)
        assert not window.unavailable
        assert [window.code_on_screen(c) for c in (1, 2, 3)] == ["—", just_now, long_ago]
        qtbot.waitUntil(lambda: len(speaker.utterances) == 1, timeout=5000)
        qtbot.wait(300)
        assert [u.text for u in speaker.utterances] == [call_announcement(just_now, 2, "ko")]
        # The next call is read out at once, behind nothing.
        shared.ops.start(2)
        shared.ops.finish(2)
        later = _call(queue, shared, 2)
        qtbot.waitUntil(lambda: len(speaker.utterances) == 2, timeout=5000)
        assert speaker.utterances[1].text == call_announcement(later, 2, "ko")
        shared.feed.poke()
        qtbot.wait(300)
        assert len(speaker.utterances) == 2  # nothing of the backlog turns up later


def test_calls_are_read_out_again_after_the_database_is_restored_from_a_backup(
    qtbot: QtBot, shared: SharedQueue, queue: Queue, config: KioskConfig, clock: FakeClock
) -> None:
    """The restored database hands out call ids below the last one seen: the board showed
    new numbers on their tiles and never said them."""
    speaker = MockSpeaker()
    with _display(qtbot, shared, config, speaker, repeat=1) as window:
        _call(queue, shared, 1, call_id=40)
        qtbot.waitUntil(lambda: len(speaker.utterances) == 1, timeout=5000)
        shared.ops.no_show(1)
        # Restored from this morning's backup, taken before anyone was called.
        with shared.engine.begin() as conn:
            conn.execute(text("DELETE FROM calls"))
        clock.advance(600)
        first = _call(queue, shared, 2, call_id=1)
        qtbot.waitUntil(lambda: window.code_on_screen(2) == first, timeout=5000)
        qtbot.waitUntil(lambda: len(speaker.utterances) == 2, timeout=5000)
        assert speaker.utterances[1].text == call_announcement(first, 2, "ko")
        second = _call(queue, shared, 3, "move-in", call_id=2)
        qtbot.waitUntil(lambda: len(speaker.utterances) == 3, timeout=5000)
        assert speaker.utterances[2].text == call_announcement(second, 3, "ko")
        shared.feed.poke()
        qtbot.wait(300)
        assert len(speaker.utterances) == 3  # each said once


def test_after_a_short_outage_a_resident_already_at_the_counter_is_not_called_again(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    shared: SharedQueue,
    config: KioskConfig,
    queue: Queue,
    clock: FakeClock,
) -> None:
    """30 s cut off: the board then called a resident being served at the counter."""
    with _display(qtbot, shared, config, speaker := MockSpeaker(), repeat=1) as window:
        with _cut_off(qtbot, window, monkeypatch):
            served = _call(queue, shared, 1)
            clock.advance(15)
            shared.ops.start(1)  # the resident walked up meanwhile
            clock.advance(15)
        assert window.code_on_screen(1) == served
        qtbot.wait(300)
        assert speaker.utterances == []


@pytest.mark.postgres
def test_after_an_outage_a_display_pc_running_fast_reads_out_the_call_just_made(
    qtbot: QtBot, pg_url: str, config: KioskConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL each part runs on a PC of its own; the display's clock is 90 s fast.

    A call made during the outage is at most ``RESUME_WINDOW_S`` (60 s) old by
    the server's clock: it is read out (the display's own clock called it stale).
    """
    on_time = FakeClock(datetime.now(UTC))
    display_pc = SharedQueue.open(
        config, pg_url, FakeClock(datetime.now(UTC) + timedelta(seconds=90))
    )
    kiosk, counter = (
        Queue(display_pc.engine, config, on_time),
        CounterOps(display_pc.engine, config, on_time),
    )
    try:
        with _display(qtbot, display_pc, config, speaker := MockSpeaker(), repeat=1) as window:
            with _cut_off(qtbot, window, monkeypatch):
                ticket = kiosk.issue("general").ticket
                kiosk.record_print(ticket.id, ok=True)
                called = counter.call_next(2)
                assert called is not None
            assert window.code_on_screen(2) == called.display_code
            qtbot.waitUntil(lambda: len(speaker.utterances) == 1, timeout=5000)
            assert speaker.utterances[0].text == call_announcement(called.display_code, 2, "ko")
    finally:
        display_pc.close()
