"""Reading an ICAO 9303 eMRTD chip: Basic Access Control and secure messaging.

Implements ICAO Doc 9303 part 11 (section 4.3 BAC, section 9.8 secure
messaging with 3DES) on top of any ``Transport``:

1. SELECT the LDS1 application (AID A0000002471001);
2. BAC: derive KEnc/KMAC from the MRZ information, GET CHALLENGE, MUTUAL
   AUTHENTICATE, derive the session keys KSEnc/KSMAC and the send sequence
   counter (SSC);
3. under secure messaging, SELECT and READ BINARY EF.COM (to see that DG1
   exists) and DG1 (the MRZ), and parse DG1 into an ``Identity``;
4. check the chip: DG1 must hold the MRZ details BAC was run with (a chip
   programmed to accept one resident's details while carrying another's
   data is refused), then read EF.SOD and run Passive Authentication
   (``drivers/card/sod.py``).

Every command and response is MAC-protected; a response whose MAC does not
verify is rejected. Chips that only offer PACE (no BAC) are reported as
``CardNotSupported``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from Crypto.Cipher import DES, DES3

from drivers.card.apdu import (
    CommandApdu,
    ResponseApdu,
    Transport,
    encode_tlv,
    parse_tlvs,
    read_tlv,
    tlv_header_length,
    transceive,
)
from kiosk.identity import Identity, MrzError, MrzInfo, parse_mrz
from kiosk.ports.card import (
    CardAccessDenied,
    CardNotSupported,
    CardUnreadable,
    check_chip_matches,
)

if TYPE_CHECKING:
    from drivers.card.sod import ChipVerifier

EMRTD_AID = bytes.fromhex("A0000002471001")
EF_COM = 0x011E
EF_DG1 = 0x0101
EF_SOD = 0x011D
#: Largest READ BINARY chunk whose protected response still fits 256 bytes.
MAX_CHUNK = 0xDF

_ZERO_IV = bytes(8)

# Status words that say "this instruction or function does not exist here".
_NOT_SUPPORTED_SW = frozenset({0x6D00, 0x6E00, 0x6A81, 0x6A86})
# Status words a chip uses to refuse MUTUAL AUTHENTICATE.
_REFUSED_SW = frozenset({0x6300, 0x6982, 0x6983, 0x6984, 0x6985, 0x6988, 0x6A80})


# --- primitives -----------------------------------------------------------------


def adjust_parity(key: bytes) -> bytes:
    """Set each byte's lowest bit so the byte has odd parity (DES key convention)."""
    out = bytearray()
    for byte in key:
        high = byte & 0xFE
        out.append(high | (bin(high).count("1") % 2 == 0))
    return bytes(out)


def derive_key(seed: bytes, counter: int) -> bytes:
    """ICAO 9303-11 9.7.1: SHA-1(seed || counter) -> 16-byte 2-key 3DES key, parity adjusted."""
    digest = hashlib.sha1(seed + counter.to_bytes(4, "big")).digest()
    return adjust_parity(digest[:16])


def key_seed(mrz: MrzInfo) -> bytes:
    """Kseed: the first 16 bytes of SHA-1 over the MRZ information."""
    return hashlib.sha1(mrz.key_seed_string().encode("ascii")).digest()[:16]


def pad(data: bytes) -> bytes:
    """ISO/IEC 9797-1 padding method 2 to a multiple of 8."""
    data += b"\x80"
    return data + bytes(-len(data) % 8)


def unpad(data: bytes) -> bytes:
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80") or len(data) - len(stripped) > 7:
        raise CardUnreadable("bad padding in decrypted data")
    return stripped[:-1]


def _tdes(key: bytes) -> bytes:
    # 2-key 3DES: K1 K2 K1. pycryptodome rejects keys that degenerate to single DES.
    return key[:16] + key[:8]


def tdes_encrypt(key: bytes, data: bytes) -> bytes:
    return DES3.new(_tdes(key), DES3.MODE_CBC, iv=_ZERO_IV).encrypt(data)


def tdes_decrypt(key: bytes, data: bytes) -> bytes:
    if len(data) % 8:
        raise CardUnreadable("encrypted data is not a multiple of 8 bytes")
    return DES3.new(_tdes(key), DES3.MODE_CBC, iv=_ZERO_IV).decrypt(data)


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 (DES, final 3DES) with padding method 2."""
    message = pad(data)
    k1, k2 = key[:8], key[8:16]
    chain = DES.new(k1, DES.MODE_CBC, iv=_ZERO_IV).encrypt(message)[-8:]
    chain = DES.new(k2, DES.MODE_ECB).decrypt(chain)
    return DES.new(k1, DES.MODE_ECB).encrypt(chain)


@dataclass(frozen=True, repr=False)
class BacKeys:
    """Document basic access keys (never logged)."""

    enc: bytes
    mac: bytes

    @classmethod
    def from_mrz(cls, mrz: MrzInfo) -> BacKeys:
        seed = key_seed(mrz)
        return cls(derive_key(seed, 1), derive_key(seed, 2))

    def __repr__(self) -> str:
        return "BacKeys(<secret>)"


# --- secure messaging -----------------------------------------------------------


class SecureMessaging:
    """3DES secure messaging (ICAO 9303-11 9.8) with a send sequence counter.

    The SSC is incremented before protecting each command and before
    verifying each response.
    """

    def __init__(self, ks_enc: bytes, ks_mac: bytes, ssc: int) -> None:
        self.ks_enc = ks_enc
        self.ks_mac = ks_mac
        self.ssc = ssc

    def __repr__(self) -> str:
        return "SecureMessaging(<session keys>)"

    def _ssc_bytes(self) -> bytes:
        return (self.ssc & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "big")

    def protect(self, command: CommandApdu) -> CommandApdu:
        cla = command.cla | 0x0C
        header = bytes((cla, command.ins, command.p1, command.p2))
        do87 = b""
        if command.data:
            do87 = encode_tlv(0x87, b"\x01" + tdes_encrypt(self.ks_enc, pad(command.data)))
        do97 = b"" if command.le is None else encode_tlv(0x97, bytes((command.le & 0xFF,)))
        self.ssc += 1
        mac = retail_mac(self.ks_mac, self._ssc_bytes() + pad(header) + do87 + do97)
        body = do87 + do97 + encode_tlv(0x8E, mac)
        return CommandApdu(cla, command.ins, command.p1, command.p2, body, 256)

    def unprotect(self, response: ResponseApdu) -> ResponseApdu:
        self.ssc += 1
        if not response.data:
            # The chip answers errors of the SM layer itself in plain (e.g.
            # 6987/6988), and after that the session is over.
            raise CardUnreadable(f"unprotected response SW {response.sw:04X}")
        do87: bytes | None = None
        do99: bytes | None = None
        mac: bytes | None = None
        covered = b""
        offset = 0
        data = response.data
        while offset < len(data):
            start = offset
            tlv, offset = read_tlv(data, offset)
            if tlv.tag in (0x85, 0x87):
                do87 = tlv.value
                covered += data[start:offset]
            elif tlv.tag == 0x99:
                do99 = tlv.value
                covered += data[start:offset]
            elif tlv.tag == 0x8E:
                mac = tlv.value
            else:
                raise CardUnreadable(f"unexpected data object {tlv.tag:X} in protected response")
        if mac is None or len(mac) != 8:
            raise CardUnreadable("protected response has no MAC")
        expected = retail_mac(self.ks_mac, self._ssc_bytes() + covered)
        if not hmac.compare_digest(mac, expected):
            raise CardUnreadable("response MAC does not verify")
        if do99 is None or len(do99) != 2:
            raise CardUnreadable("protected response has no status (DO99)")
        plain = b""
        if do87 is not None:
            if not do87 or do87[0] != 0x01:
                raise CardUnreadable("encrypted data object without padding indicator 01")
            plain = unpad(tdes_decrypt(self.ks_enc, do87[1:]))
        return ResponseApdu(plain, do99[0], do99[1])


# --- the read -------------------------------------------------------------------


@dataclass
class ReadStats:
    """Counts for benchmarks and tests (no personal data)."""

    apdus: int = 0


class _CountingTransport:
    def __init__(self, inner: Transport, stats: ReadStats) -> None:
        self.inner = inner
        self.stats = stats

    def transmit(self, apdu: bytes) -> bytes:
        self.stats.apdus += 1
        return self.inner.transmit(apdu)


def select_application(transport: Transport) -> None:
    response = transceive(transport, CommandApdu(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID))
    if not response.ok:
        raise CardNotSupported(f"SELECT eMRTD application: SW {response.sw:04X} (not an ICAO chip)")


def basic_access_control(
    transport: Transport, mrz: MrzInfo, random: Callable[[int], bytes] = secrets.token_bytes
) -> SecureMessaging:
    """Run BAC (9303-11 4.3) and return the secure messaging session."""
    keys = BacKeys.from_mrz(mrz)
    challenge = transceive(transport, CommandApdu(0x00, 0x84, 0x00, 0x00, le=8))
    if challenge.sw in _NOT_SUPPORTED_SW:
        raise CardNotSupported(
            f"GET CHALLENGE: SW {challenge.sw:04X}; the chip offers no BAC (PACE only?)"
        )
    if not challenge.ok or len(challenge.data) != 8:
        raise CardUnreadable(
            f"GET CHALLENGE: SW {challenge.sw:04X}, {len(challenge.data)} bytes (expected 8)"
        )
    rnd_ic = challenge.data
    rnd_ifd = random(8)
    k_ifd = random(16)
    e_ifd = tdes_encrypt(keys.enc, rnd_ifd + rnd_ic + k_ifd)
    m_ifd = retail_mac(keys.mac, e_ifd)
    answer = transceive(transport, CommandApdu(0x00, 0x82, 0x00, 0x00, e_ifd + m_ifd, 40))
    if answer.sw in _NOT_SUPPORTED_SW:
        raise CardNotSupported(f"MUTUAL AUTHENTICATE: SW {answer.sw:04X}; the chip offers no BAC")
    if answer.sw in _REFUSED_SW:
        raise CardAccessDenied(f"MUTUAL AUTHENTICATE refused: SW {answer.sw:04X}")
    if not answer.ok or len(answer.data) != 40:
        raise CardUnreadable(
            f"MUTUAL AUTHENTICATE: SW {answer.sw:04X}, {len(answer.data)} bytes (expected 40)"
        )
    e_ic, m_ic = answer.data[:32], answer.data[32:]
    if not hmac.compare_digest(retail_mac(keys.mac, e_ic), m_ic):
        raise CardUnreadable("MUTUAL AUTHENTICATE: the chip's MAC does not verify")
    r = tdes_decrypt(keys.enc, e_ic)
    if r[:8] != rnd_ic or r[8:16] != rnd_ifd:
        raise CardUnreadable("MUTUAL AUTHENTICATE: the chip's answer does not match our nonces")
    return session_from_keys(k_ifd, r[16:32], rnd_ic, rnd_ifd)


def session_from_keys(k_ifd: bytes, k_ic: bytes, rnd_ic: bytes, rnd_ifd: bytes) -> SecureMessaging:
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
    ssc = int.from_bytes(rnd_ic[4:8] + rnd_ifd[4:8], "big")
    return SecureMessaging(derive_key(seed, 1), derive_key(seed, 2), ssc)


def _sm_transceive(transport: Transport, sm: SecureMessaging, command: CommandApdu) -> ResponseApdu:
    return sm.unprotect(transceive(transport, sm.protect(command)))


def _select_file(transport: Transport, sm: SecureMessaging, fid: int) -> ResponseApdu:
    return _sm_transceive(
        transport, sm, CommandApdu(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big"))
    )


def _read_selected(transport: Transport, sm: SecureMessaging, fid: int, chunk: int) -> bytes:
    head = _read_binary(transport, sm, 0, 4)
    total = tlv_header_length(head)
    if total > 32767:
        raise CardUnreadable(f"file {fid:04X} claims {total} bytes")
    data = head
    while len(data) < total:
        data += _read_binary(transport, sm, len(data), min(chunk, total - len(data)))
    return data[:total]


def read_file(transport: Transport, sm: SecureMessaging, fid: int, chunk: int = MAX_CHUNK) -> bytes:
    """SELECT an elementary file by id and READ BINARY it whole, under secure messaging."""
    selected = _select_file(transport, sm, fid)
    if not selected.ok:
        raise CardUnreadable(f"SELECT file {fid:04X}: SW {selected.sw:04X}")
    return _read_selected(transport, sm, fid, chunk)


def read_optional_file(
    transport: Transport, sm: SecureMessaging, fid: int, chunk: int = MAX_CHUNK
) -> bytes | None:
    """Like ``read_file``, but None when the chip has no such file (SW 6A82)."""
    selected = _select_file(transport, sm, fid)
    if selected.sw == 0x6A82:
        return None
    if not selected.ok:
        raise CardUnreadable(f"SELECT file {fid:04X}: SW {selected.sw:04X}")
    return _read_selected(transport, sm, fid, chunk)


def _read_binary(transport: Transport, sm: SecureMessaging, offset: int, length: int) -> bytes:
    response = _sm_transceive(
        transport, sm, CommandApdu(0x00, 0xB0, offset >> 8, offset & 0xFF, le=length)
    )
    if not response.ok and response.sw != 0x6282:  # 6282: end of file reached early
        raise CardUnreadable(f"READ BINARY at {offset}: SW {response.sw:04X}")
    if not response.data:
        raise CardUnreadable(f"READ BINARY at {offset}: no data")
    if len(response.data) > length:
        raise CardUnreadable(f"READ BINARY at {offset}: more data than asked")
    return response.data


def parse_ef_com(data: bytes) -> list[int]:
    """The data group tags EF.COM lists (tag 5C inside 60)."""
    outer, _ = read_tlv(data)
    if outer.tag != 0x60:
        raise CardUnreadable(f"EF.COM has tag {outer.tag:X}, expected 60")
    for tlv in parse_tlvs(outer.value):
        if tlv.tag == 0x5C:
            return list(tlv.value)
    raise CardUnreadable("EF.COM has no data group list")


def encode_dg1(mrz: str) -> bytes:
    """DG1 as a chip stores it: the MRZ (lines joined) in 5F1F inside 61."""
    return encode_tlv(0x61, encode_tlv(0x5F1F, mrz.encode("ascii")))


def parse_dg1(data: bytes) -> Identity:
    outer, _ = read_tlv(data)
    if outer.tag != 0x61:
        raise CardUnreadable(f"DG1 has tag {outer.tag:X}, expected 61")
    for tlv in parse_tlvs(outer.value):
        if tlv.tag == 0x5F1F:
            try:
                return parse_mrz(tlv.value.decode("ascii"))
            except UnicodeDecodeError:
                raise CardUnreadable("DG1 MRZ is not ASCII") from None
            except MrzError as exc:
                raise CardUnreadable(f"DG1 MRZ: {exc}") from None
    raise CardUnreadable("DG1 has no MRZ (5F1F)")


def check_chip(
    identity: Identity, mrz: MrzInfo, dg1: bytes, sod: bytes | None, verifier: ChipVerifier
) -> None:
    """The checks every backend runs before an identity counts: (a) DG1 is the document
    BAC was run for, (b) Passive Authentication. Raises ``ChipDetailsMismatch`` or
    ``ChipNotGenuine``; wipes ``identity`` first."""
    try:
        check_chip_matches(identity, mrz)
        verifier.check(sod, {1: dg1})
    except Exception:
        identity.wipe()
        raise


def read_identity(
    transport: Transport,
    mrz: MrzInfo,
    *,
    verifier: ChipVerifier,
    stats: ReadStats | None = None,
    random: Callable[[int], bytes] = secrets.token_bytes,
) -> Identity:
    """The whole read: select, BAC, EF.COM, DG1, EF.SOD, the chip checks.

    Raises ``CardError`` subclasses only.
    """
    if stats is not None:
        transport = _CountingTransport(transport, stats)
    select_application(transport)
    sm = basic_access_control(transport, mrz, random)
    groups = parse_ef_com(read_file(transport, sm, EF_COM))
    if 0x61 not in groups:
        raise CardUnreadable("EF.COM does not list DG1")
    dg1 = read_file(transport, sm, EF_DG1)
    identity = parse_dg1(dg1)
    try:
        sod = read_optional_file(transport, sm, EF_SOD)
    except BaseException:
        # A card pulled (or failing) while EF.SOD is read must not leave the
        # resident's details from DG1 behind in memory.
        identity.wipe()
        raise
    check_chip(identity, mrz, dg1, sod, verifier)
    return identity
