"""Device discovery without this machine's devices: one CUPS queue and nothing else."""

from __future__ import annotations

from typing import Any

import pytest

from drivers import discovery
from drivers.discovery import CupsQueue, Section

#: The queue every fake CUPS server lists.
QUEUE = CupsQueue("receipt", "idle")


def one_cups_queue(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Make ``drivers.discovery`` find only ``QUEUE``; returns the servers CUPS is asked, in order."""
    asked: list[str | None] = []

    def cups(*_args: Any, server: str | None = None) -> Section[CupsQueue]:
        asked.append(server)
        return Section([QUEUE])

    monkeypatch.setattr(discovery, "discover_cups", cups)
    for name in (
        "discover_usb",
        "discover_serial",
        "discover_card_readers",
        "discover_espeak_voices",
    ):
        monkeypatch.setattr(discovery, name, lambda: Section())
    return asked
