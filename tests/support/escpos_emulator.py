"""A TCP ESC/POS printer on 127.0.0.1 for tests (asyncio, in a background thread).

It records every byte, answers ``DLE EOT n`` with configurable status bytes
and injects faults: drop the connection after N bytes, answer status
slowly, never answer (or stop answering after a few), answer garbage, run out of paper after N lines (the
status flips and print data is no longer accepted), stop reading (so the
sender stalls), print slowly.

As a real printer does, it answers ``DLE EOT`` the moment the request
arrives, and everything else waits its turn in a print buffer: ``GS r 1``
is answered when the printer reaches it, after printing what came before
it, and not at all once the paper has run out.

It parses just enough of the stream to find ``DLE EOT`` requests outside
image and QR payloads (whose data may contain the same bytes); use
``tests.support.escpos_decoder`` to see what the paper shows.

    with EscposEmulator() as printer:
        ... NetworkPrinterOptions(host=printer.host, port=printer.port) ...
        decode(printer.print_data)
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from dataclasses import dataclass, field

from tests.support.server_thread import ServerThread

# Status bytes (fixed pattern 0x12 plus condition bits).
ONLINE = {1: 0x16, 2: 0x12, 4: 0x12}
PAPER_NEAR_END = {1: 0x16, 2: 0x12, 4: 0x1E}
PAPER_OUT = {1: 0x1E, 2: 0x32, 4: 0x72}
COVER_OPEN = {1: 0x1E, 2: 0x16, 4: 0x12}
OFFLINE = {1: 0x1E, 2: 0x12, 4: 0x12}
#: ``GS r 1``: answered once everything before it has printed.
PRINTED_REQUEST = b"\x1dr\x01"


@dataclass
class Faults:
    #: Close the connection once this many bytes arrived on it.
    close_after_bytes: int | None = None
    #: Wait this long before answering each status request.
    status_delay_s: float = 0.0
    #: False: never answer status requests.
    answer_status: bool = True
    #: Answer only this many status requests (per emulator), then fall silent:
    #: a printer fine before a job that says nothing after it.
    answer_first_requests: int | None = None
    #: Answer every status request with these bytes instead of the status.
    garbage: bytes | None = None
    #: After this many printed lines (LF or raster image) the paper is out.
    paper_out_after_lines: int | None = None
    #: Stop reading once this many bytes arrived (the sender's buffers fill up).
    stall_after_bytes: int | None = None
    #: Each printed line takes this long, so a job waits in the print buffer
    #: while status requests are answered at once.
    line_print_s: float = 0.0


@dataclass
class _ConnState:
    transport: asyncio.Transport
    buffer: bytearray = field(default_factory=bytearray)
    count: int = 0
    closed: bool = False
    # Status answers leave in order, even when delayed.
    answers: asyncio.Queue[int] | None = None
    # The print buffer: (command, lines it prints), printed in order.
    printing: asyncio.Queue[tuple[bytes, int]] | None = None
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class EscposEmulator(ServerThread):
    """One emulated printer; may serve several connections one after another."""

    def __init__(self, status: dict[int, int] | None = None, faults: Faults | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self.status = dict(status or ONLINE)
        self.faults = faults or Faults()
        self._lock = threading.Lock()
        self._received = bytearray()
        self._print_data = bytearray()
        self._dropped = bytearray()
        self.status_requests: list[int] = []
        self.connections = 0
        self.lines = 0
        self.paper_out = False
        #: ``GS r 1`` requests the printer reached (answered or not).
        self.printed_requests = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._conns: list[_ConnState] = []

    # -- lifecycle ---------------------------------------------------------------
    def start(self) -> EscposEmulator:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(
            target=loop.run_forever, name="escpos-emulator", daemon=True
        )
        self._thread.start()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if self.faults.stall_after_bytes is not None:
            # A small receive window (set before listen, so connections inherit
            # it) makes the sender block soon after we stop reading.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.bind((self.host, 0))
        server = asyncio.run_coroutine_threadsafe(
            loop.create_server(lambda: _Protocol(self), sock=sock), loop
        ).result(5)
        self._server = server
        self.port = server.sockets[0].getsockname()[1]
        return self

    def close(self) -> None:
        loop = self._loop
        if loop is None:
            return

        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()
            for c in self._conns:
                c.transport.abort()
            await asyncio.sleep(0)
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        assert self._thread is not None
        self._thread.join(5)
        loop.close()
        self._loop = None

    def __enter__(self) -> EscposEmulator:
        return self.start()

    # -- what happened -------------------------------------------------------------
    @property
    def received(self) -> bytes:
        """Every byte received, status requests included."""
        with self._lock:
            return bytes(self._received)

    @property
    def print_data(self) -> bytes:
        """The bytes the printer accepted for printing (no status requests, nothing dropped)."""
        with self._lock:
            return bytes(self._print_data)

    def wait_for_print(self, expected: bytes, timeout_s: float = 5.0) -> bytes:
        """The print data once it contains ``expected`` (or whatever came within ``timeout_s``).

        A printer that answers no status gives the sender no moment when its
        bytes have surely arrived: the job is done on the kiosk's side when
        the socket has taken them, a little before the emulator has read them.
        """
        deadline = time.monotonic() + timeout_s
        while expected not in self.print_data and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.print_data

    @property
    def dropped(self) -> bytes:
        """Print data refused after the paper ran out."""
        with self._lock:
            return bytes(self._dropped)

    def set_status(self, status: dict[int, int]) -> None:
        with self._lock:
            self.status = dict(status)

    # -- the printer ------------------------------------------------------------------
    def _connected(self, transport: asyncio.Transport) -> _ConnState:
        state = _ConnState(transport)
        state.answers = asyncio.Queue()
        state.printing = asyncio.Queue()
        self._conns.append(state)
        with self._lock:
            self.connections += 1
        loop = asyncio.get_running_loop()
        state.tasks = [
            loop.create_task(self._answer_loop(state)),
            loop.create_task(self._print_loop(state)),
        ]
        return state

    async def _print_loop(self, state: _ConnState) -> None:
        assert state.printing is not None
        while True:
            chunk, lines = await state.printing.get()
            if lines and self.faults.line_print_s:
                await asyncio.sleep(lines * self.faults.line_print_s)
            if state.closed:
                return
            if chunk == PRINTED_REQUEST:
                with self._lock:
                    self.printed_requests += 1
                    # A printer out of paper stops: it never reaches the request.
                    silent = self.paper_out or not self.faults.answer_status
                if not silent:
                    state.transport.write(self.faults.garbage or b"\x00")
            else:
                self._accept(chunk, lines)

    async def _answer_loop(self, state: _ConnState) -> None:
        assert state.answers is not None
        while True:
            n = await state.answers.get()
            if self.faults.status_delay_s:
                await asyncio.sleep(self.faults.status_delay_s)
            if state.closed:
                return
            if self.faults.garbage is not None:
                state.transport.write(self.faults.garbage)
            else:
                with self._lock:
                    value = self.status.get(n, 0x12)
                state.transport.write(bytes([value]))

    def _data(self, state: _ConnState, data: bytes) -> None:
        if state.closed:
            return
        limit = self.faults.close_after_bytes
        if limit is not None and state.count + len(data) >= limit:
            data = data[: max(limit - state.count, 0)]
        state.count += len(data)
        with self._lock:
            self._received += data
        state.buffer += data
        self._parse(state)
        if limit is not None and state.count >= limit:
            state.closed = True
            state.transport.abort()
            return
        stall = self.faults.stall_after_bytes
        if stall is not None and state.count >= stall:
            state.transport.pause_reading()

    def _accept(self, chunk: bytes, lines: int = 0) -> None:
        with self._lock:
            if self.paper_out:
                self._dropped += chunk
                return
            self._print_data += chunk
            self.lines += lines
            limit = self.faults.paper_out_after_lines
            if limit is not None and self.lines >= limit:
                self.paper_out = True
                self.status = dict(PAPER_OUT)

    def _parse(self, state: _ConnState) -> None:
        buf = state.buffer
        while buf:
            size, lines = _command_length(buf)
            if size == 0:
                return  # incomplete command: wait for more bytes
            chunk = bytes(buf[:size])
            del buf[:size]
            if chunk[:2] == b"\x10\x04":
                with self._lock:
                    self.status_requests.append(chunk[2])
                limit = self.faults.answer_first_requests
                if self.faults.answer_status and (
                    limit is None or len(self.status_requests) <= limit
                ):
                    assert state.answers is not None
                    state.answers.put_nowait(chunk[2])
            else:
                assert state.printing is not None
                state.printing.put_nowait((chunk, lines))


def _command_length(buf: bytearray) -> tuple[int, int]:
    """(length of the command at the start of ``buf``, lines it prints); 0 if incomplete."""
    b = buf[0]
    if b == 0x10:
        return (3, 0) if len(buf) >= 3 else (0, 0)
    if b == 0x1B:
        if len(buf) < 2:
            return 0, 0
        if buf[1] == ord("@"):
            return 2, 0
        return (3, 0) if len(buf) >= 3 else (0, 0)
    if b == 0x1C:
        return (2, 0) if len(buf) >= 2 else (0, 0)
    if b == 0x1D:
        if len(buf) < 2:
            return 0, 0
        cmd = buf[1]
        if cmd == ord("v"):
            if len(buf) < 8:
                return 0, 0
            total = 8 + int.from_bytes(buf[4:6], "little") * int.from_bytes(buf[6:8], "little")
            return (total, 1) if len(buf) >= total else (0, 0)
        if cmd == ord("("):
            if len(buf) < 5:
                return 0, 0
            total = 5 + int.from_bytes(buf[3:5], "little")
            return (total, 0) if len(buf) >= total else (0, 0)
        if cmd == ord("V"):
            if len(buf) < 3:
                return 0, 0
            if buf[2] in (65, 66):
                return (4, 0) if len(buf) >= 4 else (0, 0)
            return 3, 0
        return (3, 0) if len(buf) >= 3 else (0, 0)
    if b == 0x0A:
        return 1, 1
    return 1, 0


class _Protocol(asyncio.Protocol):
    def __init__(self, emulator: EscposEmulator) -> None:
        self.emulator = emulator
        self.state: _ConnState | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.state = self.emulator._connected(transport)

    def data_received(self, data: bytes) -> None:
        assert self.state is not None
        self.emulator._data(self.state, data)

    def connection_lost(self, exc: Exception | None) -> None:
        if self.state is not None:
            self.state.closed = True
