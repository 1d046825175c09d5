"""The web app under unusual requests and configs: big forms, lost phones, unknown services, headers."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from drivers.notify.mock import MockNotifier
from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import FakeClock
from kiosk.config import default_config
from kiosk.queue.counter import CounterOps
from kiosk.queue.follow import FollowStore
from kiosk.queue.store import Queue
from kiosk.storage.database import open_database
from web import create_app


@pytest.fixture
def db(tmp_path: Path) -> Engine:
    return open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")


@pytest.fixture
def token(db: Engine, clock: FakeClock) -> str:
    queue = Queue(db, default_config(), clock)
    issued = queue.issue("general")
    queue.record_print(issued.ticket.id, ok=True)
    assert issued.follow_token is not None
    return issued.follow_token


@pytest.fixture
def client(db: Engine, clock: FakeClock) -> Iterator[TestClient]:
    key = PersonalDataKey(secrets.token_bytes(64))
    app = create_app(
        default_config(), db, key, clock=clock, notifier=MockNotifier(), run_notifier=False
    )
    with TestClient(app) as client:
        yield client


def test_an_oversized_phone_form_is_refused_unread(client: TestClient, token: str) -> None:
    big = b"phone=01012345678&x=" + b"a" * 100_000
    answer = client.post(
        f"/t/{token}/phone",
        content=big,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 413
    # Without a Content-Length (chunked), the stream itself is cut off.
    chunked = client.post(
        f"/t/{token}/phone",
        content=iter([b"phone=01012345678&x="] + [b"a" * 1024] * 100),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert chunked.status_code == 413
    assert client.get(f"/t/{token}/status.json").json()["phone_saved"] == ""  # nothing kept
    # An ordinary form still goes through.
    saved = client.post(f"/t/{token}/phone?lang=en", data={"phone": "010-1234-5678"})
    assert saved.status_code == 200
    assert client.get(f"/t/{token}/status.json?lang=en").json()["phone_saved"]


def test_a_ticket_of_a_service_missing_from_this_config_still_has_its_page(
    db: Engine, clock: FakeClock, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    # The kiosk issued it under its config; this PC's config lacks "general".
    config = default_config()
    config = config.model_copy(
        update={"services": [s for s in config.services if s.id != "general"]}
    )
    key = PersonalDataKey(secrets.token_bytes(64))
    app = create_app(config, db, key, clock=clock, notifier=MockNotifier(), run_notifier=False)
    with TestClient(app) as client:
        # Waiting, it cannot be placed in a queue this PC does not know:
        # the page says so and tries again, as when the database is away.
        waiting = client.get(f"/t/{token}?lang=en")
        assert waiting.status_code == 503
        assert "The queue cannot be reached right now" in waiting.text
        assert client.get(f"/t/{token}/status.json?lang=en").status_code == 503
        saved = client.post(f"/t/{token}/phone?lang=en", data={"phone": "010-1234-5678"})
        assert saved.status_code == 503

        assert CounterOps(db, default_config(), clock).call_next(1) is not None
        page = client.get(f"/t/{token}?lang=en")
        assert page.status_code == 200
        assert "Civil service" in page.text
        assert "Please go to counter 1" in page.text
        status = client.get(f"/t/{token}/status.json?lang=en")
        assert status.status_code == 200
        assert status.json()["service"] == "Civil service"
    assert caplog.text.count("not in this PC's config (services)") == 1


#: What a browser must get with every answer (web/app.py says why).
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


def _security_headers(headers: Mapping[str, str]) -> dict[str, str | None]:
    return {name: headers.get(name) for name in SECURITY_HEADERS}


def test_every_answer_carries_the_security_headers(client: TestClient, token: str) -> None:
    page = client.get(f"/t/{token}?lang=en")
    answers = [
        page,
        client.get(f"/t/{token}/status.json?lang=en"),
        client.get("/t/no-such-token"),
        client.get("/static/status.js"),
        client.get("/healthz"),
        client.post(f"/t/{token}/phone", content=b"x" * 10_000),
    ]
    assert [a.status_code for a in answers] == [200, 200, 404, 200, 200, 413]
    for answer in answers:
        assert _security_headers(answer.headers) == SECURITY_HEADERS
    # The policy allows what the page uses: its script and style from /static,
    # no inline code (which 'self' would block).
    assert '<script src="/static/status.js" defer></script>' in page.text
    assert '<link rel="stylesheet" href="/static/status.css">' in page.text
    assert "<style" not in page.text and " style=" not in page.text
    assert page.text.count("<script") == 1
    assert "You are next" in page.text


def test_an_error_inside_the_app_is_answered_with_the_security_headers_too(
    db: Engine, clock: FakeClock, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: FollowStore, token: str) -> None:
        raise RuntimeError("a defect while the page is built")

    monkeypatch.setattr(FollowStore, "status", broken)
    key = PersonalDataKey(secrets.token_bytes(64))
    app = create_app(
        default_config(), db, key, clock=clock, notifier=MockNotifier(), run_notifier=False
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        failed = client.get(f"/t/{token}")
    assert failed.status_code == 500
    # Else a shared phone's browser could keep the ticket's secret link in its cache.
    assert _security_headers(failed.headers) == SECURITY_HEADERS


def test_a_phone_leaving_mid_form_is_no_error(
    db: Engine, clock: FakeClock, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    key = PersonalDataKey(secrets.token_bytes(64))
    app = create_app(
        default_config(), db, key, clock=clock, notifier=MockNotifier(), run_notifier=False
    )
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": f"/t/{token}/phone",
        "raw_path": f"/t/{token}/phone".encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/x-www-form-urlencoded")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8080),
    }
    received = [
        {"type": "http.request", "body": b"phone=010", "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return received.pop(0)

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))  # raises on the old code: ClientDisconnect
    assert sent[0]["status"] == 400
    assert "Traceback" not in caplog.text and "ClientDisconnect" not in caplog.text


#: The refusal of one number too many, as each language's page says it.
LIMIT_REFUSAL = {
    "ko": "이 번호표의 휴대전화 번호는 더 이상 바꿀 수 없습니다.",
    "zh": "此号码票的手机号码不能再更改。",
    "vi": "Không thể đổi số điện thoại di động của phiếu này thêm nữa.",
}


@pytest.mark.parametrize("language", sorted(LIMIT_REFUSAL))
def test_a_number_past_the_tickets_few_is_refused_in_the_residents_language(
    client: TestClient, token: str, language: str
) -> None:
    for number in ("010-1111-2222", "010-3333-4444", "010-5555-6666"):
        client.post(f"/t/{token}/phone?lang={language}", data={"phone": number})
    refused = client.post(f"/t/{token}/phone?lang={language}", data={"phone": "010-7777-8888"})
    assert refused.status_code == 429
    assert LIMIT_REFUSAL[language] in refused.text
