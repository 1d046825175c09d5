"""The layout engine: rows, PNG previews and the raster image the paper shows."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageFont
from pyzbar import pyzbar

from drivers.printer import render
from drivers.printer.layout import (
    QrRow,
    TextRow,
    column_widths,
    columns,
    layout,
    paper_dots,
    table_widths,
)
from drivers.printer.render import find_font, missing_glyphs, render_image, render_png, render_row
from kiosk.config import PrinterProfile
from kiosk.printing import textwidth
from kiosk.printing.document import (
    Align,
    DisplayCode,
    Document,
    QrCode,
    Table,
    TextLine,
)
from kiosk.printing.document import (
    Image as ImageBlock,
)
from tests.support import escpos_samples as samples

PROFILES = [PrinterProfile(paper_width_mm=80), PrinterProfile(paper_width_mm=58)]


def _ids(p: PrinterProfile) -> str:
    return f"{p.paper_width_mm}mm"


def test_font_has_hangul() -> None:
    assert find_font().path.name.startswith("Nanum")
    assert find_font(bold=True).path.is_file()


def test_without_nanum_fontconfig_picks_the_korean_face_of_a_collection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Noto Sans CJK is one .ttc file of several faces; its first face is Japanese."""
    monkeypatch.setattr(
        render,
        "_DEBIAN_FONTS",
        {False: Path("/nonexistent/a.ttf"), True: Path("/nonexistent/b.ttf")},
    )
    real_lookup = render._fc_lookup
    # A machine with fonts-noto-cjk but no fonts-nanum answers Noto Sans CJK KR.
    monkeypatch.setattr(
        render,
        "_fc_lookup",
        lambda pattern: real_lookup(pattern.replace("NanumGothic", "Noto Sans CJK KR")),
    )
    render.find_font.cache_clear()
    try:
        face = render.find_font()
    finally:
        render.find_font.cache_clear()
    assert face.path.suffix == ".ttc"
    font = ImageFont.truetype(str(face.path), 24, index=face.index)
    assert font.getname()[0] == "Noto Sans CJK KR"


TRANSLATIONS = Path(__file__).parents[2] / "ui" / "translations"


def _catalogue(language: str) -> list[str]:
    """Every string the kiosk can show or print in ``language`` (sources are English)."""
    if language == "en":
        tree = ET.parse(TRANSLATIONS / "ko.ts")
        return [m.text or "" for m in tree.iter("source")]
    tree = ET.parse(TRANSLATIONS / f"{language}.ts")
    return [t.text or "" for t in tree.iter("translation")]


@pytest.mark.parametrize("language", ["ko", "en", "zh", "vi"])
def test_every_string_in_every_language_has_glyphs_on_paper(language: str) -> None:
    from kiosk.config import default_config

    texts = _catalogue(language)
    config = default_config()
    texts += [config.center.name.get(language)] + [s.names.get(language) for s in config.services]
    texts += [d.names.get(language) for d in config.documents]
    assert len(texts) > 500
    missing = sorted({c for text in texts for c in missing_glyphs(text)})
    assert missing == [], f"would print as boxes: {missing}"


@pytest.mark.parametrize(
    "text", ["Dịch vụ hành chính chung, Người chờ trước", "一般民政业务 前面人数 预计等候"]
)
def test_vietnamese_and_chinese_letters_look_different_on_paper(text: str) -> None:
    # A font without the glyph prints the same box for every missing letter:
    # different letters must come out as different ink.
    profile = PrinterProfile(paper_width_mm=80)
    rows = [r for r in layout(Document("t", (TextLine(text),)), profile) if isinstance(r, TextRow)]
    cells: dict[bytes, str] = {}
    for row in rows:
        image = render_row(row, profile)
        x = 0
        for cluster in textwidth.clusters(row.text):
            width = textwidth.display_width(cluster) * 12
            if not cluster.isspace() and cluster not in ",":
                ink = image.crop((x, 0, x + width, image.height)).tobytes()
                assert cells.setdefault(ink, cluster) == cluster, (cluster, cells[ink])
            x += width
    assert len(set(cells.values())) == len({c for c in text if not c.isspace() and c != ","})


@pytest.mark.parametrize("profile", PROFILES, ids=_ids)
def test_columns_follow_font_a(profile: PrinterProfile) -> None:
    assert columns(profile) == {80: 48, 58: 32}[profile.paper_width_mm]
    assert paper_dots(profile) == {80: 576, 58: 384}[profile.paper_width_mm]


@pytest.mark.parametrize("profile", PROFILES, ids=_ids)
@pytest.mark.parametrize("make", [samples.ticket, samples.certificate])
def test_image_is_paper_wide_and_png_round_trips(profile: PrinterProfile, make) -> None:  # type: ignore[no-untyped-def]
    img = render_image(make(), profile)
    assert img.width == paper_dots(profile)
    assert img.mode == "1"
    png = render_png(make(), profile)
    with Image.open(io.BytesIO(png)) as back:
        assert back.size == img.size


@pytest.mark.parametrize("profile", PROFILES, ids=_ids)
@pytest.mark.parametrize("make", [samples.ticket, samples.certificate])
def test_no_text_row_is_wider_than_the_paper(profile: PrinterProfile, make) -> None:  # type: ignore[no-untyped-def]
    for row in layout(make(), profile):
        if isinstance(row, TextRow):
            assert row.width_cols <= columns(profile, row.scale), row.text
            assert row.width_cols * 12 * row.scale <= paper_dots(profile)


@pytest.mark.parametrize("profile", PROFILES, ids=_ids)
def test_qr_in_preview_decodes(profile: PrinterProfile) -> None:
    img = render_image(samples.ticket(), profile).convert("L")
    found = pyzbar.decode(img)
    assert [f.data.decode() for f in found] == [samples.QR_PAYLOAD]


def test_qr_size_follows_size_mm() -> None:
    profile = PrinterProfile(paper_width_mm=80)
    rows = layout(Document("t", (QrCode(samples.QR_PAYLOAD, size_mm=24),)), profile)
    qr = rows[0]
    assert isinstance(qr, QrRow)
    modules = qr.version * 4 + 17
    assert abs(modules * qr.module - 24 * 8) <= modules  # within one module per side
    assert qr.size_dots <= paper_dots(profile)


@pytest.mark.parametrize("profile", PROFILES, ids=_ids)
def test_display_code_is_as_large_as_the_paper_allows(profile: PrinterProfile) -> None:
    rows = layout(Document("t", (DisplayCode("A-012"),)), profile)
    assert len(rows) == 1 and isinstance(rows[0], TextRow)
    row = rows[0]
    assert row.text == "A-012" and row.align is Align.CENTER
    assert row.scale >= 4
    assert row.width_cols * 12 * row.scale <= paper_dots(profile)
    assert (row.width_cols * 12 * (row.scale + 1) > paper_dots(profile)) or row.scale == 8


@pytest.mark.parametrize("profile", PROFILES, ids=_ids)
def test_table_columns_align_with_mixed_hangul_and_latin(profile: PrinterProfile) -> None:
    table = Table(
        samples.ADDRESS_HEADERS,
        samples.address_rows(4),
        weights=(1, 6, 3, 2),
        aligns=(Align.RIGHT, Align.LEFT, Align.LEFT, Align.LEFT),
    )
    rows = [r for r in layout(Document("t", (table,)), profile) if isinstance(r, TextRow)]
    widths = column_widths(table, columns(profile))
    assert sum(widths) + 3 == columns(profile)
    starts = [sum(widths[:i]) + i for i in range(4)]
    for row in rows:
        text = row.text
        assert textwidth.display_width(text) == columns(profile)
        if set(text) == {"-"}:
            continue
        # Every column starts at the same display column, whatever the script.
        for col, start in enumerate(starts):
            prefix_cols = 0
            for i, ch in enumerate(text):
                if prefix_cols == start:
                    assert col == 0 or text[i - 1] == " ", (text, col)
                    break
                prefix_cols += textwidth.char_width(ch)
            else:
                pytest.fail(f"column {col} does not start at {start} in {text!r}")


def test_wrapping_keeps_every_word() -> None:
    profile = PrinterProfile(paper_width_mm=58)
    text = "주민등록표 등본과 초본은 본인 또는 세대원이 신분증을 가지고 발급받을 수 있습니다 (ID needed)."
    rows = layout(Document("t", (TextLine(text),)), profile)
    assert " ".join(r.text for r in rows if isinstance(r, TextRow)) == text


def test_image_block_is_scaled_and_dithered() -> None:
    buf = io.BytesIO()
    gradient = Image.linear_gradient("L").resize((100, 50))
    gradient.save(buf, format="PNG")
    profile = PrinterProfile(paper_width_mm=80)
    img = render_image(Document("t", (ImageBlock(buf.getvalue(), width_mm=40),)), profile)
    assert img.size == (576, 160)
    inked = [x for x in range(576) if any(img.getpixel((x, y)) == 0 for y in range(160))]
    assert inked and min(inked) >= (576 - 320) // 2 and max(inked) < (576 + 320) // 2


def test_control_characters_never_reach_the_paper() -> None:
    profile = PrinterProfile()
    rows = layout(Document("t", (TextLine("a\x1b@b\x1dV\x00c"),)), profile)
    assert [r.text for r in rows if isinstance(r, TextRow)] == ["a @b V c"]


def test_table_widths_follow_weights() -> None:
    assert table_widths((1, 1), 2, 48) == [24, 23]
    assert table_widths((1, 3), 2, 41) == [10, 30]
    assert sum(table_widths((1, 6, 3, 2), 4, 32)) == 29


def test_narrow_columns_borrow_so_headers_and_dates_do_not_break() -> None:
    profile = PrinterProfile(paper_width_mm=58)
    table = Table(
        ("번호", "주소", "신고일"),
        (("1", "서울특별시 강남구 테헤란로 100길", "2023-01-01"),),
        weights=(1, 6, 3),
    )
    widths = column_widths(table, columns(profile))
    assert widths[0] >= 4 and widths[2] >= 10
    texts = [r.text for r in layout(Document("t", (table,)), profile) if isinstance(r, TextRow)]
    assert texts[0].startswith("번호 주소")
    assert any("2023-01-01" in t for t in texts)


FAMILY = Table(
    ("구분", "성명", "성별", "본", "출생연월일", "주민등록번호"),
    (
        ("본인", "이준호", "남", "경주", "1952-07-04", "520704-1******"),
        ("배우자", "정미숙", "여", "동래", "1958-03-12", "580312-2******"),
    ),
    weights=(6, 6, 3, 4, 10, 14),
)


def _texts(table: Table, profile: PrinterProfile) -> list[str]:
    return [r.text for r in layout(Document("t", (table,)), profile) if isinstance(r, TextRow)]


def test_a_family_table_that_fits_80_mm_stays_a_table() -> None:
    texts = _texts(FAMILY, PrinterProfile(paper_width_mm=80))
    # 성별 is wider than its column (남, 여) and takes the blank that 성명 leaves,
    # rather than printing as 성 over 별.
    assert texts[0].rstrip() == "구분   성명  성별 본   출생연월일 주민등록번호"
    assert set(texts[1]) == {"-"}
    assert "본인   이준호 남  경주 1952-07-04 520704-1******" in texts
    assert "배우자 정미숙 여  동래 1958-03-12 580312-2******" in texts


_word = st.text(
    alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xAC20), min_size=1, max_size=5
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(_word, _word, st.integers(1, 12)), min_size=2, max_size=6),
    st.sampled_from([58, 80]),
)
def test_a_header_line_keeps_every_header_whole_and_in_its_column(
    columns_: list[tuple[str, str, int]], paper_mm: int
) -> None:
    table = Table(
        tuple(h for h, _, _ in columns_),
        (tuple(v for _, v, _ in columns_),),
        tuple(w for _, _, w in columns_),
    )
    profile = PrinterProfile(paper_width_mm=paper_mm)
    texts = _texts(table, profile)
    assert all(textwidth.display_width(t) <= columns(profile) for t in texts)
    if len(texts) > 1 and set(texts[1]) == {"-"}:  # a table with its headers on one line
        assert texts[0].split() == list(table.headers)
        ends = [0]
        for width in column_widths(table, columns(profile)):
            ends.append(ends[-1] + width + 1)
        line, at = texts[0], 0
        for header, end in zip(table.headers, ends[1:], strict=True):
            at = line.index(header, at) + len(header)
            # No header reaches into the column to its right.
            assert textwidth.display_width(line[:at]) < end


@pytest.mark.parametrize(
    ("table", "width"),
    [
        (FAMILY, 58),
        # A four-syllable name does not fit the name column even on 80 mm.
        (
            Table(
                FAMILY.headers,
                (*FAMILY.rows, ("자녀", "남궁수진", "여", "경주", "1980-01-01", "800101-2******")),
                FAMILY.weights,
            ),
            80,
        ),
    ],
    ids=["family-58mm", "long-name-80mm"],
)
def test_a_table_too_wide_for_the_paper_lists_each_row_without_breaking_a_word(
    table: Table, width: int
) -> None:
    profile = PrinterProfile(paper_width_mm=width)
    texts = _texts(table, profile)
    for record in table.rows:
        for header, value in zip(table.headers, record, strict=True):
            # Each value whole, on its header's line: no date or number split.
            assert any(t.startswith(header + " ") and t.endswith(value) for t in texts), value
    assert all(textwidth.display_width(t) <= columns(profile) for t in texts)
    assert len([t for t in texts if set(t) == {"-"}]) == len(table.rows) - 1
