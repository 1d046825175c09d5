"""Accessibility audit: every resident screen x theme x language, measured.

For each combination the real window is rendered offscreen and measured the
way docs/accessibility.md states its rules: touch targets and the gaps between
them in millimetres, text height in millimetres (a Hangul syllable, a Han
character or a Latin capital, whichever the language uses), contrast of text
against its background from the rendered pixels and whether the two are red
on green or yellow on blue, reach in low-screen mode, keypad reachability,
accessible names, a spoken prompt in the screen's language, a way out (Call
staff, and Back or Home), and that no personal data of the session is spoken
or shown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from itertools import product
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QRawFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.i18n import N_
from kiosk.journeys import flow as f
from kiosk.ports.printer import PrintFailure
from kiosk.queue.tickets import IssuedTicket, Ticket, TicketState
from kiosk.units import REACH_MAX_MM, REACH_MIN_MM
from tools.a11y.journeys import build_audit_kiosk
from ui.common.i18n import LANGUAGE_NAMES
from ui.common.theme import REFERENCE_GLYPH, colours_clash, contrast_ratio
from ui.resident.screens.base import Screen
from ui.resident.screens.home import HomeScreen
from ui.resident.voice import focusable_controls, scroll_area_of, scroll_into_view

__all__ = ["build_audit_kiosk"]  # for `kiosk audit-a11y`, which may import this module only

LANGUAGES = ("ko", "en", "zh", "vi")
VARIANTS = ("standard", "high_contrast", "large_text", "low_screen")
CHECKS = (
    "renders",
    "targets",
    "gaps",
    "text_height",
    "text_fits",
    "one_typeface",
    "contrast",
    "colour_pairs",
    "reach",
    "keypad",
    "names",
    "voice",
    "privacy",
    "focus_ring",
    "symbol_names",
    "way_out",
    "in_sight",
)

MIN_TARGET_MM = 12.0
MIN_TARGET_AREA_MM2 = 150.0
MIN_GAP_MM = 2.5
MIN_TEXT_MM = 12.0
MIN_FOCUS_RING_MM = 2.0
MIN_FOCUS_RING_CONTRAST = 3.0
MIN_CONTRAST = {"high_contrast": 7.0}
DEFAULT_MIN_CONTRAST = 4.5
_SCRIPT = {
    "ko": re.compile(r"[\uac00-\ud7a3]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "vi": re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I),
    "en": re.compile(r"[A-Za-z]"),
}


@dataclass
class Finding:
    screen: str
    variant: str
    language: str
    check: str
    ok: bool
    details: list[str] = field(default_factory=list)


@dataclass
class AuditResult:
    findings: list[Finding]

    @property
    def failures(self) -> list[Finding]:
        return [x for x in self.findings if not x.ok]

    def to_json(self) -> str:
        return json.dumps(
            {
                "checks": list(CHECKS),
                "failures": len(self.failures),
                "findings": [asdict(x) for x in self.findings],
            },
            ensure_ascii=False,
            indent=1,
        )

    def to_markdown(self) -> str:
        combos: dict[tuple[str, str, str], dict[str, Finding]] = {}
        for x in self.findings:
            combos.setdefault((x.screen, x.variant, x.language), {})[x.check] = x
        lines = [
            "# Accessibility audit",
            "",
            f"{len(combos)} screen/theme/language combinations, "
            f"{len(self.findings)} checks, {len(self.failures)} failed.",
            "",
            "| screen | theme | language | " + " | ".join(CHECKS) + " |",
            "| --- | --- | --- | " + " | ".join("---" for _ in CHECKS) + " |",
        ]
        for (screen, variant, language), checks in combos.items():
            cells = []
            for check in CHECKS:
                finding = checks.get(check)
                cells.append("–" if finding is None else ("ok" if finding.ok else "**FAIL**"))
            lines.append(f"| {screen} | {variant} | {language} | " + " | ".join(cells) + " |")
        if self.failures:
            lines += ["", "## Failures", ""]
            for x in self.failures:
                lines.append(
                    f"- {x.screen} / {x.variant} / {x.language} / {x.check}: "
                    + "; ".join(x.details[:6])
                )
        return "\n".join(lines) + "\n"


# --- measuring helpers ---------------------------------------------------------


def _window_image(window: QWidget) -> Image.Image:
    # Copied pixel for pixel; a PNG round trip gave the same image at four times the cost.
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer(
        "RGB",
        (image.width(), image.height()),
        bytes(image.constBits()),
        "raw",
        "RGB",
        image.bytesPerLine(),
        1,
    )


def _rect_in(window: QWidget, widget: QWidget) -> QRect:
    """The part of ``widget`` a person can see: clipped by every scroll area it is in."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return (widget.accessibleName() or text or type(widget).__name__)[:40]


@dataclass(frozen=True)
class TextColours:
    """The colours of a piece of text as rendered: its background (the commonest
    colour), its main colour (the next commonest) and the one that stands out most
    from the background (the text's core where antialiasing softens thin strokes)."""

    background: str
    main: str
    strongest: str


def _text_colours(image: Image.Image, rect: QRect, inset: int) -> TextColours | None:
    box = (
        max(0, rect.left() + inset),
        max(0, rect.top() + inset),
        min(image.width, rect.right() - inset),
        min(image.height, rect.bottom() - inset),
    )
    if box[2] - box[0] < 4 or box[3] - box[1] < 4:
        return None
    crop = image.crop(box)
    colours: list[tuple[int, tuple[int, int, int]]] | None = crop.getcolors(  # type: ignore[assignment]
        maxcolors=crop.width * crop.height
    )
    if not colours or len(colours) < 2:
        return None
    colours.sort(reverse=True)
    background = _hex(colours[0][1])
    # Antialiasing makes in-between colours; only those covering a meaningful
    # share of the pixels count.
    threshold = max(3, int(crop.width * crop.height * 0.002))
    inks = [_hex(colour) for count, colour in colours[1:] if count >= threshold]
    if not inks:
        return None
    strongest = max(inks, key=lambda colour: contrast_ratio(colour, background))
    return TextColours(background, inks[0], strongest)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _texts(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.text().strip()) or (
            isinstance(widget, QAbstractButton) and widget.text().strip()
        ):
            yield widget


def mixed_typeface(widget: QWidget) -> str:
    """The letters and digits of ``widget``'s text that its own typeface lacks.

    Qt draws a missing letter from another font, so a word in a font without
    Vietnamese letters comes out in two typefaces with gaps ("đ ăng ký").
    Symbols ("√", "…") may come from another font: they stand alone.
    """
    font = QRawFont.fromFont(widget.font())
    text = widget.text()  # type: ignore[attr-defined]
    missing = {ch for ch in text if ch.isalnum() and not font.supportsCharacter(ord(ch))}
    return "".join(sorted(missing))


def _buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]


def reach_problems(
    window: QWidget, rects: list[tuple[QAbstractButton, QRect]], panel: Any, *, low: bool
) -> list[str]:
    """Controls under ``REACH_MIN_MM`` above the floor; with ``low``, also over ``REACH_MAX_MM``."""
    mm = panel.mm_per_px
    problems = []
    for b, rect in rects:
        bottom = panel.mounting_height_mm + (window.height() - 1 - rect.bottom()) * mm
        if bottom < REACH_MIN_MM - 0.5:
            problems.append(f"{_name(b)}: bottom at {bottom:.0f} mm")
        top = panel.mounting_height_mm + (window.height() - rect.top()) * mm
        if low and top > REACH_MAX_MM + 0.5:
            problems.append(f"{_name(b)}: top at {top:.0f} mm")
    return problems


# --- the focus ring -----------------------------------------------------------------


@dataclass(frozen=True)
class RingMeasure:
    """A focused control's ring, read from the rendered pixels."""

    width_mm: float
    #: The ring's outer edge against the page just outside the control.
    against_page: float
    #: The ring's inner edge against the control's fill just inside it.
    against_control: float


def _pixel(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def _run(image: QImage, other: QImage | None, points: list[tuple[int, int]]) -> int:
    """How many of ``points`` (from the edge inwards) differ from ``other``, or
    (``other`` None) share the first point's colour."""
    first = _pixel(image, *points[0])
    count = 0
    for x, y in points:
        if (other is None and _pixel(image, x, y) != first) or (
            other is not None and _pixel(image, x, y) == _pixel(other, x, y)
        ):
            break
        count += 1
    return count


def _focused_and_plain(
    window: QWidget, button: QWidget, pad: int
) -> tuple[QRect, QImage, QImage] | None:
    """Where ``button`` shows, and pictures of it (``pad`` pixels around) with and without focus.

    It is shown whole, as keypad navigation shows a control it moves to: on
    a sliver at the foot of a scroll area, the left edge is the rounded
    corner. The focus and the scroll position are put back afterwards.
    """
    app = QApplication.instance()
    assert app is not None
    if _rect_in(window, button).isEmpty():
        return None
    before = QApplication.focusWidget()
    # Only a control partly scrolled out of view is scrolled to (and back).
    partly = _rect_in(window, button).size() != button.size()
    scroll = scroll_area_of(button) if partly else None
    scrolled_from = scroll.verticalScrollBar().value() if scroll is not None else 0
    try:
        button.setFocus(Qt.FocusReason.OtherFocusReason)
        if scroll is not None:
            scroll_into_view(button)
        app.processEvents()
        rect = _rect_in(window, button)
        if not button.hasFocus() or rect.width() < 16 or rect.height() < 16:
            return None
        area = rect.adjusted(-pad, -pad, pad, pad)
        focused = window.grab(area).toImage()
        button.clearFocus()
        app.processEvents()
        return rect, focused, window.grab(area).toImage()
    finally:
        if scroll is not None:
            scroll.verticalScrollBar().setValue(scrolled_from)
        if before is not None:
            before.setFocus(Qt.FocusReason.OtherFocusReason)
            app.processEvents()


def measure_focus_ring(window: QWidget, button: QWidget, mm_per_px: float) -> RingMeasure | None:
    """Focus ``button``, render it with and without the focus, and measure the ring.

    The ring is what focusing changes at the control's edge, on its left side
    and its top (the narrower counts). A control that changes colour as a
    whole when focused (the keypad's keys) has its frame measured instead.
    None when the control cannot take the focus or is too small to measure.
    """
    pad = 4
    shots = _focused_and_plain(window, button, pad)
    if shots is None:
        return None
    rect, focused, plain = shots
    mid_y, mid_x = pad + rect.height() // 2, pad + rect.width() // 2
    across, down = rect.width() // 3, rect.height() // 3
    sides = [[(pad + i, mid_y) for i in range(across)]]  # left edge, inwards
    # The top edge, downwards; or the bottom edge, upwards, where a scroll
    # area hides the top (the edge shown there is not the control's own).
    # Not on a sliver of a control scrolled almost out of view.
    whole = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    if down >= 16 and rect.top() == whole.top():
        sides.append([(mid_x, pad + i) for i in range(down)])
    elif down >= 16 and rect.bottom() == whole.bottom():
        sides.append([(mid_x, pad + rect.height() - 1 - i) for i in range(down)])
    widths = []
    for points in sides:
        width = _run(focused, plain, points)
        if width >= len(points):  # the whole control changed: its frame is the ring
            width = _run(focused, None, points)
        widths.append(width)
    width = min(widths)
    if width <= 0:
        return RingMeasure(0.0, 1.0, 1.0)
    outer = _pixel(focused, pad, mid_y)
    inner = _pixel(focused, pad + width - 1, mid_y)
    control = _pixel(focused, min(pad + width + 1, pad + rect.width() // 2), mid_y)
    page = _pixel(focused, pad - 2, mid_y)
    return RingMeasure(
        width * mm_per_px, contrast_ratio(outer, page), contrast_ratio(inner, control)
    )


def focus_ring_problems(window: QWidget, buttons: list[QAbstractButton], mm: float) -> list[str]:
    """Each focusable control's ring: at least 2 mm wide, 3:1 against page and control."""
    problems = []
    for b in buttons:
        if b.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        ring = measure_focus_ring(window, b, mm)
        if ring is None:
            continue
        if ring.width_mm < MIN_FOCUS_RING_MM - 0.05:
            problems.append(f"{_name(b)}: ring {ring.width_mm:.1f} mm wide")
        low = min(ring.against_page, ring.against_control)
        if low < MIN_FOCUS_RING_CONTRAST:
            problems.append(
                f"{_name(b)}: ring {ring.against_page:.2f}:1 on the page, "
                f"{ring.against_control:.2f}:1 on the control"
            )
    return problems


#: An accessible name a screen reader would read as a bare symbol ("plus", "less-than").
_NO_WORD = re.compile(r"^[\W_]*$")


def symbol_name_problems(buttons: list[QAbstractButton]) -> list[str]:
    """Controls whose accessible name has no letter or digit: "+", "−", "✓", "<", ">"."""
    return [
        f"{b.accessibleName()!r}"
        for b in buttons
        if b.accessibleName() and _NO_WORD.match(b.accessibleName())
    ]


def way_out_problems(screen: Screen) -> list[str]:
    """A screen without a visible Call staff button, or (but home) without Back or Home."""

    def shown(button: QAbstractButton | None) -> bool:
        return button is not None and button.isVisible()

    problems = []
    if not shown(screen.staff_button):
        problems.append("no Call staff button")
    if not isinstance(screen, HomeScreen) and not (
        shown(screen.back_button) or shown(screen.home_button)
    ):
        problems.append("neither Back nor Home")
    return problems


def shown_whole(window: QWidget, widget: QWidget) -> bool:
    """Whether all of ``widget`` is on the window without scrolling."""
    if not widget.isVisible():
        return False
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return _rect_in(window, widget) == rect and window.rect().contains(rect)


def in_sight_problems(window: QWidget, screen: Screen) -> list[str]:
    """What a resident must see without scrolling and cannot: the screen's key
    result (the queue number on the ticket and print-failure screens) and the
    time left before the first screen returns, unless the time warning says it."""
    must = [screen.key_result]
    if screen.countdown is not None and screen.countdown.isVisible():
        must.append(screen.countdown)
    return [
        f"{_name(w)}: not wholly in sight"
        for w in must
        if w is not None and not shown_whole(window, w)
    ]


# --- scenarios -------------------------------------------------------------------


def _sample_ticket() -> IssuedTicket:
    ticket = Ticket(
        id=1,
        service_id="general",
        business_day=date(2026, 11, 23),
        number=12,
        display_code="A-012",
        issued_at=datetime(2026, 11, 23, 0, 30, tzinfo=UTC),
        priority=False,
        state=TicketState.PRINTED,
        kiosk_id="kiosk-1",
        print_attempts=1,
    )
    return IssuedTicket(ticket, people_ahead=4, wait_minutes=10)


def _prepare(kiosk: Any, state: Enum) -> None:
    """Put the flow in ``state`` with the context a resident would have there."""
    flow = kiosk.flow
    context = f.Context()
    config = kiosk.config
    if state in (f.State.ISSUING, f.State.TICKET, f.State.PRINT_ERROR):
        context.service_id = config.enabled_services[0].id
        context.issued = _sample_ticket()
        context.printing = state is f.State.ISSUING
        if state is f.State.PRINT_ERROR:
            context.failure = PrintFailure.PAPER_OUT
    elif state is f.State.UNAVAILABLE:
        context.message = N_(
            "flow", "Queue numbers are temporarily unavailable. Please ask at the counter."
        )
    flow.context = context
    journey = flow.journey(state)
    if journey is not None:
        journey.sample(state)
    flow.state = state
    flow.back_stack = [f.State.HOME] if state is not f.State.HOME else []
    kiosk.window._show_state(state)


def _apply_variant(kiosk: Any, variant: str) -> None:
    session = kiosk.flow.session
    session.theme = "high_contrast" if variant == "high_contrast" else "standard"
    session.text_zoom = 2.0 if variant == "large_text" else 1.0
    session.low_screen = variant == "low_screen"
    kiosk.window.apply_look()


def _in_look(kiosk: Any, variant: str, language: str) -> None:
    """The window in ``variant`` and ``language``, as a resident's choices reach it."""
    kiosk.flow.session.language = language
    _apply_variant(kiosk, variant)
    # The way a resident's language choice reaches the window, so what stays
    # on screen across screens (the access bar) follows.
    kiosk.window._carry_out(f.LanguageChanged(language), journal=False)


def _save_thumbnail(window: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = _window_image(window)
    image.thumbnail((360, 640))
    image.save(path)


# --- the audit --------------------------------------------------------------------


def _personal_strings(identity: Any) -> list[str]:
    values = [
        identity.document_number,
        identity.surname,
        identity.given_names,
        identity.birth_date,
    ]
    return [v for v in values if isinstance(v, str) and len(v) >= 3]


def text_problems(
    window: QWidget,
    *,
    language: str,
    mm: float,
    min_contrast: float,
    inset: int,
    padding: int,
) -> dict[str, list[str]]:
    """The checks of the text a window shows, by check name: its height, fit,
    typeface, and its contrast and colours as rendered.

    ``mm`` is the panel's millimetres per pixel; ``inset`` how far inside a
    button its text colours are read (past the border); ``padding`` the
    style's padding on each side of a button's text.
    """
    image = _window_image(window)
    glyph = REFERENCE_GLYPH[language]
    height_problems: list[str] = []
    contrast_problems: list[str] = []
    clash_problems: list[str] = []
    for widget in _texts(window):
        if _rect_in(window, widget).isEmpty():
            continue
        height = QFontMetricsF(widget.font()).tightBoundingRect(glyph).height() * mm
        if height < MIN_TEXT_MM - 0.05:
            height_problems.append(f"{_name(widget)}: {height:.1f} mm")
        seen = _text_colours(
            image, _rect_in(window, widget), inset if isinstance(widget, QAbstractButton) else 0
        )
        if seen is None:
            continue
        ratio = contrast_ratio(seen.strongest, seen.background)
        if ratio < min_contrast:
            contrast_problems.append(f"{_name(widget)}: {ratio:.1f}:1")
        if colours_clash(seen.main, seen.background):
            clash_problems.append(f"{_name(widget)}: {seen.main} on {seen.background}")
    # Text fits: no label or button cuts its words off.
    fit_problems: list[str] = []
    for widget in _texts(window):
        if _rect_in(window, widget).isEmpty():
            continue
        metrics = QFontMetricsF(widget.font())
        text = widget.text()  # type: ignore[attr-defined]
        room = float(widget.contentsRect().width())
        if isinstance(widget, QAbstractButton) and widget.findChild(QLabel, "buttonLabel"):
            continue  # a wrapping button: its label is measured as a label
        if isinstance(widget, QAbstractButton):
            room -= 2 * padding  # the style's padding
            lines = text.split("\n")
        elif isinstance(widget, QLabel) and widget.wordWrap():
            # Wrapped text only clips a run the line cannot break; Qt's own
            # line breaker (Unicode rules: CJK breaks anywhere, Latin at
            # spaces) tells how wide the longest one is.
            longest = widget.minimumSizeHint().width() - (
                widget.width() - widget.contentsRect().width()
            )
            if longest > room + 1:
                fit_problems.append(
                    f"{_name(widget)}: an unbreakable run needs {longest * mm:.0f} mm, "
                    f"has {room * mm:.0f} mm"
                )
            lines = []
        else:
            lines = text.split("\n")
        widest = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
        if widest > room + 1:
            fit_problems.append(
                f"{_name(widget)}: needs {widest * mm:.0f} mm, has {room * mm:.0f} mm"
            )
        visible = _rect_in(window, widget)
        if visible.width() < widget.width() - 1 and visible.height() >= widget.height() - 1:
            # Wider than the screen's scroll area: cut off at its edge.
            fit_problems.append(f"{_name(widget)}: cut off at the screen edge")
        if (
            isinstance(widget, QLabel)
            and widget.wordWrap()
            and widget.heightForWidth(widget.width()) > widget.height() + 2
        ):
            fit_problems.append(f"{_name(widget)}: wrapped text taller than its box")
    typeface_problems = []
    for widget in _texts(window):
        if isinstance(widget, QAbstractButton) and widget.findChild(QLabel, "buttonLabel"):
            continue  # its label is checked as a label, in the label's own font
        missing = mixed_typeface(widget)
        if missing and not _rect_in(window, widget).isEmpty():
            typeface_problems.append(f"{_name(widget)}: {widget.font().family()} lacks {missing!r}")
    return {
        "text_height": height_problems,
        "text_fits": fit_problems,
        "one_typeface": typeface_problems,
        "contrast": contrast_problems,
        "colour_pairs": clash_problems,
    }


def audit_screen(
    kiosk: Any, screen_name: str, variant: str, language: str, secrets: list[str]
) -> list[Finding]:
    window = kiosk.window
    app = QApplication.instance()
    assert app is not None
    for _ in range(3):  # a font change can take more than one layout pass to settle
        app.processEvents()
    mm = kiosk.config.screen.mm_per_px
    found: list[Finding] = []

    def add(check: str, problems: list[str]) -> None:
        found.append(Finding(screen_name, variant, language, check, not problems, problems))

    # Controls scrolled out of view are measured when scrolled to, not here.
    buttons = [b for b in _buttons(window) if not _rect_in(window, b).isEmpty()]
    # Touch targets.
    problems = []
    for b in buttons:
        # Full size: a button partly scrolled out of view is whole when scrolled to.
        w, h = b.width() * mm, b.height() * mm
        if w < MIN_TARGET_MM or h < MIN_TARGET_MM or w * h < MIN_TARGET_AREA_MM2:
            problems.append(f"{_name(b)}: {w:.1f} x {h:.1f} mm")
    add("targets", problems)
    # Gaps between targets.
    problems = []
    rects = [(b, _rect_in(window, b)) for b in buttons]
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1 :]:
            if ra.intersects(rb):
                problems.append(f"{_name(a)} overlaps {_name(b)}")
                continue
            dx = max(rb.left() - ra.right() - 1, ra.left() - rb.right() - 1, 0)
            dy = max(rb.top() - ra.bottom() - 1, ra.top() - rb.bottom() - 1, 0)
            gap = max(dx, dy) * mm
            if gap < MIN_GAP_MM:
                problems.append(f"{_name(a)} / {_name(b)}: {gap:.1f} mm apart")
    add("gaps", problems)
    # The text: height, fit, typeface, contrast and colours.
    for check, problems in text_problems(
        window,
        language=language,
        mm=mm,
        min_contrast=MIN_CONTRAST.get(variant, DEFAULT_MIN_CONTRAST),
        inset=kiosk.config.screen.px(2.0),
        padding=kiosk.config.screen.px(1.0),
    ).items():
        add(check, problems)
    # Reach: every control sits 400 mm or more above the floor; in low-screen
    # mode, also below 1,220 mm.
    add("reach", reach_problems(window, rects, kiosk.config.screen, low=variant == "low_screen"))
    # Keypad: every control is in the keypad's focus cycle.
    reachable = set(map(id, focusable_controls(window)))
    add("keypad", [_name(b) for b in buttons if id(b) not in reachable])
    # Accessible names and descriptions.
    add(
        "names",
        [_name(b) for b in buttons if not b.accessibleName() or not b.accessibleDescription()],
    )
    # Voice: a prompt in the screen's language, without personal data.
    speaker = window.voice.speaker
    start = len(getattr(speaker, "utterances", []))
    kiosk.flow.session.voice = True
    window.voice.announce_screen()
    kiosk.flow.session.voice = False
    spoken = list(getattr(speaker, "utterances", []))[start:]
    problems = []
    if not spoken:
        problems.append("nothing was spoken")
    for u in spoken:
        if u.language != language and u.text.rstrip(". ") == LANGUAGE_NAMES.get(u.language):
            continue  # a language's own name, said in its own voice (the language screen)
        if u.language != language:
            problems.append(f"spoken in {u.language}")
        if not _SCRIPT[language].search(u.text):
            problems.append(f"not {language} text: {u.text[:40]!r}")
    add("voice", problems)
    # Privacy: nothing personal in speech or on screen.
    problems = []
    shown = [w.text() for w in _texts(window)]  # type: ignore[attr-defined]
    for secret in secrets:
        if any(secret in u.text for u in spoken):
            problems.append("personal data spoken")
        if any(secret in text for text in shown):
            problems.append("personal data shown")
    add("privacy", problems)
    add("focus_ring", focus_ring_problems(window, buttons, mm))
    add("symbol_names", symbol_name_problems(buttons))
    add("way_out", way_out_problems(window.current_screen))
    add("in_sight", in_sight_problems(window, window.current_screen))
    return found


def run_audit(
    kiosk: Any,
    *,
    languages: tuple[str, ...] = LANGUAGES,
    variants: tuple[str, ...] = VARIANTS,
    shots: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> AuditResult:
    from kiosk.identity import DEMO_RESIDENTS
    from ui.resident.window import SCREENS

    found_in: dict[tuple[Enum, str, str], list[Finding]] = {}
    resident = next(iter(DEMO_RESIDENTS.values()))
    # Look and language outermost: restyling the whole window takes a twentieth
    # of a second, and in this order it happens once per look and typeface
    # rather than once per screen.
    for variant, language, state in product(variants, languages, SCREENS):
        identity = resident.identity()
        secrets = _personal_strings(identity)
        try:
            _in_look(kiosk, variant, language)
            _prepare(kiosk, state)
            # The session holds an identity, as in a certificate journey.
            kiosk.flow.session.personal["identity"] = identity
            found = audit_screen(kiosk, state.value, variant, language, secrets)
            found.insert(0, Finding(state.value, variant, language, "renders", True))
        except Exception as exc:  # a screen that cannot render fails the audit
            found = [
                Finding(
                    state.value,
                    variant,
                    language,
                    "renders",
                    False,
                    [f"{type(exc).__name__}: {exc}"],
                )
            ]
        found_in[state, language, variant] = found
        if shots is not None:
            _save_thumbnail(kiosk.window, shots / f"{state.value}-{variant}-{language}.png")
        if progress is not None:
            progress(f"{state.value} {variant} {language}")
    kiosk.flow.session.personal.clear()
    # The report reads screen by screen.
    return AuditResult(
        [x for combo in product(SCREENS, languages, variants) for x in found_in[combo]]
    )


# --- journeys by keypad and voice, and the ID screen with details typed ------------


#: The step passing moments are measured on: a choice, with Back, Home and Call staff.
MOMENT_STATE = f.State.CERT_CHOOSE


def _time_runs_short(kiosk: Any) -> QWidget:
    """The step's last 20 s, reached as a resident reaches them: the time warning."""
    kiosk.flow.handle(f.Touch())  # the step's time starts now
    limit = kiosk.flow.time_limit_s()
    assert limit is not None, MOMENT_STATE
    kiosk.flow.clock.advance(limit - 20)
    kiosk.window.tick()
    warning: QWidget = kiosk.window.time_warning
    return warning


def _staff_called(kiosk: Any) -> QWidget:
    """The resident taps Call staff: the confirmation along the bottom."""
    kiosk.window.current_screen.staff_button.click()
    banner: QWidget = kiosk.window.banner
    return banner


#: What shows only for a while, by the name the report gives it, and how it comes.
MOMENTS: dict[str, Callable[[Any], QWidget]] = {
    "time_warning": _time_runs_short,
    "staff_called": _staff_called,
}


def audit_moments(
    kiosk: Any,
    languages: tuple[str, ...] = LANGUAGES,
    variants: tuple[str, ...] = VARIANTS,
    shots: Path | None = None,
) -> list[Finding]:
    """A step with a passing moment showing (``MOMENTS``), in every look and language.

    The time warning and the staff-call confirmation show only for a while,
    so the screens above never have them. At 200 % text the warning once
    needed more height than the window had: its words were cut off and it
    lay over the navigation buttons.
    """
    window = kiosk.window
    found: list[Finding] = []
    for name, bring in MOMENTS.items():
        for variant, language in product(variants, languages):
            _in_look(kiosk, variant, language)
            _prepare(kiosk, MOMENT_STATE)
            shown = bring(kiosk).isVisible()
            problems = [] if shown else [f"{name} did not show"]
            found.append(Finding(name, variant, language, "renders", shown, problems))
            found += audit_screen(kiosk, name, variant, language, [])
            if shots is not None:
                _save_thumbnail(window, shots / f"{name}-{variant}-{language}.png")
            # The moment passes: "more time" takes the warning down; the banner goes.
            if window.time_warning.isVisible():
                window.time_warning.button.click()
            window.banner.hide()
    return found


def audit_typed_mrz(kiosk: Any, languages: tuple[str, ...] = LANGUAGES) -> list[Finding]:
    """The ID screen with a resident's details typed in voice mode: nothing readable.

    Whoever stands behind a blind resident must not read the details off the
    screen, and the voice never says them: the check is the audit's
    ``privacy`` on a screen named ``cert_mrz_typed``.
    """
    from kiosk.identity import DEMO_RESIDENTS
    from ui.resident.screens.certificate import CertMrzScreen

    resident = DEMO_RESIDENTS["demo-kim"]
    seed = resident.mrz_info().key_seed_string()
    typed = {
        "document_number": seed[:-14].replace("<", ""),
        "birth_date": seed[-14:-7],
        "expiry_date": seed[-7:],
    }
    secrets = [*_personal_strings(resident.identity()), *typed.values()]
    found = []
    for language in languages:
        kiosk.flow.session.language = language
        kiosk.window._carry_out(f.LanguageChanged(language), journal=False)
        _prepare(kiosk, f.State.CERT_MRZ)
        kiosk.flow.session.voice = True
        screen = kiosk.window.current_screen
        assert isinstance(screen, CertMrzScreen)
        screen.values = dict(typed)
        screen.active = "expiry_date"
        screen.retranslate()
        found += [
            x
            for x in audit_screen(kiosk, "cert_mrz_typed", "voice", language, secrets)
            if x.check in ("privacy", "voice", "text_fits")
        ]
        screen.wipe()
        kiosk.flow.session.voice = False
    return found


def audit_journeys(
    config: Any, languages: tuple[str, ...] = ("ko",)
) -> tuple[str, list[dict[str, Any]]]:
    """Each journey by keypad alone: the key presses, what is spoken, and what is wrong.

    Returns the report.md section and the report.json entries (``journeys``);
    an entry with ``problems`` fails the audit.
    """
    from tools.a11y.journeys import journeys_markdown, run_journeys

    runs = run_journeys(config, languages)
    return journeys_markdown(runs), [asdict(run) for run in runs]
