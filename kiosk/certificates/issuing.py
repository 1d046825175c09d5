"""Printed certificates and receipts, and the authorize-print-capture order (Qt-free).

``build_certificate`` turns a resident's record and the options they chose
into a device-independent ``Document``: title, issuing center, issuance
number (문서확인번호), date and time, the record as the options allow
(resident number back digits masked unless chosen), tables and sections,
and a QR code holding a payload signed with the kiosk's key
(``kiosk.certificates.signing``). ``build_receipt`` lists what was printed and paid.

``issue_order`` runs one paid order (one document, or a visit's basket of
several) on the device worker: print each copy of each document in order
(each with its own issuance number, recorded in the audit trail), then
capture the fee for the copies that printed, or void the authorization if
none did. It never charges for a document that did not print; a failure
part-way stops the order, and the receipt says what was printed. A capture
whose outcome is unknown (the terminal raised or did not answer) is
voided; only when that void goes through is the resident told they were
not charged, else the order is ``capture_unknown`` and the receipt tells
them to keep it and ask at the counter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from kiosk.clock import Clock
from kiosk.config import DocumentConfig, KioskConfig
from kiosk.i18n import N_, Text, Translate, grouped
from kiosk.identity import Identity, masked_name
from kiosk.ports.payment import (
    Authorization,
    CaptureOutcome,
    PaymentTerminal,
    capture_within,
    void_within,
)
from kiosk.ports.printer import Printer, PrintFailure, PrintResult
from kiosk.ports.records import AddressEntry, FamilyMember, ResidentRecord, mask_rrn
from kiosk.printing import document as d

# The audit log (SQLAlchemy) and the signer (cryptography) are only needed
# when a document is issued; the flow imports this module for its data types
# before the kiosk's first frame, so keep those imports out of that path.
if TYPE_CHECKING:
    from kiosk.certificates.audit import AuditLog, IssuanceRecord
    from kiosk.certificates.signing import KioskSigner

log = logging.getLogger(__name__)

MAX_COPIES = 5


AddressPeriod = Literal["none", "5y", "full"]
FamilyKind = Literal["general", "detailed", "specific"]

#: The options that are a choice among values rather than yes/no (``purpose``'s
#: values come from the document's configured purposes).
CHOICES: dict[str, tuple[str, ...]] = {
    "address_history": ("none", "5y", "full"),
    "family_kind": ("general", "detailed", "specific"),
}

#: The official Korean titles of the three family relations certificates
#: (가족관계의 등록 등에 관한 법률 제15조, since 2016-11-30): printed in Korean
#: whatever the resident's language.
FAMILY_KIND_KO = {"general": "일반", "detailed": "상세", "specific": "특정"}


@dataclass(frozen=True)
class CertOptions:
    """What the resident chose. Defaults print the least personal data.

    등본: only the resident and the head of household unless
    ``household_members``; 세대 구성 사유 (``household_reason``) and 변동 사유
    (``change_reason``) only when chosen. 초본: no past addresses, head of
    household or military service unless chosen. 가족관계증명서: 일반 (parents,
    current spouse, living children of the current marriage); 특정 prints only
    the members in ``family_members``. Resident number back digits are hidden
    unless ``rrn_back``.
    """

    household_members: bool = False
    rrn_back: bool = False
    household_reason: bool = False
    change_reason: bool = False
    address_history: AddressPeriod = "none"
    household_head: bool = False
    military_service: bool = False
    family_kind: FamilyKind = "general"
    #: 특정: the chosen members, as indices into ``ResidentRecord.family``.
    family_members: tuple[int, ...] = ()
    #: 지방세 납세증명서: the id of the purpose of use chosen (``DocumentConfig.purposes``).
    purpose: str = ""
    copies: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= MAX_COPIES:
            raise ValueError(f"copies must be 1-{MAX_COPIES}")
        for name, values in CHOICES.items():
            if getattr(self, name) not in values:
                raise ValueError(f"{name} must be one of {values}")


#: The most documents one visit's basket holds.
MAX_BASKET = 5


@dataclass(frozen=True)
class BasketItem:
    """One document of a visit's basket: what, with which options, at what fee. No personal data."""

    document_id: str
    options: CertOptions
    #: Per copy, after any exemption (0 when waived).
    fee_per_copy_won: int
    #: The fee exemption applied (an ``[[exemptions]]`` id), "" for none.
    exemption_id: str = ""

    @property
    def total_won(self) -> int:
        return self.fee_per_copy_won * self.options.copies


@dataclass(frozen=True, repr=False)
class CertificateOrder:
    """One paid order. Holds personal data: never log it; drop it after the job.

    The first document is ``document_id`` with its ``options`` and fee; a
    basket of several documents adds the others, in order, in ``more``.
    """

    document_id: str
    options: CertOptions
    #: Per copy, after any waiver (0 when waived).
    fee_per_copy_won: int
    language: str
    identity: Identity
    record: ResidentRecord
    more: tuple[BasketItem, ...] = ()

    @classmethod
    def of_basket(
        cls,
        basket: tuple[BasketItem, ...],
        *,
        language: str,
        identity: Identity,
        record: ResidentRecord,
    ) -> CertificateOrder:
        first, *rest = basket
        return cls(
            first.document_id,
            first.options,
            first.fee_per_copy_won,
            language,
            identity,
            record,
            tuple(rest),
        )

    @property
    def items(self) -> tuple[BasketItem, ...]:
        """Every document of the order, in printing order."""
        return (BasketItem(self.document_id, self.options, self.fee_per_copy_won), *self.more)

    def item(self, item: BasketItem) -> CertificateOrder:
        """This order narrowed to the one document ``item`` (what a certificate prints)."""
        return replace(
            self,
            document_id=item.document_id,
            options=item.options,
            fee_per_copy_won=item.fee_per_copy_won,
            more=(),
        )

    @property
    def copies(self) -> int:
        return sum(i.options.copies for i in self.items)

    @property
    def total_won(self) -> int:
        return sum(i.total_won for i in self.items)

    def __repr__(self) -> str:
        parts = ", ".join(f"{i.document_id!r} x{i.options.copies}" for i in self.items)
        return f"CertificateOrder({parts})"


def masked_holder(name: str) -> str:
    """``김민지`` -> ``김*지``, ``이준`` -> ``이*``; names with spaces go word by word."""
    if " " in name or not name:
        return masked_name(name)
    if len(name) <= 2:
        return name[:1] + "*" * (len(name) - 1)
    return name[0] + "*" * (len(name) - 2) + name[-1]


def _when(config: KioskConfig, at: datetime) -> datetime:
    return at.astimezone(ZoneInfo(config.center.timezone))


def verification_facts(
    config: KioskConfig,
    document: DocumentConfig,
    number: str,
    issued_at: datetime,
    holder: str,
    copy: int,
    copies: int,
) -> dict[str, str]:
    """What the QR code's signed payload states (see ``kiosk.certificates.signing``)."""
    return {
        "n": number,
        "d": document.id,
        "c": config.center.code,
        "k": config.center.kiosk_id,
        "t": _when(config, issued_at).isoformat(timespec="minutes"),
        "h": masked_holder(holder),
        "p": f"{copy}/{copies}",
    }


def _d(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


FAMILY_KIND_NAMES: dict[str, Text] = {
    "general": N_("certificate", "general"),
    "detailed": N_("certificate", "detailed"),
    "specific": N_("certificate", "specific"),
}

#: How long a tax payment certificate is valid (지방세징수법 시행령 제7조).
TAX_CERTIFICATE_VALID_DAYS = 30


def family_shown(record: ResidentRecord, options: CertOptions) -> list[FamilyMember]:
    """The family members the chosen kind of 가족관계증명서 prints, in the record's order.

    일반: parents, the current spouse and the living children of the current
    marriage. 상세: besides those, every child (of a former marriage, adopted
    out, deceased) as the record holds them. 특정: the members chosen. A
    former spouse is on neither (the 혼인관계증명서 states marriages).
    """
    if options.family_kind == "specific":
        chosen = set(options.family_members)
        return [m for i, m in enumerate(record.family) if i in chosen]
    shown = []
    for m in record.family:
        if m.role == "parent":
            shown.append(m)
        elif m.role == "spouse":
            if m.current:
                shown.append(m)
        elif options.family_kind == "detailed" or (m.current and m.living):
            shown.append(m)
    return shown


def address_entries(
    record: ResidentRecord, period: AddressPeriod, today: date
) -> list[AddressEntry]:
    """The 초본's address changes for ``period``: none, the last five years, or all."""
    if period == "none":
        return []
    if period == "full":
        return list(record.address_history)
    try:
        since = today.replace(year=today.year - 5)
    except ValueError:  # 29 February
        since = today.replace(year=today.year - 5, day=28)
    return [a for a in record.address_history if a.moved_out is None or a.moved_out >= since]


@dataclass(frozen=True)
class _Body:
    """The record part of one certificate, as its document and the options allow."""

    translate: Translate
    record: ResidentRecord
    options: CertOptions
    local: datetime
    document: DocumentConfig
    language: str

    def t(self, text: Text) -> str:
        return text.render(self.translate)

    def rrn(self, value: str) -> str:
        return value if self.options.rrn_back else mask_rrn(value)

    def blocks(self) -> list[d.Block]:
        builders: dict[str, Callable[[], list[d.Block]]] = {
            "resident-copy": self.resident_copy,
            "resident-abstract": self.resident_abstract,
            "family-relations": self.family_relations,
            "local-tax": self.local_tax,
        }
        build = builders.get(self.document.id)
        return build() if build is not None else [self.person()]

    def person(self, *, address: bool = True) -> d.Section:
        t, record = self.t, self.record
        rows = [
            (t(N_("certificate", "Name")), record.name),
            (t(N_("certificate", "Resident no.")), self.rrn(record.rrn)),
        ]
        if address:
            rows.append((t(N_("certificate", "Address")), record.address))
        return d.Section(t(N_("certificate", "Resident")), (d.KeyValue(tuple(rows)),))

    def resident_copy(self) -> list[d.Block]:
        t, record, options = self.t, self.record, self.options
        own = next((m for m in record.household if m.rrn == record.rrn), None)
        moved_in = own.moved_in if own is not None else None
        facts = [
            (t(N_("certificate", "Head of household")), record.household_head),
            (t(N_("certificate", "Moved in")), _d(moved_in) or "-"),
        ]
        if options.household_reason:
            reason = record.household_reason or "-"
            if record.household_formed is not None:
                reason = f"{reason} ({_d(record.household_formed)})"
            facts.append((t(N_("certificate", "Household formed (reason, date)")), reason))
        if options.change_reason and not options.household_members and own is not None:
            facts.append((t(N_("certificate", "Reason for change")), own.change_reason or "-"))
        household: list[d.Block] = [d.KeyValue(tuple(facts))]
        if options.household_members and record.household:
            headers = [
                t(N_("certificate", "Relation")),
                t(N_("certificate", "Name")),
                t(N_("certificate", "Resident no.")),
                t(N_("certificate", "Moved in")),
            ]
            weights = [2, 3, 5, 4]
            if options.change_reason:
                headers.append(t(N_("certificate", "Reason for change")))
                weights.append(2)
            rows = []
            for m in record.household:
                row = [m.relation, m.name, self.rrn(m.rrn), _d(m.moved_in) or "-"]
                if options.change_reason:
                    row.append(m.change_reason or "-")
                rows.append(tuple(row))
            household.append(
                d.Table(headers=tuple(headers), rows=tuple(rows), weights=tuple(weights))
            )
        else:
            household.append(
                d.TextLine(t(N_("certificate", "Household members are not shown at your request.")))
            )
        return [self.person(), d.Section(t(N_("certificate", "Household")), tuple(household))]

    def resident_abstract(self) -> list[d.Block]:
        t, record, options = self.t, self.record, self.options
        blocks: list[d.Block] = [self.person()]
        if options.household_head:
            own = next((m for m in record.household if m.rrn == record.rrn), None)
            blocks.append(
                d.KeyValue(
                    (
                        (t(N_("certificate", "Head of household")), record.household_head or "-"),
                        (
                            t(N_("certificate", "Relation to the head")),
                            own.relation if own is not None else "-",
                        ),
                    )
                )
            )
        entries = address_entries(record, options.address_history, self.local.date())
        if entries:
            title = (
                N_("certificate", "Address history (last 5 years)")
                if options.address_history == "5y"
                else N_("certificate", "Address history")
            )
            # The end of a period starts its own line with "~": wrapped where the
            # column ended, "2004-03-02 ~" / "2012-02-28" read as the start of
            # another row.
            rows = tuple(
                (
                    f"{_d(a.moved_in)}\n~ " + (_d(a.moved_out) or t(N_("certificate", "now"))),
                    a.address,
                )
                for a in entries
            )
            blocks.append(
                d.Section(
                    t(title),
                    (
                        d.Table(
                            headers=(
                                t(N_("certificate", "Period")),
                                t(N_("certificate", "Address")),
                            ),
                            rows=rows,
                            weights=(2, 3),
                        ),
                    ),
                )
            )
        else:
            blocks.append(
                d.TextLine(t(N_("certificate", "Past addresses are not shown at your request.")))
            )
        if options.military_service and record.military_service:
            blocks.append(
                d.Section(
                    t(N_("certificate", "Military service")),
                    (d.TextLine(record.military_service),),
                )
            )
        return blocks

    def family_relations(self) -> list[d.Block]:
        # 가족관계증명서: the 등록기준지 at the top, then one row per person; no address.
        t, record = self.t, self.record
        sexes = {"M": t(N_("certificate", "M")), "F": t(N_("certificate", "F"))}
        rows = [
            (
                t(N_("certificate", "Self")),
                record.name,
                sexes.get(_sex_of(record.rrn), "-"),
                record.clan or "-",
                _birth_from_rrn(record.rrn),
                self.rrn(record.rrn),
            )
        ]
        rows += [
            (
                m.relation,
                m.name,
                sexes.get(m.sex, "-"),
                m.clan or "-",
                _d(m.birth_date) or _birth_from_rrn(m.rrn),
                self.rrn(m.rrn),
            )
            for m in family_shown(record, self.options)
        ]
        return [
            d.KeyValue(
                ((t(N_("certificate", "Registration base")), record.registration_base or "-"),)
            ),
            d.Section(
                t(N_("certificate", "Family")),
                (
                    d.Table(
                        headers=(
                            t(N_("certificate", "Family role")),
                            t(N_("certificate", "Name")),
                            t(N_("certificate", "Sex")),
                            t(N_("certificate", "Clan")),
                            t(N_("certificate", "Date of birth")),
                            t(N_("certificate", "Resident no.")),
                        ),
                        rows=tuple(rows),
                        # Fits 80 mm paper (48 columns) with masked numbers unbroken.
                        weights=(6, 6, 3, 4, 10, 14),
                    ),
                ),
            ),
        ]

    def local_tax(self) -> list[d.Block]:
        t, record, options = self.t, self.record, self.options
        today = self.local.date()
        purpose = next((p for p in self.document.purposes if p.id == options.purpose), None)
        facts = [
            (
                t(N_("certificate", "Purpose of use")),
                purpose.names.get(self.language) if purpose is not None else "-",
            ),
            (
                t(N_("certificate", "Valid until")),
                _d(today + timedelta(days=TAX_CERTIFICATE_VALID_DAYS - 1)),
            ),
        ]
        blocks: list[d.Block] = [self.person(), d.KeyValue(tuple(facts))]
        section: list[d.Block] = []
        if record.tax_deferrals:
            kinds = {
                "collection": t(N_("certificate", "Collection deferred")),
                "seizure": t(N_("certificate", "Seizure deferred")),
            }
            section.append(
                d.Table(
                    headers=(
                        t(N_("certificate", "Deferral")),
                        t(N_("certificate", "Tax year")),
                        t(N_("certificate", "Tax")),
                        t(N_("certificate", "Amount (won)")),
                        t(N_("certificate", "Until")),
                    ),
                    rows=tuple(
                        (
                            kinds.get(deferral.kind, deferral.kind),
                            str(deferral.year),
                            deferral.tax,
                            grouped(deferral.amount_won, self.language),
                            _d(deferral.until) or "-",
                        )
                        for deferral in record.tax_deferrals
                    ),
                    weights=(3, 2, 2, 3, 4),
                )
            )
            statement = N_(
                "certificate",
                "Apart from the deferred amounts above, there are no overdue local taxes "
                "as of {date}.",
                date=today.isoformat(),
            )
        else:
            statement = N_(
                "certificate",
                "There are no overdue local taxes as of {date}.",
                date=today.isoformat(),
            )
        section.append(d.TextLine(t(statement)))
        blocks.append(d.Section(t(N_("certificate", "Local taxes")), tuple(section)))
        return blocks


def _sex_of(rrn: str) -> str:
    """``M`` or ``F`` from the first back digit of a resident number ("" if it has none)."""
    _, _, back = rrn.partition("-")
    if not back[:1].isdigit():
        return ""
    return "M" if int(back[0]) % 2 == 1 else "F"


def _birth_from_rrn(rrn: str) -> str:
    """The date of birth a resident number encodes (YYYY-MM-DD), or "-"."""
    front, _, back = rrn.partition("-")
    century = {
        "1": 1900,
        "2": 1900,
        "5": 1900,
        "6": 1900,
        "3": 2000,
        "4": 2000,
        "7": 2000,
        "8": 2000,
        "9": 1800,
        "0": 1800,
    }.get(back[:1])
    if century is None or len(front) != 6 or not front.isdigit():
        return "-"
    try:
        return date(century + int(front[:2]), int(front[2:4]), int(front[4:6])).isoformat()
    except ValueError:
        return "-"


def build_certificate(
    config: KioskConfig,
    order: CertificateOrder,
    *,
    number: str,
    issued_at: datetime,
    copy: int,
    signer: KioskSigner,
    translate: Translate,
) -> d.Document:
    document = config.document(order.document_id)
    record = order.record
    options = order.options
    language = order.language
    local = _when(config, issued_at)

    def t(text: Text) -> str:
        return text.render(translate)

    title, official = document.names.get(language), document.names.ko
    if document.id == "family-relations":
        official = f"{official}({FAMILY_KIND_KO[options.family_kind]})"
        title = (
            official
            if language == "ko"
            else f"{title} ({t(FAMILY_KIND_NAMES[options.family_kind])})"
        )
    head: list[d.Block] = [
        d.TextLine(config.center.name.get(language), bold=True, align=d.Align.CENTER),
        d.Rule(double=True),
        d.TextLine(title, scale=2, bold=True, align=d.Align.CENTER),
    ]
    if title.replace(" ", "") != official.replace(" ", ""):
        # The official title is Korean; show it under a translated one.
        head.append(d.TextLine(official, bold=True, align=d.Align.CENTER))
    head += [
        d.Rule(double=True),
        # On its own line so the whole number fits 58 mm paper unbroken.
        d.TextLine(t(N_("certificate", "Issuance number")), align=d.Align.CENTER),
        d.TextLine(number, bold=True, align=d.Align.CENTER),
        d.KeyValue(
            (
                (t(N_("certificate", "Issued")), local.strftime("%Y-%m-%d %H:%M")),
                (t(N_("certificate", "Kiosk")), config.center.kiosk_id),
                (
                    t(N_("certificate", "Copy")),
                    t(N_("certificate", "{copy} of {copies}", copy=copy, copies=options.copies)),
                ),
            )
        ),
    ]
    body = _Body(translate, record, options, local, document, language).blocks()
    facts = verification_facts(
        config, document, number, issued_at, record.name, copy, options.copies
    )
    tail: list[d.Block] = [
        d.Rule(),
        d.TextLine(
            t(
                N_(
                    "certificate",
                    "This certifies that the above agrees with the records as of {date}.",
                    date=local.strftime("%Y-%m-%d"),
                )
            )
        ),
        d.Feed(1),
        d.QrCode(signer.sign(facts), size_mm=32, caption=number),
        d.TextLine(
            t(
                N_(
                    "certificate",
                    "Check this document with its issuance number or by scanning the code.",
                )
            ),
            align=d.Align.CENTER,
        ),
        d.Cut(),
    ]
    return d.Document("certificate", (*head, *body, *tail))


@dataclass(frozen=True)
class OutcomeLine:
    """What happened to one document of an order (no personal data)."""

    document_id: str
    copies: int
    printed_numbers: tuple[str, ...]
    fee_per_copy_won: int

    @property
    def charged_won(self) -> int:
        return self.fee_per_copy_won * len(self.printed_numbers)


@dataclass(frozen=True)
class OrderOutcome:
    """What happened to an order: no personal data (safe to log and journal).

    ``document_id`` and ``fee_per_copy_won`` are the first document's;
    ``copies`` and ``printed_numbers`` count the whole order, whose documents
    are in ``lines`` (one per document, in printing order).
    """

    document_id: str
    copies: int
    printed_numbers: tuple[str, ...]
    fee_per_copy_won: int
    charged_won: int
    #: ``captured``, ``waived``, ``voided``, ``capture_failed`` (not charged:
    #: the capture failed and the hold was voided), ``void_failed`` (the hold
    #: could not be released: staff must do it) or ``capture_unknown`` (the
    #: capture raised or timed out and the void failed too: the card may have
    #: been charged, staff check at the terminal).
    payment_result: str
    authorization_id: str
    failure: PrintFailure | None = None
    failure_detail: str = ""
    receipt_printed: bool = False
    #: Numbers whose print failed (their paper may be half printed).
    failed_numbers: tuple[str, ...] = ()
    #: The amount the authorization held (for staff when a void failed).
    held_won: int = 0
    #: Why the terminal call failed, for technicians ("" when it did not).
    payment_detail: str = ""
    lines: tuple[OutcomeLine, ...] = field(default=())
    #: The order stopped unexpectedly (a crash): copies may have printed that
    #: ``printed_numbers`` does not name.
    printed_unknown: bool = False

    @property
    def complete(self) -> bool:
        return len(self.printed_numbers) == self.copies

    @property
    def documents(self) -> tuple[OutcomeLine, ...]:
        """``lines``, or the single document an outcome without them describes."""
        if self.lines:
            return self.lines
        return (
            OutcomeLine(self.document_id, self.copies, self.printed_numbers, self.fee_per_copy_won),
        )

    @property
    def printed_fees_won(self) -> int:
        """The fees of the copies that printed: what the capture asked for."""
        return sum(line.charged_won for line in self.documents)


def build_receipt(
    config: KioskConfig,
    outcome: OrderOutcome,
    *,
    language: str,
    issued_at: datetime,
    translate: Translate,
) -> d.Document:
    def t(text: Text) -> str:
        return text.render(translate)

    def won(amount: int) -> str:
        return t(N_("receipt", "{amount} won", amount=grouped(amount, language)))

    payment = {
        "captured": N_("receipt", "Paid ({id})", id=outcome.authorization_id),
        "waived": N_("receipt", "Fee waived"),
        "voided": N_("receipt", "Cancelled, not charged"),
        "capture_failed": N_("receipt", "Not charged (please tell the staff)"),
        "void_failed": N_("receipt", "Not charged (please tell the staff)"),
        "capture_unknown": N_("receipt", "Not confirmed: keep this receipt and ask at the counter"),
    }[outcome.payment_result]
    charged = won(outcome.charged_won)
    if outcome.payment_result == "capture_unknown":
        # The card may have been charged for what printed: say how much, unconfirmed.
        amount = won(outcome.printed_fees_won)
        charged = t(N_("receipt", "Not confirmed ({amount})", amount=amount))
    per_document: list[d.Block] = []
    for line in outcome.documents:
        per_document.append(
            d.KeyValue(
                (
                    (
                        t(N_("receipt", "Document")),
                        config.document(line.document_id).names.get(language),
                    ),
                    (
                        t(N_("receipt", "Copies")),
                        t(
                            N_(
                                "receipt",
                                "{printed} of {copies}",
                                printed=len(line.printed_numbers),
                                copies=line.copies,
                            )
                        ),
                    ),
                    (t(N_("receipt", "Fee per copy")), won(line.fee_per_copy_won)),
                ),
                bold_values=True,
            )
        )
    blocks: list[d.Block] = [
        d.TextLine(config.center.name.get(language), bold=True, align=d.Align.CENTER),
        d.TextLine(t(N_("receipt", "Receipt")), scale=2, bold=True, align=d.Align.CENTER),
        d.Rule(),
        *per_document,
        d.KeyValue(
            (
                (t(N_("receipt", "Total charged")), charged),
                (t(N_("receipt", "Payment")), t(payment)),
                (
                    t(N_("receipt", "Time")),
                    _when(config, issued_at).strftime("%Y-%m-%d %H:%M"),
                ),
            ),
            bold_values=True,
        ),
        d.Section(
            t(N_("receipt", "Issuance numbers")),
            tuple(d.TextLine(n) for n in outcome.printed_numbers),
        ),
    ]
    if not outcome.complete:
        # "Charged" only when the capture went through: otherwise the payment
        # line above says what became of the fee.
        stopped = (
            N_(
                "receipt",
                "Printing stopped part-way: only the documents above were printed "
                "and charged; the rest were cancelled.",
            )
            if outcome.payment_result == "captured"
            else N_(
                "receipt",
                "Printing stopped part-way: only the documents above were printed; "
                "the rest were cancelled.",
            )
        )
        blocks.append(d.TextLine(t(stopped)))
    blocks += [
        d.Rule(),
        d.TextLine(t(N_("receipt", "Please keep this receipt.")), align=d.Align.CENTER),
        d.Cut(),
    ]
    return d.Document("receipt", tuple(blocks))


@dataclass
class _Printing:
    """One order being printed: what every copy's audit row shares (the hold,
    the resident's hash, the issue time), and what has printed so far,
    document by document."""

    authorization: Authorization
    identity_hash: str
    issued_at: datetime
    staff: _StaffNotice
    #: The fee is charged: a copy the printer cannot confirm counts as failed.
    paid: bool
    #: Hears each printed copy's place in the whole order (1, 2...).
    on_copy: Callable[[int], None] | None
    printed: dict[int, list[str]] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    failure: PrintResult | None = None

    def numbers(self) -> list[str]:
        return [n for numbers in self.printed.values() for n in numbers]


def issue_order(
    order: CertificateOrder,
    authorization: Authorization,
    *,
    config: KioskConfig,
    printer: Printer,
    payment: PaymentTerminal,
    audit: AuditLog,
    signer: KioskSigner,
    clock: Clock,
    translate: Translate,
    on_copy: Callable[[int], None] | None = None,
) -> OrderOutcome:
    """Print every copy of every document in order, then capture what printed (or void);
    audit each number.

    Each copy's audit row is written (``printing``) before its first byte
    goes to the printer and updated after it, and printed rows become
    ``capturing`` before the capture call, so a power cut leaves a trace
    (``AuditLog.recover_interrupted``) and a capture that may have gone
    through is never voided at the next start. A capture that raised or
    timed out may have charged the card: it is voided (which cancels such a
    charge), and is ``capture_unknown`` when that void fails too. A paid copy
    counts as printed only
    when the printer confirmed it (a full status before and after, paper and
    no error); a printer that cannot say is a failure, never a charge. The
    first failure stops the order: the documents after it are not printed,
    and the capture covers only what printed. Every terminal call runs under
    ``devices.payment.answer_timeout_s``. ``on_copy`` hears each printed
    copy's place in the whole order (1, 2...).

    Device worker thread only. Never raises: failures come back in the outcome.
    """
    items = order.items
    deadline_s = config.devices.payment.answer_timeout_s
    issued_at = clock.now()
    staff = _StaffNotice(audit, config.center.kiosk_id, clock)
    done = _Printing(
        authorization,
        identity_hash=audit.identity_hash(order.identity),
        issued_at=issued_at,
        staff=staff,
        paid=not authorization.waived and order.total_won > 0,
        on_copy=on_copy,
    )
    for index, item in enumerate(items):
        done.printed[index] = []
        if not _print_item(
            order.item(item),
            done.printed[index],
            done,
            config=config,
            printer=printer,
            audit=audit,
            signer=signer,
            translate=translate,
        ):
            break
    printed = done.numbers()
    amount = sum(items[i].fee_per_copy_won * len(n) for i, n in done.printed.items())
    payment_detail = ""
    if not printed:
        payment_detail = void_within(payment, authorization, deadline_s)
        payment_result = "void_failed" if payment_detail else "voided"
    elif authorization.waived or amount == 0:
        payment_result = "waived"
        if not authorization.waived:
            payment_detail = void_within(payment, authorization, deadline_s)
            payment_result = "void_failed" if payment_detail else "waived"
    else:
        # Before the capture: a restart that finds ``capturing`` rows must not
        # void a hold that may have been charged (``AuditLog.recover_interrupted``).
        marked = _update_audit(
            audit,
            [
                (numbers, {"state": "capturing", "fee_won": items[i].fee_per_copy_won})
                for i, numbers in done.printed.items()
            ],
            staff,
        )
        if marked:

            def charged_late() -> None:
                _undo_late_charge(payment, authorization, amount, deadline_s, staff)

            captured, payment_detail = capture_within(
                payment, authorization, amount, deadline_s, charged_late=charged_late
            )
        else:
            # Without that mark a restart would take the order for unfinished
            # and void the hold, cancelling a sale the resident was told was
            # paid. Not charged at all is the outcome that can be recorded:
            # the hold is released below and the copies are free.
            captured, payment_detail = CaptureOutcome.REFUSED, "not captured: audit rows not marked"
        if captured is CaptureOutcome.CAPTURED:
            payment_result = "captured"
        else:
            # Release the hold, or cancel the charge of a capture whose answer
            # was lost. Only a void that went through proves nothing is charged.
            void_error = void_within(payment, authorization, deadline_s)
            payment_detail = f"{payment_detail}; {void_error or 'void: done'}"
            if not void_error:
                payment_result = "capture_failed"
            elif captured is CaptureOutcome.UNKNOWN:
                payment_result = "capture_unknown"
            else:  # refused, so nothing was charged; the hold lingers
                payment_result = "void_failed"
    charged = amount if payment_result == "captured" else 0
    failure = done.failure
    outcome = OrderOutcome(
        document_id=order.document_id,
        copies=order.copies,
        printed_numbers=tuple(printed),
        fee_per_copy_won=order.fee_per_copy_won,
        charged_won=charged,
        payment_result=payment_result,
        authorization_id=authorization.id,
        failure=failure.failure if failure is not None else None,
        failure_detail=failure.detail if failure is not None else "",
        failed_numbers=tuple(done.failed),
        held_won=authorization.amount_won,
        payment_detail=payment_detail,
        lines=tuple(
            OutcomeLine(
                item.document_id,
                item.options.copies,
                tuple(done.printed.get(i, ())),
                item.fee_per_copy_won,
            )
            for i, item in enumerate(items)
        ),
    )
    # A capture_unknown row keeps its fee, as recovery's do: it may have been
    # charged, and staff correct it after checking the terminal.
    kept_fee = payment_result in ("captured", "capture_unknown")
    void_failed = payment_result in ("void_failed", "capture_unknown")
    # One transaction: a failed copy's row left ``pending`` beside captured
    # ones would have the next start void the captured sale.
    _update_audit(
        audit,
        [
            *(
                (
                    numbers,
                    {
                        "state": payment_result,
                        "payment_result": payment_result,
                        "fee_won": items[i].fee_per_copy_won if kept_fee else 0,
                    },
                )
                for i, numbers in done.printed.items()
            ),
            (
                done.failed,
                {"payment_result": "void_failed" if void_failed else "voided", "fee_won": 0},
            ),
        ],
        staff,
    )
    audit.settle_hold(authorization.id, payment_result, clock.now())
    if printed:
        # After a failure part-way too: the receipt says what was printed and charged.
        receipt = build_receipt(
            config, outcome, language=order.language, issued_at=issued_at, translate=translate
        )
        try:
            receipt_result = printer.print_document(receipt)
        except Exception as exc:
            log.error("receipt print crashed: %s", type(exc).__name__)
            receipt_result = PrintResult.failed(PrintFailure.ERROR, type(exc).__name__)
        if not receipt_result.ok:
            log.warning(
                "receipt print failed: %s",
                receipt_result.failure.value if receipt_result.failure else "?",
            )
        outcome = replace(outcome, receipt_printed=receipt_result.ok)
    return outcome


def _print_item(
    order: CertificateOrder,
    printed: list[str],
    done: _Printing,
    *,
    config: KioskConfig,
    printer: Printer,
    audit: AuditLog,
    signer: KioskSigner,
    translate: Translate,
) -> bool:
    """Print the copies of one document (``order`` narrowed to it) into ``printed``;
    False once one failed."""
    copies = order.options.copies
    for copy in range(1, copies + 1):
        try:
            number = audit.reserve_number()
            document = build_certificate(
                config,
                order,
                number=number,
                issued_at=done.issued_at,
                copy=copy,
                signer=signer,
                translate=translate,
            )
            # Before the first byte: a power cut from here on leaves this row.
            audit.record(
                _issuance_record()(
                    issuance_number=number,
                    document_id=order.document_id,
                    copies=copies,
                    fee_won=0,
                    payment_result="pending",
                    printed=False,
                    issued_at=done.issued_at,
                    kiosk_id=config.center.kiosk_id,
                    identity_hash=done.identity_hash,
                    state="printing",
                    authorization_id=done.authorization.id,
                    authorized_won=done.authorization.amount_won,
                )
            )
        except Exception as exc:  # no number, document or audit row: print nothing
            log.error("certificate could not be prepared: %s", type(exc).__name__)
            done.failure = PrintResult.failed(PrintFailure.ERROR, f"prepare: {type(exc).__name__}")
            return False
        try:
            result = printer.print_document(document)
        except Exception as exc:  # a driver bug counts as a failed print
            log.error("certificate print crashed: %s", type(exc).__name__)
            result = PrintResult.failed(PrintFailure.ERROR, type(exc).__name__)
        if result.ok and result.unchecked and done.paid:
            # The flow refuses paid documents on such a printer before paying;
            # should one get here anyway, an unconfirmed page is not charged.
            result = PrintResult.failed(
                PrintFailure.STATUS_UNKNOWN, "the printer cannot confirm a paid document"
            )
        _update_audit(
            audit,
            [([number], {"state": "printed" if result.ok else "failed", "printed": result.ok})],
            done.staff,
        )
        if not result.ok:
            done.failed.append(number)
            done.failure = result
            return False
        printed.append(number)
        if done.on_copy is not None:
            done.on_copy(len(done.numbers()))
    return True


def _undo_late_charge(
    payment: PaymentTerminal,
    authorization: Authorization,
    amount_won: int,
    deadline_s: float,
    staff: _StaffNotice,
) -> None:
    """A capture that answered "charged" after the kiosk gave up on it (its
    capture thread): the order was settled as not charged, so the sale is
    cancelled, and staff are told either way, with the amount to check."""
    error = void_within(payment, authorization, deadline_s)
    detail = (
        f"authorization={authorization.id} amount_won={amount_won} "
        f"void={'failed: ' + error if error else 'done'}"
    )
    log.error("a capture answered after the kiosk gave up: %s", detail)
    try:
        staff.audit.staff_event(staff.kiosk_id, staff.clock.now(), "cert_capture_late", detail)
    except Exception as exc:  # the journal line above is all there is
        log.error("staff could not be told of the late capture: %s", type(exc).__name__)


@dataclass(frozen=True)
class _StaffNotice:
    """Where ``_update_audit`` tells staff that an audit row could not be updated."""

    audit: AuditLog
    kiosk_id: str
    clock: Clock


def _update_audit(
    audit: AuditLog, changes: list[tuple[list[str], dict[str, object]]], staff: _StaffNotice
) -> bool:
    """Make ``changes`` (issuance numbers, the values they take) in one
    transaction; False, logged and raised to staff, never to the resident,
    when they could not be made.

    A row left behind in the wrong state misleads the next start's recovery
    (a ``printed`` row whose fee was captured would be voided), so staff get
    a ``cert_audit_failed`` event naming the issuance numbers and the state
    meant (numbers only, nothing about the resident).
    """
    changes = [(numbers, values) for numbers, values in changes if numbers]
    if not changes:
        return True
    try:
        audit.update_together(changes)
    except Exception as exc:  # the paper is out already; staff are told
        log.error("audit update failed: %s", type(exc).__name__)
        detail = "; ".join(
            f"issuances={','.join(numbers)} state={values.get('state', '-')} "
            f"payment={values.get('payment_result', '-')}"
            for numbers, values in changes
        )
        detail += f" error={type(exc).__name__}"
        try:
            staff.audit.staff_event(staff.kiosk_id, staff.clock.now(), "cert_audit_failed", detail)
        except Exception as event_exc:  # the database is gone: the journal is all there is
            log.error(
                "audit update failed and staff could not be told: %s (%s)",
                detail,
                type(event_exc).__name__,
            )
        return False
    return True


def _issuance_record() -> type[IssuanceRecord]:
    from kiosk.certificates.audit import IssuanceRecord

    return IssuanceRecord
