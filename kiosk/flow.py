"""The screen flow as a Qt-free state machine.

Screens render ``Flow.state`` and send ``Event`` values back; the flow
answers with ``Effect`` values the UI carries out on its worker (issue a
ticket, print it) and reports back as further events. Named states, a
back-stack, and idle timeouts (measured on an injected clock) are all here,
so the whole journey is tested without widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.devices import PrintFailure, PrintResult
from kiosk.i18n import LANGUAGES, N_, Text
from kiosk.session import Session
from kiosk.tickets import IssuedTicket

#: Warn this long before a time limit expires (WCAG 2.2.1 asks for >= 20 s).
WARNING_S = 25.0


class State(Enum):
    HOME = "home"
    ISSUING = "issuing"  # ticket being issued and printed
    TICKET = "ticket"  # printed: take your ticket
    PRINT_ERROR = "print_error"
    UNAVAILABLE = "unavailable"  # the queue could not issue (database down)
    LANGUAGE = "language"  # choosing the screen language


# --- events (UI -> flow) -------------------------------------------------------


@dataclass(frozen=True)
class ChooseService:
    service_id: str
    priority: bool = False


@dataclass(frozen=True)
class TicketIssued:
    issued: IssuedTicket


@dataclass(frozen=True)
class IssueFailed:
    reason: str


@dataclass(frozen=True)
class PrintFinished:
    ticket_id: int
    result: PrintResult


@dataclass(frozen=True)
class RetryPrint:
    pass


@dataclass(frozen=True)
class CancelTicket:
    pass


@dataclass(frozen=True)
class GoHome:
    pass


@dataclass(frozen=True)
class GoBack:
    pass


@dataclass(frozen=True)
class OpenLanguages:
    pass


@dataclass(frozen=True)
class ChooseLanguage:
    language: str


@dataclass(frozen=True)
class SetVoice:
    on: bool


@dataclass(frozen=True)
class Touch:
    """Any resident activity: restarts the idle timer."""


@dataclass(frozen=True)
class MoreTime:
    pass


@dataclass(frozen=True)
class Tick:
    """Time passed; the flow checks its deadline."""


Event = (
    ChooseService
    | TicketIssued
    | IssueFailed
    | PrintFinished
    | RetryPrint
    | CancelTicket
    | GoHome
    | GoBack
    | OpenLanguages
    | ChooseLanguage
    | SetVoice
    | Touch
    | MoreTime
    | Tick
)


# --- effects (flow -> UI) -------------------------------------------------------


@dataclass(frozen=True)
class IssueTicket:
    service_id: str
    priority: bool


@dataclass(frozen=True)
class PrintTicket:
    issued: IssuedTicket
    language: str


@dataclass(frozen=True)
class CancelIssuedTicket:
    ticket_id: int


@dataclass(frozen=True)
class SessionEnded:
    reason: str  # "done", "cancel", "timeout", "home"


@dataclass(frozen=True)
class LanguageChanged:
    language: str


Effect = IssueTicket | PrintTicket | CancelIssuedTicket | SessionEnded | LanguageChanged


@dataclass
class Context:
    """What the current screen shows. Reset when the session ends."""

    service_id: str | None = None
    priority: bool = False
    issued: IssuedTicket | None = None
    failure: PrintFailure | None = None
    printing: bool = False
    message: Text | None = None


@dataclass(frozen=True)
class Deadline:
    remaining_s: float
    total_s: float
    warning: bool


@dataclass
class Flow:
    config: KioskConfig
    clock: Clock
    #: Called with (old, new) after every state change (the UI redraws).
    on_change: Callable[[State, State], None] | None = None
    state: State = State.HOME
    context: Context = field(default_factory=Context)
    back_stack: list[State] = field(default_factory=list)
    session: Session = field(init=False)
    _last_activity: float = field(init=False)

    def __post_init__(self) -> None:
        self.session = self._new_session()
        self._last_activity = self.clock.monotonic()

    def _new_session(self) -> Session:
        speech = self.config.devices.speech
        return Session.fresh(self.config.ui, rate=speech.rate, volume=speech.volume)

    # -- timing ------------------------------------------------------------
    def time_limit_s(self, state: State | None = None) -> float | None:
        """This state's limit (doubled in voice mode), or None for no limit."""
        state = state or self.state
        ui = self.config.ui
        base: float | None
        if state in (State.HOME, State.ISSUING):
            base = None
        elif state is State.TICKET:
            base = float(ui.ticket_screen_s)
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
        # Only steps that need an answer warn; the ticket screen just counts down.
        warns = self.state is State.PRINT_ERROR and limit > WARNING_S
        return Deadline(remaining, limit, warns and remaining <= WARNING_S)

    # -- event handling ------------------------------------------------------
    def handle(self, event: Event) -> list[Effect]:
        if not isinstance(event, Tick | TicketIssued | IssueFailed | PrintFinished):
            self._last_activity = self.clock.monotonic()
        method = getattr(self, f"_on_{type(event).__name__}")
        effects: list[Effect] = method(event)
        return effects

    def _go(self, new: State, *, push: bool = True) -> None:
        old = self.state
        if push and old is not new:
            self.back_stack.append(old)
        self.state = new
        self._last_activity = self.clock.monotonic()
        if self.on_change is not None:
            self.on_change(old, new)

    def _end_session(self, reason: str) -> list[Effect]:
        language = self.session.language
        self.session.wipe()
        self.session = self._new_session()
        self.context = Context()
        self.back_stack.clear()
        self._go(State.HOME, push=False)
        effects: list[Effect] = [SessionEnded(reason)]
        if self.session.language != language:
            effects.append(LanguageChanged(self.session.language))
        return effects

    def _on_ChooseService(self, event: ChooseService) -> list[Effect]:
        if self.state is not State.HOME:
            return []  # a second tap while a ticket is being issued issues nothing
        service = next((s for s in self.config.enabled_services if s.id == event.service_id), None)
        if service is None:
            return []
        self.context = Context(
            service_id=service.id,
            priority=event.priority and service.priority_allowed,
            printing=True,
        )
        self._go(State.ISSUING)
        return [IssueTicket(service.id, self.context.priority)]

    def _on_TicketIssued(self, event: TicketIssued) -> list[Effect]:
        if self.state is not State.ISSUING or self.context.issued is not None:
            return []
        self.context.issued = event.issued
        if self.on_change is not None:
            self.on_change(self.state, self.state)
        return [PrintTicket(event.issued, self.session.language)]

    def _on_IssueFailed(self, event: IssueFailed) -> list[Effect]:
        if self.state is not State.ISSUING:
            return []
        self.context.printing = False
        self.context.message = N_(
            "flow", "Queue numbers are temporarily unavailable. Please ask at the counter."
        )
        self._go(State.UNAVAILABLE, push=False)
        return []

    def _on_PrintFinished(self, event: PrintFinished) -> list[Effect]:
        issued = self.context.issued
        if issued is None or issued.ticket.id != event.ticket_id:
            return []
        if self.state not in (State.ISSUING, State.PRINT_ERROR):
            return []
        self.context.printing = False
        if event.result.ok:
            self.context.failure = None
            self._go(State.TICKET, push=False)
        else:
            self.context.failure = event.result.failure or PrintFailure.ERROR
            if self.state is State.PRINT_ERROR:
                if self.on_change is not None:
                    self.on_change(self.state, self.state)
            else:
                self._go(State.PRINT_ERROR, push=False)
        return []

    def _on_RetryPrint(self, event: RetryPrint) -> list[Effect]:
        issued = self.context.issued
        if self.state is not State.PRINT_ERROR or issued is None or self.context.printing:
            return []
        self.context.printing = True
        if self.on_change is not None:
            self.on_change(self.state, self.state)
        return [PrintTicket(issued, self.session.language)]

    def _on_CancelTicket(self, event: CancelTicket) -> list[Effect]:
        issued = self.context.issued
        if self.state is not State.PRINT_ERROR or issued is None or self.context.printing:
            return []
        ticket_id = issued.ticket.id
        return [CancelIssuedTicket(ticket_id), *self._end_session("cancel")]

    def _on_GoHome(self, event: GoHome) -> list[Effect]:
        if self.state is State.HOME:
            return []
        if self.state is State.ISSUING:
            return []  # the ticket is being printed; it must not be abandoned mid-job
        reason = "done" if self.state is State.TICKET else "home"
        return self._end_session(reason)

    def _on_GoBack(self, event: GoBack) -> list[Effect]:
        if self.state is State.ISSUING:
            return []
        if self.state in (State.TICKET, State.PRINT_ERROR, State.UNAVAILABLE, State.HOME):
            # A ticket journey has no earlier step to return to: back means home.
            return self._on_GoHome(GoHome())
        if self.back_stack:
            self._go(self.back_stack.pop(), push=False)
        return []

    def _on_OpenLanguages(self, event: OpenLanguages) -> list[Effect]:
        if self.state is not State.HOME:
            return []
        self._go(State.LANGUAGE)
        return []

    def _on_ChooseLanguage(self, event: ChooseLanguage) -> list[Effect]:
        if event.language not in LANGUAGES:
            return []
        changed = event.language != self.session.language
        self.session.language = event.language
        if self.state is State.LANGUAGE:
            self._go(self.back_stack.pop() if self.back_stack else State.HOME, push=False)
        return [LanguageChanged(event.language)] if changed else []

    def _on_SetVoice(self, event: SetVoice) -> list[Effect]:
        self.session.voice = event.on
        if self.on_change is not None:
            self.on_change(self.state, self.state)
        return []

    def _on_Touch(self, event: Touch) -> list[Effect]:
        return []

    def _on_MoreTime(self, event: MoreTime) -> list[Effect]:
        return []

    def _on_Tick(self, event: Tick) -> list[Effect]:
        deadline = self.deadline()
        if deadline is None or deadline.remaining_s > 0:
            return []
        reason = "done" if self.state is State.TICKET else "timeout"
        return self._end_session(reason)
