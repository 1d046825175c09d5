"""Invalid configurations of every kind a technician or a config file can produce.

``every_problem`` gathers the ``ConfigProblem``s they cause: a wrong value of
each sort (text, number, list, table, nan, ...) in every field of the schema,
the whole-config rules (duplicates, overlapping bands, a backend without its
table), bad key paths, and unreadable files. The message tests check each of
them: English for the command line, translated for technician mode.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.config import (
    ConfigError,
    ConfigProblem,
    DocumentConfig,
    KioskConfig,
    ServiceConfig,
    default_config,
    default_config_text,
    load_config,
    parse_config,
)
from kiosk.config.edit import get_value, iter_leaf_specs, set_value

#: One value of each sort pydantic tells apart, plus out-of-range numbers and nan.
WRONG_VALUES: tuple[Any, ...] = (
    "abc",
    "",
    "x" * 40,
    1.5,
    True,
    0,
    -1,
    10**6,
    float("nan"),
    [],
    [1, 2, 3],
    ["zz"],
    {"a": 1},
)


def _collect(problems: list[ConfigProblem], call: Callable[[], object]) -> None:
    try:
        call()
    except ConfigError as exc:
        problems.extend(exc.problems)


def _whole_config_cases() -> list[dict[str, Any]]:
    def demo() -> dict[str, Any]:
        return tomllib.loads(default_config_text())

    cases = []
    data = demo()
    data["services"][1]["id"] = "general"
    data["services"][3]["prefix"] = "A"
    data["documents"] = [
        {"id": "copy", "names": {"ko": "등본"}, "fee_won": 200},
        {"id": "copy", "names": {"ko": "초본"}, "fee_won": 200},
    ]
    cases.append(data)
    data = demo()
    for i, band in enumerate(([1, 499], [400, 799], [800, 700], [900])):
        data["services"][i].pop("prefix")
        data["services"][i]["band"] = band
    cases.append(data)
    data = demo()
    for i, band in enumerate(([1, 499], [400, 799])):
        data["services"][i].pop("prefix")
        data["services"][i]["band"] = band
    cases.append(data)
    data = demo()
    data["services"][0]["band"] = [500, 799]
    data["services"][1].pop("prefix")
    cases.append(data)
    data = demo()
    del data["services"]
    data["colour"] = "blue"
    data["screen"] = {"pixel_pitch_mm": None, "physical_width_mm": None}
    cases.append(data)
    for backend in ("usb", "serial", "network", "file", "cups", "win32raw"):
        data = demo()
        data["devices"]["printer"]["backend"] = backend
        cases.append(data)
    data = demo()
    data["records"] = {"backend": "http"}
    cases.append(data)
    for url in ("http://records.example/api", "ftp://records.example", "https://:x"):
        data = demo()
        data["records"] = {"backend": "http", "http": {"url": url}}
        cases.append(data)
    return cases


def every_problem(folder: Path) -> list[ConfigProblem]:
    """The problems of every invalid case; ``folder`` receives the broken files."""
    config = default_config()
    problems: list[ConfigProblem] = []
    keys = [spec.key for spec in iter_leaf_specs(KioskConfig)]
    keys += [spec.key for spec in iter_leaf_specs(ServiceConfig, "services[0]")]
    keys += [spec.key for spec in iter_leaf_specs(DocumentConfig, "documents[0]")]
    keys += ["center", "services[0].names", "devices.printer.network"]
    for key in keys:
        for value in WRONG_VALUES:
            _collect(problems, lambda key=key, value=value: set_value(config, key, value))
    for data in _whole_config_cases():
        _collect(problems, lambda data=data: parse_config(data))
    for key in ("services[9].prefix", "services[0].id.x", "", "devices..x"):
        _collect(problems, lambda key=key: set_value(config, key, 1))
    _collect(problems, lambda: get_value(config, "devices.printer.hots"))
    broken = folder / "broken.toml"
    broken.write_text("[ui\nlanguage = 'ko'", encoding="utf-8")
    binary = folder / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    for path in (folder / "missing.toml", broken, binary):
        _collect(problems, lambda path=path: load_config(path))
    return problems
