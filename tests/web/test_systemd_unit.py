"""The ``kiosk web`` systemd unit: sandboxed, but with what the server needs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[2] / "deploy" / "systemd" / "community-kiosk-web.service"


def _service() -> dict[str, list[str]]:
    """The [Service] section's settings, each key with all its values in order."""
    values: dict[str, list[str]] = {}
    section = ""
    for line in UNIT.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values.setdefault(key, []).append(value)
    return values


def test_the_web_unit_is_sandboxed_but_keeps_network_and_data() -> None:
    service = _service()
    for key in (
        "NoNewPrivileges",
        "PrivateTmp",
        "PrivateDevices",
        "ProtectKernelTunables",
        "ProtectKernelModules",
        "ProtectKernelLogs",
        "ProtectControlGroups",
        "RestrictNamespaces",
        "LockPersonality",
    ):
        assert service.get(key) == ["yes"], key
    assert service["ProtectSystem"] == ["strict"]
    assert service["UMask"] == ["0077"]
    # Phones and the gateway over IPv4/IPv6, PostgreSQL and the journal over
    # local sockets; its data directory (SQLite, the centre key) writable.
    assert set(service["RestrictAddressFamilies"][0].split()) == {"AF_INET", "AF_INET6", "AF_UNIX"}
    assert service["ReadWritePaths"] == ["/var/lib/community-kiosk"]
    assert "PrivateNetwork" not in service and "IPAddressDeny" not in service


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="needs systemd-analyze")
def test_systemd_reads_every_setting_of_the_web_unit(tmp_path: Path) -> None:
    # The kiosk is not installed here: the copy starts /bin/true instead.
    unit = tmp_path / UNIT.name
    text = UNIT.read_text(encoding="utf-8")
    start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    unit.write_text(text.replace(start, "ExecStart=/bin/true"), encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(unit)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
