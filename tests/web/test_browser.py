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


def _assert_no_full_number(html: str, digits: str) -> None:
    assert digits not in html
    assert f"{digits[:3]}-{digits[3:7]}-{digits[7:]}" not in html
    assert digits[3:7] not in html


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

            # Another phone (a family member's) has the link open before any number is saved.
            other = phone.new_page()
            other.on("console", lambda m: console.append(m.text))
            other.goto(server.url(f"/t/{mine.follow_token}"))

            page.fill("#phone", "010-12")
            page.click("#phone-form button")
            expect(page.locator("#phone-error")).to_have_text(
                "010-1234-5678과 같은 휴대전화 번호(010, 011 등으로 시작)를 입력해 주세요."
            )
            # A typo: the resident sees the number saved, masked, and may correct it.
            page.fill("#phone", "010-2468-1358")
            page.click("#phone-form button")
            expect(page.locator("#phone-saved-text")).to_have_text(
                "내 앞 대기가 3명이 되었을 때와 호출되었을 때 문자를 보내 드립니다."
            )
            expect(page.locator("#phone-to")).to_contain_text("010-****-1358")
            expect(page.locator("#phone")).to_have_count(0)
            expect(page.locator("#phone-change")).to_be_visible()
            _assert_no_full_number(page.content(), "01024681358")
            # Large enough to tap, and named by its label.
            box = page.locator("#phone-change-form button").bounding_box()
            assert box is not None and box["height"] >= 44
            assert (
                page.evaluate("document.getElementById('phone-change').labels[0].htmlFor")
                == "phone-change"
            )

            # The other phone's page learns of it without a reload: the number and
            # the way to correct it, in place of the first form.
            other.evaluate("window.__same_page = true")
            expect(other.locator("#phone-to")).to_contain_text("010-****-1358", timeout=15000)
            expect(other.locator("#phone-change")).to_be_visible()
            expect(other.locator("#phone-form-box")).to_be_hidden()
            assert other.evaluate("window.__same_page === true")

            # Two people ahead is within the threshold of 3: the text goes to the typo.
            ahead = f"[번호표 {code}] 앞에 2명이 기다리고 있습니다. 대기 장소로 와 주세요."
            _wait_for(lambda: len(notifier.sent) >= 1)

            page.fill("#phone-change", "010-98")
            page.click("#phone-change-form button")
            expect(page.locator("#phone-error")).to_be_visible()
            expect(page.locator("#phone-change")).to_have_attribute(
                "aria-describedby", "phone-error"
            )
            expect(page.locator("#phone-change")).to_have_value("010-98")
            expect(page.locator("#phone-to")).to_contain_text("010-****-1358")
            page.fill("#phone-change", "010-2468-1357")
            page.click("#phone-change-form button")
            expect(page.locator("#phone-to")).to_contain_text("010-****-1357")
            _assert_no_full_number(page.content(), "01024681357")
            expect(page.locator("#phone-error")).to_have_count(0)
            expect(page.locator("#phone-change")).to_be_visible()  # one correction left
            # The corrected number gets the text afresh.
            _wait_for(lambda: len(notifier.sent) >= 2)
            expect(other.locator("#phone-to")).to_contain_text("010-****-1357", timeout=15000)

            # The last number a ticket may take, from the other phone: no form after it,
            # and the first phone's page follows without a reload.
            page.evaluate("window.__same_page = true")
            other.fill("#phone-change", "010-8765-4321")
            other.click("#phone-change-form button")
            expect(other.locator("#phone-to")).to_contain_text("010-****-4321")
            expect(other.locator("#phone-change")).to_have_count(0)
            expect(page.locator("#phone-to")).to_contain_text("010-****-4321", timeout=15000)
            expect(page.locator("#phone-change-form")).to_be_hidden()
            _wait_for(lambda: len(notifier.sent) >= 3)

            # From here the page must change by itself, without a reload.
            ops.call_ticket(1, mine.ticket.id)
            expect(page.locator("#headline")).to_have_text(
                "호출되었습니다. 1번 창구로 가 주세요.", timeout=15000
            )
            assert page.evaluate("window.__same_page === true")
            called = f"[번호표 {code}] 호출되었습니다. 1번 창구로 가 주세요."
            _wait_for(lambda: len(notifier.sent) >= 4)
            time.sleep(2.5)  # one more notifier round: nothing is sent twice
            assert [(m.phone, m.message) for m in notifier.sent] == [
                ("01024681358", ahead),
                ("01024681357", ahead),
                ("01087654321", ahead),
                ("01087654321", called),
            ]

            ops.start(1)
            ops.finish(1)
            expect(page.locator("#headline")).to_have_text(
                "업무가 끝났습니다. 감사합니다.", timeout=15000
            )
            expect(page.locator("#phone-saved")).to_be_hidden()  # the number is gone

            assert not [m for m in console if "Content Security Policy" in m]
            assert page.evaluate(
                "getComputedStyle(document.getElementById('code')).fontSize"
            ) != page.evaluate("getComputedStyle(document.body).fontSize")  # status.css applied

            english = browser.new_context(locale="en-US").new_page()
            english.goto(server.url("/t/not-a-ticket"))
            expect(english.locator("h1")).to_have_text("Ticket not found")
        finally:
            browser.close()
