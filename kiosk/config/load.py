"""Reading configuration: TOML text and files into a validated ``KioskConfig``.

Every way in ends in ``parse_config``, which upgrades an older layout
(``migrate``) and turns every schema violation into a ``ConfigProblem``
at its key path. ``load_config`` reads a file, or the embedded demo
(``kiosk/data/demo.toml``) when there is none. A broken, huge or hostile
file becomes one ``ConfigError`` naming it, never a hang or a traceback:
files are size-checked by ``read_config_file`` and nesting is limited to
``MAX_CONFIG_DEPTH`` before and after parsing.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.config.errors import ConfigError, ConfigProblem, format_path, problems_from
from kiosk.config.paths import read_config_file
from kiosk.config.schema.root import KioskConfig, migrate
from kiosk.i18n import N_

#: How deep tables and arrays may nest. The schema needs five levels; a file
#: nested hundreds deep is not a config (and would exhaust Python's stack in
#: the TOML parser or the validators).
MAX_CONFIG_DEPTH = 32

#: What matters for nesting in TOML text: strings and comments (skipped),
#: brackets, ``=`` and line ends.
_TOML_TOKEN = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}=\n]',
    re.DOTALL,
)


def parse_config(data: Mapping[str, Any], source: str = "<config>") -> KioskConfig:
    """Validate parsed config ``data``; ``ConfigError`` naming ``source`` lists every problem."""
    try:
        return KioskConfig.model_validate(migrate(dict(data)))
    except ValidationError as exc:
        raise ConfigError(source, problems_from(exc)) from None


def default_config_text() -> str:
    """The embedded demo config as written (what ``kiosk config show --embedded`` prints)."""
    return resources.files("kiosk.data").joinpath("demo.toml").read_text(encoding="utf-8")


def default_config() -> KioskConfig:
    """The embedded demo config: a fictional center with mock devices and SQLite."""
    return parse_config(tomllib.loads(default_config_text()), "<embedded demo config>")


def _too_deep_in_text(text: str) -> tuple[str, int] | None:
    """(key path, line) of the first value nested deeper than ``MAX_CONFIG_DEPTH``, or None.

    Run before parsing: Python's TOML parser recurses once per level and
    would raise RecursionError on a few hundred levels. The key path is the
    table header and key of the statement, as far as plain text tells.
    """
    if text.count("[") + text.count("{") <= MAX_CONFIG_DEPTH:
        return None  # every real config: nothing to scan
    depth = 0
    line = 1
    table = ""
    key = ""
    line_start = 0
    for match in _TOML_TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
            line_start = match.end()
        elif token in "[{":
            if depth == 0 and token == "[" and not text[line_start : match.start()].strip():
                end = text.find("]", match.end())
                table = text[match.end() : end if end >= 0 else len(text)].strip("[] \t")
                key = ""
            depth += 1
            if depth > MAX_CONFIG_DEPTH:
                return ".".join(p for p in (table, key) if p), line
        elif token in "]}":
            depth = max(0, depth - 1)
        elif token == "=" and depth == 0:
            key = text[line_start : match.start()].strip()
        else:
            line += token.count("\n")  # a multi-line string or a comment
    return None


def _too_deep_in_data(data: Mapping[str, Any]) -> str | None:
    """The key path of the first value nested deeper than ``MAX_CONFIG_DEPTH``, or None.

    Dotted keys (``a.b.c.d = 1``) nest without brackets; walked without
    recursion for the same reason as the text scan.
    """
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if len(loc) > MAX_CONFIG_DEPTH:
            return format_path(loc)
        if isinstance(value, Mapping):
            stack.extend(((*loc, str(k)), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*loc, i), v) for i, v in enumerate(value))
    return None


def refuse_deep_toml(text: str, source: str) -> None:
    """``ConfigError`` if TOML ``text`` nests brackets deeper than ``MAX_CONFIG_DEPTH``."""
    found = _too_deep_in_text(text)
    if found is not None:
        where, line = found
        problem = N_(
            "config",
            "nested more than {limit} levels deep (line {line})",
            limit=MAX_CONFIG_DEPTH,
            line=line,
        )
        raise ConfigError(source, [ConfigProblem.of(where, problem)])


def loads_toml(text: str, source: str) -> dict[str, Any]:
    """Parse config TOML; ``ConfigError`` naming ``source`` (and the key path) if it cannot be."""
    refuse_deep_toml(text, source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem = N_("config", "not valid TOML: {error}", error=str(exc))
        raise ConfigError(source, [ConfigProblem.of("", problem)]) from None
    deep = _too_deep_in_data(data)
    if deep is not None:
        too_deep = N_("config", "nested more than {limit} levels deep", limit=MAX_CONFIG_DEPTH)
        raise ConfigError(source, [ConfigProblem.of(deep, too_deep)])
    return data


def load_config(path: Path | None) -> KioskConfig:
    """Load ``path`` (or the embedded demo config); raise ``ConfigError`` with every problem.

    The file is read by ``read_config_file`` (regular files of at most
    ``MAX_CONFIG_BYTES`` only) and parsed by ``loads_toml`` (nesting limited
    to ``MAX_CONFIG_DEPTH``): a broken, huge or hostile file is one line
    naming it, never a hang or a traceback.
    """
    if path is None:
        return default_config()
    return parse_config(loads_toml(read_config_text(path), str(path)), str(path))


def read_config_text(path: Path) -> str:
    """The text of config file ``path`` (``read_config_file``'s checks, then UTF-8)."""
    raw = read_config_file(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        problem = N_("config", "file is not UTF-8 text")
        raise ConfigError(str(path), [ConfigProblem.of("", problem)]) from None
