"""Tool lending and parcel keeping (행복마을관리소): loans, parcels, the slip, reminders.

Tool lending: a resident asks for a tool at the kiosk with their mobile
number; the kiosk prints a slip with a loan number and the return date,
and staff hand the tool over at the counter ("out"), then take it back
("returned"). A tool asked for but never collected that day is released
the next day. Staff see the reminders: tools due within
``lending.due_soon_days`` and tools overdue, to call the borrower.

Parcel keeping: staff log a parcel they keep for a resident, by the
resident's mobile number; a resident asks at the kiosk, with their number,
whether anything is kept for them. The kiosk says how many, never what.

Phone numbers are personal data: stored encrypted and as a keyed hash
(``kiosk.centre.keys``), shown masked (010-****-5678), never logged, and
erased ``lending.keep_days`` after the tool came back, the request was
cancelled or the parcel was collected (``purge``). This module holds what
a loan, a parcel and the slip are; ``kiosk.centre.lending_store`` keeps
them in the database. How many of a tool are lent out is checked and the
loan written in one transaction, under a lock, so two kiosks cannot lend
the last drill twice. One number may hold at most
``lending.open_loans_per_phone`` tools at a time (asked for today or not
yet returned), checked under a lock of its own, so two kiosks cannot both
give a number its last one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from kiosk.centre import phone
from kiosk.config import KioskConfig, LendingItemConfig
from kiosk.i18n import N_, Text, Translate, day_text
from kiosk.printing import document as d

#: Loan statuses.
REQUESTED, OUT, RETURNED, CANCELLED = "requested", "out", "returned", "cancelled"

NONE_LEFT = N_("lending", "All of these are lent out at the moment. Please ask at the counter.")
NO_SUCH_LOAN = N_("lending", "This loan is not open any more.")
#: Staff tried to hand over a tool asked for on an earlier day, and every unit
#: has been asked for since.
EXPIRED_NONE_LEFT = N_(
    "lending",
    "This request was for an earlier day, and every one of these has been asked for since. "
    "None is left to hand over.",
)
NO_SUCH_PARCEL = N_("lending", "This parcel was already collected.")
#: Staff tried to hand over a tool asked for on an earlier day (it no longer
#: counts towards its number's limit), and the number has reached the limit since.
EXPIRED_TOO_MANY = N_(
    "lending",
    "This request was for an earlier day, and its phone number already holds as many tools "
    "as one number may ({limit}). Hand it over once one of them is returned or cancelled.",
)


def too_many(limit: int) -> Text:
    """The resident's number already holds ``lending.open_loans_per_phone`` tools.

    A centre that lends one tool per number gets a sentence of its own:
    English has a plural, and "1 tools" reads wrongly.
    """
    if limit == 1:
        return N_(
            "lending",
            "This phone number already has a tool asked for or borrowed. "
            "Please return it first, or ask at the counter.",
        )
    return N_(
        "lending",
        "This phone number already has {limit} tools asked for or borrowed. "
        "Please return one first, or ask at the counter.",
        limit=limit,
    )


class LendingError(Exception):
    """A request that cannot be done; ``message`` says why, for the resident or staff."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.source)
        self.message = message


@dataclass(frozen=True)
class Availability:
    item: LendingItemConfig
    available: int


@dataclass(frozen=True)
class Loan:
    id: int
    ref: str
    item_id: str
    status: str
    requested_at: datetime
    due_on: date
    handed_at: datetime | None
    #: When the loan ended: the tool came back, or the request was cancelled.
    returned_at: datetime | None
    #: The last four digits, for the masked number (empty once erased).
    phone_last4: str

    def masked_phone(self) -> str:
        return phone.masked(self.phone_last4)


@dataclass(frozen=True)
class Parcel:
    id: int
    ref: str
    received_at: datetime
    collected_at: datetime | None
    note: str
    phone_last4: str

    def masked_phone(self) -> str:
        return phone.masked(self.phone_last4)


def due_from(now: datetime, config: KioskConfig, item: LendingItemConfig) -> date:
    """The return date of ``item`` taken at ``now`` (the centre's calendar day)."""
    return now.astimezone(ZoneInfo(config.center.timezone)).date() + timedelta(days=item.loan_days)


def loan_slip(config: KioskConfig, loan: Loan, language: str, translate: Translate) -> d.Document:
    """The slip a resident takes to the counter: which tool, the loan number, the return date."""
    item = config.lending.item(loan.item_id)
    name = item.names.get(language) if item is not None else loan.item_id
    requested = loan.requested_at.astimezone(ZoneInfo(config.center.timezone))

    def tr(message: Text) -> str:
        return message.render(translate)

    counter = tr(N_("lending", "Counter {n}", n=config.lending.counter))
    return d.Document(
        "loan_slip",
        (
            d.TextLine(config.center.name.get(language), bold=True, align=d.Align.CENTER),
            d.TextLine(tr(N_("lending", "Tool lending")), align=d.Align.CENTER),
            d.Rule(),
            d.TextLine(name, scale=2, bold=True, align=d.Align.CENTER),
            d.DisplayCode(loan.ref),
            d.Rule(),
            d.KeyValue(
                (
                    (tr(N_("lending", "Collect at")), counter),
                    (tr(N_("lending", "Return by")), tr(day_text(loan.due_on, year=True))),
                    (tr(N_("lending", "Phone")), loan.masked_phone()),
                    (tr(N_("lending", "Asked for")), requested.strftime("%Y-%m-%d %H:%M")),
                )
            ),
            d.Feed(1),
            d.TextLine(
                tr(N_("lending", "Show this slip at the counter to collect the tool today.")),
                align=d.Align.CENTER,
            ),
            d.TextLine(
                tr(N_("lending", "Please bring it back clean by the return date.")),
                align=d.Align.CENTER,
            ),
            d.Cut(),
        ),
    )
