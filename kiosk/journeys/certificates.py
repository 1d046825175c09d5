"""The certificate journey: its events, effects, handlers and the checks on what was typed.

The journey: choose a document -> MRZ details (typed on the keypad with
their check digits, or scanned) -> the ID chip is read -> the record is
fetched -> options -> summary with the fee (the basket: "add another document"
goes back to the choice, without reading the card again, and adds to the same
payment) -> payment (authorized only) -> print every document in order, then
capture what printed -> "take your documents" -> the session is wiped.
``kiosk.journeys.flow`` holds the states and the navigation; this module,
the certificate steps.

Results from devices carry the ``journey`` (session id) they belong to: a
late answer for an ended session is dropped (a late payment authorization
is voided), so nothing of one resident can reach the next.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import Enum
from typing import ClassVar, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from kiosk.certificates.issuing import (
    CHOICES,
    MAX_BASKET,
    MAX_COPIES,
    BasketItem,
    CertificateOrder,
    CertOptions,
    OrderOutcome,
)
from kiosk.config import DocumentConfig
from kiosk.i18n import N_, Text
from kiosk.identity import (
    Identity,
    MrzError,
    MrzInfo,
    parse_scanned_mrz,
    validate_yymmdd,
)
from kiosk.journeys.flow import (
    CertContext,
    Context,
    Effect,
    Event,
    Flow,
    Handlers,
    Journey,
    Report,
    State,
    Step,
)
from kiosk.ports.card import (
    CardAccessDenied,
    CardError,
    CardRemoved,
    ChipDetailsMismatch,
    ChipNotGenuine,
    ReaderNotConnected,
    check_chip_matches,
)
from kiosk.ports.payment import (
    HOLD_LEFT_MESSAGE,
    Authorization,
    PaymentOutcome,
    PaymentResult,
)
from kiosk.ports.printer import PrintFailure
from kiosk.ports.records import RecordsError, ResidentRecord

CERTIFICATES_UNAVAILABLE = N_(
    "flow", "Certificates are temporarily unavailable. Please ask at the counter."
)

#: The records provider answered with a record whose holder is not the chip's.
#: An ID document past its expiry date: no identity is taken from it (a resident's
#: old passport would otherwise vote a second time, or stand in for a valid ID).
EXPIRED_DOCUMENT = N_(
    "cert",
    "This ID document has expired. Please use one that is still valid, or ask at the counter.",
)
#: How many times one ID card may refuse the details (BAC) before the kiosk stops
#: trying it: a chip that counts failed attempts could lock itself.
MAX_REFUSED_DETAILS = 3
#: What a resident is told once the card has refused the details that often.
TOO_MANY_REFUSALS = N_(
    "cert",
    "The ID card did not accept the details {count} times, so it will not be tried again "
    "(a card can lock itself after too many attempts). Please ask at the counter.",
    count=MAX_REFUSED_DETAILS,
)
#: The ID card was taken out of the reader on the ID screen: what was typed is gone.
CARD_TAKEN_OUT = N_(
    "cert",
    "The ID card was taken out, so anything typed for it was cleared. Put your ID card in "
    "the reader and type its details.",
)
RECORD_OF_ANOTHER_PERSON = N_(
    "cert",
    "The records found do not belong to the person on this ID card, so nothing can be "
    "issued. Nothing has been printed or charged. Please ask the staff at the counter; "
    "they have been told.",
)


# --- events (UI -> flow) -----------------------------------------------------


class OpenCertificates(Event):
    """The certificates button on the home screen."""


@dataclass(frozen=True)
class ChooseDocument(Event):
    document_id: str


class PersonalDetails(Event):
    """ID details the resident typed or scanned: never shown in a repr (logs, tracebacks)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(...)"


@dataclass(frozen=True, repr=False)
class SubmitMrz(PersonalDetails):
    """What the resident typed: each field followed by its MRZ check digit."""

    document_number: str
    birth_date: str
    expiry_date: str


@dataclass(frozen=True, repr=False)
class MrzScanned(PersonalDetails):
    """The MRZ text an MRZ scanner sent (every check digit is verified)."""

    text: str


@dataclass(frozen=True)
class Answer(Report):
    """A device's or service's answer to a ``Request`` of the journey (session) ``journey``."""

    journey: int


@dataclass(frozen=True)
class CardRead(Answer):
    identity: Identity


@dataclass(frozen=True)
class CardReadFailed(Answer):
    error: CardError


class CardPulled(Report):
    """The ID card was taken out of the reader."""


class CardInserted(Report):
    """An ID card was put in the reader."""


@dataclass(frozen=True)
class RecordFetched(Answer):
    record: ResidentRecord


@dataclass(frozen=True)
class RecordFailed(Answer):
    error: RecordsError


@dataclass(frozen=True)
class SetCertOption(Event):
    """A yes/no option (``household_members``...) or a choice (``address_history``,
    ``family_kind``, ``purpose``) with one of its values."""

    name: str
    value: bool | str


@dataclass(frozen=True)
class ToggleFamilyMember(Event):
    """특정 가족관계증명서: print (or stop printing) the record's family member ``index``."""

    index: int


@dataclass(frozen=True)
class SetCopies(Event):
    copies: int


class ConfirmOptions(Event):
    """The options are as the resident wants them: on to the summary."""


class AddDocument(Event):
    """ "Add another document" on the summary: choose the next one for the same payment."""


class ConfirmPayment(Event):
    """Pay (or, with nothing to pay, print) on the summary screen."""


@dataclass(frozen=True)
class PaymentFinished(Answer):
    #: The ``AuthorizePayment.attempt`` this answers.
    attempt: int
    result: PaymentResult


@dataclass(frozen=True)
class PaymentNotReleased(Answer):
    """A hold approved for this session could not be released (its void failed)."""


@dataclass(frozen=True)
class OrderFinished(Answer):
    outcome: OrderOutcome


CertEvent = (
    OpenCertificates
    | ChooseDocument
    | SubmitMrz
    | MrzScanned
    | CardRead
    | CardReadFailed
    | CardPulled
    | CardInserted
    | RecordFetched
    | RecordFailed
    | SetCertOption
    | ToggleFamilyMember
    | SetCopies
    | ConfirmOptions
    | AddDocument
    | ConfirmPayment
    | PaymentFinished
    | PaymentNotReleased
    | OrderFinished
)

# --- effects (flow -> UI) ------------------------------------------------------


@dataclass(frozen=True)
class Request(Effect):
    """Work for a device or service; its ``Answer`` comes back with the same ``journey``."""

    journey: int


@dataclass(frozen=True)
class ReadCard(Request):
    mrz: MrzInfo


@dataclass(frozen=True)
class FetchRecord(Request):
    identity: Identity


@dataclass(frozen=True)
class AuthorizePayment(Request):
    #: Unique per request, so an answer to an earlier request (paid for
    #: other options, then cancelled) is never taken for this one.
    attempt: int
    amount_won: int
    #: Fee waived (nothing to charge): the ``free`` backend answers.
    waived: bool
    #: Names the order for the terminal (no personal data).
    reference: str


@dataclass(frozen=True)
class PrintOrder(Request):
    order: CertificateOrder
    authorization: Authorization


@dataclass(frozen=True)
class CancelPayment(Effect):
    """Stop the terminal waiting for a card: the resident left the payment step."""

    attempt: int


@dataclass(frozen=True)
class VoidPayment(Effect):
    authorization: Authorization
    #: The session the hold was approved for: told if it cannot be released.
    journey: int = 0


@dataclass(frozen=True)
class FlagStaff(Effect):
    """Something staff must look at (a paid order that failed to print...). No personal data."""

    kind: str
    detail: str


def is_notice(message: Text) -> bool:
    """True for a message that reports what the resident chose (a payment they
    cancelled), which screens show plainly rather than as a problem."""
    return message == PaymentOutcome.CANCELLED.resident_message


@runtime_checkable
class IdentifyingService(Protocol):
    """A centre service (``kiosk.journeys.centre``) that identifies residents with
    this journey's ID steps (``CertificateJourney.identify_for``)."""

    service_id: ClassVar[str]

    def identified(self, identity: Identity) -> list[Effect]:
        """The chip was read and matches what was typed: the identity is the
        service's now (to wipe when done). The flow is still on the reading screen."""
        ...

    def card_pulled(self) -> list[Effect]:
        """The ID card was taken out while the flow is on one of the service's
        screens (``CardPulled`` is this journey's event; it passes it on)."""
        ...


# --- the journey -----------------------------------------------------------------


class CertificateJourney(Journey):
    steps: ClassVar[Mapping[Enum, Step]] = {
        State.CERT_CHOOSE: Step.ASKING,
        State.CERT_MRZ: Step.ASKING,
        State.CERT_READING: Step.WAITING,
        State.CERT_OPTIONS: Step.ASKING,
        State.CERT_SUMMARY: Step.ASKING,
        State.CERT_PAYING: Step.WAITING,
        State.CERT_PRINTING: Step.WAITING,
        State.CERT_DONE: Step.DONE,
        State.CERT_ERROR: Step.ASKING,
    }
    printing = State.CERT_PRINTING
    unavailable = CERTIFICATES_UNAVAILABLE

    def __init__(self, flow: Flow) -> None:
        super().__init__(flow)
        #: Payment requests are numbered across sessions (see ``AuthorizePayment.attempt``).
        self._payment_attempts = 0
        #: The payment request still waiting for the terminal's answer (0: none).
        self._awaiting_payment = 0
        #: How often the ID card now in the reader refused the details. Counted
        #: across sessions: with the card left in, Home (or the error screen's
        #: time limit) and a new start would otherwise ask it three times more.
        #: A card taken out or put in starts again at 0.
        self._refusals = 0
        #: Counts each time what was typed on the ID screen must go although the
        #: flow stays there (the card was taken out): the screen clears its fields.
        self.typed_cleared = 0
        #: The read under way was asked with typed details (not a scan).
        self._read_typed = False
        #: The reader said the card was taken out and no card was put in since.
        #: At start no card is known to be in: a reader reports a card already
        #: there as put in when it opens, so the day's first resident who types
        #: before putting their card in is asked for it, not sent home.
        self._card_out = True
        #: The read under way was asked while no card was in (typed first).
        self._read_without_card = False

    def handlers(self) -> Handlers:
        return {
            OpenCertificates: self._on_open_certificates,
            ChooseDocument: self._on_choose_document,
            SubmitMrz: self._on_submit_mrz,
            MrzScanned: self._on_mrz_scanned,
            CardRead: self._on_card_read,
            CardReadFailed: self._on_card_read_failed,
            CardPulled: self._on_card_pulled,
            CardInserted: self._on_card_inserted,
            RecordFetched: self._on_record_fetched,
            RecordFailed: self._on_record_failed,
            SetCertOption: self._on_set_cert_option,
            ToggleFamilyMember: self._on_toggle_family_member,
            SetCopies: self._on_set_copies,
            ConfirmOptions: self._on_confirm_options,
            AddDocument: self._on_add_document,
            ConfirmPayment: self._on_confirm_payment,
            PaymentFinished: self._on_payment_finished,
            PaymentNotReleased: self._on_payment_not_released,
            OrderFinished: self._on_order_finished,
        }

    def settle(self) -> list[Effect]:
        if not self._awaiting_payment or self.flow.state is State.CERT_PAYING:
            return []
        # Whatever took the resident away from the payment step (Back, Home,
        # the card pulled, a technician), the terminal must stop asking for a
        # card: someone could still tap one.
        attempt, self._awaiting_payment = self._awaiting_payment, 0
        return [CancelPayment(attempt)]

    def back(self) -> list[Effect]:
        # Back goes to the step before, never into a step that waits on a device.
        flow = self.flow
        cert = flow.context.cert
        state = flow.state
        if state is State.CERT_PRINTING:
            return []
        if state is State.CERT_CHOOSE and cert.basket:
            # Adding a document: back to the basket as it was.
            cert.document_id = ""
            flow.go(State.CERT_SUMMARY, push=False)
            return []
        if state in (State.CERT_CHOOSE, State.CERT_DONE):
            return flow.go_home()
        if state is State.CERT_MRZ and cert.identify_for:
            # Identifying for a centre service: back to that service's screen.
            cert.identify_for = ""
            cert.message = None
            flow.go(flow.back_stack.pop() if flow.back_stack else State.HOME, push=False)
            return []
        if state is State.CERT_ERROR:
            if cert.retry_state == State.CERT_MRZ.value:
                # "Try another ID card": the document chosen is kept.
                cert.message = None
                self._to_id_step()
                return []
            if cert.retry_state:
                cert.message = None
                flow.go(State(cert.retry_state), push=False)
                return []
            return flow.go_home()
        if state is State.CERT_READING:
            # The read's own entry on the back-stack goes with it: left there,
            # the next Back (identifying for a vote) returned to the ID screen,
            # no longer for the vote, and its read looked up resident records.
            cert.message = None
            cert.stage = ""
            self._to_id_step()
            return []
        before: dict[Enum, State] = {
            State.CERT_MRZ: State.CERT_CHOOSE,
            State.CERT_OPTIONS: State.CERT_CHOOSE,
            State.CERT_SUMMARY: State.CERT_OPTIONS,
            # A late authorization is voided (PaymentFinished in another state).
            State.CERT_PAYING: State.CERT_SUMMARY,
        }
        target = before[state]
        if state is State.CERT_SUMMARY and cert.basket:
            # Back to the options of the document confirmed last, to change them.
            last = cert.basket[-1]
            cert.basket = cert.basket[:-1]
            cert.document_id, cert.options = last.document_id, last.options
        cert.message = (
            PaymentOutcome.CANCELLED.resident_message if state is State.CERT_PAYING else None
        )
        cert.stage = ""
        flow.go(target, push=False)
        return []

    # -- what the session holds ------------------------------------------------------
    @property
    def _journey(self) -> int:
        return self.flow.session.id

    def _answers(self, answer: Answer, state: State) -> bool:
        """True if ``answer`` is for this session and the flow still waits for it in ``state``."""
        return answer.journey == self._journey and self.flow.state is state

    def _identity(self) -> Identity | None:
        value = self.flow.session.personal.get("identity")
        return value if isinstance(value, Identity) else None

    def _record(self) -> ResidentRecord | None:
        value = self.flow.session.personal.get("record")
        return value if isinstance(value, ResidentRecord) else None

    def _to_id_step(self, retype: MrzInfo | None = None) -> None:
        """Back on the ID screen after a read, as if it had never been left; with
        ``retype``, the details typed for it (``typed_again``).

        The read pushed the ID screen on the back-stack: left there, Back from
        the ID screen (identifying for a centre service) would return to itself.
        """
        flow = self.flow
        if flow.back_stack and flow.back_stack[-1] is State.CERT_MRZ:
            flow.back_stack.pop()
        flow.session.personal.pop("mrz", None)  # typed for the read that is over
        if retype is None:
            flow.session.personal.pop("retype", None)
        else:
            # The message asks to check them: the screen shows them again.
            flow.session.personal["retype"] = retype
        flow.go(State.CERT_MRZ, push=False)

    def typed_again(self) -> tuple[str, str, str] | None:
        """What the resident typed for a read that came back to the ID screen (the
        card refused the details, or was slow), for the screen to show once more
        so they can be checked and corrected rather than typed again; then gone."""
        value = self.flow.session.personal.pop("retype", None)
        return typed_fields(value) if isinstance(value, MrzInfo) else None

    def _show_error(self, message: Text, retry_state: State | None = None) -> None:
        cert = self.flow.context.cert
        self.flow.session.personal.pop("mrz", None)  # only a read in progress needs it
        self.flow.session.personal.pop("retype", None)
        cert.message = message
        cert.stage = ""
        cert.retry_state = retry_state.value if retry_state is not None else ""
        self.flow.go(State.CERT_ERROR, push=False)

    # -- choosing the document ---------------------------------------------------------
    def _on_open_certificates(self, event: OpenCertificates) -> list[Effect]:
        flow = self.flow
        if flow.state is not State.HOME or not flow.config.enabled_documents:
            return []
        if flow.offline:
            flow.show_unavailable(CERTIFICATES_UNAVAILABLE)
            return []
        flow.context = Context()
        flow.go(State.CERT_CHOOSE)
        return []

    def _on_choose_document(self, event: ChooseDocument) -> list[Effect]:
        flow = self.flow
        if flow.state is not State.CERT_CHOOSE:
            return []
        doc = next((d for d in flow.config.enabled_documents if d.id == event.document_id), None)
        if doc is None:
            return []
        cert = flow.context.cert
        cert.document_id = doc.id
        cert.options = CertOptions(purpose=doc.purposes[0].id if doc.purposes else "")
        cert.message = None
        if self._identity() is not None and self._record() is not None:
            # Already identified in this session: no need to read the card again.
            self._to_options()
        else:
            flow.go(State.CERT_MRZ)
        return []

    # -- identifying a resident for a centre service ----------------------------------
    def identify_for(self, service_id: str) -> list[Effect]:
        """Read the resident's ID card for the centre service ``service_id`` (a vote...).

        The MRZ and chip steps run as for a certificate, from the MRZ screen;
        once the chip has been read (and matches what was typed), the identity
        goes to that service's ``identified`` instead of a records lookup.
        Back from the MRZ screen returns to the service's screen.
        """
        if self._service(service_id) is None:
            return []
        self.flow.context.cert = CertContext(identify_for=service_id)
        self.flow.go(State.CERT_MRZ)
        return []

    def _service(self, service_id: str) -> IdentifyingService | None:
        return next(
            (
                journey
                for journey in self.flow.journeys
                if isinstance(journey, IdentifyingService) and journey.service_id == service_id
            ),
            None,
        )

    def _hand_over(self, identity: Identity) -> list[Effect]:
        """The chip read for ``identify_for``: the identity goes to that service."""
        cert = self.flow.context.cert
        service = self._service(cert.identify_for)
        cert.identify_for = ""
        cert.stage = ""
        self.flow.session.personal.pop("mrz", None)  # typed for this read only
        if service is None:  # pragma: no cover - identify_for checked it
            identity.wipe()
            return self.flow.go_home()
        return service.identified(identity)

    # -- the ID card -------------------------------------------------------------------
    def _on_submit_mrz(self, event: SubmitMrz) -> list[Effect]:
        if self.flow.state is not State.CERT_MRZ:
            return []
        try:
            mrz = mrz_from_typed(event.document_number, event.birth_date, event.expiry_date)
        except MrzError as exc:
            # Caught before the card is asked: a chip may count failed attempts.
            return self._mistyped(exc)
        return self._start_read(mrz, typed=True)

    def _on_mrz_scanned(self, event: MrzScanned) -> list[Effect]:
        if self.flow.state is not State.CERT_MRZ:
            return []
        try:
            scanned = parse_scanned_mrz(event.text)
        except MrzError as exc:
            return self._mistyped(exc)
        mrz = scanned.mrz_info()
        scanned.wipe()  # the chip's own copy is what counts
        return self._start_read(mrz, typed=False)

    def _mistyped(self, error: MrzError) -> list[Effect]:
        """The MRZ details cannot be right: say which, on the same screen."""
        self.flow.context.cert.message = mrz_problem(error)
        self.flow.redraw()
        return []

    def _start_read(self, mrz: MrzInfo, *, typed: bool) -> list[Effect]:
        cert = self.flow.context.cert
        self.flow.session.personal.pop("retype", None)
        if self._refusals >= MAX_REFUSED_DETAILS:
            # The same card is still in the reader: asking it again could lock it.
            self._show_error(TOO_MANY_REFUSALS)
            return []
        cert.message = None
        cert.stage = "reading"
        # What the chip's DG1 must match, whichever reader answers.
        self.flow.session.personal["mrz"] = mrz
        self._read_typed = typed
        self._read_without_card = self._card_out
        self.flow.go(State.CERT_READING)
        return [ReadCard(self._journey, mrz)]

    def _on_card_read(self, event: CardRead) -> list[Effect]:
        flow = self.flow
        cert = flow.context.cert
        if not self._answers(event, State.CERT_READING) or cert.stage != "reading":
            event.identity.wipe()  # a late read for a journey that has moved on
            return []
        typed = flow.session.personal.get("mrz")
        if isinstance(typed, MrzInfo):
            try:
                check_chip_matches(event.identity, typed)
            except ChipDetailsMismatch as exc:
                # Readers check this too; a backend that did not must not get through.
                event.identity.wipe()
                return self._refuse_card(exc)
        today = flow.clock.now().astimezone(ZoneInfo(flow.config.center.timezone)).date()
        if event.identity.expiry() < today:
            event.identity.wipe()
            # The resident may have a valid ID card with them: the document chosen is kept.
            self._show_error(EXPIRED_DOCUMENT, State.CERT_MRZ)
            return []
        if cert.identify_for:
            return self._hand_over(event.identity)
        old = self._identity()
        if old is not None:
            old.wipe()
        flow.session.personal["identity"] = event.identity
        cert.stage = "fetching"
        flow.redraw()
        return [FetchRecord(self._journey, event.identity)]

    def _on_card_read_failed(self, event: CardReadFailed) -> list[Effect]:
        if not self._answers(event, State.CERT_READING):
            return []
        error = event.error
        if isinstance(error, CardRemoved) and not self._read_without_card:
            # Taken out during the read: its holder may have left with it.
            return self.flow.end_session("card_removed")
        if isinstance(error, ReaderNotConnected):
            self._show_error(error.resident_message)
            return []
        if isinstance(error, ChipDetailsMismatch | ChipNotGenuine):
            return self._refuse_card(error)
        if isinstance(error, CardAccessDenied):
            self._refusals += 1
            if self._refusals >= MAX_REFUSED_DETAILS:
                self._show_error(TOO_MANY_REFUSALS)
                return [
                    FlagStaff("cert_card_refused", f"reason=details_refused_{self._refusals}_times")
                ]
        # Wrong details, a slow or unreadable card, or none yet (the last one taken
        # out, the details typed before the next was put in): correct and retry.
        cert = self.flow.context.cert
        cert.message = error.resident_message
        cert.stage = ""
        typed = self.flow.session.personal.get("mrz")
        self._to_id_step(typed if self._read_typed and isinstance(typed, MrzInfo) else None)
        return []

    def _refuse_card(self, error: ChipDetailsMismatch | ChipNotGenuine) -> list[Effect]:
        """A chip that may be forged: no retry (typing again cannot fix it), staff told."""
        reason = (
            error.verdict.check.value if isinstance(error, ChipNotGenuine) else "details_mismatch"
        )
        # Typing again cannot help, but another ID card of the resident's may.
        self._show_error(error.resident_message, State.CERT_MRZ)
        return [FlagStaff("cert_card_refused", f"reason={reason}")]

    def _on_card_pulled(self, event: CardPulled) -> list[Effect]:
        flow = self.flow
        state = flow.state
        self._refusals = 0  # the next card is counted afresh
        self._card_out = True
        if state not in self.steps:
            # A service the card identified someone for decides for its own
            # screens: its resident may have left with the card too.
            service = flow.journey()
            return service.card_pulled() if isinstance(service, IdentifyingService) else []
        if state is State.CERT_PRINTING:
            return []  # a job in progress finishes; the done screen follows
        if state is State.CERT_DONE:
            return flow.end_session("done")
        if state is State.CERT_READING or self._identity() is not None:
            # Whoever was identified has left: wipe everything now.
            return flow.end_session("card_removed")
        if state is State.CERT_MRZ:
            # The details typed belong to the card that left: the screen forgets them.
            self.typed_cleared += 1
            flow.session.personal.pop("retype", None)
            flow.context.cert.message = CARD_TAKEN_OUT
            flow.redraw()
        return []

    def _on_card_inserted(self, event: CardInserted) -> list[Effect]:
        # A removal the reader did not report must not hold one card's refusals
        # against the next card.
        self._refusals = 0
        self._card_out = False
        return []

    # -- the record ---------------------------------------------------------------------
    def _on_record_fetched(self, event: RecordFetched) -> list[Effect]:
        cert = self.flow.context.cert
        if not self._answers(event, State.CERT_READING) or cert.stage != "fetching":
            event.record.wipe()
            return []
        identity = self._identity()
        if identity is None or not hmac.compare_digest(
            event.record.holder_key.encode("utf-8"), identity.key.encode("utf-8")
        ):
            # The provider answered for someone else: printing it would hand one
            # resident's record to another.
            event.record.wipe()
            self._show_error(RECORD_OF_ANOTHER_PERSON)
            return [
                FlagStaff(
                    "cert_record_mismatch",
                    "the records provider answered with a record of another identity",
                )
            ]
        self.flow.session.personal["record"] = event.record
        cert.stage = ""
        self._to_options()
        return []

    def _on_record_failed(self, event: RecordFailed) -> list[Effect]:
        if not self._answers(event, State.CERT_READING):
            return []
        # Not found, unreachable, refused or malformed: each has its own plain message,
        # and nothing has been charged yet.
        self._show_error(event.error.resident_message)
        return []

    # -- options and fee ------------------------------------------------------------------
    def _to_options(self) -> None:
        record = self._record()
        cert = self.flow.context.cert
        if record is not None and cert.document_id == "local-tax" and record.local_tax_arrears:
            self._show_error(
                N_(
                    "cert",
                    "A tax payment certificate cannot be issued because some local taxes are "
                    "unpaid. Nothing has been charged. Please ask at the counter.",
                ),
                State.CERT_CHOOSE,
            )
            return
        self.flow.go(State.CERT_OPTIONS, push=False)

    def _on_set_cert_option(self, event: SetCertOption) -> list[Effect]:
        flow = self.flow
        cert = flow.context.cert
        if flow.state is not State.CERT_OPTIONS:
            return []
        doc = flow.config.document(cert.document_id)
        if event.name not in doc.options:
            return []
        values = option_values(doc, event.name)
        if values:
            if event.value not in values:
                return []
            value: bool | str = str(event.value)
        else:
            value = bool(event.value)
        changes: dict[str, object] = {event.name: value}
        if event.name == "family_kind":
            changes["family_members"] = ()  # 특정 starts with no one chosen
        cert.options = replace(cert.options, **changes)  # type: ignore[arg-type]
        flow.redraw()
        return []

    def _on_toggle_family_member(self, event: ToggleFamilyMember) -> list[Effect]:
        flow = self.flow
        cert = flow.context.cert
        record = self._record()
        if (
            flow.state is not State.CERT_OPTIONS
            or cert.options.family_kind != "specific"
            or record is None
            or not 0 <= event.index < len(record.family)
        ):
            return []
        chosen = set(cert.options.family_members)
        chosen ^= {event.index}
        cert.options = replace(cert.options, family_members=tuple(sorted(chosen)))
        flow.redraw()
        return []

    def _on_set_copies(self, event: SetCopies) -> list[Effect]:
        flow = self.flow
        cert = flow.context.cert
        if flow.state is not State.CERT_OPTIONS:
            return []
        copies = max(1, min(MAX_COPIES, event.copies))
        cert.options = replace(cert.options, copies=copies)
        flow.redraw()
        return []

    def _on_confirm_options(self, event: ConfirmOptions) -> list[Effect]:
        flow = self.flow
        if flow.state is not State.CERT_OPTIONS:
            return []
        cert = flow.context.cert
        doc = flow.config.document(cert.document_id)
        record = self._record()
        payment = flow.config.devices.payment
        fee, cert.exemption_id = doc.fee_won, ""
        if record is not None and payment.waive_for_exempt:
            # Named reasons the config knows decide, the one costing least (shown on
            # the summary); ``fee_exempt`` alone (records that name no reason) waives.
            reasons = [flow.config.exemption(r) for r in record.exemptions]
            offers = sorted((r.fee_for(doc.id), r.id) for r in reasons if r is not None)
            if offers:
                if offers[0][0] < doc.fee_won:
                    fee, cert.exemption_id = offers[0]
            elif record.fee_exempt:
                fee = 0
        free = payment.backend == "free"
        cert.fee_per_copy_won = 0 if free else fee
        cert.basket = (
            *cert.basket,
            BasketItem(doc.id, cert.options, cert.fee_per_copy_won, cert.exemption_id),
        )
        cert.waived = free or cert.total_won == 0
        cert.message = None
        flow.go(State.CERT_SUMMARY)
        return []

    def _on_add_document(self, event: AddDocument) -> list[Effect]:
        flow = self.flow
        cert = flow.context.cert
        if flow.state is not State.CERT_SUMMARY or len(cert.basket) >= MAX_BASKET:
            return []
        cert.document_id = ""
        cert.message = None
        flow.go(State.CERT_CHOOSE, push=False)
        return []

    # -- payment and printing ---------------------------------------------------------------
    def _on_confirm_payment(self, event: ConfirmPayment) -> list[Effect]:
        flow = self.flow
        if flow.state is not State.CERT_SUMMARY:
            return []
        cert = flow.context.cert
        cert.message = None
        confirms = flow.config.devices.printer.confirms_printing
        if cert.total_won > 0 and not cert.waived and not confirms:
            # Without the printer's status a paid page could be charged yet
            # never come out: refuse before the resident pays anything.
            cert.message = N_(
                "cert",
                "This kiosk's printer cannot confirm printing, so paid documents cannot be "
                "issued here. Nothing has been charged. Please ask at the counter.",
            )
            flow.redraw()
            return []
        cert.stage = "paying"
        flow.go(State.CERT_PAYING, push=False)
        reference = "+".join(f"{i.document_id}x{i.options.copies}" for i in cert.basket)
        self._payment_attempts += 1
        self._awaiting_payment = self._payment_attempts
        return [
            AuthorizePayment(
                self._journey,
                self._awaiting_payment,
                cert.total_won,
                cert.waived or cert.total_won == 0,
                reference,
            )
        ]

    def _on_payment_finished(self, event: PaymentFinished) -> list[Effect]:
        flow = self.flow
        result = event.result
        auth = result.authorization
        cert = flow.context.cert
        if not self._answers(event, State.CERT_PAYING) or event.attempt != self._awaiting_payment:
            # The resident left or went back meanwhile: release the hold at once.
            if result.approved and auth is not None:
                return [VoidPayment(auth, event.journey)]
            return []
        self._awaiting_payment = 0
        identity, record = self._identity(), self._record()
        if not result.approved or auth is None:
            cert.message = result.resident_message
            cert.stage = ""
            flow.go(State.CERT_SUMMARY, push=False)
            return []
        if identity is None or record is None:  # pragma: no cover - guarded by the states
            self._show_error(N_("cert", "Something went wrong. Nothing has been charged."))
            return [VoidPayment(auth, event.journey)]
        cert.authorization = auth
        cert.stage = "printing"
        flow.go(State.CERT_PRINTING, push=False)
        order = CertificateOrder.of_basket(
            cert.basket, language=flow.session.language, identity=identity, record=record
        )
        return [PrintOrder(self._journey, order, auth)]

    def _on_payment_not_released(self, event: PaymentNotReleased) -> list[Effect]:
        # The resident read "cancelled, nothing has been charged" while the
        # terminal approved at the same moment, and that hold is still on the
        # card: paying again would hold a second amount. Staff were told.
        if self._answers(event, State.CERT_SUMMARY):
            self.flow.context.cert.message = HOLD_LEFT_MESSAGE
            self.flow.go(State.CERT_SUMMARY, push=False)
        return []

    def _on_order_finished(self, event: OrderFinished) -> list[Effect]:
        if not self._answers(event, State.CERT_PRINTING):
            return []
        outcome = event.outcome
        cert = self.flow.context.cert
        cert.outcome = outcome
        cert.stage = ""
        effects: list[Effect] = []
        detail = (
            f"document={outcome.document_id} printed={len(outcome.printed_numbers)}/"
            f"{outcome.copies} payment={outcome.payment_result}"
        )
        if outcome.payment_result in ("capture_failed", "void_failed", "capture_unknown"):
            # Staff settle it with the terminal by hand: they need the amount.
            flag = (
                f"{detail} authorization={outcome.authorization_id} amount_won={outcome.held_won}"
            )
            if outcome.payment_result == "capture_unknown":
                # Before the reason, which may be long: events keep 400 characters.
                flag += (
                    f" capture_won={outcome.printed_fees_won}"
                    " (check at the terminal whether it was charged)"
                )
            flag += f" reason={outcome.payment_detail}"
            effects.append(FlagStaff(f"cert_{outcome.payment_result}", flag))
        if outcome.complete:
            if outcome.payment_result == "capture_unknown":
                cert.message = capture_unknown_message(outcome)
            elif not outcome.receipt_printed:
                cert.message = RECEIPT_NOT_PRINTED
            if not outcome.receipt_printed:
                # The resident needs one to claim a refund or prove the payment.
                effects.append(FlagStaff("cert_receipt_not_printed", detail))
            self.flow.go(State.CERT_DONE, push=False)
            return effects
        failure = outcome.failure or PrintFailure.ERROR
        effects.append(FlagStaff("cert_print_failed", f"{detail} failure={failure.value}"))
        if outcome.printed_numbers and not outcome.receipt_printed:
            # Copies printed (and maybe charged) with nothing on paper to show it;
            # a second order printed after "Try printing again" covers only its own.
            effects.append(FlagStaff("cert_receipt_not_printed", detail))
        # After a crash part-way what printed is not known: nothing is offered again.
        rest = () if outcome.printed_unknown else _not_printed(cert.basket, outcome)
        cert.authorization = None
        if rest and outcome.payment_result in SETTLED:
            # "Try printing again" (once staff have seen to the printer): the
            # copies that did not print go back to the summary, paid for anew.
            cert.basket = rest
            cert.waived = cert.waived or cert.total_won == 0
            self._show_error(print_failure_message(outcome), State.CERT_SUMMARY)
        else:
            self._show_error(print_failure_message(outcome))
        return effects

    def sample(self, state: Enum) -> None:
        cert = self.flow.context.cert
        documents = self.flow.config.enabled_documents
        if not documents:
            return
        cert.document_id = documents[0].id
        cert.fee_per_copy_won = documents[0].fee_won
        # A basket of two documents: the summary's fullest common case.
        cert.basket = tuple(BasketItem(d.id, CertOptions(), d.fee_won) for d in documents[:2])
        if state is State.CERT_DONE:
            cert.outcome = _sample_outcome(cert.basket, printed=len(cert.basket))
        elif state is State.CERT_ERROR:
            # The fullest error: the printer stopped after one copy of two, and
            # the copy left may be printed again.
            cert.outcome = _sample_outcome(cert.basket, printed=1)
            cert.message = print_failure_message(cert.outcome)
            cert.retry_state = State.CERT_SUMMARY.value


#: What a resident is told when the payment's capture may or may not have charged
#: their card (its answer was lost and cancelling it failed too).
CAPTURE_UNKNOWN_MESSAGE = N_(
    "cert",
    "We could not confirm whether your card was charged. Please keep your receipt "
    "and ask at the counter.",
)
#: The same, when the receipt did not print either.
CAPTURE_UNKNOWN_NO_RECEIPT = N_(
    "cert",
    "We could not confirm whether your card was charged, and the receipt could not be "
    "printed. Please ask at the counter.",
)
#: Every document printed, the receipt did not.
RECEIPT_NOT_PRINTED = N_(
    "cert",
    "The receipt could not be printed. Please ask at the counter for one.",
)


def capture_unknown_message(outcome: OrderOutcome) -> Text:
    """What a resident is told when the charge is unknown: keep the receipt, if there is one."""
    return CAPTURE_UNKNOWN_MESSAGE if outcome.receipt_printed else CAPTURE_UNKNOWN_NO_RECEIPT


def print_failure_message(outcome: OrderOutcome) -> Text:
    """What a resident is told when an order did not print whole: why, and what was charged."""
    failure = outcome.failure or PrintFailure.ERROR
    if outcome.payment_result == "capture_unknown":
        charged = capture_unknown_message(outcome)
    elif outcome.payment_result == "void_failed":
        charged = N_(
            "cert",
            "You have not been charged, but the card payment could not be cancelled "
            "automatically; please ask at the counter to release it.",
        )
    elif outcome.printed_numbers and outcome.payment_result != "captured":
        # Waived, or the capture was refused and the hold released: nothing was taken.
        charged = N_(
            "cert",
            "{printed} of {copies} copies printed; you have not been charged.",
            printed=len(outcome.printed_numbers),
            copies=outcome.copies,
        )
    elif len(outcome.printed_numbers) == 1:
        charged = N_(
            "cert",
            "1 of {copies} copies was printed; you were charged only for that one.",
            copies=outcome.copies,
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
    if (
        outcome.printed_numbers
        and not outcome.receipt_printed
        # The message of a charge in doubt says so already.
        and outcome.payment_result != "capture_unknown"
    ):
        return N_(
            "cert",
            "{reason} {charged} {receipt} A member of staff has been told.",
            reason=failure.resident_message,
            charged=charged,
            receipt=RECEIPT_NOT_PRINTED,
        )
    return N_(
        "cert",
        "{reason} {charged} A member of staff has been told.",
        reason=failure.resident_message,
        charged=charged,
    )


#: Payment results that leave no money in doubt: the copies that did not print
#: may be paid for again. After the others staff settle the payment first.
SETTLED = frozenset({"captured", "waived", "voided", "capture_failed"})


def _not_printed(basket: tuple[BasketItem, ...], outcome: OrderOutcome) -> tuple[BasketItem, ...]:
    """The documents of ``basket`` with only the copies ``outcome`` did not print."""
    lines = outcome.documents
    if len(lines) != len(basket):  # an outcome that does not say document by document
        return ()
    rest = []
    for item, line in zip(basket, lines, strict=True):
        copies = item.options.copies - len(line.printed_numbers)
        if copies > 0:
            rest.append(replace(item, options=replace(item.options, copies=copies)))
    return tuple(rest)


def _sample_outcome(basket: tuple[BasketItem, ...], printed: int) -> OrderOutcome:
    """An order of ``basket`` of which the first ``printed`` copies printed (for the audit)."""
    numbers = ("4882-4361-2156-3653", "0021-3913-0127-3405", "6071-8011-5072-2051")
    copies = sum(item.options.copies for item in basket)
    charged = sum(item.fee_per_copy_won for item in basket[:printed])
    return OrderOutcome(
        document_id=basket[0].document_id,
        copies=copies,
        printed_numbers=numbers[:printed],
        fee_per_copy_won=basket[0].fee_per_copy_won,
        charged_won=charged,
        payment_result="captured",
        authorization_id="SAMPLE-1",
        failure=None if printed == copies else PrintFailure.PAPER_OUT,
        receipt_printed=printed > 0,
    )


def option_values(doc: DocumentConfig, name: str) -> tuple[str, ...]:
    """The values a choice option may take (empty for a yes/no option)."""
    if name == "purpose":
        return tuple(p.id for p in doc.purposes)
    return CHOICES.get(name, ())


def family_member_labels(flow: Flow) -> list[str]:
    """The record's family members for the 특정 choice, as relations only (부, 자녀 1, 자녀 2):
    screens and speech never carry names. Empty before the record has arrived."""
    value = flow.session.personal.get("record")
    if not isinstance(value, ResidentRecord):
        return []
    relations = [m.relation for m in value.family]
    labels = []
    for i, relation in enumerate(relations):
        if relations.count(relation) > 1:
            relation = f"{relation} {relations[: i + 1].count(relation)}"
        labels.append(relation)
    return labels


# --- what the resident typed ---------------------------------------------------

FIELD_NAMES = {
    "document number": N_("cert", "document number"),
    "birth date": N_("cert", "date of birth"),
    "expiry date": N_("cert", "date of expiry"),
}


def mrz_from_typed(document_number: str, birth_date: str, expiry_date: str) -> MrzInfo:
    """MRZ information from three typed fields, each ending with its check digit.

    Order of checks: shape, then dates that cannot exist, then check digits,
    so the resident hears about the most likely mistake. Raises ``MrzError``.
    """
    number = document_number.strip().upper().replace(" ", "")
    if len(number) < 2:
        raise MrzError("document number", "too short")
    for name, value in (("birth date", birth_date), ("expiry date", expiry_date)):
        if len(value) != 7 or not value.isdigit() or not value.isascii():
            raise MrzError(name, "must be six digits YYMMDD and a check digit")
        validate_yymmdd(value[:6], name)
    body, digit = number[:-1].rstrip("<"), number[-1]
    if not body:
        raise MrzError("document number", "too short")
    return MrzInfo.parse(body.ljust(9, "<") + digit + birth_date + expiry_date)


def typed_fields(mrz: MrzInfo) -> tuple[str, str, str]:
    """The three fields as typed for ``mrz`` (each with its check digit): ``mrz_from_typed``'s
    inverse."""
    seed = mrz.key_seed_string()
    number, dates = seed[:-14], seed[-14:]
    return number[:-1].rstrip("<") + number[-1], dates[:7], dates[7:]


def mrz_problem(error: MrzError) -> Text:
    """A plain sentence for the resident about a typing mistake."""
    field_text = FIELD_NAMES.get(error.field_name, N_("cert", "details"))
    if "check digit is wrong" in error.problem:
        return N_(
            "cert",
            "The {field} does not match its check digit. Please compare it with the lines "
            "at the bottom of your ID and type it again.",
            field=field_text,
        )
    if "month" in error.problem or "day must" in error.problem:
        return N_("cert", "The {field} is not a real date. Please check it.", field=field_text)
    return N_(
        "cert",
        "Please type the {field} as printed in the lines at the bottom of your ID, "
        "with the check digit after it.",
        field=field_text,
    )
