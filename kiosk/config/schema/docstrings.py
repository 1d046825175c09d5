'''Field descriptions, written as the docstring under each field::

    code: str = Field(default="demo-0001", max_length=32, title="Center code")
    """Identifies this center in issuance numbers and audit records."""

This is pydantic's ``use_attribute_docstrings``, read here instead: on
Python 3.11 pydantic re-reads and re-tokenizes the source class by class,
which cost the kiosk about 50 ms of start-up; this parses each schema
module once. A description is a translated message (technician mode shows
it, ``tools.i18n`` extracts it with ``field_docstrings`` too), so the
docstring's line breaks, which only wrap the source, are folded into spaces.
'''

from __future__ import annotations

import ast
import functools
import inspect
import itertools
import sys
from collections.abc import Iterator


def field_docstrings(cls: ast.ClassDef) -> Iterator[tuple[ast.AnnAssign, str]]:
    """The fields of a class statement that have a docstring under them, with its text."""
    for field, after in itertools.pairwise(cls.body):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            yield field, " ".join(after.value.value.split())


# Cached: each model class of a module asks in turn, and the module is parsed once.
@functools.cache
def _module_docstrings(module: str) -> dict[str, dict[str, str]]:
    tree = ast.parse(inspect.getsource(sys.modules[module]))
    return {
        cls.name: {
            field.target.id: text
            for field, text in field_docstrings(cls)
            if isinstance(field.target, ast.Name)
        }
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
    }


def descriptions(cls: type) -> dict[str, str]:
    """Field name -> description, from the docstrings in ``cls``'s class statement."""
    return _module_docstrings(cls.__module__).get(cls.__qualname__, {})
