"""Hostile and broken inputs for the command line: shared by the tests and the fault matrix.

Each builder writes a file (or a FIFO) into a folder and returns its path.
None of them needs much memory or time to build: the PNG "bomb" is a few
hundred bytes that claim 30000x30000 pixels.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path


def deep_toml(folder: Path, depth: int = 100_000) -> Path:
    """``a = [[[[...]]]]`` nested ``depth`` levels: Python's TOML parser recursed out of stack."""
    path = folder / "deep.toml"
    path.write_text(f"a = {'[' * depth}{']' * depth}\n", encoding="utf-8")
    return path


def deep_dotted_toml(folder: Path, depth: int = 200) -> Path:
    """``[ui]`` then ``x.x.x...x = 1``: nesting by dotted keys, no brackets at all."""
    path = folder / "dotted.toml"
    path.write_text(f"[ui]\n{'.'.join(['x'] * depth)} = 1\n", encoding="utf-8")
    return path


def fifo(folder: Path, name: str = "kiosk.toml") -> Path:
    """A named pipe nobody writes to: reading it blocked forever."""
    path = folder / name
    os.mkfifo(path)
    return path


def huge_file(folder: Path, size: int = 3 * 1024 * 1024) -> Path:
    """A "config" of ``size`` bytes of TOML comments."""
    path = folder / "huge.toml"
    line = b"# " + b"x" * 77 + b"\n"
    path.write_bytes(line * (size // len(line) + 1))
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(folder: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A tiny PNG whose header claims ``width`` x ``height`` grey pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\0" * (width + 1) * 8)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", rows)
        + _chunk(b"IEND", b"")
    )
    path = folder / f"printout-{width}x{height}.png"
    path.write_bytes(data)
    return path
