"""The 2-beolsik composer (``kiosk.hangul``)."""

from __future__ import annotations

import pytest

from kiosk.hangul import HangulComposer


def typed(keys: str, backspaces: int = 0) -> str:
    composer = HangulComposer()
    for key in keys:
        composer.type(key)
    for _ in range(backspaces):
        composer.backspace()
    return composer.text()


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("ㄱㅣㅁㅁㅣㄴㅇㅜㅓㄴ", "김민원"),
        ("ㅎㅏㄴㄱㅡㄹ", "한글"),
        ("ㄱㅏㄴㅏ", "가나"),
        ("ㄷㅏㄹㄱ", "닭"),
        ("ㄷㅏㄹㄱㅏ", "달가"),
        ("ㄱㅗㅏ", "과"),
        ("ㅇㅢㅅㅏ", "의사"),
        ("ㅂㅏㄹㅂㅏㄷㅏ", "발바다"),
        ("ㅃㅏㄸ", "빠ㄸ"),
        ("ㅏ", "ㅏ"),
        ("ㄱ", "ㄱ"),
        ("ㄱㄴ", "ㄱㄴ"),
        ("ㅇㅏㄴㅎㅏ", "안하"),
        ("ㅇㅏㄶ", "않"),
    ],
)
def test_syllables(keys: str, text: str) -> None:
    assert typed(keys) == text


def test_backspace_undoes_one_key_then_whole_characters() -> None:
    assert typed("ㄷㅏㄹㄱ", 1) == "달"
    assert typed("ㄷㅏㄹㄱ", 2) == "다"
    assert typed("ㄷㅏㄹㄱ", 3) == "ㄷ"
    assert typed("ㄱㅏㄴㅏ", 2) == "가"  # 나 was one syllable: ㄴ then ㅏ
    assert typed("ㄱㅏㄴㅏ", 3) == ""
    assert typed("ㄱㅗㅏ", 1) == "고"


def test_the_length_is_limited() -> None:
    composer = HangulComposer(max_length=3)
    for key in "ㄱㅏㄴㅏㄷㅏㄹㅏ":
        composer.type(key)
    assert len(composer.text()) <= 3
