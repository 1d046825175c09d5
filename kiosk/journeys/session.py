"""One resident's visit: their choices and (later) their identity, wiped at the end.

Everything personal lives here and nowhere else; ``wipe()`` runs when the
session ends (done, cancel, timeout, card removed) and the next resident
starts from the configured defaults.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.config import UIConfig

_ids = itertools.count(1)


@dataclass
class Session:
    language: str
    theme: str
    text_zoom: float = 1.0
    low_screen: bool = False
    voice: bool = False
    speech_rate: float = 0.0
    speech_volume: float = 0.8
    id: int = field(default_factory=lambda: next(_ids))
    #: Personal data for the current journey (identity, records); never logged.
    personal: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def fresh(
        cls,
        ui: UIConfig,
        *,
        rate: float = 0.0,
        volume: float = 0.8,
        low_screen: bool = False,
        template: bool = False,
    ) -> Session:
        """A new resident's session; ``template``: only to compare with (no id of its own)."""
        session = cls(
            language=ui.language,
            theme=ui.theme,
            low_screen=low_screen,
            speech_rate=rate,
            speech_volume=volume,
            id=0,
        )
        if not template:
            session.id = next(_ids)
        return session

    def settings(self) -> tuple[object, ...]:
        """What the resident can change about how the kiosk looks and speaks."""
        return (
            self.language,
            self.theme,
            self.text_zoom,
            self.low_screen,
            self.voice,
            self.speech_rate,
            self.speech_volume,
        )

    def wipe(self) -> None:
        for value in self.personal.values():
            wipe = getattr(value, "wipe", None)
            if callable(wipe):
                wipe()
        self.personal.clear()

    def __repr__(self) -> str:
        return f"Session(id={self.id}, language={self.language!r}, voice={self.voice})"
