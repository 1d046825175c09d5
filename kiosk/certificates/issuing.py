"""Printed certificates and receipts, and the authorize-print-capture order (Qt-free).

``build_certificate`` turns a resident's record and the options they chose
into a device-independent ``Document``: title, issuing center, issuance
number (문서확인번호), date and time, the record as the options allow
(resident number back digits masked unless chosen), tables and sections,
and a QR code holding a payload signed with the kiosk's key
(``kiosk.certificates.signing``). ``build_receipt`` lists what was printed and paid.

``issue_order`` runs one paid order on the device worker: print each copy
(each with its own issuance number, recorded in the audit trail), then
capture the fee for the copies that printed, or void the authorization if
none did. It never charges for a document that did not print.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kiosk.clock import Clock
from kiosk.config import DocumentConfig, KioskConfig
from kiosk.i18n import N_, Text, Translate
from kiosk.identity import Identity, masked_name
from kiosk.ports.payment import Authorization, PaymentTerminal, capture_within, void_within
from kiosk.ports.printer import Printer, PrintFailure, PrintResult
from kiosk.ports.records import ResidentRecord, mask_rrn
from kiosk.printing.document import (
    Align,
    Block,
    Cut,
    Document,
    Feed,
    KeyValue,
    QrCode,
    Rule,
    Section,
    Table,
    TextLine,
)

# The audit log (SQLAlchemy) and the signer (cryptography) are only needed
# when a document is issued; the flow imports this module for its data types
# before the kiosk's first frame, so keep those imports out of that path.
if TYPE_CHECKING:
    from kiosk.certificates.audit import AuditLog, IssuanceRecord
    from kiosk.certificates.signing import KioskSigner

log = logging.getLogger(__name__)

MAX_COPIES = 5


@dataclass(frozen=True)
class CertOptions:
    """What the resident chose. Defaults print the least personal data."""

    household_members: bool = True
    rrn_back: bool = False
    address_history: bool = False
    copies: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= MAX_COPIES:
            raise ValueError(f"copies must be 1-{MAX_COPIES}")


@dataclass(frozen=True, repr=False)
class CertificateOrder:
    """One paid order. Holds personal data: never log it; drop it after the job."""

    document_id: str
    options: CertOptions
    #: Per copy, after any waiver (0 when waived).
    fee_per_copy_won: int
    language: str
    identity: Identity
    record: ResidentRecord

    @property
    def total_won(self) -> int:
        return self.fee_per_copy_won * self.options.copies

    def __repr__(self) -> str:
        return f"CertificateOrder({self.document_id!r}, copies={self.options.copies})"


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


def build_certificate(
    config: KioskConfig,
    order: CertificateOrder,
    *,
    number: str,
    issued_at: datetime,
    copy: int,
    signer: KioskSigner,
    translate: Translate,
) -> Document:
    document = config.document(order.document_id)
    record = order.record
    options = order.options
    language = order.language
    local = _when(config, issued_at)

    def t(text: Text) -> str:
        return text.render(translate)

    def rrn(value: str) -> str:
        return value if options.rrn_back else mask_rrn(value)

    head: list[Block] = [
        TextLine(config.center.name.get(language), bold=True, align=Align.CENTER),
        Rule(double=True),
        TextLine(document.names.get(language), scale=2, bold=True, align=Align.CENTER),
    ]
    if document.names.get(language) != document.names.ko:
        # The official title is Korean; show it under a translated one.
        head.append(TextLine(document.names.ko, bold=True, align=Align.CENTER))
    head += [
        Rule(double=True),
        # On its own line so the whole number fits 58 mm paper unbroken.
        TextLine(t(N_("certificate", "Issuance number")), align=Align.CENTER),
        TextLine(number, bold=True, align=Align.CENTER),
        KeyValue(
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
    person = Section(
        t(N_("certificate", "Resident")),
        (
            KeyValue(
                (
                    (t(N_("certificate", "Name")), record.name),
                    (t(N_("certificate", "Resident no.")), rrn(record.rrn)),
                    (t(N_("certificate", "Address")), record.address),
                )
            ),
        ),
    )
    body: list[Block] = [person]
    kind = document.id
    if kind == "resident-copy":
        own = next((m.moved_in for m in record.household if m.moved_in is not None), None)
        household: list[Block] = [
            KeyValue(
                (
                    (t(N_("certificate", "Head of household")), record.household_head),
                    (t(N_("certificate", "Moved in")), _d(own) or "-"),
                )
            )
        ]
        if options.household_members and record.household:
            household.append(
                Table(
                    headers=(
                        t(N_("certificate", "Relation")),
                        t(N_("certificate", "Name")),
                        t(N_("certificate", "Resident no.")),
                    ),
                    rows=tuple((m.relation, m.name, rrn(m.rrn)) for m in record.household),
                    weights=(2, 3, 5),
                )
            )
        else:
            household.append(
                TextLine(t(N_("certificate", "Household members are not shown at your request.")))
            )
        body.append(Section(t(N_("certificate", "Household")), tuple(household)))
    elif kind == "resident-abstract":
        if options.address_history and record.address_history:
            body.append(
                Section(
                    t(N_("certificate", "Address history")),
                    (
                        Table(
                            headers=(
                                t(N_("certificate", "Period")),
                                t(N_("certificate", "Address")),
                            ),
                            rows=tuple(
                                (
                                    f"{_d(a.moved_in)} ~ "
                                    + (_d(a.moved_out) or t(N_("certificate", "now"))),
                                    a.address,
                                )
                                for a in record.address_history
                            ),
                            weights=(2, 3),
                        ),
                    ),
                )
            )
        else:
            body.append(
                TextLine(t(N_("certificate", "Past addresses are not shown at your request.")))
            )
    elif kind == "family-relations":
        rows = [(t(N_("certificate", "Self")), record.name, rrn(record.rrn))]
        rows += [(m.relation, m.name, rrn(m.rrn)) for m in record.family]
        body.append(
            Section(
                t(N_("certificate", "Family")),
                (
                    KeyValue(
                        (
                            (
                                t(N_("certificate", "Registration base")),
                                record.registration_base or "-",
                            ),
                        )
                    ),
                    Table(
                        headers=(
                            t(N_("certificate", "Relation")),
                            t(N_("certificate", "Name")),
                            t(N_("certificate", "Resident no.")),
                        ),
                        rows=tuple(rows),
                        weights=(2, 3, 5),
                    ),
                ),
            )
        )
    elif kind == "local-tax":
        body.append(
            Section(
                t(N_("certificate", "Local taxes")),
                (
                    TextLine(
                        t(
                            N_(
                                "certificate",
                                "There are no overdue local taxes as of {date}.",
                                date=local.strftime("%Y-%m-%d"),
                            )
                        )
                    ),
                ),
            )
        )
    facts = verification_facts(
        config, document, number, issued_at, record.name, copy, options.copies
    )
    tail: list[Block] = [
        Rule(),
        TextLine(
            t(
                N_(
                    "certificate",
                    "This certifies that the above agrees with the records as of {date}.",
                    date=local.strftime("%Y-%m-%d"),
                )
            )
        ),
        Feed(1),
        QrCode(signer.sign(facts), size_mm=32, caption=number),
        TextLine(
            t(
                N_(
                    "certificate",
                    "Check this document with its issuance number or by scanning the code.",
                )
            ),
            align=Align.CENTER,
        ),
        Cut(),
    ]
    return Document("certificate", (*head, *body, *tail))


@dataclass(frozen=True)
class OrderOutcome:
    """What happened to an order: no personal data (safe to log and journal)."""

    document_id: str
    copies: int
    printed_numbers: tuple[str, ...]
    fee_per_copy_won: int
    charged_won: int
    #: ``captured``, ``waived``, ``voided``, ``capture_failed`` or ``void_failed``
    #: (the hold could not be released: staff must do it).
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

    @property
    def complete(self) -> bool:
        return len(self.printed_numbers) == self.copies


def build_receipt(
    config: KioskConfig,
    outcome: OrderOutcome,
    *,
    language: str,
    issued_at: datetime,
    translate: Translate,
) -> Document:
    document = config.document(outcome.document_id)

    def t(text: Text) -> str:
        return text.render(translate)

    def won(amount: int) -> str:
        return t(N_("receipt", "{amount} won", amount=f"{amount:,}"))

    payment = {
        "captured": N_("receipt", "Paid ({id})", id=outcome.authorization_id),
        "waived": N_("receipt", "Fee waived"),
        "voided": N_("receipt", "Cancelled, not charged"),
        "capture_failed": N_("receipt", "Not charged (please tell the staff)"),
        "void_failed": N_("receipt", "Not charged (please tell the staff)"),
    }[outcome.payment_result]
    blocks: list[Block] = [
        TextLine(config.center.name.get(language), bold=True, align=Align.CENTER),
        TextLine(t(N_("receipt", "Receipt")), scale=2, bold=True, align=Align.CENTER),
        Rule(),
        KeyValue(
            (
                (t(N_("receipt", "Document")), document.names.get(language)),
                (
                    t(N_("receipt", "Copies")),
                    t(
                        N_(
                            "receipt",
                            "{printed} of {copies}",
                            printed=len(outcome.printed_numbers),
                            copies=outcome.copies,
                        )
                    ),
                ),
                (t(N_("receipt", "Fee per copy")), won(outcome.fee_per_copy_won)),
                (t(N_("receipt", "Total charged")), won(outcome.charged_won)),
                (t(N_("receipt", "Payment")), t(payment)),
                (
                    t(N_("receipt", "Time")),
                    _when(config, issued_at).strftime("%Y-%m-%d %H:%M"),
                ),
            ),
            bold_values=True,
        ),
        Section(
            t(N_("receipt", "Issuance numbers")),
            tuple(TextLine(n) for n in outcome.printed_numbers),
        ),
        Rule(),
        TextLine(t(N_("receipt", "Please keep this receipt.")), align=Align.CENTER),
        Cut(),
    ]
    return Document("receipt", tuple(blocks))


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
    """Print every copy, then capture what printed (or void); audit each number.

    Each copy's audit row is written (``printing``) before its first byte
    goes to the printer and updated after it, and printed rows become
    ``capturing`` before the capture call, so a power cut leaves a trace
    (``AuditLog.recover_interrupted``) and a capture that may have gone
    through is never voided at the next start. A paid copy counts as printed only
    when the printer confirmed it (a full status before and after, paper and
    no error); a printer that cannot say is a failure, never a charge.
    Every terminal call runs under ``devices.payment.answer_timeout_s``.

    Device worker thread only. Never raises: failures come back in the outcome.
    """
    copies = order.options.copies
    deadline_s = config.devices.payment.answer_timeout_s
    paid = not authorization.waived and order.fee_per_copy_won > 0
    printed: list[str] = []
    failed: list[str] = []
    failure: PrintResult | None = None
    identity_hash = audit.identity_hash(order.identity)
    issued_at = clock.now()
    staff = _StaffNotice(audit, config.center.kiosk_id, clock)
    for copy in range(1, copies + 1):
        try:
            number = audit.reserve_number()
            document = build_certificate(
                config,
                order,
                number=number,
                issued_at=issued_at,
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
                    issued_at=issued_at,
                    kiosk_id=config.center.kiosk_id,
                    identity_hash=identity_hash,
                    state="printing",
                    authorization_id=authorization.id,
                    authorized_won=authorization.amount_won,
                )
            )
        except Exception as exc:  # no number, document or audit row: print nothing
            log.error("certificate could not be prepared: %s", type(exc).__name__)
            failure = PrintResult.failed(PrintFailure.ERROR, f"prepare: {type(exc).__name__}")
            break
        try:
            result = printer.print_document(document)
        except Exception as exc:  # a driver bug counts as a failed print
            log.error("certificate print crashed: %s", type(exc).__name__)
            result = PrintResult.failed(PrintFailure.ERROR, type(exc).__name__)
        if result.ok and result.unchecked and paid:
            # The flow refuses paid documents on such a printer before paying;
            # should one get here anyway, an unconfirmed page is not charged.
            result = PrintResult.failed(
                PrintFailure.STATUS_UNKNOWN, "the printer cannot confirm a paid document"
            )
        _update_audit(
            audit,
            [number],
            staff,
            state="printed" if result.ok else "failed",
            printed=result.ok,
        )
        if not result.ok:
            failed.append(number)
            failure = result
            break
        printed.append(number)
        if on_copy is not None:
            on_copy(copy)
    amount = order.fee_per_copy_won * len(printed)
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
        _update_audit(audit, printed, staff, state="capturing", fee_won=order.fee_per_copy_won)
        ok, payment_detail = capture_within(payment, authorization, amount, deadline_s)
        payment_result = "captured" if ok else "capture_failed"
        if not ok:
            # Release the hold too: a capture that failed must not linger.
            void_within(payment, authorization, deadline_s)
    charged = amount if payment_result == "captured" else 0
    outcome = OrderOutcome(
        document_id=order.document_id,
        copies=copies,
        printed_numbers=tuple(printed),
        fee_per_copy_won=order.fee_per_copy_won,
        charged_won=charged,
        payment_result=payment_result,
        authorization_id=authorization.id,
        failure=failure.failure if failure is not None else None,
        failure_detail=failure.detail if failure is not None else "",
        failed_numbers=tuple(failed),
        held_won=authorization.amount_won,
        payment_detail=payment_detail,
    )
    _update_audit(
        audit,
        printed,
        staff,
        state=payment_result,
        payment_result=payment_result,
        fee_won=order.fee_per_copy_won if payment_result == "captured" else 0,
    )
    _update_audit(
        audit,
        failed,
        staff,
        payment_result="void_failed" if payment_result == "void_failed" else "voided",
        fee_won=0,
    )
    if printed and failure is None:
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
        outcome = OrderOutcome(**{**outcome.__dict__, "receipt_printed": receipt_result.ok})
    return outcome


@dataclass(frozen=True)
class _StaffNotice:
    """Where ``_update_audit`` tells staff that an audit row could not be updated."""

    audit: AuditLog
    kiosk_id: str
    clock: Clock


def _update_audit(
    audit: AuditLog, numbers: list[str], staff: _StaffNotice, **values: object
) -> None:
    """Update the rows; a failure is logged and raised to staff, never to the resident.

    A row left behind in the wrong state misleads the next start's recovery
    (a ``printed`` row whose fee was captured would be voided), so staff get
    a ``cert_audit_failed`` event naming the issuance numbers and the state
    meant (numbers only, nothing about the resident).
    """
    if not numbers:
        return
    try:
        audit.update(numbers, **values)
    except Exception as exc:  # the paper is out already; staff are told
        log.error("audit update failed: %s", type(exc).__name__)
        detail = (
            f"issuances={','.join(numbers)} state={values.get('state', '-')} "
            f"payment={values.get('payment_result', '-')} error={type(exc).__name__}"
        )
        try:
            staff.audit.staff_event(staff.kiosk_id, staff.clock.now(), "cert_audit_failed", detail)
        except Exception as event_exc:  # the database is gone: the journal is all there is
            log.error(
                "audit update failed and staff could not be told: %s (%s)",
                detail,
                type(event_exc).__name__,
            )


def _issuance_record() -> type[IssuanceRecord]:
    from kiosk.certificates.audit import IssuanceRecord

    return IssuanceRecord
