"""Days on resident screens read as people write them, with the weekday, in every language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from ui.common.i18n import LanguageSwitcher, day_and_time_text, day_text


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
    assert day_text(date(2026, 11, 26)) == shown
    assert day_and_time_text(datetime(2026, 11, 26, 18, 0)) == f"{shown} 18:00"


def test_every_weekday_has_its_own_name(switcher: LanguageSwitcher) -> None:
    switcher.set_language("ko")
    week = [day_text(date(2026, 11, 23 + offset)) for offset in range(7)]
    assert [text[-2] for text in week] == list("월화수목금토일")
