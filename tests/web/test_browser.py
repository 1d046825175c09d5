"""The status page in a real browser: Debian's chromium driven by Playwright.

A server (uvicorn, the ``kiosk web`` app) runs on a free port against a real
queue database (SQLite, and PostgreSQL when the test server is up). The
resident's phone opens the ticket's link; the test reads what the page says
while the queue moves through ``kiosk.queue``'s own API, and what reached
the resident's phone (the mock text gateway).
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine

from drivers.notify.mock import MockNotifier
from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import SystemClock
from kiosk.config import KioskConfig, default_config
from kiosk.queue.counter import CounterOps
from kiosk.queue.store import Queue
from web import create_app

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.slow


def _chromium() -> str:
    if CHROMIUM.exists():
        return str(CHROMIUM)
    found = shutil.which("chromium")
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("chromium is missing (make test installs it: APT_TEST in the Makefile)")
    pytest.skip("chromium is not installed (apt-get install chromium, or make sysdeps-test)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``kiosk web``'s app under uvicorn on a thread of its own."""

    def __init__(self, config: KioskConfig, engine: Engine, notifier: MockNotifier) -> None:
        import uvicorn

        self.port = _free_port()
        app = create_app(
            config, engine, PersonalDataKey(secrets.token_bytes(64)), notifier=notifier
        )
        self._server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def __enter__(self) -> Server:
        self._thread.start()
        deadline = time.monotonic() + 20
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the web server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _config() -> KioskConfig:
    config = default_config()
    follow = config.follow.model_copy(update={"refresh_s": 2, "ahead_threshold": 3})
    return config.model_copy(update={"follow": follow})


def _wait_for(predicate: object, timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def test_phone_follows_the_ticket_until_it_is_called(db: Engine) -> None:
    executable = _chromium()
    from playwright.sync_api import expect, sync_playwright

    config = _config()
    clock = SystemClock()
    queue = Queue(db, config, clock)
    ops = CounterOps(db, config, clock)
    for _ in range(2):
        queue.record_print(queue.issue("general").ticket.id, ok=True)
    mine = queue.issue("general")
    queue.record_print(mine.ticket.id, ok=True)
    code = mine.ticket.display_code
    notifier = MockNotifier()

    with Server(config, db, notifier) as server, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            phone = browser.new_context(
                locale="ko-KR", viewport={"width": 390, "height": 844}, is_mobile=True
            )
            page = phone.new_page()
            # The page's Content-Security-Policy must not block its own script or style.
            console: list[str] = []
            page.on("console", lambda m: console.append(m.text))
            page.goto(server.url(f"/t/{mine.follow_token}"))
            expect(page.locator("#code")).to_have_text(code)
            expect(page.locator("#headline")).to_have_text("내 앞 대기 2명")
            expect(page.locator("#wait")).to_contain_text("예상 대기 시간")

            page.fill("#phone", "010-12")
            page.click("button[type=submit]")
            expect(page.locator("#phone-error")).to_have_text(
                "010-1234-5678과 같은 휴대전화 번호(010, 011 등으로 시작)를 입력해 주세요."
            )
            page.fill("#phone", "010-1234-5678")
            page.click("button[type=submit]")
            expect(page.locator("#phone-saved-text")).to_have_text(
                "내 앞 대기가 3명이 되었을 때와 호출되었을 때 문자를 보내 드립니다."
            )
            expect(page.locator("#phone")).to_have_count(0)

            # Two people ahead is within the threshold of 3: one text, once.
            ahead = f"[번호표 {code}] 앞에 2명이 기다리고 있습니다. 대기 장소로 와 주세요."
            _wait_for(lambda: len(notifier.sent) >= 1)

            # From here the page must change by itself, without a reload.
            page.evaluate("window.__same_page = true")
            ops.call_ticket(1, mine.ticket.id)
            expect(page.locator("#headline")).to_have_text(
                "호출되었습니다. 1번 창구로 가 주세요.", timeout=15000
            )
            assert page.evaluate("window.__same_page === true")
            called = f"[번호표 {code}] 호출되었습니다. 1번 창구로 가 주세요."
            _wait_for(lambda: len(notifier.sent) >= 2)
            time.sleep(2.5)  # one more notifier round: nothing is sent twice
            assert [(m.phone, m.message) for m in notifier.sent] == [
                ("01012345678", ahead),
                ("01012345678", called),
            ]

            ops.start(1)
            ops.finish(1)
            expect(page.locator("#headline")).to_have_text(
                "업무가 끝났습니다. 감사합니다.", timeout=15000
            )

            assert not [m for m in console if "Content Security Policy" in m]
            assert page.evaluate(
                "getComputedStyle(document.getElementById('code')).fontSize"
            ) != page.evaluate("getComputedStyle(document.body).fontSize")  # status.css applied

            english = browser.new_context(locale="en-US").new_page()
            english.goto(server.url("/t/not-a-ticket"))
            expect(english.locator("h1")).to_have_text("Ticket not found")
        finally:
            browser.close()
