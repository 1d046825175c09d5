"""Rendering the core's translatable ``Text`` for the web page, without Qt widgets.

The simplest honest option: the same compiled catalogues the kiosk uses
(``ui/translations/{ko,zh,vi}.qm``, built by ``python -m tools.i18n
compile``), read with QtCore's ``QTranslator`` directly (no
``QCoreApplication``, no widgets, nothing installed globally): one
translator object per language, asked with ``QTranslator.translate``. A
second ``.qm`` reader in Python would duplicate Qt's format, and the web
app would then disagree with the kiosk the day that format changes. The
``.qm`` files are data files found by path, not an import of ``ui``.
English is the source text; a missing catalogue falls back to it (and is
logged once). Calls are serialised by a lock (the notifier thread and the
request threads share the translators).

The language is the ``lang`` query parameter when given (the page's
language links), else the best of ``Accept-Language``, else Korean.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QTranslator

from kiosk.i18n import LANGUAGES, Text, Translate

log = logging.getLogger(__name__)

#: Where ``tools.i18n compile`` puts the compiled catalogues.
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "ui" / "translations"

DEFAULT_LANGUAGE = "ko"

#: Each language's name in itself, for the language links.
LANGUAGE_NAMES = {"ko": "한국어", "en": "English", "zh": "中文", "vi": "Tiếng Việt"}


class Translations:
    """One ``QTranslator`` per language, loaded once."""

    def __init__(self, directory: Path = TRANSLATIONS_DIR) -> None:
        self._lock = threading.Lock()
        self._translators: dict[str, QTranslator] = {}
        for language in LANGUAGES:
            if language == "en":
                continue
            translator = QTranslator()
            if translator.load(str(directory / f"{language}.qm")):
                self._translators[language] = translator
            else:
                log.warning(
                    "no compiled translations for %s in %s: English is shown", language, directory
                )

    def translate_for(self, language: str) -> Translate:
        translator = self._translators.get(language)

        def translate(context: str, source: str) -> str:
            if translator is None:
                return source
            with self._lock:
                text = translator.translate(context, source)
            return text or source

        return translate

    def render(self, text: Text, language: str) -> str:
        return text.render(self.translate_for(language))


def pick_language(query: str | None, accept_language: str | None) -> str:
    """The page language: ``?lang=`` if known, else the best of Accept-Language, else Korean."""
    if query in LANGUAGES:
        return query
    best: tuple[float, int, str] | None = None
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        if primary not in LANGUAGES:
            continue
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        key = (-quality, index, primary)
        if best is None or key < best:
            best = key
    return best[2] if best is not None else DEFAULT_LANGUAGE
