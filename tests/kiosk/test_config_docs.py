"""docs/configuration.md is generated from the schema and kept up to date with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import KioskConfig
from kiosk.config.edit import iter_leaf_specs
from tools import config_docs


def test_configuration_md_matches_the_schema() -> None:
    written = config_docs.DOC.read_text(encoding="utf-8")
    assert written == config_docs.render(), (
        "docs/configuration.md is stale: run python -m tools.config_docs"
    )


def test_every_setting_has_a_row() -> None:
    text = config_docs.render()
    missing = [
        spec.key
        for spec in iter_leaf_specs(KioskConfig)
        # A list of tables is a section of its own (services[]), not a row.
        if f"| `{spec.key}` |" not in text and f"## `{spec.key}[]`" not in text
    ]
    assert missing == []
    assert "| `services[].prefix` |" in text
    assert "| `documents[].names.ko` |" in text


def test_check_fails_on_a_stale_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(config_docs, "ROOT", tmp_path)
    monkeypatch.setattr(config_docs, "DOC", tmp_path / "configuration.md")
    assert config_docs.main(["--check"]) == 1  # missing
    assert config_docs.main([]) == 0
    assert config_docs.main(["--check"]) == 0
    (tmp_path / "configuration.md").write_text("# old\n", encoding="utf-8")
    assert config_docs.main(["--check"]) == 1
