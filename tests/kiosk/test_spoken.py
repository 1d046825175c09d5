"""How the kiosk reads numbers, ticket codes and announcements aloud (kiosk.read_aloud)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.read_aloud import (
    LETTER_NAMES,
    call_announcement,
    counter_korean,
    digits_korean,
    native_korean,
    parse_ticket_code,
    sino_korean,
    text_for_speech,
    ticket_code_korean,
    won_korean,
)

# --- a small, strict reader of Sino-Korean numerals (the inverse, written independently) ---

_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_SMALL = {"십": 10, "백": 100, "천": 1000}
_BIG = {"만": 10**4, "억": 10**8, "조": 10**12, "경": 10**16}


def parse_sino(words: str) -> int:
    """Read a canonical Sino-Korean numeral back; reject non-canonical forms (일십, 일만, 십십)."""
    if words == "영":
        return 0
    total = 0
    group = 0  # the current 0..9999 group
    digit: int | None = None
    last_small = 10**5  # small units must fall within a group: 천 > 백 > 십
    last_big = 10**20
    for ch in words.replace(" ", ""):
        if ch in _DIGITS:
            if digit is not None:
                raise ValueError(f"two digits in a row in {words!r}")
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            unit = _SMALL[ch]
            if unit >= last_small:
                raise ValueError(f"{ch} out of order in {words!r}")
            if digit == 1:
                raise ValueError(f"일 before {ch} in {words!r}")
            group += (digit or 1) * unit
            digit, last_small = None, unit
        elif ch in _BIG:
            unit = _BIG[ch]
            if unit >= last_big:
                raise ValueError(f"{ch} out of order in {words!r}")
            group += digit or 0
            if group == 0:
                if unit != 10**4:
                    raise ValueError(f"{ch} without a number in {words!r}")
                group = 1  # 만 alone is 10000
            elif group == 1 and unit == 10**4:
                raise ValueError(f"일만 instead of 만 in {words!r}")
            total += group * unit
            group, digit, last_small, last_big = 0, None, 10**5, unit
        else:
            raise ValueError(f"not a numeral character {ch!r} in {words!r}")
    return total + group + (digit or 0)


def is_hangul_syllables(text: str) -> bool:
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)


# --- Sino-Korean numerals -------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "영"),
        (1, "일"),
        (2, "이"),
        (9, "구"),
        (10, "십"),
        (11, "십일"),
        (12, "십이"),
        (20, "이십"),
        (21, "이십일"),
        (99, "구십구"),
        (100, "백"),
        (101, "백일"),
        (110, "백십"),
        (111, "백십일"),
        (200, "이백"),
        (1000, "천"),
        (1001, "천일"),
        (1111, "천백십일"),
        (2024, "이천이십사"),
        (9999, "구천구백구십구"),
        (10000, "만"),
        (10001, "만일"),
        (10010, "만십"),
        (20000, "이만"),
        (110000, "십일만"),
        (123456, "십이만삼천사백오십육"),
        (1000000, "백만"),
        (10000000, "천만"),
        (99999999, "구천구백구십구만구천구백구십구"),
        (100000000, "일억"),
        (100010000, "일억만"),
        (123456789, "일억이천삼백사십오만육천칠백팔십구"),
        (10**12, "일조"),
        (10**16, "일경"),
    ],
)
def test_sino_korean_examples(n: int, words: str) -> None:
    assert sino_korean(n) == words
    assert parse_sino(words) == n


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (10000, "만"),
        (10001, "만 일"),
        (15000, "만 오천"),
        (123456, "십이만 삼천사백오십육"),
        (123456789, "일억 이천삼백사십오만 육천칠백팔십구"),
        (100000005, "일억 오"),
    ],
)
def test_sino_korean_spaced_by_man_units(n: int, words: str) -> None:
    assert sino_korean(n, spaced=True) == words


@settings(max_examples=2000, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999))
def test_every_number_below_100_million_is_hangul_and_round_trips(n: int) -> None:
    words = sino_korean(n)
    assert is_hangul_syllables(words), words
    assert parse_sino(words) == n
    spaced = sino_korean(n, spaced=True)
    assert spaced.replace(" ", "") == words
    assert "  " not in spaced and spaced == spaced.strip()
    assert parse_sino(spaced) == n


def test_every_number_below_100_thousand_exhaustively() -> None:
    # Numbers are read per 4-digit group: this covers every group, with and without 만.
    seen = set()
    for n in range(100_000):
        words = sino_korean(n)
        assert is_hangul_syllables(words), (n, words)
        assert parse_sino(words) == n, (n, words)
        seen.add(words)
    assert len(seen) == 100_000


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**20 - 1))
def test_huge_numbers_round_trip(n: int) -> None:
    assert parse_sino(sino_korean(n)) == n


def test_the_test_parser_rejects_non_canonical_forms() -> None:
    for bad in ("일십", "일백", "일천", "일만", "십십", "백천", "만억", "이삼", "x"):
        with pytest.raises(ValueError):
            parse_sino(bad)


@pytest.mark.parametrize("bad", [-1, 10**20])
def test_sino_korean_range(bad: int) -> None:
    with pytest.raises(ValueError):
        sino_korean(bad)


def test_sino_korean_rejects_non_integers() -> None:
    with pytest.raises(TypeError):
        sino_korean(True)
    with pytest.raises(TypeError):
        sino_korean(1.5)  # type: ignore[arg-type]


def test_digits_korean_reads_digit_by_digit_with_gong_for_zero() -> None:
    assert digits_korean("010") == "공일공"
    assert digits_korean("1234567890") == "일이삼사오육칠팔구공"
    assert digits_korean("05", zero="영") == "영오"
    for bad in ("", "12a", "١٢"):
        with pytest.raises(ValueError):
            digits_korean(bad)


# --- native Korean numerals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "attributive", "plain"),
    [
        (1, "한", "하나"),
        (2, "두", "둘"),
        (3, "세", "셋"),
        (4, "네", "넷"),
        (5, "다섯", "다섯"),
        (10, "열", "열"),
        (11, "열한", "열하나"),
        (12, "열두", "열둘"),
        (20, "스무", "스물"),
        (21, "스물한", "스물하나"),
        (30, "서른", "서른"),
        (40, "마흔", "마흔"),
        (50, "쉰", "쉰"),
        (60, "예순", "예순"),
        (70, "일흔", "일흔"),
        (80, "여든", "여든"),
        (99, "아흔아홉", "아흔아홉"),
    ],
)
def test_native_korean(n: int, attributive: str, plain: str) -> None:
    assert native_korean(n) == attributive
    assert native_korean(n, attributive=False) == plain


@pytest.mark.parametrize("bad", [0, 100, -3])
def test_native_korean_range(bad: int) -> None:
    with pytest.raises(ValueError):
        native_korean(bad)


# --- letters, ticket codes, counters, money ----------------------------------------------


def test_every_latin_capital_has_a_distinct_korean_name() -> None:
    assert sorted(LETTER_NAMES) == [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    assert all(is_hangul_syllables(name) for name in LETTER_NAMES.values())
    # Two tickets must never sound alike: G is 지, so Z is 제트.
    assert len(set(LETTER_NAMES.values())) == 26
    assert LETTER_NAMES["A"] == "에이"
    assert LETTER_NAMES["G"] == "지"
    assert LETTER_NAMES["W"] == "더블유"
    assert LETTER_NAMES["Z"] == "제트"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("A-012", "에이 십이번"),
        ("A012", "에이 십이번"),
        ("a-12", "에이 십이번"),
        ("A 12", "에이 십이번"),
        ("B-001", "비 일번"),
        ("C-100", "씨 백번"),
        ("H-999", "에이치 구백구십구번"),
        ("W-020", "더블유 이십번"),
        ("Z-007", "제트 칠번"),
        ("A-000", "에이 영번"),
        ("512", "오백십이번"),
        ("0512", "오백십이번"),
        ("9999", "구천구백구십구번"),
    ],
)
def test_ticket_code_korean(code: str, words: str) -> None:
    assert ticket_code_korean(code) == words


@pytest.mark.parametrize("bad", ["", "AB-12", "A-12345", "-12", "A-", "12a", "가-12", "A--12"])
def test_ticket_code_rejects_malformed_codes(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_ticket_code(bad)


def test_parse_ticket_code() -> None:
    assert parse_ticket_code("A-012") == ("A", 12)
    assert parse_ticket_code("512") == (None, 512)


@pytest.mark.parametrize(
    ("say", "number", "words"),
    [
        (counter_korean, 1, "일번 창구"),
        (counter_korean, 2, "이번 창구"),
        (counter_korean, 10, "십번 창구"),
        (counter_korean, 12, "십이번 창구"),
        (counter_korean, 20, "이십번 창구"),
        (won_korean, 0, "영 원"),
        (won_korean, 200, "이백 원"),
        (won_korean, 1000, "천 원"),
        (won_korean, 10000, "만 원"),
        (won_korean, 15000, "만 오천 원"),
        (won_korean, 1234567, "백이십삼만 사천오백육십칠 원"),
    ],
)
def test_counters_and_amounts_in_korean(say: Callable[[int], str], number: int, words: str) -> None:
    assert say(number) == words


# --- the call announcement -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "counter", "language", "expected"),
    [
        ("A-012", 2, "ko", "에이 십이번 고객님, 이번 창구로 오십시오."),
        ("A-012", 2, "en", "Number A12, please come to counter 2."),
        ("A-012", 2, "zh", "请A12号到2号窗口"),
        ("A-012", 2, "vi", "Mời số A 12 đến quầy số 2"),
        # A band's number: no letter.
        ("512", 11, "ko", "오백십이번 고객님, 십일번 창구로 오십시오."),
        ("512", 11, "en", "Number 512, please come to counter 11."),
        ("512", 11, "zh", "请512号到11号窗口"),
        ("512", 11, "vi", "Mời số 512 đến quầy số 11"),
    ],
)
def test_call_announcement(code: str, counter: int, language: str, expected: str) -> None:
    assert call_announcement(code, counter, language) == expected


def test_call_announcement_rejects_unknown_language_and_bad_codes() -> None:
    with pytest.raises(ValueError):
        call_announcement("A-012", 2, "fr")
    with pytest.raises(ValueError):
        call_announcement("A-0123456", 2, "ko")
    with pytest.raises(ValueError):
        call_announcement("A-012", -1, "ko")


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([*sorted(LETTER_NAMES), ""]),
    st.integers(min_value=0, max_value=9999),
    st.integers(min_value=1, max_value=99),
)
def test_korean_announcement_has_no_digits_or_latin(letter: str, number: int, counter: int) -> None:
    code = f"{letter}-{number:03d}" if letter else str(number)
    text = call_announcement(code, counter, "ko")
    assert not re.search(r"[0-9A-Za-z]", text)
    assert text.endswith("창구로 오십시오.")
    # Every other language keeps the number without leading zeros.
    for language in ("en", "zh", "vi"):
        assert str(number) in call_announcement(code, counter, language)


# --- any text for TTS ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        ("A-012번 고객님, 2번 창구로 오십시오.", "에이 십이번 고객님, 이번 창구로 오십시오."),
        ("대기 인원 3명", "대기 인원 세 명"),
        ("대기 인원 20명, 약 15분", "대기 인원 스무 명, 약 십오 분"),
        ("21명", "스물한 명"),
        ("100명", "백 명"),
        ("0명", "영 명"),
        ("200원", "이백 원"),
        ("수수료 1,000원", "수수료 천 원"),
        ("10,000원", "만 원"),
        ("2장 출력", "두 장 출력"),
        ("부수: 1부", "부수: 한 부"),
        ("2부 발급", "두 부 발급"),
        ("정원 20명 중 20자리 남음", "정원 스무 명 중 스무 자리 남음"),
        ("5자 입력됨", "다섯 자 입력됨"),
        ("1부터 3까지", "일부터 삼까지"),
        ("2시간", "두 시간"),
        ("2번째", "두 번째"),
        ("3개월", "삼 개월"),
        ("5개", "다섯 개"),
        ("65세 이상", "육십오 세 이상"),
        ("3층", "삼 층"),
        ("운영 시간 09:00", "운영 시간 아홉 시"),
        ("18:30까지", "열여덟 시 삼십 분까지"),
        ("2024년 6월 28일", "이천이십사년 유월 이십팔일"),
        ("10월", "시월"),
        # A day as screens write it: the weekday is said whole.
        ("반납일: 11월 26일 (목)", "반납일: 십일월 이십육일 목요일"),
        ("6월 1일 (월) 18:00까지", "유월 일일 월요일 열여덟 시까지"),
        ("2024-10-01", "이천이십사년 시월 일일"),
        ("50%", "오십 퍼센트"),
        ("1.5배", "일 점 오배"),
        ("3분의 1", "삼분의 일"),
        ("010-1234-5678", "공일공 일이삼사 오육칠팔"),
        ("접수번호: 복지-20261123-0001", "접수번호: 복지-이공이육일일이삼 공공공일"),
        ("0번을 누르면 다시 듣습니다", "영번을 누르면 다시 듣습니다"),
        ("2024", "이천이십사"),
        ("007", "공공칠"),
        ("  여러   줄\n문장  ", "여러 줄 문장"),
        ("본인 확인이 완료되었습니다", "본인 확인이 완료되었습니다"),
    ],
)
def test_text_for_speech_korean(text: str, spoken: str) -> None:
    assert text_for_speech(text, "ko") == spoken


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        ("Ticket A-012, counter 2", "en", "Ticket A12, counter 2"),
        ("请A-012号到2号窗口", "zh", "请A12号到2号窗口"),
        ("Mời số A-012", "vi", "Mời số A 12"),
        ("Waiting: 3 people", "en", "Waiting: 3 people"),
        # The screen's "min" is read as a word by an English voice.
        ("Estimated wait: about 10 min", "en", "Estimated wait: about 10 minutes"),
        ("about 1 min", "en", "about 1 minute"),
        ("5 minutes", "en", "5 minutes"),
        # Dashed numbers digit by digit; a date stays a date.
        ("Call 010-1234-5678", "en", "Call 0 1 0, 1 2 3 4, 5 6 7 8"),
        ("Reference: Welfare-20261123-0001", "en", "Reference: Welfare-2 0 2 6 1 1 2 3, 0 0 0 1"),
        ("受理编号：福利-20261123-0001", "zh", "受理编号：福利-2 0 2 6 1 1 2 3, 0 0 0 1"),
        ("Hạn trả: 2026-11-26", "vi", "Hạn trả: 2026-11-26"),
        # Not after a capital and a dash: spelt out, "A-0" would read as a ticket code.
        ("A-012010-1234", "en", "A-012010-1234"),
        # A day as screens write it, said as a date ("eleven slash twenty-six" before).
        ("Return by: 11/26 (Thu)", "en", "Return by: Thursday, November 26"),
        ("Open until 1/31 (Sun) 18:00.", "en", "Open until Sunday, January 31 18:00."),
        ("Hạn trả: 26/11 (T5)", "vi", "Hạn trả: thứ năm, ngày 26 tháng 11"),
        ("26/11 (CN) 09:30", "vi", "chủ nhật, ngày 26 tháng 11 09:30"),
        ("归还日期：11月26日（周四）", "zh", "归还日期：11月26日（周四）"),
        # Screens bind a number to its unit with a no-break space; a voice gets a plain one.
        ("khoảng 8\u00a0phút", "vi", "khoảng 8 phút"),
        # Not a date without its weekday: a fraction stays as it was.
        ("1/3 of the calls", "en", "1/3 of the calls"),
    ],
)
def test_text_for_speech_other_languages_keep_digits(text: str, language: str, spoken: str) -> None:
    assert text_for_speech(text, language) == spoken


_NUMBERS = ["A-012", "B-7", "Z123", "3", "20", "007", "12:30", "1,000", "1.5", "010-1234"]
_WORDS = ["명", "번", "원", "월", "시", "시간", "개월", "%", "분의", "고객님", "창구", "안내"]
_OTHER = ["2024-06-01", "Number", "x", "-", ":", "\n", " ", ", ", ".", "/", "11/26 (Thu)"]
_OTHER += ["26/11 (T5)", "(목)", "일 (일)"]
_PIECES = st.sampled_from([*_NUMBERS, *_WORDS, *_OTHER])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_korean_speech_text_has_no_digits_and_is_idempotent(text: str) -> None:
    spoken = text_for_speech(text, "ko")
    assert not re.search(r"[0-9]", spoken), (text, spoken)
    assert text_for_speech(spoken, "ko") == spoken


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "zh", "vi"]), st.lists(_PIECES, max_size=12).map("".join))
@example("vi", "010-123426/11 (T5)")  # the digits spelt out freed a day: "…2 6/11 (T5)"
@example("vi", "26/11 (T5)2024-06-01")  # the day's last number ran into the next
@example("vi", "26/11 (T5)26/11 (T5)")
def test_other_languages_speech_text_is_idempotent(language: str, text: str) -> None:
    spoken = text_for_speech(text, language)
    assert text_for_speech(spoken, language) == spoken


@pytest.mark.parametrize(
    ("text", "language", "spoken"),
    [
        ("Tổng: 30.000 đồng", "vi", "Tổng: 30000 đồng"),
        ("30,000 won", "vi", "30000 won"),  # a comma, as older printouts wrote it
        ("Total: 1,234,000 won", "en", "Total: 1234000 won"),
        ("共 1,200 韩元", "zh", "共 1200 韩元"),
        ("version 1.500", "en", "version 1.500"),  # a decimal point in English
    ],
)
def test_group_separators_are_not_spoken(text: str, language: str, spoken: str) -> None:
    """espeak-ng's Vietnamese voice read "30,000" as "ba mươi phẩy không không không"."""
    assert text_for_speech(text, language) == spoken
