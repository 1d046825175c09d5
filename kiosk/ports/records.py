"""Resident records for certificates: the provider Protocol, the record model, the contract.

A certificate prints what the resident registration records say about the
person whose ID chip was read. Records come from a ``RecordsProvider``
(backends in ``drivers/records``): ``demo`` serves the fictional residents
below, ``http`` asks a records service over HTTPS with the JSON contract in
``docs/records-http.md``. This module owns that contract's validation
(``parse_record``), so every backend hands the kiosk the same checked
``ResidentRecord``.

Everything here is personal data: ``ResidentRecord`` has a masked ``repr``
and a ``wipe()`` the session calls when it ends. Errors carry a plain
message for the resident and a technical ``detail`` without personal data
(a field path and what is wrong with it, never a value).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from types import MappingProxyType
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kiosk.certificates.identity import DEMO_RESIDENTS, Identity, identity_key
from kiosk.i18n import N_, Text

_RRN = re.compile(r"^\d{6}-\d{7}$")


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
    #: Whose record this is, as ``kiosk.certificates.identity.identity_key`` of the document the
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


# --- the contract (shared by every backend) ---------------------------------


class _Wire(BaseModel):
    # Unknown keys are allowed so the service can add fields without breaking kiosks.
    # Built on first use, not at import: the home screen imports this module
    # (through the flow) and must not wait for validators it does not need.
    model_config = ConfigDict(extra="ignore", strict=True, defer_build=True)


def _rrn_ok(value: str) -> str:
    if not _RRN.match(value):
        raise ValueError("not YYMMDD-NNNNNNN")
    return value


class _WireMember(_Wire):
    relation: str = Field(min_length=1, max_length=20)
    name: str = Field(min_length=1, max_length=100)
    rrn: str
    moved_in: date | None = Field(default=None, strict=False)

    _rrn = field_validator("rrn")(_rrn_ok)


class _WireAddress(_Wire):
    address: str = Field(min_length=1, max_length=300)
    moved_in: date = Field(strict=False)
    moved_out: date | None = Field(default=None, strict=False)


class _WireFamily(_Wire):
    relation: str = Field(min_length=1, max_length=20)
    name: str = Field(min_length=1, max_length=100)
    rrn: str

    _rrn = field_validator("rrn")(_rrn_ok)


class _WireHolder(_Wire):
    issuing_state: str = Field(min_length=1, max_length=3)
    document_number: str = Field(min_length=1, max_length=20)
    birth_date: str = Field(pattern=r"^\d{6}$")


class _WireRecord(_Wire):
    holder: _WireHolder
    name: str = Field(min_length=1, max_length=100)
    rrn: str
    address: str = Field(min_length=1, max_length=300)
    household_head: str = Field(default="", max_length=100)
    household: list[_WireMember] = Field(default_factory=list, max_length=50)
    address_history: list[_WireAddress] = Field(default_factory=list, max_length=200)
    registration_base: str = Field(default="", max_length=300)
    family: list[_WireFamily] = Field(default_factory=list, max_length=50)
    local_tax_arrears: bool = False
    fee_exempt: bool = False

    _rrn = field_validator("rrn")(_rrn_ok)


class _WireEnvelope(_Wire):
    record: _WireRecord


def _describe(error: ValidationError) -> str:
    # Field paths and error kinds only: the offending values are personal data.
    parts = []
    for item in error.errors(include_url=False, include_input=False, include_context=False):
        loc = ".".join(str(p) for p in item["loc"]) or "<root>"
        parts.append(f"{loc}: {item['type']}")
    return "; ".join(parts[:5]) + (f" (+{len(parts) - 5} more)" if len(parts) > 5 else "")


def parse_record(data: Any) -> ResidentRecord:
    """Check a provider's ``{"record": {...}}`` answer against the contract.

    Raises ``RecordsContractError`` whose detail names the fields that are
    wrong (never their values).
    """
    if not isinstance(data, Mapping):
        raise RecordsContractError("answer is not a JSON object")
    try:
        wire = _WireEnvelope.model_validate(dict(data)).record
    except ValidationError as exc:
        raise RecordsContractError(_describe(exc)) from None
    history = sorted(wire.address_history, key=lambda a: a.moved_in)
    for a in history:
        if a.moved_out is not None and a.moved_out < a.moved_in:
            raise RecordsContractError("record.address_history: moved_out before moved_in")
    return ResidentRecord(
        name=wire.name,
        rrn=wire.rrn,
        address=wire.address,
        household_head=wire.household_head or wire.name,
        household=[HouseholdMember(m.relation, m.name, m.rrn, m.moved_in) for m in wire.household],
        address_history=[AddressEntry(a.address, a.moved_in, a.moved_out) for a in history],
        registration_base=wire.registration_base,
        family=[FamilyMember(m.relation, m.name, m.rrn) for m in wire.family],
        local_tax_arrears=wire.local_tax_arrears,
        fee_exempt=wire.fee_exempt,
        holder_key=identity_key(
            wire.holder.issuing_state, wire.holder.document_number, wire.holder.birth_date
        ),
    )


def identity_query(identity: Identity) -> dict[str, str]:
    """The lookup request body: what the chip says, nothing more (docs/records-http.md)."""
    return {
        "document_type": identity.document_type,
        "issuing_state": identity.issuing_state,
        "document_number": identity.document_number,
        "birth_date": identity.birth_date,
        "surname": identity.surname,
        "given_names": identity.given_names,
        "nationality": identity.nationality,
    }


# --- fictional residents ---------------------------------------------------
#
# Matched to kiosk.certificates.identity.DEMO_RESIDENTS (the mock card's chips; ``holder``
# names each one's document, as a records service echoes it). Every
# name, address and number is invented: addresses are in "가상구" (virtual
# district) and "예시구" (example district), and the back digits of each
# resident registration number are zeros and a serial, which no real number
# has.

_DEMO_DATA: dict[str, dict[str, Any]] = {
    "demo-kim": {
        "record": {
            "holder": {
                "issuing_state": "KOR",
                "document_number": "M12345678",
                "birth_date": "850315",
            },
            "name": "김민지",
            "rrn": "850315-2000001",
            "address": "서울특별시 가상구 행복로 12, 101동 1001호",
            "household_head": "김민지",
            "household": [
                {
                    "relation": "본인",
                    "name": "김민지",
                    "rrn": "850315-2000001",
                    "moved_in": "2019-04-01",
                },
                {
                    "relation": "배우자",
                    "name": "박서준",
                    "rrn": "830920-1000002",
                    "moved_in": "2019-04-01",
                },
                {
                    "relation": "자녀",
                    "name": "박하늘",
                    "rrn": "150601-4000003",
                    "moved_in": "2019-04-01",
                },
            ],
            "address_history": [
                {
                    "address": "부산광역시 예시구 바다로 7",
                    "moved_in": "2004-03-02",
                    "moved_out": "2012-02-28",
                },
                {
                    "address": "서울특별시 가상구 꿈길 3, 2층",
                    "moved_in": "2012-02-28",
                    "moved_out": "2019-04-01",
                },
                {"address": "서울특별시 가상구 행복로 12, 101동 1001호", "moved_in": "2019-04-01"},
            ],
            "registration_base": "부산광역시 예시구 바다로 7",
            "family": [
                {"relation": "부", "name": "김철수", "rrn": "550110-1000004"},
                {"relation": "모", "name": "이영희", "rrn": "570505-2000005"},
                {"relation": "배우자", "name": "박서준", "rrn": "830920-1000002"},
                {"relation": "자녀", "name": "박하늘", "rrn": "150601-4000003"},
            ],
        }
    },
    "demo-lee": {
        "record": {
            "holder": {
                "issuing_state": "KOR",
                "document_number": "K98765432",
                "birth_date": "520704",
            },
            "name": "이준호",
            "rrn": "520704-1000011",
            "address": "서울특별시 가상구 느티나무길 45",
            "household_head": "이준호",
            "household": [
                {
                    "relation": "본인",
                    "name": "이준호",
                    "rrn": "520704-1000011",
                    "moved_in": "1998-10-20",
                },
            ],
            "address_history": [
                {
                    "address": "전라남도 예시군 들녘면 논길 2",
                    "moved_in": "1975-05-01",
                    "moved_out": "1998-10-20",
                },
                {"address": "서울특별시 가상구 느티나무길 45", "moved_in": "1998-10-20"},
            ],
            "registration_base": "전라남도 예시군 들녘면 논길 2",
            "family": [
                {"relation": "자녀", "name": "이수진", "rrn": "800101-2000012"},
            ],
            # A basic livelihood support recipient: certificate fees are waived.
            "fee_exempt": True,
        }
    },
    "demo-nguyen": {
        "record": {
            "holder": {
                "issuing_state": "VNM",
                "document_number": "C0246813",
                "birth_date": "920229",
            },
            "name": "응우옌 티 란",
            "rrn": "920229-6000021",
            "address": "서울특별시 가상구 강변로 8, 3층",
            "household_head": "최민수",
            "household": [
                {
                    "relation": "본인",
                    "name": "최민수",
                    "rrn": "880808-1000022",
                    "moved_in": "2018-06-11",
                },
                {
                    "relation": "배우자",
                    "name": "응우옌 티 란",
                    "rrn": "920229-6000021",
                    "moved_in": "2018-06-11",
                },
            ],
            "address_history": [
                {"address": "서울특별시 가상구 강변로 8, 3층", "moved_in": "2018-06-11"},
            ],
            "registration_base": "",
            "family": [
                {"relation": "배우자", "name": "최민수", "rrn": "880808-1000022"},
            ],
            # Unpaid local tax: the tax payment certificate is refused (plain message).
            "local_tax_arrears": True,
        }
    },
}

#: The demo provider's answers, by resident key, in the wire format of the http contract.
DEMO_RECORDS: Mapping[str, Mapping[str, Any]] = MappingProxyType(_DEMO_DATA)


def demo_resident_key(identity: Identity) -> str | None:
    """Which fictional resident ``identity`` is (document number and birth date), if any."""
    for key, resident in DEMO_RESIDENTS.items():
        chip = resident.identity()
        if (
            chip.document_number == identity.document_number
            and chip.birth_date == identity.birth_date
            and chip.issuing_state == identity.issuing_state
        ):
            return key
    return None
