"""A registry of backends per device kind, with declared availability.

Each backend declares its name, a factory taking its config, and whether
its optional library imported (``unavailable_reason``). Config picks a
backend by name; the mock backend is registered like any other. Registries
are built by functions and passed in, never held as module globals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
C = TypeVar("C")


@dataclass(frozen=True)
class BackendInfo(Generic[C, T]):
    name: str
    description: str
    create: Callable[[C], T]
    #: None when usable; otherwise why not (e.g. "pyusb is not installed").
    unavailable_reason: Callable[[], str | None] = lambda: None


class UnknownBackendError(LookupError):
    pass


class BackendUnavailableError(RuntimeError):
    pass


class Registry(Generic[C, T]):
    """The backends of one device kind (``kind`` names it in errors)."""

    def __init__(self, kind: str, *backends: BackendInfo[C, T]) -> None:
        self.kind = kind
        self._backends: dict[str, BackendInfo[C, T]] = {}
        for info in backends:
            self.register(info)

    def register(self, info: BackendInfo[C, T]) -> None:
        if info.name in self._backends:
            raise ValueError(f"{self.kind} backend {info.name!r} registered twice")
        self._backends[info.name] = info

    def names(self) -> list[str]:
        return sorted(self._backends)

    def info(self, name: str) -> BackendInfo[C, T]:
        try:
            return self._backends[name]
        except KeyError:
            raise UnknownBackendError(
                f"unknown {self.kind} backend {name!r}; known: {', '.join(self.names())}"
            ) from None

    def create(self, name: str, config: C) -> T:
        info = self.info(name)
        reason = info.unavailable_reason()
        if reason is not None:
            raise BackendUnavailableError(f"{self.kind} backend {name!r} cannot be used: {reason}")
        return info.create(config)


def module_missing(module: str, hint: str) -> Callable[[], str | None]:
    """An ``unavailable_reason`` that checks an optional import lazily."""

    def check() -> str | None:
        import importlib.util

        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed ({hint})"
        return None

    return check
