"""Controls shown under every screen: accessibility switches and the time warning.

``AccessBar`` switches high contrast, 200 % text and low-screen mode from any
screen without losing the resident's place. At 200 % text only "Big text"
stays pinned (``AccessBar.arrange``). ``TimeWarning`` appears when a
step's time limit is about to run out (at least 20 s before), says how long
is left and offers one-tap "more time".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.units import REACH_MAX_MM, REACH_MIN_MM, PanelSize, above_reach_mm
from ui.common.button_row import ButtonRow
from ui.common.i18n import tr
from ui.common.theme import Metrics
from ui.resident.screens.base import WrapButton, make_button, restyle

__all__ = ["REACH_MAX_MM", "REACH_MIN_MM", "AccessBar", "TimeWarning", "low_screen_reserve_mm"]


def low_screen_reserve_mm(screen: PanelSize) -> float:
    """How much of the panel's top lies above comfortable reach (``kiosk.units``)."""
    return above_reach_mm(screen)


def _toggle() -> WrapButton:
    # A wrapping label: at 200 % text three switches still share one line
    # ("Tương / phản") instead of taking three.
    button = WrapButton()
    button.setCheckable(True)
    button.setProperty("variant", "nav")
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setAutoDefault(False)
    return button


class AccessBar(QFrame):
    """Contrast, big text and low screen switches, below every screen.

    A QFrame (without a frame), so it paints its style sheet background and
    border by itself.

    At 200 % text the pinned rows took most of the screen: in Vietnamese the
    navigation and these three switches stood on six lines, 70 % of the
    height, and a step's content had the rest. So at 200 % only "Big text"
    stays pinned, where the resident pressed it and can press it again;
    Contrast and Lower follow the screen's content, at the end of its page
    (``more``), in the same order. All their text stays at 200 %.
    """

    def __init__(
        self,
        metrics: Metrics,
        *,
        on_contrast: Callable[[bool], None],
        on_zoom: Callable[[bool], None],
        on_low: Callable[[bool], None],
    ) -> None:
        super().__init__()
        self.setObjectName("accessBar")
        # At 200 % text the three labels do not fit on one line: the row breaks
        # only where it must (two lines, not three).
        layout = self.row = ButtonRow(metrics.px(metrics.sizes.gap), self)
        m = metrics.px(metrics.sizes.margin)
        # The style sheet's top border is the frame of a QFrame, inside its
        # edges: the row starts that much nearer the border to sit where it would.
        top = max(0, metrics.px(2) - metrics.px(metrics.sizes.border))
        layout.setContentsMargins(m, top, m, metrics.px(3))
        self.contrast = _toggle()
        self.zoom = _toggle()
        self.low = _toggle()
        # ``toggled``, not ``clicked``: a screen reader's Toggle action calls
        # ``toggle()``, which never clicks, and must switch the screen too.
        self.contrast.toggled.connect(on_contrast)
        self.zoom.toggled.connect(on_zoom)
        self.low.toggled.connect(on_low)
        for button in (self.contrast, self.zoom, self.low):
            layout.addWidget(button)
        #: Contrast and Lower at the end of a screen's page (at 200 % text).
        self.more = QWidget()
        self.more.setObjectName("accessMore")
        self._more_row = ButtonRow(metrics.px(metrics.sizes.gap), self.more)
        self.more.hide()
        #: The page ``more`` is at the end of (None: the switches are pinned).
        self._page: QVBoxLayout | None = None

    def arrange(self, page: QVBoxLayout | None) -> None:
        """Pin all three switches (``page`` None), or only "Big text", with
        Contrast and Lower the last items of ``page`` (a screen's body)."""
        if page is self._page and (page is None or page.indexOf(self.more) == page.count() - 1):
            return  # already there (a screen may add to its page after ``more``)
        if self._page is not None:
            self._page.removeWidget(self.more)
        self._page = page
        movable = (self.contrast, self.low)
        for button in movable:
            self.row.removeWidget(button)
            self._more_row.removeWidget(button)
        if page is None:
            self.more.hide()
            self.more.setParent(self)
            self.row.insertWidget(0, self.contrast)
            self.row.addWidget(self.low)
        else:
            for button in movable:
                self._more_row.addWidget(button)
            page.addWidget(self.more)
            self.more.show()
        for button in movable:
            button.show()

    def update_state(self, *, contrast: bool, zoom: bool, low: bool) -> None:
        for button, on in ((self.contrast, contrast), (self.zoom, zoom), (self.low, low)):
            # Showing the session's state is not the resident switching it.
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
            variant = "" if on else "nav"
            if button.property("variant") != variant:
                button.setProperty("variant", variant)
                restyle(button)
        self.retranslate()

    def retranslate(self) -> None:
        on = tr("access", "on")
        # Short labels: three buttons share the width in 16 mm type.
        for button, name, description in (
            (
                self.contrast,
                tr("access", "Contrast"),
                tr("access", "High contrast: white text on black, for low vision"),
            ),
            (self.zoom, tr("access", "Big text"), tr("access", "Make all text twice as large")),
            (
                self.low,
                tr("access", "Lower"),
                tr(
                    "access",
                    "Move everything to the lower part of the screen, within reach from a wheelchair",
                ),
            ),
        ):
            label = f"{name} √" if button.isChecked() else name
            button.setText(label)
            button.setAccessibleName(f"{name}: {on}" if button.isChecked() else name)
            button.setAccessibleDescription(description)


class TimeWarning(QFrame):
    """The "time is almost up" bar with its more-time button (a QFrame, as ``AccessBar``)."""

    def __init__(self, metrics: Metrics, on_more_time: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("timeWarning")
        layout = self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        m = metrics.px(metrics.sizes.margin)
        layout.setContentsMargins(m, metrics.px(2), m, metrics.px(2))
        layout.setSpacing(metrics.px(metrics.sizes.gap))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setProperty("role", "warningText")
        self.button = make_button()
        self.button.clicked.connect(on_more_time)
        layout.addWidget(self.label, 3)
        layout.addWidget(self.button, 2)
        self.seconds = 0
        self.hide()

    def arrange(self, *, large: bool) -> None:
        """The words beside "more time" (100 % text), or above it (200 %).

        At 200 % a column three fifths wide held three to five words a line:
        the warning needed more height than the window had, and was cut off
        at both ends over the navigation buttons.
        """
        self._layout.setDirection(
            QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
        )
        # Stretch shares the width side by side; stacked, each takes the height it needs.
        self._layout.setStretch(0, 0 if large else 3)
        self._layout.setStretch(1, 0 if large else 2)

    def show_remaining(self, seconds: int, *, home: bool = False) -> None:
        """``home``: on the first screen, what runs out is the resident's settings."""
        self.seconds = seconds
        if home:
            text = tr(
                "access",
                "Your settings (language, voice, contrast, text size) go back to the usual"
                " ones in {seconds} s.",
                seconds=seconds,
            )
        else:
            text = tr(
                "access",
                "Time is almost up: the first screen returns in {seconds} s.",
                seconds=seconds,
            )
        self.label.setText(text)
        text = tr("access", "More time")
        self.button.setText(text)
        self.button.setAccessibleName(text)
        self.button.setAccessibleDescription(tr("access", "Keep this screen for longer"))
        self.show()
        # A box layout short of height gives a word-wrapped label only its
        # one-line minimum: claim the lines these words need at this width.
        parent = self.parentWidget()
        self.setMinimumHeight(self.heightForWidth(parent.width() if parent else self.width()))
