"""No screen keeps the last resident's language: each is built once, for whoever came first.

The phone keypad's Delete and Clear stayed in Vietnamese ("Xóa") for every
Korean resident after a Vietnamese one. This shows every screen the audit
knows in Vietnamese, then in Korean, and reads what each shows.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

import tools.a11y.audit as audit
from tools.a11y.audit import Finding, _texts, run_audit
from ui.app.compose import Kiosk
from ui.resident.window import SCREENS

#: Letters Vietnamese has and Korean and English screens never show.
VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def test_a_korean_resident_after_a_vietnamese_one_reads_only_korean(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale: list[str] = []
    read: set[tuple[str, str]] = set()

    def read_screen(kiosk: Any, screen: str, variant: str, language: str, _s: Any) -> list[Finding]:
        read.add((screen, language))
        for widget in _texts(kiosk.window):
            text = widget.text()  # type: ignore[attr-defined]
            # The language screen names Vietnamese in Vietnamese, on purpose.
            if language == "ko" and VIETNAMESE.search(text) and text != "Tiếng Việt":
                stale.append(f"{screen}: {text!r}")
        return []

    monkeypatch.setattr(audit, "audit_screen", read_screen)
    kiosk.window.show()
    run_audit(kiosk, languages=("vi", "ko"), variants=("standard",))
    # The buttons the welfare screen replaced wait for an event loop to be deleted;
    # a test has none running.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Every screen was read, in both languages: an empty list means something.
    assert read == {(state.value, language) for state in SCREENS for language in ("vi", "ko")}
    assert stale == []
