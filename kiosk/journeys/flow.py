"""The screen flow as a Qt-free state machine.

Screens render ``Flow.state`` and send ``Event`` values back; the flow
answers with ``Effect`` values the UI carries out on its worker (issue a
ticket, print it) and reports back as further events. Named states, a
back-stack, and idle timeouts (measured on an injected clock) are all here,
so the whole journey is tested without widgets.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum

from kiosk.certificates.identity import Identity, MrzError, MrzInfo, parse_scanned_mrz
from kiosk.certificates.issuing import MAX_COPIES, CertificateOrder, CertOptions
from kiosk.clock import Clock
from kiosk.config import KioskConfig
from kiosk.i18n import LANGUAGES, N_, Text
from kiosk.journeys import certificates as c
from kiosk.journeys.session import Session
from kiosk.ports.card import (
    CardRemoved,
    ChipDetailsMismatch,
    ChipNotGenuine,
    ReaderNotConnected,
    check_chip_matches,
)
from kiosk.ports.payment import PaymentOutcome
from kiosk.ports.printer import PrintFailure, PrintResult
from kiosk.ports.records import ResidentRecord
from kiosk.queue.tickets import IssuedTicket

#: Warn this long before a time limit expires (WCAG 2.2.1 asks for >= 20 s).
WARNING_S = 25.0


class State(Enum):
    HOME = "home"
    ISSUING = "issuing"  # ticket being issued and printed
    TICKET = "ticket"  # printed: take your ticket
    PRINT_ERROR = "print_error"
    UNAVAILABLE = "unavailable"  # the queue could not issue (database down)
    LANGUAGE = "language"  # choosing the screen language
    # Certificate journey (events, effects and checks in kiosk/journeys/certificates.py).
    CERT_CHOOSE = "cert_choose"  # which document
    CERT_MRZ = "cert_mrz"  # MRZ details on the keypad (or scanned)
    CERT_READING = "cert_reading"  # chip being read, then the record fetched
    CERT_OPTIONS = "cert_options"
    CERT_SUMMARY = "cert_summary"  # document, copies, fee; pay
    CERT_PAYING = "cert_paying"  # waiting for the card terminal
    CERT_PRINTING = "cert_printing"
    CERT_DONE = "cert_done"  # take your documents
    CERT_ERROR = "cert_error"


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
    """No number was issued. ``message`` says why to the resident (a full band,
    a clock the queue does not trust); None means the database did not answer."""

    reason: str
    message: Text | None = None


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


@dataclass(frozen=True)
class ServicesOffline:
    """The queue database cannot be reached (the kiosk started before the center's
    server): nothing can be issued until ``ServicesOnline``."""


@dataclass(frozen=True)
class ServicesOnline:
    """The database answered; numbers and certificates can be issued again."""


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
    | ServicesOffline
    | ServicesOnline
    | c.CertEvent
)


TICKETS_UNAVAILABLE = N_(
    "flow", "Queue numbers are temporarily unavailable. Please ask at the counter."
)
CERTIFICATES_UNAVAILABLE = N_(
    "flow", "Certificates are temporarily unavailable. Please ask at the counter."
)


# --- effects (flow -> UI) -------------------------------------------------------


@dataclass(frozen=True)
class IssueTicket:
    """Issue a number and print it at once (one device job: no round trip)."""

    service_id: str
    priority: bool
    language: str


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


Effect = (
    IssueTicket | PrintTicket | CancelIssuedTicket | SessionEnded | LanguageChanged | c.CertEffect
)

#: Certificate states where the resident is waiting on a device (no idle limit, no leaving).
_CERT_BUSY = frozenset({"cert_paying", "cert_printing"})
#: Certificate states that ask the resident something (they warn before timing out).
_CERT_ASKING = frozenset({"cert_choose", "cert_mrz", "cert_options", "cert_summary", "cert_error"})


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
    cert: c.CertContext = field(default_factory=c.CertContext)


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
    #: Payment requests are numbered across sessions (see ``AuthorizePayment.attempt``).
    _payment_attempts: int = field(default=0, init=False)
    #: The payment request still waiting for the terminal's answer (0: none).
    _awaiting_payment: int = field(default=0, init=False)
    #: The database is out of reach: taps that need it say so at once.
    offline: bool = field(default=False, init=False)

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
        if state in (State.HOME, State.ISSUING, State.CERT_READING) or state.value in _CERT_BUSY:
            base = None  # waiting on the device, whose own time limits apply
        elif state in (State.TICKET, State.CERT_DONE):
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
        warns = (
            self.state is State.PRINT_ERROR or self.state.value in _CERT_ASKING
        ) and limit > WARNING_S
        return Deadline(remaining, limit, warns and remaining <= WARNING_S)

    # -- event handling ------------------------------------------------------
    def handle(self, event: Event) -> list[Effect]:
        passive = (
            Tick
            | TicketIssued
            | IssueFailed
            | PrintFinished
            | c.CardPulled
            | ServicesOffline
            | ServicesOnline
        )
        if not isinstance(event, passive) and not isinstance(event, c.RESULT_EVENTS):
            self._last_activity = self.clock.monotonic()
        method = getattr(self, f"_on_{type(event).__name__}")
        effects: list[Effect] = method(event)
        if self._awaiting_payment and self.state is not State.CERT_PAYING:
            # Whatever took the resident away from the payment step (Back,
            # Home, the card pulled, a technician), the terminal must stop
            # asking for a card: someone could still tap one.
            effects.append(c.CancelPayment(self._awaiting_payment))
            self._awaiting_payment = 0
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
        if self.offline:
            self._unavailable(TICKETS_UNAVAILABLE)
            return []
        self.context = Context(
            service_id=service.id,
            priority=event.priority and service.priority_allowed,
            printing=True,
        )
        self._go(State.ISSUING)
        return [IssueTicket(service.id, self.context.priority, self.session.language)]

    def _on_TicketIssued(self, event: TicketIssued) -> list[Effect]:
        if self.state is not State.ISSUING or self.context.issued is not None:
            return []
        self.context.issued = event.issued
        if self.on_change is not None:
            self.on_change(self.state, self.state)
        return []  # the device worker prints it right after issuing (IssueTicket)

    def _on_IssueFailed(self, event: IssueFailed) -> list[Effect]:
        if self.state is not State.ISSUING:
            return []
        self.context.printing = False
        self.context.message = event.message or TICKETS_UNAVAILABLE
        self._go(State.UNAVAILABLE, push=False)
        return []

    def _unavailable(self, message: Text) -> None:
        self.context = Context(message=message)
        self.back_stack.clear()
        self._go(State.UNAVAILABLE, push=False)

    def _on_ServicesOffline(self, event: ServicesOffline) -> list[Effect]:
        self.offline = True
        if self.state in (State.HOME, State.LANGUAGE, State.UNAVAILABLE):
            return []
        # A tap made while the kiosk was still reaching the database has been
        # waiting on it: say now that it cannot be done. No card can have been
        # read (the certificate services start with the database), but typed
        # ID details may be held: the journey is over, so they go now. The
        # session itself (language, voice) lasts until the screen times out.
        journey = TICKETS_UNAVAILABLE
        if self.state.value.startswith("cert_"):
            journey = CERTIFICATES_UNAVAILABLE
        self.session.wipe()
        self._unavailable(journey)
        return []

    def _on_ServicesOnline(self, event: ServicesOnline) -> list[Effect]:
        self.offline = False
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
            self.context.unchecked = event.result.unchecked
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
        if self.state in (State.ISSUING, State.CERT_PRINTING):
            return []  # a job is being printed; it must not be abandoned mid-job
        reason = "done" if self.state in (State.TICKET, State.CERT_DONE) else "home"
        return self._end_session(reason)

    def _on_GoBack(self, event: GoBack) -> list[Effect]:
        if self.state is State.ISSUING:
            return []
        if self.state.value.startswith("cert_"):
            return self._cert_back()
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
        reason = "done" if self.state in (State.TICKET, State.CERT_DONE) else "timeout"
        return self._end_session(reason)

    # -- certificate journey --------------------------------------------------------
    def _redraw(self) -> None:
        if self.on_change is not None:
            self.on_change(self.state, self.state)

    @property
    def _journey(self) -> int:
        return self.session.id

    def _identity(self) -> Identity | None:
        value = self.session.personal.get("identity")
        return value if isinstance(value, Identity) else None

    def _record(self) -> ResidentRecord | None:
        value = self.session.personal.get("record")
        return value if isinstance(value, ResidentRecord) else None

    def _cert_error(self, message: Text, retry_state: State | None = None) -> None:
        cert = self.context.cert
        cert.message = message
        cert.stage = ""
        cert.retry_state = retry_state.value if retry_state is not None else ""
        self._go(State.CERT_ERROR, push=False)

    def _cert_back(self) -> list[Effect]:
        # Back goes to the step before, never into a step that waits on a device.
        cert = self.context.cert
        state = self.state
        if state is State.CERT_PRINTING:
            return []
        if state in (State.CERT_CHOOSE, State.CERT_DONE):
            return self._on_GoHome(GoHome())
        if state is State.CERT_ERROR:
            if cert.retry_state:
                cert.message = None
                self._go(State(cert.retry_state), push=False)
                return []
            return self._on_GoHome(GoHome())
        target = {
            State.CERT_MRZ: State.CERT_CHOOSE,
            State.CERT_READING: State.CERT_MRZ,
            State.CERT_OPTIONS: State.CERT_CHOOSE,
            State.CERT_SUMMARY: State.CERT_OPTIONS,
            # A late authorization is voided (PaymentFinished in another state).
            State.CERT_PAYING: State.CERT_SUMMARY,
        }[state]
        cert.message = (
            PaymentOutcome.CANCELLED.resident_message if state is State.CERT_PAYING else None
        )
        cert.stage = ""
        self._go(target, push=False)
        return []

    def _on_OpenCertificates(self, event: c.OpenCertificates) -> list[Effect]:
        if self.state is not State.HOME or not self.config.enabled_documents:
            return []
        if self.offline:
            self._unavailable(CERTIFICATES_UNAVAILABLE)
            return []
        self.context = Context()
        self._go(State.CERT_CHOOSE)
        return []

    def _on_ChooseDocument(self, event: c.ChooseDocument) -> list[Effect]:
        if self.state is not State.CERT_CHOOSE:
            return []
        doc = next((d for d in self.config.enabled_documents if d.id == event.document_id), None)
        if doc is None:
            return []
        cert = self.context.cert
        cert.document_id = doc.id
        cert.options = CertOptions()
        cert.message = None
        if self._identity() is not None and self._record() is not None:
            # Already identified in this session: no need to read the card again.
            self._to_options()
        else:
            self._go(State.CERT_MRZ)
        return []

    def _on_SubmitMrz(self, event: c.SubmitMrz) -> list[Effect]:
        if self.state is not State.CERT_MRZ:
            return []
        try:
            mrz = c.mrz_from_typed(event.document_number, event.birth_date, event.expiry_date)
        except MrzError as exc:
            # Caught before the card is asked: a chip may count failed attempts.
            self.context.cert.message = c.mrz_problem(exc)
            self._redraw()
            return []
        return self._start_read(mrz)

    def _on_MrzScanned(self, event: c.MrzScanned) -> list[Effect]:
        if self.state is not State.CERT_MRZ:
            return []
        try:
            scanned = parse_scanned_mrz(event.text)
        except MrzError as exc:
            self.context.cert.message = c.mrz_problem(exc)
            self._redraw()
            return []
        mrz = scanned.mrz_info()
        scanned.wipe()  # the chip's own copy is what counts
        return self._start_read(mrz)

    def _start_read(self, mrz: MrzInfo) -> list[Effect]:
        cert = self.context.cert
        cert.message = None
        cert.stage = "reading"
        # What the chip's DG1 must match, whichever reader answers.
        self.session.personal["mrz"] = mrz
        self._go(State.CERT_READING)
        return [c.ReadCard(self._journey, mrz)]

    def _on_CardRead(self, event: c.CardRead) -> list[Effect]:
        cert = self.context.cert
        if event.journey != self._journey or self.state is not State.CERT_READING:
            event.identity.wipe()  # a late read for a journey that has moved on
            return []
        if cert.stage != "reading":
            event.identity.wipe()
            return []
        typed = self.session.personal.get("mrz")
        if isinstance(typed, MrzInfo):
            try:
                check_chip_matches(event.identity, typed)
            except ChipDetailsMismatch as exc:
                # Readers check this too; a backend that did not must not get through.
                event.identity.wipe()
                return self._refuse_card(exc)
        old = self._identity()
        if old is not None:
            old.wipe()
        self.session.personal["identity"] = event.identity
        cert.stage = "fetching"
        self._redraw()
        return [c.FetchRecord(self._journey, event.identity)]

    def _on_CardReadFailed(self, event: c.CardReadFailed) -> list[Effect]:
        if event.journey != self._journey or self.state is not State.CERT_READING:
            return []
        error = event.error
        if isinstance(error, CardRemoved):
            return self._end_session("card_removed")
        if isinstance(error, ReaderNotConnected):
            self._cert_error(error.resident_message)
            return []
        if isinstance(error, ChipDetailsMismatch | ChipNotGenuine):
            return self._refuse_card(error)
        # Wrong details, a slow or unreadable card: the resident can correct and retry.
        self.context.cert.message = error.resident_message
        self.context.cert.stage = ""
        self._go(State.CERT_MRZ, push=False)
        return []

    def _refuse_card(self, error: ChipDetailsMismatch | ChipNotGenuine) -> list[Effect]:
        """A chip that may be forged: no retry (typing again cannot fix it), staff told."""
        reason = (
            error.verdict.check.value if isinstance(error, ChipNotGenuine) else "details_mismatch"
        )
        self._cert_error(error.resident_message)
        return [c.FlagStaff("cert_card_refused", f"reason={reason}")]

    def _on_CardPulled(self, event: c.CardPulled) -> list[Effect]:
        state = self.state
        if not state.value.startswith("cert_") or state is State.CERT_PRINTING:
            return []  # a job in progress finishes; the done screen follows
        if state is State.CERT_DONE:
            return self._end_session("done")
        if state is State.CERT_READING or self._identity() is not None:
            # Whoever was identified has left: wipe everything now.
            return self._end_session("card_removed")
        return []

    def _on_RecordFetched(self, event: c.RecordFetched) -> list[Effect]:
        cert = self.context.cert
        if (
            event.journey != self._journey
            or self.state is not State.CERT_READING
            or cert.stage != "fetching"
        ):
            event.record.wipe()
            return []
        identity = self._identity()
        if identity is None or not hmac.compare_digest(
            event.record.holder_key.encode("utf-8"), identity.key.encode("utf-8")
        ):
            # The provider answered for someone else: printing it would hand one
            # resident's record to another.
            event.record.wipe()
            self._cert_error(c.RECORD_OF_ANOTHER_PERSON)
            return [
                c.FlagStaff(
                    "cert_record_mismatch",
                    "the records provider answered with a record of another identity",
                )
            ]
        self.session.personal["record"] = event.record
        cert.stage = ""
        self._to_options()
        return []

    def _on_RecordFailed(self, event: c.RecordFailed) -> list[Effect]:
        if event.journey != self._journey or self.state is not State.CERT_READING:
            return []
        # Not found, unreachable, refused or malformed: each has its own plain message,
        # and nothing has been charged yet.
        self._cert_error(event.error.resident_message)
        return []

    def _to_options(self) -> None:
        record = self._record()
        cert = self.context.cert
        if record is not None and cert.document_id == "local-tax" and record.local_tax_arrears:
            self._cert_error(
                N_(
                    "cert",
                    "A tax payment certificate cannot be issued because some local taxes are "
                    "unpaid. Nothing has been charged. Please ask at the counter.",
                ),
                State.CERT_CHOOSE,
            )
            return
        self._go(State.CERT_OPTIONS, push=False)

    def _on_SetCertOption(self, event: c.SetCertOption) -> list[Effect]:
        cert = self.context.cert
        if self.state is not State.CERT_OPTIONS:
            return []
        if event.name not in self.config.document(cert.document_id).options:
            return []
        cert.options = replace(cert.options, **{event.name: bool(event.value)})
        self._redraw()
        return []

    def _on_SetCopies(self, event: c.SetCopies) -> list[Effect]:
        cert = self.context.cert
        if self.state is not State.CERT_OPTIONS:
            return []
        copies = max(1, min(MAX_COPIES, event.copies))
        cert.options = replace(cert.options, copies=copies)
        self._redraw()
        return []

    def _on_ConfirmOptions(self, event: c.ConfirmOptions) -> list[Effect]:
        if self.state is not State.CERT_OPTIONS:
            return []
        cert = self.context.cert
        doc = self.config.document(cert.document_id)
        record = self._record()
        payment = self.config.devices.payment
        exempt = record is not None and record.fee_exempt and payment.waive_for_exempt
        cert.waived = exempt or payment.backend == "free" or doc.fee_won == 0
        cert.fee_per_copy_won = 0 if cert.waived else doc.fee_won
        cert.message = None
        self._go(State.CERT_SUMMARY)
        return []

    def _on_ConfirmPayment(self, event: c.ConfirmPayment) -> list[Effect]:
        if self.state is not State.CERT_SUMMARY:
            return []
        cert = self.context.cert
        cert.message = None
        if cert.total_won > 0 and not cert.waived and not self._printer_confirms():
            # Without the printer's status a paid page could be charged yet
            # never come out: refuse before the resident pays anything.
            cert.message = N_(
                "cert",
                "This kiosk's printer cannot confirm printing, so paid documents cannot be "
                "issued here. Nothing has been charged. Please ask at the counter.",
            )
            if self.on_change is not None:
                self.on_change(self.state, self.state)
            return []
        cert.stage = "paying"
        self._go(State.CERT_PAYING, push=False)
        reference = f"{cert.document_id}x{cert.options.copies}"
        self._payment_attempts += 1
        self._awaiting_payment = self._payment_attempts
        return [
            c.AuthorizePayment(
                self._journey,
                self._awaiting_payment,
                cert.total_won,
                cert.waived or cert.total_won == 0,
                reference,
            )
        ]

    def _printer_confirms(self) -> bool:
        return self.config.devices.printer.confirms_printing

    def _on_PaymentFinished(self, event: c.PaymentFinished) -> list[Effect]:
        result = event.result
        auth = result.authorization
        cert = self.context.cert
        if (
            event.journey != self._journey
            or event.attempt != self._awaiting_payment
            or self.state is not State.CERT_PAYING
        ):
            # The resident left or went back meanwhile: release the hold at once.
            return [c.VoidPayment(auth)] if result.approved and auth is not None else []
        self._awaiting_payment = 0
        identity, record = self._identity(), self._record()
        if not result.approved or auth is None:
            cert.message = result.outcome.resident_message
            cert.stage = ""
            self._go(State.CERT_SUMMARY, push=False)
            return []
        if identity is None or record is None:  # pragma: no cover - guarded by the states
            self._cert_error(N_("cert", "Something went wrong. Nothing has been charged."))
            return [c.VoidPayment(auth)]
        cert.authorization = auth
        cert.stage = "printing"
        self._go(State.CERT_PRINTING, push=False)
        order = CertificateOrder(
            document_id=cert.document_id,
            options=cert.options,
            fee_per_copy_won=cert.fee_per_copy_won,
            language=self.session.language,
            identity=identity,
            record=record,
        )
        return [c.PrintOrder(self._journey, order, auth)]

    def _on_OrderFinished(self, event: c.OrderFinished) -> list[Effect]:
        if event.journey != self._journey or self.state is not State.CERT_PRINTING:
            return []
        outcome = event.outcome
        cert = self.context.cert
        cert.outcome = outcome
        cert.stage = ""
        effects: list[Effect] = []
        detail = (
            f"document={outcome.document_id} printed={len(outcome.printed_numbers)}/"
            f"{outcome.copies} payment={outcome.payment_result}"
        )
        if outcome.payment_result in ("capture_failed", "void_failed"):
            # Staff settle it with the terminal by hand: they need the amount.
            effects.append(
                c.FlagStaff(
                    f"cert_{outcome.payment_result}",
                    f"{detail} authorization={outcome.authorization_id} "
                    f"amount_won={outcome.held_won} reason={outcome.payment_detail}",
                )
            )
        if outcome.complete:
            self._go(State.CERT_DONE, push=False)
            return effects
        failure = outcome.failure or PrintFailure.ERROR
        effects.append(c.FlagStaff("cert_print_failed", f"{detail} failure={failure.value}"))
        if outcome.payment_result == "void_failed":
            charged = N_(
                "cert",
                "You have not been charged, but the card payment could not be cancelled "
                "automatically; please ask at the counter to release it.",
            )
        elif outcome.printed_numbers:
            charged = N_(
                "cert",
                "{printed} of {copies} copies were printed; you were charged only for those.",
                printed=len(outcome.printed_numbers),
                copies=outcome.copies,
            )
        else:
            charged = N_("cert", "You have not been charged.")
        self._cert_error(
            N_(
                "cert",
                "{reason} {charged} A member of staff has been told.",
                reason=failure.resident_message,
                charged=charged,
            )
        )
        return effects
