"""Configuration errors: the error types, and pydantic's errors turned into them.

The ``kiosk`` console script catches ``ConfigError`` around every command;
importing it must not pull in pydantic and the whole schema before the
command even starts (the kiosk's start-up time depends on it), so this
module names pydantic's types for the type checker only.

A problem has two faces: ``str()`` is the English line the command line
prints (``services[2].prefix: must be one uppercase letter A-Z, got "aa"``),
and ``text`` is the same message as translatable ``Text`` for technician
mode, which shows it in the kiosk's language after the untranslated key path.

``problems_from`` turns a pydantic ``ValidationError`` into such problems:
one handler per pydantic error type, and tables of messages for the types
that differ only in their wording.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from kiosk.i18n import N_, Text, Translate, identity_translate

if TYPE_CHECKING:
    from pydantic import ValidationError
    from pydantic_core import ErrorDetails

#: A key path as pydantic reports it: ("services", 2, "prefix").
Loc = tuple[str | int, ...]


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


class PathProblems(ValueError):
    """Raised inside validators that know exact key paths of several problems.

    The paths are relative to the model whose validator raised it;
    ``problems_from`` puts the model's own path in front.
    """

    def __init__(self, problems: list[tuple[Loc, Text]]) -> None:
        super().__init__("; ".join(str(ConfigProblem.of(format_path(p), m)) for p, m in problems))
        self.problems = problems


def format_path(loc: Iterable[str | int]) -> str:
    """``("services", 2, "prefix")`` -> ``services[2].prefix``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


# --- pydantic's errors -------------------------------------------------------------


def _describe_input(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def _input_text(value: Any) -> str | Text:
    """``_describe_input`` for screens: the value as written, or a translated "a table"."""
    if isinstance(value, dict):
        return N_("config", "a table")
    return _describe_input(value)


def _bound(value: Any) -> str:
    # pydantic writes the bound 0.0 of a float field as "0" in its message; so do we.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _expected_text(expected: str) -> str | Text:
    """pydantic's "'a', 'b' or 'c'" with the "or" translated (the choices stay as written)."""
    choices, sep, last = expected.rpartition(" or ")
    if not sep:
        return expected
    return N_("config", "{choices} or {last}", choices=choices, last=last)


#: pydantic's length errors name the container type; technicians read it translated.
_FIELD_TYPES = {"List": N_("config", "list"), "Tuple": N_("config", "tuple")}

#: Messages of pydantic's error types that carry no parameters except the input.
#: Each source is pydantic's English message (first letter lowercased) plus
#: ", got {value}", exactly as ``problems_from`` writes it for the command
#: line, so technician mode in English says what ``kiosk config validate`` says.
_SIMPLE_MESSAGES: dict[str, Text] = {
    "bool_type": N_("config", "input should be a valid boolean, got {value}"),
    "bool_parsing": N_(
        "config", "input should be a valid boolean, unable to interpret input, got {value}"
    ),
    "int_type": N_("config", "input should be a valid integer, got {value}"),
    "int_parsing": N_(
        "config",
        "input should be a valid integer, unable to parse string as an integer, got {value}",
    ),
    "int_from_float": N_(
        "config",
        "input should be a valid integer, got a number with a fractional part, got {value}",
    ),
    "float_type": N_("config", "input should be a valid number, got {value}"),
    "float_parsing": N_(
        "config", "input should be a valid number, unable to parse string as a number, got {value}"
    ),
    "finite_number": N_("config", "input should be a finite number, got {value}"),
    "string_type": N_("config", "input should be a valid string, got {value}"),
    "list_type": N_("config", "input should be a valid list, got {value}"),
    "tuple_type": N_("config", "input should be a valid tuple, got {value}"),
}


class _OneParameter(NamedTuple):
    """A message naming one value from pydantic's error context besides the input."""

    ctx_key: str
    placeholder: str
    text: Text


#: Error types whose message names a bound, a pattern or a type (formatted as pydantic does).
_ONE_PARAMETER_MESSAGES: dict[str, _OneParameter] = {
    "greater_than": _OneParameter(
        "gt", "gt", N_("config", "input should be greater than {gt}, got {value}")
    ),
    "greater_than_equal": _OneParameter(
        "ge", "ge", N_("config", "input should be greater than or equal to {ge}, got {value}")
    ),
    "less_than": _OneParameter(
        "lt", "lt", N_("config", "input should be less than {lt}, got {value}")
    ),
    "less_than_equal": _OneParameter(
        "le", "le", N_("config", "input should be less than or equal to {le}, got {value}")
    ),
    "string_pattern_mismatch": _OneParameter(
        "pattern", "pattern", N_("config", "string should match pattern '{pattern}', got {value}")
    ),
    "model_type": _OneParameter(
        "class_name",
        "name",
        N_("config", "input should be a valid dictionary or instance of {name}, got {value}"),
    ),
}


class _Count(NamedTuple):
    """A length error: ctx key of the bound, then the plural and the singular source.

    English says "1 character" but "2 characters"; one source per form.
    """

    ctx_key: str
    many: Text
    one: Text


_COUNT_MESSAGES: dict[str, _Count] = {
    "string_too_short": _Count(
        "min_length",
        N_("config", "string should have at least {n} characters, got {value}"),
        N_("config", "string should have at least {n} character, got {value}"),
    ),
    "string_too_long": _Count(
        "max_length",
        N_("config", "string should have at most {n} characters, got {value}"),
        N_("config", "string should have at most {n} character, got {value}"),
    ),
    "too_short": _Count(
        "min_length",
        N_(
            "config",
            "{container} should have at least {n} items after validation, not {actual}, "
            "got {value}",
        ),
        N_(
            "config",
            "{container} should have at least {n} item after validation, not {actual}, got {value}",
        ),
    ),
    "too_long": _Count(
        "max_length",
        N_(
            "config",
            "{container} should have at most {n} items after validation, not {actual}, got {value}",
        ),
        N_(
            "config",
            "{container} should have at most {n} item after validation, not {actual}, got {value}",
        ),
    ),
}


def _count_text(counted: _Count, ctx: Mapping[str, Any], shown: str | Text) -> Text | None:
    if counted.ctx_key not in ctx:
        return None
    container = _FIELD_TYPES.get(ctx.get("field_type", ""))
    if container is None and "{container}" in counted.many.source:
        return None  # a container this table cannot name: pydantic's English instead
    n = ctx[counted.ctx_key]
    text = counted.one if n == 1 else counted.many
    return text.format(n=n, container=container, actual=ctx.get("actual_length"), value=shown)


def _pydantic_text(kind: str, ctx: Mapping[str, Any], value: Any, message: str) -> Text:
    """The translatable form of one pydantic error; ``message`` is its English line."""
    shown = _input_text(value)
    if kind in _SIMPLE_MESSAGES:
        return _SIMPLE_MESSAGES[kind].format(value=shown)
    one = _ONE_PARAMETER_MESSAGES.get(kind)
    if one is not None and one.ctx_key in ctx:
        return one.text.format(**{one.placeholder: _bound(ctx[one.ctx_key]), "value": shown})
    counted = _COUNT_MESSAGES.get(kind)
    text = None if counted is None else _count_text(counted, ctx, shown)
    if text is not None:
        return text
    # A type these tables do not know yet: translated framing around pydantic's English.
    return N_("config", "invalid value ({detail})", detail=message)


#: What a handler makes of one pydantic error: the English line and its translatable twin.
_Message = tuple[str, Text]


def _ctx(item: ErrorDetails) -> Mapping[str, Any]:
    return item.get("ctx") or {}


def _value_error(item: ErrorDetails) -> _Message:
    """A validator of ours refused the value (its message is translatable) or another one did."""
    message = item["msg"].removeprefix("Value error, ")
    inner = _ctx(item).get("error")
    if isinstance(inner, ConfigValueError):
        return message, inner.text
    return message, N_("config", "invalid value ({detail})", detail=message)


def _literal_error(item: ErrorDetails) -> _Message:
    expected = str(_ctx(item).get("expected", ""))
    value = item["input"]
    text = N_(
        "config",
        "must be one of {expected}, got {value}",
        expected=_expected_text(expected),
        value=_input_text(value),
    )
    return f"must be one of {expected}, got {_describe_input(value)}", text


def _ours(text: Text) -> Callable[[ErrorDetails], _Message]:
    """A handler that replaces pydantic's message with ``text`` on both faces."""
    line = text.render(identity_translate)
    return lambda _item: (line, text)


def _pydantic_error(item: ErrorDetails) -> _Message:
    """Any other type: pydantic's own English, lowercased, with the value it got."""
    message = item["msg"]
    value = item["input"]
    message = f"{message[0].lower()}{message[1:]}, got {_describe_input(value)}"
    return message, _pydantic_text(item["type"], _ctx(item), value, message)


#: pydantic error type -> handler; every other type goes to ``_pydantic_error``.
_HANDLERS: dict[str, Callable[[ErrorDetails], _Message]] = {
    "value_error": _value_error,
    "literal_error": _literal_error,
    "extra_forbidden": _ours(
        N_("config", "unknown key (check the spelling; see `kiosk config show` for valid keys)")
    ),
    "missing": _ours(N_("config", "required, but missing")),
}


def problems_from(error: ValidationError) -> list[ConfigProblem]:
    """Every problem in ``error``, each at its key path, in English and translatable."""
    problems: list[ConfigProblem] = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        inner = _ctx(item).get("error")
        if isinstance(inner, PathProblems):
            for sub_loc, sub_text in inner.problems:
                problems.append(ConfigProblem.of(format_path(loc + sub_loc), sub_text))
            continue
        message, text = _HANDLERS.get(item["type"], _pydantic_error)(item)
        problems.append(ConfigProblem(format_path(loc), message, text))
    return problems
