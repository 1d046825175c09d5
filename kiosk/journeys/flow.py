"""The screen flow as a Qt-free state machine: the part both journeys share.

Screens render ``Flow.state`` and send ``Event`` values back; the flow
answers with ``Effect`` values the UI carries out on its worker (issue a
ticket, print it) and reports back as further events. Named states, a
back-stack, and idle timeouts (measured on an injected clock) are all here,
so the whole journey is tested without widgets.

This module is the machine: the states, navigation, time limits, the
session's start and end, the events every screen shares (home, back,
language, voice, time passing) and the dispatch of each event to its one
handler. Each journey adds its own events and their handlers as a
``Journey``: ``kiosk.journeys.tickets`` (a queue number) and
``kiosk.journeys.certificates`` (a certificate). The journeys import this
module, never the other way round; ``kiosk.journeys.resident`` puts them
together into the flow the resident kiosk runs.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from kiosk.certificates.issuing import BasketItem, CertOptions, OrderOutcome
from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.i18n import LANGUAGES, Text, Translate, identity_translate
from kiosk.journeys.session import Session
from kiosk.ports.payment import Authorization
from kiosk.ports.printer import Printer, PrintFailure
from kiosk.queue.tickets import IssuedTicket
from kiosk.units import above_reach_mm

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

T = TypeVar("T")

#: Warn this long before a time limit expires (WCAG 2.2.1 asks for >= 20 s).
WARNING_S = 25.0
#: The least time a closing screen (take your ticket) stays. It warns like any
#: step, ``WARNING_S`` ahead, and a resident first has 10 s to read it: with
#: ``ui.ticket_screen_s`` (20 s) alone, it went home before a warning was due.
CLOSING_LEAST_S = WARNING_S + 10.0


class State(Enum):
    """The screens of the flow and of its built-in journeys. Each state but the
    flow's own three belongs to one journey (its ``Journey.steps``).

    A centre service's journey (``kiosk.journeys.centre``) names its screens in
    an ``Enum`` of its own instead, so a service is added without touching
    this list: the flow takes any ``Enum`` member a journey lists in its
    steps as a state. Their values are unique across journeys (the flow
    checks), because journals and screenshots name states by value.
    """

    # The flow's own.
    HOME = "home"
    LANGUAGE = "language"  # choosing the screen language
    UNAVAILABLE = "unavailable"  # the database could not be reached
    # Ticket journey (kiosk/journeys/tickets.py).
    ISSUING = "issuing"  # ticket being issued and printed
    TICKET = "ticket"  # printed: take your ticket
    PRINT_ERROR = "print_error"
    # Certificate journey (kiosk/journeys/certificates.py).
    CERT_CHOOSE = "cert_choose"  # which document
    CERT_MRZ = "cert_mrz"  # MRZ details on the keypad (or scanned)
    CERT_READING = "cert_reading"  # chip being read, then the record fetched
    CERT_OPTIONS = "cert_options"
    CERT_SUMMARY = "cert_summary"  # document, copies, fee; pay
    CERT_PAYING = "cert_paying"  # waiting for the card terminal
    CERT_PRINTING = "cert_printing"
    CERT_DONE = "cert_done"  # take your documents
    CERT_ERROR = "cert_error"


class Step(Enum):
    """How the flow times one of a journey's states (``Journey.steps``)."""

    #: Waiting on a device, whose own time limits apply: no idle limit.
    WAITING = "waiting"
    #: Asking the resident something: the idle limit, with a warning before it ends.
    ASKING = "asking"
    #: The closing screen (take your ticket): shown for ``ticket_screen_s``
    #: (``CLOSING_LEAST_S`` at least), with a warning and "more time" as on
    #: asking steps, after which the session ends as done.
    DONE = "done"


# --- what the UI and the flow exchange -------------------------------------------


@dataclass(frozen=True)
class Event:
    """What the UI tells the flow. Unless it is a ``Report``, something the
    resident did (a tap, a key), which restarts the idle timer."""


class Report(Event):
    """An event the resident did not make (a device's answer, time passing):
    it leaves the idle timer running."""


@dataclass(frozen=True)
class Effect:
    """What the flow asks the UI to do; how it went comes back as an event."""


@dataclass(frozen=True)
class JobContext:
    """What a ``RunJob`` is given on the device worker: the kiosk's database and
    printer, its config, clock and data folder, and the translation the
    printouts use. Used on that thread only."""

    engine: Engine
    printer: Printer
    config: KioskConfig
    clock: Clock
    #: The kiosk's data folder (keys that live beside the database).
    data_dir: Path
    #: Renders ``Text`` in the session's language (printouts are in the resident's);
    #: the English source where no translator is installed (tests).
    translate: Translate = identity_translate


@dataclass(frozen=True)
class RunJob(Effect):
    """Database or printer work a centre service needs done off the UI thread.

    ``work`` runs on the device worker, after the jobs already asked for,
    and returns the event the flow gets back (a ``Report``). If it raises,
    the flow gets ``failed`` instead: ``work`` turns the failures it expects
    (a full course, a printer out of paper) into events of its own, so
    ``failed`` is for the unexpected (the database went away).
    """

    #: What the job does, for the journal (never personal data).
    name: str
    work: Callable[[JobContext], Event] = field(repr=False, compare=False)
    failed: Event


#: A handler: takes an event of the type it is filed under, returns the effects.
Handler = Callable[[Any], list[Effect]]
#: A dispatch table: each event type and its one handler.
Handlers = dict[type[Event], Handler]


# --- the events every screen shares ----------------------------------------------


class GoHome(Event):
    """The Home button: the session ends."""


class GoBack(Event):
    """The Back button: the step before, or home where there is none."""


class OpenLanguages(Event):
    """The language button on the home screen."""


@dataclass(frozen=True)
class ChooseLanguage(Event):
    language: str


@dataclass(frozen=True)
class SetVoice(Event):
    on: bool


class Touch(Event):
    """Any resident activity: restarts the idle timer."""


class MoreTime(Event):
    """The resident asked for more time when warned."""


class Tick(Report):
    """Time passed; the flow checks its deadline."""


class ServicesOffline(Report):
    """The queue database cannot be reached (the kiosk started before the center's
    server): nothing can be issued until ``ServicesOnline``."""


class ServicesOnline(Report):
    """The database answered; numbers and certificates can be issued again."""


@dataclass(frozen=True)
class SessionEnded(Effect):
    reason: str  # "done", "cancel", "timeout", "home", "card_removed"


@dataclass(frozen=True)
class LanguageChanged(Effect):
    language: str


# --- what the screens show ------------------------------------------------------


@dataclass
class CertContext:
    """The certificate screens' state. Personal data lives in ``Session.personal`` instead."""

    document_id: str = ""
    options: CertOptions = field(default_factory=CertOptions)
    #: A plain message on the current screen (a typing mistake, a declined card...).
    message: Text | None = None
    #: What the progress screen is doing: reading, fetching, paying, printing.
    stage: str = ""
    #: The documents confirmed so far in this visit, printed in this order for one payment.
    basket: tuple[BasketItem, ...] = ()
    #: The fee and exemption of the document confirmed last (also in ``basket``).
    fee_per_copy_won: int = 0
    #: Nothing in the basket is charged (exempt, free documents or the ``free`` backend).
    waived: bool = False
    #: The fee exemption applied to the document confirmed last, "" for none.
    exemption_id: str = ""
    authorization: Authorization | None = None
    outcome: OrderOutcome | None = None
    #: Where an error screen's "try again" goes (a state value), if anywhere.
    retry_state: str = ""
    #: The centre service the ID card is read for (``CertificateJourney.identify_for``);
    #: empty when it is read for a certificate.
    identify_for: str = ""

    @property
    def total_won(self) -> int:
        return sum(item.total_won for item in self.basket)


@dataclass
class Context:
    """What the current screen shows. Reset when the session ends."""

    service_id: str | None = None
    priority: bool = False
    issued: IssuedTicket | None = None
    failure: PrintFailure | None = None
    #: The ticket was sent to a printer that cannot report its status: the
    #: resident is asked to check the slot (``PrintResult.unchecked``).
    unchecked: bool = False
    printing: bool = False
    message: Text | None = None
    cert: CertContext = field(default_factory=CertContext)
    #: Each centre service's screen state, by service id (see ``part``).
    parts: dict[str, Any] = field(default_factory=dict)

    def part(self, key: str, factory: Callable[[], T]) -> T:
        """The state a centre service keeps for the current screen, made on first use.

        It goes with the context when the session ends; personal data the
        resident typed belongs in ``Session.personal`` all the same, which is
        wiped then.
        """
        if key not in self.parts:
            self.parts[key] = factory()
        value: T = self.parts[key]
        return value


@dataclass(frozen=True)
class Deadline:
    remaining_s: float
    total_s: float
    warning: bool


# --- a journey, as the flow sees it -----------------------------------------------


class Journey(ABC):
    """One journey through the screens (a queue number, a certificate): its
    states, how the flow times them, and the handlers of its own events.

    The flow makes one of each of its ``journey_types`` when it starts and
    keeps it for its whole life (across sessions).
    """

    #: This journey's states, each with how the flow times it.
    steps: ClassVar[Mapping[Enum, Step]]
    #: The state in which a job is printing: neither Home nor Back abandons it
    #: (None: this journey prints nothing the resident could abandon).
    printing: ClassVar[Enum | None] = None
    #: Said when the database cannot be reached in the middle of this journey.
    unavailable: ClassVar[Text]

    def __init__(self, flow: Flow) -> None:
        self.flow = flow

    @abstractmethod
    def handlers(self) -> Handlers:
        """This journey's dispatch table: each of its event types and its handler."""

    def back(self) -> list[Effect]:
        """The Back button in one of this journey's states. By default there is
        no earlier step to return to: back means home."""
        return self.flow.go_home()

    def settle(self) -> list[Effect]:
        """What is owed after any event, whichever handler took it (by default nothing)."""
        return []

    def holds(self, state: Enum) -> bool:
        """Whether Home must wait in ``state`` (by default: while printing)."""
        return state is self.printing

    def sample(self, state: Enum) -> None:
        """Fill the flow's context with what a resident would have on ``state``.

        The accessibility audit renders every screen this way, in every
        language and look. By default there is nothing to fill in.
        """
        return None


# --- the machine --------------------------------------------------------------------


@dataclass
class Flow:
    """The screens as a state machine. On its own it knows only home, the
    language screen and "unavailable"; a subclass names the journeys it runs
    (``journey_types``), as ``kiosk.journeys.resident.ResidentFlow`` does."""

    config: KioskConfig
    clock: Clock
    #: Called with (old, new) after every state change (the UI redraws).
    on_change: Callable[[Enum, Enum], None] | None = None
    state: Enum = State.HOME
    context: Context = field(default_factory=Context)
    back_stack: list[Enum] = field(default_factory=list)
    session: Session = field(init=False)
    #: The database is out of reach: taps that need it say so at once.
    offline: bool = field(default=False, init=False)
    #: One of each of ``journey_types``, made when the flow starts.
    journeys: list[Journey] = field(init=False, repr=False)
    _last_activity: float = field(init=False)
    #: When a resident last touched the screen or pressed a key (None: not yet).
    _last_input: float | None = field(default=None, init=False)
    _dispatch: Handlers = field(init=False, repr=False)

    #: The journeys a flow of this class runs (``kiosk.journeys.resident`` names them).
    journey_types: ClassVar[tuple[type[Journey], ...]] = ()

    def __post_init__(self) -> None:
        self.session = self._new_session()
        self._last_activity = self.clock.monotonic()
        self.journeys = [journey_type(self) for journey_type in self.journey_types]
        values = [state.value for journey in self.journeys for state in journey.steps]
        values += [State.HOME.value, State.LANGUAGE.value, State.UNAVAILABLE.value]
        if len(values) != len(set(values)):
            raise TypeError("two states of the flow share a value")
        self._dispatch = {}
        for table in (self.handlers(), *(journey.handlers() for journey in self.journeys)):
            for event_type, handler in table.items():
                if event_type in self._dispatch:
                    raise TypeError(f"two handlers for {event_type.__name__}")
                self._dispatch[event_type] = handler

    def _new_session(self, *, template: bool = False) -> Session:
        speech = self.config.devices.speech
        return Session.fresh(
            self.config.ui,
            rate=speech.rate,
            volume=speech.volume,
            low_screen=self.starts_low(),
            template=template,
        )

    def starts_low(self) -> bool:
        """Whether a session starts in low-screen mode (``ui.low_screen``; "auto":
        when the panel's top is out of reach)."""
        setting = self.config.ui.low_screen
        return setting == "on" or (setting == "auto" and above_reach_mm(self.config.screen) > 0)

    def settings_changed(self) -> bool:
        """The resident changed the language, voice, theme, text size or height."""
        return self.session.settings() != self._new_session(template=True).settings()

    # -- where the flow is ---------------------------------------------------------
    def journey(self, state: Enum | None = None) -> Journey | None:
        """The journey ``state`` (by default the current one) belongs to; None for
        the flow's own states (home, language, unavailable)."""
        state = state or self.state
        return next((j for j in self.journeys if state in j.steps), None)

    def step(self, state: Enum | None = None) -> Step | None:
        """How the flow times ``state`` (by default the current one), if a journey's."""
        state = state or self.state
        journey = self.journey(state)
        return journey.steps[state] if journey is not None else None

    # -- timing ------------------------------------------------------------
    def time_limit_s(self, state: Enum | None = None) -> float | None:
        """This state's limit (doubled in voice mode), or None for no limit."""
        state = state or self.state
        ui = self.config.ui
        step = self.step(state)
        base: float | None
        if state is State.HOME and self.settings_changed():
            # Home asks nothing, but a resident's settings (big text, voice...)
            # must not greet the next resident: they go back after a while.
            base = float(ui.home_reset_s)
        elif state is State.HOME or step is Step.WAITING:
            base = None  # waiting on the device, whose own time limits apply
        elif step is Step.DONE:
            base = max(float(ui.ticket_screen_s), CLOSING_LEAST_S)
        elif state is State.UNAVAILABLE:
            base = float(min(ui.idle_timeout_s, 30))
        else:
            base = float(ui.idle_timeout_s)
        if base is not None and self.session.voice:
            base *= 2
        return base

    def deadline(self) -> Deadline | None:
        limit = self.time_limit_s()
        if limit is None:
            return None
        remaining = max(0.0, limit - (self.clock.monotonic() - self._last_activity))
        # Steps that need an answer warn (the language choice is one, and home
        # when a resident's settings are about to go back), and so do closing
        # screens: a resident still reading their number or where to go next
        # gets more time in one tap too. The unavailable screen just counts down.
        warned = (Step.ASKING, Step.DONE)
        asking = self.step() in warned or self.state is State.LANGUAGE
        warns = (asking or self.state is State.HOME) and limit > WARNING_S
        return Deadline(remaining, limit, warns and remaining <= WARNING_S)

    def resident_present(self) -> bool:
        """Whether a resident touched the screen or pressed a key within the idle
        limit (doubled in voice mode): the time they are taken to be still there.

        Home's clock and waiting counts hold still until then, so that nothing
        changes by itself while someone reads it or moves through it by keypad.
        """
        if self._last_input is None:
            return False
        limit = float(self.config.ui.idle_timeout_s) * (2 if self.session.voice else 1)
        return self.clock.monotonic() - self._last_input < limit

    # -- event handling ------------------------------------------------------
    def handle(self, event: Event) -> list[Effect]:
        if not isinstance(event, Report):
            self._last_activity = self._last_input = self.clock.monotonic()
        effects = self._dispatch[type(event)](event)
        for journey in self.journeys:
            effects.extend(journey.settle())
        return effects

    def handlers(self) -> Handlers:
        """The flow's own dispatch table: the events every screen shares."""
        return {
            GoHome: self._on_go_home,
            GoBack: self._on_go_back,
            OpenLanguages: self._on_open_languages,
            ChooseLanguage: self._on_choose_language,
            SetVoice: self._on_set_voice,
            # The idle timer restarted in ``handle`` is all these two do.
            Touch: self._only_activity,
            MoreTime: self._only_activity,
            Tick: self._on_tick,
            ServicesOffline: self._on_services_offline,
            ServicesOnline: self._on_services_online,
        }

    # -- navigation (for the journeys too) ------------------------------------------
    def go(self, new: Enum, *, push: bool = True) -> None:
        old = self.state
        if push and old is not new:
            self.back_stack.append(old)
        self.state = new
        self._last_activity = self.clock.monotonic()
        if self.on_change is not None:
            self.on_change(old, new)

    def redraw(self) -> None:
        """The current screen's content changed, not the screen."""
        if self.on_change is not None:
            self.on_change(self.state, self.state)

    def end_session(self, reason: str) -> list[Effect]:
        language = self.session.language
        self.session.wipe()
        self.session = self._new_session()
        self.context = Context()
        self.back_stack.clear()
        self.go(State.HOME, push=False)
        effects: list[Effect] = [SessionEnded(reason)]
        if self.session.language != language:
            effects.append(LanguageChanged(self.session.language))
        return effects

    def go_home(self) -> list[Effect]:
        """Home: the session ends, unless a job is under way (it must not be
        abandoned mid-job: ``Journey.holds``)."""
        if self.state is State.HOME:
            return []
        journey = self.journey()
        if journey is not None and journey.holds(self.state):
            return []
        return self.end_session("done" if self.step() is Step.DONE else "home")

    def show_unavailable(self, message: Text) -> None:
        self.context = Context(message=message)
        self.back_stack.clear()
        self.go(State.UNAVAILABLE, push=False)

    # -- the shared events' handlers ---------------------------------------------
    def _on_go_home(self, event: GoHome) -> list[Effect]:
        return self.go_home()

    def _on_go_back(self, event: GoBack) -> list[Effect]:
        journey = self.journey()
        if journey is not None:
            return journey.back()
        if self.state in (State.HOME, State.UNAVAILABLE):
            return self.go_home()  # no earlier step to return to
        if self.back_stack:
            self.go(self.back_stack.pop(), push=False)
        return []

    def _on_open_languages(self, event: OpenLanguages) -> list[Effect]:
        if self.state is not State.HOME:
            return []
        self.go(State.LANGUAGE)
        return []

    def _on_choose_language(self, event: ChooseLanguage) -> list[Effect]:
        if event.language not in LANGUAGES:
            return []
        changed = event.language != self.session.language
        self.session.language = event.language
        if self.state is State.LANGUAGE:
            self.go(self.back_stack.pop() if self.back_stack else State.HOME, push=False)
        return [LanguageChanged(event.language)] if changed else []

    def _on_set_voice(self, event: SetVoice) -> list[Effect]:
        self.session.voice = event.on
        self.redraw()
        return []

    def _only_activity(self, event: Touch | MoreTime) -> list[Effect]:
        return []

    def _on_tick(self, event: Tick) -> list[Effect]:
        deadline = self.deadline()
        if deadline is None or deadline.remaining_s > 0:
            return []
        return self.end_session("done" if self.step() is Step.DONE else "timeout")

    def _on_services_offline(self, event: ServicesOffline) -> list[Effect]:
        self.offline = True
        journey = self.journey()
        if journey is None:  # home, language, unavailable: nothing is waiting
            return []
        # A tap made while the kiosk was still reaching the database has been
        # waiting on it: say now that it cannot be done. No card can have been
        # read (the certificate services start with the database), but typed
        # ID details may be held: the journey is over, so they go now. The
        # session itself (language, voice) lasts until the screen times out.
        self.session.wipe()
        self.show_unavailable(journey.unavailable)
        return []

    def _on_services_online(self, event: ServicesOnline) -> list[Effect]:
        self.offline = False
        return []
