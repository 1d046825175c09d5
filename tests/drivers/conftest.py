"""Fixtures for the card reader tests that run through the real PC/SC stack.

``pcscd`` makes sure pcscd runs with the vsmartcard virtual reader (starting
it through ``scripts/test-services.sh``) and skips, with the reason, only
when it cannot. ``vpcd_card`` inserts a simulated eMRTD chip into "Virtual
PCD 00 00" and pulls it in teardown; a file lock keeps one test card per
vpcd port at a time, even across pytest processes.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.emrtd_card import VPCD_PORT, VPCD_READER, EmrtdChip, VpcdCard
from tools import services

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "test-services.sh"


def _services(action: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), action], capture_output=True, text=True, timeout=60, check=False
    )


def card_present(reader: str = VPCD_READER) -> bool:
    from smartcard import scard

    hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != 0:
        return False
    try:
        hresult, states = scard.SCardGetStatusChange(ctx, 0, [(reader, scard.SCARD_STATE_UNAWARE)])
        return hresult == 0 and bool(states[0][1] & scard.SCARD_STATE_PRESENT)
    finally:
        scard.SCardReleaseContext(ctx)


def wait_presence(present: bool, timeout_s: float = 5.0, reader: str = VPCD_READER) -> None:
    deadline = time.monotonic() + timeout_s
    while card_present(reader) != present:
        if time.monotonic() > deadline:
            raise TimeoutError(f"card never became {'present' if present else 'absent'}")
        time.sleep(0.02)


class Pcscd:
    """Handle on the running pcscd service."""

    def restart(self) -> None:
        stopped = _services("stop")
        if "stopped" not in stopped.stdout:
            pytest.skip(f"pcscd was not started by the test services script: {stopped.stdout}")
        started = _services("start")
        if started.returncode != 0:
            pytest.fail(f"pcscd did not come back: {started.stdout}{started.stderr}")

    def stop(self) -> None:
        stopped = _services("stop")
        if "stopped" not in stopped.stdout:
            pytest.skip(f"pcscd was not started by the test services script: {stopped.stdout}")

    def start(self) -> None:
        started = _services("start")
        if started.returncode != 0:
            pytest.fail(f"pcscd did not come back: {started.stdout}{started.stderr}")


@pytest.fixture(scope="session")
def pcscd() -> Pcscd:
    try:
        import smartcard.scard  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"pyscard is not importable: {exc}")
    result = _services("start")
    if result.returncode != 0:
        pytest.skip(
            f"pcscd with the vsmartcard virtual reader is not usable: {result.stdout.strip()}"
        )
    return Pcscd()


@pytest.fixture
def vpcd_port_lock(pcscd: Pcscd) -> Iterator[None]:
    # Machine-wide (in /tmp): pcscd's vpcd port is shared by every checkout.
    with services.vpcd_port_lock(VPCD_PORT):
        yield


CardFactory = Callable[..., VpcdCard]


@pytest.fixture
def vpcd_card(vpcd_port_lock: None) -> Iterator[CardFactory]:
    """``vpcd_card(mrz, reconnect=False, **chip_options)`` inserts a chip; pulled in teardown."""
    cards: list[VpcdCard] = []

    def insert(mrz: str, reconnect: bool = False, **options: Any) -> VpcdCard:
        assert not cards, "one test card per vpcd port at a time"
        card = VpcdCard(EmrtdChip(mrz, **options), reconnect=reconnect)
        card.start()
        cards.append(card)
        wait_presence(True)
        return card

    yield insert
    for card in cards:
        card.stop()
    if cards:
        with contextlib.suppress(TimeoutError):
            wait_presence(False)
