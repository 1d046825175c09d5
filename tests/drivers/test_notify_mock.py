"""The mock text gateway logs each message with the number masked as everywhere else."""

from __future__ import annotations

import logging

import pytest

from drivers.notify.mock import MockNotifier


@pytest.mark.parametrize(
    ("phone", "shown"), [("01012345678", "010-****-5678"), ("0111234567", "011-***-4567")]
)
def test_the_log_line_shows_the_number_masked_like_the_residents_own_screen(
    caplog: pytest.LogCaptureFixture, phone: str, shown: str
) -> None:
    caplog.set_level(logging.INFO, logger="drivers.notify.mock")
    assert MockNotifier().send(phone, "B-012 차례입니다").ok
    [line] = [r.getMessage() for r in caplog.records]
    assert line == f"mock text to {shown}: B-012 차례입니다"
    assert phone not in line
