"""The certificate journey's events, effects and screen context (used by ``kiosk.journeys.flow``).

The journey: choose a document -> MRZ details (typed on the keypad with
their check digits, or scanned) -> the ID chip is read -> the record is
fetched -> options -> summary with the fee -> payment (authorized only) ->
print, then capture -> "take your documents" -> the session is wiped.
``kiosk.journeys.flow.Flow`` holds the states and handlers; this module holds the
values they exchange and the checks on what the resident typed.

Results from devices carry the ``journey`` (session id) they belong to: a
late answer for an ended session is dropped (a late payment authorization
is voided), so nothing of one resident can reach the next.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.certificates.identity import Identity, MrzError, MrzInfo, validate_yymmdd
from kiosk.certificates.issuing import CertificateOrder, CertOptions, OrderOutcome
from kiosk.i18n import N_, Text
from kiosk.ports.card import CardError
from kiosk.ports.payment import Authorization, PaymentOutcome, PaymentResult
from kiosk.ports.records import RecordsError, ResidentRecord

# --- events (UI -> flow) -----------------------------------------------------


@dataclass(frozen=True)
class OpenCertificates:
    pass


@dataclass(frozen=True)
class ChooseDocument:
    document_id: str


@dataclass(frozen=True, repr=False)
class SubmitMrz:
    """What the resident typed: each field followed by its MRZ check digit."""

    document_number: str
    birth_date: str
    expiry_date: str

    def __repr__(self) -> str:
        return "SubmitMrz(...)"


@dataclass(frozen=True, repr=False)
class MrzScanned:
    """The MRZ text an MRZ scanner sent (every check digit is verified)."""

    text: str

    def __repr__(self) -> str:
        return "MrzScanned(...)"


@dataclass(frozen=True)
class CardRead:
    journey: int
    identity: Identity


@dataclass(frozen=True)
class CardReadFailed:
    journey: int
    error: CardError


@dataclass(frozen=True)
class CardPulled:
    """The ID card was taken out of the reader."""


@dataclass(frozen=True)
class RecordFetched:
    journey: int
    record: ResidentRecord


@dataclass(frozen=True)
class RecordFailed:
    journey: int
    error: RecordsError


@dataclass(frozen=True)
class SetCertOption:
    name: str  # household_members, rrn_back, address_history
    value: bool


@dataclass(frozen=True)
class SetCopies:
    copies: int


@dataclass(frozen=True)
class ConfirmOptions:
    pass


@dataclass(frozen=True)
class ConfirmPayment:
    pass


@dataclass(frozen=True)
class PaymentFinished:
    journey: int
    #: The ``AuthorizePayment.attempt`` this answers.
    attempt: int
    result: PaymentResult


@dataclass(frozen=True)
class OrderFinished:
    journey: int
    outcome: OrderOutcome


CertEvent = (
    OpenCertificates
    | ChooseDocument
    | SubmitMrz
    | MrzScanned
    | CardRead
    | CardReadFailed
    | CardPulled
    | RecordFetched
    | RecordFailed
    | SetCertOption
    | SetCopies
    | ConfirmOptions
    | ConfirmPayment
    | PaymentFinished
    | OrderFinished
)

#: Device results: they do not count as the resident's activity.
RESULT_EVENTS = (
    CardRead,
    CardReadFailed,
    RecordFetched,
    RecordFailed,
    PaymentFinished,
    OrderFinished,
)

# --- effects (flow -> UI) ------------------------------------------------------


@dataclass(frozen=True)
class ReadCard:
    journey: int
    mrz: MrzInfo


@dataclass(frozen=True)
class FetchRecord:
    journey: int
    identity: Identity


@dataclass(frozen=True)
class AuthorizePayment:
    journey: int
    #: Unique per request, so an answer to an earlier request (paid for
    #: other options, then cancelled) is never taken for this one.
    attempt: int
    amount_won: int
    #: Fee waived (nothing to charge): the ``free`` backend answers.
    waived: bool
    #: Names the order for the terminal (no personal data).
    reference: str


@dataclass(frozen=True)
class PrintOrder:
    journey: int
    order: CertificateOrder
    authorization: Authorization


@dataclass(frozen=True)
class CancelPayment:
    """Stop the terminal waiting for a card: the resident left the payment step."""

    attempt: int


@dataclass(frozen=True)
class VoidPayment:
    authorization: Authorization


@dataclass(frozen=True)
class FlagStaff:
    """Something staff must look at (a paid order that failed to print...). No personal data."""

    kind: str
    detail: str


CertEffect = (
    ReadCard | FetchRecord | AuthorizePayment | CancelPayment | PrintOrder | VoidPayment | FlagStaff
)


@dataclass
class CertContext:
    """The certificate screens' state. Personal data lives in ``Session.personal`` instead."""

    document_id: str = ""
    options: CertOptions = field(default_factory=CertOptions)
    #: A plain message on the current screen (a typing mistake, a declined card...).
    message: Text | None = None
    #: What the progress screen is doing: reading, fetching, paying, printing.
    stage: str = ""
    fee_per_copy_won: int = 0
    waived: bool = False
    authorization: Authorization | None = None
    outcome: OrderOutcome | None = None
    #: Where an error screen's "try again" goes (a state value), if anywhere.
    retry_state: str = ""

    @property
    def total_won(self) -> int:
        return self.fee_per_copy_won * self.options.copies


def is_notice(message: Text) -> bool:
    """True for a message that reports what the resident chose (a payment they
    cancelled), which screens show plainly rather than as a problem."""
    return message == PaymentOutcome.CANCELLED.resident_message


#: The records provider answered with a record whose holder is not the chip's.
RECORD_OF_ANOTHER_PERSON = N_(
    "cert",
    "The records found do not belong to the person on this ID card, so nothing can be "
    "issued. Nothing has been printed or charged. Please ask the staff at the counter; "
    "they have been told.",
)


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
