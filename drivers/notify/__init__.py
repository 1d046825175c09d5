"""Text message backends (a mock that keeps messages, a generic HTTP gateway) and their registry."""

from __future__ import annotations

from drivers.notify.http import HttpNotifier
from drivers.notify.mock import MockNotifier
from drivers.registry import BackendInfo, Registry
from kiosk.config import NotifyConfig
from kiosk.ports.notify import Notifier


def notify_registry() -> Registry[NotifyConfig, Notifier]:
    """Every text message backend, keyed by the config's ``backend`` name ("none" has none)."""
    return Registry(
        "notify",
        BackendInfo(
            "mock",
            "Keeps every message in memory and logs it with the number masked (tests, demo)",
            lambda cfg: MockNotifier(),
        ),
        BackendInfo(
            "http",
            "A generic SMS / 알림톡 gateway: POSTs JSON to the configured address",
            lambda cfg: HttpNotifier(cfg.http),
        ),
    )


def create_notifier(config: NotifyConfig) -> Notifier | None:
    """The configured notifier, or None when texts are off (``backend = "none"``)."""
    if config.backend == "none":
        return None
    return notify_registry().create(config.backend, config)
