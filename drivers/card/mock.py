"""Mock card reader: fictional residents and scripted faults, no hardware.

Used by the demo, the UI tests and the end-to-end tests. It behaves like a
real chip where that matters to the flow: the read succeeds only with the
right MRZ information (otherwise BAC is refused), and faults from the
config (or set by a test) reproduce what the PC/SC backend raises: card
removed mid-read, BAC refused, a slow card, no reader. The residents come
from ``kiosk.identity.DEMO_RESIDENTS`` so the records provider can match
them.

Each mock chip holds DG1 and an EF.SOD signed under the test-only CSCA
shipped in ``kiosk/data`` (``test-only-demo-chips.json``), and a read goes
through the same chip checks as a real one (``emrtd.check_chip``): DG1
against the typed details, then Passive Authentication. Forged chips are
faults too: ``cloned_dg1`` (BAC with this resident's details, another
resident's genuine DG1 and EF.SOD), ``no_sod``, ``bad_sod_hash`` (DG1 with
a changed name under the original EF.SOD).
"""

from __future__ import annotations

import base64
import json
import threading
import time
from functools import cache
from importlib import resources
from typing import get_args

from drivers.card.emrtd import check_chip, encode_dg1, parse_dg1
from drivers.card.sod import ChipVerifier
from kiosk.config import MockCardFault, MockCardOptions, PassiveAuthOptions
from kiosk.identity import DEMO_RESIDENTS, Identity, MrzInfo, build_mrz
from kiosk.ports.card import (
    CardAccessDenied,
    CardEvent,
    CardEventKind,
    CardEventListener,
    CardRemoved,
    ReaderInfo,
    ReaderNotConnected,
)

MOCK_READER = "Mock Reader 00"
FAULTS: tuple[str, ...] = get_args(MockCardFault)
DEMO_CHIPS_RESOURCE = "test-only-demo-chips.json"


@cache
def demo_sods() -> dict[str, bytes]:
    """EF.SOD of each demo resident's mock chip (signed under the shipped test-only CSCA)."""
    raw = resources.files("kiosk.data").joinpath(DEMO_CHIPS_RESOURCE).read_text("utf-8")
    return {key: base64.b64decode(value) for key, value in json.loads(raw)["sod"].items()}


def chip_content(resident: str, fault: str = "none") -> tuple[bytes, bytes | None]:
    """DG1 and EF.SOD of ``resident``'s mock chip, forged as ``fault`` says."""
    if fault == "cloned_dg1":
        # Another resident's genuine data group and signature: only the
        # DG1-against-MRZ check can tell.
        keys = list(DEMO_RESIDENTS)
        resident = keys[(keys.index(resident) + 1) % len(keys)]
    dg1 = encode_dg1(DEMO_RESIDENTS[resident].mrz)
    sod: bytes | None = demo_sods()[resident]
    if fault == "no_sod":
        sod = None
    elif fault == "bad_sod_hash":
        altered = DEMO_RESIDENTS[resident].identity()
        altered.given_names = "FORGED"
        dg1 = encode_dg1(build_mrz(altered))
    return dg1, sod


class MockCardReader:
    """A ``kiosk.ports.card.CardReader`` holding one fictional resident's card. Thread-safe.

    Test controls (any thread): ``insert``, ``remove``, ``set_fault``. Events
    go to the listener on the thread that caused them.
    """

    def __init__(self, options: MockCardOptions, verifier: ChipVerifier | None = None) -> None:
        if options.identity not in DEMO_RESIDENTS:
            raise ValueError(
                f"unknown mock identity {options.identity!r}; known: {', '.join(DEMO_RESIDENTS)}"
            )
        self._lock = threading.Lock()
        self._resident = options.identity
        self._fault: str = options.fault
        self._delay_s = options.delay_ms / 1000
        self._present = options.card_present and options.fault != "no_reader"
        self._uid = options.uid
        self._listener: CardEventListener | None = None
        self._changed = threading.Condition(self._lock)
        self._cancelled = False
        self.reads = 0
        self.verifier = verifier or ChipVerifier.from_options(PassiveAuthOptions(test_cards=True))

    @property
    def name(self) -> str:
        return "mock"

    # -- test controls ---------------------------------------------------------

    def insert(self, identity: str | None = None) -> None:
        """Insert the card of ``identity`` (a ``DEMO_RESIDENTS`` key; default: the current one)."""
        if identity is not None and identity not in DEMO_RESIDENTS:
            raise ValueError(f"unknown mock identity {identity!r}")
        with self._lock:
            if identity is not None:
                self._resident = identity
            was, self._present = self._present, True
            self._changed.notify_all()
            listener = self._listener
        if listener is not None and not was:
            listener(CardEvent(CardEventKind.CARD_INSERTED, MOCK_READER))

    def remove(self) -> None:
        with self._lock:
            was, self._present = self._present, False
            listener = self._listener
        if listener is not None and was:
            listener(CardEvent(CardEventKind.CARD_REMOVED, MOCK_READER))

    def set_fault(self, fault: str) -> None:
        if fault not in FAULTS:
            raise ValueError(f"unknown mock card fault {fault!r}")
        with self._lock:
            before, self._fault = self._fault, fault
            listener = self._listener
        if listener is not None and (before == "no_reader") != (fault == "no_reader"):
            kind = (
                CardEventKind.READER_REMOVED if fault == "no_reader" else CardEventKind.READER_ADDED
            )
            listener(CardEvent(kind, MOCK_READER))

    # -- CardReader ------------------------------------------------------------

    def open(self, listener: CardEventListener | None = None) -> None:
        with self._lock:
            self._listener = listener
            fault, present = self._fault, self._present
        if listener is not None and fault != "no_reader":
            listener(CardEvent(CardEventKind.READER_ADDED, MOCK_READER))
            if present:
                listener(CardEvent(CardEventKind.CARD_INSERTED, MOCK_READER))

    def close(self) -> None:
        with self._lock:
            self._listener = None

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            self._changed.notify_all()

    def list_readers(self) -> list[ReaderInfo]:
        with self._lock:
            if self._fault == "no_reader":
                return []
            return [ReaderInfo(MOCK_READER, self._present)]

    def card_present(self) -> bool:
        with self._lock:
            if self._fault == "no_reader":
                raise ReaderNotConnected("mock: no reader")
            return self._present

    def wait_for_card(self, timeout_s: float) -> bool:
        deadline = time.monotonic() + timeout_s
        with self._lock:
            self._cancelled = False
            while not (self._present and self._fault != "no_reader"):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._cancelled:
                    return False
                self._changed.wait(remaining)
            return True

    def card_uid(self) -> str:
        with self._lock:
            fault, present, uid = self._fault, self._present, self._uid
        if fault == "no_reader":
            raise ReaderNotConnected("mock: no reader")
        if not present:
            raise CardRemoved("mock: no card in the reader")
        return uid

    def set_uid(self, uid: str) -> None:
        """Test control: the UID the next ``card_uid`` reports."""
        with self._lock:
            self._uid = uid

    def read_identity(self, mrz: MrzInfo) -> Identity:
        with self._lock:
            fault, present, resident = self._fault, self._present, self._resident
            self.reads += 1
        if fault == "no_reader":
            raise ReaderNotConnected("mock: no reader")
        if not present:
            raise CardRemoved("mock: no card in the reader")
        if fault == "removed_mid_read":
            self.remove()
            raise CardRemoved("mock: card removed during secure messaging")
        if fault == "bac_refused":
            raise CardAccessDenied("mock: MUTUAL AUTHENTICATE refused: SW 6300")
        if fault == "slow":
            time.sleep(self._delay_s)
        card = DEMO_RESIDENTS[resident]
        if card.mrz_info().key_seed_string() != mrz.key_seed_string():
            # Like a real chip: other MRZ details derive other keys.
            raise CardAccessDenied("mock: MUTUAL AUTHENTICATE refused: SW 6300")
        dg1, sod = chip_content(resident, fault)
        identity = parse_dg1(dg1)
        check_chip(identity, mrz, dg1, sod, self.verifier)
        return identity
