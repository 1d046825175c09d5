"""The records contract: a provider's JSON answer checked and turned into a ``ResidentRecord``.

The wire format is ``docs/records-http.md``'s. The ``http`` backend sends
``identity_query`` and parses the service's answer with ``parse_record``;
the ``demo`` backend keeps its fictional residents in the same wire format
and parses them the same way, so the demo exercises the real checks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kiosk.identity import Identity, identity_key
from kiosk.ports.records import (
    AddressEntry,
    FamilyMember,
    FamilyRole,
    HouseholdMember,
    RecordsContractError,
    ResidentRecord,
    TaxDeferral,
)

_RRN = re.compile(r"^\d{6}-\d{7}$")


class _Wire(BaseModel):
    # Unknown keys are allowed so the service can add fields without breaking kiosks.
    # Built on first use, not at import: the kiosk imports its records backend
    # while it starts and must not wait for validators before the first lookup.
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
    change_reason: str = Field(default="", max_length=50)

    _rrn = field_validator("rrn")(_rrn_ok)


class _WireAddress(_Wire):
    address: str = Field(min_length=1, max_length=300)
    moved_in: date = Field(strict=False)
    moved_out: date | None = Field(default=None, strict=False)


class _WireFamily(_Wire):
    relation: str = Field(min_length=1, max_length=20)
    name: str = Field(min_length=1, max_length=100)
    rrn: str
    role: Literal["parent", "spouse", "child"] | None = None
    sex: Literal["M", "F", ""] = ""
    clan: str = Field(default="", max_length=20)
    birth_date: date | None = Field(default=None, strict=False)
    current: bool = True
    living: bool = True

    _rrn = field_validator("rrn")(_rrn_ok)


class _WireDeferral(_Wire):
    kind: Literal["collection", "seizure"]
    tax: str = Field(min_length=1, max_length=50)
    year: int = Field(ge=1900, le=2200)
    amount_won: int = Field(ge=0)
    until: date | None = Field(default=None, strict=False)


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
    clan: str = Field(default="", max_length=20)
    family: list[_WireFamily] = Field(default_factory=list, max_length=50)
    local_tax_arrears: bool = False
    tax_deferrals: list[_WireDeferral] = Field(default_factory=list, max_length=50)
    fee_exempt: bool = False
    exemptions: list[str] = Field(default_factory=list, max_length=20)
    household_reason: str = Field(default="", max_length=100)
    household_formed: date | None = Field(default=None, strict=False)
    military_service: str = Field(default="", max_length=200)

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


#: Relations that make a parent or a spouse when a provider sends no ``role``.
_PARENTS = frozenset({"부", "모", "양부", "양모", "친생부", "친생모"})
_SPOUSES = frozenset({"배우자", "처", "남편"})


def _role(relation: str) -> FamilyRole:
    if relation in _PARENTS:
        return "parent"
    return "spouse" if relation in _SPOUSES else "child"


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
        household=[
            HouseholdMember(m.relation, m.name, m.rrn, m.moved_in, m.change_reason)
            for m in wire.household
        ],
        address_history=[AddressEntry(a.address, a.moved_in, a.moved_out) for a in history],
        registration_base=wire.registration_base,
        clan=wire.clan,
        family=[
            FamilyMember(
                m.relation,
                m.name,
                m.rrn,
                role=m.role or _role(m.relation),
                sex=m.sex,
                clan=m.clan,
                birth_date=m.birth_date,
                current=m.current,
                living=m.living,
            )
            for m in wire.family
        ],
        local_tax_arrears=wire.local_tax_arrears,
        tax_deferrals=[
            TaxDeferral(d.kind, d.tax, d.year, d.amount_won, d.until) for d in wire.tax_deferrals
        ],
        fee_exempt=wire.fee_exempt,
        exemptions=list(wire.exemptions),
        household_reason=wire.household_reason,
        household_formed=wire.household_formed,
        military_service=wire.military_service,
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
