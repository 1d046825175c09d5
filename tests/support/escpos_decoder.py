"""Decode ESC/POS bytes back into what the paper shows (a test double).

Knows the commands the kiosk emits (and a few neighbours): ESC @, ESC a,
ESC E, ESC 3, ESC J, ESC d, GS !, GS v 0, GS ( k (QR), GS ( K (density),
GS V, FS & / FS . (Kanji mode, CP949 double-byte text), LF, and DLE EOT
(status requests, ignored). Anything else raises ``DecodeError`` naming the
byte offset, so a test notices when the encoder emits something new.

Written independently from the encoder (from the command reference), so a
shared mistake is less likely.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

from kiosk.printing.textwidth import display_width


class DecodeError(ValueError):
    def __init__(self, offset: int, message: str) -> None:
        super().__init__(f"byte offset {offset}: {message}")
        self.offset = offset


@dataclass
class Span:
    text: str
    bold: bool


@dataclass
class TextItem:
    """One printed line (ended by LF)."""

    spans: list[Span]
    align: str
    width_scale: int
    height_scale: int

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)

    @property
    def bold(self) -> bool:
        return any(s.bold for s in self.spans if s.text.strip())

    @property
    def columns(self) -> int:
        return display_width(self.text)

    @property
    def width_dots(self) -> int:
        return self.columns * 12 * self.width_scale


@dataclass
class RasterItem:
    image: Image.Image  # mode "1", black = 0


@dataclass
class QrItem:
    payload: str
    module: int
    model: int
    error_correction: str


@dataclass
class FeedItem:
    dots: int


@dataclass
class CutItem:
    mode: str  # "full" or "partial"


Item = TextItem | RasterItem | QrItem | FeedItem | CutItem


@dataclass
class Paper:
    items: list[Item] = field(default_factory=list)
    inits: int = 0
    density: int | None = None
    line_spacing: int | None = None
    status_requests: list[int] = field(default_factory=list)
    #: Text received without a final LF (a printer would not have printed it yet).
    unterminated: str = ""

    @property
    def lines(self) -> list[TextItem]:
        return [i for i in self.items if isinstance(i, TextItem)]

    @property
    def texts(self) -> list[str]:
        return [i.text for i in self.lines]

    @property
    def rasters(self) -> list[Image.Image]:
        return [i.image for i in self.items if isinstance(i, RasterItem)]

    @property
    def qrs(self) -> list[QrItem]:
        return [i for i in self.items if isinstance(i, QrItem)]

    @property
    def cuts(self) -> list[CutItem]:
        return [i for i in self.items if isinstance(i, CutItem)]


_ALIGN = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}
_EC = {48: "L", 49: "M", 50: "Q", 51: "H"}


class _Decoder:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.paper = Paper()
        self._reset()
        self.spans: list[Span] = []
        self.qr_data = b""
        self.qr_module = 3
        self.qr_model = 2
        self.qr_ec = "L"

    def _reset(self) -> None:
        self.align = "left"
        self.bold = False
        self.wscale = 1
        self.hscale = 1
        self.kanji = False

    def take(self, n: int, what: str) -> bytes:
        if self.pos + n > len(self.data):
            raise DecodeError(self.pos, f"truncated {what}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def add_text(self, text: str) -> None:
        if self.spans and self.spans[-1].bold == self.bold:
            self.spans[-1].text += text
        else:
            self.spans.append(Span(text, self.bold))

    def line_feed(self) -> None:
        self.paper.items.append(TextItem(self.spans, self.align, self.wscale, self.hscale))
        self.spans = []

    def run(self) -> Paper:
        while self.pos < len(self.data):
            start = self.pos
            b = self.data[self.pos]
            self.pos += 1
            if b == 0x0A:
                self.line_feed()
            elif b == 0x1B:
                self.esc(start)
            elif b == 0x1D:
                self.gs(start)
            elif b == 0x1C:
                cmd = self.take(1, "FS command")[0]
                if cmd == 0x26:
                    self.kanji = True
                elif cmd == 0x2E:
                    self.kanji = False
                else:
                    raise DecodeError(start, f"unknown command FS 0x{cmd:02x}")
            elif b == 0x10:
                cmd = self.take(2, "DLE command")
                if cmd[0] != 0x04:
                    raise DecodeError(start, f"unknown command DLE 0x{cmd[0]:02x}")
                self.paper.status_requests.append(cmd[1])
            elif 0x20 <= b < 0x7F:
                self.add_text(chr(b))
            elif b >= 0x80 and self.kanji:
                pair = bytes([b]) + self.take(1, "double-byte character")
                try:
                    self.add_text(pair.decode("cp949"))
                except UnicodeDecodeError:
                    raise DecodeError(start, f"invalid CP949 pair {pair.hex()}") from None
            elif b >= 0x80:
                raise DecodeError(start, f"byte 0x{b:02x} outside Kanji mode")
            else:
                raise DecodeError(start, f"unknown control byte 0x{b:02x}")
        self.paper.unterminated = "".join(s.text for s in self.spans)
        return self.paper

    def esc(self, start: int) -> None:
        cmd = self.take(1, "ESC command")[0]
        if cmd == ord("@"):
            self._reset()
            self.paper.inits += 1
        elif cmd == ord("a"):
            n = self.take(1, "ESC a")[0]
            if n not in _ALIGN:
                raise DecodeError(start, f"ESC a with invalid n={n}")
            self.align = _ALIGN[n]
        elif cmd == ord("E"):
            self.bold = bool(self.take(1, "ESC E")[0] & 1)
        elif cmd == ord("3"):
            self.paper.line_spacing = self.take(1, "ESC 3")[0]
        elif cmd == ord("J"):
            self.paper.items.append(FeedItem(self.take(1, "ESC J")[0]))
        elif cmd == ord("d"):
            n = self.take(1, "ESC d")[0]
            for _ in range(n):
                self.line_feed()
        else:
            raise DecodeError(start, f"unknown command ESC 0x{cmd:02x}")

    def gs(self, start: int) -> None:
        cmd = self.take(1, "GS command")[0]
        if cmd == ord("!"):
            n = self.take(1, "GS !")[0]
            self.wscale = (n >> 4) + 1
            self.hscale = (n & 0x0F) + 1
        elif cmd == ord("v"):
            head = self.take(6, "GS v 0 header")
            if head[0] != ord("0") or head[1] not in (0, 48):
                raise DecodeError(start, "GS v with unsupported mode")
            width_bytes = int.from_bytes(head[2:4], "little")
            height = int.from_bytes(head[4:6], "little")
            raw = self.take(width_bytes * height, "GS v 0 data")
            img = Image.frombytes("1", (width_bytes * 8, height), bytes(x ^ 0xFF for x in raw))
            self.paper.items.append(RasterItem(img))
        elif cmd == ord("("):
            kind = self.take(1, "GS ( function")[0]
            size = int.from_bytes(self.take(2, "GS ( length"), "little")
            body = self.take(size, "GS ( body")
            if kind == ord("k"):
                self.qr(start, body)
            elif kind == ord("K"):
                if len(body) == 2 and body[0] == 49:
                    step = body[1] if body[1] < 128 else body[1] - 256
                    self.paper.density = step + 4
                else:
                    raise DecodeError(start, f"unsupported GS ( K body {body.hex()}")
            else:
                raise DecodeError(start, f"unknown command GS ( 0x{kind:02x}")
        elif cmd == ord("V"):
            m = self.take(1, "GS V")[0]
            if m in (0, 48):
                self.paper.items.append(CutItem("full"))
            elif m in (1, 49):
                self.paper.items.append(CutItem("partial"))
            elif m in (65, 66):
                self.take(1, "GS V feed")
                self.paper.items.append(CutItem("full" if m == 65 else "partial"))
            else:
                raise DecodeError(start, f"GS V with unknown mode {m}")
        else:
            raise DecodeError(start, f"unknown command GS 0x{cmd:02x}")

    def qr(self, start: int, body: bytes) -> None:
        if len(body) < 2 or body[0] != 49:
            raise DecodeError(start, "GS ( k for a symbol other than QR")
        fn, params = body[1], body[2:]
        if fn == 65:
            self.qr_model = params[0] - 48
        elif fn == 67:
            self.qr_module = params[0]
        elif fn == 69:
            self.qr_ec = _EC.get(params[0], "?")
        elif fn == 80:
            self.qr_data = params[1:]
        elif fn == 81:
            self.paper.items.append(
                QrItem(self.qr_data.decode("utf-8"), self.qr_module, self.qr_model, self.qr_ec)
            )
        else:
            raise DecodeError(start, f"unknown QR function {fn}")


def decode(data: bytes) -> Paper:
    """What ``data`` puts on paper; raises ``DecodeError`` on anything unknown."""
    return _Decoder(data).run()
