"""Display width of text in half-width columns, and wrapping/padding by width.

A receipt printer lays text out on a grid of half-width cells (12x24 dots in
ESC/POS font A); Hangul, Hanja and other East Asian wide characters take two
cells. The ESC/POS encoder and the image renderer both break lines with the
functions here, so a preview wraps exactly like the paper.

Width rules:

* East Asian Wide / Fullwidth characters are 2 columns.
* East Asian Ambiguous characters are 2 columns when CP949 encodes them as a
  double-byte character (``·``, ``※``, ``①``, ``─``...): a Korean printer
  prints those from its 24x24 Kanji font. Other ambiguous characters (Latin
  letters with accents, used in Vietnamese) stay 1 column, and so do
  ambiguous letters CP949 has (``đ``, ``æ``, Greek, Cyrillic): in a word,
  a double-width ``đ`` printed "đ ến" (the encoder sends such rows as images).
* Combining marks (and Hangul conjoining medial/final jamo) are 0 columns
  and stay glued to the character before them: wrapping never separates
  them, so it never splits a syllable.
* Everything else is 1 column. Control characters are not expected here;
  callers sanitise text before laying it out.

Qt-free; no dependencies beyond the standard library.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from kiosk.printing.document import Align

__all__ = [
    "char_width",
    "clusters",
    "display_width",
    "fit",
    "pad",
    "truncate",
    "wrap",
]


def _is_zero_width(ch: str) -> bool:
    cp = ord(ch)
    if 0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF:
        # Hangul medial vowels / final consonants: part of the syllable before them.
        return True
    if cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
        return True
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me")


@lru_cache(maxsize=4096)
def char_width(ch: str) -> int:
    """Columns one code point occupies (0, 1 or 2)."""
    if len(ch) != 1:
        raise ValueError(f"char_width expects one character, got {ch!r}")
    if _is_zero_width(ch):
        return 0
    eaw = unicodedata.east_asian_width(ch)
    if eaw in ("W", "F"):
        return 2
    if eaw == "A" and ord(ch) >= 0x80:
        if unicodedata.category(ch).startswith("L"):
            return 1
        try:
            return 2 if len(ch.encode("cp949")) == 2 else 1
        except UnicodeEncodeError:
            return 1
    return 1


def display_width(text: str) -> int:
    """Columns ``text`` occupies on one line."""
    return sum(char_width(ch) for ch in text)


def clusters(text: str) -> list[str]:
    """Split ``text`` into units that must never be separated (a character plus its marks)."""
    out: list[str] = []
    for ch in text:
        if out and char_width(ch) == 0 and out[-1] != "\n":
            out[-1] += ch
        else:
            out.append(ch)
    return out


_OPENING_BRACKETS = frozenset("([{（［｛〈《「『【〔")


def _hard_split(word: list[str], width: int) -> list[list[str]]:
    """Cut a too-long run of clusters into pieces of at most ``width`` columns."""
    pieces: list[list[str]] = []
    cur: list[str] = []
    cur_w = 0
    for cl in word:
        w = display_width(cl)
        if cur and cur_w + w > width:
            # An opening bracket does not end a line: "증명서(" over "상세)" reads as a
            # misprint. Unless the bracket and what follows it are wider than the paper.
            carry = []
            if (
                len(cur) > 1
                and cur[-1] in _OPENING_BRACKETS
                and display_width(cur[-1]) + w <= width
            ):
                carry = [cur.pop()]
            pieces.append(cur)
            cur, cur_w = carry, display_width("".join(carry))
        cur.append(cl)
        cur_w += w
    if cur:
        pieces.append(cur)
    return pieces


def _wrap_paragraph(text: str, width: int) -> list[str]:
    # Words are runs of non-space clusters; the space runs between them are kept
    # inside a line but dropped where the line breaks.
    tokens: list[tuple[bool, list[str]]] = []  # (is_space, clusters)
    for cl in clusters(text):
        is_space = cl.isspace()
        if tokens and tokens[-1][0] == is_space:
            tokens[-1][1].append(cl)
        else:
            tokens.append((is_space, [cl]))

    lines: list[str] = []
    cur: list[str] = []
    cur_w = 0
    pending_space: list[str] = []

    def flush() -> None:
        nonlocal cur, cur_w
        lines.append("".join(cur))
        cur, cur_w = [], 0

    for is_space, run in tokens:
        if is_space:
            if cur:
                pending_space = run
            continue
        run_w = sum(display_width(c) for c in run)
        space_w = sum(display_width(c) for c in pending_space)
        if cur and cur_w + space_w + run_w <= width:
            cur.extend(pending_space)
            cur.extend(run)
            cur_w += space_w + run_w
        elif run_w <= width:
            if cur:
                flush()
            cur.extend(run)
            cur_w = run_w
        else:
            # A word longer than the line: fill the current line first (Korean
            # and numbers may break between any two syllables), then cut.
            remaining = run
            if cur:
                room = width - cur_w - space_w
                head = _hard_split(remaining, room)[0] if room > 0 else []
                if head and display_width("".join(head)) <= room:
                    cur.extend(pending_space)
                    cur.extend(head)
                    remaining = remaining[len(head) :]
                flush()
            pieces = _hard_split(remaining, width)
            for piece in pieces[:-1]:
                lines.append("".join(piece))
            cur = list(pieces[-1]) if pieces else []
            cur_w = display_width("".join(cur))
        pending_space = []
    if cur or not lines:
        flush()
    return lines


def wrap(text: str, width: int) -> list[str]:
    """Break ``text`` into lines of at most ``width`` columns.

    Breaks at spaces where possible, otherwise between characters (never
    inside a character cluster); ``\\n`` forces a break. Spaces where a line
    breaks are dropped. Every other character is kept, in order. An empty
    paragraph gives one empty line. A single character wider than ``width``
    (a Hangul syllable with ``width=1``) gets a line of its own.
    """
    if width < 1:
        raise ValueError(f"wrap width must be at least 1, got {width}")
    out: list[str] = []
    for paragraph in text.split("\n"):
        out.extend(_wrap_paragraph(paragraph, width))
    return out


def truncate(text: str, width: int, ellipsis: str = "") -> str:
    """The longest prefix of ``text`` (whole clusters) that fits in ``width`` columns.

    With ``ellipsis``, a shortened text ends with it (when it fits at all).
    """
    if display_width(text) <= width:
        return text
    limit = width - display_width(ellipsis)
    if limit < 0:
        ellipsis, limit = "", width
    out: list[str] = []
    used = 0
    for cl in clusters(text):
        w = display_width(cl)
        if used + w > limit:
            break
        out.append(cl)
        used += w
    return "".join(out) + ellipsis


def pad(text: str, width: int, align: Align = Align.LEFT) -> str:
    """Pad ``text`` with spaces to exactly ``width`` columns (no change if wider)."""
    gap = width - display_width(text)
    if gap <= 0:
        return text
    if align is Align.RIGHT:
        return " " * gap + text
    if align is Align.CENTER:
        left = gap // 2
        return " " * left + text + " " * (gap - left)
    return text + " " * gap


def fit(text: str, width: int, align: Align = Align.LEFT) -> str:
    """Truncate then pad: the result is exactly ``width`` columns (or less, when a
    wide character cannot fit in the last column; then padded with a space)."""
    return pad(truncate(text, width), width, align)
