"""The menu of centre services (강좌 신청, 복지 상담…), and the base of their screens.

The home screen's "other services" button opens the menu when any centre
service is enabled (``kiosk.journeys.centre``); each enabled service is one
large button there. A service's own screens subclass ``CentreScreen`` and
are listed in ``ui.resident.window.SCREENS`` beside the others.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QPushButton

from kiosk.i18n import Text
from kiosk.journeys import centre as ce
from kiosk.journeys.flow import Flow
from ui.common.i18n import render, tr
from ui.common.theme import Metrics
from ui.resident.screens.base import Send, StepScreen, make_button, make_label, set_button_text

J = TypeVar("J", bound=ce.CentreServiceJourney)


class CentreMenuScreen(StepScreen):
    name = "centre_menu"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.instruction = make_label()
        self.root.addWidget(self.instruction)
        self.buttons: dict[str, tuple[QPushButton, Text, Text]] = {}
        for journey in self._menu().services():
            button = make_button()
            button.setMinimumHeight(metrics.px(metrics.sizes.service_button_height))
            button.clicked.connect(
                lambda _=False, s=journey.service_id: self.send(ce.OpenCentreService(s))
            )
            self.root.addWidget(button)
            self.buttons[journey.service_id] = (button, journey.title, journey.summary)
        self.add_footer()

    def _menu(self) -> ce.CentreMenuJourney:
        return next(j for j in self.flow.journeys if isinstance(j, ce.CentreMenuJourney))

    def retranslate(self) -> None:
        self.title.setText(tr("centre", "Other services"))
        self.instruction.setText(tr("centre", "Choose what you came for."))
        for button, title, summary in self.buttons.values():
            set_button_text(button, f"{render(title)}\n{render(summary)}", render(summary))
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(self.title.text(), self.instruction.text())


class CentreScreen(StepScreen, Generic[J]):
    """A screen of one centre service: ``journey`` is that service's journey.

    A subclass sets ``journey_type``; its message is the journey's
    ``message`` for the current screen, if the journey has one.
    """

    journey_type: type[J]

    @property
    def journey(self) -> J:
        return next(j for j in self.flow.journeys if isinstance(j, self.journey_type))

    def current_message(self) -> Text | None:
        message = getattr(self.journey, "message", None)
        return message if isinstance(message, Text) else None
