"""Display width, wrapping and padding shared by the ESC/POS encoder and the renderer."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.printing.document import Align
from kiosk.printing.textwidth import char_width, clusters, display_width, fit, pad, truncate, wrap


def test_widths() -> None:
    assert display_width("abc") == 3
    assert display_width("가나다") == 6
    assert display_width("A-012 번") == 8
    assert char_width("※") == 2  # ambiguous, but double-byte in CP949: printed 24 dots wide
    assert char_width("é") == 1  # ambiguous, not in CP949: half width
    assert char_width("\u0301") == 0  # combining acute
    assert char_width("ｱ") == 1  # halfwidth katakana
    assert char_width("Ａ") == 2  # fullwidth Latin


def test_letters_are_half_width_even_where_cp949_has_them() -> None:
    # CP949 has đ (and Greek, Cyrillic) as double-byte characters; taken as
    # two columns, every Vietnamese "đ" stood apart from its word: "đ ến".
    assert char_width("đ") == char_width("Đ") == char_width("α") == char_width("д") == 1
    assert display_width("đến") == display_width("den") == 3
    assert char_width("·") == 2  # a symbol, still from the Korean font


def test_char_width_rejects_strings() -> None:
    with pytest.raises(ValueError):
        char_width("ab")


def test_clusters_keep_marks_with_their_base() -> None:
    assert clusters("e\u0301a") == ["e\u0301", "a"]
    # Conjoining jamo (decomposed Hangul) stay one unit.
    assert clusters("\u1100\u1161\u11a8x") == ["\u1100\u1161\u11a8", "x"]


def test_wrap_prefers_spaces() -> None:
    assert wrap("주민등록 등본 발급", 10) == ["주민등록", "등본 발급"]
    assert wrap("hello world foo", 11) == ["hello world", "foo"]


def test_wrap_breaks_long_words_between_syllables() -> None:
    assert wrap("가나다라마바", 5) == ["가나", "다라", "마바"]
    assert wrap("abcdefgh", 3) == ["abc", "def", "gh"]


def test_wrap_keeps_newlines_and_empty_lines() -> None:
    assert wrap("a\n\nb", 5) == ["a", "", "b"]
    assert wrap("", 5) == [""]


def test_wrap_rejects_zero_width() -> None:
    with pytest.raises(ValueError):
        wrap("x", 0)


def test_pad_truncate_fit() -> None:
    assert pad("가", 5) == "가   "
    assert pad("가", 5, Align.RIGHT) == "   가"
    assert pad("가", 5, Align.CENTER) == " 가  "
    assert truncate("가나다", 5) == "가나"
    assert truncate("가나다", 5, "..") == "가.."
    assert truncate("abc", 5) == "abc"
    assert fit("가나다", 5) == "가나 "
    assert display_width(fit("가나다", 5)) == 5


_text = st.text(
    alphabet=st.one_of(
        st.sampled_from("가나다라마바사아자차카타파하똠뷁 \n·※①e\u0301"),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
    ),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(_text, st.integers(min_value=2, max_value=60))
@example("0{·", 2)  # carrying the bracket to the next line made that line 3 wide
def test_wrap_never_exceeds_width_and_keeps_every_character(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(display_width(line) <= width for line in lines)
    # Only spaces at line breaks may go; everything else survives, in order.
    assert "".join("".join(lines).split()) == "".join(text.split())
    # No cluster (a character and its marks) is split: re-clustering each line
    # gives the same clusters as the original text.
    expected = [c for para in text.split("\n") for c in clusters(para) if not c.isspace()]
    got = [c for line in lines for c in clusters(line) if not c.isspace()]
    assert got == expected


@settings(max_examples=200, deadline=None)
@given(_text, st.integers(min_value=2, max_value=60), st.sampled_from(list(Align)))
def test_fit_is_exactly_the_width(text: str, width: int, align: Align) -> None:
    line = text.replace("\n", " ")
    assert display_width(fit(line, width, align)) == width


def test_an_opening_bracket_goes_to_the_next_line_with_what_it_opens() -> None:
    # A scale-2 title on 58 mm paper: 16 columns.
    assert wrap("가족관계증명서(상세)", 16) == ["가족관계증명서", "(상세)"]
    assert wrap("주민등록번호(뒷자리)", 14) == ["주민등록번호", "(뒷자리)"]
    # Nothing but brackets still keeps every character, within the width.
    lines = wrap("((((((((", 4)
    assert "".join(lines) == "((((((((" and all(display_width(line) <= 4 for line in lines)
