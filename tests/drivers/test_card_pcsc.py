"""The PC/SC backend through the real stack: pyscard -> pcscd -> vsmartcard-vpcd -> test chip.

Only the chip is simulated (``tests/support/emrtd_card.py``); everything the
kiosk would run against a real reader runs here.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from drivers.card import card_reader_registry, create_card_reader
from drivers.card.emrtd import encode_dg1
from drivers.card.pcsc import PcscCardReader
from kiosk.config import CardReaderConfig, PcscCardOptions
from kiosk.i18n import identity_translate
from kiosk.identity import DEMO_RESIDENTS, MrzInfo
from kiosk.ports.card import (
    CardAccessDenied,
    CardError,
    CardEvent,
    CardEventKind,
    CardNotSupported,
    CardReader,
    CardRemoved,
    CardTimeout,
    CardUnreadable,
    ChipCheck,
    ChipDetailsMismatch,
    ChipNotGenuine,
    ReaderNotConnected,
)
from tests.drivers.conftest import CardFactory, Pcscd, wait_presence
from tests.support.chip_pki import default_pki, sod_for_mrz
from tests.support.emrtd_card import VPCD_READER

pytestmark = pytest.mark.pcscd

KIM = DEMO_RESIDENTS["demo-kim"]
LEE = DEMO_RESIDENTS["demo-lee"]


@pytest.fixture
def reader(pcscd: Pcscd) -> Iterator[PcscCardReader]:
    r = PcscCardReader(
        PcscCardOptions(reader_pattern=VPCD_READER, timeout_s=2.0, poll_interval_s=0.05),
        default_pki().verifier(),
    )
    r.open()
    yield r
    r.close()


def test_registry_creates_pcsc_reader(pcscd: Pcscd) -> None:
    assert card_reader_registry().names() == ["mock", "pcsc"]
    reader = create_card_reader(CardReaderConfig(backend="pcsc"))
    assert isinstance(reader, CardReader)
    assert reader.name == "pcsc (any reader)"


def test_lists_virtual_reader_and_card(reader: PcscCardReader, vpcd_card: CardFactory) -> None:
    assert [(r.name, r.card_present) for r in reader.list_readers()] == [(VPCD_READER, False)]
    assert not reader.card_present()
    with pytest.raises(CardRemoved):
        reader.read_identity(KIM.mrz_info())
    vpcd_card(KIM.mrz)
    assert reader.list_readers()[0].card_present
    assert reader.wait_for_card(1.0)


@pytest.mark.parametrize("key", ["demo-kim", "demo-lee", "demo-nguyen"])
def test_reads_td1_and_td3_identities(
    key: str, reader: PcscCardReader, vpcd_card: CardFactory
) -> None:
    resident = DEMO_RESIDENTS[key]
    vpcd_card(resident.mrz)
    identity = reader.read_identity(resident.mrz_info())
    assert identity == resident.identity()
    assert 9 < reader.last_stats.apdus <= 16  # EF.SOD is read too
    assert reader.verifier.last_verdict is not None and reader.verifier.last_verdict.verified


def test_reads_t0_card_with_get_response(reader: PcscCardReader, vpcd_card: CardFactory) -> None:
    card = vpcd_card(LEE.mrz, t0=True)
    assert reader.read_identity(LEE.mrz_info()).document_number == "K98765432"
    assert any(apdu[1] == 0xC0 for apdu in card.chip.log)


def test_wrong_mrz_info_is_refused_then_right_one_reads(
    reader: PcscCardReader, vpcd_card: CardFactory
) -> None:
    vpcd_card(KIM.mrz)
    with pytest.raises(CardAccessDenied):
        reader.read_identity(MrzInfo("M12345678", "850315", "320102"))
    assert reader.read_identity(KIM.mrz_info()).surname == "KIM"


def test_pace_only_chip_is_not_supported(reader: PcscCardReader, vpcd_card: CardFactory) -> None:
    vpcd_card(KIM.mrz, fault="pace_only")
    with pytest.raises(CardNotSupported) as info:
        reader.read_identity(KIM.mrz_info())
    assert "PACE" in info.value.detail


@pytest.mark.parametrize("fault_at", ["read_dg1", "select_com"])
def test_card_pulled_during_secure_messaging(
    fault_at: str, reader: PcscCardReader, vpcd_card: CardFactory
) -> None:
    vpcd_card(KIM.mrz, fault="remove", fault_at=fault_at)
    with pytest.raises(CardRemoved):
        reader.read_identity(KIM.mrz_info())
    wait_presence(False)
    assert not reader.card_present()


@pytest.mark.parametrize("fault", ["bad_mac", "wrong_sw", "truncated"])
def test_corrupt_answers_are_rejected_cleanly(
    fault: str, reader: PcscCardReader, vpcd_card: CardFactory
) -> None:
    vpcd_card(KIM.mrz, fault=fault)
    with pytest.raises(CardUnreadable):
        reader.read_identity(KIM.mrz_info())
    # The fault struck once; the next read of the same card works.
    assert reader.read_identity(KIM.mrz_info()).nationality == "KOR"


def test_cloned_chip_of_another_resident_is_refused(
    reader: PcscCardReader, vpcd_card: CardFactory
) -> None:
    """BAC with Kim's details, Lee's genuine DG1 and EF.SOD on the chip: refused, not Lee."""
    vpcd_card(KIM.mrz, dg1=encode_dg1(LEE.mrz), sod=sod_for_mrz(LEE.mrz))
    with pytest.raises(ChipDetailsMismatch) as info:
        reader.read_identity(KIM.mrz_info())
    assert "document number" in info.value.detail and "K98765432" not in info.value.detail


def test_chip_without_security_object_is_refused(
    reader: PcscCardReader, vpcd_card: CardFactory
) -> None:
    vpcd_card(KIM.mrz, sod=None)
    with pytest.raises(ChipNotGenuine) as info:
        reader.read_identity(KIM.mrz_info())
    assert info.value.verdict.check is ChipCheck.NO_SOD


def test_slow_card_times_out_then_recovers(pcscd: Pcscd, vpcd_card: CardFactory) -> None:
    card = vpcd_card(KIM.mrz, fault="slow", delay_s=0.6)
    impatient = PcscCardReader(
        PcscCardOptions(reader_pattern=VPCD_READER, timeout_s=0.2), default_pki().verifier()
    )
    try:
        with pytest.raises(CardTimeout):
            impatient.read_identity(KIM.mrz_info())
    finally:
        impatient.close()
    card.chip.delay_s = 0.01
    time.sleep(0.7)  # let the stuck command finish
    patient = PcscCardReader(
        PcscCardOptions(reader_pattern=VPCD_READER, timeout_s=2.0), default_pki().verifier()
    )
    try:
        assert patient.read_identity(KIM.mrz_info()).surname == "KIM"
    finally:
        patient.close()


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts file descriptors in /proc")
def test_timeouts_do_not_leak_pcscd_connections(pcscd: Pcscd, vpcd_card: CardFactory) -> None:
    # Each timed-out read leaves its PC/SC context behind (a socket to pcscd
    # and a thread in it); a kiosk with a flaky card for months would exhaust
    # pcscd. Once the stuck commands return, nothing may stay open.
    vpcd_card(KIM.mrz, fault="slow", delay_s=0.3)
    before = _open_fds()
    reader = PcscCardReader(
        PcscCardOptions(reader_pattern=VPCD_READER, timeout_s=0.1), default_pki().verifier()
    )
    try:
        for _ in range(4):
            with pytest.raises(CardTimeout):
                reader.read_identity(KIM.mrz_info())
    finally:
        reader.close()
    deadline = time.monotonic() + 5.0
    while _open_fds() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _open_fds() <= before


def test_unknown_reader_is_not_connected(pcscd: Pcscd) -> None:
    reader = PcscCardReader(PcscCardOptions(reader_pattern="No Such Reader"))
    try:
        assert reader.list_readers() == []
        with pytest.raises(ReaderNotConnected):
            reader.read_identity(KIM.mrz_info())
        with pytest.raises(ReaderNotConnected):
            reader.card_present()
        assert not reader.wait_for_card(0.1)
    finally:
        reader.close()


def test_cancel_wakes_wait_for_card(reader: PcscCardReader, vpcd_port_lock: None) -> None:
    threading.Timer(0.1, reader.cancel).start()
    started = time.monotonic()
    assert not reader.wait_for_card(5.0)
    assert time.monotonic() - started < 2.0


class Events:
    def __init__(self) -> None:
        self.items: list[CardEvent] = []
        self.changed = threading.Condition()

    def __call__(self, event: CardEvent) -> None:
        with self.changed:
            self.items.append(event)
            self.changed.notify_all()

    def wait_for(self, kind: CardEventKind, after: int = 0, timeout_s: float = 10.0) -> int:
        with self.changed:
            ok = self.changed.wait_for(
                lambda: any(e.kind is kind for e in self.items[after:]), timeout_s
            )
            assert ok, f"no {kind} after {after}: {self.items}"
            # Just past the event found: later events may already have arrived
            # (after a pcscd restart, the reader and its card come back together).
            return next(i for i in range(after, len(self.items)) if self.items[i].kind is kind) + 1


def test_monitor_reports_cards(pcscd: Pcscd, vpcd_card: CardFactory) -> None:
    events = Events()
    reader = PcscCardReader(PcscCardOptions(reader_pattern=VPCD_READER, poll_interval_s=0.05))
    reader.open(events)
    try:
        events.wait_for(CardEventKind.READER_ADDED)
        card = vpcd_card(KIM.mrz)
        mark = events.wait_for(CardEventKind.CARD_INSERTED)
        card.remove()
        events.wait_for(CardEventKind.CARD_REMOVED, mark)
        assert {e.reader for e in events.items} == {VPCD_READER}
    finally:
        reader.close()


@pytest.mark.slow
def test_monitor_survives_pcscd_restart(pcscd: Pcscd, vpcd_card: CardFactory) -> None:
    events = Events()
    reader = PcscCardReader(
        PcscCardOptions(reader_pattern=VPCD_READER, poll_interval_s=0.05), default_pki().verifier()
    )
    reader.open(events)
    try:
        vpcd_card(KIM.mrz, reconnect=True)
        mark = events.wait_for(CardEventKind.CARD_INSERTED)
        assert reader.read_identity(KIM.mrz_info()).surname == "KIM"
        pcscd.stop()
        mark = events.wait_for(CardEventKind.READER_REMOVED, mark)
        with pytest.raises(ReaderNotConnected):
            reader.read_identity(KIM.mrz_info())
        pcscd.start()
        mark = events.wait_for(CardEventKind.READER_ADDED, mark)
        events.wait_for(CardEventKind.CARD_INSERTED, mark)
        # The same reader object re-establishes its context and reads again.
        assert reader.read_identity(KIM.mrz_info()).surname == "KIM"
    finally:
        reader.close()
        pcscd.start()


def _trusting_config(tmp_path: Path) -> str:
    """The demo config, its trust store holding the test PKI's CSCA (the card's signer)."""
    csca = default_pki().write_csca(tmp_path)
    demo = resources.files("kiosk.data").joinpath("demo.toml").read_text("utf-8")
    config = tmp_path / "kiosk.toml"
    config.write_text(
        demo + f"\n[devices.card_reader.passive_auth]\ncsca_files = [{json.dumps(str(csca))}]\n",
        encoding="utf-8",
    )
    return str(config)


def test_cli_reads_through_pcsc(
    vpcd_card: CardFactory, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ui.app.cli import main

    card = vpcd_card(LEE.mrz)
    info = LEE.mrz_info()
    config = _trusting_config(tmp_path)
    code = main(
        [
            "card", "read", "--reader", "PCD 00 00", "--json", "--config", config,
            "--document-number", info.document_number,
            "--birth-date", info.birth_date,
            "--expiry-date", info.expiry_date,
        ]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    shown = json.loads(out)["identity"]
    assert shown["document_number"] == "K9******2"
    assert (shown["surname"], shown["given_names"], shown["birth_year"]) == ("L**", "J****", 1952)
    for secret in ("K98765432", "LEE", "JUNHO", "520704"):
        assert secret not in out

    # Without the test CSCA in the trust store, the same chip is not believed.
    code = main(["card", "read", "--reader", "PCD 00 00", "--mrz-info", info.key_seed_string()])
    assert code == 1
    err = capsys.readouterr().err
    refusal = ChipNotGenuine.resident_message.render(identity_translate)
    assert refusal in err and "untrusted_signer" in err
    assert "K98765432" not in err and "LEE" not in err

    assert main(["card", "readers", "--reader", "Virtual PCD 00 00"]) == 0
    assert capsys.readouterr().out.strip() == f"{VPCD_READER}: card present"

    wrong_birth = MrzInfo(info.document_number, "520705", info.expiry_date).key_seed_string()
    code = main(
        ["card", "read", "--reader", "PCD 00 00", "--config", config, "--mrz-info", wrong_birth]
    )
    assert code == 1
    assert "did not accept" in capsys.readouterr().err

    # A wrong check digit is caught before the card is asked.
    sent = len(card.chip.log)
    bad_digit = info.key_seed_string()[:9] + "0" + info.key_seed_string()[10:]
    code = main(
        ["card", "read", "--reader", "PCD 00 00", "--config", config, "--mrz-info", bad_digit]
    )
    assert code == 2  # the details given are wrong: a usage error, not the card's answer
    assert "check digit" in capsys.readouterr().err
    assert len(card.chip.log) == sent


def test_bench_reads_fast(vpcd_port_lock: None) -> None:
    from tools.bench.card import measure

    result = measure(reads=5)
    assert 9 < result["card_read_apdus"] <= 16  # EF.SOD too
    assert result["card_read_ms_p50"] < 150


def test_errors_carry_resident_text() -> None:
    for error in (CardAccessDenied, CardNotSupported, CardRemoved, CardTimeout, CardUnreadable):
        assert issubclass(error, CardError)
        assert error.resident_message.context == "card"
