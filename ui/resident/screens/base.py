"""The resident's screens. Each renders the flow's current state and sends events back.

Screens hold no journey logic: they read ``Flow`` and emit ``kiosk.journeys.flow``
events through ``send``. Every string is translated at draw time
(``retranslate``) so a language switch redraws the current screen, and
every button's accessible name and description are the same strings a
voice prompt would speak.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.first_frame import FirstFrame
from ui.common.button_row import ButtonRow
from ui.common.i18n import LANGUAGE_NAMES, render, tr
from ui.common.theme import Metrics, font_families
from ui.lazy import set_enum_property

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from kiosk.config import KioskConfig, ServiceConfig
    from kiosk.journeys import certificates as c
    from kiosk.journeys import flow as f
    from kiosk.journeys import tickets as t
    from kiosk.journeys.flow import Flow
else:
    from ui.lazy import LazyModule, Qt

    # Imported on first use, after the first frame (see ui.lazy).
    c = LazyModule("kiosk.journeys.certificates")
    f = LazyModule("kiosk.journeys.flow")
    t = LazyModule("kiosk.journeys.tickets")

Send = Callable[["f.Event"], None]


def _label(role: str = "", *, wrap: bool = True, align: str = "") -> QLabel:
    """A label; ``align`` names Qt alignment flags ("AlignCenter")."""
    label = QLabel()
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if align:
        set_enum_property(label, "alignment", align)
    # Also lets a tap on a button's words through to the button: a label
    # without text interaction ignores mouse events, which go to its parent.
    set_enum_property(label, "textInteractionFlags", "NoTextInteraction")
    return label


class _HeightForWidthButton(QPushButton):
    """A button whose height follows its (wrapping) contents at the width it gets."""

    def _setup_height_for_width(self) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(self.minimumHeight(), needed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))

    def minimumSizeHint(self) -> QSize:
        # Narrow is fine: the label wraps. Never let a long label widen the screen.
        return QSize(self.fontMetrics().height(), self.minimumHeight())


class WrapButton(_HeightForWidthButton):
    """A push button whose label wraps onto more lines instead of being cut off."""

    def __init__(self) -> None:
        super().__init__()
        self.label = _label(align="AlignCenter")
        self.label.setObjectName("buttonLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        self._setup_height_for_width()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def natural_width(self) -> int:
        """The width that shows the whole label on one line."""
        self.label.ensurePolished()
        metrics = self.label.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in self.label.text().split("\n"))
        return self._with_room(widest)

    def least_width(self) -> int:
        """The narrowest width at which no word of the label breaks.

        Qt's own line breaker decides (Chinese breaks between characters,
        Korean and Latin between words), as the accessibility audit's
        text-fits check does: a wrapped label's minimum size is its longest
        unbreakable run.
        """
        self.label.ensurePolished()
        return self._with_room(self.label.minimumSizeHint().width())

    def _with_room(self, text_width: int) -> int:
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        # Room around the label (a label flush with its border reads as cut
        # off) and a little slack: advances are rounded, and a label one
        # pixel short of its text wraps.
        return text_width + sides + self.label.fontMetrics().height() // 4 + 2


def _button(variant: str = "") -> WrapButton:
    button = WrapButton()
    if variant:
        button.setProperty("variant", variant)
    set_enum_property(button, "focusPolicy", "StrongFocus")
    button.setAutoDefault(False)
    return button


class FitLabel(QLabel):
    """One line of very large text (the queue number) that shrinks to fit its width.

    ``wanted_px`` is the size it should have; the style sheet does not set
    its font size (role "bigcode"), so this class alone decides it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.wanted_px = 100
        self._size = 0
        self.setProperty("role", "bigcode")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if not self.isVisible():
            return  # fitted when shown (resizeEvent), at its real width
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        advance = QFontMetricsF(font).horizontalAdvance(self.text() or "0")
        room = max(1, self.contentsRect().width())
        size = max(8, min(self.wanted_px, int(100 * room / max(1.0, advance))))
        # The window's style sheet sizes every QLabel; a widget's own style
        # sheet is the one thing that overrides it. Restyling is slow, so
        # only when the size changes.
        if size != self._size:
            self._size = size
            self.setStyleSheet(f"font-size: {size}px; font-weight: bold;")
            # Make the layout give the new size room now, not on a later pass.
            font.setPixelSize(size)
            self.setMinimumHeight(int(QFontMetricsF(font).height()) + 1)


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a property used by it changed (and to its children)."""
    for w in (widget, *widget.findChildren(QWidget)):
        w.style().unpolish(w)
        w.style().polish(w)
        w.update()


def _set_text(button: QPushButton, text: str, description: str = "") -> None:
    button.setText(text)
    button.setAccessibleName(text)
    button.setAccessibleDescription(description or text)


class Screen(QFrame):
    """Base for all resident screens: a title, a body and a navigation bar.

    A QFrame (without a frame) paints its style sheet background by itself;
    a QWidget subclass would need an attribute from Qt's namespace, which
    the first frame does without (``ui.lazy``).
    """

    name = "screen"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__()
        self.setObjectName("screen")
        self.flow = flow
        self.metrics = metrics
        self.send = send
        m = metrics.px(metrics.sizes.margin)
        gap = metrics.px(metrics.sizes.gap)
        # The body scrolls (text zoomed to 200 % must never be clipped); the
        # navigation bar stays pinned along the bottom edge, within reach.
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(m, m, m, m)
        self.outer.setSpacing(gap)
        self.body_scroll = QScrollArea()
        self.body_scroll.setObjectName("body")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_enum_property(self.body_scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(self.body_scroll, "focusPolicy", "NoFocus")
        # A viewport made here, not fetched with viewport(): handing Python a
        # widget Qt created makes PySide resolve every lazily loaded widget
        # class to learn its type (about 70 enum classes, tens of ms at boot).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        self.body_scroll.setViewport(viewport)
        if not isinstance(flow, FirstFrame):
            # Touch scrolling: a first frame lasts only until the config is
            # validated, and grabbing returns a value of Qt's namespace (see
            # ui.lazy); the bound window builds its screens anew.
            from PySide6.QtWidgets import QScroller

            QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
        body = QWidget()
        body.setObjectName("bodyContent")
        self.body_scroll.setWidget(body)
        self.outer.addWidget(self.body_scroll, 1)
        self.root = QVBoxLayout(body)
        self.root.setContentsMargins(0, 0, 0, 0)
        self.root.setSpacing(gap)
        self.title = _label("title")
        self.root.addWidget(self.title)
        self.back_button: QPushButton | None = None
        self.home_button: QPushButton | None = None
        self.staff_button: QPushButton | None = None

    @property
    def config(self) -> KioskConfig:
        return self.flow.config

    def add_nav(
        self, *, back: bool = True, home: bool = True, leading: Sequence[QWidget] = ()
    ) -> None:
        """Back / home and call-staff buttons along the bottom edge, after ``leading`` ones."""
        bar = ButtonRow(self.metrics.px(self.metrics.sizes.gap))
        for widget in leading:
            bar.addWidget(widget)
        self.back_button = _button("nav") if back else None
        self.home_button = _button("nav") if home else None
        staff = self.staff_button = _button("nav")
        if self.back_button is not None:
            self.back_button.clicked.connect(lambda: self.send(f.GoBack()))
            bar.addWidget(self.back_button)
        if self.home_button is not None:
            self.home_button.clicked.connect(lambda: self.send(f.GoHome()))
            bar.addWidget(self.home_button)
        staff.clicked.connect(self._call_staff)
        bar.addWidget(staff)
        self.outer.addLayout(bar)
        self.nav_row = bar

    def _call_staff(self) -> None:
        window = self.window()
        call = getattr(window, "call_staff", None)
        if callable(call):
            call()

    def retranslate_nav(self) -> None:
        if self.back_button is not None:
            _set_text(self.back_button, tr("nav", "Back"), tr("nav", "Go back one step"))
        if self.home_button is not None:
            _set_text(self.home_button, tr("nav", "Home"), tr("nav", "Return to the first screen"))
        if self.staff_button is not None:
            _set_text(
                self.staff_button,
                tr("nav", "Call staff"),
                tr("nav", "Ask a member of staff to come and help you"),
            )

    # -- overridden by screens --------------------------------------------
    def retranslate(self) -> None:
        self.retranslate_nav()

    def refresh(self) -> None:
        """Redraw from the flow's context (called on every state change)."""
        self.retranslate()

    def spoken_prompt(self) -> str:
        """Title and what to do, as voice mode speaks it."""
        return self.title.text()

    def wipe(self) -> None:
        """Forget the ended session's personal details (called on every built screen).

        A hidden screen keeps its widgets' texts until it is shown again, so
        a screen that ever shows what a resident typed or is must blank it
        here. Most screens show nothing personal.
        """


class ServiceButton(_HeightForWidthButton):
    """A large service button: the name and, below it, the waiting count."""

    def __init__(self, service: ServiceConfig, metrics: Metrics, *, priority: bool = False):
        super().__init__()
        self.service = service
        self.priority = priority
        self.setProperty("variant", "service")
        set_enum_property(self, "focusPolicy", "StrongFocus")
        self.setAutoDefault(False)
        self._setup_height_for_width()
        self.setMinimumHeight(metrics.px(metrics.sizes.service_button_height))
        layout = QVBoxLayout(self)
        pad = metrics.px(5)
        layout.setContentsMargins(pad, metrics.px(2), pad, metrics.px(2))
        layout.setSpacing(0)
        self.name_label = _label("buttontitle", wrap=True)
        self.waiting_label = _label("muted", wrap=True)
        for label in (self.name_label, self.waiting_label):
            layout.addWidget(label)
        #: None until the queue has been counted: the home screen is painted
        #: before the database opens, and "waiting: 0" would be a guess.
        self.waiting: int | None = None
        self.minutes = 0

    def retranslate(self, language: str) -> None:
        name = self.service.names.get(language)
        if self.waiting is None:
            # A blank line keeps the button's height, so nothing jumps when the count arrives.
            waiting = ""
            self.waiting_label.setText(" ")
        else:
            waiting = tr("home", "Waiting: {count}", count=self.waiting)
            if self.minutes:
                waiting += "  ·  " + tr("home", "about {minutes} min", minutes=self.minutes)
        if self.priority:
            # Beside its service's button: the label says only what is different;
            # the accessible name (spoken) carries the service too.
            self.name_label.setText(tr("home", "Priority (elderly, disabled, pregnant)"))
            self.waiting_label.hide()
            name = tr("home", "{service} (priority)", service=name)
        else:
            self.name_label.setText(name)
            if waiting:
                self.waiting_label.setText(waiting)
        self.setAccessibleName(name)
        tap = tr("home", "Tap to take a queue number for this service.")
        self.setAccessibleDescription(f"{waiting}. {tap}" if waiting else tap)


class HomeScreen(Screen):
    name = "home"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.center = _label("muted")
        self.clock = _label("muted", wrap=False, align="AlignRight")
        head = self._head = QHBoxLayout()
        head.addWidget(self.center, 1)
        head.addWidget(self.clock, 0)
        self.root.insertLayout(0, head)
        self.instruction = _label()
        self.root.addWidget(self.instruction)
        grid = self._grid = QGridLayout()
        gap = metrics.px(metrics.sizes.gap)
        grid.setHorizontalSpacing(gap)
        grid.setVerticalSpacing(gap)
        self.service_buttons: list[ServiceButton] = []
        self._service_rows: list[tuple[ServiceButton, ServiceButton | None]] = []
        for service in self.config.enabled_services:
            button = ServiceButton(service, metrics)
            button.clicked.connect(lambda _=False, s=service.id: self.send(t.ChooseService(s)))
            self.service_buttons.append(button)
            prio: ServiceButton | None = None
            if service.priority_allowed:
                prio = ServiceButton(service, metrics, priority=True)
                prio.setProperty("variant", "service")
                prio.clicked.connect(
                    lambda _=False, s=service.id: self.send(t.ChooseService(s, priority=True))
                )
                self.service_buttons.append(prio)
            self._service_rows.append((button, prio))
        # Placed before the grid joins the body, so the buttons enter the
        # focus chain here, ahead of the certificate and bottom buttons.
        self._place_services(one_column=False)
        self.root.addLayout(grid)
        # Certificates (무인민원발급) are a separate journey, offered when the
        # catalogue has any document enabled.
        self.cert_button: QPushButton | None = None
        if self.config.enabled_documents:
            self.cert_button = _button("secondary")
            self.cert_button.setMinimumHeight(metrics.px(metrics.sizes.service_button_height * 0.8))
            self.cert_button.clicked.connect(lambda: self.send(c.OpenCertificates()))
            self.root.addWidget(self.cert_button)
        self.root.addStretch(1)
        # Below the services (which must be in sight at 200 % text too), just
        # above the voice button the hint names.
        self.voice_hint = _label("muted")
        self.root.addWidget(self.voice_hint)
        # Holds the language and voice buttons at 200 % text (see _place_for_text).
        self._body_row = ButtonRow(gap)
        self.root.addLayout(self._body_row)
        self.language_button = _button("nav")
        self.language_button.clicked.connect(lambda: self.send(f.OpenLanguages()))
        self.voice_button = _button("nav")
        self.voice_button.clicked.connect(
            lambda: self.send(f.SetVoice(not self.flow.session.voice))
        )
        # One row with call-staff: it breaks into lines only when the labels need it.
        self.add_nav(back=False, home=False, leading=(self.language_button, self.voice_button))
        self._large: bool | None = None
        self._place_for_text(large=False)

    def _place_for_text(self, *, large: bool) -> None:
        """Arrange home for 100 % or 200 % text.

        At 200 % a line holds about a dozen letters, and the pinned bottom
        rows plus a centre name over four lines left no service in sight in
        English, Chinese or Vietnamese. So at 200 %, what a resident came
        for comes first:

        - the centre name and the clock move from the top to the end of
          the body, so the title, the instruction and the services come first;
        - the language and voice buttons leave the pinned row for the body,
          under the voice hint that names them; call-staff stays pinned, as
          on every screen;
        - each priority button goes below its service, as wide: in the
          narrower column "교통약자 우선" would break mid-word.
        """
        if large == self._large:
            return
        first_time, self._large = self._large is None, large
        if first_time and not large:
            return  # built that way
        movable = (self.language_button, self.voice_button)
        for button in movable:
            self.nav_row.removeWidget(button)
            self._body_row.removeWidget(button)
        self.root.removeItem(self._head)
        if large:
            for button in movable:
                self._body_row.addWidget(button)
            self.root.addLayout(self._head)
        else:
            for index, button in enumerate(movable):
                self.nav_row.insertWidget(index, button)
            self.root.insertLayout(0, self._head)
        # Reparenting moves a widget to the end of the focus chain. Keypad
        # users keep moving in reading order: services, certificates,
        # language, voice, then call-staff (which never moves).
        anchor = self.cert_button or (self.service_buttons[-1] if self.service_buttons else None)
        if anchor is not None:
            QWidget.setTabOrder(anchor, self.language_button)
        QWidget.setTabOrder(self.language_button, self.voice_button)
        self._place_services(one_column=large)

    def _place_services(self, *, one_column: bool) -> None:
        grid = self._grid
        for button in self.service_buttons:
            grid.removeWidget(button)
        row = 0
        for button, prio in self._service_rows:
            if one_column:
                grid.addWidget(button, row, 0, 1, 2)
                if prio is not None:
                    row += 1
                    grid.addWidget(prio, row, 0, 1, 2)
            else:
                grid.addWidget(button, row, 0)
                if prio is not None:
                    grid.addWidget(prio, row, 1)
            row += 1
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 0 if one_column else 2)

    def refresh(self) -> None:
        self._place_for_text(large=self.metrics.text_zoom > 1.0)
        super().refresh()

    def set_counts(self, counts: dict[str, int]) -> None:
        queue_estimate = getattr(self.window(), "estimate_minutes", None)
        for button in self.service_buttons:
            button.waiting = counts.get(button.service.id, 0)
            button.minutes = (
                queue_estimate(button.service, button.waiting) if callable(queue_estimate) else 0
            )
        self.retranslate()

    def tick(self) -> None:
        now = self.flow.clock.now().astimezone(ZoneInfo(self.config.center.timezone))
        self.clock.setText(now.strftime("%H:%M"))

    def retranslate(self) -> None:
        language = self.flow.session.language
        self.center.setText(self.config.center.name.get(language))
        self.title.setText(tr("home", "Take a queue number"))
        self.instruction.setText(tr("home", "Tap the service you came for."))
        self.voice_hint.setText(
            tr(
                "home",
                "Voice guide: press any key on the keypad below the screen, or tap the Voice guide button.",
            )
        )
        for button in self.service_buttons:
            button.retranslate(language)
        if self.cert_button is not None:
            _set_text(
                self.cert_button,
                tr("home", "Print a certificate (등본, 초본…)"),
                tr(
                    "home",
                    "Print certificates such as resident registration copies, with your ID card",
                ),
            )
        _set_text(
            self.language_button,
            "언어 · Language",
            tr("home", "Choose the language of the screen"),
        )
        voice = (
            tr("home", "Voice guide: on") if self.flow.session.voice else tr("home", "Voice guide")
        )
        _set_text(self.voice_button, voice, tr("home", "Turn spoken guidance on or off"))
        self.tick()
        self.retranslate_nav()

    def spoken_prompt(self) -> str:
        return f"{self.title.text()}. {self.instruction.text()}"


class LanguageScreen(Screen):
    name = "language"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.buttons: dict[str, QPushButton] = {}
        for code, label in LANGUAGE_NAMES.items():
            button = _button("secondary")
            button.setMinimumHeight(metrics.px(metrics.sizes.service_button_height * 0.7))
            # Each name in its own language's typeface, whatever the screen's language.
            own = QFont(button.label.font())
            own.setFamilies(font_families(code))
            button.label.setFont(own)
            _set_text(button, label)
            button.clicked.connect(lambda _=False, c=code: self.send(f.ChooseLanguage(c)))
            self.root.addWidget(button)
            self.buttons[code] = button
        self.root.addStretch(1)
        self.add_nav(home=False)

    def retranslate(self) -> None:
        self.title.setText(tr("language", "Choose a language"))
        for code, button in self.buttons.items():
            button.setProperty("variant", "" if code == self.flow.session.language else "secondary")
            restyle(button)
        self.retranslate_nav()


class TicketScreen(Screen):
    """Printing, then take-your-ticket: the number in very large type."""

    name = "ticket"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.service = _label("subtitle")
        self.status = _label()
        panel = QFrame()
        panel.setProperty("role", "panel")
        inner = QVBoxLayout(panel)
        self.your_number = _label("muted", align="AlignCenter")
        self.code = FitLabel()
        self.ahead = _label(align="AlignCenter")
        self.wait = _label(align="AlignCenter")
        for w in (self.your_number, self.code, self.ahead, self.wait):
            inner.addWidget(w)
        self.root.addWidget(self.service)
        self.root.addWidget(panel)
        self.root.addWidget(self.status)
        self.root.addStretch(1)
        self.countdown = _label("muted")
        self.root.addWidget(self.countdown)
        self.add_nav(back=False)

    def retranslate(self) -> None:
        ctx = self.flow.context
        issued = ctx.issued
        language = self.flow.session.language
        if ctx.service_id:
            self.service.setText(self.config.service(ctx.service_id).names.get(language))
        if self.flow.state is f.State.TICKET and ctx.unchecked:
            # The printer cannot say whether paper came out: the resident looks.
            self.title.setText(tr("ticket", "Please check the printer slot"))
            self.status.setText(
                tr(
                    "ticket",
                    "Your ticket should come out below the screen. If there is none, "
                    "remember your number and tell a member of staff.",
                )
            )
        elif self.flow.state is f.State.TICKET:
            self.title.setText(tr("ticket", "Please take your ticket"))
            self.status.setText(
                tr(
                    "ticket",
                    "Your ticket is printed below the screen. Wait until your number is called.",
                )
            )
        else:
            self.title.setText(tr("ticket", "Printing your ticket…"))
            self.status.setText(tr("ticket", "Please wait a moment."))
        self.your_number.setText(tr("ticket", "Your number"))
        if issued is not None:
            self.code.setText(issued.ticket.display_code)
            self.code.wanted_px = self.metrics.text_px(self.metrics.sizes.display_code)
            self.code.fit()
            self.ahead.setText(
                tr("ticket", "People ahead of you: {count}", count=issued.people_ahead)
            )
            self.wait.setText(
                tr("ticket", "Estimated wait: about {minutes} min", minutes=issued.wait_minutes)
                if issued.wait_minutes
                else tr("ticket", "Estimated wait: you are next")
            )
        else:
            self.code.setText("…")
            self.code.wanted_px = self.metrics.text_px(self.metrics.sizes.display_code)
            self.code.fit()
            self.ahead.setText("")
            self.wait.setText("")
        self.update_countdown()
        self.retranslate_nav()

    def update_countdown(self) -> None:
        deadline = self.flow.deadline()
        self.countdown.setText(
            tr(
                "ticket",
                "Returning to the first screen in {seconds} s",
                seconds=int(deadline.remaining_s + 0.999),
            )
            if deadline is not None
            else ""
        )

    def spoken_prompt(self) -> str:
        issued = self.flow.context.issued
        if issued is None:
            return f"{self.title.text()}. {self.status.text()}"
        number = tr("ticket", "Your number is {code}.", code=issued.ticket.display_code)
        return f"{self.title.text()}. {number} {self.ahead.text()}. {self.wait.text()}."


class PrintErrorScreen(Screen):
    name = "print_error"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.reason = _label("warning")
        panel = QFrame()
        panel.setProperty("role", "panel")
        inner = QVBoxLayout(panel)
        self.your_number = _label("muted", align="AlignCenter")
        self.code = FitLabel()
        self.service = _label(align="AlignCenter")
        for w in (self.your_number, self.code, self.service):
            inner.addWidget(w)
        self.advice = _label()
        self.retry_button = _button()
        self.retry_button.clicked.connect(lambda: self.send(t.RetryPrint()))
        self.cancel_button = _button("secondary")
        self.cancel_button.clicked.connect(lambda: self.send(t.CancelTicket()))
        widgets: tuple[QWidget, ...] = (
            self.reason,
            panel,
            self.advice,
            self.retry_button,
            self.cancel_button,
        )
        for widget in widgets:
            self.root.addWidget(widget)
        self.root.addStretch(1)
        self.countdown = _label("muted")
        self.root.addWidget(self.countdown)
        self.add_nav(back=False)

    def retranslate(self) -> None:
        ctx = self.flow.context
        issued = ctx.issued
        language = self.flow.session.language
        self.title.setText(tr("print_error", "Your ticket could not be printed"))
        reason = render(ctx.failure.resident_message) if ctx.failure else ""
        self.reason.setText(reason)
        self.your_number.setText(tr("print_error", "Your number is"))
        if issued is not None:
            self.code.setText(issued.ticket.display_code)
            self.code.wanted_px = self.metrics.text_px(self.metrics.sizes.display_code)
            self.code.fit()
            self.service.setText(self.config.service(issued.ticket.service_id).names.get(language))
        self.advice.setText(
            tr(
                "print_error",
                "Your place in the queue is kept. Please remember this number, or tell it to a member of staff.",
            )
        )
        if ctx.printing:
            _set_text(self.retry_button, tr("print_error", "Printing again…"))
        else:
            _set_text(
                self.retry_button,
                tr("print_error", "Try printing again"),
                tr("print_error", "Print the same number again"),
            )
        self.retry_button.setEnabled(not ctx.printing)
        self.cancel_button.setEnabled(not ctx.printing)
        _set_text(
            self.cancel_button,
            tr("print_error", "I don't need this number"),
            tr("print_error", "Cancel this queue number"),
        )
        self.update_countdown()
        self.retranslate_nav()

    def update_countdown(self) -> None:
        deadline = self.flow.deadline()
        if deadline is None:
            self.countdown.setText("")
            return
        seconds = int(deadline.remaining_s + 0.999)
        self.countdown.setText(
            tr("print_error", "Returning to the first screen in {seconds} s", seconds=seconds)
        )

    def spoken_prompt(self) -> str:
        issued = self.flow.context.issued
        number = (
            tr("ticket", "Your number is {code}.", code=issued.ticket.display_code)
            if issued is not None
            else ""
        )
        return f"{self.title.text()}. {self.reason.text()} {number} {self.advice.text()}"


class UnavailableScreen(Screen):
    name = "unavailable"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.message = _label()
        self.root.addWidget(self.message)
        self.root.addStretch(1)
        self.add_nav(back=False)

    def retranslate(self) -> None:
        self.title.setText(tr("unavailable", "Temporarily unavailable"))
        message = self.flow.context.message
        self.message.setText(render(message) if message else "")
        self.retranslate_nav()


_SCREENS: dict[f.State, type[Screen]] = {}


def screen_for(state: f.State) -> type[Screen]:
    """The screen that shows ``state``."""
    if not _SCREENS:
        # Built on first use: the states live in kiosk.journeys.flow, and the
        # certificate screens (ui.resident.screens.certificate builds on this module's
        # Screen) in modules the first frame does without.
        from ui.resident.screens.certificate import CERT_SCREENS

        _SCREENS.update(
            {
                f.State.HOME: HomeScreen,
                f.State.LANGUAGE: LanguageScreen,
                f.State.ISSUING: TicketScreen,
                f.State.TICKET: TicketScreen,
                f.State.PRINT_ERROR: PrintErrorScreen,
                f.State.UNAVAILABLE: UnavailableScreen,
            }
        )
        _SCREENS.update(CERT_SCREENS)
    return _SCREENS[state]


def all_screens() -> dict[f.State, type[Screen]]:
    """Every state and its screen (the accessibility audit visits them all)."""
    screen_for(f.State.HOME)
    return dict(_SCREENS)
