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
from typing import ClassVar, Literal, Protocol, runtime_checkable

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
    #: Why the member's entry last changed, as the register words it (전입, 출생...).
    change_reason: str = ""


@dataclass(repr=False)
class AddressEntry:
    address: str
    moved_in: date
    #: None for the current address.
    moved_out: date | None = None


#: A family member's place in the family relations certificate.
FamilyRole = Literal["parent", "spouse", "child"]


@dataclass(repr=False)
class FamilyMember:
    """One person of the family register, as the records hold them."""

    relation: str  # to the resident, as printed (부, 모, 배우자, 자녀, 양부...)
    name: str
    rrn: str
    #: parent (adoptive parents too), spouse or child.
    role: FamilyRole = "child"
    #: ``M`` or ``F`` (printed 남/여); "" when the record does not say.
    sex: str = ""
    #: 본 (the clan's place of origin), e.g. 김해.
    clan: str = ""
    birth_date: date | None = None
    #: Spouse: the current marriage (False for a former spouse). Child: a child
    #: of the current marriage (False for one of a former marriage or adopted out).
    current: bool = True
    living: bool = True


@dataclass(repr=False)
class TaxDeferral:
    """A local tax whose collection is deferred (징수유예) or whose seizure is (체납처분유예)."""

    #: ``collection`` (징수유예 등) or ``seizure`` (체납처분유예).
    kind: str
    tax: str  # 세목 as printed (재산세, 자동차세...)
    year: int
    amount_won: int
    until: date | None = None


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
    #: The resident's own 본 (clan origin), for the family relations certificate.
    clan: str = ""
    family: list[FamilyMember] = field(default_factory=list)
    #: Unpaid local taxes: a tax payment certificate cannot be issued.
    local_tax_arrears: bool = False
    #: Deferred local taxes: printed as the exception on the tax payment certificate.
    tax_deferrals: list[TaxDeferral] = field(default_factory=list)
    #: Exempt from certificate fees (e.g. basic livelihood support recipients).
    fee_exempt: bool = False
    #: Fee exemption reasons that apply (ids of the config's ``[[exemptions]]``).
    exemptions: list[str] = field(default_factory=list)
    #: 세대 구성 사유 and its date (printed on the 등본 when the resident asks).
    household_reason: str = ""
    household_formed: date | None = None
    #: 병역사항 (men, when the records hold it): printed on the 초본 when asked.
    military_service: str = ""
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
            elif isinstance(value, date):
                setattr(self, f.name, None)
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
