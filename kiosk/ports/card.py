"""The card reader Protocol, its events and its errors (Qt-free).

The kiosk issues certificates only after reading the resident's ID chip
(ICAO 9303 eMRTD) through a card reader. Backends live in ``drivers/card``
(PC/SC and a mock); the UI reaches them through ``ui/resident/card_adapter.py``,
which runs them on a worker thread.

Unlike the printer (which reports failures as values), a card read either
returns an ``Identity`` or raises one ``CardError`` subclass. Every error
carries a resident-facing ``Text`` (translated late) and a technical
``detail`` for the technician log; neither ever contains personal data.

A chip that answers is not yet a chip to believe. Every backend runs the
same two checks before it returns an ``Identity`` (``drivers/card/sod.py``
does the cryptography): the MRZ in DG1 must be the one the resident typed
or scanned (``check_chip_matches``, else ``ChipDetailsMismatch``), and
Passive Authentication must hold: EF.SOD signed by a Document Signer that
a trusted CSCA issued, with the hashes of the data groups read
(``ChipVerdict``, else ``ChipNotGenuine``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar, Protocol, runtime_checkable

from kiosk.i18n import N_, Text
from kiosk.identity import Identity, MrzInfo


class CardEventKind(Enum):
    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"


@dataclass(frozen=True)
class CardEvent:
    kind: CardEventKind
    #: The reader's name as the backend reports it (e.g. ``Virtual PCD 00 00``).
    reader: str


#: Receives events on the backend's monitor thread: be quick and thread-safe
#: (e.g. emit a Qt signal or put the event on a queue).
CardEventListener = Callable[[CardEvent], None]


@dataclass(frozen=True)
class ReaderInfo:
    name: str
    card_present: bool


class CardError(Exception):
    """Base of every card reader failure.

    ``resident_message`` is what the screen says; ``detail`` is for the
    technician (status words, exception names), free of personal data.
    """

    resident_message: ClassVar[Text] = N_("card", "The card could not be read. Please try again.")

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or type(self).__name__)
        self.detail = detail


class CardAccessDenied(CardError):
    """The chip refused the MRZ details (Basic Access Control failed)."""

    resident_message = N_(
        "card",
        "The card did not accept these details. Please check the document number, "
        "birth date and expiry date.",
    )


class CardNotSupported(CardError):
    """The chip is not an ICAO document, or needs PACE (no BAC), which is not supported yet."""

    resident_message = N_(
        "card", "This card is not supported yet. Please ask the staff at the counter."
    )


class CardRemoved(CardError):
    """No card in the reader, or it was taken out during the read."""

    resident_message = N_(
        "card",
        "No card was found, or it was taken out too early. Please insert your ID card again "
        "and leave it in the reader until reading has finished.",
    )


class ReaderNotConnected(CardError):
    """No reader, the reader was unplugged, or the PC/SC service is not running."""

    resident_message = N_(
        "card", "The card reader is not connected. Please ask the staff at the counter."
    )


class CardTimeout(CardError):
    """The card or reader did not answer in time."""

    resident_message = N_("card", "The card took too long to answer. Please try again.")


class CardUnreadable(CardError):
    """The card answered something unreadable, corrupt or unauthenticated."""

    resident_message = N_(
        "card", "The card could not be read. Please take it out and insert it again."
    )


class ChipDetailsMismatch(CardError):
    """The chip's DG1 describes another document than the details typed or scanned.

    BAC succeeded with the resident's details, so the chip was made to accept
    them: a genuine chip always carries the same MRZ. Treated as forged.
    """

    resident_message = N_(
        "card",
        "The details stored in this card's chip do not match the details you entered, so the "
        "card cannot be used here. Nothing has been printed or charged. Please ask the staff "
        "at the counter.",
    )


class ChipCheck(Enum):
    """The outcome of Passive Authentication (ICAO 9303-11 5.1), one value per reason."""

    VERIFIED = "verified"
    #: The chip has no EF.SOD (or it could not be read).
    NO_SOD = "no_sod"
    #: EF.SOD is not a well-formed CMS SignedData over an LDS security object.
    MALFORMED_SOD = "malformed_sod"
    #: A data group read does not hash to the value the security object signs.
    HASH_MISMATCH = "hash_mismatch"
    #: The Document Signer's signature over the security object does not verify.
    BAD_SIGNATURE = "bad_signature"
    #: No CSCA in the trust store issued the Document Signer certificate.
    UNTRUSTED_SIGNER = "untrusted_signer"
    #: The Document Signer (or its CSCA) certificate is outside its validity dates.
    SIGNER_EXPIRED = "signer_expired"
    #: The Document Signer certificate is on its CSCA's revocation list.
    SIGNER_REVOKED = "signer_revoked"


@dataclass(frozen=True)
class ChipVerdict:
    """What Passive Authentication concluded; ``detail`` is technical, never personal data."""

    check: ChipCheck
    detail: str = ""

    @property
    def verified(self) -> bool:
        return self.check is ChipCheck.VERIFIED


class ChipNotGenuine(CardError):
    """Passive Authentication failed: the chip's data cannot be shown to be the issuer's."""

    resident_message = N_(
        "card",
        "This card's chip could not be verified as genuine, so the card cannot be used here. "
        "Nothing has been printed or charged. Please ask the staff at the counter.",
    )

    def __init__(self, verdict: ChipVerdict) -> None:
        # Technicians fix most of these in the trust store: name its key path.
        super().__init__(
            f"passive authentication: {verdict.check.value}: {verdict.detail} "
            "(devices.card_reader.passive_auth)"
        )
        self.verdict = verdict


def check_chip_matches(identity: Identity, mrz: MrzInfo) -> None:
    """Raise ``ChipDetailsMismatch`` unless DG1 holds the document number and dates given.

    The detail names the fields that differ, never their values.
    """
    # Field by field, not through ``identity.mrz_info()``: a forged DG1 may hold a
    # number MrzInfo would reject, and that must be a refusal too, not a crash.
    differing = [
        name
        for name, ours, theirs in (
            ("document number", mrz.document_number, identity.document_number),
            ("birth date", mrz.birth_date, identity.birth_date),
            ("expiry date", mrz.expiry_date, identity.expiry_date),
        )
        if ours != theirs
    ]
    if differing:
        raise ChipDetailsMismatch(f"DG1 differs from the MRZ details in: {', '.join(differing)}")


@runtime_checkable
class CardReader(Protocol):
    """An ID chip reader.

    Every method except ``cancel`` (any thread) must be called on one device
    worker thread, never on the UI thread: they block on the device.
    """

    @property
    def name(self) -> str:
        """Backend and reader, for technicians (e.g. ``pcsc "Virtual PCD"``)."""
        ...

    def open(self, listener: CardEventListener | None = None) -> None:
        """Prepare the backend and, with a listener, start watching readers and cards.

        Never raises for a missing reader: that is reported as events and as
        ``ReaderNotConnected`` from the other methods.
        """
        ...

    def close(self) -> None:
        """Stop watching and release the reader. Safe to call twice."""
        ...

    def list_readers(self) -> list[ReaderInfo]: ...

    def card_present(self) -> bool:
        """Whether a card sits in the configured reader; ``ReaderNotConnected`` if none."""
        ...

    def wait_for_card(self, timeout_s: float) -> bool:
        """Block until a card is present (True) or the timeout or ``cancel`` (False)."""
        ...

    def read_identity(self, mrz: MrzInfo) -> Identity:
        """Authenticate with ``mrz``, read DG1 and check the chip; raises a ``CardError`` subclass.

        Raises ``ChipDetailsMismatch`` when DG1 is not the document ``mrz``
        describes and ``ChipNotGenuine`` when Passive Authentication fails
        (unless the backend was configured to accept unverified chips).
        """
        ...

    def cancel(self) -> None:
        """Wake a pending ``wait_for_card``. Any thread."""
        ...


@runtime_checkable
class CardUidReader(Protocol):
    """A reader that can report the inserted card's UID (technician cards).

    Kept apart from ``CardReader`` so readers and fakes without it still fit.
    Device worker thread only, like ``CardReader``.
    """

    def card_uid(self) -> str:
        """The card's UID as uppercase hex (``04A1B2C3``); a ``CardError`` if there is none."""
        ...
