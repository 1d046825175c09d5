"""The resident's screens. Each renders the flow's current state and sends events back.

Screens hold no journey logic: they read ``Flow`` and emit ``kiosk.journeys.flow``
events through ``send``. Every string is translated at draw time
(``retranslate``) so a language switch redraws the current screen, and
every button's accessible name and description are the same strings a
voice prompt would speak.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.journeys import flow as f
from ui.common.button_row import ButtonRow
from ui.common.deferred import deferred
from ui.common.i18n import numbers_with_units, render, tr
from ui.common.theme import FOCUS_RING_PROPERTY, FocusRing, Metrics, paint_focus_ring

if TYPE_CHECKING:
    from kiosk.config import KioskConfig
    from kiosk.i18n import Text
    from kiosk.journeys.flow import Flow

Send = Callable[[f.Event], None]


class Label(QLabel):
    """A resident screen's label: a short number stays on the line of the word after it.

    At 200 % text a unit left alone at the start of a line ("in 60" / "s",
    "400" / "won") reads as a stray letter. Every label of the resident
    screens, and so every button's words, binds them (``numbers_with_units``),
    so no screen has to remember to.
    """

    def setText(self, text: str) -> None:
        super().setText(numbers_with_units(text))


def make_label(
    role: str = "", *, wrap: bool = True, align: Qt.AlignmentFlag | None = None
) -> QLabel:
    """A label with the style sheet's ``role`` (title, muted, ...)."""
    label = Label()
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if align is not None:
        label.setAlignment(align)
    # Also lets a tap on a button's words through to the button: a label
    # without text interaction ignores mouse events, which go to its parent.
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def html_lines(lines: Iterable[str], bullets: Iterable[str] = ()) -> str:
    """``lines`` one under another, then ``bullets`` as a list, as a rich-text label's text.

    In a list an item that wraps continues under its words, not under its
    bullet, so each item reads as one (plain text cannot hang an indent).
    A short number stays on the line of its unit ("200 won").
    """

    def shown(text: str) -> str:
        return html.escape(numbers_with_units(text))

    text = "".join(f"<div>{shown(line)}</div>" for line in lines)
    items = "".join(f"<li>{shown(item)}</li>" for item in bullets)
    return text + (f"<ul style='margin: 0'>{items}</ul>" if items else "")


def make_panel(*widgets: QWidget) -> QFrame:
    """A box (the style sheet's role "panel") with ``widgets`` one under another."""
    panel = QFrame()
    panel.setProperty("role", "panel")
    inner = QVBoxLayout(panel)
    for widget in widgets:
        inner.addWidget(widget)
    return panel


class HeightForWidthButton(QPushButton):
    """A button whose height follows its (wrapping) contents at the width it gets.

    When focused it draws the theme's two-band focus ring inside its edges.
    """

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            paint_focus_ring(self)

    def _setup_height_for_width(self) -> None:
        # Draws its own focus ring: the style sheet keeps its border as it is.
        self.setProperty("ring", True)
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


class WrapButton(HeightForWidthButton):
    """A push button whose label wraps onto more lines instead of being cut off.

    A label of several lines is a title and what the button says about it
    ("전동 드릴" over "2개 중 2개 가능 · 3일"): the first line is bold, the
    rest regular, so the eye finds what the button is before its details.
    In one weight, a menu of such buttons read as one block of text.
    """

    def __init__(self) -> None:
        super().__init__()
        self.label = make_label(align=Qt.AlignmentFlag.AlignCenter)
        self.label.setObjectName("buttonLabel")
        self.detail = make_label(align=Qt.AlignmentFlag.AlignCenter)
        self.detail.setObjectName("buttonDetail")
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)
        self._setup_height_for_width()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            self._clear_the_ring()
        return super().event(event)

    def _clear_the_ring(self) -> None:
        """Keep the first and last lines clear of the focus ring, drawn inside the edges.

        With a few pixels of margin, the ring of the focused button lay across
        the tops of its first line. The ring's width is the window's theme's.
        The sides keep their narrow margin: a line rarely fills the width, and
        a wider margin broke "위기가구 신고" in the centre's menu.
        """
        ring = self.window().property(FOCUS_RING_PROPERTY)
        layout = self.layout()
        if not isinstance(ring, FocusRing) or layout is None:
            return
        layout.setContentsMargins(6, ring.width_px, 6, ring.width_px)

    def setText(self, text: str) -> None:
        title, _, detail = text.partition("\n")
        self.label.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.updateGeometry()

    def text(self) -> str:
        detail = self.detail.text()
        return f"{self.label.text()}\n{detail}" if detail else self.label.text()

    def _labels(self) -> list[QLabel]:
        return [self.label, self.detail] if self.detail.text() else [self.label]

    def natural_width(self) -> int:
        """The width that shows the whole label on one line."""
        widest = 0
        for label in self._labels():
            label.ensurePolished()
            metrics = label.fontMetrics()
            widest = max(
                widest, *(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
            )
        return self._with_room(widest)

    def least_width(self) -> int:
        """The narrowest width at which no word of the label breaks.

        Qt's own line breaker decides (Chinese breaks between characters,
        Korean and Latin between words), as the accessibility audit's
        text-fits check does: a wrapped label's minimum size is its longest
        unbreakable run.
        """
        for label in self._labels():
            label.ensurePolished()
        return self._with_room(max(label.minimumSizeHint().width() for label in self._labels()))

    def _with_room(self, text_width: int) -> int:
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        # Room around the label (a label flush with its border reads as cut
        # off) and a little slack: advances are rounded, and a label one
        # pixel short of its text wraps.
        return text_width + sides + self.label.fontMetrics().height() // 4 + 2


def make_button(variant: str = "") -> WrapButton:
    button = WrapButton()
    if variant:
        button.setProperty("variant", variant)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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

    def showEvent(self, event: QShowEvent) -> None:
        # A screen shown the first time has its size before it is visible, so
        # its resize fitted nothing; and since it was last shown the typeface
        # may have changed (another resident's language) at the same width.
        super().showEvent(event)
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


def drop_buttons(buttons: Iterable[QPushButton]) -> None:
    """Take ``buttons`` off their screen for good (a list of them is built anew).

    Hidden first: a button added to a screen not yet shown is shown by Qt a
    moment later, and one dropped before that moment came up as a window of
    its own.
    """
    for button in buttons:
        button.hide()
        button.setParent(None)
        button.deleteLater()


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a property used by it changed (and to its children)."""
    for w in (widget, *widget.findChildren(QWidget)):
        w.style().unpolish(w)
        w.style().polish(w)
        w.update()


def set_button_text(button: QPushButton, text: str, description: str = "") -> None:
    """Text, accessible name and description together.

    A symbol is not a name: a label without a letter or digit ("+", "−") is
    named by its description ("One copy more"), which a screen reader and the
    voice guide then read instead of "plus".
    """
    button.setText(text)
    words = any(c.isalnum() for c in text)
    button.setAccessibleName(text if words or not description else description)
    button.setAccessibleDescription(description or text)


class Screen(QFrame):
    """Base for all resident screens: a title, a body and a navigation bar.

    A QFrame (without a frame) because it paints its style sheet background
    by itself, as every screen must over the window's.
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
        # The body takes the height the pinned rows leave and asks for none of
        # its own (an ignored size hint), so the window can always give the
        # pinned rows and the time warning their whole height: the layouts
        # take what a screen asks for at a width as the least it may have,
        # and a scroll area's usual wish pushed the time warning off the
        # bottom of a lowered window at 200 % text.
        self.body_scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A finger drags the body to scroll it, as on a phone.
        QScroller.grabGesture(
            self.body_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        body = QWidget()
        body.setObjectName("bodyContent")
        self.body_scroll.setWidget(body)
        self.outer.addWidget(self.body_scroll, 1)
        self.root = QVBoxLayout(body)
        self.root.setContentsMargins(0, 0, 0, 0)
        self.root.setSpacing(gap)
        self.title = make_label("title")
        self.root.addWidget(self.title)
        self.back_button: QPushButton | None = None
        self.home_button: QPushButton | None = None
        self.staff_button: QPushButton | None = None
        #: The line that says when the first screen returns (screens with a time limit).
        self.countdown: QLabel | None = None
        #: What the resident came for on this screen (the queue number), if it
        #: must be seen without scrolling: ``keep_in_sight``.
        self.key_result: QWidget | None = None
        self._key_whole: QWidget | None = None
        self._sight_timer = deferred(self, self._bring_key_result)

    @property
    def config(self) -> KioskConfig:
        return self.flow.config

    def add_to_body(self, *parts: QWidget | QLayout) -> None:
        """Add ``parts`` to the body, one under another (a layout: its widgets as a group)."""
        for part in parts:
            if isinstance(part, QWidget):
                self.root.addWidget(part)
            else:
                self.root.addLayout(part)

    def keep_in_sight(self, key: QWidget, *, whole: QWidget | None = None) -> None:
        """Scroll the body so that ``key`` shows whole whenever the screen is laid out.

        ``whole`` (the panel around ``key``) is shown instead where it fits.
        At 200 % text a Vietnamese title took three lines and the service
        name two, and the queue number lay below the fold of the ticket and
        print-failure screens, which ask the resident to remember it. The
        body is scrolled when it is shown and when its own size changes (new
        words, another look), never while the resident scrolls it, and not
        when only the window around it changes: the time warning takes room
        for a few seconds, and scrolling then took the control the resident
        was on (Cancel, below the number) out of sight.
        """
        self.key_result = key
        self._key_whole = whole
        body = self.body_scroll.widget()
        assert body is not None  # set in __init__
        body.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and self.key_result is not None:
            # After the layout has placed every child (a resize comes in the middle of it).
            self._sight_timer.start()
        return super().eventFilter(watched, event)

    def _bring_key_result(self) -> None:
        key = self.key_result
        if key is None or not key.isVisible():
            return
        whole = self._key_whole
        room = self.body_scroll.viewport().height()
        target = whole if whole is not None and whole.height() <= room else key
        self.body_scroll.ensureWidgetVisible(target, 0, 0)

    def add_nav(
        self, *, back: bool = True, home: bool = True, leading: Sequence[QWidget] = ()
    ) -> None:
        """Back / home and call-staff buttons along the bottom edge, after ``leading`` ones."""
        bar = ButtonRow(self.metrics.px(self.metrics.sizes.gap))
        for widget in leading:
            bar.addWidget(widget)
        self.back_button = make_button("nav") if back else None
        self.home_button = make_button("nav") if home else None
        staff = self.staff_button = make_button("nav")
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

    def add_choice_buttons(
        self,
        keys: Iterable[str],
        event_for: Callable[[str], f.Event],
        *,
        height_mm: float | None = None,
        variant: str = "",
        box: QVBoxLayout | None = None,
    ) -> dict[str, QPushButton]:
        """One large button per key (a document, course, tool...), added in order to
        ``box`` (the body by default).

        A tap sends ``event_for(key)``. ``height_mm`` is the buttons' least
        height (a service button's by default); ``variant`` their look. Returns
        the buttons by key, for ``retranslate`` to label.
        """
        height = self.metrics.sizes.service_button_height if height_mm is None else height_mm
        layout = self.root if box is None else box
        buttons: dict[str, QPushButton] = {}
        for key in keys:
            button = make_button(variant)
            button.setMinimumHeight(self.metrics.px(height))
            button.clicked.connect(lambda _=False, k=key: self.send(event_for(k)))
            layout.addWidget(button)
            buttons[key] = button
        return buttons

    def add_action_button(
        self, event: Callable[[], f.Event], variant: str = "", *, height_mm: float | None = None
    ) -> WrapButton:
        """A button added to the body that sends ``event()`` when tapped ("Next",
        "Cast my vote"...), at least ``height_mm`` tall if given; ``retranslate``
        labels it."""
        button = make_button(variant)
        if height_mm is not None:
            button.setMinimumHeight(self.metrics.px(height_mm))
        button.clicked.connect(lambda: self.send(event()))
        self.root.addWidget(button)
        return button

    def _call_staff(self) -> None:
        window = self.window()
        call = getattr(window, "call_staff", None)
        if callable(call):
            call()

    def retranslate_nav(self) -> None:
        if self.back_button is not None:
            set_button_text(self.back_button, tr("nav", "Back"), tr("nav", "Go back one step"))
        if self.home_button is not None:
            set_button_text(
                self.home_button, tr("nav", "Home"), tr("nav", "Return to the first screen")
            )
        if self.staff_button is not None:
            set_button_text(
                self.staff_button,
                tr("nav", "Call staff"),
                tr("nav", "Ask a member of staff to come and help you"),
            )

    def add_footer(self, *, back: bool = True, home: bool = True) -> None:
        """End the page, then pin the time left (``countdown``) and the navigation.

        The time left stands just above the navigation, outside the scrolled
        body: as the page's last line it was below the fold at 200 % text,
        and in Vietnamese at the usual size.
        """
        self.root.addStretch(1)
        self.countdown = make_label("muted")
        self.countdown.hide()
        self.outer.addWidget(self.countdown)
        self.add_nav(back=back, home=home)

    def update_countdown(self) -> None:
        """Say on ``countdown`` (if the screen has one) when the first screen
        returns by itself; the window calls this every second."""
        if self.countdown is None:
            return
        deadline = self.flow.deadline()
        # Without a limit the line takes no height from the body; while the
        # time warning shows, the warning says the time left (at 200 % text
        # the two did not fit above the navigation together).
        self.countdown.setVisible(deadline is not None and not deadline.warning)
        if deadline is None:
            self.countdown.setText("")
            return
        seconds = int(deadline.remaining_s + 0.999)
        sentence = tr("nav", "Returning to the first screen in {seconds} s", seconds=seconds)
        # At 200 % text the sentence took three pinned lines in Vietnamese,
        # a quarter of the screen: there the line is short, and a screen
        # reader still hears the whole sentence. It still names the first
        # screen: "time left: 35 s" on the ticket screen read as the wait.
        large = self.metrics.text_zoom > 1.0
        self.countdown.setText(
            tr("nav", "First screen in {seconds} s", seconds=seconds) if large else sentence
        )
        self.countdown.setAccessibleName(sentence)

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


class StepScreen(Screen):
    """A step of a journey that asks something: a line for messages (a
    typing mistake, a declined card) and a countdown. "More time" is the
    window's time warning, as on every step.

    A subclass says where its message comes from (``current_message``) and
    which messages only report what the resident chose (``is_notice``).
    """

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.message = make_label("warning")
        self.message.hide()
        #: The line under the title that says what to do. A screen that has one
        #: places it in its body; the spoken prompt reads it after the title.
        self.instruction = make_label()

    def current_message(self) -> Text | None:
        """The message this screen shows now, if any."""
        return None

    def is_notice(self, message: Text) -> bool:
        """True for a message that reports what the resident chose (a payment
        they cancelled): shown plainly rather than as a problem."""
        return False

    def show_message(self) -> None:
        message = self.current_message()
        self.message.setText(render(message) if message else "")
        self.message.setVisible(message is not None)
        self.message.setAccessibleName(self.message.text())
        role = "notice" if message is not None and self.is_notice(message) else "warning"
        if self.message.property("role") != role:
            self.message.setProperty("role", role)
            restyle(self.message)

    def retranslate(self) -> None:
        self.show_message()
        self.update_countdown()
        self.retranslate_nav()

    def spoken_prompt(self) -> str:
        return self.with_message(self.title.text(), self.instruction.text())

    def with_message(self, *parts: str) -> str:
        """A prompt that starts with what changed: the message (an error, a declined card)."""
        said = [self.message.text()] if self.message.isVisible() else []
        said += parts
        return " ".join(p if p.endswith((".", "?", "!", "。", "…")) else p + "." for p in said if p)


class ProgressScreen(StepScreen):
    """A screen shown while the kiosk works for the resident: reading a card,
    saving, printing. A title, one status line under it, and the footer.

    A subclass says what to show in the current state (``progress_texts``)
    and, where a resident may leave while it waits, which of Back and Home
    stay usable (``nav_enabled``). The certificate, centre-service and
    participation journeys share it.
    """

    #: Whether the journey's message line stands above the status line (for
    #: a journey whose message may outlive the screen that set it).
    shows_message = False

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.status = make_label()
        if self.shows_message:
            self.root.addWidget(self.message)
        self.root.addWidget(self.status)
        self.add_footer()

    def show_message(self) -> None:
        super().show_message()
        if not self.shows_message:
            # Outside every layout, a shown label comes up as a window of its
            # own and stays; the step the journey returns to says the message.
            self.message.hide()

    def progress_texts(self) -> tuple[str, str]:
        """The title and the status line for the current state (override)."""
        return "", ""

    def nav_enabled(self) -> tuple[bool, bool]:
        """Whether Back and Home can be used now (override).

        Off by default: the screen waits on a job, which Back and Home
        would wait for too, and a job is not abandoned halfway.
        """
        return False, False

    def retranslate(self) -> None:
        title, status = self.progress_texts()
        self.title.setText(title)
        self.status.setText(status)
        back, home = self.nav_enabled()
        if self.back_button is not None:
            self.back_button.setEnabled(back)
        if self.home_button is not None:
            self.home_button.setEnabled(home)
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(self.title.text(), self.status.text())


class KeypadFormScreen(StepScreen):
    """A step whose details are typed into fields with the big keypad: the
    ID card's details, a mobile number, the 통 and 반 of an address.

    ``values`` holds what is typed in each field and ``active`` the field the
    keypad types into (tapping a field selects it). A subclass sets both,
    adds the fields to its body (``add_fields``) and draws them with their
    names (``show_fields``).
    """

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.values: dict[str, str] = {}
        self.active = ""
        self.field_labels: dict[str, QLabel] = {}
        self.field_buttons: dict[str, WrapButton] = {}

    def add_fields(self, names: Iterable[str]) -> None:
        """Per field a label and a field button below it, added to the body in order."""
        for name in names:
            label = make_label("muted")
            button = make_button("secondary")
            button.clicked.connect(lambda _=False, n=name: self.select(n))
            self.add_to_body(label, button)
            self.field_labels[name] = label
            self.field_buttons[name] = button

    def select(self, name: str) -> None:
        """Make ``name`` the field the keypad types into."""
        self.active = name
        self.retranslate()

    def show_fields(self, names: Mapping[str, str], count_text: Callable[[int], str]) -> None:
        """Draw every field under its name (``names``), the active one standing out.

        A field shows what is typed, or "…" while empty. Typed details are
        personal data: in voice mode no one needs to read them off the screen
        but whoever stands behind the resident, so dots only; and a field is
        spoken as its name and ``count_text(count)`` ("3 digits typed"),
        never its contents.
        """
        for name, button in self.field_buttons.items():
            typed = self.values[name]
            value = ("•" * len(typed) if self.flow.session.voice else typed) or "…"
            button.setProperty("variant", "" if name == self.active else "secondary")
            restyle(button)
            self.field_labels[name].setText(names[name])
            button.setText(value)
            button.setAccessibleName(names[name])
            button.setAccessibleDescription(count_text(len(typed)))
