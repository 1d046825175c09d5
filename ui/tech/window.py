"""The technician window: PIN pad first, then dashboard, devices, settings, services, logs, system.

A separate top-level window over the resident one (fullscreen in kiosk
mode), so nothing of technician mode ever sits in the resident screen
stack. Each page lives in a module of its own (the settings page, generated
from the config schema, in ``forms``) but the system page: it is the only
way out of the kiosk (exit to the desktop or restart the application).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.common.lockdown import LockedDown
from ui.tech.controller import RESTART_EXIT_CODE, TechController
from ui.tech.dashboard import DashboardPage
from ui.tech.devices import DevicesPage
from ui.tech.forms import SettingsPage
from ui.tech.logs import LogsPage
from ui.tech.services import ServicesPage
from ui.tech.widgets import PinPad, button, label, scrolled, tech_metrics, tech_stylesheet

log = logging.getLogger(__name__)


class SystemPage(QWidget):
    def __init__(self, window: TechnicianWindow) -> None:
        super().__init__()
        root = QVBoxLayout(self)
        root.addWidget(
            label(
                tr(
                    "tech",
                    "Leave technician mode to return to the resident screen. Exit or restart "
                    "only when servicing the kiosk.",
                )
            )
        )
        self.restart_button = button(
            tr("tech", "Restart the kiosk application"),
            variant="danger",
            clicked=lambda: window.quit_app(RESTART_EXIT_CODE),
        )
        self.exit_button = button(
            tr("tech", "Exit to the desktop"), variant="danger", clicked=lambda: window.quit_app(0)
        )
        root.addWidget(self.restart_button)
        root.addWidget(self.exit_button)
        root.addStretch(1)


class TechnicianWindow(LockedDown, QWidget):
    exit_requested = Signal()

    def __init__(self, controller: TechController, kiosk_mode: bool = True) -> None:
        super().__init__()
        self.setObjectName("tech")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(tr("tech", "Technician mode"))
        self.controller = controller
        self.kiosk_mode = kiosk_mode
        self.allow_close = False
        self.unlocked = False
        screen = controller.config.screen
        self.metrics = tech_metrics(screen)
        self.setStyleSheet(tech_stylesheet(self.metrics))
        # Laid out for the configured panel, like the resident window.
        self.setFixedSize(screen.width_px, screen.height_px)
        self.outer = QStackedWidget()
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.addWidget(self.outer)
        self.pin_pad = PinPad()
        pin_holder = QWidget()
        pin_layout = QHBoxLayout(pin_holder)
        pin_layout.addStretch(1)
        pin_layout.addWidget(self.pin_pad, 2)
        pin_layout.addStretch(1)
        self.outer.addWidget(pin_holder)
        self.main: QWidget | None = None
        self.pages: dict[str, QWidget] = {}
        self.nav: dict[str, QPushButton] = {}
        self._holders: dict[str, QWidget] = {}

    # -- building (after the PIN: nothing of technician mode exists before) ------------------
    def _build_main(self) -> QWidget:
        main = QWidget()
        root = QVBoxLayout(main)
        m = self.metrics.px(self.metrics.sizes.margin)
        root.setContentsMargins(m, m, m, m)
        head = QHBoxLayout()
        head.addWidget(label(tr("tech", "Technician mode"), "title"), 1)
        leave = button(tr("tech", "Back to the resident screen"))
        leave.clicked.connect(self.exit_requested)
        self.leave_button = leave
        head.addWidget(leave)
        root.addLayout(head)
        nav = QHBoxLayout()
        self.page_stack = QStackedWidget()
        c = self.controller
        pages: list[tuple[str, str, QWidget]] = [
            ("dashboard", tr("tech", "Dashboard"), DashboardPage(c)),
            ("devices", tr("tech", "Devices"), DevicesPage(c)),
            ("settings", tr("tech", "Settings"), SettingsPage(c)),
            ("services", tr("tech", "Services"), ServicesPage(c)),
            ("logs", tr("tech", "Logs"), LogsPage(c)),
            ("system", tr("tech", "System"), SystemPage(self)),
        ]
        stats = _stats_page(c)
        if stats is not None:
            pages.insert(4, ("stats", tr("tech", "Statistics"), stats))
        for key, title, page in pages:
            self.pages[key] = page
            self._holders[key] = page if key == "settings" else scrolled(page)
            self.page_stack.addWidget(self._holders[key])
            nav_button = button(
                title, variant="secondary", clicked=lambda _=False, k=key: self.show_page(k)
            )
            self.nav[key] = nav_button
            nav.addWidget(nav_button)
        root.addLayout(nav)
        root.addWidget(self.page_stack, 1)
        return main

    def show_page(self, key: str) -> None:
        self.page_stack.setCurrentWidget(self._holders[key])
        for name, nav_button in self.nav.items():
            nav_button.setProperty("variant", "" if name == key else "secondary")
            nav_button.style().unpolish(nav_button)
            nav_button.style().polish(nav_button)

    # -- entry state ---------------------------------------------------------------------------
    def show_pin(self) -> None:
        self.pin_pad.clear()
        self.outer.setCurrentIndex(0)

    def unlock(self) -> None:
        self.unlocked = True
        if self.main is None:
            self.main = self._build_main()
            self.outer.addWidget(self.main)
        self.outer.setCurrentWidget(self.main)
        self.show_page("dashboard")

    def lock(self) -> None:
        """Back to the PIN pad; the next visitor must authenticate again."""
        self.unlocked = False
        self.pin_pad.clear()
        self.pin_pad.set_message("")
        self.outer.setCurrentIndex(0)
        if self.main is not None:
            self._dispose_main()

    def _dispose_main(self) -> None:
        assert self.main is not None
        dashboard = self.pages.get("dashboard")
        if isinstance(dashboard, DashboardPage):
            dashboard.shutdown()
        self.outer.removeWidget(self.main)
        self.main.deleteLater()
        self.main = None
        self.pages = {}
        self.nav = {}
        self._holders = {}

    def quit_app(self, code: int) -> None:
        log.warning("technician %s the application", "restarts" if code else "exits")
        app = QApplication.instance()
        for widget in QApplication.topLevelWidgets():
            if hasattr(widget, "allow_close"):
                widget.allow_close = True
        self.allow_close = True
        if app is not None:
            app.exit(code)

    def shutdown(self) -> None:
        if self.main is not None:
            self._dispose_main()
        self.allow_close = True


def _stats_page(controller: TechController) -> QWidget | None:
    """The statistics view (ui/common/stats_view.py) over this kiosk's queue.

    Its queries run on the controller's background threads: the database may be a
    PostgreSQL server across the network, and the screen must not freeze meanwhile.
    """
    from ui.common.stats_view import StatsView

    if controller.ctx.queue is None:
        waiting = label(
            tr("tech", "Statistics need the database, which the kiosk has not reached yet.")
        )
        waiting.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return waiting
    try:
        return StatsView(controller.ctx.queue, worker=controller.background)
    except Exception as exc:  # statistics must never keep technician mode from opening
        log.warning("statistics view not available: %s", type(exc).__name__)
        return None
