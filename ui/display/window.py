"""The lobby display (``kiosk display``): who is called to which counter, read out loud.

Fullscreen on its own panel (``display.screen``; ``--windowed`` for
development). Left: one tile per counter with the number it called in very
large type (``display.number_height_mm``); the tile of a new call flashes.
Right: the latest calls and how many wait per service. Below them, when the
centre has notices of the residents' council (``[participation]``) for
today, a strip shows one at a time, changing every ``NOTICE_MS``; it takes
its height from the tiles' share, never from the numbers' size unless the
panel is too short for both. Sizes are physical
(``ui.common.theme.Metrics`` on the display's panel) and the colours are the
high-contrast palette (yellow and white on black, contrast above 15:1), so
the numbers read from across the room.

Each new call (or recall) is announced: a chime (``display.chime``), then
``kiosk.read_aloud.call_announcement`` in Korean through the speech driver,
optionally followed by ``display.second_language``, all said
``display.repeat`` times. Announcements queue: one call is read out
completely before the next starts.

The window learns of calls at once (``ui.common.queue_feed.ChangeFeed``: LISTEN/
NOTIFY on PostgreSQL, a 1 s poll on SQLite) and reads the database on a
``DbWorker`` thread.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import time
import wave
from collections import deque
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.centre import participation as pa
from kiosk.config import DisplayConfig, KioskConfig, NoticeConfig
from kiosk.ports.speech import Speaker, volume_to_gain
from kiosk.queue.counter import CallRecord, DisplaySnapshot, NewCalls
from kiosk.read_aloud import call_announcement
from kiosk.storage.database import DatabaseUnavailableError
from ui.common.i18n import tr
from ui.common.queue_feed import Refresher, SharedQueue
from ui.common.theme import FONT_FAMILIES, HIGH_CONTRAST, Metrics
from ui.common.timers import make_timer

log = logging.getLogger(__name__)

#: How long the tile of a new call flashes (ms).
FLASH_MS = 8000

#: Pause between two announcements (ms).
GAP_MS = 400

#: While the database does not answer, try again this often (ms).
RETRY_MS = 2000

#: How long each notice of the residents' council stays on the strip (ms).
NOTICE_MS = 15000


# -- chime --------------------------------------------------------------------------------


class Chime(Protocol):
    """Plays the call chime without waiting. UI thread."""

    @property
    def duration_ms(self) -> int: ...

    def play(self) -> None: ...


class SilentChime:
    """No sound (tests, machines without audio); counts how often it would have played."""

    def __init__(self, duration_ms: int = 0) -> None:
        self._duration_ms = duration_ms
        self.plays = 0

    @property
    def duration_ms(self) -> int:
        return self._duration_ms

    def play(self) -> None:
        self.plays += 1


def write_chime_wav(path: Path, rate: int = 22050) -> int:
    """Write a two-tone "ding-dong" (E5 then C5, bell-like decay); return its length in ms."""
    tones = ((659.25, 0.55), (523.25, 0.85))
    frames = bytearray()
    for freq, seconds in tones:
        count = int(rate * seconds)
        for i in range(count):
            t = i / rate
            envelope = math.exp(-3.2 * t) * min(1.0, i / (0.005 * rate))
            sample = envelope * (
                0.7 * math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            )
            frames += struct.pack("<h", int(max(-1.0, min(1.0, sample)) * 26000))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return int(1000 * sum(s for _f, s in tones))


class SoundChime(QObject):
    """The chime through QtMultimedia (``QSoundEffect``) on the default audio output."""

    def __init__(self, volume: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        self._dir = tempfile.TemporaryDirectory(prefix="kiosk-chime-")
        path = Path(self._dir.name) / "chime.wav"
        self._duration_ms = write_chime_wav(path)
        self._effect = QSoundEffect(self)
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effect.setVolume(volume_to_gain(volume))

    @property
    def duration_ms(self) -> int:
        return self._duration_ms

    def play(self) -> None:
        self._effect.play()


def create_chime(enabled: bool, volume: float, parent: QObject | None = None) -> Chime:
    """A ``SoundChime`` when enabled and an audio output exists, else a ``SilentChime``."""
    if not enabled:
        return SilentChime()
    try:
        from PySide6.QtMultimedia import QMediaDevices

        if not QMediaDevices.audioOutputs():
            log.info("no audio output: the display chime is silent")
            return SilentChime()
        return SoundChime(volume, parent)
    except ImportError:
        log.info("QtMultimedia unavailable: the display chime is silent")
        return SilentChime()


# -- announcements ----------------------------------------------------------------------------


class Announcer(QObject):
    """Reads calls out one after another: chime, then the text in each language, repeated.

    Calls wait their turn, a few seconds each. A call is read only if its
    resident is still awaited when its turn comes (``awaited``): one who
    has reached the counter, or was marked absent, is not sent there again,
    and a call recalled meanwhile is read once, as the recall.
    """

    #: An announcement begins (chime or first words): the call.
    started = Signal(object)
    #: One utterance handed to the speaker: text, language.
    said = Signal(str, str)
    #: The queue ran empty.
    idle = Signal()

    def __init__(
        self,
        speaker: Speaker,
        chime: Chime,
        config: DisplayConfig,
        parent: QObject | None = None,
        awaited: Callable[[CallRecord], bool] = lambda _call: True,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.chime = chime
        self._awaited = awaited
        self.config = config
        self._queue: deque[CallRecord] = deque()
        self._busy = False
        self._poll = make_timer(self, self._check_done, 100)
        self._after_chime = make_timer(self, self._speak_current, single_shot=True)
        self._gap = make_timer(self, self._next, single_shot=True)
        self._current: CallRecord | None = None
        self._ended_at = -math.inf

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def ready(self) -> bool:
        """Idle, and the pause after the last announcement is over: a call starts at once."""
        return not self._busy and (time.monotonic() - self._ended_at) * 1000 >= GAP_MS

    def languages(self) -> list[str]:
        second = self.config.second_language
        return ["ko"] if second == "none" else ["ko", second]

    def texts(self, call: CallRecord) -> list[tuple[str, str]]:
        """What is said for ``call``: (text, language) in order, repeats included."""
        one = [
            (call_announcement(call.display_code, call.counter, lang), lang)
            for lang in self.languages()
        ]
        return one * self.config.repeat

    def enqueue(self, call: CallRecord) -> None:
        self._queue.append(call)
        if self._busy:
            return
        # Keep GAP_MS of silence after the previous announcement, no more.
        silent_ms = (time.monotonic() - self._ended_at) * 1000
        if silent_ms >= GAP_MS:
            self._next()
        else:
            self._busy = True
            self._gap.start(int(GAP_MS - silent_ms))

    def stop(self) -> None:
        self._queue.clear()
        self._poll.stop()
        self._after_chime.stop()
        self._gap.stop()
        self._busy = False
        self._current = None

    def _take_next(self) -> CallRecord | None:
        """The next queued call still worth reading, dropping the ones that are not."""
        while self._queue:
            call = self._queue.popleft()
            recalled = any(later.ticket_id == call.ticket_id for later in self._queue)
            if not recalled and self._awaited(call):
                return call
        return None

    def _next(self) -> None:
        call = self._take_next()
        if call is None:
            self._busy = False
            self._current = None
            self.idle.emit()
            return
        self._busy = True
        self._current = call
        self.started.emit(self._current)
        if self.config.chime and self.chime.duration_ms > 0:
            self.chime.play()
            self._after_chime.start(self.chime.duration_ms)
        else:
            if self.config.chime:
                self.chime.play()
            self._speak_current()

    def _speak_current(self) -> None:
        call = self._current
        if call is None:
            return
        try:
            texts = self.texts(call)
        except ValueError as exc:
            # The code is on its tile all the same; a code the reading rules
            # cannot say must not leave the announcer busy for the rest of the day.
            log.error("call to counter %d not read out: %s", call.counter, exc)
            texts = []
        for text, language in texts:
            try:
                self.speaker.say(text, language, interrupt=False)
            except Exception as exc:  # a broken voice must not stop the display
                log.error("announcement failed: %s", type(exc).__name__)
            self.said.emit(text, language)
        self._poll.start()

    def _check_done(self) -> None:
        if self.speaker.is_speaking():
            return
        self._poll.stop()
        self._ended_at = time.monotonic()
        if self._queue:
            self._gap.start(GAP_MS)
        else:
            self._busy = False
            self._current = None
            self.idle.emit()


# -- the window -------------------------------------------------------------------------------


class _CounterTile(QFrame):
    def __init__(self, counter: int, metrics: Metrics, number_mm: float) -> None:
        super().__init__()
        self.counter = counter
        self.setObjectName("counter-tile")
        layout = QVBoxLayout(self)
        pad = metrics.px(number_mm * 0.08)
        layout.setContentsMargins(pad, pad // 2, pad, pad // 2)
        layout.setSpacing(0)
        self.label = QLabel()
        self.label.setFont(_font(metrics, number_mm * 0.45, bold=True))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLabel("—")
        self.code.setObjectName("counter-code")
        self._number_font = _font(metrics, number_mm / 0.72, bold=True)
        # "Paused" in words, as large as the counter's name: a dimmed tile
        # alone says nothing to a resident who cannot tell the greys apart.
        self._word_font = _font(metrics, number_mm * 0.45, bold=True)
        self.code.setFont(self._number_font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        layout.addWidget(self.code, 1)
        self.flashing = False
        self.paused = False
        self.set_flash(False)

    def show_call(self, code: str | None, paused: bool) -> None:
        """The number this counter called; else "Paused" (dimmed, still 10:1
        contrast) or a dash."""
        if code is not None:
            self.code.setFont(self._number_font)
            self.code.setText(code)
        elif paused:
            self.code.setFont(self._word_font)
            self.code.setText(tr("display", "Paused"))
        else:
            self.code.setFont(self._number_font)
            self.code.setText("—")
        paused = code is None and paused
        if paused != self.paused:
            self.paused = paused
            self.set_flash(self.flashing)

    def set_flash(self, on: bool) -> None:
        p = HIGH_CONTRAST
        self.flashing = on
        if self.paused and not on:
            self.setStyleSheet(
                f"QFrame#counter-tile {{ background: {p.background}; border: 4px solid #7A7A7A; }}"
                " QLabel { color: #BDBDBD; background: transparent; }"
            )
        elif on:
            self.setStyleSheet(
                f"QFrame#counter-tile {{ background: {p.primary}; border: 4px solid {p.primary}; }}"
                f" QLabel {{ color: {p.primary_text}; background: transparent; }}"
            )
        else:
            self.setStyleSheet(
                f"QFrame#counter-tile {{ background: {p.background}; border: 4px solid {p.border}; }}"
                f" QLabel {{ color: {p.text}; background: transparent; }}"
                f" QLabel#counter-code {{ color: {p.primary}; }}"
            )


def _font(metrics: Metrics, mm: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(8, metrics.px(mm)))
    font.setBold(bold)
    return font


class DisplayWindow(QWidget):
    """The lobby display. UI thread only."""

    #: Emitted after each redraw from the database (tests, bench, demo).
    refreshed = Signal()
    #: A call was put on screen (before its announcement): the call.
    call_shown = Signal(object)

    def __init__(
        self,
        shared: SharedQueue,
        config: KioskConfig,
        speaker: Speaker,
        chime: Chime | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = shared.ops
        self.config = config
        self.display = config.display
        self.metrics = Metrics(self.display.screen)
        self.chime: Chime = chime if chime is not None else SilentChime()
        self.announcer = Announcer(speaker, self.chime, self.display, self, self._awaited)
        self.snapshot: DisplaySnapshot | None = None
        self.unavailable = False
        #: The calls announced so far (and which are new in a snapshot).
        self.calls = NewCalls()
        self._zone = ZoneInfo(config.center.timezone)
        self.setObjectName("lobby-display")
        self.setWindowTitle(tr("display", "Lobby display"))
        self.resize(self.display.screen.width_px, self.display.screen.height_px)
        self._flash_timers: dict[int, QTimer] = {}
        self._build()
        shared.feed.changed.connect(lambda _what: self.refresh())
        self._refresher = Refresher(
            shared.worker,
            # Only calls after the last one shown: read now, on the UI thread.
            lambda: partial(
                self.ops.display_snapshot, self.calls.since(), recent=self.display.recent_calls
            ),
            self._snapshot_ready,
            self._snapshot_failed,
            retry_ms=RETRY_MS,
            parent=self,
        )
        self._clock_timer = make_timer(self, self._tick, 10_000)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        p = HIGH_CONTRAST
        m = self.metrics
        h = self.display.number_height_mm
        self.setStyleSheet(
            f"QWidget#lobby-display {{ background: {p.background}; }}"
            f" QLabel {{ color: {p.text}; background: transparent; }}"
        )
        self.setAutoFillBackground(True)
        root = QVBoxLayout(self)
        margin = m.px(12)
        root.setContentsMargins(margin, margin, margin, margin)
        root.setSpacing(m.px(8))

        header = QHBoxLayout()
        self.center_label = QLabel(self.config.center.name.get("ko"))
        self.center_label.setFont(_font(m, h * 0.32, bold=True))
        self.clock_label = QLabel()
        self.clock_label.setFont(_font(m, h * 0.32, bold=True))
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.center_label, 1)
        header.addWidget(self.clock_label)
        root.addLayout(header)

        body = QHBoxLayout()
        body.setSpacing(m.px(10))
        root.addLayout(body, 1)

        grid = QGridLayout()
        grid.setSpacing(m.px(6))
        counters = self.ops.all_counters()
        columns = 1 if len(counters) <= 1 else 2 if len(counters) <= 4 else 3
        rows = max(1, math.ceil(len(counters) / columns))
        # Shrink the numbers when this many rows would not fit the panel.
        # The notice strip (when the centre has notices): a title and two lines.
        notice_mm = h * 0.36
        strip_mm = notice_mm * (0.8 + 2 * 0.62) * 1.5 if self.config.participation.enabled else 0
        usable_mm = (
            self.display.screen.height_px * self.display.screen.mm_per_px - 24 - h * 0.6 - strip_mm
        )
        per_tile_mm = usable_mm / rows
        number_mm = min(h, per_tile_mm / (0.45 + 1 / 0.72 + 0.35))
        self.tiles: dict[int, _CounterTile] = {}
        for i, counter in enumerate(counters):
            tile = _CounterTile(counter, m, number_mm)
            self.tiles[counter] = tile
            grid.addWidget(tile, i // columns, i % columns)
        body.addLayout(grid, 7)

        side = QVBoxLayout()
        side.setSpacing(m.px(4))
        list_mm = h * 0.36
        self.recent_title = QLabel()
        self.recent_title.setFont(_font(m, list_mm * 0.9, bold=True))
        self.recent_title.setStyleSheet(f"color: {p.primary};")
        side.addWidget(self.recent_title)
        self.recent_labels: list[QLabel] = []
        for _ in range(self.display.recent_calls):
            label = QLabel()
            label.setFont(_font(m, list_mm, bold=True))
            side.addWidget(label)
            self.recent_labels.append(label)
        side.addSpacing(m.px(8))
        self.waiting_title = QLabel()
        self.waiting_title.setFont(_font(m, list_mm * 0.9, bold=True))
        self.waiting_title.setStyleSheet(f"color: {p.primary};")
        side.addWidget(self.waiting_title)
        self.waiting_labels: dict[str, QLabel] = {}
        for svc in self.config.enabled_services:
            label = QLabel()
            # Nearly as large as the earlier calls: residents read it from their
            # seats (larger would push the status line under the notices).
            label.setFont(_font(m, list_mm * 0.85))
            side.addWidget(label)
            self.waiting_labels[svc.id] = label
        side.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setFont(_font(m, list_mm * 0.6))
        self.status_label.setWordWrap(True)
        side.addWidget(self.status_label)
        body.addLayout(side, 3)
        self._build_notices(notice_mm)
        root.addWidget(self.notice_strip)
        self.retranslate()

    def _build_notices(self, notice_mm: float) -> None:
        """The residents' council's notices, one at a time, below the calls."""
        p = HIGH_CONTRAST
        m = self.metrics
        self.notice_strip = QFrame()
        self.notice_strip.setObjectName("notice-strip")
        self.notice_strip.setStyleSheet(
            f"QFrame#notice-strip {{ border: 4px solid {p.border}; }}"
            f" QLabel#notice-tag {{ color: {p.primary}; }}"
        )
        strip = QVBoxLayout(self.notice_strip)
        pad = m.px(notice_mm * 0.25)
        strip.setContentsMargins(pad, pad // 2, pad, pad // 2)
        strip.setSpacing(0)
        top = QHBoxLayout()
        self.notice_tag = QLabel()
        self.notice_tag.setObjectName("notice-tag")
        self.notice_tag.setFont(_font(m, notice_mm * 0.8, bold=True))
        self.notice_title = QLabel()
        self.notice_title.setFont(_font(m, notice_mm * 0.8, bold=True))
        self.notice_count = QLabel()
        self.notice_count.setFont(_font(m, notice_mm * 0.6))
        top.addWidget(self.notice_tag)
        top.addSpacing(m.px(notice_mm * 0.4))
        top.addWidget(self.notice_title, 1)
        top.addWidget(self.notice_count)
        strip.addLayout(top)
        self.notice_body = QLabel()
        self.notice_body.setFont(_font(m, notice_mm * 0.62))
        self.notice_body.setWordWrap(True)
        strip.addWidget(self.notice_body)
        self.notice_strip.hide()
        self.notices: list[NoticeConfig] = []
        self._notice_index = 0
        self._notice_timer = make_timer(self, self.next_notice, NOTICE_MS)

    def next_notice(self) -> None:
        """Show the next of today's notices (today's list is read again each time)."""
        if not self.config.participation.enabled:
            return
        self.notices = pa.current_notices(self.config.participation, self.ops.now(), self._zone)
        self._notice_index = (self._notice_index + 1) % max(1, len(self.notices))
        self._render_notice()

    def _render_notice(self) -> None:
        self.notice_strip.setVisible(bool(self.notices))
        if not self.notices:
            return
        index = self._notice_index % len(self.notices)
        notice = self.notices[index]
        self.notice_title.setText(notice.title.get("ko"))
        self.notice_count.setText(
            f"{index + 1}/{len(self.notices)}" if len(self.notices) > 1 else ""
        )
        # Two lines at most: the rest is on the kiosk ("주민자치회" on its menu).
        body = notice.body.get("ko")
        metrics = QFontMetrics(self.notice_body.font())
        room = max(1, self.notice_body.width() or self.width() - 2 * self.metrics.px(30))
        self.notice_body.setText(
            metrics.elidedText(body, Qt.TextElideMode.ElideRight, int(room * 1.85))
        )

    def notice_on_screen(self) -> str:
        """The notice the strip shows, title and text (tests, demo); empty when hidden."""
        if self.notice_strip.isHidden():
            return ""
        return f"{self.notice_title.text()}\n{self.notice_body.text()}"

    def retranslate(self) -> None:
        for counter, tile in self.tiles.items():
            tile.label.setText(tr("display", "Counter {n}", n=counter))
        self.recent_title.setText(tr("display", "Earlier calls"))
        self.waiting_title.setText(tr("display", "Waiting"))
        self.notice_tag.setText(tr("display", "Residents' council notice"))
        self._render()

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Show the current state (without announcing it) and follow changes."""
        self._clock_timer.start()
        self._tick()
        self._notice_index = -1
        self.next_notice()
        self._notice_timer.start()
        self.refresh()

    def shutdown(self) -> None:
        self._clock_timer.stop()
        self._notice_timer.stop()
        self._refresher.stop()
        for timer in self._flash_timers.values():
            timer.stop()
        self.announcer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()

    def show_on_monitor(self, fullscreen: bool) -> None:
        """Show on ``display.monitor`` (fullscreen) or as a normal window."""
        screens = QGuiApplication.screens()
        if fullscreen and screens:
            screen = screens[min(self.display.monitor, len(screens) - 1)]
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.show()

    # -- data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch the calls since the last one shown (coalesced: one fetch at a time)."""
        self._refresher.refresh()

    @property
    def last_call_id(self) -> int | None:
        """The newest call this display has read (None before its first read)."""
        return self.calls.mark

    def _snapshot_ready(self, snapshot: DisplaySnapshot) -> None:
        self.snapshot = snapshot
        self.unavailable = False
        self._render()
        for call in self.calls.take(snapshot):
            self._flash(call.counter)
            self.call_shown.emit(call)
            self.announcer.enqueue(call)
        self.refreshed.emit()

    def _awaited(self, call: CallRecord) -> bool:
        """Whether ``call``'s resident is still awaited at its counter, as last read."""
        snap = self.snapshot
        if snap is None:
            return True
        current = snap.current.get(call.counter)
        return (
            current is not None
            and current.ticket_id == call.ticket_id
            and call.counter not in snap.serving
        )

    def _snapshot_failed(self, exc: Exception) -> None:
        if not isinstance(exc, DatabaseUnavailableError):
            log.error("display snapshot failed: %s: %s", type(exc).__name__, exc)
        self.unavailable = True
        # The next read brings whatever was called meanwhile: not all of it is read out.
        self.calls.lost()
        self._render()

    # -- rendering ---------------------------------------------------------------------------------
    def _tick(self) -> None:
        now: datetime = self.ops.now().astimezone(self._zone)
        self.clock_label.setText(now.strftime("%H:%M"))

    def _flash(self, counter: int) -> None:
        tile = self.tiles.get(counter)
        if tile is None:
            return
        tile.set_flash(True)
        timer = self._flash_timers.get(counter)
        if timer is None:
            timer = make_timer(self, lambda: self.tiles[counter].set_flash(False), single_shot=True)
            self._flash_timers[counter] = timer
        timer.start(FLASH_MS)

    def _render(self) -> None:
        snap = self.snapshot
        status = self.status_label
        status.setText(
            tr("display", "Connection to the queue lost; reconnecting…") if self.unavailable else ""
        )
        # The side column gives each label one line's height: the status gets
        # the lines its words take at the column's width, or its end is cut off.
        status.setMinimumHeight(status.heightForWidth(status.width()) if status.text() else 0)
        if snap is None:
            return
        for counter, tile in self.tiles.items():
            call = snap.current.get(counter)
            tile.show_call(call.display_code if call else None, counter in snap.paused)
        for i, label in enumerate(self.recent_labels):
            if i < len(snap.recent):
                call = snap.recent[i]
                label.setText(
                    tr("display", "{code} → counter {n}", code=call.display_code, n=call.counter)
                )
            else:
                label.setText("")
        for service_id, label in self.waiting_labels.items():
            name = self.config.service(service_id).names.get("ko")
            label.setText(
                tr(
                    "display",
                    "{service}: {count} waiting",
                    service=name,
                    count=snap.waiting_counts.get(service_id, 0),
                )
            )

    def code_on_screen(self, counter: int) -> str:
        """The number the tile of ``counter`` shows (tests, bench)."""
        return self.tiles[counter].code.text()
