"""``[devices.notify]``: how residents who follow their ticket by phone are texted."""

from __future__ import annotations

from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, model_validator

from kiosk.config.errors import PathProblems
from kiosk.config.schema.common import ConfigModel
from kiosk.i18n import N_

#: Hosts a gateway may be reached on over plain http://: this PC only (a
#: local adapter in front of the real gateway, tests).
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def _secure_gateway_url(url: str) -> bool:
    """https:// with a host, or http:// to this PC: the Bearer key and the
    residents' numbers must not cross the network unencrypted."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:  # e.g. a malformed IPv6 address, or a port that is not a number
        return False
    if not parts.hostname:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOOPBACK)


class HttpNotifyOptions(ConfigModel):
    # A password or key in it is secret: shown masked (kiosk.config.edit.SECRET_IN_URL).
    url: str = Field(
        default="", max_length=300, title="Gateway address", json_schema_extra={"secret": "url"}
    )
    """The SMS / KakaoTalk (알림톡) gateway's https:// address (http:// only to this PC: 127.0.0.1,
    localhost); each message is POSTed as JSON {"to": ..., "text": ..., "sender": ...}."""

    api_key_file: str = Field(default="", max_length=300, title="API key file")
    """File holding the gateway's API key (sent as a Bearer token)."""

    api_key_env: str = Field(
        default="KIOSK_NOTIFY_API_KEY", max_length=100, title="API key variable"
    )
    """Environment variable holding the API key when no file is given."""

    sender: str = Field(default="", max_length=32, title="Sender number")
    """The center's registered sender number, passed to the gateway."""

    timeout_s: float = Field(default=10.0, gt=0, le=60, title="Time limit (s)")
    """Per message."""


class NotifyConfig(ConfigModel):
    backend: Literal["none", "mock", "http"] = Field(default="none", title="Text message backend")
    """none: the status page offers no texts; mock: messages are kept in memory (tests, demo); http:
    a generic SMS / 알림톡 gateway."""

    http: HttpNotifyOptions = Field(default_factory=HttpNotifyOptions, title="HTTP gateway")
    """Settings of the http backend."""

    @model_validator(mode="after")
    def _gateway(self) -> NotifyConfig:
        if self.backend == "http" and not _secure_gateway_url(self.http.url):
            raise PathProblems(
                [
                    (
                        ("http", "url"),
                        N_("config", "Give the gateway's address, starting with https://"),
                    )
                ]
            )
        return self
