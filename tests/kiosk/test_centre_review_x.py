"""Lending's per-number limit and programmes' disabled courses, as residents meet them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.centre.keys import PersonalDataKey
from kiosk.centre.lending import LendingError
from kiosk.centre.lending_store import Lending
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.i18n import identity_translate

NUMBER = "01012345678"


@pytest.fixture
def lending(engine: Engine, config: KioskConfig, clock: FakeClock, tmp_path: Path) -> Lending:
    return Lending(engine, config, clock, PersonalDataKey.load_or_create(tmp_path / "data"))


def test_a_centre_lending_one_tool_per_number_says_a_tool_not_1_tools(
    lending: Lending, config: KioskConfig
) -> None:
    config.lending.open_loans_per_phone = 1
    lending.request_loan("drill", NUMBER)
    with pytest.raises(LendingError) as refused:
        lending.request_loan("cart", NUMBER)
    assert refused.value.message.render(identity_translate) == (
        "This phone number already has a tool asked for or borrowed. "
        "Please return it first, or ask at the counter."
    )


def test_yesterdays_request_is_not_handed_over_past_its_numbers_limit(
    lending: Lending, clock: FakeClock
) -> None:
    """Before the sweep cancels it, yesterday's request still shows at the counter; its
    number has asked for two tools this morning (the limit): staff are told, not let
    through, and the tool goes out once one of the two is cancelled."""
    stale = lending.request_loan("ladder", NUMBER)
    clock.advance(24 * 3600)
    drill = lending.request_loan("drill", NUMBER)
    lending.request_loan("cart", NUMBER)
    with pytest.raises(LendingError) as refused:
        lending.hand_out(stale.id)
    assert refused.value.message.render(identity_translate) == (
        "This request was for an earlier day, and its phone number already holds as many "
        "tools as one number may (2). Hand it over once one of them is returned or cancelled."
    )
    held = [loan.item_id for loan in lending.open_loans() if loan.status == "out"]
    assert held == []  # nothing went out
    lending.cancel(drill.id)
    assert lending.hand_out(stale.id).status == "out"
