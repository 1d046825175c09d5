"""Back during a slow card read, then the details typed again: the earlier read's late
answer is not taken for the new one (it refused the resident's corrected details, or
flagged a genuine card as possibly forged, and the new read's success was thrown away)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drivers.card.mock import MockCardReader
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockCardOptions,
)
from kiosk.journeys.flow import GoBack, State
from tests.support.journeys import KIM_TYPED
from tests.support.resident_screen import button, cert_button, cert_kiosk, tap, type_mrz_fields
from ui.app.compose import Kiosk
from ui.resident.screens.certificate import CertMrzScreen

#: Kim's details with one birth-date digit wrong (its check digit made to fit).
MISTYPED = (KIM_TYPED[0], "8503253", KIM_TYPED[2])


@pytest.fixture
def kiosk(tmp_path: Path, config: KioskConfig, clock: FakeClock) -> Iterator[Kiosk]:
    slow = MockCardReader(MockCardOptions(identity="demo-kim", fault="slow", delay_ms=600))
    with cert_kiosk(config, tmp_path, clock, card=slow) as kiosk:
        yield kiosk


def test_the_read_of_details_left_behind_does_not_answer_for_the_corrected_ones(
    qtbot: Any, kiosk: Kiosk
) -> None:
    tap(cert_button(kiosk))
    tap(button(kiosk, "주민등록표 등본"))
    type_mrz_fields(kiosk, MISTYPED)
    tap(kiosk.window.screens[CertMrzScreen].continue_button)
    assert kiosk.flow.state is State.CERT_READING
    # The resident notices the mistake while the card is still being read.
    kiosk.window.send(GoBack())
    assert kiosk.flow.state is State.CERT_MRZ
    type_mrz_fields(kiosk, KIM_TYPED)
    tap(kiosk.window.screens[CertMrzScreen].continue_button)
    # The first read's refusal arrives first; the corrected details' read answers after it.
    qtbot.waitUntil(lambda: kiosk.flow.state is not State.CERT_READING, timeout=5000)
    assert kiosk.flow.state is State.CERT_OPTIONS
