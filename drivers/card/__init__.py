"""Card reader backends (ICAO eMRTD over PC/SC, and a mock) and their registry."""

from __future__ import annotations

from drivers.card import pcsc
from drivers.card.mock import MockCardReader
from drivers.card.sod import ChipVerifier
from drivers.registry import BackendInfo, Registry
from kiosk.config import CardReaderConfig, PassiveAuthOptions
from kiosk.ports.card import CardReader


def card_reader_registry() -> Registry[CardReaderConfig, CardReader]:
    """Every card reader backend the kiosk knows, keyed by the config's ``backend`` name."""
    return Registry(
        "card reader",
        BackendInfo(
            "mock",
            "Fictional residents and scripted faults, for tests and the demo",
            lambda cfg: MockCardReader(cfg.mock, ChipVerifier.from_options(simulated(cfg))),
        ),
        BackendInfo(
            "pcsc",
            "ICAO ID chips (BAC) through a PC/SC reader (pcscd, WinSCard)",
            lambda cfg: pcsc.PcscCardReader(cfg.pcsc, ChipVerifier.from_options(cfg.passive_auth)),
            pcsc.unavailable_reason,
        ),
    )


def simulated(config: CardReaderConfig) -> PassiveAuthOptions:
    """The mock reader's trust: its simulated chips are signed under the test CSCA,
    and no real card can reach it, so that CSCA is trusted whatever the config says."""
    return config.passive_auth.model_copy(update={"test_cards": True})


def create_card_reader(config: CardReaderConfig) -> CardReader:
    return card_reader_registry().create(config.backend, config)
