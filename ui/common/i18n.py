"""Qt translation at display time: load ``.qm`` catalogues and translate core ``Text``.

Source strings are English; Korean is the default language. Widgets call
``tr(context, source)`` whenever they (re)draw, so a language switch redraws
everything, and accessible names and spoken prompts use the same strings.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.i18n import Text
from kiosk.i18n import day_text as core_day_text

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

#: Each language's name written in that language (the language chooser shows these).
LANGUAGE_NAMES = {"ko": "한국어", "en": "English", "zh": "中文", "vi": "Tiếng Việt"}


def tr(context: str, source: str, **args: Any) -> str:
    text = QCoreApplication.translate(context, source)
    if args:
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return source.format(**args)
    return text


def tr_n(context: str, one: str, many: str, quantity: int, /, **args: Any) -> str:
    """``tr`` of ``one`` when ``quantity`` is 1, else of ``many``.

    English says "1 day" but "3 days"; Korean, Chinese and Vietnamese
    translate both alike. Both sources are extracted for translation.
    Positional-only, so ``args`` may name a placeholder ``count`` or ``n``.
    """
    return tr(context, one if quantity == 1 else many, **args)


def qt_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def render(text: Text) -> str:
    return text.render(qt_translate)


#: A short number and the space after it: up to three digits, not the end of
#: "18,000,000", nor of a date or a time ("11/24 (Tue)", "10:00 to").
_SHORT_NUMBER = re.compile(r"(?<![0-9,.:/])([0-9]{1,3}) ")


def numbers_with_units(text: str) -> str:
    """``text`` with each short number bound to the word after it by a no-break space.

    Word wrap then never leaves a unit alone at the start of a line
    ("khoảng 5" / "phút"); the line breaks before the number instead. Long
    amounts and dates stay breakable: at 200 % text "(18,000,000 won)" or
    "11/24 (Tue) 10:00" held together is wider than the screen.
    """
    return _SHORT_NUMBER.sub("\\1\u00a0", text)


def breakable_code(code: str) -> str:
    """``code`` ("4882-4361-2156-3653") allowed to break after its hyphens, and only there.

    The line breaker takes a document number for one word: at 200 % text it
    is wider than the screen, and the page grew as wide as it, cutting off
    every line. An invisible break after each hyphen lets it wrap in groups.
    """
    return code.replace("-", "-\u200b")


def day_text(day: date) -> str:
    """A day as residents write it, with its weekday (``kiosk.i18n.day_text``).

    A no-break space keeps the weekday on the line of its day: "(수)" alone
    at the start of a line read as a stray word.
    """
    return render(core_day_text(day)).replace(" (", "\u00a0(")


def day_and_time_text(when: datetime) -> str:
    """The day and the time on the 24-hour clock: "11월 26일 (목) 18:00".

    A no-break space keeps the time on the line of its day; the weekday may
    break from it (held together, the whole is wider than the screen at 200 %).
    """
    return f"{render(core_day_text(when.date()))}\u00a0{when:%H:%M}"


class LanguageSwitcher:
    """Installs the translator for one language at a time on the application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "en"

    def close(self) -> None:
        """Uninstall this switcher's translator (when its kiosk shuts down)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None

    def set_language(self, language: str) -> None:
        if language == self.language and self._translator is not None:
            return
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if language != "en":
            translator = QTranslator(self._app)
            qm = TRANSLATIONS_DIR / f"{language}.qm"
            if translator.load(str(qm)):
                self._app.installTranslator(translator)
                self._translator = translator
        self.language = language
