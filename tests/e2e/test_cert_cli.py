"""``kiosk keys export`` and ``kiosk verify`` as a technician or a verifier runs them."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from drivers.printer.render import render_png
from drivers.records.contract import parse_record
from drivers.records.demo import DEMO_RECORDS
from kiosk.certificates.issuing import CertificateOrder, CertOptions, build_certificate
from kiosk.certificates.signing import KioskSigner
from kiosk.clock import FakeClock
from kiosk.config import PrinterProfile, default_config
from kiosk.i18n import identity_translate
from kiosk.identity import DEMO_RESIDENTS
from kiosk.printing.document import QrCode


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.app.cli", *args], capture_output=True, text=True, timeout=60
    )


def _printout(data_dir: Path, tmp_path: Path) -> tuple[str, Path]:
    order = CertificateOrder(
        "resident-copy",
        CertOptions(),
        200,
        "ko",
        DEMO_RESIDENTS["demo-kim"].identity(),
        parse_record(DEMO_RECORDS["demo-kim"]),
    )
    document = build_certificate(
        default_config(),
        order,
        number="1111-2222-3333-4444",
        issued_at=FakeClock().now(),
        copy=1,
        signer=KioskSigner.load_or_create(data_dir),
        translate=identity_translate,
    )
    png = tmp_path / "printout.png"
    png.write_bytes(render_png(document, PrinterProfile(paper_width_mm=58)))
    payload = next(b.payload for b in document.blocks if isinstance(b, QrCode))
    return payload, png


def test_export_then_verify_text_and_png(tmp_path: Path) -> None:
    data_dir = tmp_path / "kiosk"
    payload, png = _printout(data_dir, tmp_path)
    pem = tmp_path / "kiosk-1.pem"
    exported = _kiosk("keys", "export", "--data-dir", str(data_dir), "--out", str(pem))
    assert exported.returncode == 0, exported.stderr
    assert pem.read_text().startswith("-----BEGIN PUBLIC KEY-----")

    by_text = _kiosk("verify", payload, "--public-key", str(pem))
    assert by_text.returncode == 0 and by_text.stdout.startswith("VALID")
    assert "1111-2222-3333-4444" in by_text.stdout and "주민등록표 등본" in by_text.stdout
    by_png = _kiosk("verify", str(png), "--data-dir", str(data_dir))
    assert by_png.returncode == 0 and "김*지" in by_png.stdout

    tampered = payload.replace(payload[10], "A" if payload[10] != "A" else "B", 1)
    bad = _kiosk("verify", tampered, "--public-key", str(pem))
    assert bad.returncode == 1 and bad.stdout.startswith("INVALID")
    other = _kiosk("verify", payload, "--data-dir", str(tmp_path / "other-kiosk"))
    assert other.returncode == 2 and "no signing key" in other.stderr


def test_verify_png_without_a_code(tmp_path: Path) -> None:
    from PIL import Image

    blank = tmp_path / "blank.png"
    buffer = io.BytesIO()
    Image.new("L", (200, 200), 255).save(buffer, "PNG")
    blank.write_bytes(buffer.getvalue())
    KioskSigner.load_or_create(tmp_path)
    result = _kiosk("verify", str(blank), "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "no kiosk certificate QR code" in result.stderr
