"""``[devices.card_reader]``: the ID card reader and which chip signers are trusted."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from kiosk.config.schema.common import ConfigModel

#: The mock card reader's simulated faults (drivers/card/mock.py reads them from here).
MockCardFault = Literal[
    "none",
    "removed_mid_read",
    "bac_refused",
    "slow",
    "no_reader",
    "cloned_dg1",
    "no_sod",
    "bad_sod_hash",
]


class MockCardOptions(ConfigModel):
    identity: str = Field(default="demo-kim", title="Scripted identity")
    """Which fictional resident the mock card holds."""

    fault: MockCardFault = Field(default="none", title="Simulated fault")
    """Make the mock reader fail (for tests). cloned_dg1: the chip accepts this resident's details
    but holds another resident's data; no_sod: no security object; bad_sod_hash: the data does
    not match its signed hash."""

    card_present: bool = Field(default=True, title="Card inserted at start")
    """Whether the mock reader starts with the scripted card inserted."""

    delay_ms: int = Field(default=2000, ge=0, le=60000, title="Slow card delay (ms)")
    """How long a read takes with the slow fault."""

    uid: str = Field(default="04A1B2C3", pattern=r"^([0-9A-F]{2}){4,10}$", title="Card UID")
    """The UID (hex) the mock card reports, e.g. to test technician cards."""


class PcscCardOptions(ConfigModel):
    reader_pattern: str = Field(default="", title="Reader name pattern")
    """Use readers whose name contains this text (empty: any reader); the first one holding a card
    is read."""

    timeout_s: float = Field(default=5.0, gt=0, le=60, title="Timeout (s)")
    """Per-command timeout."""

    protocol: Literal["any", "T0", "T1"] = Field(default="any", title="Card protocol")
    """Transmission protocol to ask for; any lets the reader choose."""

    poll_interval_s: float = Field(default=0.25, ge=0.05, le=10, title="Poll interval (s)")
    """How often readers and card presence are checked (and pcscd reconnected)."""


class PassiveAuthOptions(ConfigModel):
    """Passive Authentication (ICAO 9303-11 5.1): which signers of ID chips are trusted."""

    @model_validator(mode="before")
    @classmethod
    def _drop_test_csca(cls, data: Any) -> Any:
        """``test_csca``, the key ``test_cards`` replaced, is ignored. It was on by
        default, and saving the config wrote every default into the file, so a
        kiosk's ``test_csca = true`` says nothing of what its technician chose."""
        if isinstance(data, dict) and "test_csca" in data:
            data = {k: v for k, v in data.items() if k != "test_csca"}
        return data

    test_cards: bool = Field(default=False, title="Accept test cards")
    """Also accept chips on a real reader signed under the test-only CSCA shipped with the kiosk
    (test cards). Its key is public: never on a kiosk that serves real residents. The mock
    reader's simulated chips are always checked against it."""

    csca_files: list[str] = Field(default_factory=list, title="CSCA certificates")
    """PEM or DER files, or folders of them, with the country signing CA certificates that Document
    Signer certificates on chips must chain to."""

    crl_files: list[str] = Field(default_factory=list, title="Revocation lists")
    """Optional PEM or DER CRLs of those CSCAs; a revoked Document Signer is refused."""

    allow_unverified: bool = Field(
        default=False, title="Accept unverified chips (ticket-only kiosks)"
    )
    """Accept chips whose security object (EF.SOD) is missing or does not verify. Only for kiosks
    that issue no certificates and hold no votes: it cannot be on while any document is enabled
    or participation has polls."""


class CardReaderConfig(ConfigModel):
    backend: Literal["mock", "pcsc"] = Field(default="mock", title="Card reader backend")
    """How the kiosk reads ID chips."""

    passive_auth: PassiveAuthOptions = Field(
        default_factory=PassiveAuthOptions, title="Chip verification"
    )
    """Trusted chip signers (CSCA certificates) and what to do with chips that cannot be verified.
    """

    mrz_scanner: Literal["none", "keyboard"] = Field(default="none", title="MRZ scanner")
    """An MRZ document scanner beside the card reader: keyboard: a USB scanner that types the lines
    (read on the ID screen). The ID screen and the voice guide offer it before typing the
    details."""

    mock: MockCardOptions = Field(default_factory=MockCardOptions, title="Mock reader")
    """Options for tests."""

    pcsc: PcscCardOptions = Field(default_factory=PcscCardOptions, title="PC/SC")
    """PC/SC reader options."""
