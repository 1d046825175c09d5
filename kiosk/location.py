"""Which config file the kiosk reads and where its data lives (Qt-free, schema-free).

Split from ``kiosk.settings`` so that ``kiosk run`` can find its config and
data folder without importing the schema (pydantic): the first frame is
painted from a remembered snapshot (``kiosk.first_frame``) before the
config is validated.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, NamedTuple

APP_NAME = "community-kiosk"
CONFIG_FILE_NAME = "kiosk.toml"

Origin = Literal["argument", "environment", "data dir", "embedded"]


def default_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$KIOSK_DATA_DIR``, else the per-user data folder."""
    env = os.environ if environ is None else environ
    override = env.get("KIOSK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


class ConfigLocation(NamedTuple):
    """Which config file to read and where changes go.

    A NamedTuple, not a frozen dataclass: ``kiosk run`` creates this class
    on the way to its first frame, and a frozen dataclass costs five times
    as much to create.
    """

    #: The file to read; ``None`` means the embedded demo config.
    path: Path | None
    #: Where saved changes are written (equals ``path`` unless embedded).
    save_path: Path
    origin: Origin

    def describe(self) -> str:
        if self.path is None:
            return f"embedded demo config (changes go to {self.save_path})"
        return f"{self.path} (from {self.origin})"


def resolve_config_path(
    explicit: Path | None = None,
    data_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> ConfigLocation:
    """``--config FILE``, else ``$KIOSK_CONFIG``, else ``<data dir>/kiosk.toml``
    if it exists, else the embedded demo config (changes then go to
    ``<data dir>/kiosk.toml``)."""
    env = os.environ if environ is None else environ
    if explicit is not None:
        return ConfigLocation(explicit, explicit, "argument")
    from_env = env.get("KIOSK_CONFIG")
    if from_env:
        path = Path(from_env)
        return ConfigLocation(path, path, "environment")
    folder = data_dir if data_dir is not None else default_data_dir(env)
    candidate = folder / CONFIG_FILE_NAME
    if candidate.is_file():
        return ConfigLocation(candidate, candidate, "data dir")
    return ConfigLocation(None, candidate, "embedded")
