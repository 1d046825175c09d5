"""Records provider backends (fictional demo residents, an HTTP records service) and their registry."""

from __future__ import annotations

from drivers.records.demo import DemoRecordsProvider
from drivers.records.http import HttpRecordsProvider
from drivers.registry import BackendInfo, Registry
from kiosk.config import RecordsConfig
from kiosk.ports.records import RecordsProvider


def _http(config: RecordsConfig) -> RecordsProvider:
    if config.http is None:  # the schema demands the table; this guards direct callers
        raise ValueError('records.http: required when backend = "http"')
    return HttpRecordsProvider(config.http)


def records_registry() -> Registry[RecordsConfig, RecordsProvider]:
    """Every records backend the kiosk knows, keyed by the config's ``backend`` name."""
    return Registry(
        "records provider",
        BackendInfo(
            "demo",
            "Fictional residents shipped with the kiosk (demo and tests)",
            lambda cfg: DemoRecordsProvider(cfg.demo),
        ),
        BackendInfo(
            "http",
            "A records service over HTTPS (JSON contract: docs/records-http.md)",
            _http,
        ),
    )


def create_records_provider(config: RecordsConfig) -> RecordsProvider:
    return records_registry().create(config.backend, config)
