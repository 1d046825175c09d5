"""Which test database a checkout uses: the environment first, then what its services script started."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import services


@pytest.fixture
def url_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("KIOSK_TEST_PG_URL", raising=False)
    monkeypatch.delenv("KIOSK_TEST_PG_PORT", raising=False)
    file = tmp_path / "pg.url"
    monkeypatch.setattr(services, "URL_FILE", file)
    return file


def test_without_anything_the_default_port(url_file: Path) -> None:
    assert services.pg_test_url() == "postgresql+psycopg://kiosk@127.0.0.1:54329/kiosk_test"


def test_the_port_the_script_chose_is_used(url_file: Path) -> None:
    # Another checkout held 54329, so this checkout's server took 54330.
    url_file.write_text("postgresql+psycopg://kiosk@127.0.0.1:54330/kiosk_test\n")
    assert services.pg_test_url().endswith(":54330/kiosk_test")
    assert services.pg_url_is_ours(services.pg_test_url())


def test_the_environment_wins(url_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url_file.write_text("postgresql+psycopg://kiosk@127.0.0.1:54330/kiosk_test\n")
    monkeypatch.setenv("KIOSK_TEST_PG_PORT", "55432")
    assert services.pg_test_url().endswith(":55432/kiosk_test")
    monkeypatch.setenv("KIOSK_TEST_PG_URL", "postgresql+psycopg://ci@db:5432/ci")
    assert services.pg_test_url() == "postgresql+psycopg://ci@db:5432/ci"
    # A server somebody else runs is never stopped and started by the tests.
    assert not services.pg_url_is_ours(services.pg_test_url())
