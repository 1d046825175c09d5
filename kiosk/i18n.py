"""Translatable text for the Qt-free core.

The core cannot call Qt's ``tr()``, yet screens, printouts and spoken prompts
must follow the resident's language. Core code therefore builds ``Text``
values (context + English source + named arguments) with ``N_`` and hands
them up; the UI translates them at display time through Qt's translation
system (late translation), so switching language redraws everything.
``tools/i18n.py`` extracts every ``N_`` call into the ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

#: (context, source) -> translated source. Provided by the UI; identity in tests.
Translate = Callable[[str, str], str]

LANGUAGES: tuple[str, ...] = ("ko", "en", "zh", "vi")


@dataclass(frozen=True)
class Text:
    """A user-facing message, translated late."""

    context: str
    source: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def format(self, **args: Any) -> Text:
        merged = dict(self.args)
        merged.update(args)
        return Text(self.context, self.source, MappingProxyType(merged))

    def render(self, translate: Translate) -> str:
        template = translate(self.context, self.source)
        values = {
            k: (v.render(translate) if isinstance(v, Text) else v) for k, v in self.args.items()
        }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never crash a screen: fall back to the source.
            return self.source.format(**values)


def N_(context: str, source: str, **args: Any) -> Text:
    """Mark ``source`` for translation in ``context``; render it later."""
    return Text(context, source, MappingProxyType(dict(args)))


def people(count: int) -> Text:
    """A count of people as a unit: "3명", "3 people", "1 person".

    Korean, Chinese and Vietnamese have no plural, but English does, hence
    the two sources.
    """
    if count == 1:
        return N_("count", "1 person")
    return N_("count", "{count} people", count=count)


def grouped(amount: int, language: str) -> str:
    """``amount`` with its thousands grouped as ``language`` writes them.

    Vietnamese writes "30.000" (its decimal mark is the comma: "30,000" read
    as thirty, and a Vietnamese voice said "ba mươi phẩy không không không");
    Korean, English and Chinese write "30,000".
    """
    text = f"{amount:,}"
    return text.replace(",", ".") if language == "vi" else text


def identity_translate(context: str, source: str) -> str:
    """Translation that returns the English source (tests, logs)."""
    return source


_WEEKDAYS = (
    N_("date", "Mon"),
    N_("date", "Tue"),
    N_("date", "Wed"),
    N_("date", "Thu"),
    N_("date", "Fri"),
    N_("date", "Sat"),
    N_("date", "Sun"),
)


def day_text(day: date, *, year: bool = False) -> Text:
    """A day as residents write it, with the weekday people plan by.

    "11월 26일 (목)", "11/26 (Thu)", "26/11 (T5)" on screens, where
    "2026-11-26" read as a code; with ``year`` for paper a resident keeps
    ("2026년 11월 26일 (목)"). Records (when issued, when received) keep
    ISO dates.
    """
    weekday = _WEEKDAYS[day.weekday()]
    if year:
        return N_(
            "date",
            "{year}/{month}/{day} ({weekday})",
            year=day.year,
            month=day.month,
            day=day.day,
            weekday=weekday,
        )
    return N_("date", "{month}/{day} ({weekday})", month=day.month, day=day.day, weekday=weekday)
