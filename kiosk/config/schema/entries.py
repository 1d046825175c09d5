"""Lists of tables (``[[services]]``, ``[[documents]]``, courses, polls...): finding an
entry by its id, and the rule that an entry's id (or prefix) differs from every earlier one's."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from kiosk.config.errors import Loc
from kiosk.i18n import N_, Text


class Identified(Protocol):
    """An entry of a list of tables, known by its id (a service, a document, a course...)."""

    @property
    def id(self) -> str: ...


IdentifiedT = TypeVar("IdentifiedT", bound=Identified)


def by_id(entries: Iterable[IdentifiedT], entry_id: str) -> IdentifiedT:
    """The entry with this id; KeyError if none has it."""
    for entry in entries:
        if entry.id == entry_id:
            return entry
    raise KeyError(entry_id)


class FirstEntries:
    """Which entry of a list first had each value (an id, a prefix), to find repeats.

    ``shown_as`` is the list's key path as problems name the earlier entry
    (``services`` -> ``services[0]``): written as is, never translated.
    """

    def __init__(self, shown_as: str) -> None:
        self.shown_as = shown_as
        self._first: dict[str, int] = {}

    def earlier(self, value: str, index: int) -> str | None:
        """The earlier entry that has ``value`` (``services[0]``), or None; remembers this one."""
        first = self._first.setdefault(value, index)
        return None if first == index else f"{self.shown_as}[{first}]"

    def repeated(self, value: str, index: int) -> Text | None:
        """The problem of entry ``index`` having ``value`` again, or None if it is the first."""
        other = self.earlier(value, index)
        if other is None:
            return None
        return N_("config", '"{value}" is already used by {other}', value=value, other=other)


def repeated_ids(
    entries: Sequence[Identified], table: str, shown_as: str = ""
) -> list[tuple[Loc, Text]]:
    """A problem at ``(table, i, "id")`` for each entry whose id an earlier one already has."""
    seen = FirstEntries(shown_as or table)
    problems: list[tuple[Loc, Text]] = []
    for i, entry in enumerate(entries):
        if (used := seen.repeated(entry.id, i)) is not None:
            problems.append(((table, i, "id"), used))
    return problems
