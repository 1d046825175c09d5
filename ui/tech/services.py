"""Technician services page: services, numbering reset, the business day, display defaults.

Each service is edited with the schema-generated form for ``services[i]``
(enabled, names, prefix or band, counters, minutes, priority); its id,
prefix and band stay, and it stays on, while it has tickets in play today
(``TechController.apply`` says why). "Restart
numbering" asks for a second tap to confirm, then runs
``Queue.reset_numbering`` (waiting tickets keep their numbers; new numbers
continue after the highest one still in play) and is logged. The display
defaults (idle timeout, language, theme) use the ``ui`` section's form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from kiosk.config import KioskConfig, ServiceConfig, UIConfig
from kiosk.queue.store import NumberingReset
from kiosk.storage.database import error_summary
from ui.common.i18n import tr
from ui.tech.clock import ClockBox
from ui.tech.controller import TechController
from ui.tech.forms import SchemaForm, config_text
from ui.tech.widgets import button, label, left_row, set_role


class ServiceBox(QGroupBox):
    def __init__(self, controller: TechController, index: int, service: ServiceConfig) -> None:
        super().__init__()
        self.controller = controller
        self.index = index
        self._show(service)
        # A saved change may rename the service: the reset is for the one shown.
        controller.config_applied.connect(self._follow)
        root = QVBoxLayout(self)
        self.form = SchemaForm(controller, ServiceConfig, f"services[{index}]")
        root.addWidget(self.form)
        self.reset_button = button(
            tr("tech", "Restart today's numbering"),
            variant="danger",
            description=tr(
                "tech",
                "Waiting tickets keep their numbers; new numbers continue after the highest "
                "number still waiting.",
            ),
            clicked=self._reset_clicked,
        )
        root.addLayout(left_row(self.reset_button))
        self.result = label("", "muted")
        root.addWidget(self.result)
        self._armed = False

    def _show(self, service: ServiceConfig) -> None:
        self.service_id = service.id
        self.setTitle(f"{service.id} — {service.names.ko}")

    def _follow(self, config: KioskConfig) -> None:
        if self.index < len(config.services):
            self._show(config.services[self.index])
        # A service taken out of the list (as a table, in settings) leaves no box.
        self.setVisible(self.index < len(config.services))

    def _reset_clicked(self) -> None:
        if not self._armed:
            self._armed = True
            self.reset_button.setText(tr("tech", "Tap again to confirm the restart"))
            self.result.setText(
                tr(
                    "tech",
                    "Waiting tickets keep their numbers. New numbers continue after the highest "
                    "number still waiting (1 if none is waiting).",
                )
            )
            return
        self._armed = False
        self.reset_button.setText(tr("tech", "Restart today's numbering"))
        self.reset_button.setEnabled(False)
        self.controller.reset_numbering(self.service_id, self._done, self._failed)

    def _done(self, result: NumberingReset) -> None:
        self.reset_button.setEnabled(True)
        self.result.setText(
            tr("tech", "Numbering restarted: the next number is {n}.", n=result.next_number)
        )
        set_role(self.result, "ok")

    def _failed(self, error: BaseException) -> None:
        # The numbering is unchanged (one transaction): the button can be used again.
        self.reset_button.setEnabled(True)
        self.result.setText(
            tr("tech", "Numbering not restarted: {reason}", reason=error_summary(error))
        )
        set_role(self.result, "error")


class ServicesPage(QWidget):
    def __init__(self, controller: TechController) -> None:
        super().__init__()
        self.controller = controller
        root = QVBoxLayout(self)
        display = QGroupBox(config_text(KioskConfig.model_fields["ui"].title or "Display"))
        inner = QVBoxLayout(display)
        self.ui_form = SchemaForm(controller, UIConfig, "ui")
        inner.addWidget(self.ui_form)
        root.addWidget(display)
        self.clock = ClockBox(controller)
        root.addWidget(self.clock)
        self.boxes: list[ServiceBox] = []
        for index, service in enumerate(controller.config.services):
            box = ServiceBox(controller, index, service)
            self.boxes.append(box)
            root.addWidget(box)
        root.addStretch(1)
