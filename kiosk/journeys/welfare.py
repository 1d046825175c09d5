"""The welfare intake journey (찾아가는 복지, 복지 상담): a centre service plug-in.

Three short forms, each a few large choices and at most one keypad:

- consultation: topic, day, time (free slots only), confirm;
- home visit: topic, mobile number, time of day, confirm;
- crisis report (위기가구 신고): situation, where (통/반, or "I'd rather tell
  staff"), the reporter's number or none (anonymous), confirm.

Then the request is saved (``RunJob`` on the device worker: the database,
details encrypted) and a receipt printed (another ``RunJob``). The mobile
number and 통/반 the resident types are held in ``Session.personal`` only
(wiped at the session's end, and as soon as the request is saved); the
screen's state (``WelfareForm``) holds the choices and the reference.
Domain and storage are in ``kiosk.centre.welfare``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from typing import ClassVar

from kiosk.centre import phone
from kiosk.centre import welfare as w
from kiosk.config import KioskConfig
from kiosk.i18n import N_, Text
from kiosk.journeys.centre import CentreServiceJourney, retention_job
from kiosk.journeys.flow import Effect, Event, Handlers, JobContext, Report, RunJob, Step

SERVICE_ID = "welfare"
PERSONAL_KEY = "welfare"


class WelfareState(Enum):
    CHOOSE = "welfare_choose"  # which of the three requests
    TOPIC = "welfare_topic"
    LOADING = "welfare_loading"  # free slots being looked up
    DAY = "welfare_day"
    TIME = "welfare_time"
    PHONE = "welfare_phone"  # mobile number on the keypad
    TIME_OF_DAY = "welfare_time_of_day"
    SITUATION = "welfare_situation"  # crisis: what is wrong
    PLACE = "welfare_place"  # crisis: 통/반 on the keypad
    CONFIRM = "welfare_confirm"
    SAVING = "welfare_saving"
    PRINTING = "welfare_printing"
    DONE = "welfare_done"


MSG_SLOT_TAKEN = N_(
    "welfare", "That time was just booked at another kiosk. Please choose another time."
)
MSG_NO_SLOTS = N_(
    "welfare", "There are no free consultation times in the coming days. Please ask at the counter."
)
MSG_SAVE_FAILED = N_(
    "welfare", "Your request could not be saved. Please try again, or ask at the counter."
)
MSG_SLOTS_FAILED = N_(
    "welfare",
    "The free consultation times could not be looked up. Please try again, or ask at the counter.",
)
MSG_PLACE = N_(
    "welfare", "Please type the tong and ban numbers, or choose “I'd rather tell staff”."
)
MSG_NOT_PRINTED = N_(
    "welfare",
    "The receipt could not be printed. Your request was received: please note the "
    "reference {reference}.",
)


@dataclass
class WelfarePersonal:
    """What the resident typed: kept for the current request only."""

    phone: str = ""
    tong: str = ""
    ban: str = ""
    #: The reporter would rather say where at the counter.
    tell_staff: bool = False

    def wipe(self) -> None:
        self.phone = self.tong = self.ban = ""
        self.tell_staff = False


@dataclass
class WelfareForm:
    """The welfare screens' state (nothing typed: that is ``WelfarePersonal``)."""

    kind: w.RequestKind | None = None
    topic: str = ""
    situation: str = ""
    time_of_day: str = ""
    free: tuple[datetime, ...] = ()
    day: date | None = None
    slot: datetime | None = None
    message: Text | None = None
    #: After saving: the reference and what the receipt says.
    saved: w.SavedRequest | None = None
    masked_phone: str = ""
    printed: bool | None = None
    #: Did the resident give a number (crisis reports may stay anonymous).
    anonymous: bool = False


# --- events -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ChooseRequest(Event):
    kind: str  # a RequestKind value


@dataclass(frozen=True)
class ChooseTopic(Event):
    topic_id: str


@dataclass(frozen=True)
class ChooseDay(Event):
    day: date


@dataclass(frozen=True)
class ChooseSlot(Event):
    slot: datetime


@dataclass(frozen=True)
class ChooseTimeOfDay(Event):
    key: str


@dataclass(frozen=True)
class ChooseSituation(Event):
    key: str


@dataclass(frozen=True)
class SubmitPhone(Event):
    digits: str = field(repr=False)


class SkipPhone(Event):
    """Crisis report: the reporter stays anonymous."""


@dataclass(frozen=True)
class SubmitPlace(Event):
    tong: str = field(repr=False)
    ban: str = field(repr=False)


class PlaceWithStaff(Event):
    """Crisis report: "I'd rather tell staff" where the household is."""


class ConfirmRequest(Event):
    pass


@dataclass(frozen=True)
class SlotsReady(Report):
    slots: tuple[datetime, ...]


class SlotsFailed(Report):
    pass


@dataclass(frozen=True)
class RequestSaved(Report):
    saved: w.SavedRequest


class SlotTaken(Report):
    pass


class SaveFailed(Report):
    pass


@dataclass(frozen=True)
class ReceiptDone(Report):
    printed: bool


def purge_job() -> RunJob:
    """Delete requests past ``welfare.retention_days``."""

    def purge(ctx: JobContext) -> int:
        from kiosk.centre import welfare_store  # on the worker: SQL loads after the first frame

        return welfare_store.purge(ctx.engine, ctx.config, ctx.clock)

    return retention_job(SERVICE_ID, purge)


class WelfareJourney(CentreServiceJourney):
    service_id: ClassVar[str] = SERVICE_ID
    title: ClassVar[Text] = N_("welfare", "Welfare consultation and reports")
    summary: ClassVar[Text] = N_(
        "welfare", "Book a consultation, ask for a home visit, report a neighbour in crisis"
    )
    steps: ClassVar[Mapping[Enum, Step]] = {
        WelfareState.CHOOSE: Step.ASKING,
        WelfareState.TOPIC: Step.ASKING,
        WelfareState.LOADING: Step.WAITING,
        WelfareState.DAY: Step.ASKING,
        WelfareState.TIME: Step.ASKING,
        WelfareState.PHONE: Step.ASKING,
        WelfareState.TIME_OF_DAY: Step.ASKING,
        WelfareState.SITUATION: Step.ASKING,
        WelfareState.PLACE: Step.ASKING,
        WelfareState.CONFIRM: Step.ASKING,
        WelfareState.SAVING: Step.WAITING,
        WelfareState.PRINTING: Step.WAITING,
        WelfareState.DONE: Step.DONE,
    }
    printing: ClassVar[Enum | None] = WelfareState.PRINTING
    screen_state = WelfareForm

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        return config.welfare.enabled

    # -- what the screens read -------------------------------------------------------
    @property
    def form(self) -> WelfareForm:
        return self.flow.context.part(SERVICE_ID, WelfareForm)

    @property
    def personal(self) -> WelfarePersonal:
        value = self.flow.session.personal.get(PERSONAL_KEY)
        if not isinstance(value, WelfarePersonal):
            value = self.flow.session.personal[PERSONAL_KEY] = WelfarePersonal()
        return value

    def days(self) -> list[date]:
        """The days with a free slot, in order (local dates)."""
        config = self.flow.config
        return sorted({w.local_time(config, slot).date() for slot in self.form.free})

    def times(self) -> list[datetime]:
        """The free slots of the chosen day."""
        config = self.flow.config
        return [s for s in self.form.free if w.local_time(config, s).date() == self.form.day]

    # -- navigation --------------------------------------------------------------------
    def open(self) -> list[Effect]:
        self.flow.context.parts[SERVICE_ID] = WelfareForm()
        self.flow.go(WelfareState.CHOOSE)
        return []

    def _go(self, state: WelfareState, *, push: bool = True) -> None:
        self.flow.go(state, push=push)

    def handlers(self) -> Handlers:
        return {
            ChooseRequest: self._on_request,
            ChooseTopic: self._on_topic,
            ChooseDay: self._on_day,
            ChooseSlot: self._on_slot,
            ChooseTimeOfDay: self._on_time_of_day,
            ChooseSituation: self._on_situation,
            SubmitPhone: self._on_phone,
            SkipPhone: self._on_skip_phone,
            SubmitPlace: self._on_place,
            PlaceWithStaff: self._on_place_with_staff,
            ConfirmRequest: self._on_confirm,
            SlotsReady: self._on_slots,
            SlotsFailed: self._on_slots_failed,
            RequestSaved: self._on_saved,
            SlotTaken: self._on_slot_taken,
            SaveFailed: self._on_save_failed,
            ReceiptDone: self._on_receipt,
        }

    # -- the resident's answers ------------------------------------------------------------
    def _on_request(self, event: ChooseRequest) -> list[Effect]:
        if not self._at(WelfareState.CHOOSE):
            return []
        kinds = {k.value: k for k in w.RequestKind}
        if event.kind not in kinds:
            return []
        self.flow.context.parts[SERVICE_ID] = WelfareForm(kind=kinds[event.kind])
        self.personal.wipe()
        if self.form.kind is w.RequestKind.CRISIS:
            self._go(WelfareState.SITUATION)
        else:
            self._go(WelfareState.TOPIC)
        return []

    def _on_topic(self, event: ChooseTopic) -> list[Effect]:
        if (
            not self._at(WelfareState.TOPIC)
            or self.flow.config.welfare.topic(event.topic_id) is None
        ):
            return []
        form = self.form
        form.topic = event.topic_id
        form.message = None
        if form.kind is w.RequestKind.CONSULTATION:
            return self._load_slots()
        self._go(WelfareState.PHONE)
        return []

    def _load_slots(self, *, push: bool = True) -> list[Effect]:
        self._go(WelfareState.LOADING, push=push)

        def work(ctx: JobContext) -> Event:
            from kiosk.centre import welfare_store  # on the worker: SQL loads after the first frame

            return SlotsReady(
                tuple(welfare_store.free_slots(ctx.engine, ctx.config, ctx.clock.now()))
            )

        return [RunJob("welfare-slots", work, failed=SlotsFailed())]

    def _on_slots(self, event: SlotsReady) -> list[Effect]:
        if not self._at(WelfareState.LOADING):
            return []
        form = self.form
        form.free = event.slots
        if not event.slots:
            form.message = MSG_NO_SLOTS
        self._go(WelfareState.DAY)
        return []

    def _on_day(self, event: ChooseDay) -> list[Effect]:
        if not self._at(WelfareState.DAY) or event.day not in self.days():
            return []
        self.form.day = event.day
        return self._advance(WelfareState.TIME)

    def _on_slot(self, event: ChooseSlot) -> list[Effect]:
        if not self._at(WelfareState.TIME) or event.slot not in self.times():
            return []
        self.form.slot = event.slot
        return self._advance(WelfareState.CONFIRM)

    def _on_situation(self, event: ChooseSituation) -> list[Effect]:
        if not self._at(WelfareState.SITUATION) or event.key not in w.SITUATIONS:
            return []
        self.form.situation = event.key
        self._go(WelfareState.PLACE)
        return []

    def _on_place(self, event: SubmitPlace) -> list[Effect]:
        if not self._at(WelfareState.PLACE):
            return []
        ok = all(v.isdigit() and 1 <= len(v) <= 3 and int(v) > 0 for v in (event.tong, event.ban))
        if not ok:
            return self._say(MSG_PLACE)
        personal = self.personal
        personal.tong, personal.ban, personal.tell_staff = event.tong, event.ban, False
        return self._advance(WelfareState.PHONE)

    def _on_place_with_staff(self, event: PlaceWithStaff) -> list[Effect]:
        if not self._at(WelfareState.PLACE):
            return []
        personal = self.personal
        personal.tong = personal.ban = ""
        personal.tell_staff = True
        return self._advance(WelfareState.PHONE)

    def _on_phone(self, event: SubmitPhone) -> list[Effect]:
        if not self._at(WelfareState.PHONE):
            return []
        digits = event.digits
        if not digits and self.form.kind is w.RequestKind.CRISIS:
            return self._on_skip_phone(SkipPhone())
        problem = phone.mobile_problem(digits)
        if problem is not None:
            return self._say(problem)
        self.personal.phone = digits
        self.form.anonymous = False
        return self._after_phone()

    def _on_skip_phone(self, event: SkipPhone) -> list[Effect]:
        if not self._at(WelfareState.PHONE) or self.form.kind is not w.RequestKind.CRISIS:
            return []
        self.personal.phone = ""
        self.form.anonymous = True
        return self._after_phone()

    def _after_phone(self) -> list[Effect]:
        if self.form.kind is w.RequestKind.HOME_VISIT:
            return self._advance(WelfareState.TIME_OF_DAY)
        return self._advance(WelfareState.CONFIRM)

    def _on_time_of_day(self, event: ChooseTimeOfDay) -> list[Effect]:
        if not self._at(WelfareState.TIME_OF_DAY) or event.key not in w.TIMES_OF_DAY:
            return []
        self.form.time_of_day = event.key
        self._go(WelfareState.CONFIRM)
        return []

    # -- saving and printing ---------------------------------------------------------------
    def request(self) -> w.WelfareRequest:
        """What the confirm screen shows and the database gets."""
        form, personal = self.form, self.personal
        details: dict[str, str] = {}
        if form.topic:
            details["topic"] = form.topic
        if form.situation:
            details["situation"] = form.situation
        if form.time_of_day:
            details["time_of_day"] = form.time_of_day
        if personal.phone:
            details["phone"] = personal.phone
        if form.kind is w.RequestKind.CRISIS:
            if personal.tell_staff:
                details["place"] = "tell_staff"
            else:
                details["tong"], details["ban"] = personal.tong, personal.ban
        assert form.kind is not None
        return w.WelfareRequest(form.kind, form.slot, details)

    def _on_confirm(self, event: ConfirmRequest) -> list[Effect]:
        if not self._at(WelfareState.CONFIRM) or self.form.kind is None:
            return []
        if self.form.kind is w.RequestKind.CONSULTATION and self.form.slot is None:
            # A consultation is a time at the desk: never saved without one.
            return self._choose_time_again()
        request = self.request()
        self.form.masked_phone = phone.masked_number(self.personal.phone)
        self._advance(WelfareState.SAVING)

        def work(ctx: JobContext) -> Event:
            from kiosk.centre import welfare_store  # on the worker: SQL loads after the first frame
            from kiosk.centre.store import open_centre_key

            cipher = welfare_store.WelfareCipher(open_centre_key(ctx.engine, ctx.data_dir))
            try:
                saved = welfare_store.save_request(
                    ctx.engine, cipher, ctx.config, ctx.clock, request
                )
            except w.SlotTakenError:
                return SlotTaken()
            return RequestSaved(saved)

        return [RunJob("welfare-save", work, failed=SaveFailed())]

    def _on_saved(self, event: RequestSaved) -> list[Effect]:
        if not self._at(WelfareState.SAVING):
            return []
        form = self.form
        form.saved = event.saved
        # Stored (encrypted): what the resident typed is not needed any more.
        self.personal.wipe()
        self._go(WelfareState.PRINTING)
        saved = event.saved
        about = {"topic": form.topic, "situation": form.situation}
        masked = form.masked_phone
        language = self.flow.session.language

        def work(ctx: JobContext) -> Event:
            document = w.build_receipt(
                ctx.config,
                saved,
                what=w.describe(ctx.config, about, ctx.translate, language),
                masked_phone=masked,
                language=language,
                translate=ctx.translate,
            )
            return ReceiptDone(ctx.printer.print_document(document).ok)

        return [RunJob("welfare-receipt", work, failed=ReceiptDone(False))]

    def _on_slot_taken(self, event: SlotTaken) -> list[Effect]:
        if not self._at(WelfareState.SAVING):
            return []
        effects = self._choose_time_again()
        self.form.message = MSG_SLOT_TAKEN
        return effects

    def _choose_time_again(self) -> list[Effect]:
        """Look the free times up again, as when the topic was chosen.

        The day, time and confirmation chosen since then leave the back
        stack, so Back from the day list goes to the topic, never to a
        confirmation that has lost its time.
        """
        self.form.slot = None
        stack = self.flow.back_stack
        while stack and stack[-1] is not WelfareState.TOPIC:
            stack.pop()
        return self._load_slots(push=False)

    def _on_save_failed(self, event: SaveFailed) -> list[Effect]:
        if self._at(WelfareState.SAVING):
            self.form.message = MSG_SAVE_FAILED
            self._return_to(WelfareState.CONFIRM)
        return []

    def _on_slots_failed(self, event: SlotsFailed) -> list[Effect]:
        # Nothing was being saved: the resident is told the times could not be
        # looked up, back where they chose the topic, and may try again.
        if self._at(WelfareState.LOADING):
            self.form.message = MSG_SLOTS_FAILED
            self._return_to(WelfareState.TOPIC)
        return []

    def _on_receipt(self, event: ReceiptDone) -> list[Effect]:
        if not self._at(WelfareState.PRINTING):
            return []
        form = self.form
        form.printed = event.printed
        if not event.printed and form.saved is not None:
            form.message = MSG_NOT_PRINTED.format(reference=form.saved.reference)
        self._go(WelfareState.DONE)
        return []

    # -- the accessibility audit ----------------------------------------------------------
    def sample(self, state: Enum) -> None:
        config = self.flow.config
        now = self.flow.clock.now()
        kind = {
            WelfareState.PHONE: w.RequestKind.HOME_VISIT,
            WelfareState.TIME_OF_DAY: w.RequestKind.HOME_VISIT,
            WelfareState.SITUATION: w.RequestKind.CRISIS,
            WelfareState.PLACE: w.RequestKind.CRISIS,
        }.get(state, w.RequestKind.CONSULTATION)  # type: ignore[call-overload]
        free = tuple(w.candidate_slots(config, now))
        form = WelfareForm(kind=kind, topic=config.welfare.topics[0].id, free=free)
        if free:
            form.day = w.local_time(config, free[0]).date()
            form.slot = free[0]
        if state in (WelfareState.DONE, WelfareState.PRINTING):
            form.saved = w.SavedRequest(
                7,
                w.reference_of(w.local_time(config, now).date(), 7),
                kind,
                form.slot,
                now.astimezone(UTC),
            )
            form.printed = True
        self.flow.context.parts[SERVICE_ID] = form
