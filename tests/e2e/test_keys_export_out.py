"""``kiosk keys export --out FILE`` never writes over a file that is there already."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.certificates.signing import KioskSigner, fingerprint, public_key_pem
from tests.e2e.test_cli_fix_g import _one_line
from ui.app.cli import main


def test_export_refuses_an_existing_file_unless_it_holds_this_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "kiosk"
    signer = KioskSigner.load_or_create(data_dir)  # as the kiosk does on its first run
    other = KioskSigner.load_or_create(tmp_path / "other-kiosk")
    shown = fingerprint(signer.public_key)

    # Another kiosk's key, kept by a verifier under the name typed: left as it was.
    kept = tmp_path / "kiosk-1.pem"
    kept.write_bytes(public_key_pem(other.public_key))
    assert main(["keys", "export", "--data-dir", str(data_dir), "--out", str(kept)]) == 2
    assert _one_line(capsys) == (
        f"kiosk keys: --out {kept}: already exists; give a new file name (nothing written)"
    )
    assert kept.read_bytes() == public_key_pem(other.public_key)

    # A new file is written; exporting again to it is fine and changes nothing.
    new = tmp_path / "kiosk-2.pem"
    assert main(["keys", "export", "--data-dir", str(data_dir), "--out", str(new)]) == 0
    assert _one_line(capsys) == f"public key {shown} written to {new}"
    assert new.read_bytes() == public_key_pem(signer.public_key)
    assert main(["keys", "export", "--data-dir", str(data_dir), "--out", str(new)]) == 0
    assert _one_line(capsys) == f"public key {shown} is already in {new}"
    assert new.read_bytes() == public_key_pem(signer.public_key)
