"""The base of the centre services' stores (``Lending``, ``Programmes``).

A store reads and writes one service's tables. Each one needs the same
four things: the engine, the config, the clock (the centre's calendar day
decides what is "today") and the centre key that encrypts phone numbers.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import Clock
from kiosk.config import KioskConfig


class CentreStore:
    """One service's rows in the centre's database; thread-safe as the engine is."""

    def __init__(
        self, engine: Engine, config: KioskConfig, clock: Clock, key: PersonalDataKey
    ) -> None:
        self._engine = engine
        self._config = config
        self._clock = clock
        self._key = key
        self._zone = ZoneInfo(config.center.timezone)

    def today(self) -> date:
        """The centre's calendar day now (what a business day and a due date count in)."""
        return self._clock.now().astimezone(self._zone).date()
