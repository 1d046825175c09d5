"""Diagnostics bundles hold no personal data and no secrets (kiosk/tech/diagnostics.py)."""

from __future__ import annotations

import logging
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.config import KioskConfig
from kiosk.config.edit import set_value
from kiosk.identity import DEMO_RESIDENTS
from kiosk.tech.auth import hash_pin
from kiosk.tech.diagnostics import export_bundle, removable_media
from kiosk.tech.log_buffer import RingBufferHandler, scrub

PRIVATE_KEY = (
    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"
)


def test_bundle_has_no_personal_data_or_secrets(tmp_path: Path, config: KioskConfig) -> None:
    pin_hash = hash_pin("482916")
    config = set_value(config, "technician.pin_hash", pin_hash)
    config = set_value(config, "storage.database_url", "postgresql://kiosk:s3cr3t@db/kiosk")
    resident = next(iter(DEMO_RESIDENTS.values()))
    mrz = resident.mrz_info().key_seed_string()
    logger = logging.getLogger("test.diagnostics")
    buffer = RingBufferHandler(capacity=200)
    logger.addHandler(buffer)
    logger.setLevel(logging.INFO)
    try:
        for i in range(250):
            logger.info("ticket %d printed", i)
        # Bugs that would leak: caught by the scrubbers.
        logger.warning("read failed for mrz %s rrn 900101-1234567 token=abc123", mrz)
    finally:
        logger.removeHandler(buffer)
    assert len(buffer.lines()) == 200
    status = {"printer": {"name": "network 10.0.0.5:9100", "paper": "ok"}, "key": PRIVATE_KEY}
    path = export_bundle(config, buffer.lines(), status, tmp_path, datetime(2026, 3, 2, 9, 30))
    assert path.name == "kiosk-diagnostics-kiosk-1-20260302-093000.zip"
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        text = "\n".join(archive.read(n).decode("utf-8") for n in names)
    assert names == ["config.toml", "log.txt", "status.json", "versions.json"]
    assert "ticket 249 printed" in text and "network 10.0.0.5:9100" in text
    assert "[devices.printer]" in text and "PySide6" in text
    for secret in (pin_hash, "scrypt$", "s3cr3t", "abc123", "BEGIN PRIVATE KEY", "MIIEvQ"):
        assert secret not in text
    for personal in (mrz, "900101-1234567", resident.mrz_info().document_number):
        assert personal not in text


@pytest.mark.parametrize(
    "personal",
    [
        "주민번호900101-1234567",
        "번호9001011234567번",
        "전화010-1234-5678로",
        "010.1234.5678",
        "010 1234 5678",
        "01012345678",
        "+82-10-1234-5678",
        "+821012345678",
    ],
)
def test_numbers_glued_to_words_or_written_otherwise_are_masked(personal: str) -> None:
    line = scrub(f"lookup failed for {personal} at 2026-12-07 23:51:58,123")
    digits = "".join(ch for ch in personal if ch.isdigit())
    assert digits[-7:] not in "".join(ch for ch in line if ch.isdigit())
    # Times, ticket codes and issuance numbers stay readable.
    assert line.endswith("at 2026-12-07 23:51:58,123")
    assert scrub("A-012 issued 4882-4361-2156-3653") == "A-012 issued 4882-4361-2156-3653"


def test_removable_media_lists_mounted_sticks(tmp_path: Path) -> None:
    media = tmp_path / "media"
    (media / "kiosk" / "USBSTICK").mkdir(parents=True)
    (media / "BACKUP").mkdir()
    run_media = tmp_path / "run-media" / "tech" / "DIAG"
    run_media.mkdir(parents=True)
    mounts = {media / "kiosk" / "USBSTICK", media / "BACKUP", run_media}
    found = removable_media(
        [media, tmp_path / "run-media", tmp_path / "absent"], mounts.__contains__
    )
    assert sorted(m.label for m in found) == ["BACKUP", "DIAG", "USBSTICK"]
