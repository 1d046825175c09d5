"""Every user-facing string goes through Qt's translation system, complete in all languages."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tools import i18n as i18n_tools

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

#: Calls that put text in front of a resident or technician.
TEXT_SETTERS = {
    "setText",
    "_set_text",
    "setAccessibleName",
    "setAccessibleDescription",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "show_banner",
    "QLabel",
    "QPushButton",
    "label",
}
#: Literal strings that are deliberately not translated (with the reason).
ALLOWED_LITERALS = {
    "언어 · Language",  # the language button reads in Korean and English on purpose
    "…",  # an empty field's placeholder glyph
    "Kiosk",  # window-manager title, never shown in kiosk mode
}


@pytest.mark.parametrize("language", sorted(i18n_tools.TS_LANGUAGES))
def test_every_message_is_translated(language: str) -> None:
    missing = i18n_tools.missing(language)
    assert missing == [], f"{len(missing)} untranslated in {language}: {missing[:10]}"


@pytest.mark.parametrize("language", sorted(i18n_tools.TS_LANGUAGES))
def test_translations_keep_placeholders(language: str) -> None:
    catalogue = i18n_tools.read_ts(i18n_tools.TS_DIR / f"{language}.ts")
    broken = [
        (source, text)
        for (_ctx, source), (text, finished) in catalogue.items()
        if finished and set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text))
    ]
    assert broken == []


def _literal_text_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in TEXT_SETTERS:
            continue
        # The text is the first argument, except for _set_text(button, text, description).
        text_args = node.args[1:3] if name == "_set_text" else node.args[:1]
        for arg in text_args:
            if (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and re.search(r"[A-Za-z\uac00-\ud7a3\u4e00-\u9fff]{2,}", arg.value)
                and arg.value not in ALLOWED_LITERALS
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {arg.value!r}")
    return found


def test_no_user_facing_literal_bypasses_translation() -> None:
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if "commands" in path.parts:
            continue  # console output is for technicians' terminals
        offenders += _literal_text_calls(path)
    assert offenders == []
