"""The configuration error type, kept apart from the schema so it imports cheaply.

The ``kiosk`` console script catches ``ConfigError`` around every command;
importing it must not pull in pydantic and the whole schema before the
command even starts (the kiosk's start-up time depends on it).

A problem has two faces: ``str()`` is the English line the command line
prints (``services[2].prefix: must be one uppercase letter A-Z, got "aa"``),
and ``text`` is the same message as translatable ``Text`` for technician
mode, which shows it in the kiosk's language after the untranslated key path.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.i18n import Text, Translate, identity_translate


@dataclass(frozen=True)
class ConfigProblem:
    path: str
    message: str
    #: The message for screens; not compared, so a problem equals its plain-English twin.
    text: Text | None = field(default=None, compare=False)

    @classmethod
    def of(cls, path: str, text: Text) -> ConfigProblem:
        """A problem whose English line is ``text`` in English."""
        return cls(path, text.render(identity_translate), text)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def render(self, translate: Translate) -> str:
        """The key path as written in the file, then the message in ``translate``'s language."""
        if self.text is None:
            return str(self)
        message = self.text.render(translate)
        return f"{self.path}: {message}" if self.path else message


class ConfigValueError(ValueError):
    """A rejected value whose message is also translatable; ``str()`` is the English."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.render(identity_translate))
        self.text = text


class ConfigError(Exception):
    """The one error type for bad configuration; lists every problem with its key path."""

    def __init__(self, source: str, problems: list[ConfigProblem]) -> None:
        self.source = source
        self.problems = problems
        if len(problems) == 1:
            # One line naming the file, the key path and what is wrong.
            super().__init__(f"{source}: {problems[0]}")
            return
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{source}: invalid configuration\n{lines}")
