"""Command and response APDUs (ISO 7816-4), the T=0 transport fix-ups, and BER-TLV.

PC/SC hands us raw response bytes and no automatic GET RESPONSE: a T=0
card answers ``61xx`` (xx more bytes waiting: send GET RESPONSE) or
``6Cxx`` (wrong Le: resend with Le=xx), and ``transceive`` hides both.
Every parser here raises only ``kiosk.ports.card.CardUnreadable`` on bad
input, whatever the bytes: the card is untrusted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.ports.card import CardUnreadable

#: Guards against a card answering 61xx forever.
_MAX_GET_RESPONSE = 64


@dataclass(frozen=True)
class CommandApdu:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    #: Expected response length 1-256 (256 is sent as 00); None for no Le.
    le: int | None = None

    def __post_init__(self) -> None:
        for name in ("cla", "ins", "p1", "p2"):
            if not 0 <= getattr(self, name) <= 0xFF:
                raise ValueError(f"{name} out of range")
        if len(self.data) > 255:
            raise ValueError("command data longer than 255 bytes (extended length unsupported)")
        if self.le is not None and not 1 <= self.le <= 256:
            raise ValueError("le must be 1-256")

    def to_bytes(self) -> bytes:
        out = bytes((self.cla, self.ins, self.p1, self.p2))
        if self.data:
            out += bytes((len(self.data),)) + self.data
        if self.le is not None:
            out += bytes((self.le & 0xFF,))
        return out

    @classmethod
    def from_bytes(cls, raw: bytes) -> CommandApdu:
        """Parse a short APDU (cases 1-4); raises ``ValueError`` on malformed input."""
        if len(raw) < 4:
            raise ValueError("APDU shorter than 4 bytes")
        cla, ins, p1, p2 = raw[:4]
        body = raw[4:]
        if not body:
            return cls(cla, ins, p1, p2)
        if len(body) == 1:
            return cls(cla, ins, p1, p2, le=body[0] or 256)
        lc = body[0]
        if lc == 0:
            raise ValueError("extended length APDUs are not supported")
        if len(body) == 1 + lc:
            return cls(cla, ins, p1, p2, body[1:])
        if len(body) == 2 + lc:
            return cls(cla, ins, p1, p2, body[1 : 1 + lc], body[-1] or 256)
        raise ValueError("Lc does not match the APDU length")


@dataclass(frozen=True)
class ResponseApdu:
    data: bytes
    sw1: int
    sw2: int

    @property
    def sw(self) -> int:
        return (self.sw1 << 8) | self.sw2

    @property
    def ok(self) -> bool:
        return self.sw == 0x9000

    def to_bytes(self) -> bytes:
        return self.data + bytes((self.sw1, self.sw2))

    @classmethod
    def from_bytes(cls, raw: bytes) -> ResponseApdu:
        if len(raw) < 2:
            raise CardUnreadable(f"response of {len(raw)} bytes has no status word")
        return cls(bytes(raw[:-2]), raw[-2], raw[-1])


class Transport(Protocol):
    """Moves one raw APDU to the card and its raw response back."""

    def transmit(self, apdu: bytes) -> bytes:
        """Return response data + SW1 SW2; raise a ``CardError`` on transport failure."""
        ...


def transceive(transport: Transport, command: CommandApdu) -> ResponseApdu:
    """Send ``command``, handling ``61xx`` (GET RESPONSE) and ``6Cxx`` (resend with Le)."""
    response = ResponseApdu.from_bytes(transport.transmit(command.to_bytes()))
    if response.sw1 == 0x6C:
        # Wrong Le: the card tells us the right one; resend once.
        fixed = CommandApdu(
            command.cla, command.ins, command.p1, command.p2, command.data, response.sw2 or 256
        )
        response = ResponseApdu.from_bytes(transport.transmit(fixed.to_bytes()))
    data = response.data
    rounds = 0
    while response.sw1 == 0x61:
        rounds += 1
        if rounds > _MAX_GET_RESPONSE:
            raise CardUnreadable("card keeps answering 61xx")
        get_response = CommandApdu(command.cla & 0x80, 0xC0, 0, 0, le=response.sw2 or 256)
        response = ResponseApdu.from_bytes(transport.transmit(get_response.to_bytes()))
        data += response.data
    return ResponseApdu(data, response.sw1, response.sw2)


# --- BER-TLV ------------------------------------------------------------------


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes


def encode_length(length: int) -> bytes:
    if length < 0:
        raise ValueError("negative length")
    if length < 0x80:
        return bytes((length,))
    size = (length.bit_length() + 7) // 8
    if size > 4:
        raise ValueError("length too large")
    return bytes((0x80 | size,)) + length.to_bytes(size, "big")


def encode_tag(tag: int) -> bytes:
    if tag < 0:
        raise ValueError("negative tag")
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode_tlv(tag: int, value: bytes) -> bytes:
    return encode_tag(tag) + encode_length(len(value)) + value


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    """The BER length field at ``pos`` (short or long form): the length and the offset after it."""
    if pos >= len(data):
        raise CardUnreadable("TLV: missing length")
    length = data[pos]
    pos += 1
    if length == 0x80:
        raise CardUnreadable("TLV: indefinite length is not allowed")
    if length > 0x80:
        size = length & 0x7F
        if size > 4:
            raise CardUnreadable("TLV: length field longer than 4 bytes")
        if pos + size > len(data):
            raise CardUnreadable("TLV: truncated length")
        length = int.from_bytes(data[pos : pos + size], "big")
        pos += size
    return length, pos


def read_tlv(data: bytes, offset: int = 0) -> tuple[Tlv, int]:
    """Decode one TLV at ``offset``; return it and the offset after it."""
    end = len(data)
    if offset >= end:
        raise CardUnreadable("TLV: no data")
    first = data[offset]
    tag = first
    pos = offset + 1
    if first & 0x1F == 0x1F:
        # Multi-byte tag: subsequent bytes while bit 8 is set.
        while True:
            if pos >= end:
                raise CardUnreadable("TLV: truncated tag")
            if pos - offset > 3:
                raise CardUnreadable("TLV: tag longer than 4 bytes")
            byte = data[pos]
            tag = (tag << 8) | byte
            pos += 1
            if not byte & 0x80:
                break
    length, pos = _read_length(data, pos)
    if pos + length > end:
        raise CardUnreadable(f"TLV: value of tag {tag:X} truncated")
    return Tlv(tag, bytes(data[pos : pos + length])), pos + length


def parse_tlvs(data: bytes) -> list[Tlv]:
    """Decode a sequence of TLVs filling ``data`` exactly."""
    out: list[Tlv] = []
    offset = 0
    while offset < len(data):
        tlv, offset = read_tlv(data, offset)
        out.append(tlv)
    return out


def tlv_header_length(data: bytes) -> int:
    """Total size (tag + length + value) of the TLV starting ``data``, from its header only."""
    if len(data) < 2:
        raise CardUnreadable("TLV: header truncated")
    pos = 1
    if data[0] & 0x1F == 0x1F:
        while pos < len(data) and data[pos] & 0x80:
            pos += 1
        pos += 1
    if pos >= len(data):
        raise CardUnreadable("TLV: header truncated")
    length, pos = _read_length(data, pos)
    return pos + length
