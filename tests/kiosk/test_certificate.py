"""The printed certificate: what it says under each option, and a QR that verifies on paper."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pyzbar.pyzbar import decode as zbar

from drivers.printer.render import render_png
from drivers.records.contract import parse_record
from drivers.records.demo import DEMO_RECORDS
from kiosk.certificates.audit import new_issuance_number
from kiosk.certificates.issuing import (
    CertificateOrder,
    CertOptions,
    build_certificate,
    masked_holder,
)
from kiosk.certificates.signing import KioskSigner, verify_payload
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig, PrinterProfile
from kiosk.i18n import identity_translate
from kiosk.identity import DEMO_RESIDENTS
from kiosk.printing.document import QrCode, Section, Table

NUMBER = "1234-5678-9012-3456"


def _doc(
    config: KioskConfig, tmp_path: Path, document_id: str, key: str = "demo-kim", **options: object
):  # type: ignore[no-untyped-def]
    order = CertificateOrder(
        document_id,
        CertOptions(**options),  # type: ignore[arg-type]
        200,
        "ko",
        DEMO_RESIDENTS[key].identity(),
        parse_record(DEMO_RECORDS[key]),
    )
    signer = KioskSigner.load_or_create(tmp_path)
    document = build_certificate(
        config,
        order,
        number=NUMBER,
        issued_at=FakeClock().now(),
        copy=1,
        signer=signer,
        translate=identity_translate,
    )
    return document, signer


def test_issuance_numbers_are_16_random_digits() -> None:
    numbers = {new_issuance_number() for _ in range(200)}
    assert len(numbers) == 200
    for n in numbers:
        groups = n.split("-")
        assert [len(g) for g in groups] == [4, 4, 4, 4] and all(g.isdigit() for g in groups)


def test_household_copy_masks_back_digits_by_default(config: KioskConfig, tmp_path: Path) -> None:
    document, _ = _doc(config, tmp_path, "resident-copy")
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
    abstract, _ = _doc(config, tmp_path, "resident-abstract", address_history=True)
    text = abstract.plain_text()
    assert "부산광역시 예시구 바다로 7" in text and "2004-03-02 ~ 2012-02-28" in text
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
    document, signer = _doc(config, tmp_path, "resident-abstract", address_history=True)
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
