"""The tool-lending and parcel journey (a centre service; ``kiosk.centre.lending``).

Borrow a tool: the tools with how many are free (LOADING, then ITEMS) ->
the resident's mobile number on the keypad (PHONE) -> "borrow this until
that day?" (CONFIRM) -> the loan is written and its slip printed in one
device job (SAVING) -> "take your slip to counter N" (DONE).

Parcels: the mobile number (PHONE) -> counted (CHECKING) -> "N parcels are
kept for you" or "none" (PARCELS). The kiosk never says what the parcels
are: anyone can type a number.

The number the resident typed lives in ``Session.personal`` and goes with
the session.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, ClassVar

from kiosk.centre import phone
from kiosk.centre.lending import (
    NONE_LEFT,
    Availability,
    LendingError,
    Loan,
    due_from,
    loan_slip,
)
from kiosk.config import KioskConfig
from kiosk.i18n import N_, Text
from kiosk.journeys.centre import CentreServiceJourney, retention_job
from kiosk.journeys.flow import Effect, Event, Handlers, JobContext, Report, RunJob, Step
from kiosk.ports.printer import PrintResult

if TYPE_CHECKING:
    from kiosk.centre.lending_store import Lending

PHONE_KEY = "lending_phone"

LENDING_FAILED = N_("lending", "Lending is temporarily unavailable. Please ask at the counter.")


class LendingState(Enum):
    HOME = "lending_home"  # borrow a tool, or ask about parcels
    LOADING = "lending_loading"  # counting the free tools
    ITEMS = "lending_items"
    PHONE = "lending_phone"
    CONFIRM = "lending_confirm"
    SAVING = "lending_saving"  # writing the loan, printing its slip
    DONE = "lending_done"
    CHECKING = "lending_checking"  # counting the resident's parcels
    PARCELS = "lending_parcels"


BORROW, PARCELS = "borrow", "parcels"


@dataclass
class LendingContext:
    """What the lending screens show."""

    mode: str = BORROW
    items: list[Availability] = field(default_factory=list)
    item_id: str = ""
    message: Text | None = None
    loan: Loan | None = None
    #: The slip's print result (None until printed).
    printed: PrintResult | None = None
    parcels: int = 0


# --- events ------------------------------------------------------------------------


@dataclass(frozen=True)
class ChooseLendingMode(Event):
    mode: str


@dataclass(frozen=True)
class ChooseItem(Event):
    item_id: str


@dataclass(frozen=True, repr=False)
class SubmitPhone(Event):
    """The mobile number, digits only. Personal: never logged."""

    digits: str


class ConfirmLoan(Event):
    """The resident confirmed the loan."""


@dataclass(frozen=True)
class ItemsCounted(Report):
    items: tuple[Availability, ...]


@dataclass(frozen=True)
class LoanSaved(Report):
    loan: Loan
    printed: PrintResult


@dataclass(frozen=True)
class LoanRefused(Report):
    message: Text


@dataclass(frozen=True)
class ParcelsCounted(Report):
    count: int


class LendingJobFailed(Report):
    """The database did not answer a lending job."""


# --- the jobs (device worker) ---------------------------------------------------------


def _lending(ctx: JobContext) -> Lending:
    # Imported here, on the device worker: the storage layer (SQLAlchemy, the
    # key's cryptography) need not load before the kiosk's first frame.
    from kiosk.centre.lending_store import Lending
    from kiosk.centre.store import open_centre_key

    return Lending(ctx.engine, ctx.config, ctx.clock, open_centre_key(ctx.engine, ctx.data_dir))


def purge_job() -> RunJob:
    """Erase the phone numbers of finished loans and parcels past ``lending.keep_days``."""
    return retention_job("lending", lambda ctx: _lending(ctx).purge())


def _count_items(ctx: JobContext) -> Event:
    return ItemsCounted(tuple(_lending(ctx).availability()))


def _save_loan(item_id: str, digits: str, language: str) -> RunJob:
    def work(ctx: JobContext) -> Event:
        try:
            loan = _lending(ctx).request_loan(item_id, digits)
        except LendingError as exc:
            return LoanRefused(exc.message)
        slip = loan_slip(ctx.config, loan, language, ctx.translate)
        return LoanSaved(loan, ctx.printer.print_document(slip))

    return RunJob("lending_save_loan", work, failed=LendingJobFailed())


def _count_parcels(digits: str) -> RunJob:
    def work(ctx: JobContext) -> Event:
        return ParcelsCounted(_lending(ctx).parcels_for(digits))

    return RunJob("lending_count_parcels", work, failed=LendingJobFailed())


# --- the journey -------------------------------------------------------------------


class LendingJourney(CentreServiceJourney):
    service_id = "lending"
    title = N_("lending", "Tool lending and parcels")
    summary = N_("lending", "Borrow a tool, or ask whether a parcel is kept for you")
    steps: ClassVar[Mapping[Enum, Step]] = {
        LendingState.HOME: Step.ASKING,
        LendingState.LOADING: Step.WAITING,
        LendingState.ITEMS: Step.ASKING,
        LendingState.PHONE: Step.ASKING,
        LendingState.CONFIRM: Step.ASKING,
        LendingState.SAVING: Step.WAITING,
        LendingState.DONE: Step.DONE,
        LendingState.CHECKING: Step.WAITING,
        LendingState.PARCELS: Step.DONE,
    }
    printing = LendingState.SAVING
    screen_state = LendingContext

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        settings = config.lending
        return settings.enabled and (bool(settings.items) or settings.parcels)

    @property
    def context(self) -> LendingContext:
        return self.flow.context.part(self.service_id, LendingContext)

    def item_name(self, language: str) -> str:
        item = self.flow.config.lending.item(self.context.item_id)
        return item.names.get(language) if item is not None else ""

    def handlers(self) -> Handlers:
        return {
            ChooseLendingMode: self._on_mode,
            ItemsCounted: self._on_items_counted,
            ChooseItem: self._on_item,
            SubmitPhone: self._on_phone,
            ConfirmLoan: self._on_confirm,
            LoanSaved: self._on_saved,
            LoanRefused: self._on_refused,
            ParcelsCounted: self._on_parcels_counted,
            LendingJobFailed: self._on_job_failed,
        }

    def open(self) -> list[Effect]:
        settings = self.flow.config.lending
        if settings.parcels and settings.items:
            self.flow.go(LendingState.HOME)
            return []
        return self._start(BORROW if settings.items else PARCELS)

    def _start(self, mode: str) -> list[Effect]:
        self.context.mode = mode
        if mode == PARCELS:
            return self._advance(LendingState.PHONE)
        self._advance(LendingState.LOADING)
        return [RunJob("lending_count_items", _count_items, failed=LendingJobFailed())]

    def _on_mode(self, event: ChooseLendingMode) -> list[Effect]:
        if not self._at(LendingState.HOME) or event.mode not in (BORROW, PARCELS):
            return []
        return self._start(event.mode)

    def _on_items_counted(self, event: ItemsCounted) -> list[Effect]:
        if not self._at(LendingState.LOADING):
            return []
        self.context.items = list(event.items)
        # The counting screen waited on the database: Back from the list skips it.
        self.flow.go(LendingState.ITEMS, push=False)
        return []

    def _on_item(self, event: ChooseItem) -> list[Effect]:
        if not self._at(LendingState.ITEMS):
            return []
        free = next((a for a in self.context.items if a.item.id == event.item_id), None)
        if free is None:
            return []
        if free.available == 0:
            return self._say(NONE_LEFT)
        self.context.item_id = event.item_id
        return self._advance(LendingState.PHONE)

    def _on_phone(self, event: SubmitPhone) -> list[Effect]:
        if not self._at(LendingState.PHONE):
            return []
        problem = phone.mobile_problem(event.digits)
        if problem is not None:
            return self._say(problem)
        self.flow.session.personal[PHONE_KEY] = event.digits
        if self.context.mode == PARCELS:
            self._advance(LendingState.CHECKING)
            return [_count_parcels(event.digits)]
        return self._advance(LendingState.CONFIRM)

    def due_on(self) -> date | None:
        """The return date the confirm screen promises (the loan's, once saved)."""
        if self.context.loan is not None:
            return self.context.loan.due_on
        item = self.flow.config.lending.item(self.context.item_id)
        if item is None:
            return None
        return due_from(self.flow.clock.now(), self.flow.config, item)

    def masked_phone(self) -> str:
        digits = self.flow.session.personal.get(PHONE_KEY, "")
        return phone.masked(digits[-4:]) if isinstance(digits, str) else ""

    def _on_confirm(self, event: ConfirmLoan) -> list[Effect]:
        digits = self.flow.session.personal.get(PHONE_KEY)
        if not self._at(LendingState.CONFIRM) or not isinstance(digits, str):
            return []
        self.flow.go(LendingState.SAVING)
        return [_save_loan(self.context.item_id, digits, self.flow.session.language)]

    def _on_saved(self, event: LoanSaved) -> list[Effect]:
        if not self._at(LendingState.SAVING):
            return []
        self.context.loan = event.loan
        self.context.printed = event.printed
        self.flow.go(LendingState.DONE, push=False)
        return []

    def _on_refused(self, event: LoanRefused) -> list[Effect]:
        if not self._at(LendingState.SAVING):
            return []
        # The last one went to someone else meanwhile, or this number holds as many
        # tools as it may: back to the list, counted again, with the reason.
        self.flow.back_stack = [s for s in self.flow.back_stack if s not in self.steps]
        self.flow.go(LendingState.LOADING, push=False)
        self.context.message = event.message
        return [RunJob("lending_count_items", _count_items, failed=LendingJobFailed())]

    def _on_parcels_counted(self, event: ParcelsCounted) -> list[Effect]:
        if not self._at(LendingState.CHECKING):
            return []
        self.context.parcels = event.count
        self.flow.go(LendingState.PARCELS, push=False)
        return []

    def _on_job_failed(self, event: LendingJobFailed) -> list[Effect]:
        if self.steps.get(self.flow.state) is not Step.WAITING:
            return []
        self.flow.session.wipe()
        self.flow.show_unavailable(LENDING_FAILED)
        return []

    def sample(self, state: Enum) -> None:
        settings = self.flow.config.lending
        context = self.context
        context.items = [Availability(item, item.units - 1) for item in settings.items]
        if settings.items:
            context.item_id = settings.items[0].id
        self.flow.session.personal[PHONE_KEY] = "01012345678"
        if state is LendingState.PHONE:
            context.mode = BORROW
        if state is LendingState.DONE and settings.items:
            now = self.flow.clock.now()
            context.loan = Loan(
                id=1,
                ref=f"L-{now:%m%d}-001",
                item_id=settings.items[0].id,
                status="requested",
                requested_at=now,
                due_on=due_from(now, self.flow.config, settings.items[0]),
                handed_at=None,
                returned_at=None,
                phone_last4="5678",
            )
            context.printed = PrintResult.printed()
        if state is LendingState.PARCELS:
            context.mode = PARCELS
            context.parcels = 2
