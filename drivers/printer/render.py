"""The layout engine's drawing half: a ``Document`` as the 1-bit image the paper shows.

Used for PNG previews and for raster printing (``GS v 0``), so a preview
looks like the paper. Rows come from ``layout.py``; text is drawn on the
printer's character grid (12x24 dots per half-width cell, Hangul 24x24,
times the scale) with a Hangul font, each glyph centred in its cell and
squeezed when it is wider, which is how a printer's fixed-pitch font looks.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import qrcode
import qrcode.constants
import qrcode.util
from PIL import Image, ImageDraw, ImageFont

from drivers.printer.layout import (
    CELL_H,
    CELL_W,
    CUT_FEED_DOTS,
    QR_QUIET,
    CutRow,
    ImageRow,
    QrRow,
    Row,
    TextRow,
    layout,
    paper_dots,
    row_height,
)
from kiosk import textwidth
from kiosk.config import PrinterProfile
from kiosk.document import Align, Document

#: Debian ``fonts-nanum`` locations, tried before asking fontconfig.
_DEBIAN_FONTS = {
    False: Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
    True: Path("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"),
}
#: Mask values at or above this become ink (a little below half keeps thin strokes).
_INK_THRESHOLD = 100


class FontNotFoundError(RuntimeError):
    """No font with Hangul glyphs on this machine."""


def _covers_hangul(path: Path) -> bool:
    try:
        font = ImageFont.truetype(str(path), 24)
    except OSError:
        return False
    bbox = font.getbbox("한")
    # Fonts without the glyph draw a .notdef box; compare with a surely missing code point.
    return (
        bbox[2] > bbox[0] and font.getmask("한").tobytes() != font.getmask("\U000f0000").tobytes()
    )


@lru_cache(maxsize=2)
def find_font(bold: bool = False) -> Path:
    """A TrueType font with Hangul: NanumGothic (Debian path), else fontconfig's choice."""
    debian = _DEBIAN_FONTS[bold]
    if debian.is_file():
        return debian
    if not bold and _DEBIAN_FONTS[True].is_file():
        return _DEBIAN_FONTS[True]
    fc_match = shutil.which("fc-match")
    if fc_match:
        pattern = "NanumGothic:lang=ko" + (":weight=bold" if bold else "")
        try:
            found = subprocess.run(
                [fc_match, "-f", "%{file}", pattern],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            found = ""
        if found and _covers_hangul(Path(found)):
            return Path(found)
    raise FontNotFoundError(
        "no Hangul font found: install fonts-nanum (Debian/Ubuntu: apt install fonts-nanum) "
        "or fonts-noto-cjk"
    )


@lru_cache(maxsize=16)
def _font(scale: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(find_font(bold)), round(22 * scale))


@lru_cache(maxsize=8192)
def _glyph(cluster: str, scale: int, bold: bool) -> Image.Image:
    """An ``L`` mask (255 = ink) of one cluster in its cell(s)."""
    cols = max(textwidth.display_width(cluster), 1)
    cell_w, cell_h = cols * CELL_W * scale, CELL_H * scale
    font = _font(scale, bold)
    baseline = round(19.5 * scale)
    canvas = Image.new("L", (cell_w * 3, cell_h), 0)
    ImageDraw.Draw(canvas).text((cell_w, baseline), cluster, font=font, fill=255, anchor="ls")
    cell = Image.new("L", (cell_w, cell_h), 0)
    bbox = canvas.getbbox()
    if bbox is None:
        return cell
    ink = canvas.crop((bbox[0], 0, bbox[2], cell_h))
    room = cell_w - max(1, scale)  # leave a dot between neighbours
    if ink.width > room:
        ink = ink.resize((room, cell_h), Image.Resampling.LANCZOS)
    cell.paste(ink, ((cell_w - ink.width) // 2, 0))
    return cell


def _text_row(row: TextRow, paper: int) -> Image.Image:
    height = row_height(row.scale)
    mask = Image.new("L", (paper, height), 0)
    width = row.width_cols * CELL_W * row.scale
    if row.align is Align.CENTER:
        x = (paper - width) // 2
    elif row.align is Align.RIGHT:
        x = paper - width
    else:
        x = 0
    x = max(x, 0)
    for span in row.spans:
        for cluster in textwidth.clusters(span.text):
            cols = textwidth.display_width(cluster)
            if not cluster.isspace() and cols > 0:
                glyph = _glyph(cluster, row.scale, span.bold)
                mask.paste(glyph, (x, 0), glyph)
            x += cols * CELL_W * row.scale
    return mask.point(lambda v: 0 if v >= _INK_THRESHOLD else 255, mode="1")


@lru_cache(maxsize=32)
def qr_matrix(payload: str, version: int) -> tuple[tuple[bool, ...], ...]:
    """The QR modules (with quiet zone) for ``payload`` at ``version``, EC level M."""
    qr = qrcode.QRCode(
        version=version, error_correction=qrcode.constants.ERROR_CORRECT_M, border=QR_QUIET
    )
    qr.add_data(qrcode.util.QRData(payload.encode("utf-8"), mode=qrcode.util.MODE_8BIT_BYTE))
    qr.make(fit=False)
    return tuple(tuple(bool(m) for m in line) for line in qr.get_matrix())


def _qr_row(row: QrRow, paper: int) -> Image.Image:
    matrix = qr_matrix(row.payload, row.version)
    n = len(matrix)
    small = Image.new("1", (n, n), 1)
    small.putdata([0 if dark else 1 for line in matrix for dark in line])
    symbol = small.resize((n * row.module, n * row.module), Image.Resampling.NEAREST)
    strip = Image.new("1", (paper, symbol.height), 1)
    strip.paste(symbol, ((paper - symbol.width) // 2, 0))
    return strip


def _cut_row(row: CutRow, paper: int) -> Image.Image:
    strip = Image.new("1", (paper, CUT_FEED_DOTS), 1)
    if row.mode != "none":
        draw = ImageDraw.Draw(strip)
        y = CUT_FEED_DOTS // 2
        for x in range(0, paper, 16):
            draw.line((x, y, min(x + 8, paper - 1), y), fill=0, width=2)
    return strip


def render_row(row: Row, profile: PrinterProfile) -> Image.Image:
    """One layout row as a 1-bit image exactly as wide as the paper (what raster mode sends)."""
    paper = paper_dots(profile)
    if isinstance(row, TextRow):
        return _text_row(row, paper)
    if isinstance(row, QrRow):
        return _qr_row(row, paper)
    if isinstance(row, ImageRow):
        return row.image
    return _cut_row(row, paper)


def render_rows(rows: list[Row], profile: PrinterProfile) -> Image.Image:
    paper = paper_dots(profile)
    parts = [render_row(r, profile) for r in rows]
    out = Image.new("1", (paper, max(1, sum(p.height for p in parts))), 1)
    y = 0
    for part in parts:
        out.paste(part, (0, y))
        y += part.height
    return out


def render_image(document: Document, profile: PrinterProfile) -> Image.Image:
    """The whole document as a 1-bit image, paper width (384 or 576 dots) wide."""
    return render_rows(layout(document, profile), profile)


def render_png(document: Document, profile: PrinterProfile) -> bytes:
    """The preview PNG of ``document`` (1 dot = 1 pixel, 203 dpi)."""
    buf = io.BytesIO()
    render_image(document, profile).save(buf, format="PNG", dpi=(203, 203), optimize=True)
    return buf.getvalue()


__all__ = [
    "CELL_H",
    "FontNotFoundError",
    "find_font",
    "qr_matrix",
    "render_image",
    "render_png",
    "render_row",
    "render_rows",
]
