"""Paid certificate orders against a broken printer or payment terminal, and what they leave.

Shared by the tests (``tests/kiosk/test_issuance_safety.py``) and the fault
matrix (``tools/faults/printing.py``): an order runs through the real
``issue_order`` into the TCP ESC/POS emulator (or the mock printer) and the
mock card terminal, with a real SQLite audit table. ``Left`` says what the
resident holds (the issuance numbers on the decoded paper), what they were
charged (the terminal's ledger) and what the audit table says, and counts
the two things that must never happen: a charge for a copy the printer did
not confirm, and a certificate on paper without an audit row.

``python -m tests.support.printing_faults child ...`` is the process the
power-cut test kills in the middle of printing.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from drivers.payment.mock import MockPayment
from drivers.printer.network import NetworkPrinter
from drivers.records.contract import parse_record
from drivers.records.demo import DEMO_RECORDS
from kiosk.certificates.audit import AuditLog, load_or_create_hmac_key
from kiosk.certificates.issuing import CertificateOrder, CertOptions, OrderOutcome, issue_order
from kiosk.certificates.signing import KioskSigner
from kiosk.clock import FakeClock
from kiosk.config import (
    KioskConfig,
    MockPaymentOptions,
    NetworkPrinterOptions,
    PrinterProfile,
    default_config,
)
from kiosk.i18n import identity_translate
from kiosk.identity import DEMO_RESIDENTS
from kiosk.ports.printer import Printer
from kiosk.storage.database import open_database
from tests.support import escpos_emulator as emu
from tests.support.databases import opened
from tests.support.escpos_decoder import decode

FEE = 200
NUMBER = re.compile(r"\d{4}-\d{4}-\d{4}-\d{4}")
#: 09:30 on a Monday in Seoul, as the tests' clock.
NOW = datetime(2026, 11, 23, 0, 30, tzinfo=UTC)


def order(copies: int = 1, fee: int = FEE) -> CertificateOrder:
    kim = DEMO_RESIDENTS["demo-kim"]
    return CertificateOrder(
        "resident-copy",
        CertOptions(copies=copies),
        fee,
        "ko",
        kim.identity(),
        parse_record(DEMO_RECORDS["demo-kim"]),
    )


def fast_config(answer_timeout_s: float = 0.5) -> KioskConfig:
    """The default config with a short terminal answer limit (hangs end in tests quickly)."""
    config = default_config()
    config.devices.payment.answer_timeout_s = answer_timeout_s
    return config


def network_printer(
    e: emu.EscposEmulator,
    *,
    timeout_s: float = 0.25,
    job_timeout_s: float = 5.0,
    **profile: object,
) -> NetworkPrinter:
    """The kiosk's network printer driver on emulator ``e``, with printer profile ``profile``."""
    options = NetworkPrinterOptions(host=e.host, port=e.port, timeout_s=timeout_s)
    return NetworkPrinter(
        options, PrinterProfile.model_validate(profile), job_timeout_s=job_timeout_s
    )


@dataclass
class Left:
    """What an order left: outcome, paper, money, audit rows."""

    outcome: OrderOutcome
    #: Issuance numbers readable on the paper (certificates and receipt).
    on_paper: set[str]
    charged_won: int
    ledger: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def charged_without_print(self) -> int:
        """Copies charged beyond those the audit says printed (confirmed)."""
        printed = sum(1 for r in self.rows if r["printed"])
        return max(0, self.charged_won // FEE - printed) if self.charged_won else 0

    @property
    def certificates_without_audit(self) -> int:
        audited = {r["issuance_number"] for r in self.rows}
        return len(self.on_paper - audited)


def run_order(
    workdir: Path,
    printer: Printer,
    payment: MockPayment,
    *,
    config: KioskConfig | None = None,
    copies: int = 1,
    paper: bytes | None = None,
    emulator: emu.EscposEmulator | None = None,
) -> Left:
    """Authorize, then ``issue_order`` into ``printer``; what was left behind."""
    config = config or fast_config()
    engine = open_database(f"sqlite:///{workdir / 'kiosk.sqlite3'}")
    try:
        audit = AuditLog(engine, load_or_create_hmac_key(workdir))
        the_order = order(copies)
        auth = payment.authorize(the_order.total_won, "resident-copy", 5).authorization
        assert auth is not None
        printer.open()
        started = time.monotonic()
        try:
            outcome = issue_order(
                the_order,
                auth,
                config=config,
                printer=printer,
                payment=payment,
                audit=audit,
                signer=KioskSigner.load_or_create(workdir),
                clock=FakeClock(NOW),
                translate=identity_translate,
            )
        finally:
            printer.close()
        seconds = time.monotonic() - started
        data = emulator.print_data if emulator is not None else (paper or b"")
        texts = "\n".join(decode(data).texts) if data else ""
        return Left(
            outcome,
            set(NUMBER.findall(texts)),
            payment.charged_won(),
            [f"{e.authorization.id}:{e.state}" for e in payment.ledger],
            audit.entries(),
            seconds,
        )
    finally:
        payment.release_hangs()
        engine.dispose()


# -- the power cut ----------------------------------------------------------------------


def child(db_url: str, data_dir: str, host: str, port: int) -> None:
    """Print one paid copy into a printer that stalls; the parent kills us meanwhile."""
    engine = open_database(db_url)
    audit = AuditLog(engine, load_or_create_hmac_key(Path(data_dir)))
    payment = MockPayment(MockPaymentOptions())
    the_order = order(1)
    auth = payment.authorize(the_order.total_won, "resident-copy", 5).authorization
    assert auth is not None
    printer = NetworkPrinter(
        NetworkPrinterOptions(host=host, port=port, timeout_s=0.5),
        PrinterProfile(),
        job_timeout_s=120,
    )
    print(f"authorized {auth.id}", flush=True)
    issue_order(
        the_order,
        auth,
        config=default_config(),
        printer=printer,
        payment=payment,
        audit=audit,
        signer=KioskSigner.load_or_create(Path(data_dir)),
        clock=FakeClock(NOW),
        translate=identity_translate,
    )
    print("finished", flush=True)  # never reached: the printer stalls until we are killed


@contextmanager
def killed_mid_print(workdir: Path) -> Iterator[tuple[Engine, str]]:
    """A child process SIGKILLed while its certificate is half sent to the printer.

    Yields the database it left (opened again, as a new start would) and the
    id of the hold it made.
    """
    import subprocess

    db_url = f"sqlite:///{workdir / 'kiosk.sqlite3'}"
    open_database(db_url).dispose()  # migrated before the child starts
    with emu.EscposEmulator(faults=emu.Faults(stall_after_bytes=600)) as e:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.support.printing_faults",
                "child",
                *(db_url, str(workdir), e.host, str(e.port)),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline().strip()
            if not line.startswith("authorized "):
                raise RuntimeError(f"the printing process did not start: {line!r}")
            auth_id = line.split()[1]
            deadline = time.monotonic() + 20
            # Killed once the first certificate bytes reached the printer.
            while len(e.print_data) < 64 and time.monotonic() < deadline:
                time.sleep(0.02)
            if len(e.print_data) < 64:
                raise RuntimeError("no certificate bytes reached the printer")
        finally:
            proc.kill()
            proc.wait(10)
            if proc.stdout is not None:
                proc.stdout.close()
    with opened(db_url) as engine:
        yield engine, auth_id


def recover(engine: Engine, workdir: Path, payment: MockPayment) -> list[Any]:
    """What the kiosk's start does (``CertBridge.recover``), on this database."""
    audit = AuditLog(engine, load_or_create_hmac_key(workdir))
    return audit.recover_interrupted(
        payment, kiosk_id="kiosk-1", now=datetime.now(UTC), deadline_s=0.5
    )


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "child":
        child(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        sys.exit("usage: python -m tests.support.printing_faults child DB_URL DIR HOST PORT")
