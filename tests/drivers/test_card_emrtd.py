"""BAC and secure messaging against ICAO 9303-11 Appendix D, APDU/TLV parsing, fault handling.

The worked example's published values pin the reader's crypto (and the test
chip's, which shares the primitives) so the two cannot agree on a shared
mistake. The reader and the chip then meet in-process here (fast, every
fault) and through pcscd in ``test_card_pcsc.py``.
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.card import emrtd
from drivers.card.apdu import (
    CommandApdu,
    ResponseApdu,
    encode_tlv,
    parse_tlvs,
    read_tlv,
    tlv_header_length,
    transceive,
)
from kiosk.identity import DEMO_RESIDENTS, Identity, MrzInfo, build_mrz
from kiosk.ports.card import (
    CardAccessDenied,
    CardError,
    CardNotSupported,
    CardRemoved,
    CardUnreadable,
)
from tests.support.chip_pki import default_pki
from tests.support.emrtd_card import ChipTransport, EmrtdChip

H = bytes.fromhex

# ICAO Doc 9303-11, Appendix D (D.2-D.4).
MRZ_INFO = "L898902C<369080619406236"
KSEED = H("239AB9CB282DAF66231DC5A4DF6BFBAE")
KENC = H("AB94FDECF2674FDFB9B391F85D7F76F2")
KMAC = H("7962D9ECE03D1ACD4C76089DCE131543")
RND_IC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
K_IC = H("0B4F80323EB3191CB04970CB4052790B")
CMD_DATA = H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7")
RESP_DATA = H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449")
KSENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KSMAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")
SSC = 0x887022120C06C226
EXCHANGES = [
    # (plain command, protected command, protected response, plain response data)
    (
        CommandApdu(0x00, 0xA4, 0x02, 0x0C, H("011E")),
        H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"),
        H("990290008E08FA855A5D4C50A8ED9000"),
        b"",
    ),
    (
        CommandApdu(0x00, 0xB0, 0x00, 0x00, le=4),
        H("0CB000000D9701048E08ED6705417E96BA5500"),
        H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000"),
        H("60145F01"),
    ),
    (
        CommandApdu(0x00, 0xB0, 0x00, 0x04, le=0x12),
        H("0CB000040D9701128E082EA28A70F3C7B53500"),
        H("871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000"),
        H("04303130365F36063034303030305C026175"),
    ),
]
EF_COM = H("60145F0104303130365F36063034303030305C026175")


def _example_mrz() -> str:
    """A TD3 MRZ whose BAC fields are the Appendix D example's."""
    return build_mrz(
        Identity("P", "UTO", "L898902C", "ERIKSSON", "ANNA MARIA", "UTO", "690806", "F", "940623")
    )


# --- Appendix D -----------------------------------------------------------------


def test_key_derivation_matches_appendix_d() -> None:
    info = MrzInfo.parse(MRZ_INFO)
    assert emrtd.key_seed(info) == KSEED
    keys = emrtd.BacKeys.from_mrz(info)
    assert (keys.enc, keys.mac) == (KENC, KMAC)
    assert "AB94" not in repr(keys)


def test_parity_adjustment() -> None:
    assert emrtd.adjust_parity(H("00FE0102")) == H("01FE0102")
    assert all(bin(b).count("1") % 2 == 1 for b in emrtd.derive_key(KSEED, 1))


def test_mutual_authenticate_cryptogram_matches_appendix_d() -> None:
    e_ifd = emrtd.tdes_encrypt(KENC, RND_IFD + RND_IC + K_IFD)
    assert e_ifd + emrtd.retail_mac(KMAC, e_ifd) == CMD_DATA
    r = emrtd.tdes_decrypt(KENC, RESP_DATA[:32])
    assert r == RND_IC + RND_IFD + K_IC
    assert emrtd.retail_mac(KMAC, RESP_DATA[:32]) == RESP_DATA[32:]


def test_session_keys_and_ssc_match_appendix_d() -> None:
    sm = emrtd.session_from_keys(K_IFD, K_IC, RND_IC, RND_IFD)
    assert (sm.ks_enc, sm.ks_mac, sm.ssc) == (KSENC, KSMAC, SSC)


def test_secure_messaging_matches_appendix_d() -> None:
    sm = emrtd.SecureMessaging(KSENC, KSMAC, SSC)
    for plain, protected, response, data in EXCHANGES:
        assert sm.protect(plain).to_bytes() == protected
        unprotected = sm.unprotect(ResponseApdu.from_bytes(response))
        assert (unprotected.data, unprotected.sw) == (data, 0x9000)
    assert sm.ssc == SSC + 6


class _ScriptedTransport:
    def __init__(self, answers: dict[bytes, bytes]) -> None:
        self.answers = answers
        self.sent: list[bytes] = []

    def transmit(self, apdu: bytes) -> bytes:
        self.sent.append(apdu)
        return self.answers[apdu]


def test_reader_bac_reproduces_appendix_d_exchange() -> None:
    """The reader, given the example's nonces, sends exactly the published cryptogram."""
    randoms = iter([RND_IFD, K_IFD])
    transport = _ScriptedTransport(
        {
            H("0084000008"): RND_IC + H("9000"),
            H("0082000028") + CMD_DATA + H("28"): RESP_DATA + H("9000"),
        }
    )
    sm = emrtd.basic_access_control(
        transport, MrzInfo.parse(MRZ_INFO), random=lambda n: next(randoms)
    )
    assert (sm.ks_enc, sm.ks_mac, sm.ssc) == (KSENC, KSMAC, SSC)


def test_test_chip_reproduces_appendix_d_exchange() -> None:
    """The simulated chip answers the published commands with the published responses."""
    chip = EmrtdChip(_example_mrz(), rnd_ic=RND_IC, k_ic=K_IC)
    chip.files[0x011E] = EF_COM
    assert chip.process(H("00A4040C07A0000002471001")) == H("9000")
    assert chip.process(H("0084000008")) == RND_IC + H("9000")
    assert chip.process(H("0082000028") + CMD_DATA + H("28")) == RESP_DATA + H("9000")
    for _plain, protected, response, _data in EXCHANGES:
        assert chip.process(protected) == response


# --- APDU transport ---------------------------------------------------------------


def test_apdu_encoding() -> None:
    assert CommandApdu(0, 0xB0, 0, 0, le=256).to_bytes() == H("00B0000000")
    assert CommandApdu(0, 0xA4, 2, 0x0C, H("011E")).to_bytes() == H("00A4020C02011E")
    for raw in (H("00B0000000"), H("00A4020C02011E"), H("0082000002AABB28"), H("00840000")):
        assert CommandApdu.from_bytes(raw).to_bytes() == raw


def test_t0_get_response_is_followed() -> None:
    transport = _ScriptedTransport(
        {
            H("0084000008"): H("6108"),
            H("00C0000008"): H("0102030405060708") + H("9000"),
        }
    )
    response = transceive(transport, CommandApdu(0, 0x84, 0, 0, le=8))
    assert (response.data, response.sw) == (H("0102030405060708"), 0x9000)


def test_wrong_le_is_resent() -> None:
    transport = _ScriptedTransport({H("00B0000010"): H("6C04"), H("00B0000004"): H("AABBCCDD9000")})
    assert transceive(transport, CommandApdu(0, 0xB0, 0, 0, le=16)).data == H("AABBCCDD")


def test_endless_get_response_is_cut() -> None:
    class Endless:
        def transmit(self, apdu: bytes) -> bytes:
            return H("0161FF")

    with pytest.raises(CardUnreadable):
        transceive(Endless(), CommandApdu(0, 0x84, 0, 0, le=8))


def test_tlv_long_form_lengths() -> None:
    for length in (0, 1, 0x7F, 0x80, 0xFF, 0x100, 0x1234):
        value = bytes(length)
        encoded = encode_tlv(0x5F1F, value)
        tlv, end = read_tlv(encoded)
        assert (tlv.tag, tlv.value, end) == (0x5F1F, value, len(encoded))
        assert tlv_header_length(encoded[:8]) == len(encoded)
    assert encode_tlv(0x61, bytes(0x100))[:4] == H("61820100")
    assert parse_tlvs(H("8701AA990290008E00")) == [
        parse_tlvs(H("8701AA"))[0],
        parse_tlvs(H("99029000"))[0],
        parse_tlvs(H("8E00"))[0],
    ]


@pytest.mark.parametrize("raw", ["", "87", "8705AABB", "5F", "5F1F", "8780", "878501", "8782FF"])
def test_malformed_tlv_is_unreadable(raw: str) -> None:
    with pytest.raises(CardUnreadable):
        parse_tlvs(H(raw)) if raw else read_tlv(b"")


# --- property tests: untrusted bytes never escape as anything but CardError -------------


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_tlv_parsers_never_crash(data: bytes) -> None:
    for parse in (parse_tlvs, read_tlv, tlv_header_length, emrtd.parse_dg1, emrtd.parse_ef_com):
        with contextlib.suppress(CardUnreadable):
            parse(data)


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_response_parsers_never_crash(data: bytes) -> None:
    try:
        response = ResponseApdu.from_bytes(data)
    except CardUnreadable:
        return
    sm = emrtd.SecureMessaging(KSENC, KSMAC, SSC)
    with contextlib.suppress(CardUnreadable):
        sm.unprotect(response)


@settings(max_examples=200)
@given(st.binary(min_size=1, max_size=40), st.integers(0, 0xFFFF))
def test_forged_protected_responses_are_rejected(body: bytes, sw: int) -> None:
    """Well-formed DOs with a wrong MAC never pass as data."""
    sm = emrtd.SecureMessaging(KSENC, KSMAC, SSC)
    forged = (
        encode_tlv(0x87, b"\x01" + emrtd.tdes_encrypt(KSENC, emrtd.pad(body)))
        + encode_tlv(0x99, sw.to_bytes(2, "big"))
        + encode_tlv(0x8E, bytes(8))
    )
    with pytest.raises(CardUnreadable, match="MAC"):
        sm.unprotect(ResponseApdu(forged, 0x90, 0x00))


@settings(max_examples=200)
@given(st.binary(max_size=64))
def test_dg1_with_random_mrz_bytes_is_unreadable_not_a_crash(mrz: bytes) -> None:
    with contextlib.suppress(CardUnreadable):
        emrtd.parse_dg1(encode_tlv(0x61, encode_tlv(0x5F1F, mrz)))


# --- the whole read in-process, with every chip fault ------------------------------------


@pytest.mark.parametrize("key", list(DEMO_RESIDENTS))
def test_read_identity_in_process(key: str) -> None:
    resident = DEMO_RESIDENTS[key]
    stats = emrtd.ReadStats()
    identity = emrtd.read_identity(
        ChipTransport(EmrtdChip(resident.mrz)),
        resident.mrz_info(),
        verifier=default_pki().verifier(),
        stats=stats,
    )
    assert identity == resident.identity()
    # SELECT, BAC (2), EF.COM (3), DG1 (3), EF.SOD (SELECT and its chunks).
    assert 9 < stats.apdus <= 16


def test_read_identity_t0_chip() -> None:
    resident = DEMO_RESIDENTS["demo-lee"]
    stats = emrtd.ReadStats()
    chip = EmrtdChip(resident.mrz, t0=True)
    identity = emrtd.read_identity(
        ChipTransport(chip), resident.mrz_info(), verifier=default_pki().verifier(), stats=stats
    )
    assert identity.surname == "LEE"
    assert stats.apdus > 16  # GET RESPONSE rounds


def test_wrong_mrz_info_is_refused() -> None:
    resident = DEMO_RESIDENTS["demo-kim"]
    with pytest.raises(CardAccessDenied) as info:
        emrtd.read_identity(
            ChipTransport(EmrtdChip(resident.mrz)),
            MrzInfo("M12345678", "850316", "320101"),
            verifier=default_pki().verifier(),
        )
    assert "6300" in info.value.detail


@pytest.mark.parametrize(
    ("fault", "fault_at", "error"),
    [
        ("pace_only", "read_dg1", CardNotSupported),
        ("bad_mac", "read_dg1", CardUnreadable),
        ("bad_mac", "select_com", CardUnreadable),
        ("wrong_sw", "read_dg1", CardUnreadable),
        ("wrong_sw", "get_challenge", CardUnreadable),
        ("wrong_sw", "select_app", CardNotSupported),
        ("truncated", "read_dg1", CardUnreadable),
        ("truncated", "mutual_auth", CardUnreadable),
        ("truncated", "get_challenge", CardUnreadable),
        ("remove", "read_dg1", CardRemoved),
        ("remove", "mutual_auth", CardRemoved),
    ],
)
def test_chip_faults_raise_declared_errors(
    fault: str, fault_at: str, error: type[CardError]
) -> None:
    resident = DEMO_RESIDENTS["demo-lee"]
    chip = EmrtdChip(resident.mrz, fault=fault, fault_at=fault_at)
    with pytest.raises(error):
        emrtd.read_identity(
            ChipTransport(chip), resident.mrz_info(), verifier=default_pki().verifier()
        )


def test_identity_is_wiped_when_the_card_fails_during_ef_sod(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resident = DEMO_RESIDENTS["demo-kim"]
    chip = EmrtdChip(resident.mrz)
    parsed: list[Identity] = []

    def keep_parsed(data: bytes) -> Identity:
        parsed.append(real_parse_dg1(data))
        return parsed[-1]

    class PulledDuringSod(ChipTransport):
        def transmit(self, apdu: bytes) -> bytes:
            if self.chip.selected == emrtd.EF_SOD:
                raise CardRemoved("card pulled while EF.SOD was read")
            return super().transmit(apdu)

    real_parse_dg1 = emrtd.parse_dg1
    monkeypatch.setattr(emrtd, "parse_dg1", keep_parsed)
    with pytest.raises(CardRemoved):
        emrtd.read_identity(
            PulledDuringSod(chip), resident.mrz_info(), verifier=default_pki().verifier()
        )
    assert len(parsed) == 1
    assert parsed[0].wiped and parsed[0].surname == "" and parsed[0].document_number == ""


def test_non_emrtd_card_is_not_supported() -> None:
    class Other:
        def transmit(self, apdu: bytes) -> bytes:
            return H("6A82")

    with pytest.raises(CardNotSupported):
        emrtd.read_identity(
            Other(), DEMO_RESIDENTS["demo-kim"].mrz_info(), verifier=default_pki().verifier()
        )
