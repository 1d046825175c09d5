"""A vote cast as its poll closes, as the voter sees and hears the refusal."""

from __future__ import annotations

from typing import Any

from kiosk.centre import participation as pa
from kiosk.centre import participation_store as vote_store
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from tests.support.resident_screen import button, screen_text, tap
from tests.ui.test_participation import S, _open_service, _vote_with_card
from ui.app.compose import Kiosk
from ui.common.i18n import tr


def test_a_vote_cast_after_the_closing_time_is_refused_and_said_once(
    qtbot: Any, kiosk: Kiosk, config: KioskConfig
) -> None:
    budget = config.participation.poll("budget-2027")
    _open_service(qtbot, kiosk)
    _vote_with_card(qtbot, kiosk, budget.question.ko)
    qtbot.waitUntil(lambda: kiosk.flow.state is S.CHOOSE, timeout=10000)
    cost = tr("cert", "{amount} won", amount="24,000,000")
    tap(
        button(
            kiosk,
            tr("participation", "{label} ({cost})", label="골목길 LED 가로등 교체", cost=cost),
        )
    )
    clock = kiosk.clock
    assert isinstance(clock, FakeClock)
    closes = budget.closes.replace(tzinfo=budget.closes.tzinfo or pa.center_zone(config))
    clock.advance((closes - clock.now()).total_seconds() + 1)
    tap(button(kiosk, tr("participation", "Cast my vote")))
    qtbot.waitUntil(lambda: kiosk.flow.state is S.REFUSED, timeout=10000)
    title = tr("participation", "Your vote was not counted")
    assert title in screen_text(kiosk)
    spoken = kiosk.window.current_screen.spoken_prompt()
    # Was: "마감된 투표입니다. 투표가 반영되지 않았습니다. 투표가 반영되지 않았습니다. ..."
    assert spoken.count(title) == 1
    assert tr("participation", "This poll closed before your vote could be recorded.") in spoken
    assert vote_store.results(kiosk.engine, budget).total == 0
    assert kiosk.flow.session.personal == {}
