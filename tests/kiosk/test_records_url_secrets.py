"""A password or key inside the records service's address is a secret like the token.

``kiosk config show``, diagnostics bundles and config error messages show the
address with them masked; the kiosk itself still connects with the address
as written.
"""

from __future__ import annotations

import pytest

from kiosk.config import ConfigError, KioskConfig
from kiosk.config.edit import redacted_data, redacted_toml, set_value
from kiosk.i18n import identity_translate

WITH_SECRETS = "https://kiosk:Pw0rd4@records.example.go.kr/api?key=K3yValue&region=11"
SHOWN = "https://kiosk:***@records.example.go.kr/api?key=***&region=11"


def _with_records(config: KioskConfig, url: str) -> KioskConfig:
    return set_value(config, "records.http", {"url": url, "token": "T0kenValue"})


def test_config_show_masks_a_password_and_key_in_the_records_address(
    config: KioskConfig,
) -> None:
    config = _with_records(config, WITH_SECRETS)
    text = redacted_toml(config)
    assert f'url = "{SHOWN}"' in text
    assert redacted_data(config)["records"]["http"]["url"] == SHOWN
    for secret in ("Pw0rd4", "K3yValue", "T0kenValue"):
        assert secret not in text
    # What the kiosk connects with is the address as written.
    assert config.records.http is not None and config.records.http.url == WITH_SECRETS


def test_an_address_without_secrets_is_shown_as_written(config: KioskConfig) -> None:
    config = _with_records(config, "https://records.example.go.kr/api")
    assert redacted_data(config)["records"]["http"]["url"] == "https://records.example.go.kr/api"


@pytest.mark.parametrize(
    ("url", "quoted"),
    [
        # Plain http across the network: refused, the address quoted masked.
        (
            "http://kiosk:Pw0rd4@records.example.go.kr/api?token=K3yValue",
            "http://kiosk:***@records.example.go.kr/api?token=***",
        ),
        # No scheme: nothing secret in it, quoted as typed.
        ("records.example.go.kr/api", "records.example.go.kr/api"),
    ],
)
def test_a_refused_records_address_is_quoted_without_its_secrets(
    config: KioskConfig, url: str, quoted: str
) -> None:
    with pytest.raises(ConfigError) as refused:
        _with_records(config, url)
    [problem] = refused.value.problems
    for message in (str(refused.value), problem.render(identity_translate)):
        assert f'got "{quoted}"' in message
        assert "Pw0rd4" not in message and "K3yValue" not in message


def test_config_show_masks_a_key_in_the_text_gateway_address(config: KioskConfig) -> None:
    gateway = "https://sms.example.co.kr/send?api_key=G4tewayKey&sender=0212345678"
    config = set_value(config, "devices.notify.http.url", gateway)
    text = redacted_toml(config)
    assert "G4tewayKey" not in text
    shown = redacted_data(config)["devices"]["notify"]["http"]["url"]
    assert shown == "https://sms.example.co.kr/send?api_key=***&sender=0212345678"
    assert config.devices.notify.http.url == gateway
