"""Device-independent printed documents.

The core describes *what* a ticket, receipt or certificate says; drivers
decide *how* to put it on paper (ESC/POS native text, raster images, a PNG
preview). Nothing here knows about printers, fonts or bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Align(Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class TextLine:
    """A paragraph of text, wrapped by the renderer to the paper width.

    ``scale`` multiplies character width and height (1 = normal, up to 4).
    """

    text: str
    scale: int = 1
    bold: bool = False
    align: Align = Align.LEFT

    def __post_init__(self) -> None:
        if not 1 <= self.scale <= 4:
            raise ValueError(f"TextLine.scale must be 1-4, got {self.scale}")


@dataclass(frozen=True)
class DisplayCode:
    """The queue number, printed as large as the paper allows (e.g. ``A-012``)."""

    code: str


@dataclass(frozen=True)
class QrCode:
    payload: str
    #: Printed side length, millimetres.
    size_mm: float = 24.0
    caption: str = ""


@dataclass(frozen=True)
class Rule:
    double: bool = False


@dataclass(frozen=True)
class Feed:
    lines: int = 1


@dataclass(frozen=True)
class KeyValue:
    """Label on the left, value on the right, aligned across rows of the same block."""

    rows: tuple[tuple[str, str], ...]
    bold_values: bool = False


@dataclass(frozen=True)
class Table:
    """Columns keep their alignment with mixed Hangul (double width) and Latin text.

    ``weights`` give the relative column widths; cells wrap inside their column
    between words. Where the paper is too narrow for some word to fit its
    column (a family table on 58 mm), each row prints as header / value lines.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    weights: tuple[int, ...] = ()
    aligns: tuple[Align, ...] = ()

    def __post_init__(self) -> None:
        n = len(self.headers)
        if any(len(r) != n for r in self.rows):
            raise ValueError("every Table row needs one cell per header")
        if self.weights and len(self.weights) != n:
            raise ValueError("Table.weights needs one weight per column")
        if self.aligns and len(self.aligns) != n:
            raise ValueError("Table.aligns needs one alignment per column")


@dataclass(frozen=True)
class Image:
    """A picture (PNG bytes), scaled to ``width_mm`` and dithered to black and white."""

    png: bytes
    width_mm: float
    align: Align = Align.CENTER


@dataclass(frozen=True)
class Section:
    """A titled group of blocks (certificates have several)."""

    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Cut:
    pass


Block = TextLine | DisplayCode | QrCode | Rule | Feed | KeyValue | Table | Image | Section | Cut


@dataclass(frozen=True)
class Document:
    """What one print job puts on paper. ``kind`` names the job (ticket, certificate...)."""

    kind: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def iter_blocks(self) -> list[Block]:
        """Every block in reading order, sections flattened (their titles as bold lines)."""
        out: list[Block] = []

        def walk(blocks: tuple[Block, ...]) -> None:
            for b in blocks:
                if isinstance(b, Section):
                    out.append(TextLine(b.title, bold=True))
                    walk(b.blocks)
                else:
                    out.append(b)

        walk(self.blocks)
        return out

    def plain_text(self) -> str:
        """The document's words, one block per line (for tests and previews)."""
        lines: list[str] = []
        for b in self.iter_blocks():
            if isinstance(b, TextLine):
                lines.append(b.text)
            elif isinstance(b, DisplayCode):
                lines.append(b.code)
            elif isinstance(b, KeyValue):
                lines.extend(f"{k}: {v}" for k, v in b.rows)
            elif isinstance(b, Table):
                lines.append(" | ".join(b.headers))
                lines.extend(" | ".join(r) for r in b.rows)
            elif isinstance(b, QrCode) and b.caption:
                lines.append(b.caption)
        return "\n".join(lines)
