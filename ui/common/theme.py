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

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QWidget

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
    #: The focus ring's two tones, light and dark: each band of the ring takes
    #: the one that stands out more from what it touches (``focus_ring_tones``).
    focus: str
    focus_dark: str
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
    focus="#FFE500",
    focus_dark="#111827",
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
    focus_dark="#000000",
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
    #: The focus ring's width (both bands); at least 2 mm (docs/accessibility.md).
    focus_border: float = 2.0


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


#: Hue ranges (degrees) of the colour families people with colour blindness confuse.
_HUE_FAMILIES = (
    ("red", 0, 20),
    ("yellow", 40, 70),
    ("green", 75, 165),
    ("blue", 190, 260),
    ("red", 330, 360),
)
#: Red-green and blue-yellow colour blindness: text in one on the other is lost.
CLASHING_FAMILIES = (frozenset({"red", "green"}), frozenset({"yellow", "blue"}))


def hue_family(colour: str) -> str | None:
    """ "red", "yellow", "green" or "blue" for a clearly coloured tone; None for
    black, white, greys and tones too dark or too washed out to read as a hue."""
    c = QColor(colour)
    if c.hsvSaturationF() < 0.35 or c.valueF() < 0.2:
        return None
    hue = c.hsvHueF() * 360
    return next((name for name, low, high in _HUE_FAMILIES if low <= hue < high), None)


def colours_clash(fg: str, bg: str) -> bool:
    """Whether ``fg`` on ``bg`` is red on green or yellow on blue (either way round)."""
    return frozenset({hue_family(fg), hue_family(bg)}) in CLASHING_FAMILIES


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
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QLabel {{ color: {palette.text}; background: transparent; font-size: {tpx(s.body_text)}px; }}
QLabel[role="title"] {{ font-size: {tpx(s.title_text)}px; font-weight: bold; }}
QLabel[role="muted"] {{ color: {palette.muted}; font-size: {tpx(s.small_text)}px; }}
QLabel[role="code"] {{ font-size: {tpx(s.display_code)}px; font-weight: bold; }}
QLabel[role="bigcode"] {{ font-weight: bold; }}
QPushButton QLabel#buttonLabel, QPushButton QLabel#buttonDetail {{ color: {palette.primary_text};
    font-size: {tpx(s.button_text)}px; }}
QPushButton QLabel#buttonLabel {{ font-weight: bold; }}
QPushButton[variant="secondary"] QLabel#buttonLabel,
QPushButton[variant="secondary"] QLabel#buttonDetail,
QPushButton[variant="nav"] QLabel#buttonLabel,
QPushButton[variant="nav"] QLabel#buttonDetail {{ color: {palette.secondary_text}; }}
QPushButton[variant="danger"] QLabel#buttonLabel,
QPushButton[variant="danger"] QLabel#buttonDetail {{ color: {palette.danger_text}; }}
QLabel#buttonLabel:disabled, QLabel#buttonDetail:disabled {{ color: {palette.muted}; }}
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
{_plain_focus(palette, metrics)}
QPushButton:disabled {{ color: {palette.muted}; background: {palette.surface}; }}
QPushButton[variant="service"] {{ min-height: {px(s.service_button_height)}px; text-align: left; }}
QPushButton[variant="service"] QLabel {{ color: {palette.primary_text}; }}
QPushButton[variant="service"] QLabel[role="muted"] {{ color: {palette.primary_text}; }}
"""


def _plain_focus(palette: Palette, metrics: Metrics) -> str:
    """The focus look of buttons that draw no ring of their own (the keypad's
    keys, technician mode), and none for those that do.

    A one-colour border cannot stand out from both a dark button and the
    light page, so a focused plain button also changes colour: filled with
    the focus tone that is nearer the page, framed and lettered in the one
    that stands out from the page (and from that fill). Buttons that paint
    the two-band ring (``ring`` property) keep their colours and border.
    """
    tones = (palette.focus, palette.focus_dark)
    frame = max(tones, key=lambda tone: contrast_ratio(tone, palette.background))
    fill = tones[1] if frame == tones[0] else tones[0]
    width = metrics.px(metrics.sizes.focus_border)
    border = f"{metrics.px(metrics.sizes.border)}px solid {palette.border}"
    ring = 'QPushButton[ring="true"]'
    return f"""QPushButton:focus {{ background: {fill}; color: {frame}; border: {width}px solid {frame}; }}
{ring}:focus {{ background: {palette.primary}; color: {palette.primary_text}; border: {border}; }}
{ring}[variant="secondary"]:focus, {ring}[variant="nav"]:focus {{
    background: {palette.secondary}; color: {palette.secondary_text}; }}
{ring}[variant="danger"]:focus {{ background: {palette.danger}; color: {palette.danger_text}; }}"""


# --- the focus ring ---------------------------------------------------------------

#: Minimum contrast of the focus ring against the control and the page (WCAG 2.4.13).
FOCUS_RING_CONTRAST = 3.0
#: Widgets whose style sheet background is "the page" behind the controls on them.
PAGE_OBJECT_NAMES = ("screen", "accessBar", "timeWarning", "reserve")
#: The window property that holds the current theme's ``FocusRing``.
FOCUS_RING_PROPERTY = "focusRing"


@dataclass(frozen=True)
class FocusRing:
    """The current theme's ring: two tones and the width in pixels (both bands)."""

    light: str
    dark: str
    width_px: int

    @classmethod
    def of(cls, palette: Palette, metrics: Metrics) -> FocusRing:
        return cls(palette.focus, palette.focus_dark, metrics.px(metrics.sizes.focus_border))


def focus_ring_tones(ring: FocusRing, control: str, page: str) -> tuple[str, str]:
    """(outer, inner) band colours around a control of colour ``control`` on ``page``.

    No one colour stands out from both a dark blue button and the light page
    around it, so the ring has two bands: the outer one takes the tone that
    stands out more from the page, the inner one the tone that stands out
    more from the control. Black or white stands out at least 4.5:1 from any
    colour; the light tones (yellow, cyan) are chosen to keep 3:1 or more.

    A band is never yellow on blue or red on green (docs/accessibility.md,
    "colour"): next to a colour one of the tones would clash with, as the
    standard theme's yellow with its blue buttons, the band is black or white.
    """

    def standing_out_from(colour: str) -> str:
        tones = (ring.light, ring.dark)
        if any(colours_clash(tone, colour) for tone in tones):
            tones = ("#000000", "#FFFFFF")
        return max(tones, key=lambda tone: contrast_ratio(tone, colour))

    return standing_out_from(page), standing_out_from(control)


def page_colour(widget: QWidget) -> QColor:
    """The background behind ``widget``: its nearest screen, bar or warning."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() in PAGE_OBJECT_NAMES:
            return parent.palette().color(QPalette.ColorRole.Window)
        parent = parent.parentWidget()
    return widget.window().palette().color(QPalette.ColorRole.Window)


def paint_focus_ring(widget: QWidget) -> None:
    """Draw the two-band focus ring just inside ``widget``'s edges (call from paintEvent).

    The theme's ring comes from the window (``FOCUS_RING_PROPERTY``, set when
    the look is applied); the control's colour is its style sheet background.
    """
    ring = widget.window().property(FOCUS_RING_PROPERTY)
    if not isinstance(ring, FocusRing) or ring.width_px <= 0:
        return
    control = widget.palette().color(QPalette.ColorRole.Button).name()
    outer, inner = focus_ring_tones(ring, control, page_colour(widget).name())
    outer_px = ring.width_px // 2
    inner_px = ring.width_px - outer_px
    painter = QPainter(widget)
    try:
        rect = widget.rect()
        for colour, width, offset in ((outer, outer_px, 0), (inner, inner_px, outer_px)):
            band = rect.adjusted(offset, offset, -offset, -offset)
            w, h = band.width(), band.height()
            fill = QColor(colour)
            # Four strips: crisp bands of exactly ``width`` pixels.
            painter.fillRect(band.x(), band.y(), w, width, fill)
            painter.fillRect(band.x(), band.y() + h - width, w, width, fill)
            painter.fillRect(band.x(), band.y(), width, h, fill)
            painter.fillRect(band.x() + w - width, band.y(), width, h, fill)
    finally:
        painter.end()
