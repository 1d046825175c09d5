"""ESC/POS encoder: a ``Document`` as the bytes a Korean receipt printer prints.

Layout (wrapping, column alignment, sizes) comes from ``layout.py``, the same
rows ``render.py`` draws, so the paper matches the preview. This module only
chooses commands:

* text, ``korean_mode="native"``: ``ESC a`` alignment, ``ESC E`` bold,
  ``GS !`` size, ASCII as is, double-byte characters inside Kanji mode
  (``FS &`` ... ``FS .``) as CP949 bytes, ``LF`` per row. A row with any
  character the printer font cannot show (not ASCII, not a CP949
  double-byte character) is sent as a raster image of that row instead:
  the resident never sees a ``?``.
* text, ``korean_mode="raster"``: every text row as a ``GS v 0`` image.
* QR, ``qr_mode="native"``: ``GS ( k`` (model 2, module size, error
  correction M, store, print); ``"image"``: the rendered symbol as ``GS v 0``.
* cut: ``GS V`` (full or partial, after feeding past the cutter).
* density: ``GS ( K`` function 49 (select print density), only when the
  profile sets one.

Printers differ in what they support; everything optional stays optional.
"""

from __future__ import annotations

from PIL import Image

from drivers.printer.layout import (
    CUT_FEED_DOTS,
    LINE_SPACING,
    QR_QUIET,
    CutRow,
    ImageRow,
    QrRow,
    Row,
    TextRow,
    layout,
)
from drivers.printer.render import render_row
from kiosk.config import PrinterProfile
from kiosk.printing import textwidth
from kiosk.printing.document import Align, Document

ESC = b"\x1b"
GS = b"\x1d"
FS = b"\x1c"
DLE = b"\x10"
LF = b"\n"

INIT = ESC + b"@"
KANJI_ON = FS + b"&"
KANJI_OFF = FS + b"."
_ALIGN_CODE = {Align.LEFT: 0, Align.CENTER: 1, Align.RIGHT: 2}


def status_request(n: int) -> bytes:
    """``DLE EOT n``: real-time status (1 printer, 2 offline cause, 3 error, 4 paper)."""
    return DLE + b"\x04" + bytes([n])


#: ``GS r 1``: the paper sensor status. Unlike ``DLE EOT`` it waits its turn
#: in the print buffer, so its answer comes once everything before it has printed.
PRINTED_REQUEST = GS + b"r\x01"


def _printable_natively(ch: str) -> bool:
    if 0x20 <= ord(ch) < 0x7F:
        return True
    if ord(ch) < 0x80 or textwidth.char_width(ch) != 2:
        return False
    try:
        encoded = ch.encode("cp949")
    except UnicodeEncodeError:
        return False
    # The printer's Korean font is KS X 1001 (EUC-KR): both bytes 0xA1-0xFE.
    # CP949 also encodes the 8,822 syllables KS X 1001 lacks (똠, 햏, 뷁, 믜)
    # with lower bytes; the printer prints those as other glyphs, so the row
    # has to go as an image.
    return len(encoded) == 2 and all(0xA1 <= byte <= 0xFE for byte in encoded)


def native_text_ok(text: str) -> bool:
    """Whether the printer's own fonts (ASCII + KS X 1001 double-byte) can print ``text``."""
    return all(_printable_natively(ch) for ch in text)


def encode_text(text: str) -> bytes:
    """ASCII as is, runs of double-byte characters wrapped in Kanji mode."""
    out = bytearray()
    i = 0
    while i < len(text):
        j = i
        wide = ord(text[i]) >= 0x80
        while j < len(text) and (ord(text[j]) >= 0x80) == wide:
            j += 1
        run = text[i:j]
        if wide:
            out += KANJI_ON + run.encode("cp949") + KANJI_OFF
        else:
            out += run.encode("ascii")
        i = j
    return bytes(out)


def raster(image: Image.Image) -> bytes:
    """``GS v 0`` (normal density) for a 1-bit image; width padded to whole bytes."""
    bw = image.convert("1")
    width_bytes = (bw.width + 7) // 8
    if bw.width != width_bytes * 8:
        padded = Image.new("1", (width_bytes * 8, bw.height), 1)
        padded.paste(bw, (0, 0))
        bw = padded
    # PIL packs mode "1" rows MSB first with 1 = white; ESC/POS wants 1 = black.
    data = bytes(b ^ 0xFF for b in bw.tobytes())
    header = GS + b"v0\x00" + width_bytes.to_bytes(2, "little") + bw.height.to_bytes(2, "little")
    return header + data


def _qr_function(fn: int, params: bytes) -> bytes:
    body = b"\x31" + bytes([fn]) + params
    return GS + b"(k" + len(body).to_bytes(2, "little") + body


def native_qr(payload: str, module: int) -> bytes:
    """``GS ( k``: model 2, module size, error correction M, store the data, print."""
    data = payload.encode("utf-8")
    return (
        _qr_function(65, b"\x32\x00")  # model 2
        + _qr_function(67, bytes([module]))
        + _qr_function(69, b"\x31")  # error correction M (15 %)
        + _qr_function(80, b"\x30" + data)
        + _qr_function(81, b"\x30")
    )


def density_command(density: int) -> bytes:
    """``GS ( K`` fn 49: print density; profile 0-8 maps to -4..+4 around the default."""
    step = (density - 4) & 0xFF
    return GS + b"(K\x02\x001" + bytes([step])


class _Encoder:
    """Emits rows, sending mode commands only when the mode changes."""

    def __init__(self, profile: PrinterProfile) -> None:
        self.profile = profile
        self.out = bytearray()
        self.align: Align | None = None
        self.scale: int | None = None
        self.bold: bool | None = None

    def set_align(self, align: Align) -> None:
        if align is not self.align:
            self.out += ESC + b"a" + bytes([_ALIGN_CODE[align]])
            self.align = align

    def set_scale(self, scale: int) -> None:
        if scale != self.scale:
            n = scale - 1
            self.out += GS + b"!" + bytes([(n << 4) | n])
            self.scale = scale

    def set_bold(self, bold: bool) -> None:
        if bold != self.bold:
            self.out += ESC + b"E" + (b"\x01" if bold else b"\x00")
            self.bold = bold

    def start(self) -> None:
        self.out += INIT + ESC + b"3" + bytes([LINE_SPACING])
        if self.profile.density is not None:
            self.out += density_command(self.profile.density)
        self.set_align(Align.LEFT)
        self.set_scale(1)
        self.set_bold(False)

    def image(self, image: Image.Image) -> None:
        # Images are already paper wide and placed; alignment must not shift them.
        self.set_align(Align.LEFT)
        self.out += raster(image)

    def text_row(self, row: TextRow) -> None:
        if self.profile.korean_mode == "raster" or not native_text_ok(row.text):
            self.image(render_row(row, self.profile))
            return
        self.set_align(row.align)
        self.set_scale(row.scale)
        for span in row.spans:
            if span.text:
                self.set_bold(span.bold)
                self.out += encode_text(span.text)
        self.out += LF

    def qr_row(self, row: QrRow) -> None:
        if self.profile.qr_mode == "image":
            self.image(render_row(row, self.profile))
            return
        quiet = QR_QUIET * row.module
        self.set_align(Align.CENTER)
        self.out += ESC + b"J" + bytes([quiet])
        self.out += native_qr(row.payload, row.module)
        self.out += ESC + b"J" + bytes([quiet])

    def cut_row(self, row: CutRow) -> None:
        if row.mode == "none":
            self.out += ESC + b"J" + bytes([CUT_FEED_DOTS])
            return
        # GS V 65/66 n: feed to the cutter plus n dots, then cut (full/partial).
        m = 65 if row.mode == "full" else 66
        self.out += GS + b"V" + bytes([m, CUT_FEED_DOTS])

    def row(self, row: Row) -> None:
        if isinstance(row, TextRow):
            self.text_row(row)
        elif isinstance(row, QrRow):
            self.qr_row(row)
        elif isinstance(row, ImageRow):
            self.image(row.image)
        else:
            self.cut_row(row)


def encode_rows(rows: list[Row], profile: PrinterProfile) -> bytes:
    enc = _Encoder(profile)
    enc.start()
    for row in rows:
        enc.row(row)
    return bytes(enc.out)


def encode(document: Document, profile: PrinterProfile) -> bytes:
    """The complete job for ``document``: initialise, rows, cut (if the document has one)."""
    return encode_rows(layout(document, profile), profile)
