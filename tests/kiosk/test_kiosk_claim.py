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
from sqlalchemy import create_engine

from kiosk.storage.claim import KioskIdInUseError, claim_kiosk_id
from kiosk.storage.database import StorageUnreachableError
from tests.support.databases import end_claim_session, opened


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


def test_a_server_gone_before_the_claim_is_worth_waiting_for() -> None:
    # Nothing listens on port 1: the server went away after the database was opened.
    engine = create_engine("postgresql+psycopg://kiosk@127.0.0.1:1/kiosk")
    try:
        with pytest.raises(StorageUnreachableError) as info:
            claim_kiosk_id(engine, "kiosk-1")
        assert "cannot claim center.kiosk_id" in str(info.value)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_claim_whose_session_the_server_ended_is_taken_again(pg_url: str) -> None:
    with opened(pg_url) as kiosk, opened(pg_url) as clone, opened(pg_url) as server:
        claim = claim_kiosk_id(kiosk, "kiosk-1")
        end_claim_session(server, "kiosk-1")
        claim.keep()  # the device worker's next check
        # Held again: a clone started now is refused.
        with pytest.raises(KioskIdInUseError):
            claim_kiosk_id(clone, "kiosk-1")
        claim.keep()
        claim.release()
        claim.keep()  # released: nothing to keep
        claim_kiosk_id(clone, "kiosk-1").release()


@pytest.mark.postgres
def test_a_claim_a_clone_took_meanwhile_is_reported(pg_url: str) -> None:
    with opened(pg_url) as kiosk, opened(pg_url) as clone, opened(pg_url) as server:
        claim = claim_kiosk_id(kiosk, "kiosk-1")
        end_claim_session(server, "kiosk-1")
        taken = claim_kiosk_id(clone, "kiosk-1")
        with pytest.raises(KioskIdInUseError):
            claim.keep()
        taken.release()
        claim.keep()  # the clone stopped: the id is this kiosk's again
        claim.release()
