"""A technician's change that waits for the queue keeps what was saved meanwhile.

Switching a service from its prefix to a number band saves the service's
whole table (the prefix cleared, the band set) and first waits for the queue
to say none of its tickets is in play. A change to another field of the same
service saved while it waited (its minutes per resident) was undone when the
band was saved: the table was taken as it was when the band was typed.
"""

from __future__ import annotations

import threading
import tomllib
from pathlib import Path
from typing import Any

from tests.ui import test_tech
from tests.ui.test_tech import _open_page
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.tech.services import ServicesPage

# The running kiosk with a technician PIN, as in the main technician tests.
tech_config = test_tech.tech_config
kiosk = test_tech.kiosk


def test_a_field_saved_while_a_band_waits_for_the_queue_is_kept(
    qtbot: Any, kiosk: Kiosk, tmp_path: Path, monkeypatch: Any
) -> None:
    answer = threading.Event()
    codes_in_play = kiosk.queue.codes_in_play

    def slow(service_ids: Any) -> dict[str, list[str]]:
        assert answer.wait(10)
        return codes_in_play(service_ids)

    monkeypatch.setattr(kiosk.queue, "codes_in_play", slow)
    entry, page = _open_page(qtbot, kiosk, "services", ServicesPage)
    form = page.boxes[0].form  # general: prefix A, 5 minutes
    band = form.editor("services[0].band")
    band.editor.setText("[500, 799]")  # type: ignore[attr-defined]
    band._commit_text()
    assert band.message.text() == tr("tech", "Checking today's tickets before saving…")
    minutes = form.editor("services[0].service_minutes")
    minutes.editor.setText("12")  # type: ignore[attr-defined]
    minutes._commit_text()  # no ticket depends on it: saved at once

    answer.set()
    qtbot.waitUntil(lambda: band.editor.isEnabled(), timeout=5000)

    saved = tomllib.loads((tmp_path / "kiosk.toml").read_text("utf-8"))["services"][0]
    assert saved["band"] == [500, 799] and "prefix" not in saved
    assert saved["service_minutes"] == 12  # was 5 again
    assert minutes.editor.text() == "12"  # type: ignore[attr-defined]
    assert kiosk.queue.issue("general").ticket.display_code.startswith("5")
    entry.close()
