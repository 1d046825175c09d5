"""One running kiosk per kiosk id on a database (``kiosk.storage.claim``).

A second kiosk with the same id would settle the first one's unfinished
orders (voiding payments while it prints), so its claim is refused until
the first one lets go, on SQLite and on a real PostgreSQL server.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from kiosk.storage.claim import KioskIdInUseError, claim_kiosk_id
from tests.support.databases import opened


def test_a_second_claim_on_the_same_id_is_refused_until_the_first_is_released(
    db_url: str,
) -> None:
    with opened(db_url) as first_kiosk, opened(db_url) as second_kiosk:
        held = claim_kiosk_id(first_kiosk, "kiosk-1")
        with pytest.raises(KioskIdInUseError) as refused:
            claim_kiosk_id(second_kiosk, "kiosk-1")
        assert "center.kiosk_id 'kiosk-1' is in use by another running kiosk" in str(refused.value)
        # Another id on the same database is another kiosk.
        claim_kiosk_id(second_kiosk, "kiosk-2").release()
        held.release()
        held.release()  # twice is harmless (shutdown after a failed start)
        claim_kiosk_id(second_kiosk, "kiosk-1").release()


_HOLDER = """
import sys, time
from kiosk.storage.claim import claim_kiosk_id
from kiosk.storage.database import open_database
claim = claim_kiosk_id(open_database(sys.argv[1]), "kiosk-1")
print("claimed", flush=True)
time.sleep(60)
"""


def test_a_kiosk_killed_without_releasing_frees_its_id(db_url: str) -> None:
    with opened(db_url) as engine:  # migrated before the other process opens it
        with subprocess.Popen(
            [sys.executable, "-c", _HOLDER, db_url], stdout=subprocess.PIPE, text=True
        ) as holder:
            try:
                assert holder.stdout is not None and holder.stdout.readline() == "claimed\n"
                with pytest.raises(KioskIdInUseError):
                    claim_kiosk_id(engine, "kiosk-1")
            finally:
                holder.kill()  # a power cut: nothing is released on the way out
        # The kernel closes the file and the socket; the server ends the session.
        deadline = time.monotonic() + 10
        while True:
            try:
                claim_kiosk_id(engine, "kiosk-1").release()
                break
            except KioskIdInUseError:
                assert time.monotonic() < deadline, "the dead kiosk's id was never freed"
                time.sleep(0.1)
