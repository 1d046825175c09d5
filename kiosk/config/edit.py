"""Where the config file lives, how it is changed, and how it is saved safely (Qt-free).

Used by ``kiosk config set``, ``kiosk tech set-pin`` and technician mode.

* ``resolve_config_path`` (``kiosk.config.paths``) is the one rule for which file a command uses:
  ``--config FILE``, else ``$KIOSK_CONFIG``, else ``<data dir>/kiosk.toml``
  if it exists, else the embedded demo config (changes are then written to
  ``<data dir>/kiosk.toml``, starting from the demo).
* ``set_value`` changes one setting by key path (``devices.printer.network.host``,
  ``services[2].prefix``) and validates the whole config with the schema, so
  a technician sees the same ``ConfigProblem`` messages as ``kiosk config
  validate`` (translated into the kiosk's language).
* ``save_config`` sets in the file, as it is written, only the settings
  that changed: comments, order and what the file leaves to the defaults
  stay. It refuses a result the loader would refuse (too large, too deep).
* ``atomic_write`` replaces the file so that a power cut leaves either the
  old or the new file, never a torn one; the previous file is kept as
  ``<name>.bak``. ``update_config`` (and ``SettingsStore.commit``) read the
  file again and save it under a lock (``<name>.lock``), so two programs
  changing it at once do not undo each other's change.
* ``tickets_held_back`` says why a change may not be saved yet: it renames,
  renumbers or turns off a service whose tickets are still in play today
  (technician mode and ``kiosk config set`` ask it before saving).
* ``field_specs`` describes the schema's fields (title, description, kind,
  bounds, choices) so the settings screens can be generated from it.
* ``redacted_data`` is the config without secrets, for display and for
  diagnostics bundles.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import tomllib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from kiosk.config import paths
from kiosk.config.errors import ConfigError, ConfigProblem, ConfigValueError, format_path
from kiosk.config.load import (
    default_config,
    default_config_text,
    load_config,
    loads_toml,
    parse_config,
    read_config_text,
    refuse_deep_toml,
)

# Re-exported: the commands and technician mode find files through this module.
from kiosk.config.paths import APP_NAME as APP_NAME
from kiosk.config.paths import CONFIG_FILE_NAME as CONFIG_FILE_NAME
from kiosk.config.paths import ConfigLocation as ConfigLocation
from kiosk.config.paths import Origin as Origin
from kiosk.config.paths import default_data_dir as default_data_dir
from kiosk.config.paths import resolve_config_path as resolve_config_path
from kiosk.config.schema.root import KioskConfig
from kiosk.i18n import N_, Text

BACKUP_SUFFIX = ".bak"
#: Beside the config file: held while the file is read, changed and saved.
LOCK_SUFFIX = ".lock"


def load_location(location: ConfigLocation) -> KioskConfig:
    return load_config(location.path)


# --- key paths -----------------------------------------------------------------

_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")

PathPart = str | int
KeyPath = tuple[PathPart, ...]


def parse_key_path(key: str) -> tuple[PathPart, ...]:
    """``services[2].prefix`` -> ``("services", 2, "prefix")``; ValueError if malformed."""
    parts: list[PathPart] = []
    pos = 0
    key = key.strip()
    if not key:
        raise ConfigValueError(N_("config", "empty key"))
    while pos < len(key):
        if parts and key[pos] == ".":
            pos += 1
        match = _SEGMENT.match(key, pos)
        if match is None:
            raise ConfigValueError(
                N_(
                    "config",
                    'malformed key "{key}" (expected e.g. devices.printer.backend)',
                    key=key,
                )
            )
        name, index = match.groups()
        parts.append(int(index) if index is not None else name)
        pos = match.end()
    return tuple(parts)


def parse_value(text: str) -> Any:
    """A TOML value (``9100``, ``true``, ``[1, 2]``, ``"x"``), falling back to the plain string."""
    refuse_deep_toml(text, "value")  # the parser would recurse out of stack
    try:
        return tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        return text


def config_data(config: KioskConfig) -> dict[str, Any]:
    """The config as plain data (None kept, so validation sees exactly the same values)."""
    return config.model_dump(mode="json")


def get_value(config: KioskConfig, key: str) -> Any:
    node: Any = config_data(config)
    for part in parse_key_path(key):
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            raise ConfigError(
                key, [ConfigProblem.of(key, N_("config", "no such setting"))]
            ) from None
    return node


def _assign(data: dict[str, Any], parts: tuple[PathPart, ...], value: Any, key: str) -> None:
    node: Any = data
    for depth, part in enumerate(parts[:-1]):
        nxt = parts[depth + 1]
        where = format_path(parts[: depth + 1])
        if isinstance(part, int):
            if not isinstance(node, list) or not 0 <= part < len(node):
                raise ConfigError(key, [ConfigProblem.of(where, N_("config", "no such item"))])
            if node[part] is None:
                node[part] = {} if isinstance(nxt, str) else []
            node = node[part]
        else:
            if not isinstance(node, dict):
                raise ConfigError(key, [ConfigProblem.of(where, N_("config", "not a table"))])
            if node.get(part) is None:
                # An optional table that is not set yet (e.g. devices.printer.network).
                node[part] = {} if isinstance(nxt, str) else []
            node = node[part]
    last = parts[-1]
    if isinstance(last, int):
        if not isinstance(node, list) or not 0 <= last < len(node):
            raise ConfigError(
                key, [ConfigProblem.of(format_path(parts), N_("config", "no such item"))]
            )
        node[last] = value
    else:
        if not isinstance(node, dict):
            where = format_path(parts[:-1])
            raise ConfigError(key, [ConfigProblem.of(where, N_("config", "not a table"))])
        node[last] = value


def set_value(config: KioskConfig, key: str, value: Any, source: str = "<change>") -> KioskConfig:
    """A new config with ``key`` set to ``value``, validated; ``ConfigError`` if not valid.

    The original ``config`` is never modified.
    """
    try:
        parts = parse_key_path(key)
    except ConfigValueError as exc:
        raise ConfigError(source, [ConfigProblem(key, str(exc), exc.text)]) from None
    data = config_data(config)
    _assign(data, parts, value, source)
    return parse_config(data, source)


def problems_at(error: ConfigError, key: str) -> list[ConfigProblem]:
    """Problems reported at ``key`` or below it (what a field shows next to itself)."""
    return [p for p in error.problems if p.path == key or p.path.startswith((key + ".", key + "["))]


# --- services with tickets in play -------------------------------------------------


@dataclass(frozen=True)
class QueueChange:
    """A change to a service that its tickets in play must not meet: the key
    path of the change and the service's id before it."""

    path: str
    service_id: str
    #: The service is turned off (else renamed, removed, or given another prefix or band).
    turned_off: bool = False


def queue_changes(old: KioskConfig, new: KioskConfig) -> list[QueueChange]:
    """Each service of ``old`` that ``new`` renames, removes, gives another
    prefix or band, or turns off (one change per service)."""
    kept = {service.id: (index, service) for index, service in enumerate(new.services)}
    found: list[QueueChange] = []
    for index, service in enumerate(old.services):
        if service.id not in kept:
            renamed = index < len(new.services)
            found.append(
                QueueChange(f"services[{index}].id" if renamed else "services", service.id)
            )
            continue
        at, now = kept[service.id]
        if now.prefix != service.prefix:
            found.append(QueueChange(f"services[{at}].prefix", service.id))
        elif now.band != service.band:
            found.append(QueueChange(f"services[{at}].band", service.id))
        elif service.enabled and not now.enabled:
            found.append(QueueChange(f"services[{at}].enabled", service.id, turned_off=True))
    return found


def listed_codes(codes: list[str], most: int = 5) -> str:
    """``codes`` for a message: the first ``most`` of them, then how many more."""
    shown = ", ".join(codes[:most])
    return shown if len(codes) <= most else f"{shown} (+{len(codes) - most})"


def tickets_held_back(
    old: KioskConfig,
    new: KioskConfig,
    codes_in_play: Callable[[list[str]], Mapping[str, list[str]]],
) -> list[ConfigProblem]:
    """Why ``new`` may not replace ``old`` yet: one problem per ``queue_changes``
    whose service still has tickets in play today, naming the key path and the
    codes; [] when it may.

    Counters call a service's tickets by its id, and only while it is on, so
    renamed, removed or turned off it leaves them waiting with nobody to call
    them; and residents hold the codes on paper, which another prefix or band
    would give again. ``codes_in_play`` (``Queue.codes_in_play``: the codes in
    play per service id) is asked only when there is a change to ask about;
    what it raises (a database that does not answer) is the caller's to tell.
    Technician mode and ``kiosk config set`` both ask this before saving.
    """
    changes = queue_changes(old, new)
    if not changes:
        return []
    in_play = codes_in_play([change.service_id for change in changes])
    return [
        ConfigProblem.of(change.path, _held_back_text(change, in_play[change.service_id]))
        for change in changes
        if in_play.get(change.service_id)
    ]


def _held_back_text(change: QueueChange, codes: list[str]) -> Text:
    if change.turned_off:
        return N_(
            "tech",
            "{codes} of service {service} are still waiting, called or being served "
            "today, and once it is off no counter can call them. Turn it off after the "
            "counters have finished or cancelled them (or tomorrow); nothing was changed",
            codes=listed_codes(codes),
            service=change.service_id,
        )
    return N_(
        "tech",
        "{codes} of service {service} are still waiting, called or being served "
        "today: counters call them by the service's id and residents hold the "
        "codes on paper. Change its id, prefix or band after the counters have "
        "finished or cancelled them (or tomorrow); nothing was changed",
        codes=listed_codes(codes),
        service=change.service_id,
    )


# --- saving ----------------------------------------------------------------------


def strip_none(value: Any) -> Any:
    """``value`` without its None entries: TOML has no null, and a missing key
    means "the default" on loading."""
    if isinstance(value, dict):
        return {k: strip_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_none(v) for v in value if v is not None]
    return value


def _fsync_dir(folder: Path) -> None:
    # Make the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_durably(fd: int, data: bytes) -> None:
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _resolved(path: Path) -> Path:
    """``path`` with its symbolic links followed (to where the file is, or would be, created)."""
    return Path(os.path.realpath(path))


def atomic_write(
    path: Path,
    data: bytes,
    *,
    backup: bool = True,
    before_replace: Callable[[Path], None] | None = None,
    mode: int | None = None,
) -> None:
    """Replace ``path`` with ``data`` so a crash leaves the old or the new file, whole.

    The data goes to a temporary file in the same folder (same file system,
    so the rename is atomic), is flushed and fsynced, and only then renamed
    over ``path``; the folder is fsynced so the rename survives a power cut.
    The previous file is first copied to ``<name>.bak`` the same way (copied,
    not moved: ``path`` must exist at every moment). ``before_replace`` is a
    test hook called with the finished temporary file just before the rename.

    The new file (and its backup) get ``mode``; without one, a new file is
    0600 and an existing file keeps its permissions.

    A ``path`` that is a symbolic link stays one: the file it points to is
    replaced, with the temporary file and the backup beside that file.
    """
    path = _resolved(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    forced = mode
    mode = 0o600 if forced is None else forced  # the file may hold the technician PIN hash
    with contextlib.suppress(FileNotFoundError):
        if forced is None:
            mode = path.stat().st_mode & 0o777
        if backup:
            old = path.read_bytes()
            bak = path.with_name(path.name + BACKUP_SUFFIX)
            fd, tmp_bak = tempfile.mkstemp(dir=folder, prefix=f".{bak.name}.", suffix=".tmp")
            try:
                os.fchmod(fd, mode)
                _write_durably(fd, old)
                os.replace(tmp_bak, bak)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_bak)
                raise
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        _write_durably(fd, data)
        if before_replace is not None:
            before_replace(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def save_config(
    config: KioskConfig,
    path: Path,
    *,
    before_replace: Callable[[Path], None] | None = None,
    mode: int | None = None,
) -> None:
    """Set in the file at ``path`` the settings where ``config`` differs from it; save atomically.

    The file is changed as it is written (``FileEdit``): its comments, its
    order and every key it does not set stay, and what it leaves out is not
    written in. Without a file, the embedded demo's text is the start, as
    the kiosk starts from it. ``ConfigError`` if the file cannot be read, or
    if the kiosk would refuse to read the result: nothing is written then.
    ``mode``: the file's permissions (see ``atomic_write``).
    """
    source = str(path)
    if path.exists():
        written = read_config_text(path)
        saved = parse_config(loads_toml(written, source), source)  # the loader's checks first
    else:
        written = default_config_text()
        saved = default_config()
    edit = FileEdit(written)
    edit.change(config_data(saved), config_data(config), source)
    text = edit.text()
    data = text.encode("utf-8")
    # A file the loader refuses would keep the kiosk from starting and
    # `kiosk config set` from mending it: refuse it here, by the same rules.
    if len(data) > paths.MAX_CONFIG_BYTES:
        where = format_path(edit.changed[0]) if len(edit.changed) == 1 else ""
        raise ConfigError(source, [ConfigProblem.of(where, paths.too_large())])
    parse_config(loads_toml(text, source), source)
    atomic_write(path, data, before_replace=before_replace, mode=mode)


class FileEdit:
    """Settings changed in a config file's own text, everything else left as written.

    tomlkit keeps the comments and layout; its tables and arrays are dicts
    and lists, so they are walked alongside the config's plain data.
    """

    def __init__(self, text: str) -> None:
        # Here, not at the top: only saving needs tomlkit, starting the kiosk does not.
        import tomlkit

        self.document = tomlkit.parse(text)
        #: Key paths set or removed.
        self.changed: list[KeyPath] = []
        #: Values the file has no place for yet: (table or list, key, key path, value).
        self._new: list[tuple[Any, PathPart, KeyPath, Any]] = []

    def text(self) -> str:
        return self.document.as_string()

    def change(self, old: dict[str, Any], new: dict[str, Any], source: str) -> None:
        """Make the file, which loads as ``old`` (plain config data), load as ``new``."""
        self._change_table(self.document, old, new, ())
        self._add_what_is_needed(source)

    def _change(self, node: Any, key: PathPart, old: Any, new: Any, path: KeyPath) -> None:
        if old == new:
            return
        if not _holds(node, key):
            if new is not None:
                self._new.append((node, key, path, new))
                self.changed.append(path)
            return
        child = node[key]
        if isinstance(old, dict) and isinstance(new, dict) and isinstance(child, dict):
            self._change_table(child, old, new, path)
        elif isinstance(old, list) and isinstance(new, list) and _same_length(child, old):
            left = self._change_list(child, old, new, path)
            _keep_lines_of_emptied(node, key, left)
        else:
            if new is None:
                del node[key]
            else:
                node[key] = _in_table(node, strip_none(new))
            self.changed.append(path)

    def _change_table(
        self, node: Any, old: dict[str, Any], new: dict[str, Any], path: KeyPath
    ) -> None:
        names = [*new, *(name for name in old if name not in new)]
        for name in names:
            self._change(node, name, old.get(name), new.get(name), (*path, name))

    def _change_list(self, node: Any, old: list[Any], new: list[Any], path: KeyPath) -> list[Any]:
        """Returns the lines above the next header if the list is emptied."""
        # A removed item's own table goes: compared by position instead, every
        # later item would be rewritten into the table before it, and the
        # comments tomlkit keeps at a table's end would go with the last one.
        removed = _removed_by_id(old, new)
        left: list[Any] = []
        for index in reversed(removed):
            left = _remove_item(node, index)
            self.changed.append((*path, index))
        old = [item for index, item in enumerate(old) if index not in removed]
        # Item by item, so a change to services[1] leaves services[0]'s comments alone.
        for index, item in enumerate(new):
            before = old[index] if index < len(old) else None
            self._change(node, index, before, item, (*path, index))
        for index in reversed(range(len(new), len(old))):
            self._change(node, index, old[index], None, (*path, index))
        return left

    def _add_what_is_needed(self, source: str) -> None:
        """Write the new values, each cut down to what the config needs.

        A table written where the file had none (``devices.printer.network``,
        a new service) gets only the keys without which the file would load
        differently: defaults stay defaults, and a catalogue the file takes
        from documents.toml is not copied in.
        """
        from tomlkit.items import Table

        if not self._new:
            return
        data = self.document.unwrap()
        for _node, key, path, value in self._new:
            _set(_node_at(data, path[:-1]), key, strip_none(value))
        target = config_data(parse_config(data, source))
        for node, key, path, _value in self._new:
            parent = _node_at(data, path[:-1])
            if _needed(data, parent, key, target):
                if isinstance(node, Table) and self._dotted(path[:-1]):
                    # A table written under [card_reader.passive_auth] there would be a
                    # top-level table: tomlkit leaves out the table's own name.
                    _add_dotted(node, (str(key),), parent[key])
                    continue
                value = _in_table(node, parent[key])
                _set(node, key, value)
                _end_with_blank_line(value)

    def _dotted(self, path: KeyPath) -> bool:
        """Whether the file writes the table at ``path`` as dotted keys
        (``card_reader.backend = "mock"`` in [devices]), not under a [header]."""
        from tomlkit.container import Container
        from tomlkit.items import Table

        if not path or not isinstance(path[-1], str):
            return False
        parent = _node_at(self.document, path[:-1])
        if isinstance(parent, Table):
            parent = parent.value
        if not isinstance(parent, Container):
            return False
        return any(
            key is not None and key.key == path[-1] and key.is_dotted() for key, _ in parent.body
        )


def _add_dotted(table: Any, names: tuple[str, ...], value: Any) -> None:
    """``value`` under ``names`` in ``table``, as dotted keys like the table's own."""
    import tomlkit

    if isinstance(value, dict) and value:
        for name, item in value.items():
            _add_dotted(table, (*names, name), item)
    else:
        # Written on the key's line: tables and lists of tables inline.
        table.append(tomlkit.key(list(names)), tomlkit.item(value, _parent=tomlkit.inline_table()))


def _holds(node: Any, key: PathPart) -> bool:
    return key in node if isinstance(key, str) else key < len(node)


def _same_length(node: Any, items: list[Any]) -> bool:
    # Otherwise not the list the config was read from: nothing to match item by item.
    return isinstance(node, list) and len(node) == len(items)


def _removed_by_id(old: list[Any], new: list[Any]) -> list[int]:
    """The indexes of the items ``new`` no longer has, when items have ids
    and the others keep their order; otherwise none (compared by position)."""
    old_ids = [_item_id(item) for item in old]
    new_ids = [_item_id(item) for item in new]
    if None in old_ids or None in new_ids or len(set(old_ids)) < len(old_ids):
        return []
    kept = [name for name in old_ids if name in new_ids]
    if kept != new_ids[: len(kept)]:
        return []  # moved or inserted between others: nothing simple to match
    return [index for index, name in enumerate(old_ids) if name not in new_ids]


def _item_id(item: Any) -> str | None:
    name = item.get("id") if isinstance(item, dict) else None
    return name if isinstance(name, str) else None


def _remove_item(node: Any, index: int) -> list[Any]:
    """``del node[index]``, keeping the comments above the header after it.

    tomlkit keeps the comment lines above a [[header]] at the end of the
    table before it: the removed table's lines are about what follows it (the
    next item, or the next section), while the previous table's are about the
    removed item. Returns the lines for the list's parent to keep if the list
    is now empty."""
    from tomlkit.items import AoT

    if not isinstance(node, AoT):
        del node[index]
        return []
    above_next = _take_lines_above_header(_last_table(node[index]))
    if index > 0:
        before = _last_table(node[index - 1])
        _take_lines_above_header(before)
        for line in above_next:
            before.value.append(None, line)
        above_next = []
    elif len(node) > 1:
        # The blank line that was above the removed header is still there.
        text = "".join(line.as_string() for line in above_next).lstrip("\n")
        node[1].trivia.indent = text + node[1].trivia.indent
        above_next = []
    del node[index]
    return above_next


def _keep_lines_of_emptied(parent: Any, key: PathPart, lines: list[Any]) -> None:
    """``lines``, from the end of an emptied list of tables, where the list
    was: in place of the lines above its first header, which went with it."""
    from tomlkit.container import Container
    from tomlkit.items import AoT, Null, Table, Whitespace

    container = parent.value if isinstance(parent, Table) else parent
    if not lines or not isinstance(container, Container):
        return
    body = container.body
    at = [i for i, (name, _) in enumerate(body) if name is not None and name.key == key]
    before = [i for i in range(at[0]) if not isinstance(body[i][1], Null)] if at else []
    if not before:
        return
    item = body[before[-1]][1]
    text = "".join(line.as_string() for line in lines)
    if isinstance(item, Table | AoT) and len(item):
        last = _last_table(item[-1] if isinstance(item, AoT) else item)
        _take_lines_above_header(last)
        for line in lines:
            last.value.append(None, line)
    elif isinstance(item, Whitespace):
        body[before[-1]] = (None, Whitespace(text))  # written as it is
    else:
        item.trivia.trail += text


def _last_table(table: Any) -> Any:
    """The table written last in ``table`` (itself, or its last sub-table)."""
    from tomlkit.items import AoT, Null, Table

    for key, item in reversed(table.value.body):
        if isinstance(item, Null):
            continue
        if isinstance(item, Table) and key is not None and not key.is_dotted():
            return _last_table(item)
        if isinstance(item, AoT) and len(item):
            return _last_table(item[-1])
        break
    return table


def _take_lines_above_header(table: Any) -> list[Any]:
    """Remove and return the comments and blank lines at the end of ``table``
    from its last blank line on: what a reader takes as the next header's."""
    from tomlkit.items import Null, Whitespace

    body = table.value.body
    start = len(body)
    while start and body[start - 1][0] is None:
        start -= 1
    blanks = [i for i in range(start, len(body)) if isinstance(body[i][1], Whitespace)]
    lines = []
    for i in range(blanks[-1] if blanks else start, len(body)):
        if not isinstance(body[i][1], Null):
            lines.append(body[i][1])
        body[i] = (None, Null())  # as tomlkit removes an item
    return lines


def _node_at(root: Any, path: KeyPath) -> Any:
    node = root
    for part in path:
        node = node[part]
    return node


def _set(node: Any, key: PathPart, value: Any) -> None:
    """``node[key] = value``, appending for the index after a list's last."""
    if isinstance(key, int) and key == len(node):
        node.append(value)
    else:
        node[key] = value


def _in_table(node: Any, value: Any) -> Any:
    """``value`` as the file writes it in ``node``: a table gets its own
    [header], a list of tables [[headers]], and a table of plain values
    inside one is written inline, as ``names = { ko = ... }`` is."""
    import tomlkit
    from tomlkit.items import Array, InlineTable

    if isinstance(node, InlineTable | Array):
        return value  # tomlkit writes it inline there
    if isinstance(value, dict):
        return _table(value)
    if _is_table_list(value):
        tables = tomlkit.aot()
        for item in value:
            tables.append(_table(item))
        return tables
    return value


def _table(value: dict[str, Any]) -> Any:
    import tomlkit

    table = tomlkit.table()
    for name, item in value.items():
        if isinstance(item, dict) and not _holds_tables(item):
            inline = tomlkit.inline_table()
            inline.update(item)
            table.add(name, inline)
        else:
            table.add(name, _in_table(table, item))
    return table


def _end_with_blank_line(value: Any) -> None:
    """A blank line after a new table, before the header that follows it
    (tomlkit puts one before it, and between the tables of a new list)."""
    import tomlkit
    from tomlkit.items import AoT, Table

    last = value[-1] if isinstance(value, AoT) else value
    if not isinstance(last, Table):
        return
    headers = [item for item in last.values() if isinstance(item, Table | AoT)]
    if headers:
        _end_with_blank_line(headers[-1])  # written after the table's own keys
    else:
        last.add(tomlkit.nl())


def _holds_tables(value: dict[str, Any]) -> bool:
    return any(isinstance(item, dict) or _is_table_list(item) for item in value.values())


def _is_table_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _loads_as(data: dict[str, Any], target: dict[str, Any]) -> bool:
    try:
        return config_data(parse_config(data)) == target
    except ConfigError:
        return False


def _needed(data: dict[str, Any], parent: Any, key: PathPart, target: dict[str, Any]) -> bool:
    """Whether ``data`` must hold ``parent[key]`` to load as ``target``; what
    it holds is cut down to what is needed (in place, keeping the order)."""
    value = parent[key]
    if isinstance(key, str):  # a list item cannot be left out without moving the others
        del parent[key]
        if _loads_as(data, target):
            return False
        parent[key] = value
    if isinstance(value, dict):
        for name in list(value):
            _needed(data, value, name, target)
    elif isinstance(value, list):
        for index in range(len(value)):
            _needed(data, value, index, target)
    return True


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<name>.lock`` beside the file ``path``.

    Everything that changes the config file (technician mode, ``kiosk config
    set``, ``kiosk tech set-pin``) reads and writes it under this lock, so one
    writer never saves over a change another made meanwhile; the queue's
    ``queue-unheld.json`` is kept the same way. The lock is a separate file
    because saving replaces the file itself (a new inode).
    """
    # Beside the file a link points to: a writer using the link and one using
    # the file's own name must take the same lock.
    target = _resolved(path)
    lock_path = target.with_name(target.name + LOCK_SUFFIX)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def _load_saved(location: ConfigLocation) -> KioskConfig:
    """The config as saved now: the file changes go to once it exists, else the location's."""
    if location.path is None and location.save_path.exists():
        # Started from the embedded demo, and a change has been saved since.
        return load_config(location.save_path)
    return load_location(location)


def update_config(
    location: ConfigLocation,
    change: Callable[[KioskConfig], KioskConfig],
    *,
    mode: int | None = None,
) -> KioskConfig:
    """Under ``file_lock``: load the file as it is now, ``change`` it, save it atomically.

    Returns the saved config; ``ConfigError`` if the file or the change is not valid.
    """
    with file_lock(location.save_path):
        changed = change(_load_saved(location))
        save_config(changed, location.save_path, mode=mode)
    return changed


def set_and_save(
    location: ConfigLocation, key: str, value: Any, *, mode: int | None = None
) -> KioskConfig:
    """``kiosk config set``: load, change one key, validate, save atomically (locked)."""
    return update_config(
        location, lambda config: set_value(config, key, value, str(location.save_path)), mode=mode
    )


def _changed_keys(
    old: Any, new: Any, parts: tuple[PathPart, ...] = ()
) -> Iterator[tuple[tuple[PathPart, ...], Any]]:
    """The key paths where ``new`` differs from ``old`` (plain config data), with new values.

    Tables are compared key by key and lists of the same length item by item,
    so a change to ``services[1].prefix`` does not carry the rest of the list.
    """
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict) and old.keys() == new.keys():
        for name, value in new.items():
            yield from _changed_keys(old[name], value, (*parts, name))
        return
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new) and parts:
        for index, (before, after) in enumerate(zip(old, new, strict=True)):
            yield from _changed_keys(before, after, (*parts, index))
        return
    yield parts, new


class SettingsStore:
    """The config a running kiosk uses, and its file. Not thread-safe: UI thread only."""

    def __init__(self, location: ConfigLocation, config: KioskConfig | None = None) -> None:
        self.location = location
        self.config = config if config is not None else load_location(location)

    def preview(self, key: str, value: Any) -> KioskConfig:
        """Validate one change without applying it; ``ConfigError`` if invalid."""
        return set_value(self.config, key, value, key)

    def commit(self, config: KioskConfig) -> None:
        """Save the settings ``config`` changes from the current one, and make the result current.

        The file is read again under the lock and only the changed keys are
        set in it: a change saved by another program since the kiosk started
        (``kiosk tech set-pin`` over SSH) stays. ``ConfigError`` if the result
        is not valid, ``OSError`` if it cannot be saved; nothing changes then.
        """
        changes = list(_changed_keys(config_data(self.config), config_data(config)))
        source = str(self.location.save_path)

        def reapply(saved: KioskConfig) -> KioskConfig:
            data = config_data(saved)
            for parts, value in changes:
                _assign(data, parts, value, source)
            return parse_config(data, source)

        self.config = update_config(self.location, reapply)

    def set(self, key: str, value: Any) -> KioskConfig:
        self.commit(self.preview(key, value))
        return self.config


# --- secrets -------------------------------------------------------------------

_SECRET_NAME = re.compile(r"(password|passwd|secret|token|private_key|api_key|pin_hash)", re.I)
#: ``json_schema_extra={"secret": SECRET_IN_URL}``: the value is a URL whose
#: password is secret; it is shown with the password masked.
SECRET_IN_URL = "url"


def _secret_marker(info: FieldInfo | None) -> object:
    extra = None if info is None else info.json_schema_extra
    return extra.get("secret") if isinstance(extra, dict) else None


def _is_secret(info: FieldInfo) -> bool:
    return _secret_marker(info) is True


def is_secret_name(name: str) -> bool:
    """A field whose name says it holds a secret (``token``, ``password``).

    Names of where a secret is kept (``api_key_file``, ``api_key_env``) are
    not secrets themselves: the technician has to see and set them.
    """
    return bool(_SECRET_NAME.search(name)) and not name.endswith(("_file", "_env"))


def _redact(model: type[BaseModel], value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for name, item in value.items():
        info = model.model_fields.get(name)
        marker = _secret_marker(info)
        if marker is True or is_secret_name(name):
            continue
        if marker == SECRET_IN_URL and isinstance(item, str):
            # Here, not at the top: reading the config must not load SQLAlchemy.
            from kiosk.storage.urls import hide_url_secrets

            out[name] = hide_url_secrets(item)
            continue
        sub = _model_of(info.annotation) if info is not None else None
        if sub is not None and isinstance(item, dict):
            out[name] = _redact(sub, item)
        elif sub is not None and isinstance(item, list):
            out[name] = [_redact(sub, v) for v in item]
        else:
            out[name] = item
    return out


def redacted_data(config: KioskConfig) -> dict[str, Any]:
    """The config without secrets (PIN hash, passwords in URLs), None values dropped."""
    result = strip_none(_redact(KioskConfig, config_data(config)))
    assert isinstance(result, dict)
    return result


def redacted_toml(config: KioskConfig) -> str:
    return tomli_w.dumps(redacted_data(config))


# --- schema description for generated forms ---------------------------------------

FieldKind = Literal["bool", "int", "float", "str", "choice", "table", "value"]


@dataclass(frozen=True)
class FieldSpec:
    """One schema field as a settings screen needs it."""

    key: str
    name: str
    title: str
    description: str
    kind: FieldKind
    optional: bool = False
    choices: tuple[str | int, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    #: The bounds exclude the limit itself (gt/lt rather than ge/le).
    exclusive_min: bool = False
    exclusive_max: bool = False
    secret: bool = False
    #: A URL whose password is secret: shown with ``hide_url_secrets``.
    secret_in_url: bool = False
    #: For tables: the model class (its fields via ``field_specs``).
    model: type[BaseModel] | None = None


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _model_of(annotation: Any) -> type[BaseModel] | None:
    inner, _ = _unwrap_optional(annotation)
    if typing.get_origin(inner) is list:
        args = typing.get_args(inner)
        inner = args[0] if args else None
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return inner
    return None


_BOUND_ATTRS = (("ge", True, False), ("gt", True, True), ("le", False, False), ("lt", False, True))


def _bounds(info: FieldInfo) -> tuple[float | None, float | None, bool, bool]:
    low = high = None
    ex_low = ex_high = False
    for item in info.metadata:
        for attr, is_low, exclusive in _BOUND_ATTRS:
            bound = getattr(item, attr, None)
            if isinstance(bound, int | float):
                if is_low:
                    low, ex_low = float(bound), exclusive
                else:
                    high, ex_high = float(bound), exclusive
    return low, high, ex_low, ex_high


def field_spec(key: str, name: str, info: FieldInfo) -> FieldSpec:
    annotation, optional = _unwrap_optional(info.annotation)
    common: dict[str, Any] = {
        "key": key,
        "name": name,
        "title": info.title or name,
        # A description is the docstring under its field, wrapped to fit the
        # source; the message is one line (tools.i18n extracts it so).
        "description": " ".join((info.description or "").split()),
        "optional": optional,
        "secret": _is_secret(info),
        "secret_in_url": _secret_marker(info) == SECRET_IN_URL,
    }
    if typing.get_origin(annotation) is Literal:
        return FieldSpec(kind="choice", choices=tuple(typing.get_args(annotation)), **common)
    if annotation is bool:
        return FieldSpec(kind="bool", **common)
    if annotation in (int, float):
        low, high, ex_low, ex_high = _bounds(info)
        return FieldSpec(
            kind="int" if annotation is int else "float",
            minimum=low,
            maximum=high,
            exclusive_min=ex_low,
            exclusive_max=ex_high,
            **common,
        )
    if annotation is str:
        return FieldSpec(kind="str", **common)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return FieldSpec(kind="table", model=annotation, **common)
    # Lists, pairs and anything else: edited as a TOML value ("[1, 2]").
    return FieldSpec(kind="value", **common)


def field_specs(model: type[BaseModel], prefix: str = "") -> list[FieldSpec]:
    """The fields of ``model`` in declaration order, with key paths under ``prefix``."""
    specs = []
    for name, info in model.model_fields.items():
        key = f"{prefix}.{name}" if prefix else name
        specs.append(field_spec(key, name, info))
    return specs


def iter_leaf_specs(model: type[BaseModel], prefix: str = "") -> Iterator[FieldSpec]:
    """Every non-table field below ``model``, depth first (tables are descended into)."""
    for spec in field_specs(model, prefix):
        if spec.kind == "table" and spec.model is not None:
            yield from iter_leaf_specs(spec.model, spec.key)
        else:
            yield spec
