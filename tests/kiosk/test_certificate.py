"""The printed certificate: what it says under each option, and a QR that verifies on paper."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import decode as zbar

from drivers.printer.render import render_png
from kiosk.certificates.audit import new_issuance_number
from kiosk.certificates.issuing import CertOptions, masked_holder
from kiosk.certificates.signing import KioskSigner, verify_payload
from kiosk.config import KioskConfig, PrinterProfile
from kiosk.printing.document import Document, QrCode, Section, Table
from tests.support.certificates import demo_order, printed_certificate

NUMBER = "1234-5678-9012-3456"


def _doc(
    config: KioskConfig, tmp_path: Path, document_id: str, **order: object
) -> tuple[Document, KioskSigner]:
    """``document_id`` for ``demo_order`` (Kim's in Korean unless ``order`` names
    another resident or language), with issuance number ``NUMBER``."""
    return printed_certificate(config, tmp_path, demo_order(document_id, **order), NUMBER)


def test_issuance_numbers_are_16_random_digits() -> None:
    numbers = {new_issuance_number() for _ in range(200)}
    assert len(numbers) == 200
    for n in numbers:
        groups = n.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4] and all(g.isdigit() for g in groups)


def test_household_copy_masks_back_digits_by_default(config: KioskConfig, tmp_path: Path) -> None:
    document, _ = _doc(config, tmp_path, "resident-copy", household_members=True)
    text = document.plain_text()
    for expected in (
        "주민등록표 등본",
        "행복동 행정복지센터",
        NUMBER,
        "2026-03-02 09:30",
        "김민지",
    ):
        assert expected in text
    assert "850315-2******" in text and "830920-1******" in text
    assert "2000001" not in text
    tables = [b for s in document.blocks if isinstance(s, Section) for b in s.blocks]
    assert any(isinstance(b, Table) and len(b.rows) == 3 for b in tables)


def test_options_show_digits_hide_members_and_add_history(
    config: KioskConfig, tmp_path: Path
) -> None:
    full, _ = _doc(config, tmp_path, "resident-copy", rrn_back=True, household_members=False)
    assert "850315-2000001" in full.plain_text() and "박서준" not in full.plain_text()
    abstract, _ = _doc(config, tmp_path, "resident-abstract", address_history="full")
    text = abstract.plain_text()
    assert "부산광역시 예시구 바다로 7" in text and "2004-03-02\n~ 2012-02-28" in text
    short, _ = _doc(config, tmp_path, "resident-abstract")
    assert "부산광역시" not in short.plain_text()
    family, _ = _doc(config, tmp_path, "family-relations")
    assert "김철수" in family.plain_text() and "550110-1******" in family.plain_text()
    tax, _ = _doc(config, tmp_path, "local-tax", key="demo-lee")
    assert "no overdue local taxes" in tax.plain_text()


def test_masked_holder() -> None:
    assert masked_holder("김민지") == "김*지"
    assert masked_holder("이준") == "이*"
    assert masked_holder("NGUYEN THI LAN") == "N***** T** L**"


@pytest.mark.parametrize("width", [80, 58])
def test_printout_qr_decodes_and_verifies(config: KioskConfig, tmp_path: Path, width: int) -> None:
    document, signer = _doc(config, tmp_path, "resident-abstract", address_history="full")
    png = render_png(document, PrinterProfile(paper_width_mm=width))
    image = Image.open(io.BytesIO(png))
    assert image.width == {80: 576, 58: 384}[width]
    [code] = zbar(image.convert("L"))
    payload = code.data.decode("utf-8")
    assert payload == next(b.payload for b in document.blocks if isinstance(b, QrCode))
    result = verify_payload(payload, signer.public_key)
    assert result.valid and result.facts is not None
    assert result.facts["n"] == NUMBER and result.facts["d"] == "resident-abstract"
    assert result.facts["h"] == "김*지" and result.facts["t"] == "2026-03-02T09:30+09:00"


def test_defaults_print_the_least_personal_data(config: KioskConfig, tmp_path: Path) -> None:
    options = CertOptions()
    assert not options.household_members and not options.rrn_back
    assert options.address_history == "none" and options.family_kind == "general"
    copy = _doc(config, tmp_path, "resident-copy")[0].plain_text()
    assert "박서준" not in copy and "2000001" not in copy
    assert "Household formed" not in copy and "Reason for change" not in copy
    abstract = _doc(config, tmp_path, "resident-abstract", key="demo-lee")[0].plain_text()
    assert "전라남도" not in abstract and "육군" not in abstract
    assert "Head of household" not in abstract


def test_household_copy_reasons_on_request(config: KioskConfig, tmp_path: Path) -> None:
    text = _doc(
        config,
        tmp_path,
        "resident-copy",
        household_members=True,
        household_reason=True,
        change_reason=True,
    )[0].plain_text()
    assert "Household formed (reason, date): 전입 (2019-04-01)" in text
    assert "Reason for change" in text and "박서준" in text


def test_abstract_periods_head_and_military(config: KioskConfig, tmp_path: Path) -> None:
    # FakeClock: 2026-03-02. demo-lee moved in 1998: the last five years hold only that.
    recent = _doc(config, tmp_path, "resident-abstract", key="demo-lee", address_history="5y")
    text = recent[0].plain_text()
    assert "last 5 years" in text and "느티나무길" in text and "전라남도" not in text
    full = _doc(
        config,
        tmp_path,
        "resident-abstract",
        key="demo-lee",
        address_history="full",
        household_head=True,
        military_service=True,
    )[0].plain_text()
    assert "전라남도" in full and "육군 병장 만기전역" in full
    assert "Relation to the head: 본인" in full
    # A record without military service prints no such section.
    kim = _doc(config, tmp_path, "resident-abstract", military_service=True)[0].plain_text()
    assert "Military service" not in kim


def _family_names(config: KioskConfig, tmp_path: Path, **options: object) -> str:
    return _doc(config, tmp_path, "family-relations", key="demo-lee", **options)[0].plain_text()


def test_family_certificate_kinds(config: KioskConfig, tmp_path: Path) -> None:
    general = _family_names(config, tmp_path)
    assert "가족관계증명서(일반)" in general and "Registration base" in general
    assert "정미숙" in general and "이동현" in general and "이수진" not in general
    assert "동래" in general and "1958-03-12" in general and "580312-2******" in general
    assert "Address" not in general and "느티나무길" not in general
    detailed = _family_names(config, tmp_path, family_kind="detailed")
    assert "가족관계증명서(상세)" in detailed and "이수진" in detailed
    specific = _family_names(config, tmp_path, family_kind="specific", family_members=(2,))
    assert "가족관계증명서(특정)" in specific and "이동현" in specific
    assert "정미숙" not in specific and "이준호" in specific  # the resident is always shown


def test_tax_certificate_purpose_and_deferral(config: KioskConfig, tmp_path: Path) -> None:
    plain = _doc(config, tmp_path, "local-tax", key="demo-lee", purpose="bank")[0].plain_text()
    assert "Purpose of use: 금융기관 제출" in plain and "Valid until: 2026-03-31" in plain
    assert "There are no overdue local taxes as of 2026-03-02." in plain
    deferred = _doc(config, tmp_path, "local-tax", purpose="payment")[0].plain_text()
    assert "Collection deferred" in deferred and "182,000" in deferred and "재산세" in deferred
    assert "Apart from the deferred amounts above" in deferred
    # In Vietnamese the comma is the decimal mark: thousands are grouped with dots.
    vietnamese = _doc(config, tmp_path, "local-tax", language="vi", purpose="payment")[0]
    assert "182.000" in vietnamese.plain_text() and "182,000" not in vietnamese.plain_text()


def test_options_refuse_unknown_choices() -> None:
    with pytest.raises(ValueError):
        CertOptions(address_history="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        CertOptions(family_kind="all")  # type: ignore[arg-type]
