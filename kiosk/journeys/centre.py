"""Centre services besides the queue and certificates: the menu, and what a service plug-in is.

A 행정복지센터 lobby serves more than queue numbers and certificates:
programme registration, welfare intake, resident participation, lending.
Each of these is a *centre service*, a plug-in made of one module per layer:

- its domain, Qt-free, in ``kiosk/centre/<service>.py``, and its reads and
  writes in ``kiosk/centre/<service>_store.py`` (tables created by an Alembic
  migration of its own);
- its config section in ``kiosk/config/schema/<service>.py`` (``enabled``
  turns it on);
- its journey here in ``kiosk/journeys/<service>.py``: a
  ``CentreServiceJourney`` with its screens in an ``Enum`` of its own;
- its resident screens in ``ui/resident/screens/<service>.py`` and, where
  staff manage it, a panel in ``ui/counter/<service>.py``;
- its part of the demo in ``ui/demo/<service>.py``.

Each layer has one list naming the services: ``kiosk.journeys.resident``
(journeys), ``ui.resident.window`` (screens), ``ui.counter.services`` (staff
panels) and ``ui.demo.script`` (the demo).

The home screen offers "other services" when any service is enabled; the
menu lists the enabled ones and opens the one tapped. A service's journey
does its database and printer work through ``RunJob`` effects.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar, Protocol

from kiosk.config import KioskConfig
from kiosk.i18n import N_, Text
from kiosk.journeys.flow import (
    Effect,
    Event,
    Handlers,
    JobContext,
    Journey,
    Report,
    RunJob,
    State,
    Step,
)

CENTRE_UNAVAILABLE = N_(
    "centre", "This service is temporarily unavailable. Please ask at the counter."
)


class CentreState(Enum):
    MENU = "centre_menu"  # the list of centre services


@dataclass(frozen=True)
class OpenCentre(Event):
    """The home screen's "other services" button."""


@dataclass(frozen=True)
class OpenCentreService(Event):
    """A service tapped on the menu."""

    service_id: str


@dataclass(frozen=True)
class PersonalDataErased(Report):
    """A service erased what it keeps past its retention (at kiosk start)."""

    service_id: str
    count: int


def retention_job(service_id: str, purge: Callable[[JobContext], int]) -> RunJob:
    """The job the kiosk runs at start to erase a service's personal data past its
    retention, so it goes on time even where no counter opens the service's tab."""
    return RunJob(
        f"{service_id}-purge",
        lambda ctx: PersonalDataErased(service_id, purge(ctx)),
        failed=PersonalDataErased(service_id, 0),
    )


class ScreenState(Protocol):
    """What every centre service's screen state has: the current screen's message."""

    #: A plain message on the current screen (a typing mistake, a course just taken...).
    message: Text | None


@dataclass
class ServiceScreen:
    """The screen state of a service that keeps nothing else (a plug-in's, say)."""

    message: Text | None = None


class CentreServiceJourney(Journey):
    """A centre service's journey, as the menu sees it.

    A subclass names its service (``service_id``, ``title``, ``summary``),
    says from the config whether the centre offers it (``enabled``), lists
    its screens (``steps``, members of its own ``Enum``) and opens its first
    screen in ``open``. Back goes to the screen before within the service,
    and from its first screen to the menu.

    Its screens' state lives in ``Context.part`` under ``service_id``, made by
    ``screen_state``; the helpers below move between the screens and say
    things on them through it.
    """

    unavailable: ClassVar[Text] = CENTRE_UNAVAILABLE
    #: The id its config section and storage use ("programmes").
    service_id: ClassVar[str]
    #: Its button on the menu: a name, and a line saying what it is for.
    title: ClassVar[Text]
    summary: ClassVar[Text]
    #: The class of its screens' state: a dataclass with a ``message``, nothing personal.
    screen_state: ClassVar[type[ScreenState]] = ServiceScreen

    @classmethod
    @abstractmethod
    def enabled(cls, config: KioskConfig) -> bool:
        """Whether this centre offers the service."""

    @abstractmethod
    def open(self) -> list[Effect]:
        """Show the service's first screen (the resident tapped it on the menu)."""

    @property
    def message(self) -> Text | None:
        """The current screen's message (``ui.resident.screens.centre.CentreScreen`` shows it)."""
        return self._screen().message

    def _screen(self) -> ScreenState:
        return self.flow.context.part(self.service_id, self.screen_state)

    def _at(self, *states: Enum) -> bool:
        """Whether the flow is on one of ``states`` (a handler's event is for them only)."""
        return self.flow.state in states

    def _advance(self, state: Enum, *, push: bool = True) -> list[Effect]:
        """On to ``state``, leaving the message said on this screen behind (no effects)."""
        self._screen().message = None
        self.flow.go(state, push=push)
        return []

    def _return_to(self, state: Enum) -> None:
        """Back on ``state``, the screen a job was started from (a lookup or a save
        failed): it was pushed on the way out, so Back from it goes to the one before."""
        stack = self.flow.back_stack
        if stack and stack[-1] is state:
            stack.pop()
        self.flow.go(state, push=False)

    def _say(self, message: Text) -> list[Effect]:
        """Tell the resident ``message`` on the current screen (a typing mistake...)."""
        self._screen().message = message
        self.flow.redraw()
        return []

    def holds(self, state: Enum) -> bool:
        # A service's waiting steps wait on its own RunJob (saving a
        # registration, say): Home then would leave it done without the
        # resident knowing. The job always answers, so the wait is short.
        return self.steps.get(state) is Step.WAITING

    def back(self) -> list[Effect]:
        flow = self.flow
        step = self.steps.get(flow.state)
        if flow.state is self.printing or step is Step.WAITING:
            return []  # a job in hand is not abandoned
        # A message belongs to the screen it was said on.
        self._screen().message = None
        if step is Step.DONE:
            return flow.go_home()
        # The service's own screens were pushed on the way in; the menu is
        # below its first one.
        while flow.back_stack:
            previous = flow.back_stack.pop()
            if self.steps.get(previous) is not Step.WAITING:
                flow.go(previous, push=False)
                return []
        return flow.go_home()


class CentreMenuJourney(Journey):
    """The menu of centre services."""

    steps: ClassVar[Mapping[Enum, Step]] = {CentreState.MENU: Step.ASKING}
    unavailable: ClassVar[Text] = CENTRE_UNAVAILABLE

    def handlers(self) -> Handlers:
        return {
            OpenCentre: self._on_open,
            OpenCentreService: self._on_open_service,
            # The start-up purges change nothing on screen.
            PersonalDataErased: lambda _event: [],
        }

    def services(self) -> list[CentreServiceJourney]:
        """The enabled services, in the order the flow lists them."""
        config = self.flow.config
        return [
            journey
            for journey in self.flow.journeys
            if isinstance(journey, CentreServiceJourney) and journey.enabled(config)
        ]

    def _on_open(self, event: OpenCentre) -> list[Effect]:
        if self.flow.state is not State.HOME or not self.services():
            return []
        if self.flow.offline:
            self.flow.show_unavailable(CENTRE_UNAVAILABLE)
            return []
        self.flow.go(CentreState.MENU)
        return []

    def _on_open_service(self, event: OpenCentreService) -> list[Effect]:
        if self.flow.state is not CentreState.MENU:
            return []
        for journey in self.services():
            if journey.service_id == event.service_id:
                return journey.open()
        return []
