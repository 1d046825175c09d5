"""Diagnostics bundles: one zip a technician can hand to support, with no personal data.

A bundle holds the config with secrets removed (``kiosk.config.edit.redacted_toml``),
the last log lines (already scrubbed by ``kiosk.tech.log_buffer``, scrubbed again
here), a device status snapshot and version information. Secrets (PIN hash,
passwords, tokens, private keys) and personal data never enter it: the
config is redacted field by field and every text file passes ``scrub``,
which also drops anything that looks like a private key.

``removable_media`` lists mounted USB sticks (under ``/media`` and
``/run/media``) as export targets.
"""

from __future__ import annotations

import io
import json
import platform
import re
import sys
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from kiosk.config import KioskConfig
from kiosk.config.edit import atomic_write, redacted_toml
from kiosk.tech.log_buffer import scrub as scrub_personal

_PRIVATE_KEY = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(-----END [A-Z ]*PRIVATE KEY-----|\Z)", re.S
)
_SCRYPT_HASH = re.compile(r"scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+")
_SECRET_ASSIGN = re.compile(
    r"(?i)\b(password|passwd|secret|token|api_key|pin_hash)\b(\s*[=:]\s*)(\"[^\"]*\"|\S+)"
)
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)([^@\s]+)(@)")

PACKAGES = (
    "community-kiosk",
    "PySide6",
    "python-escpos",
    "pyscard",
    "pyusb",
    "pyserial",
    "SQLAlchemy",
    "pydantic",
)


def scrub(text: str) -> str:
    """Remove secrets and personal-data-shaped text from a bundle file."""
    text = _PRIVATE_KEY.sub("<private key removed>", text)
    text = _SCRYPT_HASH.sub("<removed>", text)
    text = _SECRET_ASSIGN.sub(r"\1\2<removed>", text)
    text = _URL_PASSWORD.sub(r"\1***\3", text)
    return scrub_personal(text)


def versions() -> dict[str, str]:
    found = {"python": sys.version.split()[0], "platform": platform.platform()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


@dataclass(frozen=True)
class BundleContents:
    config_toml: str
    log_lines: list[str]
    status: Mapping[str, Any]
    versions: Mapping[str, str]


def bundle_contents(
    config: KioskConfig,
    log_lines: Iterable[str],
    status: Mapping[str, Any],
) -> BundleContents:
    return BundleContents(redacted_toml(config), list(log_lines), dict(status), versions())


def bundle_name(kiosk_id: str, when: datetime) -> str:
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", kiosk_id) or "kiosk"
    return f"kiosk-diagnostics-{safe}-{when.strftime('%Y%m%d-%H%M%S')}.zip"


def write_bundle(contents: BundleContents, folder: Path, name: str) -> Path:
    """Write the zip into ``folder`` (atomically: no half bundle on a pulled stick)."""
    files = {
        "config.toml": contents.config_toml,
        "log.txt": "\n".join(contents.log_lines) + "\n",
        "status.json": json.dumps(contents.status, ensure_ascii=False, indent=2, default=str),
        "versions.json": json.dumps(contents.versions, indent=2),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, text in files.items():
            archive.writestr(filename, scrub(text))
    target = folder / name
    atomic_write(target, buffer.getvalue(), backup=False)
    return target


def export_bundle(
    config: KioskConfig,
    log_lines: Iterable[str],
    status: Mapping[str, Any],
    folder: Path,
    when: datetime,
) -> Path:
    """Build and write a diagnostics bundle; returns its path. File I/O: not on the UI thread."""
    contents = bundle_contents(config, log_lines, status)
    return write_bundle(contents, folder, bundle_name(config.center.kiosk_id, when))


@dataclass(frozen=True)
class Medium:
    path: Path
    label: str


def _is_mount(path: Path) -> bool:
    try:
        return path.is_mount()
    except OSError:
        return False


def removable_media(
    roots: Iterable[Path] = (Path("/media"), Path("/run/media")),
    is_mount: Callable[[Path], bool] = _is_mount,
) -> list[Medium]:
    """Mounted media at ``/media/<label>``, ``/media/<user>/<label>`` or ``/run/media/<user>/<label>``."""
    found: list[Medium] = []
    for root in roots:
        for entry in _subdirs(root):
            if is_mount(entry):
                found.append(Medium(entry, entry.name))
                continue
            found.extend(Medium(child, child.name) for child in _subdirs(entry) if is_mount(child))
    return found


def _subdirs(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return []
