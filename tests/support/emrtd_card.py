"""A simulated ICAO 9303 eMRTD chip that plugs into pcscd through vsmartcard-vpcd.

Only the chip is simulated: the reader under test talks pyscard -> pcscd ->
the vpcd reader driver -> TCP -> this card. Two layers:

- ``EmrtdChip``: the card's APDU processor (SELECT, GET CHALLENGE, MUTUAL
  AUTHENTICATE for BAC, secure messaging, READ BINARY of EF.COM, DG1 and
  EF.SOD for TD1 and TD3 documents; EF.SOD is signed by the test PKI of
  ``tests/support/chip_pki.py`` unless a test gives its own or none, and
  DG1 can be another document's than the one BAC accepts, as on a forged
  chip), which can misbehave on request: bad MAC, wrong
  status word, truncated response, removal mid-command, slow answers, a
  PACE-only chip without BAC, and T=0 ``61xx`` answers.
- ``VpcdCard``: the vpcd wire protocol (the card is the TCP client of
  127.0.0.1:35963 for reader "Virtual PCD 00 00"; each message is a 2-byte
  big-endian length and a payload; one-byte payloads are control messages
  0 power off, 1 power on, 2 reset, 4 get ATR; longer ones are APDUs
  answered with data + SW). Closing the socket removes the card.

The chip's side of BAC and secure messaging is written here, separately
from the reader's; shared low-level primitives (3DES, retail MAC, key
derivation) are pinned by the ICAO 9303-11 Appendix D unit tests.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from drivers.card.apdu import CommandApdu, encode_tlv, parse_tlvs
from drivers.card.emrtd import (
    EF_SOD,
    EMRTD_AID,
    BacKeys,
    derive_key,
    encode_dg1,
    pad,
    retail_mac,
    tdes_decrypt,
    tdes_encrypt,
    unpad,
)
from kiosk.identity import MrzInfo, parse_mrz
from kiosk.ports.card import CardRemoved
from tests.support.chip_pki import make_sod

VPCD_HOST = "127.0.0.1"
VPCD_PORT = 35963
#: The reader pcscd shows for ``VPCD_PORT`` (35964 is "Virtual PCD 00 01").
VPCD_READER = "Virtual PCD 00 00"

#: T=1 capable ATR: TS 3B, T0 80 (TD1 follows), TD1 80 (TD2 follows, T=0), TD2 01 (T=1), TCK.
ATR_T1 = bytes.fromhex("3B80800101")
#: T=0 only ATR: no interface bytes, no historical bytes.
ATR_T0 = bytes.fromhex("3B00")

FAULTS = ("none", "bad_mac", "wrong_sw", "truncated", "remove", "slow", "pace_only")
#: Where a fault strikes: the named command, or ``read_dg1``: the first READ BINARY of DG1.
FAULT_POINTS = ("select_app", "get_challenge", "mutual_auth", "select_com", "read_dg1")

SW_OK = b"\x90\x00"
_QUICKACK: int | None = getattr(socket, "TCP_QUICKACK", None)


def make_ef_com() -> bytes:
    return encode_tlv(
        0x60,
        encode_tlv(0x5F01, b"0106") + encode_tlv(0x5F36, b"040000") + encode_tlv(0x5C, b"\x61\x75"),
    )


#: ``EmrtdChip.sod`` default: sign the chip's DG1 with ``chip_pki.default_pki()``.
SIGNED = b"signed by the default test PKI"


class CardRemovedNow(Exception):
    """Raised by the chip to make the socket layer pull the card mid-command."""


@dataclass
class _Session:
    ks_enc: bytes
    ks_mac: bytes
    ssc: int

    def ssc_bytes(self) -> bytes:
        return (self.ssc & 0xFFFFFFFFFFFFFFFF).to_bytes(8, "big")


@dataclass
class EmrtdChip:
    """The chip: holds one MRZ and answers APDUs (thread: the card's socket thread)."""

    mrz: str
    fault: str = "none"
    fault_at: str = "read_dg1"
    delay_s: float = 0.0
    t0: bool = False
    #: Fixed nonces for reproducible exchanges; random when None.
    rnd_ic: bytes | None = None
    k_ic: bytes | None = None
    #: Every command APDU received (raw), for assertions.
    log: list[bytes] = field(default_factory=list)
    #: DG1 bytes when they are not ``mrz``'s (a forged chip: BAC with ``mrz``, data of another).
    dg1: bytes | None = None
    #: EF.SOD bytes; ``SIGNED`` signs DG1 with the default test PKI; None: no EF.SOD.
    sod: bytes | None = SIGNED

    def __post_init__(self) -> None:
        if self.fault not in FAULTS:
            raise ValueError(f"unknown fault {self.fault!r}")
        if self.fault_at not in FAULT_POINTS:
            raise ValueError(f"unknown fault point {self.fault_at!r}")
        identity = parse_mrz(self.mrz)
        self.keys = BacKeys.from_mrz(identity.mrz_info())
        dg1 = self.dg1 if self.dg1 is not None else encode_dg1(self.mrz)
        self.files = {0x011E: make_ef_com(), 0x0101: dg1}
        if self.sod == SIGNED:
            self.sod = make_sod({1: dg1})
        if self.sod is not None:
            self.files[EF_SOD] = self.sod
        #: One-shot faults strike once per chip, across power cycles.
        self.fault_fired = False
        self.reset()

    @classmethod
    def for_mrz_info(cls, mrz: str) -> MrzInfo:
        return parse_mrz(mrz).mrz_info()

    def reset(self) -> None:
        self.app_selected = False
        self.session: _Session | None = None
        self.challenge: bytes | None = None
        self.selected: int | None = None
        self.pending: bytes = b""

    @property
    def atr(self) -> bytes:
        return ATR_T0 if self.t0 else ATR_T1

    # -- APDU processing ---------------------------------------------------

    def process(self, raw: bytes) -> bytes:
        self.log.append(raw)
        if self.fault == "slow" and self.delay_s:
            time.sleep(self.delay_s)
        if self.t0 and raw[1:2] == b"\xc0":
            out, self.pending = self.pending, b""
            return out + SW_OK if out else b"\x6f\x00"
        try:
            command = CommandApdu.from_bytes(raw)
        except ValueError:
            return b"\x67\x00"
        point = self._point(command)
        striking = (
            point == self.fault_at
            and not self.fault_fired
            and self.fault in ("bad_mac", "wrong_sw", "truncated", "remove")
        )
        if striking:
            self.fault_fired = True
            if self.fault == "remove":
                raise CardRemovedNow()
            if self.fault == "wrong_sw":
                return b"\x6f\x00"
        response = self._dispatch(command, corrupt_mac=striking and self.fault == "bad_mac")
        if striking and self.fault == "truncated":
            # Half the data arrives, then a plain 90 00. Cutting the raw
            # answer in half instead made its last two (random) data bytes
            # the status word, which now and then read as "refused".
            data = response[:-2]
            return data[: len(data) // 2] + SW_OK
        if self.t0 and len(response) > 2:
            self.pending = response[:-2]
            return bytes((0x61, len(self.pending) & 0xFF))
        return response

    def _point(self, command: CommandApdu) -> str:
        if command.ins == 0xA4 and command.p1 == 0x04:
            return "select_app"
        if command.ins == 0x84:
            return "get_challenge"
        if command.ins == 0x82:
            return "mutual_auth"
        if command.ins == 0xA4 and self.selected is None:
            return "select_com"
        if command.ins == 0xB0 and self.selected == 0x0101:
            return "read_dg1"
        return ""

    def _dispatch(self, command: CommandApdu, corrupt_mac: bool) -> bytes:
        if command.cla & 0x0C == 0x0C:
            return self._secure(command, corrupt_mac)
        if self.session is not None and command.ins not in (0xA4, 0x84, 0x82):
            self.session = None
            return b"\x69\x82"
        if command.ins == 0xA4 and command.p1 == 0x04:
            self.app_selected = command.data == EMRTD_AID
            self.session = None
            self.selected = None
            return SW_OK if self.app_selected else b"\x6a\x82"
        if not self.app_selected:
            return b"\x69\x85"
        if command.ins == 0x84:
            if self.fault == "pace_only":
                return b"\x6d\x00"
            if command.le != 8:
                return b"\x67\x00"
            self.challenge = self.rnd_ic or os.urandom(8)
            return self.challenge + SW_OK
        if command.ins == 0x82:
            return self._mutual_authenticate(command)
        # Plain file access is not allowed on a BAC chip.
        return b"\x69\x82"

    def _mutual_authenticate(self, command: CommandApdu) -> bytes:
        if self.challenge is None or len(command.data) != 40:
            return b"\x69\x85"
        e_ifd, m_ifd = command.data[:32], command.data[32:]
        challenge, self.challenge = self.challenge, None
        if not hmac.compare_digest(retail_mac(self.keys.mac, e_ifd), m_ifd):
            return b"\x63\x00"
        s = tdes_decrypt(self.keys.enc, e_ifd)
        rnd_ifd, rnd_ic, k_ifd = s[:8], s[8:16], s[16:32]
        if rnd_ic != challenge:
            return b"\x63\x00"
        k_ic = self.k_ic or os.urandom(16)
        e_ic = tdes_encrypt(self.keys.enc, rnd_ic + rnd_ifd + k_ic)
        seed = bytes(a ^ b for a, b in zip(k_ifd, k_ic, strict=True))
        self.session = _Session(
            derive_key(seed, 1),
            derive_key(seed, 2),
            int.from_bytes(rnd_ic[4:] + rnd_ifd[4:], "big"),
        )
        return e_ic + retail_mac(self.keys.mac, e_ic) + SW_OK

    def _secure(self, command: CommandApdu, corrupt_mac: bool) -> bytes:
        session = self.session
        if session is None:
            return b"\x69\x82"
        session.ssc += 1
        try:
            objects = parse_tlvs(command.data)
        except Exception:
            self.session = None
            return b"\x69\x88"
        header = bytes((command.cla, command.ins, command.p1, command.p2))
        covered = b""
        data = b""
        le: int | None = None
        mac = b""
        for tlv in objects:
            if tlv.tag == 0x87:
                covered += encode_tlv(0x87, tlv.value)
                data = unpad(tdes_decrypt(session.ks_enc, tlv.value[1:]))
            elif tlv.tag == 0x97:
                covered += encode_tlv(0x97, tlv.value)
                le = tlv.value[0] or 256
            elif tlv.tag == 0x8E:
                mac = tlv.value
        expected = retail_mac(session.ks_mac, session.ssc_bytes() + pad(header) + covered)
        if not hmac.compare_digest(mac, expected):
            # Wrong MAC ends the session (9303-11 9.8.4).
            self.session = None
            return b"\x69\x88"
        plain = self._file_command(command.ins, command.p1, command.p2, data, le)
        body, sw = plain[:-2], plain[-2:]
        session.ssc += 1
        out = b""
        if body:
            out += encode_tlv(0x87, b"\x01" + tdes_encrypt(session.ks_enc, pad(body)))
        out += encode_tlv(0x99, sw)
        cc = retail_mac(session.ks_mac, session.ssc_bytes() + out)
        if corrupt_mac:
            cc = cc[:-1] + bytes((cc[-1] ^ 0x01,))
        return out + encode_tlv(0x8E, cc) + sw

    def _file_command(self, ins: int, p1: int, p2: int, data: bytes, le: int | None) -> bytes:
        if ins == 0xA4 and p1 == 0x02:
            fid = int.from_bytes(data, "big") if len(data) == 2 else -1
            if fid not in self.files:
                return b"\x6a\x82"
            self.selected = fid
            return SW_OK
        if ins == 0xB0:
            if self.selected is None:
                return b"\x69\x86"
            content = self.files[self.selected]
            offset = (p1 << 8) | p2
            if offset > len(content):
                return b"\x6b\x00"
            chunk = content[offset : offset + (le or 256)]
            return chunk + (SW_OK if len(chunk) == (le or 256) else b"\x62\x82")
        return b"\x6d\x00"


class ChipTransport:
    """Connects a reader straight to a chip (no pcscd): the same APDUs, fast, for every fault."""

    def __init__(self, chip: EmrtdChip) -> None:
        self.chip = chip

    def transmit(self, apdu: bytes) -> bytes:
        try:
            return self.chip.process(apdu)
        except CardRemovedNow:
            raise CardRemoved("test chip pulled") from None


@dataclass(eq=False)
class VpcdCard:
    """Connects an ``EmrtdChip`` to the vpcd reader driver over TCP.

    ``start`` inserts the card (connects), ``remove`` pulls it, ``stop`` ends
    the thread. With ``reconnect=True`` the card keeps reconnecting (as
    after a pcscd restart) until stopped.
    """

    chip: EmrtdChip
    port: int = VPCD_PORT
    host: str = VPCD_HOST
    reconnect: bool = False
    on_command: Callable[[bytes], None] | None = None
    connected: threading.Event = field(default_factory=threading.Event, init=False)
    _stop: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _sock: socket.socket | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _thread: threading.Thread | None = field(default=None, init=False, repr=False)

    def start(self, timeout_s: float = 5.0) -> None:
        """Insert the card: connect to vpcd (wait until connected)."""
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="vpcd-card", daemon=True)
        self._thread.start()
        if not self.connected.wait(timeout_s):
            self.stop()
            raise TimeoutError(f"vpcd on {self.host}:{self.port} did not accept the test card")

    def remove(self) -> None:
        """Pull the card (close the socket); the thread ends unless ``reconnect``."""
        with self._lock:
            sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._stop.set()
        self.remove()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                sock = socket.create_connection((self.host, self.port), timeout=0.5)
            except OSError:
                time.sleep(0.05)
                continue
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._sock = sock
            self.chip.reset()
            self.connected.set()
            try:
                self._serve(sock)
            except OSError:
                pass
            finally:
                self.connected.clear()
                with self._lock:
                    self._sock = None
                sock.close()
            if not self.reconnect:
                break

    def _serve(self, sock: socket.socket) -> None:
        while not self._stop.is_set():
            header = _recv_exact(sock, 2)
            if header is None:
                return
            (length,) = struct.unpack(">H", header)
            payload = _recv_exact(sock, length)
            if payload is None:
                return
            if length == 1:
                control = payload[0]
                if control in (1, 2):  # power on, reset
                    self.chip.reset()
                elif control == 4:
                    sock.sendall(struct.pack(">H", len(self.chip.atr)) + self.chip.atr)
                continue
            if self.on_command is not None:
                self.on_command(payload)
            try:
                answer = self.chip.process(payload)
            except CardRemovedNow:
                return
            sock.sendall(struct.pack(">H", len(answer)) + answer)


def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        if _QUICKACK is not None:
            # vpcd writes the length and the APDU in two send() calls; with
            # Nagle on its side and delayed ACKs on ours each APDU would wait
            # 40 ms. Quick-ACK mode is not sticky on Linux: set it each time.
            sock.setsockopt(socket.IPPROTO_TCP, _QUICKACK, 1)
        chunk = sock.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data
