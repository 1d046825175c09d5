"""A technician's saved change reaches the running kiosk without a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from drivers.card.mock import MockCardReader
from drivers.speech.mock import MockSpeaker
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.config.edit import get_value, set_value, update_config
from kiosk.identity import DEMO_RESIDENTS
from kiosk.journeys.flow import State
from tests.support.resident_screen import cert_button, home_screen, running_kiosk
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.resident.voice import ordered_controls


def test_renamed_and_added_services_show_on_home_and_print(qtbot: Any, kiosk: Kiosk) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    told: list[Any] = []
    # Turning a service off waits for the queue to say none of its tickets is in play.
    controller.apply_many(
        [
            ("services[1].names.ko", "전입 · 전출 신고"),
            ("services[3].enabled", False),
        ],
        done=told.append,
    )
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == [[]]
    names = [b.name_label.text() for b in home_screen(kiosk).service_buttons]
    assert "전입 · 전출 신고" in names
    assert "전입신고" not in names
    assert "제증명 발급" not in names
    button = next(b for b in home_screen(kiosk).service_buttons if b.service.id == "move-in")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    [job] = kiosk.printer.jobs  # type: ignore[attr-defined]
    assert "전입 · 전출 신고" in job.document.plain_text()


def test_center_name_change_reaches_screen_and_ticket(qtbot: Any, kiosk: Kiosk) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    assert controller.apply("center.name.ko", "새봄동 행정복지센터") == []
    assert home_screen(kiosk).center.text() == "새봄동 행정복지센터"
    QTest.mouseClick(home_screen(kiosk).service_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    [job] = kiosk.printer.jobs  # type: ignore[attr-defined]
    assert job.document.plain_text().startswith("새봄동 행정복지센터")


def test_speech_and_card_reader_are_reopened_with_new_settings(qtbot: Any, kiosk: Kiosk) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    old_speaker = kiosk.window.voice.speaker
    old_card = kiosk.window.cert.card if kiosk.window.cert else None  # type: ignore[union-attr]
    assert controller.apply("devices.speech.rate", 0.5) == []
    new_speaker = kiosk.window.voice.speaker
    assert new_speaker is not old_speaker and isinstance(new_speaker, MockSpeaker)
    assert controller.apply("devices.card_reader.mock.identity", "demo-lee") == []
    assert kiosk.window.cert is not None
    assert kiosk.window.cert.card is not old_card
    reader = kiosk.window.cert.card.reader
    assert isinstance(reader, MockCardReader)
    # The reopened reader holds the newly configured card.
    lee = DEMO_RESIDENTS["demo-lee"]
    assert reader.read_identity(lee.mrz_info()).document_number == lee.identity().document_number


def test_a_keypad_user_and_a_live_change_do_not_crash_the_next_screen(
    qtbot: Any, kiosk: Kiosk
) -> None:
    # A resident's keypad key lists the screen's controls; then a technician's
    # change rebuilds every screen. Listing them by walking the focus chain
    # left Python wrappers of the scroll areas' inner widgets behind, and the
    # next screen's layout crashed the kiosk (SIGSEGV) on a reused address.
    assert ordered_controls(kiosk.window.current_screen)  # what every keypad key does
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    assert controller.apply_many([("services[1].names.ko", "전입 · 전출 신고")]) == []
    QTest.mouseClick(home_screen(kiosk).service_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    QTest.keyClick(kiosk.window.current_screen, Qt.Key.Key_Down)
    assert kiosk.window.current_screen.name == "ticket"


def test_settings_used_from_the_next_start_are_saved_and_said_so(qtbot: Any, kiosk: Kiosk) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    at_restart = tr("tech", "Saved. It takes effect when the kiosk restarts (System page).")
    changes = [
        ("center.kiosk_id", "lobby-2"),
        ("records.demo.fault", "unavailable"),
        ("devices.payment.answer_timeout_s", 7.0),
    ]
    assert controller.apply_many(changes) == []
    for key, value in changes:
        assert controller.when_applied(key) == at_restart
        assert get_value(controller.config, key) == value  # saved
    assert controller.when_applied("center.name.ko") is None  # used at once
    # Until then the kiosk keeps its id: numbering, audit and its claim agree.
    QTest.mouseClick(home_screen(kiosk).service_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.flow.state is State.TICKET, timeout=5000)
    assert kiosk.queue.tickets_today()[-1].kiosk_id == "kiosk-1"
    assert kiosk.flow.config.center.kiosk_id == "kiosk-1"
    # A later change keeps both: what is saved, and what runs.
    assert controller.apply("center.name.ko", "새봄동 행정복지센터") == []
    assert controller.config.center.kiosk_id == "lobby-2"
    assert kiosk.flow.config.center.kiosk_id == "kiosk-1"
    assert kiosk.flow.config.center.name.ko == "새봄동 행정복지센터"


def test_a_voice_this_machine_cannot_run_is_refused_and_not_saved(
    qtbot: Any, kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    speaker = kiosk.window.voice.speaker
    monkeypatch.setenv("PATH", "/nonexistent")  # no espeak-ng on this machine
    [problem] = controller.apply("devices.speech.backend", "espeak")
    assert problem.path == "devices.speech.backend"
    assert "espeak-ng" in problem.message
    # Saved, it would have stopped the next start (exit 2).
    assert controller.config.devices.speech.backend == "mock"
    assert kiosk.window.voice.speaker is speaker


def test_documents_turned_on_in_a_kiosk_started_without_certificates_wait_for_a_restart(
    qtbot: Any, tmp_path: Path, config: KioskConfig, clock: FakeClock
) -> None:
    for document in config.documents:
        document.enabled = False
    with running_kiosk(config, tmp_path, clock) as kiosk:
        assert kiosk.window.cert is None
        controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
        assert controller.apply("documents[0].enabled", True) == []
        assert controller.when_applied("documents[0].enabled") == tr(
            "tech", "Saved. It takes effect when the kiosk restarts (System page)."
        )
        assert controller.config.documents[0].enabled  # saved
        # Residents are not offered what this run cannot read a card for: they
        # typed their details and waited on "reading" until the time ran out.
        with pytest.raises(AssertionError):
            cert_button(kiosk)


def test_a_voice_changed_over_ssh_is_taken_along_by_the_next_technician_save(
    qtbot: Any, kiosk: Kiosk
) -> None:
    controller = kiosk.window.technician.controller  # type: ignore[attr-defined]
    assert controller.apply("technician.idle_timeout_s", 200) == []
    speaker = kiosk.window.voice.speaker
    # As `kiosk config set devices.speech.rate 0.5` writes it, beside the running kiosk.
    update_config(
        controller.ctx.store.location, lambda config: set_value(config, "devices.speech.rate", 0.5)
    )
    assert controller.apply("technician.idle_timeout_s", 210) == []
    assert kiosk.flow.config.devices.speech.rate == 0.5
    # The running voice is rebuilt with it, not left as it was while the config says 0.5.
    assert kiosk.window.voice.speaker is not speaker
    assert isinstance(kiosk.window.voice.speaker, MockSpeaker)
