"""Turn a ``Document`` into printer rows: the one layout both outputs share.

The image renderer (``render.py``) draws these rows and the ESC/POS encoder
(``escpos.py``) emits them, so line breaks, column alignment and sizes are
decided once, here, and a PNG preview matches the paper.

Geometry follows ESC/POS font A: a normal character cell is 12x24 dots,
East Asian wide characters take two cells (24x24), ``scale`` multiplies
both sides. Paper is 8 dots per millimetre: 58 mm = 384 dots (32 columns),
80 mm = 576 dots (48 columns) of printable width.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import qrcode
import qrcode.constants
import qrcode.util
from PIL import Image as PILImage

from kiosk.config import PrinterProfile
from kiosk.printing import document as d
from kiosk.printing import textwidth

DOTS_PER_MM = 8
CELL_W = 12
CELL_H = 24
#: Line spacing in dots for normal text (sent as ``ESC 3 30``); taller text adds its height.
LINE_GAP = 6
LINE_SPACING = CELL_H + LINE_GAP
#: Largest character scale ``GS !`` offers (used for the display code).
MAX_SCALE = 8
#: Quiet zone around a QR symbol, in modules.
QR_QUIET = 4
#: Paper fed (in dots) before cutting or, without a cutter, before tearing.
CUT_FEED_DOTS = 48


#: Printable width in dots per paper width: the head is narrower than the roll
#: (58 mm paper prints 48 mm, 80 mm paper prints 72 mm).
PRINTABLE_DOTS = {58: 384, 80: 576}


def paper_dots(profile: PrinterProfile) -> int:
    return PRINTABLE_DOTS[profile.paper_width_mm]


def columns(profile: PrinterProfile, scale: int = 1) -> int:
    """How many half-width characters fit on one line at ``scale``."""
    return paper_dots(profile) // (CELL_W * scale)


def align_offset(align: d.Align, paper: int, width: int) -> int:
    """Where a ``width``-dot wide piece starts on ``paper`` dots when aligned ``align``."""
    if align is d.Align.CENTER:
        return (paper - width) // 2
    if align is d.Align.RIGHT:
        return paper - width
    return 0


def row_height(scale: int) -> int:
    return CELL_H * scale + LINE_GAP


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class TextRow:
    """One printed line of text; never wider than the paper at its scale."""

    spans: tuple[Span, ...]
    scale: int = 1
    align: d.Align = d.Align.LEFT

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)

    @property
    def width_cols(self) -> int:
        return textwidth.display_width(self.text)


@dataclass(frozen=True)
class QrRow:
    """A QR symbol, centred, with its quiet zone; ``version`` fixed so both outputs agree."""

    payload: str
    version: int
    module: int

    @property
    def size_dots(self) -> int:
        """Side of the symbol including its quiet zone."""
        return (self.version * 4 + 17 + 2 * QR_QUIET) * self.module


@dataclass(frozen=True, eq=False)
class ImageRow:
    """A 1-bit picture exactly as wide as the paper."""

    image: PILImage.Image


@dataclass(frozen=True)
class CutRow:
    mode: str  # "full", "partial" or "none"


Row = TextRow | QrRow | ImageRow | CutRow


def sanitize(text: str) -> str:
    """NFC text without control characters (they would be printer commands)."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        if ch == "\n":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in "\u2028\u2029":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _text_rows(text: str, scale: int, bold: bool, align: d.Align, cols: int) -> list[TextRow]:
    return [
        TextRow((Span(line, bold),), scale, align)
        for line in textwidth.wrap(sanitize(text), max(cols, 2))
    ]


def blank_row() -> TextRow:
    return TextRow((), 1, d.Align.LEFT)


def display_code_scale(code: str, profile: PrinterProfile) -> int:
    """The largest scale at which ``code`` fits on one line (at least 1)."""
    width = max(textwidth.display_width(code), 1)
    return max(1, min(MAX_SCALE, paper_dots(profile) // (width * CELL_W)))


@lru_cache(maxsize=64)
def qr_version(payload: str) -> int:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(qrcode.util.QRData(payload.encode("utf-8"), mode=qrcode.util.MODE_8BIT_BYTE))
    qr.make(fit=True)
    version = qr.version
    assert isinstance(version, int)
    return version


def qr_row(block: d.QrCode, profile: PrinterProfile) -> QrRow:
    version = qr_version(block.payload)
    modules = version * 4 + 17
    target = min(block.size_mm * DOTS_PER_MM, paper_dots(profile))
    module = max(1, round(target / modules))
    # The quiet zone must fit on the paper as well, and printers stop at 16.
    module = max(1, min(module, 16, paper_dots(profile) // (modules + 2 * QR_QUIET)))
    return QrRow(block.payload, version, module)


def image_row(block: d.Image, profile: PrinterProfile) -> ImageRow:
    """Scale the picture to ``width_mm``, dither it, and place it on a paper-wide strip."""
    paper = paper_dots(profile)
    with PILImage.open(io.BytesIO(block.png)) as src:
        src.load()
        if src.mode in ("RGBA", "LA", "P"):
            rgba = src.convert("RGBA")
            flat = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
            flat.alpha_composite(rgba)
            gray = flat.convert("L")
        else:
            gray = src.convert("L")
    width = max(8, min(paper, round(block.width_mm * DOTS_PER_MM)))
    height = max(1, round(gray.height * width / max(gray.width, 1)))
    scaled = gray.resize((width, height), PILImage.Resampling.LANCZOS)
    bw = scaled.convert("1")  # Floyd-Steinberg dithering
    strip = PILImage.new("1", (paper, height), 1)
    strip.paste(bw, (align_offset(block.align, paper, width), 0))
    return ImageRow(strip)


def _key_value_rows(block: d.KeyValue, cols: int) -> list[TextRow]:
    labels = [sanitize(k) for k, _ in block.rows]
    values = [sanitize(v) for _, v in block.rows]
    widest = max((textwidth.display_width(k) for k in labels), default=0)
    label_w = max(2, min(widest, (cols - 1) // 2))
    value_w = max(2, cols - label_w - 1)
    rows: list[TextRow] = []
    for label, value in zip(labels, values, strict=True):
        label_lines = textwidth.wrap(label, label_w)
        value_lines = textwidth.wrap(value, value_w)
        for i in range(max(len(label_lines), len(value_lines))):
            left = label_lines[i] if i < len(label_lines) else ""
            right = value_lines[i] if i < len(value_lines) else ""
            rows.append(
                TextRow(
                    (
                        Span(textwidth.pad(left, label_w) + " "),
                        Span(textwidth.pad(right, value_w, d.Align.RIGHT), block.bold_values),
                    )
                )
            )
    return rows


def table_widths(weights: tuple[int, ...], n: int, cols: int) -> list[int]:
    """Column widths (in columns) from relative weights; one space between columns."""
    weights = weights or (1,) * n
    avail = max(cols - (n - 1), 2 * n)
    total = sum(max(w, 1) for w in weights)
    exact = [avail * max(w, 1) / total for w in weights]
    widths = [max(2, int(x)) for x in exact]
    # Hand out the remainder to the columns that lost most to rounding.
    order = sorted(range(n), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    i = 0
    while sum(widths) < avail:
        widths[order[i % n]] += 1
        i += 1
    while sum(widths) > avail:
        j = max(range(n), key=lambda k: widths[k])
        widths[j] -= 1
    return widths


def _longest_word(text: str) -> int:
    return max((textwidth.display_width(w) for w in sanitize(text).split()), default=0)


def column_widths(block: d.Table, cols: int) -> list[int]:
    """Widths from the weights, then widened so no header or word must break if others can give.

    Columns short of their longest word (a date, a header such as "번호") take
    columns from the column with the most to spare above its own need.
    """
    n = len(block.headers)
    widths = table_widths(block.weights, n, cols)
    need = [
        max(_longest_word(c) for c in (block.headers[i], *(r[i] for r in block.rows)))
        for i in range(n)
    ]
    for i in range(n):
        while widths[i] < need[i]:
            donor = max(range(n), key=lambda j: widths[j] - max(need[j], 2) if j != i else -1)
            if donor == i or widths[donor] - max(need[donor], 2) <= 0:
                break
            widths[donor] -= 1
            widths[i] += 1
    return widths


def _words_fit(block: d.Table, widths: list[int]) -> bool:
    """Whether every word of every cell (headers aside) fits its column unbroken."""
    return all(
        _longest_word(cell) <= width
        for row in block.rows
        for cell, width in zip(row, widths, strict=True)
    )


def _table_rows(block: d.Table, cols: int) -> list[TextRow]:
    n = len(block.headers)
    widths = column_widths(block, cols)
    if not _words_fit(block, widths):
        # A date, an amount or a masked number broken over two lines is misread
        # on a certificate: on paper too narrow for the columns (a family table
        # on 58 mm), each row is printed as its own header / value list.
        return _stacked_rows(block, cols)
    aligns = block.aligns or (d.Align.LEFT,) * n

    def physical(cells: tuple[str, ...], bold: bool) -> list[TextRow]:
        wrapped = [textwidth.wrap(sanitize(c), w) for c, w in zip(cells, widths, strict=True)]
        out: list[TextRow] = []
        for i in range(max(len(w) for w in wrapped)):
            parts = []
            for col, lines in enumerate(wrapped):
                cell = lines[i] if i < len(lines) else ""
                parts.append(textwidth.pad(cell, widths[col], aligns[col]))
            out.append(TextRow((Span(" ".join(parts), bold),)))
        return out

    header = _header_line(block.headers, widths, aligns)
    rows = physical(block.headers, True) if header is None else [TextRow((Span(header, True),))]
    rows.append(TextRow((Span("-" * cols),)))
    for r in block.rows:
        rows.extend(physical(r, False))
    return rows


def _header_line(
    headers: tuple[str, ...], widths: list[int], aligns: tuple[d.Align, ...]
) -> str | None:
    """The headers on one line, a header wider than its column reaching left into
    the blank the header before it leaves; None when one cannot.

    A header split over two lines reads as two words: on 80 mm paper the family
    table's 성별 has three columns, and its values (남, 여) need two.
    """
    line = ""
    start = 0
    for text, width, align in zip(map(sanitize, headers), widths, aligns, strict=True):
        over = textwidth.display_width(text) - width
        cell = textwidth.pad(text, width, align) if over <= 0 else text
        begin = start - max(over, 0)
        used = textwidth.display_width(line.rstrip())
        if begin < (used + 1 if used else 0):
            return None  # it would touch or cover the header before it
        line = textwidth.pad(line.rstrip(), begin) + cell
        start += width + 1
    return line


def _stacked_rows(block: d.Table, cols: int) -> list[TextRow]:
    """The table's rows one below the other, each as header / value lines, ruled apart."""
    rows: list[TextRow] = []
    for index, record in enumerate(block.rows):
        if index:
            rows.append(TextRow((Span("-" * cols),)))
        rows.extend(
            _key_value_rows(d.KeyValue(tuple(zip(block.headers, record, strict=True))), cols)
        )
    return rows


def layout(document: d.Document, profile: PrinterProfile) -> list[Row]:
    """Every physical row of ``document`` on ``profile``'s paper, top to bottom."""
    cols = columns(profile)
    rows: list[Row] = []

    def walk(blocks: tuple[object, ...]) -> None:
        for b in blocks:
            if isinstance(b, d.TextLine):
                rows.extend(_text_rows(b.text, b.scale, b.bold, b.align, columns(profile, b.scale)))
            elif isinstance(b, d.DisplayCode):
                code = sanitize(b.code).replace("\n", " ")
                scale = display_code_scale(code, profile)
                rows.extend(_text_rows(code, scale, True, d.Align.CENTER, columns(profile, scale)))
            elif isinstance(b, d.QrCode):
                rows.append(qr_row(b, profile))
                if b.caption:
                    rows.extend(_text_rows(b.caption, 1, False, d.Align.CENTER, cols))
            elif isinstance(b, d.Rule):
                rows.append(TextRow((Span(("=" if b.double else "-") * cols),)))
            elif isinstance(b, d.Feed):
                rows.extend(blank_row() for _ in range(max(b.lines, 0)))
            elif isinstance(b, d.KeyValue):
                rows.extend(_key_value_rows(b, cols))
            elif isinstance(b, d.Table):
                rows.extend(_table_rows(b, cols))
            elif isinstance(b, d.Image):
                rows.append(image_row(b, profile))
            elif isinstance(b, d.Section):
                if rows:
                    rows.append(blank_row())
                rows.extend(_text_rows(b.title, 1, True, d.Align.LEFT, cols))
                walk(b.blocks)
            elif isinstance(b, d.Cut):
                rows.append(CutRow(profile.cut))
            else:  # pragma: no cover - the Block union is closed
                raise TypeError(f"unknown document block {type(b).__name__}")

    walk(document.blocks)
    return rows
