"""Whole journeys by keypad and voice alone: key presses, transcript, and what is wrong with it.

A blind resident drives the real window with keypad keys only (8 moves, 5
chooses; on the ID screen the number keys type), on the loudspeaker (no
earphones), and this counts their presses and records what the kiosk said.
``kiosk audit-a11y`` checks each transcript (no personal data, no symbols
read as symbols, the announcements a resident needs) and ``kiosk bench``
reports the counts.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import KioskConfig
from kiosk.journeys.flow import LanguageChanged, State

#: The most presses each journey may take (docs/accessibility.md).
TARGETS = {
    "ticket": 5,
    "certificate_scanner": 60,
    "certificate": 120,
    "vote": 100,
    "programme": 40,
    "crisis_report": 40,
}
#: The mobile number the programme journey types (never to be spoken on the loudspeaker).
PROGRAMME_PHONE = "01012345678"
#: When the audit's kiosk runs: 09:30 on a Monday in Seoul.
AUDIT_TIME = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)
#: Symbols a voice must never read out as such.
_SYMBOLS = re.compile(r"<<<|YYMMDD|[*#<]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


@dataclass
class JourneyRun:
    journey: str
    language: str
    presses: int
    target: int
    #: What the kiosk said, in order (the text as the screens wrote it).
    transcript: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class KeypadPresses:
    """The keypad a resident presses, counting every press (a scanner's keystrokes are not theirs)."""

    def __init__(self, kiosk: Any) -> None:
        self.kiosk = kiosk
        self.count = 0

    def wait(self, done: Callable[[], bool], timeout_ms: int = 10000) -> None:
        for _ in range(timeout_ms // 10):
            if done():
                return
            QTest.qWait(10)
        raise TimeoutError(f"still on {self.kiosk.flow.state.value}")

    def reach(self, state: Enum, settle_ms: int = 20) -> None:
        """Wait for the flow to reach ``state``, then let its screen settle (focus, speech)."""
        self.wait(lambda: self.kiosk.flow.state is state)
        QTest.qWait(settle_ms)

    def press(self, *keys: Qt.Key) -> None:
        for key in keys:
            self.count += 1
            target = QApplication.focusWidget() or self.kiosk.window
            QTest.keyClick(target, key)
            QTest.qWait(5)

    def to(self, control: QWidget, limit: int = 80) -> None:
        for _ in range(limit):
            if QApplication.focusWidget() is control:
                self.press(Qt.Key.Key_5)
                return
            self.press(Qt.Key.Key_8)
        raise LookupError(f"{control.accessibleName()!r} cannot be reached with the keypad")

    def choose(self, control: QWidget, then: Enum, settle_ms: int = 20) -> None:
        """Move to ``control``, choose it and wait for the screen of state ``then``."""
        self.to(control)
        self.reach(then, settle_ms)

    def type(self, text: str) -> None:
        for char in text:
            if char.isdigit():
                self.press(Qt.Key(int(Qt.Key.Key_0) + int(char)))
            else:
                self.press(*[Qt.Key.Key_Right] * (ord(char) - ord("A") + 1))


def _ticket(kiosk: Any, keys: KeypadPresses) -> None:
    keys.press(Qt.Key.Key_5)  # any key starts voice mode, on the first service
    keys.wait(lambda: kiosk.flow.session.voice)
    keys.press(Qt.Key.Key_5)
    keys.reach(State.TICKET, settle_ms=50)


def _certificate(kiosk: Any, keys: KeypadPresses, *, scan: bool) -> None:
    keys.press(Qt.Key.Key_5)
    keys.wait(lambda: kiosk.flow.session.voice)
    home = kiosk.window.current_screen
    keys.to(home.cert_button)
    document = kiosk.config.enabled_documents[0].id
    keys.to(kiosk.window.current_screen.buttons[document])
    _id_card(kiosk, keys, scan=scan)
    keys.reach(State.CERT_OPTIONS)
    keys.choose(kiosk.window.current_screen.continue_button, then=State.CERT_SUMMARY)
    keys.choose(kiosk.window.current_screen.pay_button, then=State.CERT_DONE, settle_ms=50)


def _open_centre_service(kiosk: Any, keys: KeypadPresses, service_id: str) -> None:
    """Voice mode on from home, then "그 밖의 업무" and the service ``service_id``."""
    keys.press(Qt.Key.Key_5)
    keys.wait(lambda: kiosk.flow.session.voice)
    keys.to(kiosk.window.current_screen.centre_button)
    keys.to(kiosk.window.current_screen.buttons[service_id][0])


def _vote(kiosk: Any, keys: KeypadPresses) -> None:
    """Resident participation: the first open poll, the ID card typed, the first option."""
    from kiosk.journeys.participation import SERVICE_ID, ParticipationState

    _open_centre_service(kiosk, keys, SERVICE_ID)
    keys.reach(ParticipationState.HOME)
    first_poll = next(iter(kiosk.window.current_screen.poll_buttons.values()))
    keys.choose(first_poll, then=ParticipationState.POLL)
    keys.to(kiosk.window.current_screen.vote_button)
    _id_card(kiosk, keys, scan=False)
    keys.reach(ParticipationState.CHOOSE)
    first_option = next(iter(kiosk.window.current_screen.buttons.values()))
    keys.choose(first_option, then=ParticipationState.CONFIRM)
    keys.choose(kiosk.window.current_screen.cast_button, then=ParticipationState.DONE, settle_ms=50)


def _programme(kiosk: Any, keys: KeypadPresses) -> None:
    """Course registration: the first course, the mobile number typed, the name skipped."""
    from kiosk.journeys.programmes import SERVICE_ID
    from kiosk.journeys.programmes import ProgrammesState as S

    _open_centre_service(kiosk, keys, SERVICE_ID)
    keys.reach(S.LIST)
    first_course = next(iter(kiosk.window.current_screen.buttons.values()))
    keys.choose(first_course, then=S.COURSE)
    keys.choose(kiosk.window.current_screen.confirm_button, then=S.PHONE)
    keys.type(PROGRAMME_PHONE)
    keys.press(Qt.Key.Key_Enter)
    keys.reach(S.NAME)
    keys.choose(kiosk.window.current_screen.skip_button, then=S.DONE, settle_ms=50)


def _crisis_report(kiosk: Any, keys: KeypadPresses) -> None:
    """A household in crisis reported: the first situation, 통 and 반 typed, no number left."""
    from kiosk.journeys.welfare import SERVICE_ID
    from kiosk.journeys.welfare import WelfareState as W

    _open_centre_service(kiosk, keys, SERVICE_ID)
    keys.reach(W.CHOOSE)
    keys.choose(kiosk.window.current_screen.buttons["crisis"], then=W.SITUATION)
    first_situation = next(iter(kiosk.window.current_screen.buttons.values()))
    keys.choose(first_situation, then=W.PLACE)
    keys.type("12")
    keys.press(Qt.Key.Key_Enter)
    keys.type("3")
    keys.press(Qt.Key.Key_Enter)
    keys.reach(W.PHONE)
    keys.press(Qt.Key.Key_Enter)  # nothing typed: report without a number
    keys.reach(W.CONFIRM)
    keys.choose(kiosk.window.current_screen.confirm_button, then=W.DONE, settle_ms=50)


def _id_card(kiosk: Any, keys: KeypadPresses, *, scan: bool) -> None:
    """The ID screen: the MRZ scanned, or its details typed on the keypad."""
    from kiosk.identity import DEMO_RESIDENTS, build_mrz

    keys.reach(State.CERT_MRZ)
    resident = DEMO_RESIDENTS["demo-kim"]  # the mock card reader holds demo-kim
    if scan:
        mrz = build_mrz(resident.identity())
        width = 30 if len(mrz) == 90 else len(mrz) // 2
        target = QApplication.focusWidget() or kiosk.window
        for start in range(0, len(mrz), width):
            QTest.keyClicks(target, mrz[start : start + width])  # the scanner, not the resident
            QTest.keyClick(target, Qt.Key.Key_Return)
    else:
        seed = resident.mrz_info().key_seed_string()
        keys.type(seed[:-14].replace("<", ""))
        keys.press(Qt.Key.Key_Enter)
        keys.type(seed[-14:])  # a full date moves to the next field by itself
        keys.press(Qt.Key.Key_Enter)


def _secrets() -> list[str]:
    from kiosk.identity import DEMO_RESIDENTS

    resident = DEMO_RESIDENTS["demo-kim"]
    identity = resident.identity()
    seed = resident.mrz_info().key_seed_string()
    values = [
        identity.document_number,
        identity.surname,
        identity.given_names,
        identity.birth_date,
        resident.name_ko,
        seed[-14:-7],
        seed[-7:],
    ]
    phone = [PROGRAMME_PHONE, PROGRAMME_PHONE[3:7], PROGRAMME_PHONE[7:]]
    return [v for v in values if isinstance(v, str) and len(v) >= 3] + phone


def _check(run: JourneyRun, spoken: list[str], expected: list[str]) -> None:
    if run.presses > run.target:
        run.problems.append(f"{run.presses} key presses (at most {run.target})")
    said = "\n".join(run.transcript + spoken)
    for secret in _secrets():
        if secret in said:
            run.problems.append("personal data spoken")
    for text in run.transcript:
        symbol = _SYMBOLS.search(text)
        if symbol:
            run.problems.append(f"symbol {symbol.group()!r} spoken: {text[:40]!r}")
    if run.language != "ko":
        korean = [text for text in run.transcript if _HANGUL.search(text)]
        if korean:
            run.problems.append(f"Korean in {run.language} speech: {korean[0][:40]!r}")
    for announcement in expected:
        if announcement not in said:
            run.problems.append(f"not announced: {announcement[:40]!r}")


def _expected(journey: str) -> list[str]:
    from ui.common.i18n import tr

    if journey == "ticket":
        return [tr("ticket", "Please take your ticket")]
    if journey == "vote":
        return [tr("cert", "Digit entered."), tr("participation", "Your vote was counted")]
    if journey == "crisis_report":
        return [tr("cert", "Digit entered."), tr("welfare", "Your request was received")]
    if journey == "programme":
        return [
            tr("cert", "Digit entered."),
            tr("programmes", "You are registered. Please take your slip"),
        ]
    found = [
        tr("cert", "Check and pay"),
        tr("cert", "Please take your documents"),
    ]
    if journey == "certificate":
        found.append(tr("cert", "Digit entered."))
    return found


def build_audit_kiosk(config: KioskConfig, data_dir: Path) -> Any:
    """The real kiosk, shown offscreen, at 09:30 on a Monday (a fixed clock for the audit)."""
    from kiosk.clock import FakeClock
    from ui.app.compose import build_kiosk

    kiosk = build_kiosk(
        config,
        data_dir=data_dir,
        clock=FakeClock(AUDIT_TIME),
        kiosk_mode=False,
    )
    kiosk.window.show()
    return kiosk


def run_journey(config: KioskConfig, journey: str, language: str = "ko") -> JourneyRun:
    """One journey by keypad alone on a fresh kiosk with mock devices."""
    from ui.common.application import ensure_app

    ensure_app()
    devices = config.devices.model_copy(
        update={
            name: getattr(config.devices, name).model_copy(update={"backend": "mock"})
            for name in ("printer", "speech", "card_reader", "payment")
        }
    )
    devices.card_reader.mrz_scanner = "keyboard" if journey == "certificate_scanner" else "none"
    config = config.model_copy(update={"devices": devices})
    run = JourneyRun(journey, language, 0, TARGETS[journey])
    with tempfile.TemporaryDirectory() as data_dir:
        kiosk = build_audit_kiosk(config, Path(data_dir))
        kiosk.window.voice.private = lambda: False  # the loudspeaker: the strictest case
        kiosk.flow.session.language = language
        kiosk.window._carry_out(LanguageChanged(language), journal=False)
        kiosk.window.activateWindow()
        kiosk.window.setFocus()
        kiosk.start()
        keys = KeypadPresses(kiosk)
        try:
            if journey == "ticket":
                _ticket(kiosk, keys)
            elif journey == "vote":
                _vote(kiosk, keys)
            elif journey == "programme":
                _programme(kiosk, keys)
            elif journey == "crisis_report":
                _crisis_report(kiosk, keys)
            else:
                _certificate(kiosk, keys, scan=journey == "certificate_scanner")
        except (TimeoutError, LookupError) as exc:
            run.problems.append(f"journey not finished: {exc}")
        finally:
            utterances = list(getattr(kiosk.window.voice.speaker, "utterances", []))
            run.presses = keys.count
            run.transcript = [u.text for u in utterances]
            spoken = [u.spoken for u in utterances]
            _check(run, spoken, _expected(journey))
            kiosk.shutdown()
            kiosk.window.close()
    return run


def run_journeys(config: KioskConfig, languages: tuple[str, ...] = ("ko",)) -> list[JourneyRun]:
    """Every journey the config offers (no certificate journeys where no document is
    enabled, no vote where no poll is open at the audit's time, no course
    registration or crisis report where the service is off)."""
    journeys = [j for j in TARGETS if _offered(config, j)]
    return [run_journey(config, j, lang) for lang in languages for j in journeys]


def _offered(config: KioskConfig, journey: str) -> bool:
    if journey == "ticket":
        return True
    if journey == "programme":
        from kiosk.journeys.programmes import ProgrammesJourney

        return ProgrammesJourney.enabled(config)
    if journey == "crisis_report":
        from kiosk.journeys.welfare import WelfareJourney

        return WelfareJourney.enabled(config)
    return bool(config.enabled_documents) and (journey != "vote" or _votes(config))


def _votes(config: KioskConfig) -> bool:
    """Whether the kiosk offers a poll to vote in at the audit's time."""
    from kiosk.centre import participation as pa

    part = config.participation
    return part.enabled and bool(pa.open_polls(part, AUDIT_TIME, pa.center_zone(config)))


def journeys_markdown(runs: list[JourneyRun]) -> str:
    lines = [
        "## Journeys by keypad and voice",
        "",
        "| journey | language | key presses | at most | result |",
        "| --- | --- | --- | --- | --- |",
    ]
    for run in runs:
        result = "ok" if run.ok else "**FAIL**: " + "; ".join(run.problems[:4])
        lines.append(
            f"| {run.journey} | {run.language} | {run.presses} | {run.target} | {result} |"
        )
    for run in runs:
        lines += ["", f"### {run.journey} ({run.language}): what is spoken", ""]
        lines += [f"{i}. {text}" for i, text in enumerate(run.transcript, 1)]
    return "\n".join(lines) + "\n"
