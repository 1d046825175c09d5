"""The Qt card adapter: reads on a worker thread, results and events as signals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from drivers.card.mock import MOCK_READER, MockCardReader
from kiosk.config import MockCardOptions
from kiosk.identity import DEMO_RESIDENTS, Identity, MrzInfo
from kiosk.ports.card import CardAccessDenied, CardRemoved
from ui.resident.card_adapter import CardReaderAdapter

KIM = DEMO_RESIDENTS["demo-kim"]


@pytest.fixture
def mock() -> MockCardReader:
    return MockCardReader(MockCardOptions(card_present=False))


@pytest.fixture
def adapter(mock: MockCardReader) -> Iterator[CardReaderAdapter]:
    a = CardReaderAdapter(mock)
    yield a
    a.stop()


def test_events_and_read(qtbot: QtBot, adapter: CardReaderAdapter, mock: MockCardReader) -> None:
    with qtbot.waitSignal(adapter.reader_added, timeout=2000) as added:
        adapter.start()
    assert added.args == [MOCK_READER]
    with qtbot.waitSignal(adapter.card_waited, timeout=2000) as waited:
        adapter.wait_for_card(5.0)
        mock.insert()
    assert waited.args == [True]
    with qtbot.waitSignal(adapter.identity_read, timeout=2000) as read:
        request = adapter.read_identity(KIM.mrz_info())
    assert read.args[0] == request
    identity = read.args[1]
    assert isinstance(identity, Identity) and identity.surname == "KIM"
    identity.wipe()
    with qtbot.waitSignal(adapter.card_removed, timeout=2000) as removed:
        mock.remove()
    assert removed.args == [MOCK_READER]


def test_errors_arrive_as_signals(
    qtbot: QtBot, adapter: CardReaderAdapter, mock: MockCardReader
) -> None:
    adapter.start()
    with qtbot.waitSignal(adapter.read_failed, timeout=2000) as failed:
        adapter.read_identity(KIM.mrz_info())
    assert isinstance(failed.args[1], CardRemoved)
    mock.insert()
    with qtbot.waitSignal(adapter.read_failed, timeout=2000) as failed:
        adapter.read_identity(MrzInfo("M12345678", "850315", "320102"))
    assert isinstance(failed.args[1], CardAccessDenied)
    with qtbot.waitSignal(adapter.readers_listed, timeout=2000) as listed:
        adapter.list_readers()
    assert listed.args[0][0].card_present


def test_slow_read_does_not_block_ui_thread(qtbot: QtBot) -> None:
    import time

    mock = MockCardReader(MockCardOptions(fault="slow", delay_ms=300))
    adapter = CardReaderAdapter(mock)
    adapter.start()
    try:
        started = time.monotonic()
        adapter.read_identity(KIM.mrz_info())
        assert time.monotonic() - started < 0.05
        with qtbot.waitSignal(adapter.identity_read, timeout=3000):
            pass
    finally:
        adapter.stop()


def test_cancel_ends_wait(qtbot: QtBot, adapter: CardReaderAdapter) -> None:
    adapter.start()
    with qtbot.waitSignal(adapter.card_waited, timeout=2000) as waited:
        adapter.wait_for_card(30.0)
        qtbot.wait(50)
        adapter.cancel()
    assert waited.args == [False]


@pytest.mark.parametrize("outcome", ["read", "refused"])
def test_nothing_keeps_a_finished_read_or_its_details(
    qtbot: QtBot, adapter: CardReaderAdapter, mock: MockCardReader, outcome: str
) -> None:
    """The MRZ details typed for a read are gone once the read is over."""
    import gc
    import weakref

    adapter.start()
    mock.insert()
    if outcome == "read":
        typed, signal = KIM.mrz_info(), adapter.identity_read
    else:  # details of no card in the reader: the chip refuses them
        typed, signal = MrzInfo("M12345678", "850315", "320102"), adapter.read_failed
    details = weakref.ref(typed)
    with qtbot.waitSignal(signal, timeout=2000) as done:
        adapter.read_identity(typed)
    result = done.args[1]
    if isinstance(result, Identity):
        result.wipe()
    del typed, result, done
    # The card-reader thread now waits for its next job: the last one (and
    # the details it was given) must not wait with it.
    qtbot.waitUntil(lambda: gc.collect() >= 0 and details() is None, timeout=2000)
