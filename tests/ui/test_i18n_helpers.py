"""Text helpers for resident screens: days as people write them, singular and plural."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from tools import i18n as i18n_tools
from ui.common.i18n import (
    LanguageSwitcher,
    day_and_time_text,
    day_text,
    numbers_with_units,
    tr_n,
)


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    languages = LanguageSwitcher(qapp)
    yield languages
    languages.close()


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("ko", "11월 26일 (목)"),
        ("en", "11/26 (Thu)"),
        ("zh", "11月26日（周四）"),
        ("vi", "26/11 (T5)"),
    ],
)
def test_a_day_with_its_weekday(switcher: LanguageSwitcher, language: str, shown: str) -> None:
    switcher.set_language(language)
    # The weekday never goes to a line of its own ("(목)" read as a stray word).
    assert day_text(date(2026, 11, 26)) == shown.replace(" (", "\u00a0(")
    # Nor the time; with it, the weekday may break from its day (at 200 %
    # text the whole is wider than the screen).
    assert day_and_time_text(datetime(2026, 11, 26, 18, 0)) == f"{shown}\u00a018:00"


def test_every_weekday_has_its_own_name(switcher: LanguageSwitcher) -> None:
    switcher.set_language("ko")
    week = [day_text(date(2026, 11, 23 + offset)) for offset in range(7)]
    assert [text[-2] for text in week] == list("월화수목금토일")


def test_one_is_singular_in_english_and_alike_in_korean(switcher: LanguageSwitcher) -> None:
    switcher.set_language("en")
    typed = [
        tr_n("cert", "{count} character typed", "{count} characters typed", n, count=n)
        for n in (0, 1, 2)
    ]
    assert typed == ["0 characters typed", "1 character typed", "2 characters typed"]
    switcher.set_language("ko")
    assert tr_n("cert", "{count} character typed", "{count} characters typed", 1, count=1) == (
        "1자 입력됨"
    )


def test_both_forms_are_offered_for_translation() -> None:
    messages = set(i18n_tools.extract())
    assert ("lending", "{n} of {units} free · {days} day") in messages
    assert ("lending", "{n} of {units} free · {days} days") in messages


def test_a_short_number_keeps_its_unit_and_a_long_amount_may_break() -> None:
    assert numbers_with_units("khoảng 5 phút · 200 won") == "khoảng 5\u00a0phút · 200\u00a0won"
    # Held together, "(18,000,000 won)" is wider than the screen at 200 % text.
    assert numbers_with_units("(18,000,000 won)") == "(18,000,000 won)"
    # And so is a day with its weekday and time.
    assert numbers_with_units("on 11/24 (Tue) 10:00 at 2 pm") == "on 11/24 (Tue) 10:00 at 2\u00a0pm"
