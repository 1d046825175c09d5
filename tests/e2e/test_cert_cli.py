"""``kiosk keys export`` and ``kiosk verify`` as a technician or a verifier runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from drivers.printer.render import render_png
from kiosk.certificates.signing import KioskSigner
from kiosk.clock import FakeClock
from kiosk.config import PrinterProfile, default_config
from kiosk.printing.document import QrCode
from tests.support.certificates import demo_order, printed_certificate
from tests.support.databases import record_copy
from ui.app.cli import main


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.app.cli", *args], capture_output=True, text=True, timeout=60
    )


def _printout(data_dir: Path, tmp_path: Path) -> tuple[str, Path]:
    """A certificate the kiosk of ``data_dir`` printed: its QR payload, and a picture
    of the printout."""
    document, _signer = printed_certificate(
        default_config(), data_dir, demo_order("resident-copy"), "1111-2222-3333-4444"
    )
    png = tmp_path / "printout.png"
    png.write_bytes(render_png(document, PrinterProfile(paper_width_mm=58)))
    payload = next(b.payload for b in document.blocks if isinstance(b, QrCode))
    return payload, png


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The data folder of the kiosk that printed ``payload``."""
    return tmp_path / "kiosk"


@pytest.fixture
def payload(data_dir: Path, tmp_path: Path) -> str:
    """The QR payload of a certificate the kiosk of ``data_dir`` printed."""
    return _printout(data_dir, tmp_path)[0]


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


def _audited(data_dir: Path, number: str, state: str, payment_result: str) -> None:
    """The kiosk's own audit record of copy ``number`` (its database in ``data_dir``)."""
    record_copy(
        data_dir,
        number,
        state=state,
        payment_result=payment_result,
        at=FakeClock().now(),
        authorization_id="MOCK-000001",
    )


def _verified(
    capsys: pytest.CaptureFixture[str], payload: str, data_dir: Path, code: int, *options: str
) -> str:
    """``kiosk verify`` of ``payload`` with the kiosk's data folder ``data_dir`` (and
    ``options``), run in-process: it must exit with ``code``; what it printed."""
    assert main(["verify", payload, "--data-dir", str(data_dir), *options]) == code
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("state", "payment_result", "code", "first_line"),
    [
        ("captured", "captured", 0, "VALID"),
        ("voided", "voided", 1, "INVALID: the audit record says: the issue was voided (cancelled)"),
        (
            "interrupted",
            "voided",
            1,
            "INVALID: the audit record says: the issue was interrupted and settled at restart "
            "(payment voided)",
        ),
        (
            "capture_unknown",
            "capture_unknown",
            1,
            "INVALID: the audit record says: the payment is unresolved (capture_unknown): "
            "staff settle it at the terminal",
        ),
        # Set by staff after a refund at the terminal.
        (
            "refunded",
            "refunded",
            1,
            "INVALID: the audit record says: not an issue (payment refunded, state refunded)",
        ),
    ],
    ids=["captured", "voided", "interrupted", "capture_unknown", "refunded"],
)
def test_verify_consults_the_audit_record_when_the_database_is_here(
    data_dir: Path,
    payload: str,
    capsys: pytest.CaptureFixture[str],
    state: str,
    payment_result: str,
    code: int,
    first_line: str,
) -> None:
    _audited(data_dir, "1111-2222-3333-4444", state, payment_result)
    out = _verified(capsys, payload, data_dir, code)
    assert out.splitlines()[0] == first_line
    assert "1111-2222-3333-4444" in out  # the signed facts are still shown
    if code == 0:
        assert "audit            issued and paid (captured)" in out


def test_verify_without_the_database_says_only_the_signature_was_checked(
    data_dir: Path, payload: str, capsys: pytest.CaptureFixture[str]
) -> None:
    answer: dict[str, Any] = json.loads(_verified(capsys, payload, data_dir, 0, "--json"))
    assert answer["valid"] is True and answer["audit"]["checked"] is False
    assert "only the signature was checked" in answer["audit"]["detail"]
    out = _verified(capsys, payload, data_dir, 0)
    assert out.startswith("VALID\n")
    assert "not checked (no audit database at " in out
    assert "only the signature was checked" in out


def test_verify_refuses_a_document_whose_audit_database_cannot_be_read(
    data_dir: Path, payload: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _audited(data_dir, "1111-2222-3333-4444", "voided", "voided")
    # The database is here but damaged: its record (voided) cannot be read.
    (data_dir / "kiosk.sqlite3").write_bytes(b"not a database" * 200)
    out = _verified(capsys, payload, data_dir, 1)
    assert out.startswith(
        "INVALID: the audit record could not be read, so the issue is not confirmed "
        "(the audit database is unavailable: "
    )
    answer: dict[str, Any] = json.loads(_verified(capsys, payload, data_dir, 1, "--json"))
    assert answer["valid"] is False and answer["audit"]["checked"] is True


def test_verify_refuses_a_number_the_issuing_kiosk_never_recorded(
    data_dir: Path, payload: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _audited(data_dir, "9999-8888-7777-6666", "captured", "captured")  # another copy
    assert _verified(capsys, payload, data_dir, 1).startswith(
        "INVALID: the audit record says: no audit record of this issuance number"
    )
