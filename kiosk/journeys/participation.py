"""Resident participation (주민자치회) on the kiosk: read notices, vote in polls.

The service's first screen lists the notices shown today and the polls open
now (both from ``[participation]``, by the flow's clock). A notice opens in
large type. A poll shows its question and options; to vote, the resident
identifies with their ID card through the certificate journey's own MRZ and
chip steps (``CertificateJourney.identify_for``), which hand the identity
back here (``identified``). The identity becomes this poll's voter hash on
the device worker and is wiped there; the hash is checked against the
poll's voter list (a resident who has voted hears so at once), then the
resident chooses one option, confirms, and the vote is cast
(``kiosk.centre.participation.cast_vote``, which refuses a second vote in
the database itself). The voter hash leaves the session when the vote is
cast; nothing is printed. Taking the ID card out once it has identified
the resident ends the session, as on the certificate screens
(``card_pulled``): the next person must not find the resident's vote open.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import ClassVar

from kiosk.centre import participation as pa
from kiosk.config import KioskConfig, NoticeConfig, PollConfig
from kiosk.i18n import N_, Text
from kiosk.identity import Identity
from kiosk.journeys.centre import CentreServiceJourney
from kiosk.journeys.certificates import CertificateJourney
from kiosk.journeys.flow import Effect, Event, Handlers, JobContext, Report, RunJob, Step

SERVICE_ID = "participation"

#: The session's personal data this journey keeps (wiped with the session).
_IDENTITY = "participation_identity"
_VOTER = "participation_voter"

ALREADY_VOTED = N_(
    "participation", "You have already voted in this poll. Each resident votes once."
)
#: Said under the title "Your vote was not counted": the reason only, or the voice
#: says that sentence twice.
POLL_CLOSED = N_("participation", "This poll closed before your vote could be recorded.")
#: Said on the poll's page when it closed before the resident started voting.
POLL_HAS_CLOSED = N_("participation", "This poll has closed: votes are no longer taken.")
#: A technician changed the ballot while the resident was confirming.
OPTION_GONE = N_(
    "participation",
    "That choice is no longer on the ballot. Nothing was recorded: please choose again.",
)
VOTE_NOT_RECORDED = N_(
    "participation",
    "Your vote could not be recorded just now. Please try again, or ask at the counter.",
)
CHECK_FAILED = N_(
    "participation",
    "Your ID card could not be checked against the voter list just now. Please try again, "
    "or ask at the counter.",
)


class ParticipationState(Enum):
    HOME = "participation_home"  # today's notices and the open polls
    NOTICE = "participation_notice"  # one notice in large type
    POLL = "participation_poll"  # a poll's question and options; vote with the ID card
    CHECKING = "participation_checking"  # the voter list is checked
    CHOOSE = "participation_choose"  # one option
    CONFIRM = "participation_confirm"  # the option chosen; cast the vote
    CASTING = "participation_casting"  # the vote is being written
    DONE = "participation_done"  # your vote was counted
    REFUSED = "participation_refused"  # already voted, or the poll closed


@dataclass
class ParticipationContext:
    """What the participation screens show (no personal data)."""

    notice_id: str = ""
    poll_id: str = ""
    option_id: str = ""
    message: Text | None = None
    outcome: pa.VoteOutcome | None = None
    #: Ids of what the first screen lists (fixed when it was opened).
    notice_ids: list[str] = field(default_factory=list)
    poll_ids: list[str] = field(default_factory=list)


# --- events --------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenNotice(Event):
    notice_id: str


@dataclass(frozen=True)
class OpenPoll(Event):
    poll_id: str


class StartVoting(Event):
    """ "Vote with my ID card" on a poll's screen."""


@dataclass(frozen=True)
class ChooseOption(Event):
    option_id: str


class CastVote(Event):
    """The resident confirmed their choice."""


@dataclass(frozen=True)
class VoterChecked(Report):
    #: The session the check was made for.
    journey: int
    voter: str = field(repr=False)
    already: bool


@dataclass(frozen=True)
class VoterCheckFailed(Report):
    journey: int


@dataclass(frozen=True)
class VoteRecorded(Report):
    journey: int
    outcome: pa.VoteOutcome


@dataclass(frozen=True)
class VoteFailed(Report):
    journey: int


# --- the jobs (run on the device worker) ---------------------------------------------
# They import the storage layer themselves: SQLAlchemy need not load before
# the kiosk's first frame.


def _check_voter(identity: Identity, poll_id: str, journey: int, ctx: JobContext) -> Event:
    """The resident's voter hash for ``poll_id``, and whether it has voted; wipes the identity."""
    try:
        from kiosk.centre import participation_store as vote_store
        from kiosk.centre.store import open_centre_key

        # The centre key, not this kiosk's own audit key: every kiosk must
        # make the same hash of one resident (one vote per poll, not per kiosk).
        key = open_centre_key(ctx.engine, ctx.data_dir)
        voter = vote_store.voter_hash(key, identity, poll_id)
    finally:
        identity.wipe()
    return VoterChecked(journey, voter, vote_store.has_voted(ctx.engine, poll_id, voter))


def _cast(poll: PollConfig, option_id: str, voter: str, journey: int, ctx: JobContext) -> Event:
    from kiosk.centre import participation_store as vote_store

    zone = pa.center_zone(ctx.config)
    outcome = vote_store.cast_vote(ctx.engine, poll, option_id, voter, ctx.clock, zone)
    return VoteRecorded(journey, outcome)


# --- the journey ---------------------------------------------------------------------


class ParticipationJourney(CentreServiceJourney):
    service_id = SERVICE_ID
    title = N_("participation", "Residents' council")
    summary = N_("participation", "Notices, and votes on local matters")
    steps: ClassVar[Mapping[Enum, Step]] = {
        ParticipationState.HOME: Step.ASKING,
        ParticipationState.NOTICE: Step.ASKING,
        ParticipationState.POLL: Step.ASKING,
        ParticipationState.CHECKING: Step.WAITING,
        ParticipationState.CHOOSE: Step.ASKING,
        ParticipationState.CONFIRM: Step.ASKING,
        ParticipationState.CASTING: Step.WAITING,
        ParticipationState.DONE: Step.DONE,
        ParticipationState.REFUSED: Step.DONE,
    }
    #: A vote being written is not abandoned by Home.
    printing = ParticipationState.CASTING
    screen_state = ParticipationContext

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        return config.participation.enabled

    def handlers(self) -> Handlers:
        return {
            OpenNotice: self._on_open_notice,
            OpenPoll: self._on_open_poll,
            StartVoting: self._on_start_voting,
            ChooseOption: self._on_choose_option,
            CastVote: self._on_cast_vote,
            VoterChecked: self._on_voter_checked,
            VoterCheckFailed: self._on_voter_check_failed,
            VoteRecorded: self._on_vote_recorded,
            VoteFailed: self._on_vote_failed,
        }

    # -- what the screens read --------------------------------------------------------
    @property
    def context(self) -> ParticipationContext:
        return self.flow.context.part(SERVICE_ID, ParticipationContext)

    def notices(self) -> list[NoticeConfig]:
        """The notices the first screen lists."""
        ids = self.context.notice_ids
        return [n for n in self.flow.config.participation.notices if n.id in ids]

    def polls(self) -> list[PollConfig]:
        """The polls the first screen lists."""
        ids = self.context.poll_ids
        return [p for p in self.flow.config.participation.polls if p.id in ids]

    def notice(self) -> NoticeConfig | None:
        wanted = self.context.notice_id
        return next((n for n in self.flow.config.participation.notices if n.id == wanted), None)

    def poll(self) -> PollConfig | None:
        wanted = self.context.poll_id
        return next((p for p in self.flow.config.participation.polls if p.id == wanted), None)

    def _poll_on(self, state: ParticipationState) -> PollConfig | None:
        """The poll on screen, if the flow is on ``state`` (its events are for that screen)."""
        return self.poll() if self._at(state) else None

    @property
    def _journey(self) -> int:
        return self.flow.session.id

    # -- the menu, notices and polls --------------------------------------------------
    def open(self) -> list[Effect]:
        flow = self.flow
        zone = pa.center_zone(flow.config)
        now = flow.clock.now()
        part = flow.config.participation
        context = self.context
        context.notice_ids = [n.id for n in pa.current_notices(part, now, zone)]
        context.poll_ids = [p.id for p in pa.open_polls(part, now, zone)]
        return self._advance(ParticipationState.HOME)

    def _on_open_notice(self, event: OpenNotice) -> list[Effect]:
        if not self._at(ParticipationState.HOME) or event.notice_id not in self.context.notice_ids:
            return []
        self.context.notice_id = event.notice_id
        self.flow.go(ParticipationState.NOTICE)
        return []

    def _on_open_poll(self, event: OpenPoll) -> list[Effect]:
        if not self._at(ParticipationState.HOME) or event.poll_id not in self.context.poll_ids:
            return []
        self.context.poll_id = event.poll_id
        self.context.option_id = ""
        return self._advance(ParticipationState.POLL)

    # -- identifying the voter ---------------------------------------------------------
    def _on_start_voting(self, event: StartVoting) -> list[Effect]:
        flow = self.flow
        poll = self._poll_on(ParticipationState.POLL)
        if poll is None:
            return []
        zone = pa.center_zone(flow.config)
        if pa.poll_status(poll, flow.clock.now(), zone) is not pa.PollStatus.OPEN:
            # No card was asked for: nothing to refuse, only to say.
            return self._say(POLL_HAS_CLOSED)
        self.context.message = None
        certificates = next(j for j in flow.journeys if isinstance(j, CertificateJourney))
        return certificates.identify_for(SERVICE_ID)

    def identified(self, identity: Identity) -> list[Effect]:
        """The ID card was read for this poll (``CertificateJourney.identify_for``)."""
        flow = self.flow
        poll = self.poll()
        if poll is None:  # pragma: no cover - StartVoting needs a poll
            identity.wipe()
            return flow.go_home()
        # The ID steps are behind us: Back from here on goes to the poll.
        while flow.back_stack and flow.back_stack[-1] is not ParticipationState.POLL:
            flow.back_stack.pop()
        flow.session.personal[_IDENTITY] = identity  # wiped with the session if it ends first
        flow.go(ParticipationState.CHECKING, push=False)
        journey = self._journey
        return [
            RunJob(
                "participation_check_voter",
                lambda ctx: _check_voter(identity, poll.id, journey, ctx),
                failed=VoterCheckFailed(journey),
            )
        ]

    def _forget_identity(self) -> None:
        identity = self.flow.session.personal.pop(_IDENTITY, None)
        if isinstance(identity, Identity):
            identity.wipe()

    def card_pulled(self) -> list[Effect]:
        """The ID card was taken out on one of this service's screens.

        As on the certificate screens: once the card has identified someone,
        whoever it was has left with it, so the session ends and their
        identity or voter hash is wiped. A vote being written finishes first
        (its done screen follows); a done screen just ends.
        """
        flow = self.flow
        state = flow.state
        if state is self.printing:
            return []
        if self.steps.get(state) is Step.DONE:
            return flow.end_session("done")
        personal = flow.session.personal
        if _IDENTITY in personal or _VOTER in personal:
            return flow.end_session("card_removed")
        return []  # before the card was read (a notice, a poll): nothing to wipe

    def _on_voter_checked(self, event: VoterChecked) -> list[Effect]:
        flow = self.flow
        if event.journey != self._journey or flow.state is not ParticipationState.CHECKING:
            return []
        self._forget_identity()  # the job wiped it already; the session's reference goes
        if event.already:
            return self._refuse(pa.VoteOutcome.ALREADY_VOTED)
        flow.session.personal[_VOTER] = event.voter
        self.context.option_id = ""
        flow.go(ParticipationState.CHOOSE, push=False)
        return []

    def _on_voter_check_failed(self, event: VoterCheckFailed) -> list[Effect]:
        if event.journey != self._journey or self.flow.state is not ParticipationState.CHECKING:
            return []
        self._forget_identity()
        self.context.message = CHECK_FAILED
        self._return_to(ParticipationState.POLL)
        return []

    # -- choosing and casting ---------------------------------------------------------------
    def _on_choose_option(self, event: ChooseOption) -> list[Effect]:
        poll = self._poll_on(ParticipationState.CHOOSE)
        if poll is None or event.option_id not in {option.id for option in poll.options}:
            return []
        self.context.option_id = event.option_id
        return self._advance(ParticipationState.CONFIRM)

    def _on_cast_vote(self, event: CastVote) -> list[Effect]:
        flow = self.flow
        poll = self._poll_on(ParticipationState.CONFIRM)
        voter = flow.session.personal.get(_VOTER)
        option_id = self.context.option_id
        if poll is None:
            return []
        if not isinstance(voter, str) or not option_id:  # pragma: no cover - guarded by the states
            return flow.go_home()
        self._advance(ParticipationState.CASTING, push=False)
        journey = self._journey
        return [
            RunJob(
                "participation_cast_vote",
                lambda ctx: _cast(poll, option_id, voter, journey, ctx),
                failed=VoteFailed(journey),
            )
        ]

    def _on_vote_recorded(self, event: VoteRecorded) -> list[Effect]:
        flow = self.flow
        if event.journey != self._journey or flow.state is not ParticipationState.CASTING:
            return []
        if event.outcome is pa.VoteOutcome.NO_SUCH_OPTION:
            # Nothing was written: the same voter chooses from the ballot as it is now.
            self.context.option_id = ""
            self.context.message = OPTION_GONE
            self._return_to(ParticipationState.CHOOSE)
            return []
        # Cast (or refused): who voted is no longer needed.
        flow.session.personal.pop(_VOTER, None)
        if event.outcome is pa.VoteOutcome.COUNTED:
            self.context.outcome = event.outcome
            flow.go(ParticipationState.DONE, push=False)
            return []
        return self._refuse(event.outcome)

    def _on_vote_failed(self, event: VoteFailed) -> list[Effect]:
        flow = self.flow
        if event.journey != self._journey or flow.state is not ParticipationState.CASTING:
            return []
        # The voter hash stays: the resident may try again from the same screen.
        self.context.message = VOTE_NOT_RECORDED
        flow.go(ParticipationState.CONFIRM, push=False)
        return []

    def _refuse(self, outcome: pa.VoteOutcome) -> list[Effect]:
        context = self.context
        context.outcome = outcome
        context.message = ALREADY_VOTED if outcome is pa.VoteOutcome.ALREADY_VOTED else POLL_CLOSED
        self.flow.session.personal.pop(_VOTER, None)
        self.flow.go(ParticipationState.REFUSED, push=False)
        return []

    # -- the accessibility audit ------------------------------------------------------------
    def sample(self, state: Enum) -> None:
        config = self.flow.config.participation
        context = self.context
        context.notice_ids = [n.id for n in config.notices]
        context.poll_ids = [p.id for p in config.polls]
        if config.notices:
            context.notice_id = config.notices[0].id
        if config.polls:
            poll = config.polls[0]
            context.poll_id = poll.id
            context.option_id = poll.options[0].id
        if state is ParticipationState.REFUSED:
            context.outcome = pa.VoteOutcome.ALREADY_VOTED
            context.message = ALREADY_VOTED
        elif state is ParticipationState.DONE:
            context.outcome = pa.VoteOutcome.COUNTED
