"""Amounts are grouped as each language writes them, on screen and on paper.

Vietnamese takes the comma for its decimal mark: "30,000 won" read as thirty.
"""

from __future__ import annotations

import pytest

from kiosk.i18n import grouped


@pytest.mark.parametrize(
    ("language", "shown"), [("ko", "30,000"), ("en", "30,000"), ("zh", "30,000"), ("vi", "30.000")]
)
def test_thousands_are_grouped_as_the_language_writes_them(language: str, shown: str) -> None:
    assert grouped(30000, language) == shown


def test_small_and_large_amounts() -> None:
    assert grouped(400, "vi") == "400"
    assert grouped(1234567, "vi") == "1.234.567"
    assert grouped(1234567, "en") == "1,234,567"
