"""The card reader's news reaches the limit on refused ID details: with the card left in,
Home and a new start do not ask it again; a card put in (or taken out) is asked afresh."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drivers.card.mock import MOCK_READER, MockCardReader
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockCardOptions,
)
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import State
from tests.support.journeys import KIM_TYPED, typed
from tests.support.resident_screen import (
    button,
    cert_button,
    cert_kiosk,
    screen_text,
    tap,
    type_mrz_fields,
)
from ui.app.compose import Kiosk
from ui.common.i18n import render, tr
from ui.resident.screens.certificate import CertMrzScreen

#: Details of another resident: Kim's card in the reader refuses them.
WRONG = typed("demo-lee")


@pytest.fixture
def card() -> MockCardReader:
    return MockCardReader(MockCardOptions(identity="demo-kim"))


@pytest.fixture
def kiosk(
    tmp_path: Path, config: KioskConfig, clock: FakeClock, card: MockCardReader
) -> Iterator[Kiosk]:
    with cert_kiosk(config, tmp_path, clock, card=card) as kiosk:
        yield kiosk


def _submit(qtbot: Any, kiosk: Kiosk, details: tuple[str, str, str]) -> None:
    """From home: the resident copy chosen, ``details`` typed, Continue tapped."""
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    _type_and_continue(qtbot, kiosk, details)


def _type_and_continue(qtbot: Any, kiosk: Kiosk, details: tuple[str, str, str]) -> None:
    type_mrz_fields(kiosk, details)
    screen = kiosk.window.screens[CertMrzScreen]
    tap(screen.continue_button)
    qtbot.waitUntil(lambda: kiosk.flow.state is not State.CERT_READING, timeout=5000)


def _too_many(kiosk: Kiosk) -> bool:
    return kiosk.flow.state is State.CERT_ERROR and render(c.TOO_MANY_REFUSALS) in screen_text(
        kiosk
    )


def test_home_does_not_let_the_card_be_asked_three_times_more(
    qtbot: Any, kiosk: Kiosk, card: MockCardReader
) -> None:
    _submit(qtbot, kiosk, WRONG)
    for _ in range(c.MAX_REFUSED_DETAILS - 1):
        assert kiosk.flow.state is State.CERT_MRZ
        _type_and_continue(qtbot, kiosk, WRONG)
    assert _too_many(kiosk)
    tap(button(kiosk, tr("nav", "Home")))
    _submit(qtbot, kiosk, WRONG)
    assert _too_many(kiosk)
    # The reader says a card was put in (its removal went unreported): asked afresh.
    bridge = kiosk.window.cert
    assert bridge is not None
    bridge.card.card_inserted.emit(MOCK_READER)
    qtbot.wait(50)
    tap(button(kiosk, tr("nav", "Home")))
    _submit(qtbot, kiosk, KIM_TYPED)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=5000)
