"""Resident records for certificates: the provider Protocol, the record model, the errors.

A certificate prints what the resident registration records say about the
person whose ID chip was read. Records come from a ``RecordsProvider``
(backends in ``drivers/records``): ``demo`` serves fictional residents,
``http`` asks a records service over HTTPS with the JSON contract in
``docs/records-http.md``. Every backend checks its answers against that
contract (``drivers/records/contract.py``) and hands the kiosk the same
``ResidentRecord``.

Everything here is personal data: ``ResidentRecord`` has a masked ``repr``
and a ``wipe()`` the session calls when it ends. Errors carry a plain
message for the resident and a technical ``detail`` without personal data
(a field path and what is wrong with it, never a value).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import ClassVar, Protocol, runtime_checkable

from kiosk.i18n import N_, Text
from kiosk.identity import Identity


def mask_rrn(rrn: str) -> str:
    """``850315-2000001`` -> ``850315-2******``: the back digits but the first are hidden."""
    front, _, back = rrn.partition("-")
    return f"{front}-{back[:1]}{'*' * max(0, len(back) - 1)}" if back else front


# --- the record ------------------------------------------------------------


@dataclass(repr=False)
class HouseholdMember:
    relation: str  # to the head of household, as printed (본인, 배우자, 자녀...)
    name: str
    rrn: str
    moved_in: date | None = None


@dataclass(repr=False)
class AddressEntry:
    address: str
    moved_in: date
    #: None for the current address.
    moved_out: date | None = None


@dataclass(repr=False)
class FamilyMember:
    relation: str  # to the resident (부, 모, 배우자, 자녀)
    name: str
    rrn: str


@dataclass(repr=False)
class ResidentRecord:
    """What the registration records say about one resident. Personal data."""

    name: str
    rrn: str
    address: str
    household_head: str = ""
    household: list[HouseholdMember] = field(default_factory=list)
    address_history: list[AddressEntry] = field(default_factory=list)
    registration_base: str = ""
    family: list[FamilyMember] = field(default_factory=list)
    #: Unpaid local taxes: a tax payment certificate cannot be issued.
    local_tax_arrears: bool = False
    #: Exempt from certificate fees (e.g. basic livelihood support recipients).
    fee_exempt: bool = False
    #: Whose record this is, as ``kiosk.identity.identity_key`` of the document the
    #: provider matched: the flow refuses a record whose holder is not the chip's.
    holder_key: str = ""
    wiped: bool = field(default=False, compare=False)

    def wipe(self) -> None:
        for f in fields(self):
            if f.name == "wiped":
                continue
            value = getattr(self, f.name)
            if isinstance(value, list):
                value.clear()
            elif isinstance(value, str):
                setattr(self, f.name, "")
        self.wiped = True

    def __repr__(self) -> str:
        return "ResidentRecord(<wiped>)" if self.wiped else "ResidentRecord(<personal data>)"

    __str__ = __repr__


# --- errors ----------------------------------------------------------------


class RecordsError(Exception):
    """A record could not be had. ``detail`` is for technicians: never personal data."""

    resident_message: ClassVar[Text] = N_(
        "records",
        "Your records could not be retrieved right now. You have not been charged. "
        "Please try again later or ask at the counter.",
    )
    #: Short stable code for the journal and the audit (``unavailable``...).
    code: ClassVar[str] = "error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or type(self).__name__)
        self.detail = detail


class RecordsUnavailable(RecordsError):
    """The provider cannot be reached, timed out, or answered with a server error."""

    code = "unavailable"


class RecordsRefused(RecordsUnavailable):
    """The provider refused the kiosk (bad or expired token, kiosk not allowed)."""

    code = "refused"


class RecordNotFound(RecordsError):
    """The provider has no record for this person."""

    code = "not_found"
    resident_message = N_(
        "records",
        "No resident registration record was found for this ID card. Certificates for "
        "this card cannot be issued here. Please ask at the counter, where staff can help you.",
    )


class RecordsContractError(RecordsError):
    """The provider's answer does not match the contract (docs/records-http.md)."""

    code = "invalid"


@runtime_checkable
class RecordsProvider(Protocol):
    """Looks resident records up. Blocking: call from a worker thread, never the UI thread."""

    @property
    def name(self) -> str:
        """Backend and target, for technicians (e.g. ``http https://records.example``)."""
        ...

    def fetch(self, identity: Identity) -> ResidentRecord:
        """The record of the person ``identity`` describes; raises a ``RecordsError`` subclass."""
        ...
