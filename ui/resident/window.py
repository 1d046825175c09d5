"""The kiosk's main window: a stack of screens driven by the flow state machine.

The window turns taps into flow events, carries out the flow's effects on
the device worker, feeds worker results back as events, ticks the flow's
clock once a second, and applies language and theme. A resident cannot
close it: close requests and Escape/Alt+F4 are ignored in kiosk mode.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from drivers.speech.mock import MockSpeaker
from kiosk.i18n import N_, Text
from kiosk.journeys import flow as f
from kiosk.journeys import tickets as t
from kiosk.journeys.centre import CentreState
from ui.common.announce import announce
from ui.common.i18n import LanguageSwitcher, render, tr
from ui.common.input_hub import KEYS, PRESSES, ActivityWatch, input_hub
from ui.common.lockdown import LockedDown
from ui.common.theme import (
    FOCUS_RING_PROPERTY,
    PALETTES,
    FocusRing,
    Metrics,
    font_families,
    stylesheet,
)
from ui.common.timers import make_timer
from ui.resident.chrome import AccessBar, TimeWarning, low_screen_reserve_mm
from ui.resident.mrz_input import MrzScanFilter
from ui.resident.screens.base import Screen, make_label
from ui.resident.screens.centre import CentreMenuScreen
from ui.resident.screens.certificate import CERT_SCREENS
from ui.resident.screens.home import HomeScreen, LanguageScreen
from ui.resident.screens.lending import LENDING_SCREENS
from ui.resident.screens.participation import PARTICIPATION_SCREENS
from ui.resident.screens.programmes import PROGRAMME_SCREENS
from ui.resident.screens.ticket import PrintErrorScreen, TicketScreen, UnavailableScreen
from ui.resident.screens.welfare import WELFARE_SCREENS
from ui.resident.voice import KeypadFilter, VoiceGuide, focusable_controls

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.config import ServiceConfig
    from kiosk.journal import Journal
    from kiosk.journeys.flow import Flow
    from kiosk.ports.printer import PrintResult
    from kiosk.ports.speech import Speaker
    from kiosk.queue.store import Queue
    from kiosk.queue.tickets import IssuedTicket
    from ui.common.queue_feed import ChangeFeed
    from ui.resident.cert_worker import CertBridge
    from ui.resident.ticket_worker import DeviceWorker

log = logging.getLogger(__name__)

#: The screen that shows each state of the flow (a test checks every state has one).
SCREENS: dict[Enum, type[Screen]] = {
    f.State.HOME: HomeScreen,
    f.State.LANGUAGE: LanguageScreen,
    f.State.ISSUING: TicketScreen,
    f.State.TICKET: TicketScreen,
    f.State.PRINT_ERROR: PrintErrorScreen,
    f.State.UNAVAILABLE: UnavailableScreen,
    **CERT_SCREENS,
    CentreState.MENU: CentreMenuScreen,
    # Each centre service's screens (kiosk/journeys/centre.py).
    **WELFARE_SCREENS,
    **LENDING_SCREENS,
    **PARTICIPATION_SCREENS,
    **PROGRAMME_SCREENS,
}


class _Runs(Protocol):
    """Something that runs in the background while the window serves residents."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


STAFF_UNREACHABLE = N_(
    "nav", "Staff cannot be called from this kiosk right now. Please ask at the counter."
)


class MainWindow(LockedDown, QMainWindow):
    screen_shown = Signal(str)
    staff_called = Signal()
    #: Emitted once, just after the window's first frame is on screen: the
    #: kiosk opens its database and devices then (``kiosk run``).
    first_painted = Signal()

    def __init__(
        self,
        flow: Flow,
        journal: Journal,
        languages: LanguageSwitcher,
        *,
        kiosk_mode: bool = True,
        speaker: Speaker | None = None,
    ) -> None:
        super().__init__()
        self.flow = flow
        self._painted = False
        self._applied_look: tuple[str, float, bool, tuple[str, ...]] | None = None
        # Services (database, printer, certificate devices) are attached by
        # ``attach_services``, after the first paint when the kiosk boots:
        # effects asked for before then wait in ``_pending``.
        #: The certificate journey's devices (None: certificates are not offered).
        self.cert: CertBridge | None = None
        self.worker: DeviceWorker | None = None
        self.feed: ChangeFeed | None = None
        self.queue: Queue | None = None
        self._pending: list[f.Effect] = []
        #: Staff calls made before the database was open (their details).
        self._staff_calls: list[str] = []
        self.journal = journal
        self.languages = languages
        self.kiosk_mode = kiosk_mode
        self.allow_close = not kiosk_mode
        self.metrics = Metrics(flow.config.screen, flow.session.text_zoom)
        self.setWindowTitle("Kiosk")
        screen_cfg = flow.config.screen
        # Layout is computed for the configured panel; never let content widen it.
        self.setFixedSize(screen_cfg.width_px, screen_cfg.height_px)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # Low-screen mode fills the part of the panel above reach with this.
        # A plain QWidget paints its style sheet background by itself.
        self.reserve = QWidget()
        self.reserve.setObjectName("reserve")
        self.reserve.hide()
        # Home's voice hint stands here on the lowered screen, where it fits:
        # text is read, not touched, so it may be above reach (_update_reserve_note).
        self._reserve_layout = QVBoxLayout(self.reserve)
        margin = self.metrics.px(self.metrics.sizes.margin)
        # Little above the note: the room above reach is only two lines tall.
        self._reserve_layout.setContentsMargins(margin, self.metrics.px(2), margin, 0)
        self._reserve_layout.addStretch(1)
        self.reserve_note = make_label("muted")
        self.reserve_note.hide()
        self._reserve_layout.addWidget(self.reserve_note)
        layout.addWidget(self.reserve)
        layout.addWidget(self.stack, 1)
        self.time_warning = TimeWarning(self.metrics, self._more_time)
        #: The last screen prompt announced to screen readers (each is said once).
        self._announced = ""
        #: Where the focus was when the time warning took it (given back on "more time").
        self._focus_before_warning: QWidget | None = None
        layout.addWidget(self.time_warning)
        self.access_bar = AccessBar(
            self.metrics,
            on_contrast=self.set_high_contrast,
            on_zoom=self.set_large_text,
            on_low=self.set_low_screen,
        )
        layout.addWidget(self.access_bar)
        # Confirmations (e.g. "staff has been called") appear in a banner
        # along the bottom, in large type, for a few seconds.
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.setCentralWidget(central)
        self._banner_timer = make_timer(self, self.banner.hide, single_shot=True)
        # Screens are built the first time they are needed: a resident who
        # only takes a ticket never waits for the certificate screens.
        self.screens = _Screens(self)
        self._tick_timer = make_timer(self, self.tick, 1000)
        self._counts_timer = make_timer(self, self._request_counts, 3000)
        self.apply_look()
        flow.on_change = self._state_changed
        self.voice = VoiceGuide(
            speaker or MockSpeaker(),
            current_screen=lambda: self.current_screen,
            flow=flow,
            send=self.send,
        )
        self.voice.apply_session_settings()
        self._keypad = KeypadFilter(self.voice, self)
        # Installed after the keypad filter so it sees keys first: a scanner's
        # burst of MRZ characters must not be taken for keypad navigation.
        self._mrz_scan = MrzScanFilter(self, lambda: self.flow.state, self.send)
        hub = input_hub()
        hub.add(self._keypad, KEYS)
        hub.add(self._mrz_scan, KEYS)
        self.screen_shown.connect(lambda _name: self.voice.screen_changed())
        app = QApplication.instance()
        self._focus_connection = (
            app.focusChanged.connect(self.voice.focus_changed)
            if isinstance(app, QApplication)
            else None
        )
        self._touch_filter = ActivityWatch(self._touched)
        hub.add(self._touch_filter, PRESSES)
        # Added last so it sees keys first: a key pressed during the time
        # warning ends it and gives the focus back before the key acts.
        self._warning_keys = _KeyWatch(self._key_during_warning, self)
        hub.add(self._warning_keys, KEYS)
        self._show_state(flow.state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first screen was drawn before the window was shown (nothing to focus then).
        focused = QApplication.focusWidget()
        if focused is None or not self.current_screen.isAncestorOf(focused):
            self._focus_first(self.current_screen)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has reached the screen, not from inside it.
            QTimer.singleShot(0, self.first_painted.emit)

    # -- lifecycle ----------------------------------------------------------------
    def attach_services(
        self,
        worker: DeviceWorker,
        queue: Queue,
        *,
        cert: CertBridge | None = None,
        speaker: Speaker | None = None,
        feed: ChangeFeed | None = None,
    ) -> None:
        self.worker = worker
        # Other kiosks and counters change the queue: refresh the waiting
        # counts as soon as the database says so (NOTIFY or polling).
        self.feed = feed
        if feed is not None:
            feed.changed.connect(self._queue_changed)
        self.queue = queue
        self.cert = cert
        worker.ticket_issued.connect(self._ticket_issued)
        # Bound slots (not lambdas): a lambda connected to a worker-thread
        # sender may run on that thread, and the flow is UI-thread only.
        worker.issue_failed.connect(self._issue_failed)
        worker.print_finished.connect(self._print_finished)
        worker.counts_ready.connect(self._counts_ready)
        worker.job_done.connect(self.send)
        if cert is not None:
            cert.attach(self.send, self.journal)
        if speaker is not None:
            self.voice.speaker.stop()
            self.voice.speaker = speaker
            self.voice.apply_session_settings()

    def services_offline(self) -> None:
        """The database cannot be reached yet: taps that need it say so at once.

        Effects held since boot are dropped: the flow moves their resident to
        the "temporarily unavailable" screen instead.
        """
        if self.flow.offline:
            return  # still offline: the retries are in the log, not in the journal
        self._pending.clear()
        self.send(f.ServicesOffline())
        if self._staff_calls:
            # The banner said staff was called; the call can no longer reach them.
            self._staff_calls.clear()
            self.show_banner(render(STAFF_UNREACHABLE))

    def start(self) -> None:
        """Start timers and services; held effects run now."""
        for part in self._running_parts():
            part.start()
        self._request_counts()
        pending, self._pending = self._pending, []
        for effect in pending:
            self._carry_out(effect, journal=False)
        calls, self._staff_calls = self._staff_calls, []
        if self.worker is not None:
            for detail in calls:
                self.worker.request_event.emit("staff_call", detail)
        if self.flow.offline:
            self.send(f.ServicesOnline())

    @Slot(str)
    def _queue_changed(self, _table: str) -> None:
        self._request_counts()

    def _request_counts(self) -> None:
        if self.worker is not None:
            self.worker.request_counts.emit()

    def _running_parts(self) -> list[_Runs]:
        """The services attached and the timers, in the order they start and stop."""
        services = [part for part in (self.cert, self.feed) if part is not None]
        return [*services, self._tick_timer, self._counts_timer]

    def shutdown(self) -> None:
        for part in self._running_parts():
            part.stop()
        self.allow_close = True
        if QApplication.instance() is not None:
            hub = input_hub()
            for handler in (self._touch_filter, self._keypad, self._mrz_scan, self._warning_keys):
                hub.remove(handler)
        if self._focus_connection is not None:
            QObject.disconnect(self._focus_connection)
            self._focus_connection = None
        self.voice.speaker.stop()

    # -- flow plumbing -------------------------------------------------------------
    @property
    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def send(self, event: f.Event) -> None:
        before = self.flow.state
        effects = self.flow.handle(event)
        if not isinstance(event, f.Tick | f.Touch):
            self.journal.write("event", event=type(event).__name__, state=before.value)
        for effect in effects:
            self._carry_out(effect)

    def _carry_out(self, effect: f.Effect, *, journal: bool = True) -> None:
        if journal:
            self.journal.write("effect", effect=type(effect).__name__, **_effect_fields(effect))
        if isinstance(effect, f.LanguageChanged):
            self.languages.set_language(effect.language)
            self.apply_look()  # the new language may read in another typeface
            self.access_bar.retranslate()  # below every screen, so no screen redraws it
            self.current_screen.refresh()
            self._update_reserve_note()
            self._name_for_readers(self.current_screen)
            return
        if isinstance(effect, f.SessionEnded):
            self.apply_look()
            self.voice.session_ended(effect.reason)
            self._request_counts()
            # What the resident typed must not outlive the session in any
            # widget, shown or hidden (the flow wiped its own copy already).
            for screen in self.screens.values():
                screen.wipe()
            self._mrz_scan.wipe()
        worker = self.worker
        if worker is None:
            if not isinstance(effect, f.SessionEnded):
                self._pending.append(effect)  # services not attached yet (first moments of boot)
            return
        if isinstance(effect, t.IssueTicket):
            worker.request_issue.emit(effect.service_id, effect.priority, effect.language)
        elif isinstance(effect, t.PrintTicket):
            worker.request_print.emit(effect.issued, effect.language)
        elif isinstance(effect, t.CancelIssuedTicket):
            worker.request_cancel.emit(effect.ticket_id)
        elif isinstance(effect, f.RunJob):
            worker.request_job.emit(effect)  # a centre service's work
        elif self.cert is not None:
            self.cert.carry_out(effect)  # certificate effects (ui/resident/cert_worker.py)

    def _state_changed(self, old: Enum, new: Enum) -> None:
        if old is not new:
            self.journal.write("state", old=old.value, new=new.value)
        if old is f.State.HOME and new is f.State.ISSUING:
            # Let the issue request reach the device worker before the
            # (slower) redraw: the ticket prints while the screen changes.
            QTimer.singleShot(0, self._show_current_state)
            return
        shown = self.stack.currentWidget()
        self._show_state(new)
        if old is new or self.stack.currentWidget() is shown:
            # Same screen, new content (voice turned on, the ticket printed at last).
            if old is not new:
                # A new step on the same screen (the welfare report's address,
                # then its phone number) starts on its first control, as a new
                # screen does: the last step's field is hidden, and the focus
                # it left on a digit key made Enter type "1".
                self._focus_first(self.current_screen)
            self.voice.screen_changed()

    @Slot()
    def _show_current_state(self) -> None:
        self._show_state(self.flow.state)

    def _show_state(self, state: Enum) -> None:
        self._show_screen(self.screens[SCREENS[state]])

    def _show_screen(self, screen: Screen) -> None:
        screen.refresh()
        self._place_switches(screen)
        self._update_reserve_note(screen)
        self._name_for_readers(screen)
        if self.stack.currentWidget() is not screen:
            self.stack.setCurrentWidget(screen)
            self._focus_first(screen)
            self.screen_shown.emit(screen.name)
        self._announce_prompt(screen)

    def _update_reserve_note(self, screen: QWidget | None = None) -> None:
        """On the lowered home, its voice hint above reach where it fits whole.

        At the foot of the lowered home, the screen most kiosks start on, the
        hint was cut in two (Korean, English, Chinese); above reach it is at
        a standing resident's eye level. Where it does not fit (Vietnamese,
        200 % text) it stays in the body.
        """
        screen = screen or self.stack.currentWidget()
        home = self.screens.get(HomeScreen)
        shown = False
        if (
            isinstance(home, HomeScreen)
            and screen is home
            and not self.reserve.isHidden()
            and self.flow.session.text_zoom <= 1.0
        ):
            self.reserve_note.setText(home.voice_hint.text())
            margins = self._reserve_layout.contentsMargins()
            width = self.width() - margins.left() - margins.right()
            room = self.reserve.height() - margins.top() - margins.bottom()
            shown = self.reserve_note.heightForWidth(width) <= room
        self.reserve_note.setVisible(shown)
        if isinstance(home, HomeScreen):
            home.voice_hint.setVisible(not shown)

    def _place_switches(self, screen: Screen) -> None:
        """At 200 % text, Contrast and Lower end the page of the screen shown (``AccessBar``)."""
        self.access_bar.arrange(screen.root if self.flow.session.text_zoom > 1.0 else None)

    def _name_for_readers(self, screen: Screen) -> None:
        """The window and the screen are named after the screen's title, which a
        screen reader says when the window or the screen is reached."""
        title = screen.title.text() or screen.name
        screen.setAccessibleName(title)
        if self.windowTitle() != title:
            self.setWindowTitle(title)
            self.setAccessibleName(title)

    def _announce_prompt(self, screen: Screen) -> None:
        """A new screen, or new words on it (a mistake, a declined card): said to a
        screen reader once, politely (the focus move says the option)."""
        prompt = screen.spoken_prompt()
        if prompt != self._announced:
            self._announced = prompt
            announce(screen, prompt)

    def _focus_first(self, screen: Screen) -> None:
        """A new screen starts with the focus on its first control (home: the first
        service), not on whatever the focus chain reaches first (the contrast switch)."""
        self._focus_before_warning = None
        first = _first_control(screen, self.access_bar.more)
        if first is not None:
            self.voice.focus_quietly(first)

    def _remember_focus(self) -> None:
        focused = QApplication.focusWidget()
        self._focus_before_warning = (
            focused if focused is not None and self.isAncestorOf(focused) else None
        )

    def _more_time(self) -> None:
        """ "More time": the limit restarts, the warning goes and the focus returns
        to the control the resident had before the warning took it."""
        self.send(f.MoreTime())
        target = self._hide_warning(give_focus_back=True)
        if target is None:
            return
        announce(target, tr("access", "More time."))
        # By the voice guide's rules: a letter key of the name keyboard is only
        # "letter key" on the loudspeaker, a typed field says no digits there.
        self.voice.say(tr("access", "More time.") + " " + self.voice.describe(target))

    def _key_during_warning(self, watched: QObject, event: QKeyEvent) -> None:
        """A key pressed while the time warning shows is activity, as "more time":
        the warning goes and the focus returns to where the resident was, and only
        then does the key act there (a digit typed in the field, 0 repeating the
        screen), not on whatever the warning's going left focused (the display
        switches: 5 turned high contrast on, 4 then 5 called staff)."""
        if not isinstance(watched, QWidget) or watched.window() is not self:
            return  # a key in another window (technician mode)
        if not self.time_warning.isVisible() or event.isAutoRepeat():
            return
        on_warning = QApplication.focusWidget() is self.time_warning.button
        if on_warning and event.key() in _PRESS_KEYS:
            return  # "more time" itself (its button says so)
        if event.key() in _LEAVE_KEYS:
            # Back and home leave the screen, as on any button: given back to a
            # typing field first, star would delete the digit before it.
            return
        self.send(f.MoreTime())
        self._hide_warning()

    @Slot(object)
    def _ticket_issued(self, issued: IssuedTicket) -> None:
        self.journal.write(
            "ticket_issued",
            ticket_id=issued.ticket.id,
            code=issued.ticket.display_code,
            service=issued.ticket.service_id,
            people_ahead=issued.people_ahead,
            wait_minutes=issued.wait_minutes,
        )
        self.send(t.TicketIssued(issued))

    @Slot(str, object)
    def _issue_failed(self, reason: str, message: Text | None) -> None:
        self.send(t.IssueFailed(reason, message))

    @Slot(int, object)
    def _print_finished(self, ticket_id: int, result: PrintResult) -> None:
        self.journal.write(
            "print_result",
            ticket_id=ticket_id,
            ok=result.ok,
            failure=result.failure.value if result.failure else None,
            detail=result.detail,
        )
        self.send(t.PrintFinished(ticket_id, result))

    @Slot(object)
    def _counts_ready(self, counts: dict[str, int]) -> None:
        home = self.screens[HomeScreen]
        assert isinstance(home, HomeScreen)
        if self.queue is not None:
            counts = self.queue.ahead_of_new(counts)
        home.set_counts(counts)

    def estimate_minutes(self, service: ServiceConfig, waiting: int) -> int:
        if self.queue is None:
            return 0
        return self.queue.estimate_wait_minutes(service, waiting)

    def tick(self) -> None:
        self.send(f.Tick())
        deadline = self.flow.deadline()
        if deadline is not None and deadline.warning:
            first = not self.time_warning.isVisible()
            self.time_warning.show_remaining(
                int(deadline.remaining_s + 0.999), home=self.flow.state is f.State.HOME
            )
            if first:
                # At 200 % text the window has no room for both: for its few
                # seconds the warning stands where "Big text" was (a tap
                # anywhere ends it, as "more time" does).
                self.access_bar.setVisible(self.flow.session.text_zoom == 1.0)
                self._remember_focus()
                self.voice.focus_quietly(self.time_warning.button)
                announce(self.time_warning.label, self.time_warning.label.text(), assertive=True)
                self.voice.say(
                    self.time_warning.label.text() + " " + tr("access", "Press 5 for more time.")
                )
        elif self.time_warning.isVisible():
            self._hide_warning()
        screen = self.current_screen
        screen.update_countdown()
        if isinstance(screen, HomeScreen):
            screen.tick()

    def _hide_warning(self, *, give_focus_back: bool = False) -> QWidget | None:
        """The warning goes. The focus it took returns to the control the resident
        had before it (else the screen's first), which is returned; a focus the
        resident moved elsewhere (a tap on a control) stays, and None is returned."""
        held = QApplication.focusWidget() is self.time_warning.button
        self.time_warning.hide()
        self.access_bar.show()
        before, self._focus_before_warning = self._focus_before_warning, None
        if not (held or give_focus_back):
            return None
        target = before if before is not None and _can_take_focus(before) else None
        target = target or _first_control(self.current_screen, self.access_bar.more)
        if target is not None:
            self.voice.focus_quietly(target)
        return target

    def _touched(self) -> None:
        self.flow.handle(f.Touch())

    def call_staff(self) -> None:
        """Record a staff call (staff see it at their counter) and confirm on screen."""
        self.journal.write("staff_call", screen=self.current_screen.name)
        if self.flow.offline:
            # Counters learn of a call through the database; without it, saying
            # "staff has been called" would leave the resident waiting for nobody.
            self.show_banner(render(STAFF_UNREACHABLE))
            return
        detail = f"screen={self.current_screen.name}"
        if self.worker is None:
            self._staff_calls.append(detail)  # the first moments of boot: sent on start()
        else:
            self.worker.request_event.emit("staff_call", detail)
        self.show_banner(tr("nav", "A member of staff has been called. Please wait here."))
        self.staff_called.emit()

    def show_banner(self, text: str, seconds: float = 8.0) -> None:
        self.voice.say(text)  # "staff has been called" is heard, not only shown
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()
        announce(self.banner, text)
        self._banner_timer.start(int(seconds * 1000))

    # -- look ------------------------------------------------------------------------
    def rebuild_screens(self) -> None:
        """Rebuild every screen from ``flow.config`` (services, panel size changed live)."""
        self._drop_screens(force_look=True)
        self._show_state(self.flow.state)
        self._request_counts()

    def _drop_screens(self, *, force_look: bool) -> None:
        """Forget every screen (each is built again when next shown) and fit
        the window to ``flow.config``'s panel."""
        config = self.flow.config
        self.metrics.screen = config.screen
        self.setFixedSize(config.screen.width_px, config.screen.height_px)
        # The switches may sit on a screen's page: take them back before it goes.
        self.access_bar.arrange(None)
        for screen in list(self.screens.values()):
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()
        self.apply_look(force=force_look)

    # -- accessibility switches (keep the resident's place) ------------------------
    def set_high_contrast(self, on: bool) -> None:
        self.flow.session.theme = "high_contrast" if on else "standard"
        self._look_changed("theme", self.flow.session.theme, self.access_bar.contrast)

    def set_large_text(self, on: bool) -> None:
        self.flow.session.text_zoom = 2.0 if on else 1.0
        self._look_changed("text_zoom", self.flow.session.text_zoom, self.access_bar.zoom)

    def set_low_screen(self, on: bool) -> None:
        self.flow.session.low_screen = on
        self._look_changed("low_screen", on, self.access_bar.low)

    def _look_changed(self, what: str, value: object, switch: QAbstractButton) -> None:
        self.journal.write("display", setting=what, value=value)
        self.flow.handle(f.Touch())
        self.apply_look()
        # Pressed by keypad, a switch changes nothing a blind resident can
        # notice: say its new state ("고대비: 켜짐"), as apply_look named it.
        name = switch.accessibleName()  # "고대비: 켜짐" when on (AccessBar), "고대비" when off
        self.voice.say(name if switch.isChecked() else f"{name}: {tr('access', 'off')}")

    def apply_look(self, *, force: bool = False) -> None:
        session = self.flow.session
        # Korean and English share a typeface: switching between them restyles nothing.
        fonts = tuple(font_families(session.language))
        look = (session.theme, session.text_zoom, session.low_screen, fonts)
        if look == self._applied_look and not force:
            return  # restyling the whole window costs tens of milliseconds
        self._applied_look = look
        palette = PALETTES[session.theme]
        self.metrics.text_zoom = session.text_zoom
        self.metrics.set_language(session.language)
        # Widgets inherit the application font, and the style sheet fixes each
        # widget's font when applied: switch the typeface first.
        app_font = QApplication.font()
        if app_font.families() != self.metrics.families:
            app_font.setFamilies(self.metrics.families)
            QApplication.setFont(app_font)
        reserve_mm = low_screen_reserve_mm(self.flow.config.screen)
        self.reserve.setFixedHeight(self.metrics.px(reserve_mm))
        self.reserve.setVisible(session.low_screen and reserve_mm > 0)
        self.time_warning.arrange(large=session.text_zoom > 1.0)
        self.access_bar.update_state(
            contrast=session.theme == "high_contrast",
            zoom=session.text_zoom > 1.0,
            low=session.low_screen,
        )
        self.setProperty(FOCUS_RING_PROPERTY, FocusRing.of(palette, self.metrics))
        self.setStyleSheet(stylesheet(palette, self.metrics))
        if isinstance(self.stack.currentWidget(), Screen):
            self.current_screen.refresh()
            self._place_switches(self.current_screen)
            self._update_reserve_note()
        pad = self.metrics.px(4)
        self.banner.setStyleSheet(
            f"QLabel#banner {{ background: {palette.primary}; color: {palette.primary_text};"
            f" font-size: {self.metrics.text_px(self.metrics.sizes.body_text)}px;"
            f" font-weight: bold; padding: {pad}px; }}"
        )


#: The keys that press the focused button (the keypad's 5, Enter, the space bar).
_PRESS_KEYS = frozenset(
    {Qt.Key.Key_5, Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Select}
)


#: The keys that leave the screen (the keypad's star and hash): back and home.
_LEAVE_KEYS = frozenset(
    {Qt.Key.Key_Asterisk, Qt.Key.Key_Backspace, Qt.Key.Key_NumberSign, Qt.Key.Key_Home}
)


class _KeyWatch(QObject):
    """Calls ``on_key`` with every key press (and the object it is for), and lets
    the key go on."""

    def __init__(self, on_key: Callable[[QObject, QKeyEvent], None], parent: QObject) -> None:
        # A child of the window, so it goes with it (the input hub then drops it).
        super().__init__(parent)
        self._on_key = on_key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            self._on_key(watched, event)
        return False


def _can_take_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    )


def _first_control(screen: Screen, switches: QWidget) -> QAbstractButton | None:
    """The screen's first button a resident can reach, as the keypad orders them.

    Not one of the ``switches`` that end the page at 200 % text: a screen
    with nothing else in its body would start scrolled to its end.
    """
    controls = [c for c in focusable_controls(screen) if not switches.isAncestorOf(c)]
    return controls[0] if controls else None


def _effect_fields(effect: f.Effect) -> dict[str, object]:
    if isinstance(effect, f.RunJob):
        return {"job": effect.name}
    if isinstance(effect, t.PrintTicket):
        return {"ticket_id": effect.issued.ticket.id, "code": effect.issued.ticket.display_code}
    if isinstance(effect, t.IssueTicket):
        return {"service": effect.service_id, "priority": effect.priority}
    if isinstance(effect, t.CancelIssuedTicket):
        return {"ticket_id": effect.ticket_id}
    if isinstance(effect, f.SessionEnded):
        return {"reason": effect.reason}
    if isinstance(effect, f.LanguageChanged):
        return {"language": effect.language}
    return {}


class _Screens(dict[type[Screen], Screen]):
    """Screen instances by class, each built (and added to the stack) on first use."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, cls: type[Screen]) -> Screen:
        window = self._window
        screen = cls(window.flow, window.metrics, window.send)
        self[cls] = screen
        window.stack.addWidget(screen)
        return screen
