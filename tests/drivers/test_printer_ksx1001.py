"""Names with Hangul syllables the printer's KS X 1001 font lacks print as an image.

CP949 encodes all 11,172 syllables, but the printer's own Korean font holds
only the 2,350 of KS X 1001 (EUC-KR): sent as text, 똠 or 햏 come out as
other glyphs. The decoded paper shows what the resident would get.
"""

from __future__ import annotations

from PIL import ImageChops

from drivers.printer import escpos
from drivers.printer.layout import layout
from drivers.printer.render import render_row
from kiosk.config import PrinterProfile
from kiosk.printing.document import Document, TextLine
from tests.support.escpos_decoder import RasterItem, decode


def test_a_name_outside_ks_x_1001_is_printed_as_an_image() -> None:
    profile = PrinterProfile()
    doc = Document("t", (TextLine("김민지"), TextLine("이똠순"), TextLine("햏뷁믜")))
    paper = decode(escpos.encode(doc, profile))
    # 김민지 is in the printer's font; the other two rows are pictures of themselves.
    assert paper.texts == ["김민지"]
    assert [type(i).__name__ for i in paper.items] == ["TextItem", "RasterItem", "RasterItem"]
    rows = [row for row in layout(doc, profile) if getattr(row, "text", "") in ("이똠순", "햏뷁믜")]
    for item, row in zip(paper.items[1:], rows, strict=True):
        assert isinstance(item, RasterItem)
        expected = render_row(row, profile).convert("1")
        assert ImageChops.difference(item.image.convert("1"), expected).getbbox() is None


def test_only_ks_x_1001_syllables_count_as_printable_text() -> None:
    assert escpos.native_text_ok("김민지 A-001 주민등록표 등본")
    for syllable in "똠햏뷁믜":
        assert not escpos.native_text_ok(f"이{syllable}순")
