"""The kiosk's signing key (made once, owner-only files) and the signed QR payload."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.certificates.audit import load_or_create_hmac_key
from kiosk.certificates.signing import (
    KioskSigner,
    SigningError,
    load_public_key,
    public_key_pem,
    verify_payload,
)

FACTS = {"n": "1234-5678-9012-3456", "d": "resident-copy", "h": "김*지"}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_key_made_once_with_owner_only_permissions(tmp_path: Path) -> None:
    signer = KioskSigner.load_or_create(tmp_path)
    again = KioskSigner.load_or_create(tmp_path)
    assert public_key_pem(signer.public_key) == public_key_pem(again.public_key)
    keys = tmp_path / "keys"
    assert _mode(keys) == 0o700
    assert [p.name for p in keys.iterdir()] == ["signing-ed25519.pem"]
    assert _mode(keys / "signing-ed25519.pem") == 0o600
    secret = load_or_create_hmac_key(tmp_path)
    assert len(secret) == 32 and load_or_create_hmac_key(tmp_path) == secret
    assert _mode(keys / "audit-hmac.key") == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_readable_private_key_is_refused(tmp_path: Path) -> None:
    KioskSigner.load_or_create(tmp_path)
    (tmp_path / "keys" / "signing-ed25519.pem").chmod(0o644)
    with pytest.raises(SigningError, match="permissions 644"):
        KioskSigner.load(tmp_path)


def test_missing_key_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SigningError, match="no signing key yet"):
        KioskSigner.load(tmp_path)


def test_signed_payload_verifies_and_any_change_breaks_it(tmp_path: Path) -> None:
    signer = KioskSigner.load_or_create(tmp_path)
    payload = signer.sign(FACTS)
    assert payload.startswith("KC1.")
    result = verify_payload(payload, signer.public_key)
    assert result.valid and result.facts == FACTS
    for i in range(len(payload)):
        if payload[i] == ".":
            continue
        changed = payload[:i] + ("A" if payload[i] != "A" else "B") + payload[i + 1 :]
        assert not verify_payload(changed, signer.public_key).valid, i


def test_another_kiosks_key_and_garbage(tmp_path: Path) -> None:
    signer = KioskSigner.load_or_create(tmp_path / "a")
    other = KioskSigner.load_or_create(tmp_path / "b")
    payload = signer.sign(FACTS)
    wrong = verify_payload(payload, other.public_key)
    assert not wrong.valid and "another kiosk" in wrong.reason
    assert wrong.facts == FACTS  # readable, but not trusted
    for junk in ("", "hello", "KC1.abc", "KC1.!!.??", "KC2." + payload[4:]):
        assert not verify_payload(junk, signer.public_key).valid
    assert load_public_key(public_key_pem(signer.public_key)) is not None
    with pytest.raises(SigningError):
        load_public_key(b"not a key")
