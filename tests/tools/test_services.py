"""Which test database a checkout uses: the environment first, then what its services script started."""

from __future__ import annotations

import fcntl
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


def test_the_vpcd_lock_is_machine_wide_and_exclusive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pcscd's vpcd port is one per machine: the lock is not under a checkout.
    assert Path("/tmp") == services.VPCD_LOCK_DIR
    assert services.ROOT not in services.VPCD_LOCK_DIR.parents
    monkeypatch.setattr(services, "VPCD_LOCK_DIR", tmp_path)
    with services.vpcd_port_lock(35963):
        lock = tmp_path / "kiosk-vpcd-35963.lock"
        with open(lock) as other, pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    with open(lock) as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released


def test_a_lock_file_left_read_only_by_another_user_still_locks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(services, "VPCD_LOCK_DIR", tmp_path)
    lock = tmp_path / "kiosk-vpcd-35963.lock"
    lock.touch(mode=0o444)
    with services.vpcd_port_lock(35963), open(lock) as other, pytest.raises(BlockingIOError):
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
