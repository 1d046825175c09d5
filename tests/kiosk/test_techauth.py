"""Technician PIN hashing, lockout and card allowlist (kiosk/techauth.py)."""

from __future__ import annotations

import logging

import pytest

from kiosk.clock import FakeClock
from kiosk.config import TechnicianConfig
from kiosk.techauth import (
    Outcome,
    PinRuleError,
    TechGate,
    hash_pin,
    normalize_uid,
    verify_pin,
)


def test_hash_is_salted_scrypt_and_verifies() -> None:
    first, second = hash_pin("482916"), hash_pin("482916")
    assert first.startswith("scrypt$16384$8$1$")
    assert first != second  # random salt
    assert "482916" not in first
    assert verify_pin("482916", first) and verify_pin("482916", second)
    assert not verify_pin("482917", first)
    assert not verify_pin("482916", "")
    assert not verify_pin("482916", "scrypt$x$y")


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


def test_card_allowlist() -> None:
    gate = TechGate(TechnicianConfig(card_uids=["04A1B2C3"]), FakeClock())
    assert gate.card_allowed("04:a1:b2:c3")
    assert not gate.card_allowed("04A1B2C4")
    assert not gate.card_allowed("garbage")
    assert normalize_uid("04 a1 b2 c3") == "04A1B2C3"
