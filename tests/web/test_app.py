"""The status page over HTTP (Starlette's test client): languages, unknown links, the form."""

from __future__ import annotations

import contextlib
import re
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from starlette.testclient import TestClient

from drivers.notify.mock import MockNotifier
from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import FakeClock
from kiosk.config import default_config
from kiosk.queue.store import Queue
from kiosk.queue.tickets import TicketState
from kiosk.storage.database import open_database
from web import create_app


@pytest.fixture
def db(tmp_path: Path) -> Engine:
    return open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")


def test_page_languages_unknown_token_and_phone_form(db: Engine, clock: FakeClock) -> None:
    config = default_config()
    queue = Queue(db, config, clock)
    queue.issue("general")
    token = queue.issue("general").follow_token
    key = PersonalDataKey(secrets.token_bytes(64))
    app = create_app(config, db, key, clock=clock, notifier=MockNotifier(), run_notifier=False)
    with TestClient(app) as client:
        page = client.get(f"/t/{token}")
        assert page.status_code == 200
        assert "내 앞 대기 1명" in page.text and 'lang="ko"' in page.text
        # Without JavaScript the page reloads itself.
        assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in page.text
        english = client.get(f"/t/{token}", headers={"Accept-Language": "en-US,en;q=0.9"})
        assert "1 person ahead of you" in english.text
        assert "Tiếng Việt" in english.text  # the language links
        chinese = client.get(f"/t/{token}?lang=zh", headers={"Accept-Language": "en"})
        assert "您前面还有 1 人" in chinese.text
        assert client.get(f"/t/{token}/status.json?lang=vi").json()["headline"] == (
            "Còn 1 người trước bạn"
        )
        unknown = client.get("/t/no-such-token?lang=en")
        assert unknown.status_code == 404
        assert "This link is not valid or has expired" in unknown.text
        wrong = client.post(f"/t/{token}/phone?lang=en", data={"phone": "02-123-4567"})
        assert wrong.status_code == 422
        assert "Please enter a mobile number like 010-1234-5678" in wrong.text
        saved = client.post(f"/t/{token}/phone?lang=ko", data={"phone": "010-1234-5678"})
        assert saved.status_code == 200  # followed the redirect
        assert "호출되었을 때 문자를 보내 드립니다" in saved.text
        assert 'id="phone"' not in saved.text
        assert "01012345678" not in saved.text
        assert client.get("/healthz").text == "ok"


@contextlib.contextmanager
def _followed(db: Engine, clock: FakeClock) -> Iterator[tuple[TestClient, str]]:
    """A client of the app and the token of a ticket whose page saved 010-2468-1357."""
    config = default_config()
    token = Queue(db, config, clock).issue("general").follow_token
    assert token is not None
    key = PersonalDataKey(secrets.token_bytes(64))
    app = create_app(config, db, key, clock=clock, notifier=MockNotifier(), run_notifier=False)
    with TestClient(app) as client:
        assert client.post(f"/t/{token}/phone", data={"phone": "010-2468-1357"}).status_code == 200
        yield client, token


def test_a_wrong_correction_is_answered_in_the_correction_form(
    db: Engine, clock: FakeClock
) -> None:
    with _followed(db, clock) as (client, token):
        wrong = client.post(f"/t/{token}/phone?lang=en", data={"phone": "010-98"})
    assert wrong.status_code == 422
    assert "Texts go to 010-****-1357." in wrong.text  # the saved number is kept
    field = re.search(r'<input id="phone-change"[^>]*>', wrong.text)
    assert field is not None
    # What was typed is given back, and a screen reader hears the error with the field.
    assert 'value="010-98"' in field.group(0)
    assert 'aria-invalid="true"' in field.group(0)
    assert 'aria-describedby="phone-error"' in field.group(0)
    assert '<label for="phone-change">' in wrong.text
    assert wrong.text.count('id="phone-error"') == 1
    assert re.search(
        r'<form [^>]*id="phone-change-form"[^>]*>.*<p class="error" id="phone-error" role="alert">'
        r"Please enter a mobile number like",
        wrong.text,
        re.S,
    )


def test_a_number_sent_after_the_visit_ended_is_said_not_saved(
    db: Engine, clock: FakeClock
) -> None:
    # The form was still open on the phone when the counter finished the
    # ticket: the page came back as if nothing had been sent.
    config = default_config()
    queue = Queue(db, config, clock)
    issued = queue.issue("general")
    token = issued.follow_token
    assert token is not None
    queue.transition(issued.ticket.id, TicketState.CANCELLED)
    key = PersonalDataKey(secrets.token_bytes(64))
    app = create_app(config, db, key, clock=clock, notifier=MockNotifier(), run_notifier=False)
    with TestClient(app) as client:
        late = client.post(f"/t/{token}/phone?lang=en", data={"phone": "010-1234-5678"})
    assert late.status_code == 409
    assert "Your number was not saved: this ticket is no longer waiting" in late.text
    assert 'role="alert"' in late.text and 'id="phone"' not in late.text


@pytest.mark.parametrize(
    ("lang", "number_line", "change_label"),
    [
        (
            "ko",
            "문자는 010-****-1357 번호로 보내 드립니다.",
            "번호가 틀렸나요? 맞는 번호를 입력해 주세요",
        ),
        ("zh", "短信将发送到 010-****-1357。", "号码有误？请输入正确的号码"),
        ("vi", "Tin nhắn sẽ được gửi đến số 010-****-1357.", "Sai số? Hãy nhập số đúng"),
    ],
    ids=["ko", "zh", "vi"],
)
def test_the_saved_number_and_its_correction_form_are_translated(
    db: Engine, clock: FakeClock, lang: str, number_line: str, change_label: str
) -> None:
    with _followed(db, clock) as (client, token):
        page = client.get(f"/t/{token}?lang={lang}")
        feed = client.get(f"/t/{token}/status.json?lang={lang}").json()
    assert number_line in page.text and feed["phone_to"] == number_line
    assert f'<label for="phone-change">{change_label}</label>' in page.text


def test_kiosk_web_serves_and_refuses_without_follow(tmp_path: Path) -> None:
    """The real command: serves on the port given; exits 2 when follow is off or with another centre key."""
    import os
    import socket
    import subprocess
    import sys
    import urllib.request

    from kiosk.config import default_config_text

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, KIOSK_DATA_DIR=str(tmp_path / "data"))
    server = subprocess.Popen(
        [sys.executable, "-m", "ui.app.cli", "web", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    assert r.read() == b"ok"
                    break
            except OSError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                assert time.monotonic() < deadline, "kiosk web did not answer"
                time.sleep(0.2)
        _check_the_servers_limits(port)
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout:
            server.stdout.close()

    off = tmp_path / "off.toml"
    off.write_text(
        default_config_text().replace("enabled = true\nbase_url", "enabled = false\nbase_url")
    )
    done = subprocess.run(
        [sys.executable, "-m", "ui.app.cli", "web", "--config", str(off)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "kiosk web: follow.enabled is false" in done.stderr

    # The first start recorded its centre key's fingerprint in the database; a
    # web PC with another key (made anew, not copied) is refused before serving.
    from kiosk.centre.keys import key_path

    key_file = key_path(tmp_path / "data")
    assert key_file.exists()
    key_file.write_bytes(secrets.token_bytes(64))
    other = subprocess.run(
        [sys.executable, "-m", "ui.app.cli", "web", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert other.returncode == 2
    assert "centre-personal.key" in other.stderr and "copy the file" in other.stderr
    assert "Traceback" not in other.stderr


def _check_the_servers_limits(port: int) -> None:
    """``kiosk web``'s uvicorn limits: header size, then open connections."""
    import socket
    import urllib.error
    import urllib.request

    from ui.app.commands.web import MAX_CONNECTIONS

    def health() -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
                return int(answer.status)
        except urllib.error.HTTPError as exc:
            exc.close()
            return exc.code

    # Headers that keep coming without an end are refused past 8 KB, not
    # buffered (uvicorn's own limit is 16 KB).
    with socket.create_connection(("127.0.0.1", port), timeout=5) as slow:
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: kiosk\r\nX-Pad: " + b"a" * 10_000)
        assert slow.recv(100).startswith(b"HTTP/1.1 400")

    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(MAX_CONNECTIONS)]
    try:
        assert health() == 503
    finally:
        for sock in idle:
            sock.close()
    deadline = time.monotonic() + 10
    while health() != 200:
        assert time.monotonic() < deadline, "kiosk web did not recover its connections"
        time.sleep(0.2)
