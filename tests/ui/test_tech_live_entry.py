"""Technician entry follows the config file and saved changes of a running kiosk.

The PIN set with ``kiosk tech set-pin`` (run as a real process beside the
kiosk, as a technician does over SSH) is the one the PIN pad takes at once,
and technician card UIDs saved in technician mode bring up the PIN pad
without a restart. The kiosks here start from ``kiosk.toml`` in their data
folder, as an installed kiosk does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.config.edit import save_config, set_value
from tests.support.cli import kiosk as kiosk_command
from tests.support.resident_screen import running_kiosk
from tests.ui import test_tech
from tests.ui.test_tech import (
    PIN,
    TECH_UID,
    _entry,
    _long_press_corner,
    _present_card,
    _type_pin,
)
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.tech.entry import TechnicianEntry
from ui.tech.widgets import PinPad

# The technician PIN, technician card and card reader of the main technician tests.
tech_config = test_tech.tech_config

NEW_PIN = "730518"


@contextmanager
def installed_kiosk(config: KioskConfig, data_dir: Path, clock: FakeClock) -> Iterator[Kiosk]:
    """A kiosk started from ``config`` saved as ``kiosk.toml`` in ``data_dir``."""
    save_config(config, data_dir / "kiosk.toml")
    with running_kiosk(config, data_dir, clock) as kiosk:
        yield kiosk


def set_pin_over_ssh(data_dir: Path, pin: str) -> None:
    done = kiosk_command(
        "tech", "set-pin", "--config", str(data_dir / "kiosk.toml"), "--pin-stdin", input=f"{pin}\n"
    )
    assert done.returncode == 0, done.stderr


def pin_pad(qtbot: Any, kiosk: Kiosk) -> tuple[TechnicianEntry, PinPad]:
    """The PIN pad, brought up by the corner long press."""
    entry = _entry(kiosk)
    _long_press_corner(qtbot, kiosk, entry)
    assert entry.tech_window is not None
    return entry, entry.tech_window.pin_pad


def test_a_pin_set_over_ssh_replaces_the_old_one_at_once(
    qtbot: Any, tmp_path: Path, tech_config: KioskConfig, clock: FakeClock
) -> None:
    with installed_kiosk(tech_config, tmp_path, clock) as kiosk:
        set_pin_over_ssh(tmp_path, NEW_PIN)
        entry, pad = pin_pad(qtbot, kiosk)
        _type_pin(entry, PIN)
        assert not entry.unlocked
        assert pad.message.text() == tr("tech", "Wrong PIN. {left} tries left.", left=4)
        _type_pin(entry, NEW_PIN)
        assert entry.unlocked and "dashboard" in entry.tech_window.pages  # type: ignore[union-attr]
        entry.close()


def test_the_pin_pad_waiting_for_a_pin_opens_once_it_is_set(
    qtbot: Any, tmp_path: Path, tech_config: KioskConfig, clock: FakeClock
) -> None:
    without_pin = set_value(tech_config, "technician.pin_hash", "")
    with installed_kiosk(without_pin, tmp_path, clock) as kiosk:
        entry, pad = pin_pad(qtbot, kiosk)
        assert pad.message.text() == tr(
            "tech", "No technician PIN is set. Set one with: kiosk tech set-pin"
        )
        assert not pad.ok_button.isEnabled()
        set_pin_over_ssh(tmp_path, NEW_PIN)
        # The technician still in front of the PIN pad: it opens by itself.
        qtbot.waitUntil(pad.ok_button.isEnabled, timeout=3000)
        assert pad.message.text() == ""
        _type_pin(entry, NEW_PIN)
        assert entry.unlocked
        entry.close()
        # And after leaving, the pad asks for that PIN as usual.
        entry, pad = pin_pad(qtbot, kiosk)
        assert pad.ok_button.isEnabled() and pad.message.text() == ""
        entry.close()


def test_a_config_file_that_cannot_be_read_keeps_the_pin_known_before(
    qtbot: Any,
    tmp_path: Path,
    tech_config: KioskConfig,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)
    with installed_kiosk(tech_config, tmp_path, clock) as kiosk:
        (tmp_path / "kiosk.toml").write_text("[technician\npin_hash = ", encoding="utf-8")
        entry, pad = pin_pad(qtbot, kiosk)
        assert pad.ok_button.isEnabled()
        _type_pin(entry, NEW_PIN)
        assert not entry.unlocked
        assert pad.message.text() == tr("tech", "Wrong PIN. {left} tries left.", left=4)
        _type_pin(entry, PIN)
        assert entry.unlocked
        entry.close()
    assert f"technician PIN: {tmp_path / 'kiosk.toml'} not usable" in caplog.text
    assert "Traceback" not in caplog.text


def test_technician_cards_saved_in_technician_mode_work_without_a_restart(
    qtbot: Any, tmp_path: Path, tech_config: KioskConfig, clock: FakeClock
) -> None:
    without_cards = set_value(tech_config, "technician.card_uids", [])
    with installed_kiosk(without_cards, tmp_path, clock) as kiosk:
        # In the kiosk's language, which it has set up by now.
        card_read = tr("tech", "Technician card read. Enter your PIN.")
        entry, _pad = pin_pad(qtbot, kiosk)
        _type_pin(entry, PIN)
        assert entry.controller.apply("technician.card_uids", [TECH_UID]) == []
        entry.close()
        assert _present_card(qtbot, entry, TECH_UID).message.text() == card_read
        _type_pin(entry, PIN)
        assert entry.unlocked
        # With every card removed again, the card no longer brings up the PIN pad.
        assert entry.card_watcher is not None
        reader: Any = entry.card_watcher.reader
        assert entry.controller.apply("technician.card_uids", []) == []
        entry.close()
        reader.remove()
        reader.insert()
        qtbot.wait(200)
        assert entry.tech_window is not None and not entry.tech_window.isVisible()
        # And added once more, it does.
        entry.ask_pin()
        _type_pin(entry, PIN)
        assert entry.controller.apply("technician.card_uids", [TECH_UID]) == []
        entry.close()
        assert _present_card(qtbot, entry, TECH_UID).message.text() == card_read
        entry.close()
