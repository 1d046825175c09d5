"""The centre key check (``kiosk.centre.store.open_centre_key``): one key per database.

A kiosk set up without a copy of the first kiosk's key file makes a key of
its own; it must refuse to store residents' phone numbers and requests
that no counter could read, and say which file to copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from kiosk.centre.keys import KEY_FILE, PersonalDataKey
from kiosk.centre.lending_store import Lending
from kiosk.centre.store import (
    CentreKeyMismatchError,
    KeyCheck,
    check_centre_key,
    open_centre_key,
)
from kiosk.clock import FakeClock
from kiosk.config import KioskConfig
from kiosk.journeys import centre as ce
from kiosk.journeys import flow as f
from kiosk.journeys import lending as le
from kiosk.journeys.resident import ResidentFlow
from kiosk.storage.database import loans


def test_the_first_machine_sets_the_key_and_a_copy_of_its_file_works(
    db: Engine, tmp_path: Path
) -> None:
    first = open_centre_key(db, tmp_path / "first")
    assert open_centre_key(db, tmp_path / "first") == first
    copied = tmp_path / "second" / "keys"
    copied.mkdir(parents=True)
    shutil.copy(tmp_path / "first" / "keys" / KEY_FILE, copied / KEY_FILE)
    assert open_centre_key(db, tmp_path / "second") == first


def test_a_machine_with_another_key_is_refused_with_the_file_to_copy(
    db: Engine, tmp_path: Path
) -> None:
    open_centre_key(db, tmp_path / "first")
    with pytest.raises(CentreKeyMismatchError) as refused:
        open_centre_key(db, tmp_path / "forgot-to-copy")
    assert f"keys/{KEY_FILE}" in str(refused.value)
    assert "docs/deployment.md" in str(refused.value)


def test_a_kiosk_with_another_key_lends_nothing_and_says_the_service_is_unavailable(
    engine: Engine, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    open_centre_key(engine, tmp_path / "first-kiosk")
    flow = ResidentFlow(config, clock)
    context = f.JobContext(engine, None, config, clock, tmp_path / "this-kiosk")  # type: ignore[arg-type]
    flow.handle(ce.OpenCentre())
    flow.handle(ce.OpenCentreService("lending"))
    [count] = flow.handle(le.ChooseLendingMode(le.BORROW))
    assert isinstance(count, f.RunJob)
    # What the device worker does with a job that raises: hand back its failure.
    with pytest.raises(CentreKeyMismatchError):
        count.work(context)
    flow.handle(count.failed)
    assert flow.state is f.State.UNAVAILABLE
    assert flow.context.message == le.LENDING_FAILED
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(loans)).scalar_one() == 0


def test_records_from_before_the_check_go_to_the_key_that_opens_them(
    db: Engine, config: KioskConfig, clock: FakeClock, tmp_path: Path
) -> None:
    # Kiosk A lent a tool before migration 0010 (no fingerprint yet); then
    # kiosk B, set up with a key of its own, is the first to open a service.
    a_key = PersonalDataKey.load_or_create(tmp_path / "a")
    Lending(db, config, clock, a_key).request_loan("drill", "01012345678")
    with pytest.raises(CentreKeyMismatchError):
        open_centre_key(db, tmp_path / "b")
    assert check_centre_key(db, tmp_path / "b") is KeyCheck.DIFFERENT
    assert check_centre_key(db, tmp_path / "a") is KeyCheck.FIRST
    assert open_centre_key(db, tmp_path / "a") == a_key
    assert check_centre_key(db, tmp_path / "a") is KeyCheck.MATCHES
