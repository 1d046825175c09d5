"""The default certificate catalogue: written once, in kiosk/data/documents.toml."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

import pytest

from kiosk.config import ConfigError, KioskConfig, default_config, default_config_text, parse_config

_MINIMAL = {"services": [{"id": "general", "names": {"ko": "민원"}, "prefix": "A"}]}


def _catalogue() -> list[dict[str, object]]:
    text = resources.files("kiosk.data").joinpath("documents.toml").read_text(encoding="utf-8")
    documents: list[dict[str, object]] = tomllib.loads(text)["documents"]
    return documents


def test_the_demo_offers_the_catalogue_from_the_data_file() -> None:
    offered = [d.model_dump(exclude_defaults=True) for d in default_config().documents]
    assert offered == _catalogue()
    assert [d.id for d in default_config().documents] == [
        "resident-copy",
        "resident-abstract",
        "family-relations",
        "local-tax",
    ]


def test_a_file_without_documents_gets_the_same_catalogue_as_the_demo() -> None:
    own = KioskConfig.model_validate(_MINIMAL)
    assert own.documents == default_config().documents


def test_the_demo_config_does_not_repeat_the_catalogue() -> None:
    assert "documents" not in tomllib.loads(default_config_text())


def test_each_config_gets_a_catalogue_of_its_own() -> None:
    first = KioskConfig.model_validate(_MINIMAL)
    second = KioskConfig.model_validate(_MINIMAL)
    first.documents[0].fee_won = 9999
    first.documents[0].options.append("address_history")
    first.documents[0].names.ko = "바뀐 이름"
    assert second.documents == default_config().documents


def _problems(data: dict[str, Any]) -> str:
    with pytest.raises(ConfigError) as info:
        parse_config(data, "test.toml")
    return "\n".join(str(p) for p in info.value.problems)


def test_exemption_fees_must_name_documents() -> None:
    data = tomllib.loads(default_config_text())
    data["exemptions"] = [
        {"id": "disability", "names": {"ko": "장애인"}, "fees": {"passport": 100}},
        {"id": "disability", "names": {"ko": "장애인"}},
    ]
    text = _problems(data)
    assert "exemptions[0].fees.passport" in text and "exemptions[1].id" in text


def test_purpose_option_needs_purposes() -> None:
    data = tomllib.loads(default_config_text())
    data["documents"] = [d.model_dump() for d in default_config().documents]
    data["documents"][3]["purposes"] = []
    assert "documents[3].purposes" in _problems(data)
