"""The mock card reader: scripted residents and every scripted fault, as the UI will see them."""

from __future__ import annotations

import threading
import time

import pytest

from drivers.card import create_card_reader
from drivers.card.mock import MOCK_READER, MockCardReader
from drivers.registry import UnknownBackendError
from kiosk.config import CardReaderConfig, MockCardOptions, parse_config
from kiosk.identity import DEMO_RESIDENTS, MrzInfo
from kiosk.ports.card import (
    CardAccessDenied,
    CardEvent,
    CardEventKind,
    CardReader,
    CardRemoved,
    ReaderNotConnected,
)

KIM = DEMO_RESIDENTS["demo-kim"]


def make(**options: object) -> MockCardReader:
    return MockCardReader(MockCardOptions.model_validate(options))


def test_registry_creates_mock_from_config() -> None:
    config = parse_config(
        {
            "services": [{"id": "a", "names": {"ko": "가"}, "prefix": "A"}],
            "devices": {"card_reader": {"backend": "mock", "mock": {"identity": "demo-lee"}}},
        }
    )
    reader = create_card_reader(config.devices.card_reader)
    assert isinstance(reader, CardReader)
    lee = DEMO_RESIDENTS["demo-lee"]
    assert reader.read_identity(lee.mrz_info()) == lee.identity()
    with pytest.raises(UnknownBackendError):
        create_card_reader(CardReaderConfig.model_construct(backend="nfc"))  # type: ignore[arg-type]


def test_reads_scripted_identity() -> None:
    reader = make()
    identity = reader.read_identity(KIM.mrz_info())
    assert (identity.surname, identity.document_number) == ("KIM", "M12345678")
    assert reader.list_readers()[0].card_present


def test_wrong_details_are_refused_like_a_chip() -> None:
    with pytest.raises(CardAccessDenied):
        make().read_identity(MrzInfo("M12345678", "850315", "320102"))


def test_unknown_identity_is_a_config_problem() -> None:
    with pytest.raises(ValueError, match="demo-kim"):
        make(identity="nobody")


def test_fault_removed_mid_read() -> None:
    events: list[CardEvent] = []
    reader = make(fault="removed_mid_read")
    reader.open(events.append)
    with pytest.raises(CardRemoved):
        reader.read_identity(KIM.mrz_info())
    assert not reader.card_present()
    assert events[-1] == CardEvent(CardEventKind.CARD_REMOVED, MOCK_READER)


def test_fault_bac_refused() -> None:
    with pytest.raises(CardAccessDenied) as info:
        make(fault="bac_refused").read_identity(KIM.mrz_info())
    assert info.value.resident_message.context == "card"


def test_fault_slow() -> None:
    reader = make(fault="slow", delay_ms=200)
    started = time.monotonic()
    assert reader.read_identity(KIM.mrz_info()).surname == "KIM"
    assert time.monotonic() - started >= 0.2


def test_fault_no_reader() -> None:
    reader = make(fault="no_reader")
    assert reader.list_readers() == []
    with pytest.raises(ReaderNotConnected):
        reader.card_present()
    with pytest.raises(ReaderNotConnected):
        reader.read_identity(KIM.mrz_info())
    assert not reader.wait_for_card(0.05)


def test_no_card() -> None:
    reader = make(card_present=False)
    with pytest.raises(CardRemoved):
        reader.read_identity(KIM.mrz_info())


def test_insert_wakes_wait_and_emits_events() -> None:
    events: list[CardEvent] = []
    reader = make(card_present=False)
    reader.open(events.append)
    threading.Timer(0.05, reader.insert, args=("demo-nguyen",)).start()
    assert reader.wait_for_card(5.0)
    nguyen = DEMO_RESIDENTS["demo-nguyen"]
    assert reader.read_identity(nguyen.mrz_info()).nationality == "VNM"
    assert [e.kind for e in events] == [CardEventKind.READER_ADDED, CardEventKind.CARD_INSERTED]
    reader.set_fault("no_reader")
    assert events[-1].kind is CardEventKind.READER_REMOVED


def test_cancel_wakes_wait() -> None:
    reader = make(card_present=False)
    threading.Timer(0.05, reader.cancel).start()
    assert not reader.wait_for_card(5.0)


def test_cli_with_mock(capsys: pytest.CaptureFixture[str]) -> None:
    from ui.app.cli import main

    info = KIM.mrz_info()
    args = ["card", "read", "--document-number", info.document_number]
    assert main([*args, "--birth-date", info.birth_date, "--expiry-date", info.expiry_date]) == 0
    out = capsys.readouterr().out
    assert "M1******8" in out and "K**" in out and "1985" in out
    assert "KIM" not in out and "MINJI" not in out and "850315" not in out
    assert main([*args, "--birth-date", "851315", "--expiry-date", info.expiry_date]) == 2
    assert "birth date" in capsys.readouterr().err
    assert main(["card", "readers"]) == 0
    assert capsys.readouterr().out.strip() == f"{MOCK_READER}: card present"
