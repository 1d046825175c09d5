"""The home screen (queue services with their waiting counts, and the other services) and the language screen."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.journeys import centre as ce
from kiosk.journeys import certificates as c
from kiosk.journeys import flow as f
from kiosk.journeys import tickets as t
from ui.common.button_row import ButtonRow
from ui.common.i18n import LANGUAGE_NAMES, numbers_with_units, render, tr
from ui.common.theme import Metrics, font_families

if TYPE_CHECKING:
    from kiosk.config import ServiceConfig
    from kiosk.journeys.flow import Flow

from ui.resident.screens.base import (
    HeightForWidthButton,
    Screen,
    Send,
    make_button,
    make_label,
    restyle,
    set_button_text,
)

WAITING_SEPARATOR = "  ·  "


class WaitingLabel(QLabel):
    """A service's waiting count and estimate: on one line, or one under the other.

    Left to word wrap, "Waiting: 1  ·  about 3 min" broke as "Waiting: 1  ·
    about" / "3 min" in the narrow column, and Vietnamese lines began with
    the dot. When the parts do not fit on one line, each gets its own line
    instead, without the dot: as many lines as word wrap would take, broken
    where the meaning breaks. A part too long for a line of its own (two
    digits in Vietnamese) wraps, but never between a number and its unit.
    """

    def __init__(self) -> None:
        super().__init__()
        self._parts: tuple[str, ...] = ()

    def set_parts(self, *parts: str) -> None:
        self._parts = tuple(numbers_with_units(part) for part in parts)
        self._fit()

    def _fit(self) -> None:
        one_line = WAITING_SEPARATOR.join(self._parts)
        fits = self.fontMetrics().horizontalAdvance(one_line) <= self.contentsRect().width()
        text = one_line if fits else "\n".join(self._parts)
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Big text and the theme change the font the parts are measured in.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()


class ServiceButton(HeightForWidthButton):
    """A large service button: the name and, below it, the waiting count."""

    def __init__(self, service: ServiceConfig, metrics: Metrics, *, priority: bool = False):
        super().__init__()
        self.service = service
        self.priority = priority
        self.setProperty("variant", "service")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self._setup_height_for_width()
        self.setMinimumHeight(metrics.px(metrics.sizes.service_button_height))
        layout = QVBoxLayout(self)
        pad = metrics.px(5)
        layout.setContentsMargins(pad, metrics.px(2), pad, metrics.px(2))
        layout.setSpacing(0)
        self.name_label = make_label("buttontitle", wrap=True)
        self.waiting_label = WaitingLabel()
        self.waiting_label.setProperty("role", "muted")
        self.waiting_label.setWordWrap(True)
        # A tap on the words goes through to the button.
        self.waiting_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        for label in (self.name_label, self.waiting_label):
            layout.addWidget(label)
        #: None until the queue has been counted: the home screen is painted
        #: before the database opens, and "waiting: 0" would be a guess.
        self.waiting: int | None = None
        self.minutes = 0

    def retranslate(self, language: str) -> None:
        name = self.service.names.get(language)
        parts: tuple[str, ...] = ()
        if self.waiting is None:
            # A blank line keeps the button's height, so nothing jumps when the count arrives.
            waiting = ""
            self.waiting_label.set_parts(" ")
        else:
            parts = (tr("home", "Waiting: {count}", count=self.waiting),)
            if self.minutes:
                parts += (tr("home", "about {minutes} min", minutes=self.minutes),)
            waiting = WAITING_SEPARATOR.join(parts)
        if self.priority:
            # Beside its service's button: the label says only what is different;
            # the accessible name (spoken) carries the service too. Who may use
            # it goes on a second, smaller line where the language needs one:
            # in the title's type, "Priority (elderly, disabled, pregnant)"
            # took four lines of the narrow column in English and Vietnamese
            # and pushed the other services below the fold. Korean's
            # "교통약자 우선" names them in one line and has no second one.
            title, _, who = tr("home", "Priority\nElderly, disabled, pregnant").partition("\n")
            self.name_label.setText(title)
            self.waiting_label.set_parts(who)
            self.waiting_label.setVisible(bool(who))
            waiting = who
            name = tr("home", "{service} (priority)", service=name)
        else:
            self.name_label.setText(name)
            if parts:
                self.waiting_label.set_parts(*parts)
        self.setAccessibleName(name)
        tap = tr("home", "Tap to take a queue number for this service.")
        self.setAccessibleDescription(f"{waiting}. {tap}" if waiting else tap)


class HomeScreen(Screen):
    name = "home"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.center = make_label("muted")
        self.clock = make_label("muted", wrap=False, align=Qt.AlignmentFlag.AlignRight)
        head = self._head = QHBoxLayout()
        head.addWidget(self.center, 1)
        head.addWidget(self.clock, 0)
        self.root.insertLayout(0, head)
        self.instruction = make_label()
        self.root.addWidget(self.instruction)
        # Read before the services (at 200 % text and on a lowered screen,
        # after them: see _arrange). At the foot of the list it lay below the
        # fold in English, Chinese and Vietnamese, unseen by the residents it
        # is for.
        self.voice_hint = make_label("muted")
        self.root.addWidget(self.voice_hint)
        grid = self._grid = QGridLayout()
        gap = metrics.px(metrics.sizes.gap)
        grid.setHorizontalSpacing(gap)
        grid.setVerticalSpacing(gap)
        self.service_buttons: list[ServiceButton] = []
        #: Waiting counts the buttons do not show yet (held while a resident reads).
        self._new_counts: dict[str, int] | None = None
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
        # Certificates (무인민원발급) and the centre's other services
        # (programmes, welfare...) are journeys of their own, each offered
        # when configured, one above the other at full width: side by side,
        # the list of services squeezed "certificates" into a narrow column
        # broken over four lines.
        self._others = QVBoxLayout()
        self._others.setSpacing(gap)
        self.cert_button: QPushButton | None = None
        if self.config.enabled_documents:
            self.cert_button = make_button("secondary")
            self.cert_button.clicked.connect(lambda: self.send(c.OpenCertificates()))
        self.centre_button: QPushButton | None = None
        self._centre_titles = [journey.title for journey in self._centre_services()]
        if self._centre_titles:
            self.centre_button = make_button("secondary")
            self.centre_button.clicked.connect(lambda: self.send(ce.OpenCentre()))
        for other in (self.cert_button, self.centre_button):
            if other is not None:
                other.setMinimumHeight(metrics.px(metrics.sizes.service_button_height * 0.8))
                self._others.addWidget(other)
        self.root.addLayout(self._others)
        self.root.addStretch(1)
        # Holds the language and voice buttons at 200 % text (see _arrange).
        self._body_row = ButtonRow(gap)
        self.root.addLayout(self._body_row)
        self.language_button = make_button("nav")
        self.language_button.clicked.connect(lambda: self.send(f.OpenLanguages()))
        self.voice_button = make_button("nav")
        self.voice_button.clicked.connect(
            lambda: self.send(f.SetVoice(not self.flow.session.voice))
        )
        # One row with call-staff: it breaks into lines only when the labels need it.
        self.add_nav(back=False, home=False, leading=(self.language_button, self.voice_button))
        self._layout: tuple[bool, bool] | None = None
        self._arrange(large=False, lowered=False)

    def _arrange(self, *, large: bool, lowered: bool) -> None:
        """Arrange home for 100 % or 200 % text, on a full or lowered screen.

        At 200 % a line holds about a dozen letters, and the pinned bottom
        rows plus a centre name over four lines left no service in sight in
        English, Chinese or Vietnamese. So at 200 %, what a resident came
        for comes first:

        - the centre name and the clock move from the top to the end of
          the body, so the title, the instruction and the services come first;
        - the language and voice buttons leave the pinned row for the body,
          under the voice hint that names them, which leaves its place above
          the services (in Vietnamese it took the whole screen there);
          call-staff stays pinned, as on every screen;
        - the voice hint also goes under the services on a lowered screen,
          where it would push the last of them out of sight;
        - each priority button goes below its service, as wide: in the
          narrower column "교통약자 우선" would break mid-word.

        A lowered screen has about half the height for the body, so the
        centre name and clock move to the end there too: in English and
        Vietnamese the name takes two lines that the services need.
        """
        layout = (large, lowered)
        if layout == self._layout:
            return
        first_time, self._layout = self._layout is None, layout
        if first_time and layout == (False, False):
            return  # built that way
        movable = (self.language_button, self.voice_button)
        for button in movable:
            self.nav_row.removeWidget(button)
            self._body_row.removeWidget(button)
        self.root.removeWidget(self.voice_hint)
        if large or lowered:
            self.root.insertWidget(self.root.indexOf(self._body_row), self.voice_hint)
        else:
            self.root.insertWidget(self.root.indexOf(self.instruction) + 1, self.voice_hint)
        if large:
            for button in movable:
                self._body_row.addWidget(button)
        else:
            for index, button in enumerate(movable):
                self.nav_row.insertWidget(index, button)
        self.root.removeItem(self._head)
        if large or lowered:
            self.root.addLayout(self._head)
        else:
            self.root.insertLayout(0, self._head)
        # Reparenting moves a widget to the end of the focus chain. Keypad
        # users keep moving in reading order: services, certificates,
        # language, voice, then call-staff (which never moves).
        anchor = (
            self.centre_button
            or self.cert_button
            or (self.service_buttons[-1] if self.service_buttons else None)
        )
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

    def _centre_services(self) -> list[ce.CentreServiceJourney]:
        menu = next((j for j in self.flow.journeys if isinstance(j, ce.CentreMenuJourney)), None)
        return menu.services() if menu is not None else []

    def refresh(self) -> None:
        # Shown anew (or redrawn at the resident's own request): the time and
        # counts of now, held or not.
        session = self.flow.session
        self._arrange(large=self.metrics.text_zoom > 1.0, lowered=session.low_screen)
        self._take_counts()
        self._show_time()
        super().refresh()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._new_counts = counts
        if not self._held():
            self._take_counts()
            self.retranslate()

    def tick(self) -> None:
        if self._held():
            return
        self._show_time()
        if self._take_counts():
            self.retranslate()

    def _held(self) -> bool:
        """Whether what changes by itself (the clock, the counts) must hold still:
        a resident is reading this screen or moving through it by keypad."""
        return self.isVisible() and self.flow.resident_present()

    def _show_time(self) -> None:
        now = self.flow.clock.now().astimezone(ZoneInfo(self.config.center.timezone))
        self.clock.setText(now.strftime("%H:%M"))

    def _take_counts(self) -> bool:
        """Give the buttons the latest counts; False when they already had them."""
        counts, self._new_counts = self._new_counts, None
        if counts is None:
            return False
        queue_estimate = getattr(self.window(), "estimate_minutes", None)
        for button in self.service_buttons:
            button.waiting = counts.get(button.service.id, 0)
            button.minutes = (
                queue_estimate(button.service, button.waiting) if callable(queue_estimate) else 0
            )
        return True

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
            set_button_text(
                self.cert_button,
                tr("home", "Print a certificate (등본, 초본…)"),
                tr(
                    "home",
                    "Print certificates such as resident registration copies, with your ID card",
                ),
            )
        if self.centre_button is not None:
            titles = [render(title) for title in self._centre_titles]
            # When the list wraps, it wraps between services, never inside a
            # name (no-break spaces) or before a separator (commas).
            shown = ", ".join(title.replace(" ", "\u00a0") for title in titles)
            set_button_text(
                self.centre_button,
                tr("home", "Other services") + f"\n{shown}",
                tr("home", "Other services of the centre: {services}", services=", ".join(titles)),
            )
        set_button_text(
            self.language_button,
            "언어 · Language",
            tr("home", "Choose the language of the screen"),
        )
        voice = (
            tr("home", "Voice guide: on") if self.flow.session.voice else tr("home", "Voice guide")
        )
        set_button_text(self.voice_button, voice, tr("home", "Turn spoken guidance on or off"))
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
            button = make_button("secondary")
            # Checkable: a screen reader says which language is the current one.
            button.setCheckable(True)
            button.setMinimumHeight(metrics.px(metrics.sizes.service_button_height * 0.7))
            # Each name in its own language's typeface, whatever the screen's language.
            own = QFont(button.label.font())
            own.setFamilies(font_families(code))
            button.label.setFont(own)
            set_button_text(button, label)
            button.clicked.connect(lambda _=False, c=code: self.send(f.ChooseLanguage(c)))
            self.root.addWidget(button)
            self.buttons[code] = button
        self.add_footer(home=False)

    def retranslate(self) -> None:
        self.title.setText(tr("language", "Choose a language"))
        for code, button in self.buttons.items():
            current = code == self.flow.session.language
            button.setChecked(current)
            button.setProperty("variant", "" if current else "secondary")
            restyle(button)
        self.update_countdown()
        self.retranslate_nav()
