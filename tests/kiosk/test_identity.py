"""MRZ rules and the Identity model: check digits, parsing, masking, privacy."""

from __future__ import annotations

import contextlib
import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.identity import (
    DEMO_RESIDENTS,
    Identity,
    MrzError,
    MrzInfo,
    build_mrz,
    check_digit,
    masked_document_number,
    mrz_lines,
    parse_mrz,
    parse_scanned_mrz,
)

# ICAO 9303 part 4 (TD3) and part 5 (TD1) specimens.
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<7408122F1204159UTO<<<<<<<<<<<6ERIKSSON<<ANNA<MARIA<<<<<<<<<<"


def test_check_digits_of_icao_examples() -> None:
    assert check_digit("L898902C<") == "3"
    assert check_digit("690806") == "1"
    assert check_digit("940623") == "6"
    assert check_digit("D23145890") == "7"
    assert check_digit("<<<<<<<<<<<<<<") == "0"


def test_check_digit_rejects_foreign_characters() -> None:
    with pytest.raises(MrzError):
        check_digit("L89-902")


def test_key_seed_string_matches_icao_appendix_d() -> None:
    assert MrzInfo("L898902C", "690806", "940623").key_seed_string() == "L898902C<369080619406236"
    assert MrzInfo("l898902c<", "690806", "940623").document_number == "L898902C"


def test_mrz_info_parse_verifies_check_digits() -> None:
    info = MrzInfo.parse("L898902C<369080619406236")
    assert info == MrzInfo("L898902C", "690806", "940623")
    for bad in ("L898902C<469080619406236", "L898902C<369080629406236", "L898902C<369080619406237"):
        with pytest.raises(MrzError, match="check digit"):
            MrzInfo.parse(bad)


@pytest.mark.parametrize(
    ("birth", "expiry", "field"),
    [
        ("691306", "940623", "birth date"),
        ("690230", "940623", "birth date"),
        ("690800", "940623", "birth date"),
        ("690806", "940431", "expiry date"),
        ("690806", "950229", "expiry date"),
        ("6908O6", "940623", "birth date"),
        ("69080", "940623", "birth date"),
    ],
)
def test_impossible_dates_are_rejected(birth: str, expiry: str, field: str) -> None:
    with pytest.raises(MrzError) as info:
        MrzInfo("L898902C", birth, expiry)
    assert info.value.field_name == field


def test_leap_day_is_accepted() -> None:
    MrzInfo("X1", "000229", "960229")


def test_document_number_characters() -> None:
    with pytest.raises(MrzError):
        MrzInfo("L89-8902", "690806", "940623")
    with pytest.raises(MrzError):
        MrzInfo("", "690806", "940623")


def test_parse_td3_specimen() -> None:
    identity = parse_mrz(TD3)
    assert identity.mrz_format == "TD3"
    assert identity.document_type == "P"
    assert identity.issuing_state == "UTO"
    assert identity.document_number == "L898902C3"
    assert (identity.surname, identity.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert (identity.nationality, identity.birth_date, identity.sex) == ("UTO", "740812", "F")
    assert identity.expiry_date == "120415"
    assert identity.optional_data == "ZE184226B"


def test_parse_td1_specimen() -> None:
    identity = parse_mrz(TD1)
    assert identity.mrz_format == "TD1"
    assert (identity.document_type, identity.document_number) == ("I", "D23145890")
    assert (identity.surname, identity.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert (identity.birth_date, identity.expiry_date, identity.sex) == ("740812", "120415", "F")


@pytest.mark.parametrize(
    ("mrz", "position", "field"),
    [
        (TD3, 44 + 9, "document number"),
        (TD3, 44 + 19, "birth date"),
        (TD3, 44 + 27, "expiry date"),
        (TD3, 44 + 42, "personal number"),
        (TD3, 44 + 43, "composite"),
        (TD1, 14, "document number"),
        (TD1, 30 + 6, "birth date"),
        (TD1, 30 + 14, "expiry date"),
        (TD1, 30 + 29, "composite"),
    ],
)
def test_every_check_digit_is_verified(mrz: str, position: int, field: str) -> None:
    wrong = str((int(mrz[position]) + 1) % 10)
    with pytest.raises(MrzError) as info:
        parse_mrz(mrz[:position] + wrong + mrz[position + 1 :])
    assert info.value.field_name == field
    assert "check digit" in str(info.value)


def test_td1_long_document_number_round_trips() -> None:
    identity = Identity(
        "ID",
        "KOR",
        "AB1234567890",
        "HONG",
        "GILDONG",
        "KOR",
        "800101",
        "M",
        "300101",
        mrz_format="TD1",
    )
    parsed = parse_mrz(build_mrz(identity))
    assert parsed.document_number == "AB1234567890"
    assert parsed.mrz_info().key_seed_string().startswith("AB1234567890")


def test_wrong_length_is_rejected() -> None:
    with pytest.raises(MrzError, match="length"):
        parse_mrz(TD3[:-1])


@pytest.mark.parametrize("key", list(DEMO_RESIDENTS))
def test_demo_residents_are_valid_documents(key: str) -> None:
    resident = DEMO_RESIDENTS[key]
    identity = resident.identity()
    assert parse_mrz(build_mrz(identity)) == identity
    assert identity.mrz_info() == resident.mrz_info()


def test_demo_kim() -> None:
    identity = DEMO_RESIDENTS["demo-kim"].identity()
    assert identity.document_number == "M12345678"
    assert identity.nationality == "KOR"
    assert {r.identity().mrz_format for r in DEMO_RESIDENTS.values()} == {"TD1", "TD3"}


def test_masked_document_number() -> None:
    assert masked_document_number("M12345678") == "M1******8"
    assert masked_document_number("L898902C<") == "L8*****C"
    assert masked_document_number("AB12") == "A**2"
    assert masked_document_number("X1") == "**"


def _private_values(identity: Identity) -> list[str]:
    return [
        identity.surname,
        identity.given_names,
        identity.document_number,
        identity.birth_date,
        *identity.given_names.split(),
    ]


@pytest.mark.parametrize("key", list(DEMO_RESIDENTS))
def test_repr_str_and_logging_never_show_personal_data(
    key: str, caplog: pytest.LogCaptureFixture
) -> None:
    identity = DEMO_RESIDENTS[key].identity()
    info = identity.mrz_info()
    logger = logging.getLogger("test.identity")
    with caplog.at_level(logging.DEBUG):
        logger.info("read %s", identity)
        logger.info("read %r", identity)
        logger.info("info %s %r", info, info)
        logger.info(f"{identity} {identity!r} {[identity]} {info}")
    texts = [repr(identity), str(identity), f"{identity}", repr(info), str(info), caplog.text]
    for secret in _private_values(identity):
        for text in texts:
            assert secret not in text
    assert identity.masked_document_number in repr(identity)


def test_wipe_drops_personal_data() -> None:
    identity = DEMO_RESIDENTS["demo-kim"].identity()
    identity.wipe()
    assert identity.wiped
    assert (identity.surname, identity.document_number, identity.birth_date) == ("", "", "")
    assert repr(identity) == "Identity(<wiped>)"


def test_birth_year_century() -> None:
    from datetime import date

    identity = DEMO_RESIDENTS["demo-lee"].identity()
    assert identity.birth_year(date(2025, 1, 1)) == 1952
    young = Identity("P", "KOR", "M1", "A", "B", "KOR", "150101", "F", "300101")
    assert young.birth_year(date(2025, 1, 1)) == 2015


def test_parse_scanned_mrz_tolerates_scanner_framing() -> None:
    lines = mrz_lines(TD3)
    scanned = "\x02" + lines[0].lower() + "\r\n" + lines[1][:20] + " " + lines[1][20:] + "\r\x03"
    assert parse_scanned_mrz(scanned) == parse_mrz(TD3)
    td1 = "\r".join(mrz_lines(TD1)) + "\r"
    assert parse_scanned_mrz(td1).document_number == "D23145890"
    with pytest.raises(MrzError):
        parse_scanned_mrz("hello\r")


@given(st.text(alphabet="ABCKMPZ0123456789<", min_size=0, max_size=100))
def test_parse_mrz_raises_only_mrz_error(text: str) -> None:
    with contextlib.suppress(MrzError):
        parse_mrz(text)


@given(st.text(max_size=120))
def test_parse_scanned_mrz_raises_only_mrz_error(text: str) -> None:
    with contextlib.suppress(MrzError):
        parse_scanned_mrz(text)
