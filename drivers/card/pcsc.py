"""PC/SC card reader backend (pyscard's low-level ``smartcard.scard`` API).

Why the low-level API: pyscard's ``CardMonitor``/``ReaderMonitor`` stop for
good when pcscd restarts or a reader is unplugged (pyscard issues #82, #128,
#153), and its high-level connection hides the status codes we need to tell
"card removed" from "reader gone". Here every PC/SC context is ours: when a
call reports that the service went away, the context is dropped and
re-established on the next call, and the monitor thread keeps polling until
pcscd is back.

Threads: ``open``/``close``/``list_readers``/``card_present``/
``wait_for_card``/``read_identity`` run on the kiosk's device worker thread
(one PC/SC context); the monitor runs on its own thread with its own
context and calls the listener there; ``cancel`` may be called anywhere.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, cast

from drivers.card.emrtd import ReadStats
from drivers.card.emrtd import read_identity as emrtd_read_identity
from drivers.card.sod import ChipVerifier
from kiosk.config import PassiveAuthOptions, PcscCardOptions
from kiosk.identity import Identity, MrzInfo
from kiosk.ports.card import (
    CardError,
    CardEvent,
    CardEventKind,
    CardEventListener,
    CardRemoved,
    CardTimeout,
    CardUnreadable,
    ReaderInfo,
    ReaderNotConnected,
)

log = logging.getLogger(__name__)

try:
    from smartcard import scard as _scard

    _IMPORT_ERROR: str | None = None
except ImportError as exc:  # pragma: no cover - pyscard is a dependency
    _scard = None
    _IMPORT_ERROR = f"pyscard is not usable ({exc})"


#: GET DATA, P1=00: the card's UID (answered by the reader, PC/SC part 3).
GET_UID_APDU = bytes([0xFF, 0xCA, 0x00, 0x00, 0x00])


def unavailable_reason() -> str | None:
    return _IMPORT_ERROR


def _sc() -> Any:
    if _scard is None:
        raise ReaderNotConnected(_IMPORT_ERROR or "pyscard missing")
    return _scard


def _code(name: str) -> int:
    return cast(int, getattr(_sc(), name)) & 0xFFFFFFFF


def _codes(*names: str) -> frozenset[int]:
    return frozenset(_code(n) for n in names if _scard is not None and hasattr(_scard, n))


def _message(hresult: int) -> str:
    try:
        return f"{cast(str, _sc().SCardGetErrorMessage(hresult))} (0x{hresult & 0xFFFFFFFF:08X})"
    except Exception:
        return f"0x{hresult & 0xFFFFFFFF:08X}"


# PC/SC results that mean the service (pcscd) is gone or our context is stale.
_SERVICE_GONE = _codes(
    "SCARD_E_NO_SERVICE",
    "SCARD_E_SERVICE_STOPPED",
    "SCARD_E_INVALID_HANDLE",
    "SCARD_E_NO_READERS_AVAILABLE",
    "SCARD_F_COMM_ERROR",
    "SCARD_E_INVALID_PARAMETER",
)
_NO_READERS = _codes("SCARD_E_NO_READERS_AVAILABLE")
_READER_GONE = _codes("SCARD_E_READER_UNAVAILABLE", "SCARD_E_UNKNOWN_READER")
_CARD_GONE = _codes(
    "SCARD_W_REMOVED_CARD",
    "SCARD_E_NO_SMARTCARD",
    "SCARD_W_RESET_CARD",
    "SCARD_W_UNPOWERED_CARD",
    "SCARD_W_UNRESPONSIVE_CARD",
    "SCARD_E_NOT_TRANSACTED",
    "SCARD_E_PROTO_MISMATCH",
)
_TIMEOUT = _codes("SCARD_E_TIMEOUT")


def _matches(pattern: str, reader: str) -> bool:
    return pattern.casefold() in reader.casefold()


def _release_context(handle: int) -> None:
    # The service that owned it may be gone already.
    with contextlib.suppress(Exception):
        _sc().SCardReleaseContext(handle)


class _Context:
    """One PC/SC context, re-established whenever pcscd went away."""

    def __init__(self) -> None:
        self.handle: int | None = None

    def get(self) -> int:
        if self.handle is None:
            sc = _sc()
            try:
                hresult, handle = sc.SCardEstablishContext(sc.SCARD_SCOPE_USER)
            except Exception as exc:  # EstablishContextException is not a SmartcardException
                raise ReaderNotConnected(f"PC/SC service unavailable: {exc}") from None
            if hresult != 0:
                raise ReaderNotConnected(f"PC/SC service unavailable: {_message(hresult)}")
            self.handle = cast(int, handle)
        return self.handle

    def drop(self) -> None:
        handle, self.handle = self.handle, None
        if handle is not None:
            _release_context(handle)

    def readers(self) -> list[str]:
        """Reader names; [] when none. Retries once on a fresh context after a pcscd restart."""
        for attempt in (1, 2):
            hresult, names = _sc().SCardListReaders(self.get(), [])
            hresult &= 0xFFFFFFFF
            if hresult == 0:
                return [str(n) for n in names]
            if hresult in _NO_READERS:
                return []
            if hresult in _SERVICE_GONE and attempt == 1:
                self.drop()
                continue
            self.drop()
            raise ReaderNotConnected(f"listing readers: {_message(hresult)}")
        return []

    def presence(self, readers: list[str]) -> dict[str, bool]:
        if not readers:
            return {}
        sc = _sc()
        states = [(r, sc.SCARD_STATE_UNAWARE) for r in readers]
        hresult, new_states = sc.SCardGetStatusChange(self.get(), 0, states)
        hresult &= 0xFFFFFFFF
        if hresult not in (0, *_TIMEOUT):
            self.drop()
            raise ReaderNotConnected(f"reader status: {_message(hresult)}")
        present = cast(int, sc.SCARD_STATE_PRESENT)
        mute = cast(int, sc.SCARD_STATE_MUTE)
        return {
            str(name): bool(state & present) and not state & mute
            for name, state, _atr in new_states
        }


class _PcscTransport:
    """Transmits on one connected card handle, each APDU with a timeout."""

    def __init__(
        self, reader: PcscCardReader, card: int, protocol: int, executor: ThreadPoolExecutor
    ):
        self.reader = reader
        self.card = card
        self.protocol = protocol
        self.executor = executor

    def transmit(self, apdu: bytes) -> bytes:
        future = self.executor.submit(_sc().SCardTransmit, self.card, self.protocol, list(apdu))
        try:
            hresult, response = future.result(timeout=self.reader.options.timeout_s)
        except FutureTimeout:
            self.reader._abandon_transmitter(future)
            raise CardTimeout(
                f"no answer within {self.reader.options.timeout_s:g} s (INS {apdu[1]:02X})"
            ) from None
        hresult &= 0xFFFFFFFF
        if hresult != 0:
            raise self.reader._transmit_error(hresult)
        if len(response) < 2:
            # vpcd (and some readers) report a card pulled mid-command as an
            # empty answer with success: tell removal from garbage.
            raise self.reader._short_answer_error(len(response))
        return bytes(response)


class PcscCardReader:
    """A ``kiosk.ports.card.CardReader`` on PC/SC (pcscd, WinSCard)."""

    def __init__(self, options: PcscCardOptions, verifier: ChipVerifier | None = None) -> None:
        self.options = options
        #: Passive Authentication: the kiosk's trust store and policy.
        self.verifier = verifier or ChipVerifier.from_options(PassiveAuthOptions())
        self._ctx = _Context()
        self._cancel = threading.Event()
        self._executor: ThreadPoolExecutor | None = None
        self._monitor: _Monitor | None = None
        self._reader_in_use = ""
        #: Counts of the last read (APDUs), for the benchmark.
        self.last_stats = ReadStats()

    @property
    def name(self) -> str:
        pattern = self.options.reader_pattern
        return f'pcsc "{pattern}"' if pattern else "pcsc (any reader)"

    # -- lifecycle -----------------------------------------------------------

    def open(self, listener: CardEventListener | None = None) -> None:
        _sc()
        if listener is not None and self._monitor is None:
            self._monitor = _Monitor(self.options, listener)
            self._monitor.start()

    def close(self) -> None:
        if self._monitor is not None:
            self._monitor.stop()
            self._monitor = None
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None
        self._ctx.drop()

    def cancel(self) -> None:
        self._cancel.set()

    # -- queries -------------------------------------------------------------

    def _matching(self) -> list[str]:
        return [r for r in self._ctx.readers() if _matches(self.options.reader_pattern, r)]

    def list_readers(self) -> list[ReaderInfo]:
        readers = self._matching()
        presence = self._ctx.presence(readers)
        return [ReaderInfo(r, presence.get(r, False)) for r in readers]

    def _pick(self) -> str:
        readers = self._matching()
        if not readers:
            raise ReaderNotConnected(f"no reader matches {self.options.reader_pattern!r}")
        presence = self._ctx.presence(readers)
        for reader in readers:
            if presence.get(reader):
                return reader
        raise CardRemoved(f"no card in {', '.join(readers)}")

    def card_present(self) -> bool:
        try:
            self._pick()
        except CardRemoved:
            return False
        return True

    def wait_for_card(self, timeout_s: float) -> bool:
        self._cancel.clear()
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                if self.card_present():
                    return True
            except ReaderNotConnected:
                pass  # the reader may be plugged in while we wait
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._cancel.wait(min(remaining, self.options.poll_interval_s)):
                return False

    # -- the read ------------------------------------------------------------

    def read_identity(self, mrz: MrzInfo) -> Identity:
        sc = _sc()
        reader = self._pick()
        self._reader_in_use = reader
        protocols = {
            "any": sc.SCARD_PROTOCOL_T0 | sc.SCARD_PROTOCOL_T1,
            "T0": sc.SCARD_PROTOCOL_T0,
            "T1": sc.SCARD_PROTOCOL_T1,
        }[self.options.protocol]
        hresult, card, protocol = sc.SCardConnect(
            self._ctx.get(), reader, sc.SCARD_SHARE_SHARED, protocols
        )
        hresult &= 0xFFFFFFFF
        if hresult != 0:
            raise self._connect_error(hresult)
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="pcsc-transmit")
        transport = _PcscTransport(self, card, protocol, self._executor)
        self.last_stats = ReadStats()
        try:
            return emrtd_read_identity(
                transport, mrz, verifier=self.verifier, stats=self.last_stats
            )
        except CardError as exc:
            log.info("card read failed: %s: %s", type(exc).__name__, exc.detail)
            raise
        finally:
            # Reset ends the chip's secure messaging session for everyone.
            with contextlib.suppress(Exception):
                sc.SCardDisconnect(card, sc.SCARD_RESET_CARD)

    def card_uid(self) -> str:
        """The UID from the reader's GET DATA pseudo-APDU (PC/SC part 3: FF CA 00 00 00)."""
        sc = _sc()
        reader = self._pick()
        self._reader_in_use = reader
        hresult, card, protocol = sc.SCardConnect(
            self._ctx.get(),
            reader,
            sc.SCARD_SHARE_SHARED,
            sc.SCARD_PROTOCOL_T0 | sc.SCARD_PROTOCOL_T1,
        )
        hresult &= 0xFFFFFFFF
        if hresult != 0:
            raise self._connect_error(hresult)
        try:
            hresult, response = sc.SCardTransmit(card, protocol, list(GET_UID_APDU))
            hresult &= 0xFFFFFFFF
            if hresult != 0:
                raise self._transmit_error(hresult)
            if len(response) < 3 or tuple(response[-2:]) != (0x90, 0x00):
                raise CardUnreadable(
                    "GET DATA (UID) refused: SW "
                    + ("".join(f"{b:02X}" for b in response[-2:]) if len(response) >= 2 else "none")
                )
            return bytes(response[:-2]).hex().upper()
        finally:
            # Leave the card as it is: reading the UID must not reset a chip session.
            with contextlib.suppress(Exception):
                sc.SCardDisconnect(card, sc.SCARD_LEAVE_CARD)

    # -- error mapping ---------------------------------------------------------

    def _reader_gone(self, hresult: int, detail: str) -> ReaderNotConnected | None:
        """``ReaderNotConnected`` when pcscd or the reader went away (our context is then
        stale and dropped), else None: the first question about any failed call."""
        if hresult in _SERVICE_GONE or hresult in _READER_GONE:
            self._ctx.drop()
            return ReaderNotConnected(detail)
        return None

    def _connect_error(self, hresult: int) -> CardError:
        detail = f"connect: {_message(hresult)}"
        if (gone := self._reader_gone(hresult, detail)) is not None:
            return gone
        return CardRemoved(detail) if hresult in _CARD_GONE else CardUnreadable(detail)

    def _transmit_error(self, hresult: int) -> CardError:
        detail = f"transmit: {_message(hresult)}"
        if (gone := self._reader_gone(hresult, detail)) is not None:
            return gone
        if hresult in _TIMEOUT:
            return CardTimeout(detail)
        # Many failures look alike at this level: ask whether the card is still there.
        if hresult in _codes("SCARD_W_REMOVED_CARD"):
            return CardRemoved(detail)
        return self._failure_by_presence(detail, detail, detail)

    def _card_gone(self, settle_s: float = 0.6) -> bool:
        """Whether the card left; pcscd notices within its polling period, so wait a little."""
        deadline = time.monotonic() + settle_s
        while True:
            if not self._ctx.presence([self._reader_in_use]).get(self._reader_in_use, False):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)

    def _short_answer_error(self, length: int) -> CardError:
        return self._failure_by_presence(
            reader_gone=f"transmit: {length}-byte answer, reader gone",
            card_gone=f"transmit: {length}-byte answer, card gone",
            unreadable=f"transmit: {length}-byte answer without status word",
        )

    def _failure_by_presence(self, reader_gone: str, card_gone: str, unreadable: str) -> CardError:
        """The error a failed exchange means, after asking whether the reader and card are there."""
        try:
            gone = self._card_gone()
        except ReaderNotConnected:
            return ReaderNotConnected(reader_gone)
        if gone:
            return CardRemoved(card_gone)
        return CardUnreadable(unreadable)

    def _abandon_transmitter(self, stuck: Future[Any]) -> None:
        # The stuck SCardTransmit keeps its thread; later reads get a fresh
        # thread and a fresh context instead of queueing behind it.
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None
        handle, self._ctx.handle = self._ctx.handle, None
        if handle is not None:
            # The old context still holds a pcscd connection (a socket here, a
            # thread in pcscd): one per timeout would exhaust pcscd within
            # months. Releasing it now would wait for the stuck call anyway
            # (pcsc-lite serialises calls on a context), so release it when
            # that call returns.
            stuck.add_done_callback(lambda _done: _release_context(handle))


class _Monitor:
    """Polls readers and card presence on its own thread and its own context.

    Survives pcscd restarts and reader unplugging: on any service error the
    context is dropped, every known reader is reported removed, and polling
    continues until the service is back.
    """

    def __init__(self, options: PcscCardOptions, listener: CardEventListener) -> None:
        self.options = options
        self.listener = listener
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pcsc-monitor", daemon=True)
        self._known: dict[str, bool] = {}

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _emit(self, kind: CardEventKind, reader: str) -> None:
        try:
            self.listener(CardEvent(kind, reader))
        except Exception:
            log.exception("card event listener failed")

    def _apply(self, current: dict[str, bool]) -> None:
        for reader, present in list(self._known.items()):
            if reader not in current:
                if present:
                    self._emit(CardEventKind.CARD_REMOVED, reader)
                self._emit(CardEventKind.READER_REMOVED, reader)
        for reader, present in current.items():
            before = self._known.get(reader)
            if before is None:
                self._emit(CardEventKind.READER_ADDED, reader)
                before = False
            if present and not before:
                self._emit(CardEventKind.CARD_INSERTED, reader)
            elif before and not present:
                self._emit(CardEventKind.CARD_REMOVED, reader)
        self._known = dict(current)

    def _run(self) -> None:
        ctx = _Context()
        try:
            while not self._stop.is_set():
                try:
                    readers = [r for r in ctx.readers() if _matches(self.options.reader_pattern, r)]
                    self._apply(ctx.presence(readers))
                except ReaderNotConnected:
                    ctx.drop()
                    self._apply({})
                except Exception:
                    log.exception("card monitor poll failed")
                    ctx.drop()
                self._stop.wait(self.options.poll_interval_s)
        finally:
            ctx.drop()
