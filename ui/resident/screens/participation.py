"""Resident participation's screens (주민자치회): notices, polls, voting.

They render ``kiosk.journeys.participation`` (its context, the config's
notices and polls in the session's language) and send its events. Who the
voter is never appears: the ID card is read by the certificate journey's own
screens, and these say only "your vote was counted".
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout

from kiosk.centre import participation as pa
from kiosk.config import PollConfig, PollOption
from kiosk.i18n import Text
from kiosk.journeys import participation as jp
from ui.common.i18n import day_and_time_text, day_text, tr
from ui.resident.screens.base import (
    ProgressScreen,
    drop_buttons,
    html_lines,
    make_label,
    make_panel,
    set_button_text,
)
from ui.resident.screens.centre import CentreScreen
from ui.resident.screens.certificate import won
from ui.resident.voice import PUBLIC_NAME

if TYPE_CHECKING:
    from kiosk.journeys.flow import Flow
    from ui.common.theme import Metrics
    from ui.resident.screens.base import Screen, Send

S = jp.ParticipationState


class ParticipationScreen(CentreScreen[jp.ParticipationJourney]):
    """A participation screen: texts in the session's language. Every one has the
    message line in its layout (the journey's message may outlive a screen)."""

    journey_type = jp.ParticipationJourney

    @property
    def language(self) -> str:
        return self.flow.session.language

    def is_notice(self, message: Text) -> bool:
        # Having voted already is a plain fact, not a fault: not shown as an error.
        return message == jp.ALREADY_VOTED

    def option_text(self, poll: PollConfig, option: PollOption) -> str:
        """An option's label, with its cost in a budget poll."""
        label = option.label.get(self.language)
        if poll.kind == "budget" and option.cost_won is not None:
            return tr(
                "participation",
                "{label} ({cost})",
                label=label,
                cost=won(option.cost_won, self.language),
            )
        return label

    def closes_text(self, poll: PollConfig) -> str:
        closes = pa.closes_at(poll, pa.center_zone(self.config))
        return tr("participation", "Voting is open until {when}.", when=day_and_time_text(closes))


class ParticipationHomeScreen(ParticipationScreen):
    """Today's notices and the polls open now, one large button each."""

    name = "participation_home"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.notices_title = make_label("subtitle")
        self.polls_title = make_label("subtitle")
        self.empty = make_label()
        self.notice_box = QVBoxLayout()
        self.poll_box = QVBoxLayout()
        gap = metrics.px(metrics.sizes.gap)
        for box in (self.notice_box, self.poll_box):
            box.setSpacing(gap)
        self.add_to_body(
            self.message,
            self.notices_title,
            self.notice_box,
            self.polls_title,
            self.poll_box,
            self.empty,
        )
        self.notice_buttons: dict[str, QPushButton] = {}
        self.poll_buttons: dict[str, QPushButton] = {}
        self.add_footer()

    def _rebuild(self) -> None:
        """One button per listed notice and poll (the lists change from day to day)."""
        journey = self.journey
        notices = [n.id for n in journey.notices()]
        polls = [p.id for p in journey.polls()]
        if list(self.notice_buttons) == notices and list(self.poll_buttons) == polls:
            return
        drop_buttons(self.notice_buttons.values())
        drop_buttons(self.poll_buttons.values())
        self.notice_buttons = self.add_choice_buttons(
            notices, jp.OpenNotice, variant="secondary", box=self.notice_box
        )
        self.poll_buttons = self.add_choice_buttons(polls, jp.OpenPoll, box=self.poll_box)

    def refresh(self) -> None:
        self._rebuild()
        super().refresh()

    def retranslate(self) -> None:
        self._rebuild()
        journey = self.journey
        self.title.setText(tr("participation", "Residents' council"))
        self.notices_title.setText(tr("participation", "Notices"))
        self.polls_title.setText(tr("participation", "Open votes"))
        self.notices_title.setVisible(bool(self.notice_buttons))
        self.polls_title.setVisible(bool(self.poll_buttons))
        self.empty.setText(
            tr("participation", "There are no notices or open votes right now.")
            if not self.notice_buttons and not self.poll_buttons
            else ""
        )
        self.empty.setVisible(not self.notice_buttons and not self.poll_buttons)
        for notice in journey.notices():
            set_button_text(
                self.notice_buttons[notice.id],
                notice.title.get(self.language),
                tr("participation", "Read this notice"),
            )
        for poll in journey.polls():
            question = poll.question.get(self.language)
            kind = (
                tr("participation", "Participatory budget vote")
                if poll.kind == "budget"
                else tr("participation", "Survey")
            )
            set_button_text(
                self.poll_buttons[poll.id],
                f"{kind}\n{question}",
                tr("participation", "See the options and vote"),
            )
        super().retranslate()

    def spoken_prompt(self) -> str:
        parts = [self.title.text()]
        if self.empty.isVisible():
            parts.append(self.empty.text())
        else:
            parts.append(
                tr(
                    "participation",
                    "Notices: {notices}. Open votes: {polls}. Choose one.",
                    notices=len(self.notice_buttons),
                    polls=len(self.poll_buttons),
                )
            )
        return self.with_message(*parts)


class ParticipationNoticeScreen(ParticipationScreen):
    """One notice, in large type."""

    name = "participation_notice"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.body = make_label()
        self.dates = make_label("muted")
        self.add_to_body(self.message, make_panel(self.body), self.dates)
        self.add_footer()

    def retranslate(self) -> None:
        notice = self.journey.notice()
        self.title.setText(notice.title.get(self.language) if notice else "")
        self.body.setText(notice.body.get(self.language) if notice else "")
        self.dates.setText(
            tr(
                "participation",
                "Posted from {start} to {end}",
                start=day_text(notice.shown_from),
                end=day_text(notice.shown_until),
            )
            if notice
            else ""
        )
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(self.title.text(), self.body.text())


class ParticipationPollScreen(ParticipationScreen):
    """A poll's question and options; "vote with your ID card"."""

    name = "participation_poll"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.question = make_label()
        # A list: an option that wraps continues under its first word, not
        # under its bullet, so each option reads as one.
        self.options = make_label()
        self.options.setTextFormat(Qt.TextFormat.RichText)
        self.closes = make_label("muted")
        self.how = make_label()
        self.add_to_body(
            make_panel(self.question, self.options), self.closes, self.message, self.how
        )
        self.vote_button = self.add_action_button(
            jp.StartVoting, height_mm=metrics.sizes.service_button_height
        )
        self.add_footer()

    def retranslate(self) -> None:
        poll = self.journey.poll()
        self.title.setText(
            tr("participation", "Participatory budget vote")
            if poll is not None and poll.kind == "budget"
            else tr("participation", "Survey")
        )
        if poll is not None:
            self.question.setText(poll.question.get(self.language))
            self.options.setText(html_lines((), self._option_texts()))
            self.closes.setText(self.closes_text(poll))
        self.how.setText(
            tr(
                "participation",
                "To vote, confirm who you are with your ID card. Each resident votes once; "
                "who you are is not stored with your vote.",
            )
        )
        set_button_text(
            self.vote_button,
            tr("participation", "Vote with my ID card"),
            tr("participation", "Confirm who you are with your ID card, then choose"),
        )
        super().retranslate()

    def _option_texts(self) -> list[str]:
        poll = self.journey.poll()
        return [self.option_text(poll, option) for option in poll.options] if poll else []

    def spoken_prompt(self) -> str:
        return self.with_message(
            self.title.text(),
            self.question.text(),
            *self._option_texts(),
            self.closes.text(),
            self.how.text(),
        )


class ParticipationProgressScreen(ParticipationScreen, ProgressScreen):
    """The voter list being checked, or the vote being recorded."""

    name = "participation_progress"
    shows_message = True

    def progress_texts(self) -> tuple[str, str]:
        if self.flow.state is S.CASTING:
            title = tr("participation", "Recording your vote…")
        else:
            title = tr("participation", "Identity confirmed")
        return title, tr("participation", "One moment, please.")

    def nav_enabled(self) -> tuple[bool, bool]:
        # Nothing to go back to while waiting; Home only until the vote is being written.
        return False, self.flow.state is not S.CASTING


class ParticipationChooseScreen(ParticipationScreen):
    """One button per option.

    A ballot is secret: by keypad, the option with the focus when 5 is pressed
    is the vote, so the options are read only in earphones. On the loudspeaker
    each is "a choice on the ballot", and the prompt says earphones are needed.
    """

    name = "participation_choose"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.question = make_label()
        self.add_to_body(self.message, self.question)
        self.box = QVBoxLayout()
        self.box.setSpacing(metrics.px(metrics.sizes.gap))
        self.root.addLayout(self.box)
        self.buttons: dict[str, QPushButton] = {}
        self.add_footer()

    def _rebuild(self, poll: PollConfig | None) -> None:
        # Keyed by the options, not by the poll: a technician may add an option
        # to an open poll while the kiosk runs, and its button must be there.
        options = [option.id for option in poll.options] if poll else []
        if list(self.buttons) == options:
            return
        drop_buttons(self.buttons.values())
        self.buttons = self.add_choice_buttons(
            options, jp.ChooseOption, variant="secondary", box=self.box
        )

    def retranslate(self) -> None:
        poll = self.journey.poll()
        self._rebuild(poll)
        self.title.setText(tr("participation", "Choose one"))
        self.question.setText(poll.question.get(self.language) if poll else "")
        if poll is not None:
            for option in poll.options:
                button = self.buttons[option.id]
                set_button_text(
                    button,
                    self.option_text(poll, option),
                    tr("participation", "Choose this option"),
                )
                button.setProperty(PUBLIC_NAME, tr("participation", "A choice on the ballot."))
        super().retranslate()

    def spoken_prompt(self) -> str:
        secret = tr(
            "participation",
            "A ballot is secret: its choices are read to you only in earphones.",
        )
        return self.with_message(self.title.text(), self.question.text(), secret)

    def private_prompt(self) -> str:
        return self.with_message(self.title.text(), self.question.text())


class ParticipationConfirmScreen(ParticipationScreen):
    """The option chosen, and "cast my vote"."""

    name = "participation_confirm"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.chosen = make_label()
        self.note = make_label()
        self.add_to_body(make_panel(self.chosen), self.note, self.message)
        self.cast_button = self.add_action_button(
            jp.CastVote, height_mm=metrics.sizes.service_button_height
        )
        self.add_footer()

    def retranslate(self) -> None:
        journey = self.journey
        poll = journey.poll()
        option = (
            next((o for o in poll.options if o.id == journey.context.option_id), None)
            if poll
            else None
        )
        self.title.setText(tr("participation", "Check your choice"))
        self.chosen.setText(
            tr("participation", "You chose: {option}", option=self.option_text(poll, option))
            if poll and option
            else ""
        )
        self.note.setText(
            tr(
                "participation",
                "A vote cannot be changed once it is cast. To choose again, press Back.",
            )
        )
        set_button_text(
            self.cast_button,
            tr("participation", "Cast my vote"),
            tr("participation", "Record this choice as your vote"),
        )
        super().retranslate()

    def spoken_prompt(self) -> str:
        # A ballot is secret: the choice is said only in earphones.
        chosen = (
            tr(
                "participation",
                "Your choice is on the screen. With earphones it is read to you.",
            )
            if self.chosen.text()
            else ""
        )
        return self.with_message(self.title.text(), chosen, self.note.text())

    def private_prompt(self) -> str:
        return self.with_message(self.title.text(), self.chosen.text(), self.note.text())


class ParticipationResultScreen(ParticipationScreen):
    """ "Your vote was counted", or why it was not."""

    name = "participation_result"

    def __init__(self, flow: Flow, metrics: Metrics, send: Send) -> None:
        super().__init__(flow, metrics, send)
        self.status = make_label()
        self.add_to_body(self.message, self.status)
        self.add_footer(back=False)

    def retranslate(self) -> None:
        outcome = self.journey.context.outcome
        if self.flow.state is S.DONE:
            self.title.setText(tr("participation", "Your vote was counted"))
            self.status.setText(
                tr(
                    "participation",
                    "Thank you for taking part. Please take your ID card with you.",
                )
            )
        elif outcome is pa.VoteOutcome.ALREADY_VOTED:
            self.title.setText(tr("participation", "You have already voted"))
            self.status.setText(tr("participation", "Please take your ID card with you."))
        else:
            self.title.setText(tr("participation", "Your vote was not counted"))
            self.status.setText(tr("participation", "Please take your ID card with you."))
        super().retranslate()

    def spoken_prompt(self) -> str:
        return self.with_message(self.title.text(), self.status.text())


PARTICIPATION_SCREENS: dict[Enum, type[Screen]] = {
    S.HOME: ParticipationHomeScreen,
    S.NOTICE: ParticipationNoticeScreen,
    S.POLL: ParticipationPollScreen,
    S.CHECKING: ParticipationProgressScreen,
    S.CHOOSE: ParticipationChooseScreen,
    S.CONFIRM: ParticipationConfirmScreen,
    S.CASTING: ParticipationProgressScreen,
    S.DONE: ParticipationResultScreen,
    S.REFUSED: ParticipationResultScreen,
}
