"""``[devices.speech]``: the voice that reads screens and calls aloud."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kiosk.config.schema.common import ConfigModel


class SpeechConfig(ConfigModel):
    backend: Literal["mock", "espeak", "qt", "clips"] = Field(
        default="mock", title="Speech backend"
    )
    """How the kiosk speaks."""

    rate: float = Field(default=0.0, ge=-1.0, le=1.0, title="Default rate")
    """-1 slow, 0 normal, 1 fast."""

    volume: float = Field(default=0.8, ge=0.0, le=1.0, title="Default volume")
    """0 silent, 1 loudest."""

    qt_engine: str = Field(default="", title="Qt speech engine")
    """speechd, winrt, sapi or empty for the platform default."""

    clips_dir: str = Field(default="", title="Recorded clips folder")
    """Folder of recorded prompts per language (clips backend)."""

    espeak_output: Literal["device", "null"] = Field(default="device", title="espeak-ng output")
    """device: the sound card; null: discard audio in real time (no sound card)."""

    headset: Literal["auto", "always", "never"] = Field(default="auto", title="Earphones")
    """Whether speech is private, so typed characters may be read back: auto: when earphones are
    detected in the jack (unknown counts as none); always: the kiosk has earphones or a handset
    only; never: loudspeaker only."""
