"""What the home screen shows, remembered so the first frame needs no schema (Qt-free).

Validating the config means importing pydantic and building the schema's
validators: on two cores nearly as long as a bare Qt window takes to
appear. The home screen reads only a few facts from the config: the
centre's name and time zone, the default language and theme, the panel's
size, the enabled services and whether certificates are offered.

After every successful validation ``kiosk run`` stores those facts in
``<data dir>/first-frame.json`` with a checksum of the config file and the
size and modification time of the code that derives them (as Python's own
bytecode cache does). The next start paints home from that file and
validates the config right after the first frame; a config that no longer
validates still stops the kiosk with its message. A file that does not
match (the config or the code changed), or that is damaged or unreadable,
is ignored: that start validates first, as before.

Nothing personal or secret is stored: only what the home screen shows to
everyone (the config's secrets, such as the technician PIN's hash or a
database password, stay in the config file alone). This module imports
neither pydantic nor the schema (``kiosk.config`` only for type checking).
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.clock import Clock
from kiosk.config.errors import ConfigError
from kiosk.config.paths import read_config_file
from kiosk.journeys.session import Session
from kiosk.units import whole_px

if TYPE_CHECKING:
    from kiosk.config import KioskConfig

FILE_NAME = "first-frame.json"
#: Bump when the stored layout changes (older files are then ignored).
FORMAT = 1
_LANGUAGES = ("ko", "en", "zh", "vi")
#: The code whose behaviour decides what a config looks like on the home
#: screen: the schema (defaults, validators), the embedded demo config and
#: this module. A change to any of them makes stored snapshots stale.
_CODE = tuple(
    Path(__file__).parent / name
    for name in ("config.py", "first_frame.py", "units.py", "data/demo.toml")
)


class Names:
    """A name per language with Korean as the fallback, as ``LocalizedName.get``."""

    __slots__ = ("_by_language",)

    def __init__(self, by_language: Mapping[str, str]) -> None:
        if not isinstance(by_language.get("ko"), str) or not by_language["ko"]:
            raise ValueError("a Korean name is required")
        self._by_language = {
            k: v for k, v in by_language.items() if k in _LANGUAGES and isinstance(v, str) and v
        }

    def get(self, language: str) -> str:
        return self._by_language.get(language) or self._by_language["ko"]

    def to_json(self) -> dict[str, str]:
        return dict(self._by_language)


class ServiceView:
    """One enabled service as home shows it (a button, and a priority button when allowed)."""

    __slots__ = ("id", "names", "priority_allowed")

    def __init__(self, id: str, names: Names, priority_allowed: bool) -> None:
        self.id = id
        self.names = names
        self.priority_allowed = priority_allowed


class Panel:
    """The panel's size, as ``ScreenConfig`` gives it (mm -> px by the same rule)."""

    __slots__ = ("height_px", "mm_per_px", "mounting_height_mm", "width_px")

    def __init__(
        self, width_px: int, height_px: int, mm_per_px: float, mounting_height_mm: float
    ) -> None:
        if width_px <= 0 or height_px <= 0 or mm_per_px <= 0:
            raise ValueError("panel sizes must be positive")
        self.width_px = width_px
        self.height_px = height_px
        self.mm_per_px = mm_per_px
        self.mounting_height_mm = mounting_height_mm

    def px(self, mm: float) -> int:
        return whole_px(mm, self.mm_per_px)


class Center:
    __slots__ = ("name", "timezone")

    def __init__(self, name: Names, timezone: str) -> None:
        self.name = name
        self.timezone = timezone


class UIDefaults:
    __slots__ = ("fullscreen", "language", "theme")

    def __init__(self, language: str, theme: str, fullscreen: bool) -> None:
        if language not in _LANGUAGES or theme not in ("standard", "high_contrast"):
            raise ValueError("unknown language or theme")
        self.language = language
        self.theme = theme
        self.fullscreen = fullscreen


class HomeSnapshot:
    """The facts the first frame shows, with the same attribute paths as ``KioskConfig``
    (``center.name.get(language)``, ``screen.px(mm)``, ``enabled_services``), so the
    home screen reads either."""

    __slots__ = (
        "center",
        "enabled_documents",
        "enabled_services",
        "screen",
        "speech_rate",
        "speech_volume",
        "ui",
    )

    def __init__(
        self,
        *,
        center: Center,
        screen: Panel,
        ui: UIDefaults,
        services: Sequence[ServiceView],
        documents: int,
        speech_rate: float,
        speech_volume: float,
    ) -> None:
        self.center = center
        self.screen = screen
        self.ui = ui
        self.enabled_services = list(services)
        #: Only whether any is offered matters to home (a list for ``if config.enabled_documents``).
        self.enabled_documents = [None] * documents
        self.speech_rate = speech_rate
        self.speech_volume = speech_volume

    @classmethod
    def from_config(cls, config: KioskConfig) -> HomeSnapshot:
        screen = config.screen
        return cls(
            center=Center(Names(config.center.name.model_dump()), config.center.timezone),
            screen=Panel(
                screen.width_px, screen.height_px, screen.mm_per_px, screen.mounting_height_mm
            ),
            ui=UIDefaults(config.ui.language, config.ui.theme, config.ui.fullscreen),
            services=[
                ServiceView(s.id, Names(s.names.model_dump()), s.priority_allowed)
                for s in config.enabled_services
            ],
            documents=len(config.enabled_documents),
            speech_rate=config.devices.speech.rate,
            speech_volume=config.devices.speech.volume,
        )

    def to_json(self) -> dict[str, Any]:
        panel = self.screen
        return {
            "center": {"name": self.center.name.to_json(), "timezone": self.center.timezone},
            "screen": [panel.width_px, panel.height_px, panel.mm_per_px, panel.mounting_height_mm],
            "ui": [self.ui.language, self.ui.theme, self.ui.fullscreen],
            "services": [
                {"id": s.id, "names": s.names.to_json(), "priority": s.priority_allowed}
                for s in self.enabled_services
            ],
            "documents": len(self.enabled_documents),
            "speech": [self.speech_rate, self.speech_volume],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> HomeSnapshot:
        """Rebuild a stored snapshot; KeyError, TypeError or ValueError if it is not one."""
        center = data["center"]
        width, height, pitch, mounting = data["screen"]
        language, theme, fullscreen = data["ui"]
        rate, volume = data["speech"]
        services = [
            ServiceView(_text(s["id"]), Names(s["names"]), _flag(s["priority"]))
            for s in data["services"]
        ]
        return cls(
            center=Center(Names(center["name"]), _text(center["timezone"])),
            screen=Panel(int(width), int(height), float(pitch), float(mounting)),
            ui=UIDefaults(_text(language), _text(theme), _flag(fullscreen)),
            services=services,
            documents=int(data["documents"]),
            speech_rate=float(rate),
            speech_volume=float(volume),
        )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


Key = dict[str, Any]


def fingerprint(config_path: Path | None) -> Key | None:
    """What a snapshot of this config is stored with; None if a file cannot be read.

    For the config, its length and CRC-32: any edit changes them (zlib is
    loaded at start-up anyway; hashlib would add milliseconds before the
    first frame). Should two texts ever collide, the first frame shows the
    older home until the validated config replaces it moments later. For
    the code, size and modification time, which change with every edit or
    upgrade.
    """
    try:
        code = []
        for path in _CODE:
            stat = path.stat()
            code.append([path.name, stat.st_size, stat.st_mtime_ns])
        raw = None if config_path is None else read_config_file(config_path)
    except (OSError, ConfigError):
        return None  # validation, which comes next, names the problem
    config = None if raw is None else [len(raw), zlib.crc32(raw)]
    return {"format": FORMAT, "code": code, "config": config}


def load_snapshot(data_dir: Path, key: Key | None) -> HomeSnapshot | None:
    """The snapshot stored for ``key``, or None (missing, stale, damaged: validate first)."""
    if key is None:
        return None
    try:
        stored = json.loads((data_dir / FILE_NAME).read_bytes())
        if stored.get("key") != key:
            return None
        return HomeSnapshot.from_json(stored["home"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def save_snapshot(data_dir: Path, key: Key | None, config: KioskConfig) -> bool:
    """Remember ``config``'s home for the next start; False if it could not be written.

    The file is replaced atomically: a power cut leaves the old snapshot or
    the new one, and a torn file would only be ignored anyway.
    """
    if key is None:
        return False
    text = json.dumps(
        {"key": key, "home": HomeSnapshot.from_config(config).to_json()}, ensure_ascii=False
    )
    target = data_dir / FILE_NAME
    try:
        existing = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        existing = None
    if existing == text:
        return True
    import tempfile  # only when the snapshot changed, never before the first frame

    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".first-frame-", dir=data_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


class FirstFrame:
    """Stands in for ``kiosk.journeys.flow.Flow`` while the first frame is built.

    The window's look and the home screen read only ``config`` (here a
    ``HomeSnapshot``), ``session``, ``clock`` and ``offline``; the real flow
    replaces this as soon as the config is validated (``MainWindow.bind``),
    and the window holds the taps made before then.
    """

    #: Not known to be offline: a staff call made now is held until the
    #: database opens, as one made while it opens.
    offline = False

    def __init__(self, snapshot: HomeSnapshot, clock: Clock) -> None:
        self.config = snapshot
        self.clock = clock
        self.session = Session(
            language=snapshot.ui.language,
            theme=snapshot.ui.theme,
            speech_rate=snapshot.speech_rate,
            speech_volume=snapshot.speech_volume,
        )
        self._look = self._current_look()

    def _current_look(self) -> dict[str, object]:
        s = self.session
        return {"theme": s.theme, "text_zoom": s.text_zoom, "low_screen": s.low_screen}

    def switched(self) -> dict[str, object]:
        """The display settings a resident switched on this first frame (the
        access bar works before the config is validated), to carry over."""
        start = self._look
        return {k: v for k, v in self._current_look().items() if start[k] != v}
