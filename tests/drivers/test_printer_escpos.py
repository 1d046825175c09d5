"""The ESC/POS encoder, checked through the decoder: what would the paper show?"""

from __future__ import annotations

import pytest
from PIL import ImageChops
from pyzbar import pyzbar

from drivers.printer import escpos
from drivers.printer.layout import TextRow, layout, paper_dots
from drivers.printer.render import render_row
from kiosk.config import PrinterProfile
from kiosk.printing import textwidth
from kiosk.printing.document import Align, Cut, Document, Table, TextLine
from tests.support import escpos_samples as samples
from tests.support.escpos_decoder import CutItem, DecodeError, QrItem, RasterItem, decode


def _profile(**kw: object) -> PrinterProfile:
    return PrinterProfile.model_validate(kw)


@pytest.mark.parametrize("width", [80, 58])
def test_native_ticket_prints_hangul_as_cp949_text(width: int) -> None:
    profile = _profile(paper_width_mm=width)
    data = escpos.encode(samples.ticket(), profile)
    assert b"?" not in data.replace(samples.QR_PAYLOAD.encode(), b"")
    paper = decode(data)
    assert paper.inits == 1 and paper.unterminated == ""
    joined = " ".join(paper.texts)
    assert samples.SERVICE in joined
    code = [line for line in paper.lines if line.text == samples.CODE]
    assert len(code) == 1 and code[0].align == "center" and code[0].bold
    assert code[0].width_scale >= 4
    assert not paper.rasters  # everything is printable with the printer's fonts
    assert [q.payload for q in paper.qrs] == [samples.QR_PAYLOAD]
    assert paper.qrs[0].error_correction == "M" and paper.qrs[0].model == 2
    assert [c.mode for c in paper.cuts] == ["partial"]


@pytest.mark.parametrize("width", [80, 58])
@pytest.mark.parametrize("make", [samples.ticket, samples.certificate])
def test_no_line_is_wider_than_the_paper(width: int, make) -> None:  # type: ignore[no-untyped-def]
    profile = _profile(paper_width_mm=width)
    paper = decode(escpos.encode(make(), profile))
    for line in paper.lines:
        assert line.columns * line.width_scale <= paper_dots(profile) // 12, line.text
        assert line.width_dots <= paper_dots(profile)


def test_decoded_lines_match_the_layout_rows() -> None:
    profile = _profile(paper_width_mm=80)
    rows = [r for r in layout(samples.certificate(), profile) if isinstance(r, TextRow)]
    paper = decode(escpos.encode(samples.certificate(), profile))
    assert paper.texts == [r.text for r in rows]


def test_table_columns_align_on_paper() -> None:
    profile = _profile(paper_width_mm=80)
    doc = Document(
        "t",
        (
            Table(
                ("이름", "Name", "금액"),
                (("홍길동", "Hong", "1,000"), ("김", "Kim Minsu", "25,000")),
                aligns=(Align.LEFT, Align.LEFT, Align.RIGHT),
            ),
        ),
    )
    paper = decode(escpos.encode(doc, profile))
    lines = [line.text for line in paper.lines if set(line.text) != {"-"}]
    assert all(textwidth.display_width(t) == 48 for t in lines)
    # The second column starts at the same display column in every row.
    starts = []
    for text in lines:
        second = text.split()[1]
        starts.append(textwidth.display_width(text[: text.index(second)]))
    assert len(set(starts)) == 1
    assert paper.lines[0].bold and not paper.lines[2].bold


@pytest.mark.parametrize("width", [80, 58])
def test_raster_mode_sends_rendered_rows(width: int) -> None:
    profile = _profile(paper_width_mm=width, korean_mode="raster")
    data = escpos.encode(samples.ticket(), profile)
    paper = decode(data)
    assert paper.lines == []  # no text: every line is an image
    rows = [r for r in layout(samples.ticket(), profile) if isinstance(r, TextRow)]
    rasters = paper.rasters
    assert len(rasters) == len(rows)
    for img, row in zip(rasters, rows, strict=True):
        assert img.width == paper_dots(profile)
        expected = render_row(row, profile)
        assert ImageChops.difference(img.convert("L"), expected.convert("L")).getbbox() is None
        if row.text.strip():
            assert img.convert("L").getextrema()[0] == 0  # some ink
    # The display code row carries ink across most of the paper.
    code_row = next(i for i, r in enumerate(rows) if r.text == samples.CODE)
    bbox = ImageChops.invert(rasters[code_row].convert("L")).getbbox()
    assert bbox is not None and bbox[2] - bbox[0] > paper_dots(profile) // 2


def test_image_qr_mode_decodes_with_a_scanner() -> None:
    profile = _profile(qr_mode="image")
    paper = decode(escpos.encode(samples.ticket(), profile))
    assert paper.qrs == []
    decoded = [d.data.decode() for img in paper.rasters for d in pyzbar.decode(img.convert("L"))]
    assert decoded == [samples.QR_PAYLOAD]


def test_a_line_cp949_cannot_encode_falls_back_to_raster() -> None:
    profile = _profile()
    doc = Document("t", (TextLine("안녕하세요"), TextLine("Xin chào 你们好 €"), TextLine("ok")))
    data = escpos.encode(doc, profile)
    paper = decode(data)
    # No "?" stands in for a letter: the line CP949 cannot hold is an image.
    assert paper.texts == ["안녕하세요", "ok"]
    kinds = [type(i).__name__ for i in paper.items]
    assert kinds == ["TextItem", "RasterItem", "TextItem"]
    raster = paper.items[1]
    assert isinstance(raster, RasterItem)
    assert raster.image.width == 576 and raster.image.convert("L").getextrema()[0] == 0


def test_a_vietnamese_d_is_printed_within_its_word() -> None:
    # CP949 has "đ", but the printer's font draws it 24 dots wide: sent as
    # text, "đi" came out "đ i". The row goes as an image, at letter width.
    doc = Document("t", (TextLine("đi đi, đi đa"),))
    paper = decode(escpos.encode(doc, _profile()))
    assert paper.texts == []
    assert [type(i).__name__ for i in paper.items] == ["RasterItem"]


@pytest.mark.parametrize(
    ("mode", "expected"), [("full", ["full"]), ("partial", ["partial"]), ("none", [])]
)
def test_cut_modes(mode: str, expected: list[str]) -> None:
    paper = decode(escpos.encode(Document("t", (TextLine("x"), Cut())), _profile(cut=mode)))
    assert [c.mode for c in paper.items if isinstance(c, CutItem)] == expected


def test_density_is_optional() -> None:
    assert decode(escpos.encode(Document("t"), _profile())).density is None
    assert decode(escpos.encode(Document("t"), _profile(density=6))).density == 6


def test_bold_and_scale_commands() -> None:
    doc = Document(
        "t", (TextLine("큰 글씨", scale=3, bold=True, align=Align.RIGHT), TextLine("small"))
    )
    paper = decode(escpos.encode(doc, _profile()))
    big, small = paper.lines
    assert (big.text, big.bold, big.width_scale, big.height_scale, big.align) == (
        "큰 글씨",
        True,
        3,
        3,
        "right",
    )
    assert (small.bold, small.width_scale, small.align) == (False, 1, "left")


def test_decoder_rejects_unknown_commands_with_offset() -> None:
    with pytest.raises(DecodeError, match="byte offset 3"):
        decode(b"abc\x1bZ")


def test_native_qr_command_round_trips() -> None:
    paper = decode(escpos.native_qr("HELLO 안녕", 5))
    assert paper.items == [QrItem("HELLO 안녕", 5, 2, "M")]
