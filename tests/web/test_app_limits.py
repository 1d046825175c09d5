"""The web app's defences: oversized forms."""

from __future__ import annotations

import secrets
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
from kiosk.storage.database import open_database
from web import create_app


@pytest.fixture
def db(tmp_path: Path) -> Engine:
    return open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")


@pytest.fixture
def token(db: Engine, clock: FakeClock) -> str:
    token = Queue(db, default_config(), clock).issue("general").follow_token
    assert token is not None
    return token


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
