"""The http text gateway backend against a local HTTP server: what it sends, and its errors."""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from drivers.notify import create_notifier
from drivers.notify.http import HttpNotifier
from kiosk.config import HttpNotifyOptions, NotifyConfig
from tests.support.server_thread import ServerThread

PHONE = "01012345678"


class Gateway(ServerThread):
    """A local gateway that records each POST. Built with ``up=False`` its port
    is taken but refuses connections (a gateway that is down) until ``come_up()``."""

    def __init__(self, *, up: bool = True) -> None:
        self.status = 200
        self.delay_s = 0.0
        #: Set: every request is answered 302 to this address.
        self.location = ""
        #: "close" or "reset": read the whole POST, then hang up without an
        #: answer, as a gateway or a proxy in front of it may.
        self.hang_up = ""
        self.received: list[tuple[dict[str, str], dict[str, Any]]] = []
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"null")
                gateway.received.append((dict(self.headers), body))
                threading.Event().wait(gateway.delay_s)
                if gateway.hang_up == "reset":
                    # Lingering 0 s makes close() send a reset instead of a FIN.
                    linger = struct.pack("ii", 1, 0)
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                    self.connection.close()
                if gateway.hang_up:
                    return
                if gateway.location:
                    self.send_response(302)
                    self.send_header("Location", gateway.location)
                else:
                    self.send_response(gateway.status)
                self.end_headers()

            do_GET = do_POST

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
        self.server.server_bind()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/send"
        self._thread: threading.Thread | None = None
        if up:
            self.come_up()

    def come_up(self) -> None:
        self.server.server_activate()
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join()
        self.server.server_close()


def _serve() -> Iterator[Gateway]:
    with Gateway() as g:
        yield g


gateway = pytest.fixture(_serve, name="gateway")
elsewhere = pytest.fixture(_serve, name="elsewhere")


def _notifier(gateway: Gateway, tmp_path: Path, **options: Any) -> HttpNotifier:
    key = tmp_path / "notify.key"
    key.write_text("s3cret\n")
    values: dict[str, Any] = {"url": gateway.url, "api_key_file": str(key), "sender": "0212345678"}
    values.update(options)
    notifier = create_notifier(NotifyConfig(backend="http", http=HttpNotifyOptions(**values)))
    assert isinstance(notifier, HttpNotifier)
    return notifier


def test_posts_json_with_the_key_as_bearer_token(gateway: Gateway, tmp_path: Path) -> None:
    assert _notifier(gateway, tmp_path).send(PHONE, "호출되었습니다").ok
    ((headers, body),) = gateway.received
    assert body == {"to": PHONE, "text": "호출되었습니다", "sender": "0212345678"}
    assert headers["Authorization"] == "Bearer s3cret"


def test_a_key_file_saved_by_notepad_with_a_bom_works(gateway: Gateway, tmp_path: Path) -> None:
    notifier = _notifier(gateway, tmp_path)
    (tmp_path / "notify.key").write_bytes("\ufeffs3cret\r\n".encode())
    assert notifier.send(PHONE, "x").ok
    assert gateway.received[-1][0]["Authorization"] == "Bearer s3cret"


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("비밀키".encode(), "characters an HTTP header cannot carry"),
        (b"\xff\xfes3cret", "not UTF-8 text"),
    ],
)
def test_a_key_no_request_can_carry_is_a_send_that_left_nothing(
    gateway: Gateway, tmp_path: Path, content: bytes, error: str
) -> None:
    # It raised inside the request: the round of texts stopped, and each
    # attempt counted, so the texts were never sent once the file was mended.
    notifier = _notifier(gateway, tmp_path)
    (tmp_path / "notify.key").write_bytes(content)
    result = notifier.send(PHONE, "x")
    assert not result.ok and not result.maybe_sent and error in result.error
    assert gateway.received == []


@pytest.mark.parametrize(
    ("status", "error", "maybe_sent"), [(401, "HTTP 401", False), (500, "HTTP 500", True)]
)
def test_refusals_name_the_status_not_the_number(
    gateway: Gateway, tmp_path: Path, status: int, error: str, maybe_sent: bool
) -> None:
    gateway.status = status
    result = _notifier(gateway, tmp_path).send(PHONE, "x")
    assert not result.ok and error in result.error and PHONE not in result.error
    # A server error may come after the message left; a refusal says it did not.
    assert result.maybe_sent is maybe_sent


def test_a_redirect_is_a_failed_send_and_the_key_stays_home(
    gateway: Gateway, elsewhere: Gateway, tmp_path: Path
) -> None:
    # urllib would follow a 302 as a GET without the message, carrying the
    # Bearer key to wherever it points, and count that GET's 200 as sent.
    gateway.location = elsewhere.url
    result = _notifier(gateway, tmp_path).send(PHONE, "x")
    assert (
        not result.ok and "HTTP 302" in result.error and "devices.notify.http.url" in result.error
    )
    assert len(gateway.received) == 1
    assert elsewhere.received == []


def test_a_slow_gateway_times_out(gateway: Gateway, tmp_path: Path) -> None:
    gateway.delay_s = 2
    result = _notifier(gateway, tmp_path, timeout_s=0.3).send(PHONE, "x")
    assert not result.ok and "did not answer within 0.3 s" in result.error
    assert result.maybe_sent  # the gateway may deliver it all the same


@pytest.mark.parametrize("hang_up", ["close", "reset"])
def test_a_gateway_hanging_up_after_reading_the_message_may_have_sent_it(
    gateway: Gateway, tmp_path: Path, hang_up: str
) -> None:
    gateway.hang_up = hang_up
    result = _notifier(gateway, tmp_path).send(PHONE, "호출되었습니다")
    ((_, body),) = gateway.received
    assert body["text"] == "호출되었습니다"  # the whole message got there
    assert not result.ok and result.maybe_sent and PHONE not in result.error


def test_a_gateway_that_is_down_has_nothing_sent(tmp_path: Path) -> None:
    with Gateway(up=False) as down:
        result = _notifier(down, tmp_path).send(PHONE, "x")
    assert "unreachable (ConnectionRefusedError)" in result.error and not result.maybe_sent


def test_an_address_urllib_cannot_use_is_a_failed_send_not_a_crash(tmp_path: Path) -> None:
    # The config refuses such an address (below); the driver holds anyway.
    key = tmp_path / "notify.key"
    key.write_text("s3cret\n")
    options = HttpNotifyOptions(url="http://127.0.0.1:abc/send", api_key_file=str(key))
    result = HttpNotifier(options).send(PHONE, "x")
    assert "devices.notify.http.url" in result.error and not result.maybe_sent


def test_unreachable_gateway_and_missing_key(
    gateway: Gateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = _notifier(gateway, tmp_path, url="http://127.0.0.1:9/send")
    unreachable = gone.send(PHONE, "x")
    assert "unreachable" in unreachable.error and not unreachable.maybe_sent
    monkeypatch.delenv("KIOSK_NOTIFY_API_KEY", raising=False)
    keyless = _notifier(gateway, tmp_path, api_key_file="")
    assert "no API key" in keyless.send(PHONE, "x").error
    monkeypatch.setenv("KIOSK_NOTIFY_API_KEY", "from-env")
    assert keyless.send(PHONE, "x").ok
    assert gateway.received[-1][0]["Authorization"] == "Bearer from-env"


@pytest.mark.parametrize(
    ("url", "accepted"),
    [
        ("https://sms.example.kr/send", True),
        ("http://127.0.0.1:8080/send", True),
        ("http://localhost/send", True),
        ("http://[::1]:8080/send", True),
        ("http://sms.example.kr/send", False),
        ("http://10.0.0.9/send", False),
        ("https:///send", False),
        ("ftp://sms.example.kr/", False),
        ("https://sms.example.kr:abc/send", False),  # urllib cannot use it
    ],
)
def test_the_gateway_is_reached_over_https_or_on_this_pc(url: str, accepted: bool) -> None:
    from kiosk.config import ConfigError, default_config, parse_config

    data = default_config().model_dump(mode="json")
    data["devices"]["notify"] = {"backend": "http", "http": {"url": url}}
    if accepted:
        assert parse_config(data, "test.toml").devices.notify.http.url == url
        return
    with pytest.raises(ConfigError) as caught:
        parse_config(data, "test.toml")
    assert "devices.notify.http.url" in str(caught.value) and "https://" in str(caught.value)


def test_http_backend_needs_a_gateway_address() -> None:
    from kiosk.config import ConfigError, default_config, parse_config

    data = default_config().model_dump(mode="json")
    data["devices"]["notify"] = {"backend": "http"}
    with pytest.raises(ConfigError) as caught:
        parse_config(data, "test.toml")
    assert "devices.notify.http.url" in str(caught.value)
    data["devices"]["notify"] = {"backend": "none"}
    data["follow"]["base_url"] = "10.0.0.5"
    with pytest.raises(ConfigError) as caught:
        parse_config(data, "test.toml")
    assert "follow.base_url" in str(caught.value)
