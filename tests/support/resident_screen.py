"""What a resident sees on the kiosk window and how they tap it, for UI tests.

The certificate journey tests and the printing fault tests read the current
screen's visible text and tap buttons by the label a resident would read,
type the demo resident's ID details on the keypad, and build kiosks on the
mock devices with ``kiosk_factory`` (or on the configured ones with ``running_kiosk``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

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
from kiosk.ports.card import CardReader
from kiosk.ports.payment import PaymentTerminal
from kiosk.ports.printer import Printer
from kiosk.ports.records import RecordsProvider
from tests.support.journeys import KIM_TYPED
from ui.app.compose import Kiosk, build_kiosk
from ui.common.keypad import CLEAR
from ui.resident.screens.certificate import CertMrzScreen
from ui.resident.screens.home import HomeScreen


def tap(widget: Any) -> None:
    """A finger on a widget the resident can see and use."""
    assert widget.isVisible() and widget.isEnabled(), widget
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def home_screen(kiosk: Kiosk) -> HomeScreen:
    """The kiosk's home screen, whichever screen is showing."""
    screen = kiosk.window.screens[HomeScreen]
    assert isinstance(screen, HomeScreen)
    return screen


def showing_home(kiosk: Kiosk) -> HomeScreen:
    """The screen showing, which must be the home screen."""
    screen = kiosk.window.current_screen
    assert isinstance(screen, HomeScreen)
    return screen


def centre_button(kiosk: Kiosk) -> QPushButton:
    """The showing home screen's button to the centre's other services."""
    home = showing_home(kiosk)
    assert home.centre_button is not None
    return home.centre_button


def cert_button(kiosk: Kiosk) -> QPushButton:
    """The showing home screen's button to certificates."""
    home = showing_home(kiosk)
    assert home.cert_button is not None
    return home.cert_button


def assert_nothing_personal(
    kiosk: Kiosk, caplog: pytest.LogCaptureFixture, personal: tuple[str, ...]
) -> None:
    """None of ``personal`` is in the kiosk's journal or in the log."""
    journal = json.dumps(kiosk.journal.entries, ensure_ascii=False)
    for item in personal:
        assert item not in journal, item
        assert item not in caplog.text, item


def screen_text(kiosk: Kiosk) -> str:
    """Every visible label and button text of the current screen, one per line, as
    read: without the zero-width spaces that only say where a line may break,
    and with no-break spaces (which only say where it may not) as spaces."""
    screen = kiosk.window.current_screen
    parts = [w.text() for w in screen.findChildren(QLabel) if w.isVisible()]
    parts += [w.text() for w in screen.findChildren(QPushButton) if w.isVisible()]
    return as_read("\n".join(parts))


def as_read(text: str) -> str:
    """``text`` as a resident reads it: line-break hints dropped or made spaces."""
    return text.replace("\u200b", "").replace("\u00a0", " ")


def button(kiosk: Kiosk, text: str) -> QPushButton:
    """The visible button showing ``text`` as one whole line of its label."""
    screen = kiosk.window.current_screen
    for candidate in screen.findChildren(QPushButton):
        if candidate.isVisible() and as_read(text) in as_read(candidate.text()).split("\n"):
            return candidate
    raise AssertionError(f"no button {text!r} on {screen.name}: {screen_text(kiosk)}")


def type_mrz_fields(kiosk: Kiosk, typed: tuple[str, str, str] = KIM_TYPED) -> None:
    """Type ``typed`` into the MRZ screen's three fields (without submitting)."""
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertMrzScreen)
    for name, value in zip(screen.FIELDS, typed, strict=True):
        tap(screen.field_buttons[name])
        tap(screen.keypad.keys[CLEAR])
        for char in value:
            tap(screen.keypad.keys[char])


def started_kiosk(
    config: KioskConfig,
    data_dir: Path,
    clock: FakeClock,
    *,
    kiosk_mode: bool = False,
    **devices: Any,
) -> Kiosk:
    """A kiosk on ``data_dir`` and on ``devices`` (``build_kiosk``'s printer,
    card_reader...; the configured ones where not named), its window shown and started."""
    k = build_kiosk(config, data_dir=data_dir, clock=clock, kiosk_mode=kiosk_mode, **devices)
    k.window.show()
    k.start()
    return k


@contextmanager
def running_kiosk(
    config: KioskConfig, data_dir: Path, clock: FakeClock, *, kiosk_mode: bool = False
) -> Iterator[Kiosk]:
    """A kiosk on ``data_dir``, its window shown and started; shut down when the block ends."""
    k = started_kiosk(config, data_dir, clock, kiosk_mode=kiosk_mode)
    try:
        yield k
    finally:
        k.shutdown()


@contextmanager
def kiosk_factory(
    config: KioskConfig,
    data_dir: Path,
    clock: FakeClock,
    *,
    card: CardReader,
    records: RecordsProvider,
    payment: PaymentTerminal,
) -> Iterator[Callable[..., Kiosk]]:
    """``make(printer=None)`` builds, shows and starts a kiosk; all are shut down afterwards."""
    built: list[Kiosk] = []

    def make(printer: Printer | None = None) -> Kiosk:
        k = started_kiosk(
            config,
            data_dir,
            clock,
            printer=printer,
            card_reader=card,
            records=records,
            payment=payment,
        )
        built.append(k)
        return k

    try:
        yield make
    finally:  # after a failed test too, or its windows fail the next one
        for k in built:
            k.shutdown()


@contextmanager
def cert_kiosk(
    config: KioskConfig,
    data_dir: Path,
    clock: FakeClock,
    *,
    card: CardReader | None = None,
    payment: PaymentTerminal | None = None,
    printer: Printer | None = None,
) -> Iterator[Kiosk]:
    """A started kiosk for the certificate journey on mock devices: ``card``
    (Kim's card in the reader), the demo records, ``payment`` (a terminal that
    approves) and ``printer`` (in memory); a test passes the ones it drives."""
    with kiosk_factory(
        config,
        data_dir,
        clock,
        card=card or MockCardReader(MockCardOptions(identity="demo-kim")),
        records=DemoRecordsProvider(),
        payment=payment or MockPayment(MockPaymentOptions()),
    ) as make:
        yield make(printer or MockPrinter(MockPrinterOptions(), PrinterProfile()))
