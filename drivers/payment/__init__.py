"""Payment backends (fees waived, a scripted mock terminal) and their registry."""

from __future__ import annotations

from drivers.payment.free import FreePayment
from drivers.payment.mock import MockPayment, run_prefix
from drivers.registry import BackendInfo, Registry
from kiosk.config import PaymentConfig
from kiosk.ports.payment import PaymentTerminal


def payment_registry() -> Registry[PaymentConfig, PaymentTerminal]:
    """Every payment backend the kiosk knows, keyed by the config's ``backend`` name."""
    return Registry(
        "payment",
        BackendInfo("free", "Every fee is waived (nothing is charged)", lambda cfg: FreePayment()),
        BackendInfo(
            "mock",
            "A scripted card terminal: approve, decline or time out (tests, demo)",
            lambda cfg: MockPayment(cfg.mock, id_prefix=run_prefix()),
        ),
    )


def create_payment(config: PaymentConfig) -> PaymentTerminal:
    return payment_registry().create(config.backend, config)
