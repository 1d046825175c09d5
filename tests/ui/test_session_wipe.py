"""After a certificate session ends, no widget of the window still holds what was typed.

The MRZ details a resident types (document number, birth date, expiry
date) are personal data. However the session ends (done, cancel, timeout,
card removed), every widget of the window, hidden screens included, is
searched for them: texts, accessible names and descriptions, tooltips.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from drivers.card.mock import MockCardReader
from drivers.payment.mock import MockPayment
from drivers.printer.mock import MockPrinter
from drivers.records.demo import DemoRecordsProvider
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockCardOptions,
    MockPaymentOptions,
    MockPrinterOptions,
    PrinterProfile,
)
from kiosk.journeys.flow import State
from tests.support.resident_screen import KIM_TYPED, button, tap, type_mrz_fields
from tests.support.widget_text import leftovers
from tests.ui.test_cert_journey import (
    PERSONAL,
    _continue,
    _home,
    _identify,
    _pay,
    _start,
)
from ui.app.compose import Kiosk, build_kiosk
from ui.resident.screens.certificate import CertMrzScreen

#: What the resident typed, whole and in parts a screen might show.
TYPED = (*KIM_TYPED, "M12345678", "850315", "320101", *PERSONAL)


@pytest.fixture
def card() -> MockCardReader:
    return MockCardReader(MockCardOptions(identity="demo-kim"))


@pytest.fixture
def kiosk(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock, card: MockCardReader
) -> Iterator[Kiosk]:
    k = build_kiosk(
        config,
        data_dir=tmp_path,
        clock=clock,
        kiosk_mode=False,
        printer=MockPrinter(MockPrinterOptions(), PrinterProfile()),
        card_reader=card,
        records=DemoRecordsProvider(),
        payment=MockPayment(MockPaymentOptions(script=["approve"])),
    )
    k.window.show()
    k.start()
    yield k
    k.shutdown()


def _type_without_submitting(kiosk: Kiosk) -> None:
    type_mrz_fields(kiosk)
    # While the session lasts the resident sees what they typed.
    assert leftovers(kiosk.window, KIM_TYPED)


def _done_then_home(qtbot: Any, kiosk: Kiosk, card: MockCardReader, clock: FakeClock) -> None:
    _identify(qtbot, kiosk)
    tap(button(kiosk, _continue()))
    tap(button(kiosk, _pay(200)))
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_DONE, timeout=5000)
    tap(button(kiosk, _home()))


def _cancel_while_typing(qtbot: Any, kiosk: Kiosk, card: MockCardReader, clock: FakeClock) -> None:
    _start(qtbot, kiosk, "주민등록표 등본")
    _type_without_submitting(kiosk)
    tap(button(kiosk, _home()))


def _timeout_while_typing(qtbot: Any, kiosk: Kiosk, card: MockCardReader, clock: FakeClock) -> None:
    _start(qtbot, kiosk, "주민등록표 등본")
    _type_without_submitting(kiosk)
    for _ in range(2):  # past the warning, then past the limit
        clock.advance(kiosk.flow.config.ui.idle_timeout_s)
        kiosk.window.tick()


def _card_removed_after_reading(
    qtbot: Any, kiosk: Kiosk, card: MockCardReader, clock: FakeClock
) -> None:
    _identify(qtbot, kiosk)
    card.remove()


ENDINGS: dict[str, Callable[[Any, Kiosk, MockCardReader, FakeClock], None]] = {
    "done": _done_then_home,
    "cancel": _cancel_while_typing,
    "timeout": _timeout_while_typing,
    "card-removed": _card_removed_after_reading,
}


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_no_widget_holds_typed_details_after_the_session(
    qtbot: Any, kiosk: Kiosk, card: MockCardReader, clock: FakeClock, ending: str
) -> None:
    ENDINGS[ending](qtbot, kiosk, card, clock)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.HOME, timeout=5000)
    assert leftovers(kiosk.window, TYPED) == []


def test_typing_still_shows_on_the_keypad_screen(qtbot: Any, kiosk: Kiosk) -> None:
    # The wipe must not blank the details while the resident is still typing.
    _start(qtbot, kiosk, "주민등록표 등본")
    _type_without_submitting(kiosk)
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    assert [screen.field_buttons[n].text() for n in screen.FIELDS] == list(KIM_TYPED)
