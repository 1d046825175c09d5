"""How numbers, ticket codes and announcements are read aloud, per language.

TTS engines read digits badly in Korean (a ticket "A-012" must sound like
"에이 십이번", a waiting count "3명" like "세 명", not "삼 명"), so the kiosk
turns numbers into words itself before speaking. Number reading is grammar,
not translation, which is why it is code here and not a ``.ts`` string:

* Sino-Korean numerals (일, 이, 삼 … 십, 백, 천, 만, 억) for quantities,
  money, dates, minutes, counters and ticket numbers;
* native Korean numerals (한, 두, 세 … 스무, 서른) before native counters
  such as 명, 개, 장, 시 (hour), 살;
* Latin letters of ticket codes read by their Korean names (에이, 비, 씨 …);
* the call announcement in all four kiosk languages.

Everything here is pure and Qt-free; ``text_for_speech`` is what speech
backends apply to every utterance.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# --- Sino-Korean numerals ---------------------------------------------------

_SINO_DIGITS = ("영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구")
_SMALL_UNITS = ((1000, "천"), (100, "백"), (10, "십"))
#: Units of 10**4 steps. 만 is read without 일 ("만 원"); 억 and up keep it ("일억").
_BIG_UNITS = ((10**16, "경"), (10**12, "조"), (10**8, "억"), (10**4, "만"))
SINO_MAX = 10**20 - 1


def _sino_group(n: int) -> str:
    """1..9999 in Sino-Korean, without the 일 before 천, 백 and 십 (천백십일 = 1111)."""
    out = []
    for value, name in _SMALL_UNITS:
        digit, n = divmod(n, value)
        if digit:
            out.append(("" if digit == 1 else _SINO_DIGITS[digit]) + name)
    if n:
        out.append(_SINO_DIGITS[n])
    return "".join(out)


def sino_korean(n: int, *, spaced: bool = False) -> str:
    """Read ``n`` (0 .. 10**20-1) with Sino-Korean numerals: 12 → 십이, 10000 → 만.

    ``spaced`` puts a space after each 만 unit as Korean spelling rules write
    numbers (123456 → "십이만 삼천사백오십육"); without it the result is only
    Hangul syllables.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if n < 0 or n > SINO_MAX:
        raise ValueError(f"can read 0 to {SINO_MAX}, got {n}")
    if n == 0:
        return _SINO_DIGITS[0]
    parts = []
    for value, name in _BIG_UNITS:
        group, n = divmod(n, value)
        if group:
            parts.append(("" if group == 1 and name == "만" else _sino_group(group)) + name)
    if n:
        parts.append(_sino_group(n))
    return (" " if spaced else "").join(parts)


def digits_korean(digits: str, *, zero: str = "공") -> str:
    """Read a digit string digit by digit (phone-style): "010" → "공일공"."""
    if not digits.isascii() or not digits.isdigit():
        raise ValueError(f"expected ASCII digits, got {digits!r}")
    return "".join(zero if d == "0" else _SINO_DIGITS[int(d)] for d in digits)


# --- native Korean numerals ---------------------------------------------------

_NATIVE_ONES = ("", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
#: Forms used right before a counter ("한 명", "두 개", "세 시").
_NATIVE_ONES_ATTR = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
_NATIVE_TENS = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")


def native_korean(n: int, *, attributive: bool = True) -> str:
    """Read 1..99 with native Korean numerals: 3 → 세 (before a counter) or 셋.

    Native numerals stop at 99; larger counts are read in Sino-Korean.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    if not 1 <= n <= 99:
        raise ValueError(f"native Korean numerals read 1 to 99, got {n}")
    tens, ones = divmod(n, 10)
    if attributive and tens == 2 and ones == 0:
        return "스무"  # 스무 명, but 스물한 명
    ones_names = _NATIVE_ONES_ATTR if attributive else _NATIVE_ONES
    return _NATIVE_TENS[tens] + ones_names[ones]


# --- letters and ticket codes ---------------------------------------------------

#: How a Korean announcer names Latin capitals. Z is 제트, not 지, so that
#: G-012 and Z-012 never sound alike when a number is called.
LETTER_NAMES: dict[str, str] = {
    "A": "에이",
    "B": "비",
    "C": "씨",
    "D": "디",
    "E": "이",
    "F": "에프",
    "G": "지",
    "H": "에이치",
    "I": "아이",
    "J": "제이",
    "K": "케이",
    "L": "엘",
    "M": "엠",
    "N": "엔",
    "O": "오",
    "P": "피",
    "Q": "큐",
    "R": "알",
    "S": "에스",
    "T": "티",
    "U": "유",
    "V": "브이",
    "W": "더블유",
    "X": "엑스",
    "Y": "와이",
    "Z": "제트",
}

_CODE_RE = re.compile(r"^\s*(?:([A-Za-z])\s*[- ]?\s*)?(\d{1,4})\s*$")


def parse_ticket_code(code: str) -> tuple[str | None, int]:
    """Split "A-012" (also "A012", "a-12", "512") into (prefix letter or None, number)."""
    match = _CODE_RE.match(code)
    if match is None:
        raise ValueError(f'not a ticket code (expected like "A-012" or "512"), got {code!r}')
    letter = match.group(1)
    return (letter.upper() if letter else None), int(match.group(2))


def ticket_code_korean(code: str) -> str:
    """ "A-012" → "에이 십이번"; "512" → "오백십이번" (leading zeros dropped)."""
    letter, number = parse_ticket_code(code)
    spoken = sino_korean(number) + "번"
    return f"{LETTER_NAMES[letter]} {spoken}" if letter else spoken


def counter_korean(counter: int) -> str:
    """2 → "이번 창구"."""
    return f"{sino_korean(counter)}번 창구"


def won_korean(amount: int) -> str:
    """200 → "이백 원"; 15000 → "만 오천 원"."""
    return f"{sino_korean(amount, spaced=True)} 원"


# --- the call announcement ------------------------------------------------------


def call_announcement(code: str, counter: int, language: str) -> str:
    """What the lobby display says when ticket ``code`` is called to ``counter``.

    ko: "에이 십이번 고객님, 이번 창구로 오십시오."
    en: "Number A12, please come to counter 2."
    zh: "请A12号到2号窗口"
    vi: "Mời số A 12 đến quầy số 2"
    Korean is fully spelled out; the other languages keep digits, which
    their TTS voices read correctly, with leading zeros dropped. English
    joins the letter to the number: "A 12" is read "uh twelve", the article.
    """
    if counter < 0:
        raise ValueError(f"counter must be 0 or more, got {counter}")
    letter, number = parse_ticket_code(code)
    if language == "ko":
        return f"{ticket_code_korean(code)} 고객님, {counter_korean(counter)}로 오십시오."
    spaced = f"{letter} {number}" if letter else str(number)
    if language == "en":
        return f"Number {letter or ''}{number}, please come to counter {counter}."
    if language == "zh":
        return f"请{letter or ''}{number}号到{counter}号窗口"
    if language == "vi":
        return f"Mời số {spaced} đến quầy số {counter}"
    raise ValueError(f'unknown language {language!r} (expected "ko", "en", "zh" or "vi")')


# --- any text, ready for a TTS voice --------------------------------------------

#: Counters read with native numerals (1..99): "3명" → "세 명".
_NATIVE_COUNTERS = (
    "번째",
    "가지",
    "군데",
    "시간",
    "마리",
    "명",
    "개",
    "장",
    "시",
    "살",
    "권",
    "잔",
    "줄",
    "부",  # copies of a document: "1부" → "한 부" (not before 터: "1부터" is "from 1")
    "자리",  # places left on a course: "20자리" → "스무 자리"
    "자",  # characters typed: "5자" → "다섯 자"
)
#: Sino units written with a space before them ("이백 원", "오 분").
_SPACED_SINO_UNITS = ("퍼센트", "개월", "원", "분", "초", "층", "주", "회", "세")
#: Sino units written attached ("이번", "십이월", "이십팔일").
_ATTACHED_SINO_UNITS = ("분의", "번지", "번", "호", "년", "월", "일", "차", "등", "과")

_MONTHS = {6: "유월", 10: "시월"}  # the two months Korean reads irregularly

_TICKET_IN_TEXT = re.compile(r"(?<![A-Za-z0-9])([A-Z])(?:-(\d{1,4})|(\d{3}))(?![0-9])")
_TIME_IN_TEXT = re.compile(r"(?<![0-9:])([01]?\d|2[0-4]):([0-5]\d)(?![0-9:])")
_GROUPED_NUMBER = re.compile(r"(?<![0-9,])\d{1,3}(?:,\d{3})+(?![0-9])")
#: Vietnamese groups thousands with dots ("30.000 đồng", ``kiosk.i18n.grouped``).
_DOT_GROUPED_NUMBER = re.compile(r"(?<![0-9.,])\d{1,3}(?:\.\d{3})+(?![0-9]|[.,]\d)")
_DECIMAL = re.compile(r"(?<![0-9.])(\d+)\.(\d+)(?![0-9.])")
_ISO_DATE = re.compile(r"(?<![0-9-])(\d{4})-(\d{2})-(\d{2})(?![0-9-])")
#: Digit groups joined by dashes (phone numbers, references such as
#: "복지-20261123-0001"): read digit by digit. A word and a dash may come
#: before, but not a capital and a dash: "A-0…" is read as a ticket code.
_DASHED_DIGITS = re.compile(r"(?<![0-9])(?<![0-9A-Z]-)\d+(?:-\d+)+(?![0-9-])")
_PERCENT = re.compile(r"(\d+)\s*%")

# --- Days with their weekday ----------------------------------------------------
#
# Screens write a day short, as people write it ("11월 26일 (목)", "11/26 (Thu)",
# "26/11 (T5)"). Spoken, the weekday is said whole, and in English and
# Vietnamese the month/day numbers become words a voice reads as a date: an
# English voice said "eleven slash twenty-six". Chinese ("11月26日（周四）")
# reads well as it is.

_KOREAN_DAY = re.compile(r"(\d+일)\s*\(([월화수목금토일])\)")
_ENGLISH_DAY = re.compile(r"(?<![0-9/])(\d{1,2})/(\d{1,2}) \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\)")
_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_VIETNAMESE_DAY = re.compile(r"(?<![0-9/])(\d{1,2})/(\d{1,2}) \((T[2-7]|CN)\)")
#: The weekdays screens write short, said whole: English, then Vietnamese.
_SPOKEN_WEEKDAYS = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Fri": "Friday",
    "Sat": "Saturday",
    "Sun": "Sunday",
    "T2": "thứ hai",
    "T3": "thứ ba",
    "T4": "thứ tư",
    "T5": "thứ năm",
    "T6": "thứ sáu",
    "T7": "thứ bảy",
    "CN": "chủ nhật",
}


def _apart(match: re.Match[str]) -> str:
    """A space after a spoken day, which ends in a number, where more of a number
    follows ("…(T5)2024", "…(Thu)-3"): joined, the two would read as one."""
    following = match.string[match.end() : match.end() + 1]
    return " " if following and following in "0123456789-/" else ""


def _english_day(match: re.Match[str]) -> str:
    month, day, weekday = int(match.group(1)), int(match.group(2)), match.group(3)
    if not 1 <= month <= 12:
        return match.group(0)
    return f"{_SPOKEN_WEEKDAYS[weekday]}, {_ENGLISH_MONTHS[month - 1]} {day}{_apart(match)}"


def _vietnamese_day(match: re.Match[str]) -> str:
    day, month, weekday = match.group(1), match.group(2), match.group(3)
    return f"{_SPOKEN_WEEKDAYS[weekday]}, ngày {day} tháng {month}{_apart(match)}"


_UNIT_NUMBER = re.compile(
    r"(\d+)\s*("
    + "|".join(
        "부(?!터)" if unit == "부" else unit
        for unit in sorted(
            _NATIVE_COUNTERS + _SPACED_SINO_UNITS + _ATTACHED_SINO_UNITS, key=len, reverse=True
        )
    )
    + ")"
)
_DIGITS = re.compile(r"\d+")
#: No-break spaces too: screens bind numbers to their units with them.
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


def _number_word(digits: str) -> str:
    """A bare digit run: a quantity, or digit by digit when it is phone-like or huge."""
    if (len(digits) > 1 and digits.startswith("0")) or len(digits) > 16:
        return digits_korean(digits)
    return sino_korean(int(digits))


def _unit_number(match: re.Match[str]) -> str:
    digits, unit = match.group(1), match.group(2)
    # Before a unit a number is a quantity: leading zeros ("06월") are not read.
    n = int(digits)
    if unit in _NATIVE_COUNTERS and 1 <= n <= 99:
        return f"{native_korean(n)} {unit}"
    if unit == "월" and n in _MONTHS:
        return _MONTHS[n]
    word = sino_korean(n) if n <= SINO_MAX else digits_korean(digits)
    return f"{word}{unit}" if unit in _ATTACHED_SINO_UNITS else f"{word} {unit}"


def _time_of_day(match: re.Match[str]) -> str:
    hour, minute = int(match.group(1)), int(match.group(2))
    spoken_hour = "영" if hour == 0 else native_korean(hour)
    if minute == 0:
        return f"{spoken_hour} 시"
    return f"{spoken_hour} 시 {sino_korean(minute)} 분"


def _ticket_in_text(match: re.Match[str]) -> str:
    digits = match.group(2) or match.group(3)
    return f"{LETTER_NAMES[match.group(1)]} {sino_korean(int(digits))}"


def _korean_for_speech(text: str) -> str:
    text = _KOREAN_DAY.sub(lambda m: f"{m.group(1)} {m.group(2)}요일", text)
    text = _TICKET_IN_TEXT.sub(_ticket_in_text, text)
    text = _TIME_IN_TEXT.sub(_time_of_day, text)
    text = _GROUPED_NUMBER.sub(lambda m: m.group(0).replace(",", ""), text)
    text = _DECIMAL.sub(
        lambda m: f"{_number_word(m.group(1))} 점 {digits_korean(m.group(2), zero='영')}", text
    )
    text = _ISO_DATE.sub(lambda m: f"{m.group(1)}년 {m.group(2)}월 {m.group(3)}일", text)
    text = _DASHED_DIGITS.sub(lambda m: " ".join(map(digits_korean, m.group(0).split("-"))), text)
    text = _PERCENT.sub(lambda m: f"{_number_word(m.group(1))} 퍼센트", text)
    text = _UNIT_NUMBER.sub(_unit_number, text)
    return _DIGITS.sub(lambda m: _number_word(m.group(0)), text)


_ENGLISH_MINUTES = re.compile(r"\b(\d+)\s?min\b(?!\.\d)")


def _english_minutes(match: re.Match[str]) -> str:
    count = int(match.group(1))
    return f"{count} minute" if count == 1 else f"{count} minutes"


def _ticket_plain(joiner: str) -> Callable[[re.Match[str]], str]:
    def render(match: re.Match[str]) -> str:
        digits = match.group(2) or match.group(3)
        return f"{match.group(1)}{joiner}{int(digits)}"

    return render


def _digit_by_digit(match: re.Match[str]) -> str:
    """A dashed digit run for a voice that reads digits itself: "0 1 0, 1 2 3 4" (its
    voice would read "20261123" as twenty million); an ISO date stays a date."""
    if _ISO_DATE.fullmatch(match.group(0)):
        return match.group(0)
    return ", ".join(" ".join(group) for group in match.group(0).split("-"))


def text_for_speech(text: str, language: str) -> str:
    """``text`` as a TTS voice should receive it in ``language``.

    Korean: every digit run becomes spoken Korean (Sino-Korean numerals,
    native numerals before native counters, times of day, money, ticket
    codes with Korean letter names). Other languages keep digits, which
    their voices read well, but ticket codes lose their dash and leading
    zeros ("A-012" → "A 12"; Chinese and English "A12", where "A 12" is
    read as the article "a") and dashed numbers are read
    digit by digit. A day with its weekday is said as a date in every
    language ("11/26 (Thu)" → "Thursday, November 26"). Whitespace is
    collapsed in all.
    Idempotent: applying it twice changes nothing.
    """
    if language == "ko":
        text = _korean_for_speech(text)
    else:
        text = _TICKET_IN_TEXT.sub(_ticket_plain(" " if language == "vi" else ""), text)
        text = _DASHED_DIGITS.sub(_digit_by_digit, text)
        # A voice reads a group separator as a decimal mark or a pause (Vietnamese
        # "30,000": "ba mươi phẩy không không không"): the number goes whole.
        # After the codes and dashed numbers, which can free a group's start.
        text = _GROUPED_NUMBER.sub(lambda m: m.group(0).replace(",", ""), text)
        if language == "vi":
            text = _DOT_GROUPED_NUMBER.sub(lambda m: m.group(0).replace(".", ""), text)
        # Days last: spelling out digits can free a day's number ("…426/11 (T5)").
        if language == "en":
            text = _ENGLISH_DAY.sub(_english_day, text)
            # The screen's short unit, which a voice reads as the word "min".
            text = _ENGLISH_MINUTES.sub(_english_minutes, text)
        elif language == "vi":
            text = _VIETNAMESE_DAY.sub(_vietnamese_day, text)
    return _SPACES.sub(" ", text).strip()
