"""Phone follow-up: status computation, phone numbers (validation, masking, purge) and texts."""

from __future__ import annotations

import contextlib
import re
import secrets
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from starlette.applications import Starlette
from starlette.testclient import TestClient

from drivers.notify.mock import MockNotifier
from kiosk.centre.keys import PersonalDataKey, PersonalKeyError
from kiosk.centre.phone import masked_number, mobile_problem
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, default_config
from kiosk.i18n import N_, identity_translate
from kiosk.ports.notify import Notifier, SendResult
from kiosk.printing.document import QrCode
from kiosk.queue.counter import CounterOps
from kiosk.queue.follow import (
    MAX_PHONE_SETS,
    DueText,
    FollowState,
    FollowStore,
    InvalidPhoneError,
    normalize_phone,
    status_headline,
    wait_text,
)
from kiosk.queue.store import Queue
from kiosk.queue.ticket_printout import build_ticket
from kiosk.queue.tickets import Ticket
from kiosk.storage.database import DatabaseUnavailableError, ticket_follow
from tests.drivers.test_notify_http import Gateway, _notifier
from tests.support.databases import opened
from web import create_app
from web.i18n import Translations, pick_language
from web.notifier import MAX_ATTEMPTS, RETRY_AFTER_S, NotifierLoop


class Center:
    def __init__(self, engine: Engine, clock: FakeClock, config: KioskConfig | None = None) -> None:
        self.engine = engine
        self.config = config or default_config()
        self.clock = clock
        self.queue = Queue(engine, self.config, clock)
        self.ops = CounterOps(engine, self.config, clock)
        self.key = PersonalDataKey(secrets.token_bytes(64))
        self.follow = FollowStore(engine, self.queue, clock, self.key)

    def serve(self, counter: int) -> None:
        self.ops.call_next(counter)
        self.ops.start(counter)
        self.ops.finish(counter)

    def app(self, notifier: MockNotifier | None) -> Starlette:
        """The web app over this centre's queue; the tests run its texts' loop themselves."""
        return create_app(
            self.config,
            self.engine,
            self.key,
            clock=self.clock,
            notifier=notifier,
            run_notifier=False,
        )

    def take(self, service: str = "general") -> tuple[int, str]:
        issued = self.queue.issue(service)
        self.queue.record_print(issued.ticket.id, ok=True)
        self.clock.advance(10)
        assert issued.follow_token is not None
        return issued.ticket.id, issued.follow_token


@pytest.fixture
def center(db: Engine, clock: FakeClock) -> Center:
    return Center(db, clock)


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("010-1234-5678", "01012345678"),
        ("010 1234 5678", "01012345678"),
        ("+82 10-1234-5678", "01012345678"),
        ("011-123-4567", "0111234567"),
        ("０１０－１２３４－５６７８", "01012345678"),  # a phone keyboard's fullwidth digits
    ],
)
def test_korean_mobile_numbers_are_accepted(raw: str, digits: str) -> None:
    assert normalize_phone(raw) == digits


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "02-123-4567",
        "010-1234",
        "010-1234-56789",
        "abc",
        "012-1234-5678",
        "010\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668",  # Arabic-Indic digits
    ],
)
def test_other_numbers_are_refused_with_a_message(raw: str) -> None:
    with pytest.raises(InvalidPhoneError) as caught:
        normalize_phone(raw)
    assert "010-1234-5678" in caught.value.message.render(identity_translate)


def test_the_kiosk_keypad_check_takes_ascii_digits_only() -> None:
    assert mobile_problem("01012345678") is None
    assert mobile_problem("010\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668") is not None
    assert mobile_problem("０１０１２３４５６７８") is not None  # fullwidth, not normalised here
    assert mobile_problem("01012345678\n") is not None


def test_masked_number_hides_the_middle() -> None:
    assert masked_number("01012345678") == "010-****-5678"


def test_language_from_query_then_accept_language_then_korean() -> None:
    assert pick_language("vi", "en") == "vi"
    assert pick_language(None, "en-US,en;q=0.9,ko;q=0.8") == "en"
    assert pick_language(None, "fr, zh-CN;q=0.5, en;q=0.4") == "zh"
    assert pick_language(None, "fr, de") == "ko"
    assert pick_language("xx", None) == "ko"


def test_token_is_long_random_and_printed_as_the_qr_link(center: Center) -> None:
    first = center.queue.issue("general")
    second = center.queue.issue("general")
    assert first.follow_token and second.follow_token
    assert len(first.follow_token) >= 40 and first.follow_token != second.follow_token
    document = build_ticket(center.config, first, "en", identity_translate)
    qr = [b for b in document.blocks if isinstance(b, QrCode)]
    assert [q.payload for q in qr] == [f"http://127.0.0.1:8080/t/{first.follow_token}"]


def test_disabled_follow_prints_no_link(db: Engine, clock: FakeClock) -> None:
    config = default_config()
    config = config.model_copy(
        update={"follow": config.follow.model_copy(update={"enabled": False})}
    )
    issued = Queue(db, config, clock).issue("general")
    assert issued.follow_token is None
    document = build_ticket(config, issued, "en", identity_translate)
    assert all("/t/" not in q.payload for q in document.blocks if isinstance(q, QrCode))


def test_status_follows_the_ticket_through_the_counter(center: Center) -> None:
    center.take()
    center.take()
    _, token = center.take()
    status = center.follow.status(token)
    assert status is not None
    assert status.state is FollowState.WAITING and status.people_ahead == 2
    assert status.wait_minutes > 0
    assert status_headline(status).render(identity_translate) == "2 people ahead of you"
    assert wait_text(status) is not None
    center.ops.call_next(1)
    center.ops.start(1)
    center.ops.finish(1)
    status = center.follow.status(token)
    assert status is not None and status.people_ahead == 1
    center.ops.call_next(2)
    center.ops.call_next(1)
    status = center.follow.status(token)
    assert status is not None and status.state is FollowState.CALLED and status.counter == 1
    assert (
        status_headline(status).render(identity_translate)
        == "Your number was called. Please go to counter 1."
    )
    center.ops.no_show(1)
    status = center.follow.status(token)
    assert status is not None and status.state is FollowState.MISSED


def test_unknown_token_has_no_status(center: Center) -> None:
    center.take()
    assert center.follow.status("not-a-token") is None
    assert center.follow.status("") is None
    # Not a token's shape: unknown, without a query the database would refuse.
    assert center.follow.status("\x00" * 43) is None
    assert center.follow.status("a\x00" + "b" * 41) is None
    assert center.follow.status("é" * 43) is None


def test_a_token_with_a_nul_gets_the_unknown_page(center: Center) -> None:
    _, token = center.take()
    app = center.app(MockNotifier())
    with TestClient(app) as client:
        bad = "%00" + token[1:]
        assert client.get(f"/t/{bad}?lang=en").status_code == 404
        assert client.get(f"/t/{bad}/status.json").status_code == 404
        phone = client.post(f"/t/{bad}/phone", data={"phone": "010-1234-5678"})
        assert phone.status_code == 404
        assert client.get(f"/t/{token}").status_code == 200


def test_a_waiting_ticket_of_a_past_day_is_expired(center: Center) -> None:
    _, token = center.take()
    center.clock.advance(timedelta(days=1).total_seconds())
    status = center.follow.status(token)
    assert status is not None and status.state is FollowState.EXPIRED


def test_a_ticket_left_called_on_a_past_day_is_expired_and_takes_no_number(
    center: Center,
) -> None:
    _, token = center.take()
    center.ops.call_next(1)  # and nobody closed it at the end of the day
    center.clock.advance(timedelta(days=1).total_seconds())
    status = center.follow.status(token)
    # Not "go to counter 1" a day late, nor texts promised that never come.
    assert status is not None and status.state is FollowState.EXPIRED
    assert center.follow.set_phone(token, "01012345678") is None
    assert _phones(center) == [None]


def _phones(center: Center) -> list[str | None]:
    """The numbers the database holds, as the centre key opens them."""
    with center.engine.connect() as conn:
        stored = conn.execute(select(ticket_follow.c.phone_enc)).scalars()
        return [None if value is None else center.key.decrypt(value) for value in stored]


def test_the_number_is_stored_encrypted_with_the_centre_key(center: Center) -> None:
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "ko")
    with center.engine.connect() as conn:
        (stored,) = conn.execute(select(ticket_follow.c.phone_enc)).scalars()
    assert "01012345678" not in stored and "5678" not in stored
    assert _phones(center) == ["01012345678"]
    # Another centre's key cannot read it.
    with pytest.raises(PersonalKeyError):
        PersonalDataKey(secrets.token_bytes(64)).decrypt(stored)


def test_phone_is_purged_when_the_ticket_is_finished(center: Center) -> None:
    _, token = center.take()
    assert center.follow.set_phone(token, "01012345678", "ko") is not None
    assert _phones(center) == ["01012345678"]
    assert center.follow.purge() == 0
    center.ops.call_next(1)
    center.ops.start(1)
    center.ops.finish(1)
    assert center.follow.purge() == 1
    assert _phones(center) == [None]


def test_phone_is_purged_at_day_rollover(center: Center) -> None:
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "ko")
    center.clock.advance(timedelta(days=1).total_seconds())
    assert center.follow.purge() == 1
    assert _phones(center) == [None]


def test_a_number_left_before_a_day_rollback_is_purged_with_that_day(center: Center) -> None:
    # The kiosk's clock ran a day ahead: the ticket and its page are Tuesday's.
    center.clock.advance(timedelta(days=1).total_seconds())
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "ko")
    center.clock.advance(-timedelta(days=1).total_seconds())  # corrected to Monday
    assert center.queue.rollback_day().state == "ok"
    assert center.follow.purge() == 0  # Monday: still today's
    center.clock.advance(timedelta(days=1).total_seconds())
    # Tuesday: Monday's ticket is over, and so is its number.
    assert center.follow.purge() == 1
    assert _phones(center) == [None]


def test_past_days_rows_are_kept_one_more_day(center: Center) -> None:
    _, token = center.take()
    center.clock.advance(timedelta(days=1).total_seconds())
    center.follow.purge()
    status = center.follow.status(token)
    assert status is not None and status.state is FollowState.EXPIRED
    center.clock.advance(timedelta(days=1).total_seconds())
    center.follow.purge()
    assert center.follow.status(token) is None


def test_a_finished_ticket_cannot_take_a_number(center: Center) -> None:
    _, token = center.take()
    center.ops.call_next(1)
    center.ops.start(1)
    assert center.follow.set_phone(token, "01012345678") is None


def test_a_tickets_link_takes_a_few_numbers_and_texts_the_last_one_kept(center: Center) -> None:
    """Anyone holding the link could change the number again and again, each a new text."""
    ticket_id, token = center.take()
    numbers = ["010-1111-2222", "010-3333-4444", "010-5555-6666"][:MAX_PHONE_SETS]
    mock = MockNotifier()
    app = center.app(mock)
    with TestClient(app) as client:
        for number in [*numbers, numbers[-1]]:  # the last form sent twice takes no number more
            saved = client.post(f"/t/{token}/phone?lang=en", data={"phone": number})
            assert saved.status_code == 200
        refused = client.post(f"/t/{token}/phone?lang=en", data={"phone": "010-7777-8888"})
        app.state.notifier_loop.run_once()
    assert refused.status_code == 429
    assert (
        "The mobile number of this ticket cannot be changed again. "
        "Texts go to the number already saved." in refused.text
    )
    assert "We will text you when 3 people are ahead of you" in refused.text
    assert "7777" not in refused.text
    assert _phones(center) == ["01055556666"]
    assert [(m.phone, m.message) for m in mock.sent] == [
        ("01055556666", "[Queue A-001] You are next. Please come to the waiting area.")
    ]
    with center.engine.connect() as conn:
        sets = conn.execute(
            select(ticket_follow.c.phone_sets).where(ticket_follow.c.ticket_id == ticket_id)
        ).scalar_one()
    assert sets == MAX_PHONE_SETS


def test_status_gives_the_saved_number_masked_and_the_corrections_left(center: Center) -> None:
    _, token = center.take()
    status = center.follow.status(token)
    assert status is not None
    assert (status.phone_masked, status.can_change_phone) == ("", False)
    center.follow.set_phone(token, "01024681357", "en")
    status = center.follow.status(token)
    assert status is not None
    assert (status.phone_masked, status.phone_sets) == ("010-****-1357", 1)
    assert status.can_change_phone
    assert "2468" not in repr(status)  # nothing but the masked number leaves the store
    center.follow.set_phone(token, "01097538642", "en")
    center.follow.set_phone(token, "01011223344", "en")
    status = center.follow.status(token)
    assert status is not None
    assert (status.phone_masked, status.phone_sets) == ("010-****-3344", MAX_PHONE_SETS)
    assert not status.can_change_phone


def _change_form(html: str) -> str:
    """The correction form's input, or "" when the page has none."""
    found = re.search(r'<input id="phone-change"[^>]*>', html)
    return found.group(0) if found else ""


def test_the_page_shows_the_saved_number_masked_and_a_form_to_correct_it(
    center: Center, caplog: pytest.LogCaptureFixture
) -> None:
    """A typo in the number was invisible: the page only said texts would come."""
    _, token = center.take()
    numbers = ["010-2468-1357", "010-9753-8642", "010-1122-3344"][:MAX_PHONE_SETS]
    app = center.app(MockNotifier())
    caplog.set_level("DEBUG")
    with TestClient(app) as client:
        for count, number in enumerate(numbers, start=1):
            page = client.post(f"/t/{token}/phone?lang=en", data={"phone": number})
            feed = client.get(f"/t/{token}/status.json?lang=en")
            masked = f"010-****-{number[-4:]}"
            assert page.status_code == 200
            assert f"Texts go to {masked}." in page.text
            assert feed.json()["phone_to"] == f"Texts go to {masked}."
            middle = number[4:8]
            for answer in (page, feed):
                assert number not in answer.text and number.replace("-", "") not in answer.text
                assert middle not in answer.text
            # The first number and two corrections: a form until the last one.
            corrections_left = count < MAX_PHONE_SETS
            assert bool(_change_form(page.text)) is corrections_left
            assert ("Wrong number? Enter the right one" in page.text) is corrections_left
            assert feed.json()["can_change"] is corrections_left
            if corrections_left:
                assert 'action="/t/' + token + '/phone?lang=en"' in page.text
                assert '<label for="phone-change">' in page.text
    assert all(number[4:8] not in caplog.text for number in numbers)


def _phone_sets(center: Center, ticket_id: int) -> int:
    with center.engine.connect() as conn:
        return int(
            conn.execute(
                select(ticket_follow.c.phone_sets).where(ticket_follow.c.ticket_id == ticket_id)
            ).scalar_one()
        )


@pytest.mark.postgres
def test_a_double_tapped_form_takes_one_number(
    pg_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two posts of one number at once: the second is read before the first is
    # written. It must not count the same number twice (two of the three).
    # PostgreSQL only: on SQLite each transaction takes the write lock at its
    # BEGIN (BEGIN IMMEDIATE), so the two forms are served one after the other.
    with opened(pg_url) as engine:
        _one_number_for_a_double_tap(Center(engine, clock), monkeypatch)


def _one_number_for_a_double_tap(center: Center, monkeypatch: pytest.MonkeyPatch) -> None:
    ticket_id, token = center.take()
    key = center.follow._key

    class OtherTapMeanwhile:
        """The key, but the other tap commits just before this one's write."""

        other_done = False

        def decrypt(self, text: str) -> str:
            return key.decrypt(text)

        def encrypt(self, text: str) -> str:
            if not self.other_done:
                self.other_done = True
                monkeypatch.setattr(center.follow, "_key", key)
                center.follow.set_phone(token, text, "en")
                monkeypatch.setattr(center.follow, "_key", self)
            return key.encrypt(text)

    monkeypatch.setattr(center.follow, "_key", OtherTapMeanwhile())
    assert center.follow.set_phone(token, "01012345678", "en") is not None
    assert _phones(center) == ["01012345678"]
    assert _phone_sets(center, ticket_id) == 1


def test_notifier_sends_ahead_then_called_once_each(
    center: Center, caplog: pytest.LogCaptureFixture
) -> None:
    for _ in range(4):
        center.take()
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    mock = MockNotifier()
    loop = NotifierLoop(center.follow, mock, Translations(), ahead_threshold=3, period_s=1)
    caplog.set_level("INFO")
    assert loop.run_once() == 0  # 4 ahead
    center.serve(1)
    assert loop.run_once() == 1
    assert loop.run_once() == 0
    center.serve(2)
    center.serve(1)
    center.serve(2)
    assert loop.run_once() == 0
    center.ops.call_next(1)
    assert loop.run_once() == 1
    assert loop.run_once() == 0
    code = center.follow.status(token).display_code  # type: ignore[union-attr]
    assert [m.message for m in mock.sent] == [
        f"[Queue {code}] 3 people are ahead of you. Please come to the waiting area.",
        f"[Queue {code}] Your number was called. Please go to counter 1.",
    ]
    assert all(m.phone == "01012345678" for m in mock.sent)
    assert "01012345678" not in caplog.text and "1234" not in caplog.text


def test_a_ticket_of_a_service_this_pc_lacks_does_not_stop_the_others_texts(
    db: Engine, clock: FakeClock
) -> None:
    kiosks = Center(db, clock)  # the kiosks and counters know every service
    web_config = default_config()
    web_config.services = [s for s in web_config.services if s.id != "welfare"]
    web = Center(db, clock, web_config)
    web.key = kiosks.key
    web.follow = FollowStore(db, web.queue, clock, kiosks.key)
    _, moved = kiosks.take()
    web.follow.set_phone(moved, "01011112222", "en")
    kiosks.ops.call_next(1)
    kiosks.ops.transfer(1, "welfare")  # to a service the web PC's config lacks
    _, token = kiosks.take()
    web.follow.set_phone(token, "01012345678", "en")
    kiosks.ops.call_next(1)
    mock = MockNotifier()
    loop = NotifierLoop(web.follow, mock, Translations(), ahead_threshold=3, period_s=1)
    assert loop.run_once() == 1
    assert [m.phone for m in mock.sent] == ["01012345678"]


def test_a_number_this_pcs_key_cannot_open_stops_neither_the_page_nor_the_others_texts(
    center: Center, caplog: pytest.LogCaptureFixture
) -> None:
    """A number saved under another key file (the web PC's key was replaced): its
    page shows the queue and takes a number again; the others are texted."""
    other_key = FollowStore(
        center.engine, center.queue, center.clock, PersonalDataKey(secrets.token_bytes(64))
    )
    _, lost = center.take()
    other_key.set_phone(lost, "01011112222", "en")
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    center.ops.call_next(1)
    center.ops.call_next(2)
    mock = MockNotifier()
    caplog.set_level("WARNING")
    with TestClient(center.app(mock)) as client:
        page = client.get(f"/t/{lost}?lang=en")
        assert page.status_code == 200 and "A-001" in page.text
        assert "Send me texts" in page.text and "We will text you" not in page.text
        assert client.app.state.notifier_loop.run_once() == 1  # type: ignore[attr-defined]
        assert [m.phone for m in mock.sent] == ["01012345678"]
        saved = client.post(f"/t/{lost}/phone?lang=en", data={"phone": "010-3333-4444"})
        assert saved.status_code == 200 and "Texts go to 010-****-4444" in saved.text
    assert sorted(_phones(center)) == ["01012345678", "01033334444"]  # type: ignore[type-var]
    assert caplog.text.count("its mobile number cannot be read") == 1
    assert "1111" not in caplog.text and "2222" not in caplog.text


def test_a_corrected_number_gets_the_text_the_mistyped_one_was_sent(center: Center) -> None:
    # Three ahead: the text goes at once, to a number with a typo. The resident
    # sees the masked number on the page and corrects it; the text must follow.
    for _ in range(3):
        center.take()
    _, token = center.take()
    center.follow.set_phone(token, "01012345679", "en")
    mock = MockNotifier()
    loop = _loop(center, mock)
    assert loop.run_once() == 1
    center.follow.set_phone(token, "01012345678", "en")
    assert loop.run_once() == 1
    assert loop.run_once() == 0
    code = center.follow.status(token).display_code  # type: ignore[union-attr]
    ahead = f"[Queue {code}] 3 people are ahead of you. Please come to the waiting area."
    assert [(m.phone, m.message) for m in mock.sent] == [
        ("01012345679", ahead),
        ("01012345678", ahead),
    ]


def _three_ahead_with_a_mistyped_number(center: Center) -> str:
    """A ticket three from the front whose resident left a number with a typo (its token)."""
    for _ in range(3):
        center.take()
    _, token = center.take()
    center.follow.set_phone(token, "01012345679", "en")
    return token


class CorrectedMidSend(MockNotifier):
    """The resident corrects the number while the first text is on its way."""

    def __init__(self, correct: Callable[[], object]) -> None:
        super().__init__()
        self._correct: Callable[[], object] | None = correct

    def send(self, phone: str, message: str) -> SendResult:
        if self._correct is not None:
            correct, self._correct = self._correct, None
            correct()
        return super().send(phone, message)


def test_a_number_corrected_while_a_text_is_on_its_way_still_gets_it(center: Center) -> None:
    token = _three_ahead_with_a_mistyped_number(center)
    gateway = CorrectedMidSend(lambda: center.follow.set_phone(token, "01012345678", "en"))
    _rounds(center, _loop(center, gateway), 60, every_s=20)
    # The send to the old number was recorded against it, not the new one.
    assert [m.phone for m in gateway.sent] == ["01012345679", "01012345678"]


def test_a_number_corrected_after_the_round_read_it_is_not_texted_the_old_one(
    center: Center, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = _three_ahead_with_a_mistyped_number(center)
    read = center.follow.due_texts

    def read_then_corrected(threshold: int) -> list[DueText]:
        due = read(threshold)
        monkeypatch.setattr(center.follow, "due_texts", read)
        center.follow.set_phone(token, "01012345678", "en")
        return due

    monkeypatch.setattr(center.follow, "due_texts", read_then_corrected)
    gateway = MockNotifier()
    _rounds(center, _loop(center, gateway), 60, every_s=20)
    # The number the resident had just said was wrong (a stranger's) gets nothing.
    assert [m.phone for m in gateway.sent] == ["01012345678"]


def test_failed_text_is_retried_and_logged_without_the_number(
    center: Center, caplog: pytest.LogCaptureFixture
) -> None:
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "ko")
    mock = MockNotifier(fail_with="gateway answered HTTP 500")
    loop = _loop(center, mock)
    assert loop.run_once() == 0
    assert "HTTP 500" in caplog.text and "01012345678" not in caplog.text
    mock.fail_with = ""
    assert loop.run_once() == 0  # not at once: the retry waits
    center.clock.advance(RETRY_AFTER_S)
    assert loop.run_once() == 1
    assert len(mock.sent) == 1


class LateGateway:
    """A gateway that takes every message (the phone gets it) but fails to say so."""

    def __init__(self, error: str, *, maybe_sent: bool = True) -> None:
        self.error = error
        self.maybe_sent = maybe_sent
        self.received: list[str] = []

    def send(self, phone: str, message: str) -> SendResult:
        self.received.append(message)
        return SendResult(False, self.error, maybe_sent=self.maybe_sent)


def _loop(center: Center, notifier: Notifier) -> NotifierLoop:
    return NotifierLoop(
        center.follow,
        notifier,
        Translations(),
        ahead_threshold=3,
        period_s=5,
        clock=center.clock,
    )


def _rounds(center: Center, loop: NotifierLoop, seconds: float, every_s: float) -> None:
    for _ in range(int(seconds / every_s)):
        loop.run_once()
        center.clock.advance(every_s)


def test_a_gateway_answering_too_late_is_not_sent_the_text_every_round(
    center: Center, caplog: pytest.LogCaptureFixture
) -> None:
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    gateway = LateGateway("gateway did not answer within 10 s")
    loop = _loop(center, gateway)
    _rounds(center, loop, RETRY_AFTER_S - 5, every_s=5)
    assert len(gateway.received) == 1
    # One retry after the pause, then never again.
    _rounds(center, loop, 3600, every_s=60)
    assert len(gateway.received) == MAX_ATTEMPTS
    assert "given up" in caplog.text and "01012345678" not in caplog.text


def test_a_gateway_failing_after_taking_the_text_is_tried_a_limited_number_of_times(
    center: Center,
) -> None:
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    gateway = LateGateway("gateway answered HTTP 500")
    _rounds(center, _loop(center, gateway), 3600, every_s=30)
    assert len(gateway.received) == MAX_ATTEMPTS


def test_a_text_that_cannot_have_left_is_tried_until_the_gateway_is_back(
    center: Center,
) -> None:
    """A gateway down for a quarter of an hour lost every text due meanwhile."""
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    gateway = MockNotifier(fail_with="gateway unreachable (ConnectionRefusedError)")
    loop = _loop(center, gateway)
    for _ in range(900 // 30):  # a quarter of an hour, a round every 30 s
        assert loop.run_once() == 0
        center.clock.advance(30)
    gateway.fail_with = ""  # the gateway is back
    _rounds(center, loop, RETRY_AFTER_S + 30, every_s=30)
    assert len(gateway.sent) == 1


@pytest.mark.parametrize("hang_up", ["close", "reset"])
def test_a_gateway_hanging_up_after_reading_the_text_gets_it_twice_at_most(
    center: Center, tmp_path: Path, hang_up: str
) -> None:
    """A gateway (or a proxy before it) closing the connection once it had read
    the text was sent it again after every retry pause: a paid text every 2 minutes."""
    _followed(center)
    with Gateway() as gateway:
        gateway.hang_up = hang_up
        loop = _loop(center, _notifier(gateway, tmp_path))
        _rounds(center, loop, 3600, every_s=RETRY_AFTER_S + 1)
    assert len(gateway.received) == MAX_ATTEMPTS


def test_a_gateway_refusing_connections_gets_the_text_once_it_is_back(
    center: Center, tmp_path: Path
) -> None:
    _followed(center)
    with Gateway(up=False) as gateway:
        loop = _loop(center, _notifier(gateway, tmp_path))
        _rounds(center, loop, 900, every_s=RETRY_AFTER_S + 1)
        gateway.come_up()
        _rounds(center, loop, 900, every_s=RETRY_AFTER_S + 1)
    assert [body["to"] for _, body in gateway.received] == ["01012345678"]


def _followed(center: Center) -> int:
    """A ticket whose resident left 010-1234-5678 on its page in English (its id)."""
    ticket_id, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    return ticket_id


def _attempts(center: Center, ticket_id: int) -> tuple[int, int]:
    """The stored sends of the ticket's "ahead" and "called" texts that may have reached it."""
    with center.engine.connect() as conn:
        row = conn.execute(
            select(ticket_follow.c.ahead_attempts, ticket_follow.c.called_attempts).where(
                ticket_follow.c.ticket_id == ticket_id
            )
        ).one()
    return row.ahead_attempts, row.called_attempts


def test_a_restarted_notifier_keeps_the_count_of_texts_that_may_have_arrived(
    center: Center,
) -> None:
    """kiosk web restarting every minute (a crash loop) sent the text at every start."""
    ticket_id = _followed(center)
    gateway = LateGateway("gateway did not answer within 10 s")
    for _ in range(60):
        _rounds(center, _loop(center, gateway), 60, every_s=30)  # a new process each minute
    assert len(gateway.received) == MAX_ATTEMPTS
    assert _attempts(center, ticket_id) == (MAX_ATTEMPTS, 0)


class CrashingGateway:
    """The phone gets the text, then kiosk web dies before the send returns."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.received_at: list[float] = []

    def send(self, phone: str, message: str) -> SendResult:
        self.received_at.append(self.clock.monotonic())
        raise SystemExit("killed mid-send")


def test_a_send_cut_short_by_a_crash_counts_after_the_restart(center: Center) -> None:
    ticket_id = _followed(center)
    gateway = CrashingGateway(center.clock)
    for _ in range(100):
        with contextlib.suppress(SystemExit):  # and systemd starts it again 10 s later
            _rounds(center, _loop(center, gateway), 20, every_s=10)
        center.clock.advance(10)
    first, second = gateway.received_at  # twice at most, the retry after its pause
    assert second - first >= RETRY_AFTER_S
    assert _attempts(center, ticket_id) == (MAX_ATTEMPTS, 0)


def test_sends_that_cannot_have_left_do_not_count_across_restarts(center: Center) -> None:
    ticket_id = _followed(center)
    gateway = MockNotifier(fail_with="gateway unreachable (ConnectionRefusedError)")
    for _ in range(10):
        _rounds(center, _loop(center, gateway), RETRY_AFTER_S * 2, every_s=30)
    assert _attempts(center, ticket_id) == (0, 0)
    gateway.fail_with = ""  # the gateway is back
    _rounds(center, _loop(center, gateway), RETRY_AFTER_S + 30, every_s=30)
    assert [m.phone for m in gateway.sent] == ["01012345678"]
    assert _attempts(center, ticket_id) == (1, 0)


def test_a_wall_clock_set_back_does_not_hold_a_retry_back_for_as_long(center: Center) -> None:
    _followed(center)
    gateway = LateGateway("gateway answered HTTP 502")
    loop = _loop(center, gateway)
    loop.run_once()
    center.clock.set_wall(center.clock.now() - timedelta(hours=1))
    _rounds(center, loop, 60, every_s=30)
    assert len(gateway.received) == MAX_ATTEMPTS
    _rounds(center, loop, 3600, every_s=60)
    assert len(gateway.received) == MAX_ATTEMPTS


def test_a_second_notifier_whose_clock_runs_behind_waits_for_the_retry(center: Center) -> None:
    # Two kiosk web processes on one PostgreSQL, on hosts a few seconds apart:
    # the one behind must not take the other's try for a clock set back.
    _followed(center)
    gateway = LateGateway("gateway did not answer within 10 s")
    ahead = _loop(center, gateway)
    behind_clock = FakeClock(center.clock.now() - timedelta(seconds=5))
    behind = NotifierLoop(
        center.follow,
        gateway,
        Translations(),
        ahead_threshold=3,
        period_s=5,
        clock=behind_clock,
    )
    ahead.run_once()
    for _ in range(int(RETRY_AFTER_S / 10) - 1):
        behind.run_once()
        behind_clock.advance(10)
    assert len(gateway.received) == 1
    behind_clock.advance(20)
    behind.run_once()
    assert len(gateway.received) == MAX_ATTEMPTS


def test_a_text_sent_but_not_recorded_is_not_sent_again(
    center: Center, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    mock = MockNotifier()
    loop = _loop(center, mock)
    record = center.follow.mark_sent
    failures = [DatabaseUnavailableError("connection lost")]

    def mark_sent(ticket_id: int, kind: str, *, phone_sets: int | None = None) -> None:
        if failures:
            raise failures.pop()
        record(ticket_id, kind, phone_sets=phone_sets)

    monkeypatch.setattr(center.follow, "mark_sent", mark_sent)
    assert loop.run_once() == 1
    _rounds(center, loop, 60, every_s=5)
    assert len(mock.sent) == 1
    assert center.follow.due_texts(3) == []  # recorded at the next round


def test_without_a_notifier_the_loop_still_purges(center: Center) -> None:
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "ko")
    center.clock.advance(timedelta(days=1).total_seconds())
    loop = NotifierLoop(center.follow, None, Translations(), ahead_threshold=3, period_s=1)
    assert loop.run_once() == 0
    assert _phones(center) == [None]


def test_without_a_notifier_the_page_promises_no_texts(center: Center) -> None:
    """A number saved while texts were on (or typed at the kiosk): a page served
    with no gateway must not say texts will come."""
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    with TestClient(center.app(None)) as client:
        page = client.get(f"/t/{token}?lang=en")
    assert page.status_code == 200 and "A-001" in page.text
    assert "We will text you" not in page.text
    assert "Texts go to" not in page.text and "5678" not in page.text
    assert "Send me texts" not in page.text


def _meanwhile(
    center: Center, monkeypatch: pytest.MonkeyPatch, action: Callable[[], object]
) -> None:
    """Run ``action`` (a counter at work) once, just before the store reads a ticket afresh."""
    read = center.queue.get
    pending = [action]

    def get(ticket_id: int) -> Ticket:
        while pending:
            pending.pop()()
        return read(ticket_id)

    monkeypatch.setattr(center.queue, "get", get)


def _texted_next(center: Center) -> tuple[str, MockNotifier, NotifierLoop]:
    """A followed ticket (its token) already texted "you are next", and the texts' loop."""
    _, token = center.take()
    center.follow.set_phone(token, "01012345678", "en")
    mock = MockNotifier()
    loop = NotifierLoop(center.follow, mock, Translations(), ahead_threshold=3, period_s=1)
    assert loop.run_once() == 1
    return token, mock, loop


def test_a_ticket_called_while_the_texts_are_gathered_names_its_counter(
    center: Center, monkeypatch: pytest.MonkeyPatch
) -> None:
    token, mock, loop = _texted_next(center)
    _meanwhile(center, monkeypatch, lambda: center.ops.call_next(2))
    assert loop.run_once() == 1
    assert mock.sent[-1].message == called_text(center, token, 2)
    assert loop.run_once() == 0  # sent once, naming the counter


def test_a_ticket_transferred_and_called_again_names_the_new_counter(
    center: Center, monkeypatch: pytest.MonkeyPatch
) -> None:
    token, mock, loop = _texted_next(center)
    center.ops.call_next(1)

    def transfer_and_call() -> None:
        center.ops.transfer(1, "move-in")
        assert center.ops.call_next(3) is not None

    _meanwhile(center, monkeypatch, transfer_and_call)
    assert loop.run_once() == 1
    assert mock.sent[-1].message == called_text(center, token, 3)


def test_a_ticket_texted_called_then_transferred_is_texted_at_its_next_call(
    center: Center,
) -> None:
    # The page went back to "you are next" after the transfer and the resident
    # stepped away; the call at the new counter sent nothing.
    token, mock, loop = _texted_next(center)
    center.ops.call_next(1)
    assert loop.run_once() == 1
    assert mock.sent[-1].message == called_text(center, token, 1)
    center.ops.transfer(1, "move-in")
    loop.run_once()  # "you are next" again, for the new wait
    assert center.ops.call_next(3) is not None
    assert loop.run_once() == 1
    assert mock.sent[-1].message == called_text(center, token, 3)
    assert loop.run_once() == 0


def test_the_status_page_names_the_counter_that_called_the_ticket(
    center: Center, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, token = center.take()
    _meanwhile(center, monkeypatch, lambda: center.ops.call_next(2))
    status = center.follow.status(token)
    assert status is not None and (status.state, status.counter) == (FollowState.CALLED, 2)
    assert (
        status_headline(status).render(identity_translate)
        == "Your number was called. Please go to counter 2."
    )


def called_text(center: Center, token: str, counter: int) -> str:
    """The "called" text of ``token``'s ticket as sent in English, naming ``counter``."""
    status = center.follow.status(token)
    assert status is not None
    return N_(
        "follow",
        "[Queue {code}] Your number was called. Please go to counter {n}.",
        code=status.display_code,
        n=counter,
    ).render(identity_translate)
