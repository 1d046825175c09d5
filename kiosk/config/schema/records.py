"""``[records]``: where resident records for certificates come from.

Residents' names and document numbers travel to the records service, so
its address must be ``https://`` (``records_url_problem`` says why not).
"""

from __future__ import annotations

import ipaddress
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator, model_validator

from kiosk.config.errors import ConfigValueError
from kiosk.config.schema.common import ConfigModel, require_options
from kiosk.i18n import N_, Text


class HttpRecordsOptions(ConfigModel):
    # A password or key in it is secret: shown masked (kiosk.config.edit.SECRET_IN_URL).
    url: str = Field(min_length=1, title="Base URL", json_schema_extra={"secret": "url"})
    """The records service, e.g. https://records.example.go.kr/api (see docs/records-http.md).
    https:// only; http:// only to this computer (tests)."""

    token: str = Field(default="", title="Bearer token", json_schema_extra={"secret": True})
    """Sent as Authorization: Bearer TOKEN."""

    timeout_s: float = Field(default=5.0, gt=0, le=60, title="Timeout (s)")
    """The whole lookup must finish within this: connecting, the answer, retries and the waits
    between them."""

    retries: int = Field(default=2, ge=0, le=5, title="Retries")
    """Extra attempts after a timeout, a refused connection or a 5xx answer."""

    backoff_s: float = Field(default=0.5, ge=0, le=10, title="Backoff (s)")
    """Wait before the first retry; doubled before each further one."""

    ca_file: str = Field(default="", title="CA certificate file")
    """PEM file of the CA that signed the service's certificate (empty: the system's). TLS
    verification is always on."""

    @field_validator("url")
    @classmethod
    def _safe_url(cls, value: str) -> str:
        problem = records_url_problem(value)
        if problem is not None:
            raise ConfigValueError(problem)
        return value


#: Host names that can only mean this computer (plain http is allowed to them, for tests).
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _quoted(url: str) -> str:
    """``url`` fit to quote in a message: a password or key in it masked."""
    if "@" not in url and "?" not in url:
        return url  # nowhere for a secret to be
    # Here, not at the top: reading the config must not load SQLAlchemy.
    from kiosk.storage.urls import hide_url_secrets

    return hide_url_secrets(url)


def records_url_problem(url: str) -> Text | None:
    """Why ``url`` must not be the records service's address, or None if it may.

    Residents' names and document numbers travel to it: ``https://``
    anywhere, plain ``http://`` only to this computer (tests, a local
    stub), never across a network.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return N_("config", 'not a valid URL, got "{value}"', value=_quoted(url))
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        return N_(
            "config",
            'must be an https:// address (e.g. https://records.example/api), got "{value}"',
            value=_quoted(url),
        )
    if scheme == "http" and not _is_loopback(host):
        return N_(
            "config",
            "plain http:// would send residents' details unencrypted: use https:// "
            '(http:// is only for this computer, e.g. 127.0.0.1), got "{value}"',
            value=_quoted(url),
        )
    return None


class DemoRecordsOptions(ConfigModel):
    fault: Literal["none", "unavailable", "other_person"] = Field(
        default="none", title="Simulated fault"
    )
    """Make the demo records provider fail (for tests); other_person answers with another resident's
    record."""


class RecordsConfig(ConfigModel):
    backend: Literal["demo", "http"] = Field(default="demo", title="Records provider")
    """demo: fictional residents shipped with the kiosk; http: a records service."""

    demo: DemoRecordsOptions = Field(default_factory=DemoRecordsOptions, title="Demo")
    """Demo provider options."""

    http: HttpRecordsOptions | None = Field(default=None, title="HTTP")
    """Records service options."""

    @model_validator(mode="after")
    def _options_present(self) -> RecordsConfig:
        require_options(self, self.backend, ("http",))
        return self
