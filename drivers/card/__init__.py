"""Card reader backends (ICAO eMRTD over PC/SC, and a mock) and their registry."""

from __future__ import annotations

from drivers.card import pcsc
from drivers.card.mock import MockCardReader
from drivers.card.sod import ChipVerifier
from drivers.registry import BackendInfo, Registry
from kiosk.config import CardReaderConfig
from kiosk.ports.card import CardReader


def card_reader_registry() -> Registry[CardReaderConfig, CardReader]:
    """Every card reader backend the kiosk knows, keyed by the config's ``backend`` name."""
    registry: Registry[CardReaderConfig, CardReader] = Registry("card reader")
    registry.register(
        BackendInfo(
            name="mock",
            description="Fictional residents and scripted faults, for tests and the demo",
            create=lambda cfg: MockCardReader(
                cfg.mock, ChipVerifier.from_options(cfg.passive_auth)
            ),
        )
    )
    registry.register(
        BackendInfo(
            name="pcsc",
            description="ICAO ID chips (BAC) through a PC/SC reader (pcscd, WinSCard)",
            create=lambda cfg: pcsc.PcscCardReader(
                cfg.pcsc, ChipVerifier.from_options(cfg.passive_auth)
            ),
            unavailable_reason=pcsc.unavailable_reason,
        )
    )
    return registry


def create_card_reader(config: CardReaderConfig) -> CardReader:
    return card_reader_registry().create(config.backend, config)
