"""Voice mode on the certificate screens: what the resident's record holds stays private.

Lee's record makes her fee-exempt (국민기초생활수급자) and lists her family by
relation (배우자, 자녀 1, 자녀 2). The loudspeaker is heard by the whole room:
it says that an exemption applies and "family member 2", never why or who.
Earphones may say both. After the session no hidden screen holds them.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig
from kiosk.journeys import certificates as c
from kiosk.journeys.flow import State
from tests.ui.test_voice import _press, _said, _speaker, _start_voice, _typed_details
from ui.app.compose import Kiosk
from ui.common.i18n import tr
from ui.resident.screens.certificate import CertOptionsScreen, CertSummaryScreen

EXEMPTION = "국민기초생활수급자"
RELATIONS = ("배우자", "자녀")


@pytest.fixture
def config(config: KioskConfig) -> KioskConfig:
    config.devices.card_reader.mock.identity = "demo-lee"
    config.devices.payment.waive_for_exempt = True
    return config


def _options_by_voice(kiosk: Kiosk, qtbot: Any, document: str) -> None:
    """Voice mode on, Lee's ID details sent, and her record read: the options screen."""
    _start_voice(kiosk, qtbot)
    kiosk.window.send(c.OpenCertificates())
    kiosk.window.send(c.ChooseDocument(document))
    typed = _typed_details("demo-lee")
    kiosk.window.send(
        c.SubmitMrz(typed["document_number"], typed["birth_date"], typed["expiry_date"])
    )
    qtbot.waitUntil(lambda: kiosk.flow.state is State.CERT_OPTIONS, timeout=10000)


def _summary_heard(kiosk: Kiosk, qtbot: Any) -> str:
    _options_by_voice(kiosk, qtbot, "resident-copy")
    kiosk.window.send(c.ConfirmOptions())
    assert kiosk.flow.state is State.CERT_SUMMARY
    assert kiosk.flow.context.cert.exemption_id == "basic-livelihood"
    title = tr("cert", "Check and pay")
    qtbot.waitUntil(lambda: title in _speaker(kiosk).utterances[-1].text, timeout=3000)
    return _speaker(kiosk).utterances[-1].text


def test_the_loudspeaker_and_screen_say_an_exemption_applies_but_not_why(
    qtbot: Any, kiosk: Kiosk
) -> None:
    kiosk.window.voice.private = lambda: False
    summary = _summary_heard(kiosk, qtbot)
    assert tr("cert", "Fee exemption applied") in summary
    assert EXEMPTION not in _said(kiosk)
    _press(Qt.Key.Key_0, qtbot)  # repeated on request: still without the reason
    assert tr("cert", "Check and pay") in _speaker(kiosk).utterances[-1].text
    assert EXEMPTION not in _said(kiosk)
    # Nor does the screen, which the next in line can read over a shoulder:
    # it says that an exemption applies, as the receipt does.
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertSummaryScreen)
    shown = " ".join(label.text() for label in screen.lines)
    assert EXEMPTION not in shown
    assert tr("cert", "Fee exemption applied") in shown


def test_earphones_hear_the_reason_for_the_exemption(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.window.voice.private = lambda: True
    summary = _summary_heard(kiosk, qtbot)
    assert tr("cert", "Fee exemption: {reason}", reason=EXEMPTION) in summary


def test_the_summary_forgets_the_exemption_when_the_session_ends(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.window.voice.private = lambda: False
    _summary_heard(kiosk, qtbot)
    summary = kiosk.window.current_screen
    assert isinstance(summary, CertSummaryScreen)
    _press(Qt.Key.Key_NumberSign, qtbot)  # hash: the first screen, the session ends
    assert kiosk.flow.state is State.HOME
    assert [label.text() for label in summary.lines] == [""] * len(summary.lines)


def _member_toggles_heard(kiosk: Kiosk, qtbot: Any) -> tuple[list[str], CertOptionsScreen]:
    """Moves with 8 onto each family member of a 특정 가족관계증명서; what each said."""
    _options_by_voice(kiosk, qtbot, "family-relations")
    kiosk.window.send(c.SetCertOption("family_kind", "specific"))
    screen = kiosk.window.current_screen
    assert isinstance(screen, CertOptionsScreen)
    shown = [t for t in screen.member_toggles if t.isVisible()]
    assert len(shown) == 3
    heard = []
    for _ in range(40):
        _press(Qt.Key.Key_8, qtbot)
        if QApplication.focusWidget() in shown:
            heard.append(_speaker(kiosk).utterances[-1].text)
        if QApplication.focusWidget() is shown[-1]:
            return heard, screen
    raise AssertionError("the family members are not reachable with the keypad")


def test_the_loudspeaker_numbers_family_members_instead_of_naming_relations(
    qtbot: Any, kiosk: Kiosk
) -> None:
    kiosk.window.voice.private = lambda: False
    heard, screen = _member_toggles_heard(kiosk, qtbot)
    assert len(heard) == 3
    assert heard[2].startswith(tr("cert", "Family member {number}", number=3))
    assert not any(relation in text for text in heard for relation in RELATIONS)
    _press(Qt.Key.Key_NumberSign, qtbot)
    assert kiosk.flow.state is State.HOME
    held = [
        text
        for toggle in screen.member_toggles
        for text in (toggle.text(), toggle.accessibleName(), toggle.property("private_name"))
    ]
    assert not any(relation in (text or "") for text in held for relation in RELATIONS)


def test_earphones_hear_the_family_relations(qtbot: Any, kiosk: Kiosk) -> None:
    kiosk.window.voice.private = lambda: True
    heard, _screen = _member_toggles_heard(kiosk, qtbot)
    assert [text.split("\n")[0] for text in heard] == ["배우자", "자녀 1", "자녀 2"]
