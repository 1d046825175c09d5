"""Which config file the kiosk reads and where its data lives (Qt-free, schema-free).

Kept apart from the schema: commands that only need to know where things are
(``kiosk config path``, the data folder of ``kiosk db``) do not import pydantic.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from kiosk.i18n import Text

APP_NAME = "community-kiosk"
CONFIG_FILE_NAME = "kiosk.toml"
#: A real config is a few KB; anything past this is not one (or is a device
#: that never stops giving bytes, such as /dev/zero).
MAX_CONFIG_BYTES = 1024 * 1024

Origin = Literal["argument", "environment", "data dir", "embedded"]


def default_data_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$KIOSK_DATA_DIR``, else the per-user data folder."""
    env = os.environ if environ is None else environ
    override = env.get("KIOSK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


@dataclass(frozen=True)
class ConfigLocation:
    """Which config file to read and where changes go."""

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


def read_config_file(path: Path) -> bytes:
    """The bytes of config file ``path``; ``ConfigError`` naming the file if it is unusable.

    Only a regular file of at most ``MAX_CONFIG_BYTES`` is read. A FIFO
    would block the kiosk forever waiting for a writer, and a device such
    as /dev/zero would fill the memory, so anything else is refused before
    a byte is read: checked before opening (opening some devices has
    effects) and again on the open descriptor (the path may have been
    swapped in between). The file is opened non-blocking so that even a
    FIFO swapped in at that moment cannot hang the open.
    """
    from kiosk.config.errors import ConfigError, ConfigProblem
    from kiosk.i18n import N_

    def refuse(reason: Text) -> ConfigError:
        return ConfigError(str(path), [ConfigProblem.of("", reason)])

    not_regular = N_("config", "not a regular file (a folder, FIFO or device); refusing to read it")
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise refuse(not_regular)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        raise refuse(N_("config", "cannot read file: {error}", error=str(exc.strerror))) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise refuse(not_regular)
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_CONFIG_BYTES:
            chunk = os.read(fd, MAX_CONFIG_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise refuse(N_("config", "cannot read file: {error}", error=str(exc.strerror))) from None
    finally:
        os.close(fd)
    if size > MAX_CONFIG_BYTES:
        raise refuse(too_large())
    return b"".join(chunks)


def too_large() -> Text:
    """Why a file over ``MAX_CONFIG_BYTES`` is refused: by the loader, and by
    the writer before it would write one the loader refuses."""
    from kiosk.i18n import N_

    return N_(
        "config",
        "file is larger than {limit} KiB; a config file is a few KB",
        limit=MAX_CONFIG_BYTES // 1024,
    )
