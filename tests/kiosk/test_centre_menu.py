"""The centre services menu and what a service plug-in gets from the flow (``kiosk.journeys.centre``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

import pytest

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.i18n import N_
from kiosk.journeys import centre as ce
from kiosk.journeys import flow as f
from kiosk.journeys.resident import ResidentFlow


class LendState(Enum):
    LIST = "test_lend_list"
    SAVING = "test_lend_saving"
    DONE = "test_lend_done"


@dataclass(frozen=True)
class Borrow(f.Event):
    item: str


@dataclass(frozen=True)
class Saved(f.Report):
    receipt: str


@dataclass(frozen=True)
class SaveFailed(f.Report):
    pass


class LendingJourney(ce.CentreServiceJourney):
    """A small service, as a plug-in would write one."""

    service_id = "test-lending"
    title = N_("test", "Tool lending")
    summary = N_("test", "Borrow a drill")
    steps: ClassVar[Mapping[Enum, f.Step]] = {
        LendState.LIST: f.Step.ASKING,
        LendState.SAVING: f.Step.WAITING,
        LendState.DONE: f.Step.DONE,
    }
    printing = LendState.SAVING
    on = True

    @classmethod
    def enabled(cls, config: KioskConfig) -> bool:
        return cls.on

    def open(self) -> list[f.Effect]:
        self.flow.go(LendState.LIST)
        return []

    def handlers(self) -> f.Handlers:
        return {Borrow: self._borrow, Saved: self._saved, SaveFailed: self._failed}

    def _borrow(self, event: Borrow) -> list[f.Effect]:
        self.flow.go(LendState.SAVING)
        return [f.RunJob("lend", lambda ctx: Saved("R-1"), failed=SaveFailed())]

    def _saved(self, event: Saved) -> list[f.Effect]:
        self.flow.context.part("lend", dict)["receipt"] = event.receipt
        self.flow.go(LendState.DONE)
        return []

    def _failed(self, event: SaveFailed) -> list[f.Effect]:
        self.flow.go(LendState.LIST, push=False)
        return []


class WithLending(ResidentFlow):
    journey_types = (*ResidentFlow.journey_types, LendingJourney)


@pytest.fixture
def flow(config: KioskConfig, clock: FakeClock) -> f.Flow:
    LendingJourney.on = True
    return WithLending(config, clock)


def test_the_menu_opens_only_when_a_service_is_on(config: KioskConfig, clock: FakeClock) -> None:
    config.lending.enabled = False
    config.welfare.enabled = False
    config.participation.enabled = False
    config.programmes.enabled = False
    plain = ResidentFlow(config, clock)
    assert plain.handle(ce.OpenCentre()) == []
    assert plain.state is f.State.HOME
    LendingJourney.on = False
    off = WithLending(config, clock)
    off.handle(ce.OpenCentre())
    assert off.state is f.State.HOME


def test_menu_to_service_and_back(flow: f.Flow) -> None:
    flow.handle(ce.OpenCentre())
    assert flow.state is ce.CentreState.MENU
    flow.handle(ce.OpenCentreService("no-such-service"))
    assert flow.state is ce.CentreState.MENU
    flow.handle(ce.OpenCentreService("test-lending"))
    assert flow.state is LendState.LIST
    # The service's first screen goes back to the menu, the menu to home.
    flow.handle(f.GoBack())
    assert flow.state is ce.CentreState.MENU
    assert flow.handle(f.GoBack()) == [f.SessionEnded("home")]
    assert flow.state is f.State.HOME


def test_a_job_runs_and_its_answer_moves_the_journey(flow: f.Flow) -> None:
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("test-lending"))
    [job] = flow.handle(Borrow("drill"))
    assert isinstance(job, f.RunJob)
    assert flow.state is LendState.SAVING
    # Waiting on the job: neither Back nor Home leaves it.
    assert flow.handle(f.GoBack()) == []
    assert flow.handle(f.GoHome()) == []
    assert flow.state is LendState.SAVING
    flow.handle(job.work(None))  # type: ignore[arg-type]
    assert flow.state is LendState.DONE
    assert flow.context.part("lend", dict) == {"receipt": "R-1"}
    # The done screen times out home like a ticket; its context goes with the session.
    assert flow.handle(f.GoHome()) == [f.SessionEnded("done")]
    assert flow.context.parts == {}


def test_a_failed_job_answers_with_its_own_event(flow: f.Flow) -> None:
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("test-lending"))
    [job] = flow.handle(Borrow("drill"))
    assert isinstance(job, f.RunJob)
    flow.handle(job.failed)
    assert flow.state is LendState.LIST


def test_the_menu_is_unavailable_while_the_database_is(flow: f.Flow) -> None:
    flow.handle(f.ServicesOffline())
    flow.handle(ce.OpenCentre())
    assert flow.state is f.State.UNAVAILABLE
    assert flow.context.message == ce.CENTRE_UNAVAILABLE


def test_two_journeys_may_not_share_a_state_value(config: KioskConfig, clock: FakeClock) -> None:
    class Clash(Enum):
        HOME = "home"

    class Clashing(LendingJourney):
        steps: ClassVar[Mapping[Enum, f.Step]] = {Clash.HOME: f.Step.ASKING}

    class Broken(ResidentFlow):
        journey_types = (*ResidentFlow.journey_types, Clashing)

    with pytest.raises(TypeError, match="share a value"):
        Broken(config, clock)


def test_home_waits_for_a_service_job_in_hand(config: KioskConfig, clock: FakeClock) -> None:
    """Any waiting step of a service holds Home, not only a printing one."""

    class Saving(LendingJourney):
        printing = None  # saving waits on the database; nothing prints

    class WithSaving(ResidentFlow):
        journey_types = (*ResidentFlow.journey_types, Saving)

    flow = WithSaving(config, clock)
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("test-lending"))
    flow.handle(Borrow("drill"))
    assert flow.state is LendState.SAVING
    assert flow.handle(f.GoHome()) == []
    assert flow.state is LendState.SAVING
    flow.handle(Saved("R-2"))
    assert flow.handle(f.GoHome()) == [f.SessionEnded("done")]
