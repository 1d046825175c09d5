"""The configuration error type, kept apart from the schema so it imports cheaply.

The ``kiosk`` console script catches ``ConfigError`` around every command;
importing it must not pull in pydantic and the whole schema before the
command even starts (the kiosk's start-up time depends on it).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConfigProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ConfigError(Exception):
    """The one error type for bad configuration; lists every problem with its key path."""

    def __init__(self, source: str, problems: list[ConfigProblem]) -> None:
        self.source = source
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{source}: invalid configuration\n{lines}")
