"""Every letter prints whole: stacked accents and tails are not cut off at the row's edges.

A Vietnamese name such as NGUYỄN THỊ ẤN has accents that rise above the
24-dot cell (the tilde of Ễ, the acute of Ấ) and letters whose tails hang
below it (g, y, p, q, the dot of Ị). Each glyph's ink in a printed row is
compared with the same glyph drawn on a canvas with plenty of room.
"""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from drivers.printer import escpos, render
from drivers.printer.layout import CELL_W, Span, TextRow, row_height
from drivers.printer.render import FontFace, font_chain, render_image, render_row
from kiosk.config import PrinterProfile
from kiosk.printing import textwidth
from kiosk.printing.document import Document, TextLine
from tests.support.escpos_decoder import decode

SAMPLE = "NGUYỄN THỊ ẤN gypq 한글 漢字"
PROFILE = PrinterProfile(paper_width_mm=80)
FACES = sorted(
    {(face, bold) for bold in (False, True) for face in font_chain(bold)},
    key=lambda fb: (fb[0].path.name, fb[0].index, fb[1]),
)


def _face_id(face_bold: tuple[FontFace, bool]) -> str:
    face, bold = face_bold
    return f"{face.path.stem}-{face.index}" + ("-bold" if bold else "")


def _ink_rows(image: Image.Image) -> list[int]:
    """The dot rows of a 1-bit image with any ink (black) in them."""
    return [
        y
        for y in range(image.height)
        if image.crop((0, y, image.width, y + 1)).getextrema()[0] == 0
    ]


def _ink_height_with_room(cluster: str, face: FontFace, scale: int) -> int:
    """How many dot rows of ink ``cluster`` has when nothing can cut it."""
    size = round(render._FONT_PX * scale)
    font = render._load(face, size)
    canvas = Image.new("L", (size * 6, size * 6), 0)
    ImageDraw.Draw(canvas).text((size, size * 3), cluster, font=font, fill=255, anchor="ls")
    bbox = render._printed_box(canvas)
    assert bbox is not None, cluster
    return bbox[3] - bbox[1]


@pytest.mark.parametrize("scale", [1, 2, 3, 4])
@pytest.mark.parametrize("face_bold", FACES, ids=_face_id)
def test_every_glyph_of_a_vietnamese_name_prints_whole_in_its_row(
    face_bold: tuple[FontFace, bool], scale: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    face, bold = face_bold
    monkeypatch.setattr(render, "_face_for", lambda _text, _bold: face)
    # The words of the sample this font has letters for (the Hangul font has
    # no Ễ, DejaVu no 한), one row each so that even scale 4 fits the paper.
    words = [w for w in SAMPLE.split() if render._covers(face, w)]
    assert words
    for word in words:
        image = render_row(TextRow((Span(word, bold=bold),), scale=scale), PROFILE)
        inked = _ink_rows(image)
        # Nothing touches the top or the bottom edge: no ink was cut there and
        # none would meet the rows above and below.
        assert inked[0] > 0 and inked[-1] < image.height - 1, word
        assert image.height >= row_height(scale)
        x = 0
        for cluster in textwidth.clusters(word):
            width = textwidth.display_width(cluster) * CELL_W * scale
            rows = _ink_rows(image.crop((x, 0, x + width, image.height)))
            assert rows[-1] - rows[0] + 1 == _ink_height_with_room(cluster, face, scale), cluster
            x += width


@pytest.mark.parametrize("scale", [1, 2, 3, 4])
@pytest.mark.parametrize("bold", [False, True])
def test_korean_and_english_rows_keep_their_height(bold: bool, scale: int) -> None:
    row = TextRow((Span("한글 English gypq 漢字", bold=bold),), scale=scale)
    assert render_row(row, PROFILE).height == row_height(scale)


@pytest.mark.parametrize("mode", ["native", "raster"])
def test_the_printer_gets_the_taller_vietnamese_rows_the_preview_shows(mode: str) -> None:
    profile = PrinterProfile(paper_width_mm=80, korean_mode=mode)
    document = Document("t", (TextLine("NGUYỄN THỊ ẤN"), TextLine("NGUYỄN THỊ ẤN", scale=2)))
    paper = decode(escpos.encode(document, profile))
    preview = render_image(document, profile)
    # Each Vietnamese row goes as an image, even in native mode, and the
    # images stacked are the preview dot for dot.
    assert len(paper.rasters) == 2
    heights = [raster.height for raster in paper.rasters]
    assert heights[0] > row_height(1) and heights[1] > row_height(2)
    stacked = Image.new("1", preview.size, 1)
    y = 0
    for raster in paper.rasters:
        stacked.paste(raster.crop((0, 0, preview.width, raster.height)), (0, y))
        y += raster.height
    assert y == preview.height
    assert stacked.tobytes() == preview.tobytes()
