"""The layout engine's drawing half: a ``Document`` as the 1-bit image the paper shows.

Used for PNG previews and for raster printing (``GS v 0``), so a preview
looks like the paper. Rows come from ``layout.py``; text is drawn on the
printer's character grid (12x24 dots per half-width cell, Hangul 24x24,
times the scale) with a Hangul font, each glyph centred in its cell and
squeezed when it is wider, which is how a printer's fixed-pitch font looks.
A row is as tall as its ink needs: the usual cell and line gap, taller by
just what a stacked Vietnamese accent (Ễ, Ấ) rises above the cell or a tail
(g, ỵ) hangs below the row, so no letter is cut and none reaches into the
next row. Korean and English never need more, so their rows keep their height.

The Hangul font (NanumGothic) lacks most Vietnamese letters and the
simplified Chinese characters, so a ticket printed in Vietnamese or Chinese
would show boxes: each run of text is drawn in the first font of a chain
(Hangul font, Noto Sans CJK SC, DejaVu Sans) that has every one of its
characters, and only a run no single font covers mixes fonts per character.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
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
    align_offset,
    layout,
    paper_dots,
    row_height,
)
from kiosk.config import PrinterProfile
from kiosk.printing import textwidth
from kiosk.printing.document import Document

#: Debian ``fonts-nanum`` locations, tried before asking fontconfig.
_DEBIAN_FONTS = {
    False: Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
    True: Path("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"),
}
#: Mask values at or above this become ink (a little below half keeps thin strokes).
_INK_THRESHOLD = 100
#: Font size and baseline (from the top of the cell) in dots at scale 1, so
#: Hangul fills its 24x24 cell the way a printer's own font does.
_FONT_PX = 22
_BASELINE = 19.5


class FontNotFoundError(RuntimeError):
    """No font with Hangul glyphs on this machine."""


def _ink(font: ImageFont.FreeTypeFont, text: str) -> bytes:
    """The pixels ``font`` draws for ``text`` (to compare glyphs with each other)."""
    canvas = Image.new("L", (64, 40), 0)
    ImageDraw.Draw(canvas).text((8, 30), text, font=font, fill=255, anchor="ls")
    return canvas.tobytes()


#: A private-use code point no font has: what it draws is the font's .notdef box.
_NO_SUCH_CHAR = "\U000f0000"


def _covers_hangul(face: FontFace) -> bool:
    try:
        font = ImageFont.truetype(str(face.path), 24, index=face.index)
    except OSError:
        return False
    return _ink(font, "한") not in (_ink(font, _NO_SUCH_CHAR), bytes(64 * 40))


@dataclass(frozen=True)
class FontFace:
    """One face of a font file (``index`` selects it inside a .ttc collection)."""

    path: Path
    index: int = 0


def _fc_lookup(pattern: str) -> tuple[list[str], FontFace] | None:
    """fontconfig's best font for ``pattern``: its family names and its face."""
    fc_match = shutil.which("fc-match")
    if not fc_match:
        return None
    try:
        found = subprocess.run(
            [fc_match, "-f", "%{family}\n%{file}\n%{index}", pattern],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return None
    if len(found) != 3 or not found[1]:
        return None
    try:
        return found[0].split(","), FontFace(Path(found[1]), int(found[2] or 0))
    except ValueError:
        return None


@lru_cache(maxsize=2)
def find_font(bold: bool = False) -> FontFace:
    """A TrueType face with Hangul: NanumGothic (Debian path), else fontconfig's choice."""
    debian = _DEBIAN_FONTS[bold]
    if debian.is_file():
        return FontFace(debian)
    if not bold and _DEBIAN_FONTS[True].is_file():
        return FontFace(_DEBIAN_FONTS[True])
    # Any font fontconfig offers for Korean will do, as long as it really has
    # Hangul. Keep the face index: in a collection such as Noto Sans CJK the
    # first face is the Japanese one.
    found = _fc_lookup("NanumGothic:lang=ko" + (":weight=bold" if bold else ""))
    if found is not None and _covers_hangul(found[1]):
        return found[1]
    raise FontNotFoundError(
        "no Hangul font found: install fonts-nanum (Debian/Ubuntu: apt install fonts-nanum) "
        "or fonts-noto-cjk"
    )


#: Families tried after the Hangul font, for what it lacks (Vietnamese, simplified Chinese).
FALLBACK_FAMILIES = ("Noto Sans CJK SC", "DejaVu Sans")

log = logging.getLogger(__name__)


def _fc_match(family: str, bold: bool) -> FontFace | None:
    found = _fc_lookup(family + (":weight=bold" if bold else ""))
    # fc-match always answers with its closest font; only the family asked for is wanted.
    if found is None or family not in found[0]:
        return None
    return found[1]


@lru_cache(maxsize=2)
def font_chain(bold: bool = False) -> tuple[FontFace, ...]:
    """The fonts text is drawn with, in the order they are tried: the Hangul font first."""
    faces = [find_font(bold)]
    for family in FALLBACK_FAMILIES:
        face = _fc_match(family, bold)
        if face is not None and face.path.is_file() and face not in faces:
            faces.append(face)
    return tuple(faces)


@lru_cache(maxsize=64)
def _load(face: FontFace, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(face.path), size, index=face.index)


@lru_cache(maxsize=16)
def _notdef(face: FontFace) -> bytes:
    # What the face draws for a character it has no glyph for (its .notdef box).
    return _ink(_load(face, 24), _NO_SUCH_CHAR)


@lru_cache(maxsize=65536)
def _has_glyph(face: FontFace, char: str) -> bool:
    if char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
        return True
    return _ink(_load(face, 24), char) != _notdef(face)


def _covers(face: FontFace, text: str) -> bool:
    return all(_has_glyph(face, char) for char in text)


@lru_cache(maxsize=4096)
def _face_for(text: str, bold: bool) -> FontFace | None:
    """The first face of the chain that has every character of ``text``, if any."""
    return next((face for face in font_chain(bold) if _covers(face, text)), None)


def missing_glyphs(text: str, bold: bool = False) -> list[str]:
    """Clusters of ``text`` that no installed font can draw (they would print as boxes)."""
    return [c for c in textwidth.clusters(text) if _face_for(c, bold) is None]


def _cluster_face(cluster: str, run_face: FontFace | None, bold: bool) -> FontFace:
    face = run_face or _face_for(cluster, bold)
    if face is None:
        log.warning("no installed font has a glyph for U+%04X", ord(cluster[0]))
        return font_chain(bold)[0]
    return face


def _printed_box(mask: Image.Image) -> tuple[int, int, int, int] | None:
    """The box around the dots of a glyph's ``L`` mask that print, if any.

    A row pastes each mask with itself as alpha and then thresholds, so
    faint edge pixels come out as paper.
    """
    printed = Image.new("L", mask.size, 0)
    printed.paste(mask, (0, 0), mask)
    return printed.point(lambda v: 255 if v >= _INK_THRESHOLD else 0).getbbox()


#: Blank dots kept between a row's ink and its top and bottom edges, so
#: letters of neighbouring rows never touch.
_EDGE = 1


@dataclass(frozen=True)
class _Glyph:
    """One cluster's ink (an ``L`` mask, 255 = ink) as wide as its cell(s).

    ``top`` is where the mask starts, in dots below the top of the cell
    (negative: the ink rises above the cell).
    """

    mask: Image.Image
    top: int


@lru_cache(maxsize=8192)
def _glyph(cluster: str, scale: int, face: FontFace) -> _Glyph | None:
    """The whole ink of one cluster in its cell(s); ``None`` when it draws nothing."""
    cols = max(textwidth.display_width(cluster), 1)
    cell_w, cell_h = cols * CELL_W * scale, CELL_H * scale
    font = _load(face, round(_FONT_PX * scale))
    baseline = round(_BASELINE * scale)
    # A cell of room on every side: stacked accents rise above the cell and
    # tails hang below it, and all of that ink is kept.
    canvas = Image.new("L", (cell_w * 3, cell_h * 3), 0)
    draw = ImageDraw.Draw(canvas)
    draw.text((cell_w, cell_h + baseline), cluster, font=font, fill=255, anchor="ls")
    bbox = canvas.getbbox()
    if bbox is None:
        return None
    ink = canvas.crop(bbox)
    room = cell_w - max(1, scale)  # leave a dot between neighbours
    if ink.width > room:
        ink = ink.resize((room, ink.height), Image.Resampling.LANCZOS)
    mask = Image.new("L", (cell_w, ink.height), 0)
    mask.paste(ink, ((cell_w - ink.width) // 2, 0))
    # Room is made only for the dots that print; faint edge pixels stay paper.
    rows = _printed_box(mask)
    if rows is None:
        return None
    return _Glyph(mask.crop((0, rows[1], cell_w, rows[3])), bbox[1] + rows[1] - cell_h)


def _text_row(row: TextRow, paper: int) -> Image.Image:
    width = row.width_cols * CELL_W * row.scale
    x = max(align_offset(row.align, paper, width), 0)
    placed: list[tuple[_Glyph, int]] = []
    for span in row.spans:
        # One font for the whole run where one covers it, so a line does not mix styles.
        run_face = _face_for(span.text, span.bold)
        for cluster in textwidth.clusters(span.text):
            cols = textwidth.display_width(cluster)
            if not cluster.isspace() and cols > 0:
                face = _cluster_face(cluster, run_face, span.bold)
                glyph = _glyph(cluster, row.scale, face)
                if glyph is not None:
                    placed.append((glyph, x))
            x += cols * CELL_W * row.scale
    above = max([0] + [_EDGE - g.top for g, _ in placed])
    below = max([row_height(row.scale)] + [g.top + g.mask.height + _EDGE for g, _ in placed])
    mask = Image.new("L", (paper, above + below), 0)
    for glyph, gx in placed:
        mask.paste(glyph.mask, (gx, above + glyph.top), glyph.mask)
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
    "FALLBACK_FAMILIES",
    "FontFace",
    "FontNotFoundError",
    "find_font",
    "font_chain",
    "missing_glyphs",
    "qr_matrix",
    "render_image",
    "render_png",
    "render_row",
    "render_rows",
]
