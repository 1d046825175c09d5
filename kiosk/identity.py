"""The resident's identity as read from an ID chip, and the MRZ rules around it.

An ICAO 9303 document (passport or ID card) carries a machine readable zone
(MRZ) printed on the card and copied into the chip's data group 1. This
module holds:

- ``check_digit``: the 7-3-1 check digit of ICAO 9303 part 3;
- ``MrzInfo``: the three fields Basic Access Control derives its keys from
  (document number, birth date, expiry date), validated before any card is
  asked, and ``key_seed_string()`` in the exact ICAO layout;
- ``parse_mrz``: DG1's MRZ (TD1 3x30 ID cards, TD2 2x36, TD3 2x44 passports)
  into an ``Identity``, verifying every check digit;
- ``parse_scanned_mrz``: MRZ text as an MRZ document scanner types or sends it;
- ``Identity``: the personal data, whose ``repr``/``str`` are masked so a
  stray log line can never leak a name, number or birth date, and which can
  be wiped when the session ends;
- ``DEMO_RESIDENTS``: the fictional residents of the demo and the mock card
  reader, kept here (in the Qt-free core) so the records provider can match
  them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from types import MappingProxyType
from typing import Literal

MrzFormat = Literal["TD1", "TD2", "TD3"]

_WEIGHTS = (7, 3, 1)
_MRZ_CHARS = re.compile(r"^[A-Z0-9<]*$")
_DOC_NUMBER = re.compile(r"^[A-Z0-9]+$")
_LINE_LENGTHS: dict[MrzFormat, tuple[int, int]] = {"TD1": (3, 30), "TD2": (2, 36), "TD3": (2, 44)}


class MrzError(ValueError):
    """An MRZ or MRZ information that cannot be right.

    The message names the field and the problem, never the value: it may be
    shown to a technician or logged.
    """

    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name}: {problem}")
        self.field_name = field_name
        self.problem = problem


def _char_value(char: str) -> int:
    if "0" <= char <= "9":
        return ord(char) - ord("0")
    if "A" <= char <= "Z":
        return ord(char) - ord("A") + 10
    if char == "<":
        return 0
    raise MrzError("mrz", "contains a character that is not A-Z, 0-9 or <")


def check_digit(text: str) -> str:
    """ICAO 9303 check digit: weights 7, 3, 1 repeating, sum modulo 10."""
    total = sum(_char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(text))
    return str(total % 10)


def _digit_ok(text: str, digit: str) -> bool:
    # A filler in the check digit position stands for 0 (ICAO 9303-3 4.9).
    return check_digit(text) == ("0" if digit == "<" else digit)


def validate_yymmdd(value: str, field_name: str) -> str:
    """Reject dates that cannot exist (month 13, 31 April, 30 February)."""
    if len(value) != 6 or not value.isdigit() or not value.isascii():
        raise MrzError(field_name, "must be six digits YYMMDD")
    year, month, day = int(value[:2]), int(value[2:4]), int(value[4:])
    if not 1 <= month <= 12:
        raise MrzError(field_name, "month must be 01-12")
    # The century is unknown; YY divisible by 4 is a leap year in 19YY or 20YY.
    days = (31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    if not 1 <= day <= days:
        raise MrzError(field_name, f"day must be 01-{days:02d} for that month")
    return value


def _normalize_document_number(value: str) -> str:
    number = value.strip().upper().rstrip("<")
    if not number or not _DOC_NUMBER.match(number):
        raise MrzError("document number", "must be letters A-Z and digits only")
    return number


def masked_document_number(number: str) -> str:
    """Show at most the first two and the last character, e.g. ``M1******8``."""
    number = number.rstrip("<")
    n = len(number)
    if n >= 6:
        return number[:2] + "*" * (n - 3) + number[-1]
    if n >= 4:
        return number[0] + "*" * (n - 2) + number[-1]
    return "*" * n


def masked_name(name: str) -> str:
    """First letter of each word, the rest starred: ``KIM MINJI`` -> ``K** M****``."""
    return " ".join(w[:1] + "*" * (len(w) - 1) for w in name.split())


def identity_key(issuing_state: str, document_number: str, birth_date: str) -> str:
    """``KOR|M12345678|850315``: one person's document, the same wherever it is computed.

    The audit trail stores only an HMAC of it (``kiosk.certificates.audit.identity_hash``);
    the certificate flow compares a record's holder with the chip's by it.
    Personal data: never log it.
    """
    return "|".join((issuing_state, document_number, birth_date))


@dataclass(frozen=True, repr=False)
class MrzInfo:
    """The MRZ information Basic Access Control derives its keys from.

    Built from what the resident or a scanner provides; validated at
    construction so that a typo is caught before the card is asked (a card
    may count failed attempts).
    """

    document_number: str
    birth_date: str
    expiry_date: str

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "document_number", _normalize_document_number(self.document_number)
        )
        validate_yymmdd(self.birth_date, "birth date")
        validate_yymmdd(self.expiry_date, "expiry date")

    def key_seed_string(self) -> str:
        """``number<padded to 9><cd><birth><cd><expiry><cd>``, e.g. ``L898902C<369080619406236``."""
        number = self.document_number.ljust(9, "<")
        return (
            number
            + check_digit(number)
            + self.birth_date
            + check_digit(self.birth_date)
            + self.expiry_date
            + check_digit(self.expiry_date)
        )

    @classmethod
    def parse(cls, text: str) -> MrzInfo:
        """Parse a key seed string (with its check digits), verifying each digit."""
        text = text.strip().upper()
        if len(text) < 24 or not _MRZ_CHARS.match(text):
            raise MrzError("mrz information", "must be at least 24 characters A-Z, 0-9 or <")
        number, dates = text[:-14], text[-14:]
        if len(number) < 10:
            raise MrzError("document number", "too short")
        number_cd, number = number[-1], number[:-1]
        birth, birth_cd = dates[:6], dates[6]
        expiry, expiry_cd = dates[7:13], dates[13]
        for name, value, digit in (
            ("document number", number, number_cd),
            ("birth date", birth, birth_cd),
            ("expiry date", expiry, expiry_cd),
        ):
            if not _digit_ok(value, digit):
                raise MrzError(name, "check digit is wrong")
        return cls(number, birth, expiry)

    def __repr__(self) -> str:
        return f"MrzInfo(document_number={masked_document_number(self.document_number)!r}, ...)"

    __str__ = __repr__


@dataclass(eq=True, repr=False)
class Identity:
    """A resident's identity as the chip states it (DG1). Personal data.

    ``repr``/``str`` show only the document type, issuing state and a masked
    document number. Call ``wipe()`` when the session ends: it drops every
    reference this object holds (Python cannot zero immutable strings, so
    also drop the object itself).
    """

    document_type: str
    issuing_state: str
    document_number: str
    surname: str
    given_names: str
    nationality: str
    #: YYMMDD as in the MRZ.
    birth_date: str
    #: ``M``, ``F`` or ``X`` (unspecified).
    sex: str
    #: YYMMDD as in the MRZ.
    expiry_date: str
    #: Optional data fields (may hold a national personal number).
    optional_data: str = ""
    mrz_format: MrzFormat = "TD3"
    wiped: bool = field(default=False, compare=False)

    def wipe(self) -> None:
        for f in fields(self):
            if f.name not in ("wiped", "mrz_format"):
                setattr(self, f.name, "")
        self.wiped = True

    @property
    def masked_document_number(self) -> str:
        return masked_document_number(self.document_number)

    def mrz_info(self) -> MrzInfo:
        return MrzInfo(self.document_number, self.birth_date, self.expiry_date)

    @property
    def key(self) -> str:
        """Who this is, as the audit's keyed hash and the records' holder name them."""
        return identity_key(self.issuing_state, self.document_number, self.birth_date)

    def birth_year(self, today: date | None = None) -> int:
        """Four-digit birth year: a two-digit year after this year's is last century."""
        today = today or date.today()
        yy = int(self.birth_date[:2])
        return 2000 + yy if 2000 + yy <= today.year else 1900 + yy

    def expiry(self) -> date:
        """The expiry date (documents expire in this century)."""
        d = self.expiry_date
        return date(2000 + int(d[:2]), int(d[2:4]), int(d[4:]))

    def __repr__(self) -> str:
        if self.wiped:
            return "Identity(<wiped>)"
        return (
            f"Identity(document_type={self.document_type!r}, issuing_state={self.issuing_state!r}, "
            f"document_number={self.masked_document_number!r})"
        )

    __str__ = __repr__


# --- parsing ---------------------------------------------------------------


def _field(text: str) -> str:
    return text.replace("<", " ").strip()


def _names(text: str) -> tuple[str, str]:
    surname, _, given = text.partition("<<")
    return _field(surname), " ".join(_field(given).split())


def _sex(char: str) -> str:
    if char in ("M", "F"):
        return char
    if char in ("<", "X"):
        return "X"
    raise MrzError("sex", "must be M, F, X or <")


def _check(name: str, text: str, digit: str) -> None:
    if not digit.isdigit() and digit != "<":
        raise MrzError(name, "check digit is not a digit")
    if not _digit_ok(text, digit):
        raise MrzError(name, "check digit is wrong")


def _doc_type(code: str) -> str:
    return code.replace("<", "")


def _split_lines(mrz: str) -> tuple[MrzFormat, list[str]]:
    text = "".join(mrz.split())  # DG1 has no separators; tolerate them anyway
    if not _MRZ_CHARS.match(text):
        raise MrzError("mrz", "contains a character that is not A-Z, 0-9 or <")
    for fmt, (count, width) in _LINE_LENGTHS.items():
        if len(text) == count * width:
            return fmt, [text[i * width : (i + 1) * width] for i in range(count)]
    raise MrzError("mrz", f"length {len(text)} is not TD1 (90), TD2 (72) or TD3 (88)")


def _long_number(number: str, check_digit: str, optional: str) -> tuple[str, str, str]:
    """The document number, its check digit and the optional data after it.

    A long document number continues in the optional data, whose last
    non-filler character is its check digit (9303-5 4.2.4).
    """
    if check_digit != "<" or optional[:1] == "<":
        return number, check_digit, optional
    rest = optional.split("<", 1)[0]
    if len(rest) < 2:
        raise MrzError("document number", "long-number extension is too short")
    return number + rest[:-1], rest[-1], optional[len(rest) :]


def _checked_identity(
    fmt: MrzFormat,
    *,
    header: str,
    number: tuple[str, str],
    birth: tuple[str, str],
    expiry: tuple[str, str],
    composite: tuple[str, str],
    sex: str,
    nationality: str,
    names: str,
    optional_data: str,
) -> Identity:
    """Verify each (field, check digit) pair, then the Identity the fields make.

    ``header`` is the first line's document type and issuing state (5 characters).
    """
    _check("document number", *number)
    _check("birth date", *birth)
    _check("expiry date", *expiry)
    _check("composite", *composite)
    surname, given = _names(names)
    return Identity(
        document_type=_doc_type(header[0:2]),
        issuing_state=_field(header[2:5]),
        document_number=_field(number[0]),
        surname=surname,
        given_names=given,
        nationality=_field(nationality),
        birth_date=validate_yymmdd(birth[0], "birth date"),
        sex=_sex(sex),
        expiry_date=validate_yymmdd(expiry[0], "expiry date"),
        optional_data=optional_data,
        mrz_format=fmt,
    )


def _parse_td1(lines: list[str]) -> Identity:
    l1, l2, l3 = lines
    number, number_cd, optional1 = _long_number(l1[5:14], l1[14], l1[15:30])
    return _checked_identity(
        "TD1",
        header=l1[0:5],
        number=(number, number_cd),
        birth=(l2[0:6], l2[6]),
        expiry=(l2[8:14], l2[14]),
        composite=(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29], l2[29]),
        sex=l2[7],
        nationality=l2[15:18],
        names=l3,
        optional_data=" ".join(x for x in (_field(optional1), _field(l2[18:29])) if x),
    )


def _parse_td2_td3(fmt: MrzFormat, lines: list[str]) -> Identity:
    l1, l2 = lines
    number, number_cd = l2[0:9], l2[9]
    if fmt == "TD3":
        optional, composite_cd = l2[28:42], l2[43]
        _check("personal number", optional, l2[42])
        composite = l2[0:10] + l2[13:20] + l2[21:43]
    else:
        optional, composite_cd = l2[28:35], l2[35]
        composite = l2[0:10] + l2[13:20] + l2[21:35]
        number, number_cd, optional = _long_number(number, number_cd, optional)
    return _checked_identity(
        fmt,
        header=l1[0:5],
        number=(number, number_cd),
        birth=(l2[13:19], l2[19]),
        expiry=(l2[21:27], l2[27]),
        composite=(composite, composite_cd),
        sex=l2[20],
        nationality=l2[10:13],
        names=l1[5:],
        optional_data=_field(optional),
    )


def parse_mrz(mrz: str) -> Identity:
    """Parse a whole MRZ (DG1's ``5F1F`` content), verifying every check digit."""
    fmt, lines = _split_lines(mrz)
    return _parse_td1(lines) if fmt == "TD1" else _parse_td2_td3(fmt, lines)


def parse_scanned_mrz(text: str) -> Identity:
    """Parse MRZ text as an MRZ document scanner produces it.

    Scanners (keyboard emulation or serial) send the 2 or 3 lines separated
    by CR, LF or both, sometimes with spaces, lowercase letters, or STX/ETX
    framing; everything but the MRZ lines themselves is ignored.
    """
    cleaned = text.replace("\x02", "\n").replace("\x03", "\n").upper()
    lines = ["".join(line.split()) for line in re.split(r"[\r\n]+", cleaned)]
    lines = [line for line in lines if line]
    for count, width in _LINE_LENGTHS.values():
        if len(lines) >= count and all(len(line) == width for line in lines[-count:]):
            return parse_mrz("".join(lines[-count:]))
    raise MrzError("mrz", "expected 3 lines of 30, 2 of 36 or 2 of 44 characters")


# --- building (demo data and test cards) -----------------------------------


def _mrz_name(surname: str, given_names: str, width: int) -> str:
    name = surname.upper().replace(" ", "<") + "<<" + given_names.upper().replace(" ", "<")
    return name[:width].ljust(width, "<")


def _pad(text: str, width: int) -> str:
    return text.upper().replace(" ", "<")[:width].ljust(width, "<")


def build_mrz(identity: Identity, fmt: MrzFormat | None = None) -> str:
    """The MRZ (lines joined, no separators) a chip would hold for ``identity``.

    Document numbers longer than 9 characters are only supported in TD1.
    """
    i = identity
    fmt = fmt or i.mrz_format
    sex = "<" if i.sex == "X" else i.sex
    if fmt == "TD1":
        number = i.document_number
        if len(number) > 9:
            extension = number[9:] + check_digit(number)
            l1_number = number[:9] + "<" + _pad(extension + i.optional_data, 15)
        else:
            padded = _pad(number, 9)
            l1_number = padded + check_digit(padded) + _pad(i.optional_data, 15)
        l1 = _pad(i.document_type, 2) + _pad(i.issuing_state, 3) + l1_number
        l2 = (
            i.birth_date
            + check_digit(i.birth_date)
            + sex
            + i.expiry_date
            + check_digit(i.expiry_date)
            + _pad(i.nationality, 3)
            + "<" * 11
        )
        l2 += check_digit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
        return l1 + l2 + _mrz_name(i.surname, i.given_names, 30)
    if len(i.document_number) > 9:
        raise MrzError("document number", "longer than 9 characters needs TD1")
    width = 44 if fmt == "TD3" else 36
    l1 = (
        _pad(i.document_type, 2)
        + _pad(i.issuing_state, 3)
        + _mrz_name(i.surname, i.given_names, width - 5)
    )
    padded = _pad(i.document_number, 9)
    l2 = (
        padded
        + check_digit(padded)
        + _pad(i.nationality, 3)
        + i.birth_date
        + check_digit(i.birth_date)
        + sex
        + i.expiry_date
        + check_digit(i.expiry_date)
    )
    if fmt == "TD3":
        personal = _pad(i.optional_data, 14)
        l2 += personal + check_digit(personal)
        l2 += check_digit(l2[0:10] + l2[13:20] + l2[21:43])
    else:
        l2 += _pad(i.optional_data, 7)
        l2 += check_digit(l2[0:10] + l2[13:20] + l2[21:35])
    return l1 + l2


def mrz_lines(mrz: str) -> list[str]:
    """Split a joined MRZ into its lines."""
    return _split_lines(mrz)[1]


# --- fictional residents ---------------------------------------------------


@dataclass(frozen=True, repr=False)
class DemoResident:
    """A fictional resident: the mock card's chip content and what the records know."""

    key: str
    #: The MRZ exactly as the chip's DG1 would hold it (lines joined).
    mrz: str
    #: Korean name as the records provider would show it.
    name_ko: str

    def identity(self) -> Identity:
        """A fresh Identity (callers may wipe theirs)."""
        return parse_mrz(self.mrz)

    def mrz_info(self) -> MrzInfo:
        return self.identity().mrz_info()

    def __repr__(self) -> str:
        return f"DemoResident({self.key!r})"


def _demo(key: str, name_ko: str, identity: Identity) -> DemoResident:
    return DemoResident(key, build_mrz(identity), name_ko)


def _demo_residents() -> Iterable[DemoResident]:
    yield _demo(
        "demo-kim",
        "김민지",
        Identity(
            document_type="PM",
            issuing_state="KOR",
            document_number="M12345678",
            surname="KIM",
            given_names="MINJI",
            nationality="KOR",
            birth_date="850315",
            sex="F",
            expiry_date="320101",
            mrz_format="TD3",
        ),
    )
    yield _demo(
        "demo-lee",
        "이준호",
        Identity(
            document_type="ID",
            issuing_state="KOR",
            document_number="K98765432",
            surname="LEE",
            given_names="JUNHO",
            nationality="KOR",
            birth_date="520704",
            sex="M",
            expiry_date="301231",
            mrz_format="TD1",
        ),
    )
    yield _demo(
        "demo-nguyen",
        "응우옌 티 란",
        Identity(
            document_type="P",
            issuing_state="VNM",
            document_number="C0246813",
            surname="NGUYEN",
            given_names="THI LAN",
            nationality="VNM",
            birth_date="920229",
            sex="F",
            expiry_date="290815",
            mrz_format="TD3",
        ),
    )


#: Fictional residents by key (``demo-kim``, ``demo-lee``, ``demo-nguyen``).
DEMO_RESIDENTS: Mapping[str, DemoResident] = MappingProxyType({r.key: r for r in _demo_residents()})
