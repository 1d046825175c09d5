"""The rate and volume every Qt-free speaker keeps, changed from any thread under its lock."""

from __future__ import annotations

import threading

from kiosk.ports.speech import clamp_rate, clamp_volume


class VoiceSettings:
    """Rate and volume behind ``_cond``, the condition a speaker also guards its queue with."""

    def __init__(self, rate: float, volume: float) -> None:
        self._cond = threading.Condition()
        self._rate = clamp_rate(rate)
        self._volume = clamp_volume(volume)

    @property
    def rate(self) -> float:
        with self._cond:
            return self._rate

    @property
    def volume(self) -> float:
        with self._cond:
            return self._volume

    def set_rate(self, rate: float) -> None:
        with self._cond:
            self._rate = clamp_rate(rate)

    def set_volume(self, volume: float) -> None:
        with self._cond:
            self._volume = clamp_volume(volume)
