"""The deployment files in deploy/ are valid for the systemd and udev on this machine."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
#: Where docs/deployment.md installs the checkout.
INSTALL_DIR = "/opt/community-kiosk"


@pytest.mark.parametrize("unit", UNITS, ids=lambda p: p.name)
def test_systemd_accepts_the_unit(unit: Path, tmp_path: Path) -> None:
    """The unit as it would be installed from this checkout (its paths pointing here)."""
    assert shutil.which("systemd-analyze"), "make test installs systemd"
    installed = tmp_path / unit.name
    installed.write_text(unit.read_text(encoding="utf-8").replace(INSTALL_DIR, str(ROOT)))
    done = subprocess.run(
        ["systemd-analyze", "verify", str(installed)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "", done.stderr


def test_the_kiosk_unit_is_watched_and_restarted() -> None:
    text = (DEPLOY / "systemd" / "community-kiosk.service").read_text(encoding="utf-8")
    for line in (
        "Type=notify",
        "NotifyAccess=all",
        "WatchdogSec=30",
        "Restart=on-failure",
        "RestartForceExitStatus=75",
        "RestartPreventExitStatus=2",
        "Environment=KIOSK_CONFIG=/etc/community-kiosk/kiosk.toml",
    ):
        assert line in text.splitlines(), line


def test_udev_rules_are_one_rule_a_line_with_known_keys() -> None:
    rules = (DEPLOY / "udev" / "61-community-kiosk.rules").read_text(encoding="utf-8")
    for line in rules.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        for part in line.split(", "):
            key = part.split("=", 1)[0].rstrip("=!+:")
            assert key.split("{")[0] in {
                "SUBSYSTEM",
                "ENV",
                "ATTR",
                "ATTRS",
                "GROUP",
                "MODE",
                "SYMLINK",
                "TAG",
            }, (key, line)


def test_udev_rules_run_after_60_serial() -> None:
    """A tty gets ID_BUS and ID_USB_INTERFACES in udev's 60-serial.rules; a
    rules file that sorts before it sees them empty. The per-adapter template
    matches the adapter's own USB attributes, which need no earlier rule."""
    (rules,) = (DEPLOY / "udev").glob("*.rules")
    assert rules.name > "60-serial.rules", rules.name
    template = [
        line
        for line in rules.read_text(encoding="utf-8").splitlines()
        if line.startswith("#SUBSYSTEM")
    ]
    assert template and all(
        'ATTRS{idVendor}=="' in line and 'ATTRS{idProduct}=="' in line for line in template
    )


def _next_message(sock: socket.socket, timeout_s: float) -> bytes | None:
    sock.settimeout(timeout_s)
    try:
        return sock.recv(200)
    except TimeoutError:
        return None


def _start_kiosk(tmp_path: Path, notify: str) -> subprocess.Popen[bytes]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        NOTIFY_SOCKET=notify,
        WATCHDOG_USEC="1000000",  # WatchdogSec=1: a ping every 0.5 s
    )
    env.pop("PYTEST_CURRENT_TEST", None)
    argv = [sys.executable, "-m", "ui.app.cli", "run", "--windowed", "--data-dir", str(tmp_path)]
    return subprocess.Popen(
        argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def test_a_hung_kiosk_stops_feeding_the_watchdog_and_is_restarted(tmp_path: Path) -> None:
    """What systemd does with WatchdogSec, played by the test: the kiosk says
    READY=1 and pings; frozen (SIGSTOP, as a deadlocked UI thread), it falls
    silent; killed and started again, it is ready again."""
    path = str(tmp_path / "notify.sock")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(path)
        kiosk = _start_kiosk(tmp_path, path)
        restarted: subprocess.Popen[bytes] | None = None
        try:
            assert _next_message(sock, 60) == b"READY=1"
            pings = [_next_message(sock, 2) for _ in range(3)]
            assert pings == [b"WATCHDOG=1"] * 3
            os.kill(kiosk.pid, signal.SIGSTOP)
            while _next_message(sock, 0.2) is not None:
                pass  # pings already on their way when it froze
            # A whole WatchdogSec without a ping: systemd would kill it now.
            assert _next_message(sock, 1.5) is None
            kiosk.kill()
            kiosk.wait(10)
            restarted = _start_kiosk(tmp_path, path)
            assert _next_message(sock, 60) == b"READY=1"
            assert _next_message(sock, 2) == b"WATCHDOG=1"
        finally:
            for process in (kiosk, restarted):
                if process is not None and process.poll() is None:
                    process.kill()
                    process.wait(10)
