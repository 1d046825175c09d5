"""Themes: colours and physical sizes (millimetres) converted to pixels for this panel.

Sizes are physical because a kiosk's readability and reach are physical:
docs/accessibility.md asks for 12 mm touch targets, 2.5 mm gaps and 12 mm text on
panels over 28 cm. ``Metrics`` converts with the configured pixel pitch and
the session's text zoom.

Fonts follow the language: the Hangul font has neither Vietnamese letters nor
simplified Chinese, and Qt's per-letter fallback would mix two typefaces in
one word ("đ ăng ký"), so Vietnamese and Chinese put a font that has all
their letters first, and type is scaled so its letters are as tall as in the
Hangul font (the 12 mm rule is about letter height, not font size).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from kiosk.units import PanelSize

#: Korean and English (and the fallback for every language's Hangul).
FONT_FAMILIES = ["NanumBarunGothic", "NanumGothic", "Noto Sans CJK KR", "Noto Sans KR"]

#: First choice per language; Debian packages fonts-noto-cjk and fonts-dejavu-core.
LANGUAGE_FONT_FAMILIES = {
    "ko": FONT_FAMILIES,
    "en": FONT_FAMILIES,
    "zh": ["Noto Sans CJK SC", *FONT_FAMILIES],
    # Noto Sans CJK KR has every Vietnamese letter and Hangul (the language
    # button), and its narrow Latin keeps "Tương phản" on one line; DejaVu
    # Sans, with all the letters too, stands in where Noto is missing.
    "vi": ["Noto Sans CJK KR", "DejaVu Sans", *FONT_FAMILIES],
}

#: The letter whose height is "the text height" in each language (as the audit measures).
REFERENCE_GLYPH = {"ko": "한", "zh": "中", "en": "H", "vi": "H"}


def font_families(language: str) -> list[str]:
    return LANGUAGE_FONT_FAMILIES.get(language, FONT_FAMILIES)


def _letter_height(families: list[str], glyph: str) -> float:
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(1000)
    return QFontMetricsF(font).tightBoundingRect(glyph).height() / 1000


@lru_cache(maxsize=8)
def font_scale(language: str) -> float:
    """How much larger type must be in ``language``'s font to match the Hangul font's letters.

    Sizes are tuned on the Hangul font; a font with shorter capitals gets
    proportionally larger type. Needs a running QGuiApplication.
    """
    if font_families(language) == FONT_FAMILIES:
        return 1.0
    glyph = REFERENCE_GLYPH.get(language, "H")
    base = _letter_height(FONT_FAMILIES, glyph)
    own = _letter_height(font_families(language), glyph)
    if own <= 0 or base <= 0:
        return 1.0
    return max(1.0, round(base / own, 3))


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    text: str
    muted: str
    primary: str
    primary_text: str
    secondary: str
    secondary_text: str
    danger: str
    danger_text: str
    focus: str
    border: str


STANDARD = Palette(
    background="#EEF2F6",
    surface="#FFFFFF",
    text="#111827",
    muted="#374151",
    primary="#0B4A8F",
    primary_text="#FFFFFF",
    secondary="#FFFFFF",
    secondary_text="#0B4A8F",
    danger="#A4161A",
    danger_text="#FFFFFF",
    focus="#E07A00",
    border="#0B4A8F",
)

HIGH_CONTRAST = Palette(
    background="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted="#FFFFFF",
    primary="#FFE500",
    primary_text="#000000",
    secondary="#000000",
    secondary_text="#FFFFFF",
    danger="#FFFFFF",
    danger_text="#000000",
    focus="#00E5FF",
    border="#FFFFFF",
)

PALETTES = {"standard": STANDARD, "high_contrast": HIGH_CONTRAST}


@dataclass(frozen=True)
class Sizes:
    """Physical sizes in millimetres (before text zoom)."""

    # Latin capitals are about 0.77 em and Hangul syllables 0.9 em in the
    # Hangul fonts we use, so 16.2 mm type gives capitals (and Hangul) of at
    # least 12 mm, the minimum for panels over 28 cm (docs/accessibility.md).
    body_text: float = 16.2
    small_text: float = 16.2
    title_text: float = 20.0
    button_text: float = 16.5
    display_code: float = 62.0
    button_height: float = 30.0
    service_button_height: float = 40.0
    nav_button_height: float = 24.0
    gap: float = 6.0
    margin: float = 12.0
    radius: float = 3.0
    border: float = 0.8
    focus_border: float = 1.6


class Metrics:
    """mm -> px for the configured panel, with the session's text zoom."""

    def __init__(self, screen: PanelSize, text_zoom: float = 1.0, sizes: Sizes | None = None):
        self.screen = screen
        self.text_zoom = text_zoom
        self.sizes = sizes or Sizes()
        self.families = FONT_FAMILIES
        self.font_scale = 1.0

    def set_language(self, language: str) -> None:
        self.families = font_families(language)
        self.font_scale = font_scale(language)

    def px(self, mm: float) -> int:
        return self.screen.px(mm)

    def text_px(self, mm: float) -> int:
        return self.screen.px(mm * self.text_zoom * self.font_scale)

    def font(self, mm: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPixelSize(self.text_px(mm))
        font.setBold(bold)
        return font


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def stylesheet(palette: Palette, metrics: Metrics) -> str:
    s = metrics.sizes
    px = metrics.px
    tpx = metrics.text_px
    return f"""
QWidget#screen {{ background: {palette.background}; }}
QScrollArea#body, QWidget#bodyContent {{ background: transparent; }}
QWidget#reserve {{ background: {palette.background}; }}
QWidget#accessBar {{ background: {palette.surface}; border-top: {px(s.border)}px solid {palette.border}; }}
QWidget#timeWarning {{ background: {palette.danger}; }}
QLabel[role="warningText"] {{ color: {palette.danger_text}; font-weight: bold; }}
QLabel[role="buttontitle"] {{ font-size: {tpx(s.button_text)}px; font-weight: bold; }}
QLabel[role="subtitle"] {{ font-size: {tpx(s.title_text * 0.8)}px; font-weight: bold; }}
QScrollBar:vertical {{ width: {px(6)}px; background: {palette.surface}; }}
QScrollBar::handle:vertical {{ background: {palette.border}; min-height: {px(15)}px; }}
QLabel {{ color: {palette.text}; background: transparent; font-size: {tpx(s.body_text)}px; }}
QLabel[role="title"] {{ font-size: {tpx(s.title_text)}px; font-weight: bold; }}
QLabel[role="muted"] {{ color: {palette.muted}; font-size: {tpx(s.small_text)}px; }}
QLabel[role="code"] {{ font-size: {tpx(s.display_code)}px; font-weight: bold; }}
QLabel[role="bigcode"] {{ font-weight: bold; }}
QPushButton QLabel#buttonLabel {{ color: {palette.primary_text}; font-size: {tpx(s.button_text)}px;
    font-weight: bold; }}
QPushButton[variant="secondary"] QLabel#buttonLabel,
QPushButton[variant="nav"] QLabel#buttonLabel {{ color: {palette.secondary_text}; }}
QPushButton[variant="danger"] QLabel#buttonLabel {{ color: {palette.danger_text}; }}
QLabel#buttonLabel:disabled {{ color: {palette.muted}; }}
QLabel[role="warning"] {{ color: {palette.danger_text}; background: {palette.danger};
    padding: {px(2)}px; border-radius: {px(s.radius)}px; }}
QLabel[role="notice"] {{ color: {palette.text}; background: {palette.surface};
    border: {px(s.border)}px solid {palette.border}; padding: {px(2)}px;
    border-radius: {px(s.radius)}px; }}
QFrame[role="panel"] {{ background: {palette.surface}; border: {px(s.border)}px solid {palette.border};
    border-radius: {px(s.radius)}px; }}
QPushButton {{ color: {palette.primary_text}; background: {palette.primary};
    border: {px(s.border)}px solid {palette.border}; border-radius: {px(s.radius)}px;
    font-size: {tpx(s.button_text)}px; font-weight: bold; min-height: {px(s.button_height)}px;
    padding: 0 {px(4)}px; }}
QPushButton[variant="secondary"] {{ color: {palette.secondary_text}; background: {palette.secondary}; }}
QPushButton[variant="danger"] {{ color: {palette.danger_text}; background: {palette.danger}; }}
QPushButton[variant="nav"] {{ min-height: {px(s.nav_button_height)}px; color: {palette.secondary_text};
    background: {palette.secondary}; }}
QPushButton:focus {{ border: {px(s.focus_border)}px solid {palette.focus}; }}
QPushButton:disabled {{ color: {palette.muted}; background: {palette.surface}; }}
QPushButton[variant="service"] {{ min-height: {px(s.service_button_height)}px; text-align: left; }}
QPushButton[variant="service"] QLabel {{ color: {palette.primary_text}; }}
QPushButton[variant="service"] QLabel[role="muted"] {{ color: {palette.primary_text}; }}
"""
