"""The deployment files in deploy/ are valid for the systemd and udev on this machine."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))


@pytest.mark.parametrize("unit", UNITS, ids=lambda p: p.name)
def test_systemd_accepts_the_unit(unit: Path) -> None:
    assert shutil.which("systemd-analyze"), "make test installs systemd"
    done = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr


def test_the_kiosk_unit_is_watched_and_restarted() -> None:
    text = (DEPLOY / "systemd" / "community-kiosk.service").read_text(encoding="utf-8")
    for line in (
        "Type=notify",
        "NotifyAccess=all",
        "WatchdogSec=30",
        "Restart=always",
        "RestartPreventExitStatus=2",
        "Environment=KIOSK_CONFIG=/etc/community-kiosk/kiosk.toml",
    ):
        assert line in text.splitlines(), line


def test_udev_rules_are_one_rule_a_line_with_known_keys() -> None:
    rules = (DEPLOY / "udev" / "60-community-kiosk.rules").read_text(encoding="utf-8")
    for line in rules.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        for part in line.split(", "):
            key = part.split("=", 1)[0].rstrip("=!+:")
            assert key.split("{")[0] in {
                "SUBSYSTEM",
                "ENV",
                "ATTR",
                "GROUP",
                "MODE",
                "SYMLINK",
                "TAG",
            }, (key, line)
