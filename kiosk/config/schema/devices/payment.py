"""``[devices.payment]``: how certificate fees are paid, and the scripted test terminal."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kiosk.config.schema.common import ConfigModel

PaymentAnswer = Literal["approve", "decline", "timeout", "no_card", "hang"]


class MockPaymentOptions(ConfigModel):
    script: list[PaymentAnswer] = Field(
        default_factory=lambda: list[PaymentAnswer](["approve"]),
        min_length=1,
        title="Scripted answers",
    )
    """What the mock terminal answers to each authorization, in turn (the last answer repeats);
    no_card waits the whole time limit for a card; hang never answers (a terminal that froze)."""

    delay_ms: int = Field(default=0, ge=0, le=60000, title="Delay (ms)")
    """Simulated time the resident takes to tap or insert a card."""

    capture: Literal["ok", "raise", "hang"] = Field(default="ok", title="Capture fault")
    """Make the mock terminal's capture fail (raise) or never answer (hang)."""

    void: Literal["ok", "raise", "hang"] = Field(default="ok", title="Void fault")
    """Make the mock terminal's void fail (raise) or never answer (hang)."""


class PaymentConfig(ConfigModel):
    backend: Literal["free", "mock"] = Field(default="mock", title="Payment backend")
    """free: every fee is waived; mock: a scripted card terminal (tests, demo)."""

    waive_for_exempt: bool = Field(default=True, title="Waive fees for exempt residents")
    """Residents the records mark as fee-exempt pay the fee of their exemption reason
    ([[exemptions]], for example recipients of basic livelihood support), or nothing when the
    records name no reason. Off: everyone pays."""

    timeout_s: float = Field(default=60.0, gt=0, le=300, title="Payment time limit (s)")
    """How long the terminal waits for the resident's card."""

    answer_timeout_s: float = Field(default=15.0, gt=0, le=120, title="Terminal answer limit (s)")
    """How long a capture or void may take, and an authorization beyond the card wait, before the
    kiosk stops waiting, tells staff and releases the resident."""

    mock: MockPaymentOptions = Field(default_factory=MockPaymentOptions, title="Mock terminal")
    """Options for tests and the demo."""
