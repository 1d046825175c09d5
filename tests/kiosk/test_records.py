"""Records providers: the demo residents, and the HTTP contract against a real local server."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from drivers.records import create_records_provider
from drivers.records.demo import DemoRecordsProvider
from drivers.records.http import HttpRecordsProvider
from kiosk.config import HttpRecordsOptions, RecordsConfig
from kiosk.identity import DEMO_RESIDENTS
from kiosk.records import (
    DEMO_RECORDS,
    RecordNotFound,
    RecordsContractError,
    RecordsProvider,
    RecordsRefused,
    RecordsUnavailable,
    mask_rrn,
    parse_record,
)

KIM = DEMO_RESIDENTS["demo-kim"]
PERSONAL = ("김민지", "850315", "M12345678", "MINJI", "행복로")

Answer = tuple[int, bytes, dict[str, str]]


class Server:
    """A records service on 127.0.0.1 answering from a script; records what it was sent."""

    def __init__(self) -> None:
        self.answers: list[Answer] = []
        self.requests: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                outer.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": json.loads(body) if body else None,
                    }
                )
                status, data, headers = (
                    outer.answers.pop(0) if len(outer.answers) > 1 else outer.answers[0]
                )
                if status == 0:  # drop the connection without an answer
                    self.close_connection = True
                    return
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = _answer
            do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/api"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def answer(self, *answers: Answer) -> None:
        self.answers = list(answers)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def ok(data: Any) -> Answer:
    return 200, json.dumps(data, ensure_ascii=False).encode("utf-8"), {}


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


Sleeps = list[float]


@pytest.fixture
def sleeps() -> Sleeps:
    return []


@pytest.fixture
def provider(server: Server, sleeps: Sleeps) -> Callable[..., HttpRecordsProvider]:
    def make(**options: Any) -> HttpRecordsProvider:
        opts = HttpRecordsOptions(url=server.url, token="s3cret", timeout_s=1.0, **options)
        return HttpRecordsProvider(opts, kiosk_id="demo-0001/kiosk-1", sleep=sleeps.append)

    return make


def _no_personal_data(text: str) -> None:
    for item in PERSONAL:
        assert item not in text


# --- demo --------------------------------------------------------------------


def test_demo_residents_have_fictional_records() -> None:
    provider = DemoRecordsProvider()
    assert isinstance(provider, RecordsProvider)
    for key, resident in DEMO_RESIDENTS.items():
        record = provider.fetch(resident.identity())
        assert record.name == resident.name_ko
        assert record.household and record.address_history
        # Obviously fictional: back digits are zeros and a serial number.
        assert record.rrn.split("-")[1][1:5] == "0000"
        assert key in DEMO_RECORDS
    assert "김민지" not in repr(provider.fetch(KIM.identity()))


def test_demo_unknown_resident_and_outage() -> None:
    provider = DemoRecordsProvider(residents=["demo-lee"])
    with pytest.raises(RecordNotFound) as not_found:
        provider.fetch(KIM.identity())
    assert "counter" in not_found.value.resident_message.source
    provider.set_fault("unavailable")
    with pytest.raises(RecordsUnavailable):
        provider.fetch(DEMO_RESIDENTS["demo-lee"].identity())


def test_record_wipe_and_masking() -> None:
    record = parse_record(DEMO_RECORDS["demo-kim"])
    assert mask_rrn(record.rrn) == "850315-2******"
    record.wipe()
    assert (
        record.name == "" and record.household == [] and repr(record) == "ResidentRecord(<wiped>)"
    )


def test_registry_builds_both_backends(server: Server) -> None:
    assert create_records_provider(RecordsConfig()).name == "demo"
    http = create_records_provider(
        RecordsConfig(backend="http", http=HttpRecordsOptions(url=server.url))
    )
    assert http.name == f"http {server.url}"


# --- http ----------------------------------------------------------------------


def test_lookup_sends_the_contract_and_parses_the_record(
    server: Server, provider: Callable[..., HttpRecordsProvider]
) -> None:
    server.answer(ok(DEMO_RECORDS["demo-kim"]))
    record = provider().fetch(KIM.identity())
    assert record.name == "김민지" and len(record.address_history) == 3
    [request] = server.requests
    assert request["method"] == "POST" and request["path"] == "/api/v1/residents/lookup"
    assert request["headers"]["Authorization"] == "Bearer s3cret"
    assert request["headers"]["X-Kiosk-Id"] == "demo-0001/kiosk-1"
    assert request["body"] == {
        "document_type": "PM",
        "issuing_state": "KOR",
        "document_number": "M12345678",
        "birth_date": "850315",
        "surname": "KIM",
        "given_names": "MINJI",
        "nationality": "KOR",
    }


def test_not_found_and_refused(
    server: Server, provider: Callable[..., HttpRecordsProvider]
) -> None:
    server.answer((404, b'{"error": "not_found"}', {}))
    with pytest.raises(RecordNotFound):
        provider().fetch(KIM.identity())
    server.answer((401, b"", {}))
    with pytest.raises(RecordsRefused):
        provider().fetch(KIM.identity())
    assert len(server.requests) == 2  # refusals are not retried


def test_server_errors_are_retried_with_backoff(
    server: Server, provider: Callable[..., HttpRecordsProvider], sleeps: Sleeps
) -> None:
    server.answer((503, b"", {}), (500, b"", {}), ok(DEMO_RECORDS["demo-kim"]))
    assert provider(retries=2, backoff_s=0.5).fetch(KIM.identity()).name == "김민지"
    assert sleeps == [0.5, 1.0]
    ids = {r["headers"]["X-Request-Id"] for r in server.requests}
    assert len(server.requests) == 3 and len(ids) == 1


def test_retry_after_is_honoured_and_exhaustion_is_unavailable(
    server: Server, provider: Callable[..., HttpRecordsProvider], sleeps: Sleeps
) -> None:
    server.answer((429, b"", {"Retry-After": "3"}))
    with pytest.raises(RecordsUnavailable) as exc:
        provider(retries=1).fetch(KIM.identity())
    assert sleeps == [3.0]
    assert "HTTP 429 after 2 attempt(s)" in exc.value.detail
    assert "charged" in exc.value.resident_message.source


def test_unreachable_provider(sleeps: Sleeps) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    opts = HttpRecordsOptions(url=f"http://127.0.0.1:{port}", retries=2, backoff_s=0.1)
    provider = HttpRecordsProvider(opts, sleep=sleeps.append)
    with pytest.raises(RecordsUnavailable) as exc:
        provider.fetch(KIM.identity())
    assert "cannot connect" in exc.value.detail and sleeps == [0.1, 0.2]
    assert not provider.health()


def test_dropped_connection_is_unavailable(
    server: Server, provider: Callable[..., HttpRecordsProvider]
) -> None:
    server.answer((0, b"", {}))
    with pytest.raises(RecordsUnavailable):
        provider(retries=0).fetch(KIM.identity())


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html>gateway</html>", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"records": []}', "record: missing"),
        (
            json.dumps(
                {"record": {**DEMO_RECORDS["demo-kim"]["record"], "rrn": "8503152000001"}}
            ).encode(),
            "record.rrn: value_error",
        ),
        (
            json.dumps(
                {"record": {**DEMO_RECORDS["demo-kim"]["record"], "household": "김민지"}}
            ).encode(),
            "record.household: list_type",
        ),
        (
            json.dumps(
                {
                    "record": {
                        **DEMO_RECORDS["demo-kim"]["record"],
                        "address_history": [{"address": "행복로", "moved_in": "2019-13-01"}],
                    }
                }
            ).encode(),
            "record.address_history.0.moved_in",
        ),
        (
            # A record must say whose it is, or the kiosk cannot tell it is the chip's.
            json.dumps(
                {
                    "record": {
                        k: v for k, v in DEMO_RECORDS["demo-kim"]["record"].items() if k != "holder"
                    }
                }
            ).encode(),
            "record.holder: missing",
        ),
    ],
)
def test_malformed_answers_are_rejected_without_personal_data(
    server: Server,
    provider: Callable[..., HttpRecordsProvider],
    caplog: pytest.LogCaptureFixture,
    body: bytes,
    reason: str,
) -> None:
    server.answer((200, body, {"Content-Type": "application/json"}))
    with caplog.at_level(logging.DEBUG), pytest.raises(RecordsContractError) as exc:
        provider().fetch(KIM.identity())
    assert reason in exc.value.detail
    assert "records answer rejected" in caplog.text and reason in caplog.text
    _no_personal_data(caplog.text)
    _no_personal_data(exc.value.detail)
    assert "retrieved" in exc.value.resident_message.source


def test_unknown_keys_are_ignored_and_health(
    server: Server, provider: Callable[..., HttpRecordsProvider]
) -> None:
    data = {"record": {**DEMO_RECORDS["demo-lee"]["record"], "future_field": 1}, "v": 2}
    server.answer(ok(data))
    assert provider().fetch(DEMO_RESIDENTS["demo-lee"].identity()).fee_exempt
    server.answer(ok({"status": "ok"}))
    assert provider().health()
    assert server.requests[-1]["method"] == "GET"
    assert server.requests[-1]["path"] == "/api/v1/health"


def test_tls_verification_is_on(provider: Callable[..., HttpRecordsProvider]) -> None:
    import ssl

    p = provider()
    handlers = [h for h in p._opener.handlers if hasattr(h, "_context")]
    [https] = handlers
    context = https._context
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
