"""Configuration problems as technician mode shows them in Korean: key path as written,
message translated, nothing left in English (the command line keeps the English line)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kiosk.config import ConfigError, default_config, problems_from
from kiosk.config.edit import set_value
from kiosk.i18n import Text
from tests.support.config_problems import every_problem
from ui.common.i18n import LanguageSwitcher, qt_translate


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    switcher = LanguageSwitcher(qapp)
    switcher.set_language("ko")
    yield
    switcher.close()


def _untranslated(text: Text) -> list[tuple[str, str]]:
    """``text`` and the texts inside its arguments that the installed catalogue lacks."""
    found = []
    if QCoreApplication.translate(text.context, text.source) == text.source:
        found.append((text.context, text.source))
    for value in text.args.values():
        if isinstance(value, Text):
            found += _untranslated(value)
    return found


@pytest.mark.usefixtures("korean")
def test_every_problem_reads_in_korean_after_its_key_path(tmp_path: Path) -> None:
    problems = every_problem(tmp_path)
    untranslated = sorted({m for p in problems if p.text for m in _untranslated(p.text)})
    assert untranslated == []
    for problem in problems:
        shown = problem.render(qt_translate)
        assert shown != str(problem)
        if problem.path:
            assert shown.startswith(f"{problem.path}: ")


@pytest.mark.usefixtures("korean")
@pytest.mark.parametrize(
    ("key", "value", "in_korean", "in_english"),
    [
        (
            "services[2].prefix",
            "aa",
            'services[2].prefix: A-Z 대문자 한 글자여야 합니다. 입력값: "aa"',
            'services[2].prefix: must be one uppercase letter A-Z, got "aa"',
        ),
        (
            "ui.idle_timeout_s",
            20,
            "ui.idle_timeout_s: 30 이상이어야 합니다. 입력값: 20",
            "ui.idle_timeout_s: input should be greater than or equal to 30, got 20",
        ),
        (
            "ui.theme",
            "neon",
            "ui.theme: 'standard' 또는 'high_contrast' 중 하나여야 합니다. 입력값: \"neon\"",
            "ui.theme: must be one of 'standard' or 'high_contrast', got \"neon\"",
        ),
        (
            "services[1].prefix",
            "A",
            'services[1].prefix: "A"은(는) 이미 services[0]에서 사용하고 있습니다',
            'services[1].prefix: "A" is already used by services[0]',
        ),
        (
            "services[0].counters",
            [],
            "services[0].counters: 목록에 항목이 1개 이상 있어야 합니다(현재 0개). 입력값: []",
            "services[0].counters: list should have at least 1 item after validation, not 0, "
            "got []",
        ),
        (
            "devices.printer.network",
            {"host": "10.0.0.5", "port": "abc"},
            'devices.printer.network.port: 정수로 읽을 수 없는 값입니다. 정수여야 합니다. 입력값: "abc"',
            "devices.printer.network.port: input should be a valid integer, unable to parse "
            'string as an integer, got "abc"',
        ),
        (
            "center",
            {"nickname": "x"},
            "center.nickname: 알 수 없는 키입니다(철자를 확인하세요. 쓸 수 있는 키는 "
            "`kiosk config show`로 볼 수 있습니다)",
            "center.nickname: unknown key (check the spelling; see `kiosk config show` for "
            "valid keys)",
        ),
        (
            "devices.printer.backend",
            "network",
            'devices.printer.network: backend = "network"일 때 필요합니다. [network] 테이블을 '
            "추가하세요",
            'devices.printer.network: required when backend = "network": add its [network] table',
        ),
        (
            "services[9].prefix",
            "Z",
            "services[9]: 해당 항목이 없습니다",
            "services[9]: no such item",
        ),
    ],
)
def test_what_a_technician_reads_and_what_the_command_line_prints(
    key: str, value: Any, in_korean: str, in_english: str
) -> None:
    with pytest.raises(ConfigError) as info:
        set_value(default_config(), key, value)
    assert [p.render(qt_translate) for p in info.value.problems] == [in_korean]
    assert [str(p) for p in info.value.problems] == [in_english]


@pytest.mark.usefixtures("korean")
def test_an_unmapped_pydantic_error_keeps_its_detail_inside_korean_words() -> None:
    # A pydantic error type without its own message (none in today's schema has one)
    # still tells the technician, in Korean, that the value is wrong.
    class Visit(BaseModel):
        day: date

    with pytest.raises(ValidationError) as info:
        Visit.model_validate({"day": "soon"})
    (problem,) = problems_from(info.value)
    detail = 'input should be a valid date or datetime, input is too short, got "soon"'
    assert str(problem) == f"day: {detail}"
    assert problem.render(qt_translate) == f"day: 올바르지 않은 값입니다({detail})"
