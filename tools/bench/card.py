"""Card read benchmark through the real PC/SC stack.

Starts the project's simulated eMRTD chip (``tests/support/emrtd_card.py``)
on the vsmartcard virtual reader and times complete reads with the PC/SC
backend: connect, BAC, EF.COM, DG1 parsed, EF.SOD verified (Passive
Authentication against the test PKI the chip is signed with). Needs a running pcscd with
vsmartcard-vpcd and a source checkout (the chip lives with the tests).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

READS = 20


def measure(reads: int = READS) -> dict[str, float]:
    """``card_read_ms_p50`` and ``card_read_apdus`` (commands per read); {} when impossible."""
    # The simulated chip lives in the checkout's tests/ (not installed):
    # make it importable when the kiosk runs from a source checkout.
    checkout = Path(__file__).resolve().parents[2]
    if (checkout / "tests" / "support" / "emrtd_card.py").exists() and str(
        checkout
    ) not in sys.path:
        sys.path.append(str(checkout))
    try:
        from drivers.card.pcsc import PcscCardReader
        from kiosk.config import PcscCardOptions
        from kiosk.identity import DEMO_RESIDENTS
        from tests.support.chip_pki import default_pki
        from tests.support.emrtd_card import VPCD_READER, EmrtdChip, VpcdCard
    except ImportError as exc:
        print(f"card bench skipped: {exc} (run from a source checkout)", file=sys.stderr)
        return {}
    resident = DEMO_RESIDENTS["demo-kim"]
    reader = PcscCardReader(PcscCardOptions(reader_pattern=VPCD_READER), default_pki().verifier())
    try:
        if not any(r.name == VPCD_READER for r in reader.list_readers()):
            print(f"card bench skipped: pcscd does not list {VPCD_READER!r}", file=sys.stderr)
            return {}
    except Exception as exc:
        print(f"card bench skipped: pcscd not available ({exc})", file=sys.stderr)
        return {}
    card = VpcdCard(EmrtdChip(resident.mrz))
    try:
        card.start()
    except (TimeoutError, OSError) as exc:
        print(f"card bench skipped: vpcd did not take the test card ({exc})", file=sys.stderr)
        return {}
    try:
        if not reader.wait_for_card(5.0):
            print("card bench skipped: the card never showed as present", file=sys.stderr)
            return {}
        times: list[float] = []
        apdus = 0
        mrz = resident.mrz_info()
        for _ in range(reads):
            start = time.perf_counter()
            identity = reader.read_identity(mrz)
            times.append((time.perf_counter() - start) * 1000)
            apdus = reader.last_stats.apdus
            identity.wipe()
        return {"card_read_ms_p50": statistics.median(times), "card_read_apdus": float(apdus)}
    finally:
        reader.close()
        card.stop()


if __name__ == "__main__":
    print(measure())
