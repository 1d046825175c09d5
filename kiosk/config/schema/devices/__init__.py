"""``[devices]``: the kiosk's hardware, one module per device kind.

Each kind has a ``backend`` choice and, for backends that need settings, a
sub-table of options named after the backend; the drivers in
``drivers/<kind>/`` read their options from these models.
"""

from __future__ import annotations

from pydantic import Field

from kiosk.config.schema.common import ConfigModel
from kiosk.config.schema.devices.card import CardReaderConfig
from kiosk.config.schema.devices.notify import NotifyConfig
from kiosk.config.schema.devices.payment import PaymentConfig
from kiosk.config.schema.devices.printer import PrinterConfig
from kiosk.config.schema.devices.speech import SpeechConfig


class DevicesConfig(ConfigModel):
    printer: PrinterConfig = Field(default_factory=PrinterConfig, title="Printer")
    """The receipt printer."""

    card_reader: CardReaderConfig = Field(default_factory=CardReaderConfig, title="Card reader")
    """The ID card reader."""

    speech: SpeechConfig = Field(default_factory=SpeechConfig, title="Speech")
    """Voice guidance."""

    payment: PaymentConfig = Field(default_factory=PaymentConfig, title="Payment")
    """How certificate fees are paid."""

    notify: NotifyConfig = Field(default_factory=NotifyConfig, title="Text messages")
    """Texts to residents who follow their ticket by phone."""
