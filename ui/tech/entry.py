"""Getting into technician mode: the corner long press, the PIN pad and technician cards.

``CornerLongPress`` is an application-wide event filter: a press that stays
inside the configured corner of the resident window for the configured
time (5 s by default) asks for the PIN. A technician card (its PC/SC UID on
the allowlist) asks for the PIN too, without the long press; it never opens
technician mode on its own, because a UID can be cloned onto another card.
``TechCardWatcher`` reads the UID of every inserted card on its own thread,
while ``technician.card_uids`` names any (a saved change starts or stops it).
``TechnicianEntry`` ties them to the ``TechGate`` (PIN hash, lockout) and the
technician window, runs technician mode's own idle timeout and returns to
the resident home screen. ``attach_technician_mode`` is the one call the
composition root makes. The resident window is seen through
``ui.tech.host.ResidentWindow``.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Signal, Slot
from PySide6.QtGui import QGuiApplication, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import Clock
from kiosk.config import CardReaderConfig, TechnicianConfig
from kiosk.config.edit import ConfigLocation, SettingsStore
from kiosk.journeys import flow as f
from kiosk.ports.card import CardError, CardEvent, CardEventKind, CardReader, CardUidReader
from kiosk.tech.auth import FileLockoutStore, Outcome, TechGate, lockout_file
from kiosk.tech.log_buffer import RingBufferHandler
from ui.common.i18n import tr
from ui.common.input_hub import PRESSES, ActivityWatch, input_hub
from ui.common.timers import make_timer
from ui.tech.controller import TechContext, TechController
from ui.tech.host import ResidentWindow
from ui.tech.widgets import tech_metrics

if TYPE_CHECKING:
    from ui.tech.window import TechnicianWindow

log = logging.getLogger(__name__)

#: Side of the square corner area that starts a long press, in millimetres.
CORNER_MM = 20.0
#: What the corner long press watches: a press starts it, moving out of the
#: corner or letting go stops it.
CORNER_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)


class CornerLongPress(QObject):
    """Emits ``triggered`` after a press held ``hold_ms`` inside one corner of ``target``."""

    triggered = Signal()

    def __init__(
        self,
        target: QWidget,
        corner: str,
        hold_ms: int,
        corner_px: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.corner = corner
        self.corner_px = corner_px
        self.enabled = True
        self._timer = make_timer(self, self._fire, hold_ms, single_shot=True)

    def set_hold_ms(self, hold_ms: int) -> None:
        self._timer.setInterval(hold_ms)

    @property
    def pressing(self) -> bool:
        return self._timer.isActive()

    def corner_rect(self) -> QRect:
        w, h, c = self.target.width(), self.target.height(), self.corner_px
        x = 0 if self.corner.endswith("left") else w - c
        y = 0 if self.corner.startswith("top") else h - c
        return QRect(x, y, c, c)

    def _inside(self, global_pos: QPoint) -> bool:
        if not self.target.isVisible():
            return False
        return self.corner_rect().contains(self.target.mapFromGlobal(global_pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove) and isinstance(
            event, QMouseEvent
        ):
            inside = self.enabled and self._inside(event.globalPosition().toPoint())
            if kind == QEvent.Type.MouseButtonPress and inside:
                self._timer.start()
            elif not inside:
                self._timer.stop()
        elif kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate) and isinstance(
            event, QTouchEvent
        ):
            points = event.points()
            inside = (
                self.enabled
                and len(points) == 1
                and self._inside(points[0].globalPosition().toPoint())
            )
            if kind == QEvent.Type.TouchBegin and inside:
                self._timer.start()
            elif not inside:
                self._timer.stop()
        elif kind in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            self._timer.stop()
        return False  # never swallow a resident's touch

    @Slot()
    def _fire(self) -> None:
        log.info("technician corner held")
        self.triggered.emit()


class TechCardWatcher(QObject):
    """Reads the UID of each inserted card on its own thread; emits ``uid_read(uid)``.

    Uses its own ``CardReader`` instance (PC/SC readers are shared), so it
    never disturbs the resident flow's reads. UIDs are not personal data on
    their own, but only allowlisted ones are logged (by ``TechGate``).
    """

    uid_read = Signal(str)

    def __init__(self, reader: CardReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self._jobs: queue.Queue[str | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="tech-card", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(5)
            self._thread = None

    def _on_event(self, event: CardEvent) -> None:
        if event.kind is CardEventKind.CARD_INSERTED:
            self._jobs.put(event.reader)

    def _run(self) -> None:
        try:
            self.reader.open(self._on_event)
        except Exception as exc:
            log.warning("technician card reader did not open: %s", type(exc).__name__)
            return
        try:
            while self._jobs.get() is not None:
                if not isinstance(self.reader, CardUidReader):
                    continue
                try:
                    uid = self.reader.card_uid()
                except CardError as exc:
                    log.info("card UID not readable: %s", type(exc).__name__)
                    continue
                self.uid_read.emit(uid)
        finally:
            try:
                self.reader.close()
            except Exception as exc:
                log.warning("technician card reader did not close: %s", type(exc).__name__)


class TechnicianEntry(QObject):
    """Opens technician mode after a long press or a technician card, then the PIN; closes it."""

    opened = Signal()
    closed = Signal()

    def __init__(
        self,
        window: ResidentWindow,
        ctx: TechContext,
        *,
        card_readers: Callable[[CardReaderConfig], CardReader] | None = None,
        hold_ms: int | None = None,
    ) -> None:
        # The resident window is a QWidget: the corner long press watches it,
        # and the entry (with its timers) is deleted with it.
        assert isinstance(window, QWidget)
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.controller = TechController(ctx, self)
        tech = ctx.store.config.technician
        metrics = tech_metrics(ctx.store.config.screen)
        self.long_press = CornerLongPress(
            window,
            tech.corner,
            hold_ms if hold_ms is not None else int(tech.long_press_s * 1000),
            metrics.px(CORNER_MM),
            self,
        )
        self.long_press.triggered.connect(self.ask_pin)
        hub = input_hub()
        hub.add(self.long_press, CORNER_EVENTS)
        self._activity = ActivityWatch(self._touched)
        hub.add(self._activity, PRESSES)
        self._card_readers = card_readers
        self.card_watcher: TechCardWatcher | None = None
        #: The reader settings ``card_watcher`` was built for (None: no watcher wanted).
        self._watched_reader: CardReaderConfig | None = None
        self._watch_cards(ctx.store.config)
        self.tech_window: TechnicianWindow | None = None
        #: The PIN pad is locked (no PIN set, or too many wrong ones) and shown so.
        self._pad_locked = False
        self._last_touch = ctx.clock.monotonic()
        self._idle_timer = make_timer(self, self.tick, 1000)
        ctx.on_config_applied.append(self._config_applied)

    # -- state ----------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.tech_window is not None and self.tech_window.isVisible()

    @property
    def unlocked(self) -> bool:
        return self.tech_window is not None and self.tech_window.unlocked

    def _ensure_window(self) -> TechnicianWindow:
        if self.tech_window is None:
            # Imported on first use: its pages pull in device discovery and the
            # settings schema, which the kiosk's start-up does without.
            from ui.tech.window import TechnicianWindow

            self.tech_window = TechnicianWindow(self.controller, self.window.kiosk_mode)
            self.tech_window.pin_pad.submitted.connect(self.submit_pin)
            self.tech_window.pin_pad.cancelled.connect(self.close)
            self.tech_window.exit_requested.connect(self.close)
        return self.tech_window

    def _show(self) -> None:
        tech_window = self._ensure_window()
        self.long_press.enabled = False
        self._last_touch = self.ctx.clock.monotonic()
        if self.window.kiosk_mode:
            tech_window.showFullScreen()
        else:
            tech_window.show()
        if QGuiApplication.platformName() != "offscreen":  # no window stacking there
            tech_window.raise_()
            tech_window.activateWindow()
        self._idle_timer.start()

    # -- entry ------------------------------------------------------------------------
    @Slot()
    def ask_pin(self) -> None:
        self._ensure_window().show_pin()
        self._refresh_pin_pad()
        self._show()

    def _refresh_pin_pad(self) -> None:
        """Lock the PIN pad, saying why, or open it, as the gate says now.

        The PIN hash is read from the config file first: the PIN pad tells
        the technician to run ``kiosk tech set-pin``, and the PIN they set
        must be the one it takes.
        """
        pad = self._ensure_window().pin_pad
        self.ctx.gate.read_saved_pin()
        locked = self.ctx.gate.locked_for()
        if locked > 0:
            pad.set_message(_locked_text(locked))
        elif not self.ctx.gate.pin_enabled:
            pad.set_message(
                tr("tech", "No technician PIN is set. Set one with: kiosk tech set-pin")
            )
        else:
            pad.set_message("")
        self._pad_locked = locked > 0 or not self.ctx.gate.pin_enabled
        pad.set_locked(self._pad_locked)

    @Slot(str)
    def submit_pin(self, pin: str) -> None:
        tech_window = self._ensure_window()
        result = self.ctx.gate.try_pin(pin)
        if result.outcome is Outcome.GRANTED:
            self._unlock()
        elif result.outcome is Outcome.LOCKED:
            self._pad_locked = True
            tech_window.pin_pad.set_locked(True)
            tech_window.pin_pad.set_message(_locked_text(result.locked_for_s))
        elif result.outcome is Outcome.NO_PIN:
            tech_window.pin_pad.set_message(tr("tech", "No technician PIN is set."))
        else:
            tech_window.pin_pad.set_message(
                tr("tech", "Wrong PIN. {left} tries left.", left=result.attempts_left)
            )

    @Slot(str)
    def card_presented(self, uid: str) -> None:
        if self.unlocked:
            return
        if not self.ctx.gate.card_allowed(uid):
            return
        # Card AND PIN: a card's UID can be cloned, so it only opens the PIN pad.
        self.ask_pin()
        if not self._pad_locked:
            assert self.tech_window is not None
            self.tech_window.pin_pad.set_message(
                tr("tech", "Technician card read. Enter your PIN.")
            )

    def _unlock(self) -> None:
        tech_window = self._ensure_window()
        # A resident session in progress ends: technician mode takes over the screen.
        self.window.send(f.GoHome())
        tech_window.unlock()
        self._show()
        self.opened.emit()

    @Slot()
    def close(self) -> None:
        self._idle_timer.stop()
        if self.tech_window is not None:
            self.tech_window.lock()
            self.tech_window.hide()
        self.long_press.enabled = True
        self.window.send(f.GoHome())
        log.info("technician mode closed")
        self.closed.emit()

    # -- idle timeout ---------------------------------------------------------------------
    def _touched(self) -> None:
        self._last_touch = self.ctx.clock.monotonic()

    @Slot()
    def tick(self) -> None:
        """Once a second while open: return to the resident home screen when idle."""
        if not self.is_open:
            return
        idle = self.ctx.clock.monotonic() - self._last_touch
        if idle >= self.ctx.store.config.technician.idle_timeout_s:
            log.info("technician mode idle for %.0f s: back to the resident screen", idle)
            self.close()
        elif self._pad_locked and not self.unlocked:
            # The technician in front of a locked PIN pad sets the PIN over SSH
            # or waits out the lockout: the pad opens by itself when they have.
            self._refresh_pin_pad()

    def _config_applied(self, config: Any) -> None:
        tech: TechnicianConfig = config.technician
        self.long_press.corner = tech.corner
        self.long_press.set_hold_ms(int(tech.long_press_s * 1000))
        self._watch_cards(config)

    # -- technician cards -------------------------------------------------------------
    def _watch_cards(self, config: Any) -> None:
        """Watch the configured card reader for technician cards while
        ``technician.card_uids`` names any.

        Called at start and after each saved change: UIDs added live must
        bring up the PIN pad without a restart, a new reader setting must be
        the one watched, and with no UIDs left the reader is let go.
        """
        readers = self._card_readers
        wanted: CardReaderConfig | None = None
        if readers is not None and config.technician.card_uids:
            wanted = config.devices.card_reader
        if wanted == self._watched_reader:
            return
        self._stop_card_watcher()
        self._watched_reader = wanted
        if readers is None or wanted is None:
            return
        try:
            reader = readers(wanted)
        except Exception as exc:
            log.warning("technician cards disabled: %s", exc)
            return
        self.card_watcher = TechCardWatcher(reader, self)
        self.card_watcher.uid_read.connect(self.card_presented)
        self.card_watcher.start()

    def _stop_card_watcher(self) -> None:
        if self.card_watcher is not None:
            self.card_watcher.stop()
            self.card_watcher.deleteLater()
            self.card_watcher = None

    def shutdown(self) -> None:
        if QApplication.instance() is not None:
            hub = input_hub()
            hub.remove(self.long_press)
            hub.remove(self._activity)
        self._idle_timer.stop()
        self._stop_card_watcher()
        if self.tech_window is not None:
            self.tech_window.shutdown()
            self.tech_window.close()
            self.tech_window.deleteLater()
            self.tech_window = None
        self.controller.shutdown()


def _locked_text(seconds: float) -> str:
    minutes = max(1, int(seconds + 59) // 60)
    return tr("tech", "Too many wrong PINs. Try again in {minutes} min.", minutes=minutes)


def install_technician_entry(
    window: ResidentWindow,
    *,
    clock: Clock,
    data_dir: Path,
    config_location: ConfigLocation,
    log_buffer: RingBufferHandler | None = None,
    card_readers: Callable[[CardReaderConfig], CardReader] | None = None,
) -> TechnicianEntry:
    """Give the resident ``window`` its technician entry (corner long press or card, then PIN).

    ``config_location`` is where technician changes are saved, and where
    ``kiosk tech set-pin`` saves the PIN hash the gate checks (see
    ``kiosk.config.edit.resolve_config_path``). With ``card_readers`` (which
    builds a reader instance of the entry's own), technician cards on
    ``technician.card_uids`` open the PIN pad too.
    """
    store = SettingsStore(config_location, window.flow.config)
    # Without the window's services (the database not reached yet) the entry
    # still opens; ``entry.controller.bind`` hands them over later.
    ctx = TechContext(
        store=store,
        # The file keeps wrong PINs across restarts before the database is reached.
        gate=TechGate(
            store.config.technician,
            clock,
            store=FileLockoutStore(lockout_file(data_dir)),
            saved_in=config_location,
        ),
        clock=clock,
        worker=window.worker,
        queue=window.queue,
        flow=window.flow,
        data_dir=data_dir,
        log_buffer=log_buffer,
    )
    entry = TechnicianEntry(window, ctx, card_readers=card_readers)
    window.technician = entry  # type: ignore[attr-defined]
    return entry


def attach_technician_mode(
    window: ResidentWindow,
    *,
    clock: Clock,
    data_dir: Path,
    config_path: Path | None = None,
) -> TechnicianEntry:
    """The composition root's one call: log buffer, config location, card watcher, entry.

    ``config_path`` is the ``--config`` the kiosk was started with (None: the
    usual resolution, see ``kiosk.config.edit.resolve_config_path``). The entry
    is shut down with the window (``window.shutdown``).
    """
    from kiosk.config.edit import resolve_config_path
    from kiosk.tech import log_buffer as logbuffer

    entry = install_technician_entry(
        window,
        clock=clock,
        data_dir=data_dir,
        config_location=resolve_config_path(config_path, data_dir),
        log_buffer=logbuffer.install(),
        card_readers=_card_reader,
    )
    window_shutdown = window.shutdown

    def shutdown() -> None:
        entry.shutdown()
        window_shutdown()

    window.shutdown = shutdown  # type: ignore[method-assign]
    return entry


def _card_reader(config: CardReaderConfig) -> CardReader:
    """A reader instance of technician mode's own (PC/SC readers are shared), so
    watching for technician cards never disturbs the resident flow's reads."""
    # Imported here: a kiosk without technician cards never loads the drivers for them.
    from drivers.card import create_card_reader

    return create_card_reader(config)
