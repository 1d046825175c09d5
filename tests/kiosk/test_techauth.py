"""Technician PIN hashing, lockout (kept in the database across restarts) and card allowlist."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from kiosk.clock import FakeClock
from kiosk.config import TechnicianConfig, default_config
from kiosk.config.edit import ConfigLocation, save_config, set_value
from kiosk.storage.database import open_database, tech_lockout
from kiosk.tech.auth import (
    BothLockoutStores,
    DbLockoutStore,
    FileLockoutStore,
    Outcome,
    PinRuleError,
    TechGate,
    hash_pin,
    is_pin_hash,
    lockout_file,
    normalize_uid,
    verify_pin,
)
from tests.support.databases import opened


def test_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = hash_pin("482916"), hash_pin("482916")
    assert first.startswith("scrypt$16384$8$1$")
    assert first != second  # random salt
    assert "482916" not in first
    assert verify_pin("482916", first) and verify_pin("482916", second)
    assert not verify_pin("482917", first)
    assert not verify_pin("482916", "")
    assert not verify_pin("482916", "scrypt$x$y")


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "135792",  # a PIN typed into the file by hand
        "scrypt$16384$8$1$$",
        "scrypt$16383$8$1$c2FsdA==$ZGlnZXN0",  # n not a power of two
        "scrypt$1073741824$8$1$c2FsdA==$ZGlnZXN0",  # minutes of work per PIN
        "scrypt$16384$8$1$not base64$ZGlnZXN0",
        "bcrypt$16384$8$1$c2FsdA==$ZGlnZXN0",
    ],
)
def test_only_what_hash_pin_writes_is_a_pin_hash(stored: str) -> None:
    assert is_pin_hash(hash_pin("482916", n=2**10))
    assert not is_pin_hash(stored)
    assert not verify_pin("482916", stored)


@pytest.mark.parametrize("pin", ["1234", "12a456", "111111", "123456", "1" * 13])
def test_weak_pins_are_refused(pin: str) -> None:
    with pytest.raises(PinRuleError):
        hash_pin(pin)


def test_five_wrong_pins_lock_for_five_minutes(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    gate = TechGate(TechnicianConfig(pin_hash=hash_pin("482916")), clock)
    caplog.set_level(logging.INFO)
    for left in (4, 3, 2, 1):
        assert gate.try_pin("000000").attempts_left == left
    locked = gate.try_pin("000000")
    assert locked.outcome is Outcome.LOCKED and locked.locked_for_s == 300
    assert gate.try_pin("482916").outcome is Outcome.LOCKED
    clock.advance(299)
    assert gate.try_pin("482916").outcome is Outcome.LOCKED
    clock.advance(2)
    assert gate.try_pin("482916").granted
    assert "entry locked for 300 s" in caplog.text
    assert "000000" not in caplog.text and "482916" not in caplog.text


def test_wall_clock_jump_does_not_end_the_lockout() -> None:
    from datetime import UTC, datetime

    clock = FakeClock()
    gate = TechGate(TechnicianConfig(pin_hash=hash_pin("482916")), clock)
    for _ in range(5):
        gate.try_pin("000000")
    clock.set_wall(datetime(2030, 1, 1, tzinfo=UTC))
    assert gate.try_pin("482916").outcome is Outcome.LOCKED


def test_no_pin_set_never_grants() -> None:
    gate = TechGate(TechnicianConfig(), FakeClock())
    assert gate.try_pin("").outcome is Outcome.NO_PIN


def test_each_pin_is_checked_against_the_hash_saved_in_the_file_now(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "kiosk.toml"
    location = ConfigLocation(path, path, "argument")
    save_config(set_value(default_config(), "technician.pin_hash", PIN_HASH), path)
    gate = TechGate(TechnicianConfig(pin_hash=PIN_HASH), FakeClock(), saved_in=location)
    # As `kiosk tech set-pin` saves a new PIN over SSH.
    new_hash = hash_pin("730518", n=2**10)
    save_config(set_value(default_config(), "technician.pin_hash", new_hash), path)
    assert gate.try_pin("482916").outcome is Outcome.WRONG
    assert gate.try_pin("730518").granted
    # A file that cannot be read keeps the hash read before, and says so once.
    path.write_text("[technician", "utf-8")
    assert gate.try_pin("482916").outcome is Outcome.WRONG
    assert gate.try_pin("730518").granted
    assert caplog.text.count(f"technician PIN: {path} not usable") == 1
    # Started from the embedded demo with nothing saved yet: the hash it was given.
    embedded = ConfigLocation(None, tmp_path / "none" / "kiosk.toml", "embedded")
    demo = TechGate(TechnicianConfig(pin_hash=PIN_HASH), FakeClock(), saved_in=embedded)
    assert demo.try_pin("482916").granted


def test_card_allowlist() -> None:
    gate = TechGate(TechnicianConfig(card_uids=["04A1B2C3"]), FakeClock())
    assert gate.card_allowed("04:a1:b2:c3")
    assert not gate.card_allowed("04A1B2C4")
    assert not gate.card_allowed("garbage")
    assert normalize_uid("04 a1 b2 c3") == "04A1B2C3"


# --- the lockout outlives a restart (tech_lockout table) -----------------------------


class _Kiosk:
    """One kiosk process: its own engine and gate on the shared database."""

    def __init__(self, url: str, clock: FakeClock, kiosk_id: str = "kiosk-1") -> None:
        self.engine = open_database(url)
        self.gate = TechGate(
            TechnicianConfig(pin_hash=PIN_HASH),
            clock,
            store=DbLockoutStore(self.engine, kiosk_id, clock),
        )

    def stop(self) -> None:
        self.engine.dispose()


PIN_HASH = hash_pin("482916", n=2**10)  # a cheap hash: these tests are about the lockout


def _row(url: str, kiosk_id: str = "kiosk-1") -> Any:
    with opened(url) as engine, engine.connect() as conn:
        return conn.execute(select(tech_lockout).where(tech_lockout.c.kiosk_id == kiosk_id)).first()


def _wrong_pins_then_stop(url: str, clock: FakeClock, count: int) -> None:
    """A kiosk on ``url`` is given ``count`` wrong PINs, then stops (as before a restart)."""
    first = _Kiosk(url, clock)
    for _ in range(count):
        first.gate.try_pin("000000")
    first.stop()


def test_five_wrong_pins_stay_locked_after_a_restart(db_url: str, clock: FakeClock) -> None:
    _wrong_pins_then_stop(db_url, clock, 5)
    row = _row(db_url)
    assert row.failures == 5 and row.locked_until is not None
    clock.advance(20)  # the kiosk restarts: a new process, new objects, the same database
    second = _Kiosk(db_url, FakeClock(clock.now()))
    result = second.gate.try_pin("482916")
    assert result.outcome is Outcome.LOCKED
    assert 270 < result.locked_for_s <= 280
    second.stop()


def test_the_lockout_ends_on_time_after_a_restart(db_url: str, clock: FakeClock) -> None:
    _wrong_pins_then_stop(db_url, clock, 5)
    later = FakeClock(clock.now())
    second = _Kiosk(db_url, later)
    later.advance(299)
    assert second.gate.try_pin("482916").outcome is Outcome.LOCKED
    later.advance(2)
    assert second.gate.try_pin("482916").granted
    row = _row(db_url)
    assert row.failures == 0 and row.locked_until is None
    second.stop()


def test_wrong_pins_before_a_restart_still_count(db_url: str, clock: FakeClock) -> None:
    _wrong_pins_then_stop(db_url, clock, 3)
    second = _Kiosk(db_url, FakeClock(clock.now()))
    assert second.gate.try_pin("000000").attempts_left == 1
    assert second.gate.try_pin("000000").outcome is Outcome.LOCKED
    second.stop()


def test_a_wall_clock_set_back_neither_shortens_nor_stretches_the_lockout(
    sqlite_url: str, clock: FakeClock
) -> None:
    first = _Kiosk(sqlite_url, clock)
    for _ in range(5):
        first.gate.try_pin("000000")
    first.stop()
    # After the restart the wall clock reads a day earlier: the stored end is a
    # day and five minutes away, but entry reopens after one lockout at most.
    back = FakeClock(clock.now() - timedelta(days=1))
    second = _Kiosk(sqlite_url, back)
    assert second.gate.locked_for() == 300
    back.advance(301)
    assert second.gate.try_pin("482916").granted
    second.stop()


def test_each_kiosk_has_its_own_lockout(sqlite_url: str, clock: FakeClock) -> None:
    first = _Kiosk(sqlite_url, clock, "kiosk-1")
    for _ in range(5):
        first.gate.try_pin("000000")
    other = _Kiosk(sqlite_url, clock, "kiosk-2")
    assert other.gate.try_pin("482916").granted
    first.stop()
    other.stop()


def test_an_unreachable_lockout_table_keeps_the_pin_pad_working(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE tech_lockout"))
    gate = TechGate(
        TechnicianConfig(pin_hash=PIN_HASH),
        clock,
        store=DbLockoutStore(engine, "kiosk-1", clock),
    )
    for _ in range(5):
        gate.try_pin("000000")
    assert gate.try_pin("482916").outcome is Outcome.LOCKED  # this process still locks
    assert "technician lockout not saved" in caplog.text
    engine.dispose()


def test_a_kiosk_restarted_without_its_database_stays_locked(
    tmp_path: Path, sqlite_url: str, clock: FakeClock
) -> None:
    # The network cable is out: technician mode opens with the file alone.
    def offline_gate(at: FakeClock) -> TechGate:
        file = FileLockoutStore(lockout_file(tmp_path))
        return TechGate(TechnicianConfig(pin_hash=PIN_HASH), at, store=file)

    first = offline_gate(clock)
    for _ in range(4):
        first.try_pin("000000")
    # Power cycled: one try is left, not five.
    second = offline_gate(FakeClock(clock.now()))
    assert second.try_pin("000000").outcome is Outcome.LOCKED
    third = offline_gate(FakeClock(clock.now()))
    assert third.try_pin("482916").outcome is Outcome.LOCKED
    # The database comes back with no row: the stricter record (the file) holds.
    engine = open_database(sqlite_url)
    third.use_store(
        BothLockoutStores(
            FileLockoutStore(lockout_file(tmp_path)), DbLockoutStore(engine, "kiosk-1", clock)
        )
    )
    assert third.try_pin("482916").outcome is Outcome.LOCKED
    row = _row(sqlite_url)
    assert row.failures == 5 and row.locked_until is not None
    engine.dispose()


def test_an_unreadable_lockout_file_counts_as_no_failures(tmp_path: Path, clock: FakeClock) -> None:
    lockout_file(tmp_path).write_text("{not json", "utf-8")
    gate = TechGate(
        TechnicianConfig(pin_hash=PIN_HASH),
        clock,
        store=FileLockoutStore(lockout_file(tmp_path)),
    )
    assert gate.try_pin("000000").attempts_left == 4
    assert gate.try_pin("482916").granted


def test_a_start_with_no_wrong_pin_anywhere_writes_nothing(
    tmp_path: Path, sqlite_url: str, clock: FakeClock
) -> None:
    # The kiosk reads the lockout off the UI thread and hands it over; with
    # nothing to record or clear, the UI thread must not wait on a write.
    engine = open_database(sqlite_url)
    stores = BothLockoutStores(
        FileLockoutStore(lockout_file(tmp_path)), DbLockoutStore(engine, "kiosk-1", clock)
    )
    gate = TechGate(TechnicianConfig(pin_hash=PIN_HASH), clock)
    gate.use_store(stores, saved=stores.load())
    with engine.connect() as conn:
        assert conn.execute(select(tech_lockout)).first() is None
    assert not lockout_file(tmp_path).exists()
    # The first wrong PIN is kept as before.
    gate.try_pin("000000")
    assert _row(sqlite_url).failures == 1
    engine.dispose()
