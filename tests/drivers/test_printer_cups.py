"""The CUPS backend through a real cupsd to the TCP ESC/POS emulator.

``scripts/test-services.sh`` runs a private cupsd (``make test`` starts it)
with a "kiosktcp" backend; each test adds a raw queue whose device is the
emulator, so a job travels kiosk -> pycups -> cupsd -> backend -> emulator,
as it would to a receipt printer shared by CUPS. Without cupsd or pycups
these tests skip.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drivers.discovery import discover_all, discover_cups
from drivers.printer import create_printer
from drivers.printer.base import JOB_NAME
from drivers.printer.cups import CupsPrinter, cups_server_address, job_name
from kiosk.config import CupsPrinterOptions, PrinterConfig, PrinterProfile
from kiosk.ports.printer import PrintFailure, PrintResult
from kiosk.printing import document as d
from tests.support import escpos_emulator as emu
from tests.support import escpos_samples as samples
from tests.support.escpos_decoder import Paper, decode

cups = pytest.importorskip("cups", reason="pycups is not installed")

SERVER_FILE = Path(__file__).resolve().parents[2] / ".test-services" / "cups.server"


def _server() -> str:
    server = os.environ.get("KIOSK_TEST_CUPS_SERVER") or (
        SERVER_FILE.read_text().strip() if SERVER_FILE.exists() else ""
    )
    if not server:
        pytest.skip("no test CUPS server (make test starts one: scripts/test-services.sh)")
    address = cups_server_address(server)
    assert address is not None
    try:
        cups.setServer(address[0])
        cups.setPort(address[1])
        cups.Connection().getPrinters()
    except RuntimeError:
        pytest.skip(f"the test CUPS server at {server} does not answer")
    return server


@pytest.fixture
def server() -> str:
    return _server()


@pytest.fixture
def ipp(server: str) -> Any:
    address = cups_server_address(server)
    assert address is not None
    cups.setServer(address[0])
    cups.setPort(address[1])
    return cups.Connection()


@pytest.fixture
def printer_emulator() -> Iterator[emu.EscposEmulator]:
    with emu.EscposEmulator() as e:
        yield e


def _raw_queue(ipp: Any, printer: emu.EscposEmulator) -> Iterator[str]:
    name = f"kiosk-{uuid.uuid4().hex[:8]}"
    ipp.addPrinter(name, device=f"kiosktcp://{printer.host}:{printer.port}")
    ipp.enablePrinter(name)
    ipp.acceptJobs(name)
    yield name
    ipp.deletePrinter(name)


@pytest.fixture
def queue(ipp: Any, printer_emulator: emu.EscposEmulator) -> Iterator[str]:
    """A raw queue whose printer is the emulator; removed afterwards."""
    yield from _raw_queue(ipp, printer_emulator)


@pytest.fixture
def unreachable_queue(ipp: Any) -> Iterator[str]:
    """A raw queue whose printer does not answer (its port is closed); removed afterwards."""
    with emu.EscposEmulator() as gone:
        pass  # its address stays; nothing listens there any more
    yield from _raw_queue(ipp, gone)


@pytest.fixture
def spool(server: str) -> list[Path]:
    """Where the test cupsd keeps job files: its RequestRoot and TempDir, from the
    cups-files.conf scripts/test-services.sh writes beside the socket."""
    conf = Path(server).parent / "cups-files.conf"
    if not conf.is_file():
        pytest.skip(f"the spool of the CUPS server at {server} is not on this computer")
    settings = dict(line.partition(" ")[::2] for line in conf.read_text().splitlines())
    dirs = [Path(settings[key].strip()) for key in ("RequestRoot", "TempDir")]
    assert all(path.is_dir() for path in dirs), dirs
    return dirs


def _files_holding(marker: str, dirs: list[Path]) -> list[Path]:
    found = []
    for top in dirs:
        for path in top.rglob("*"):
            # Other tests' jobs come and go while we look.
            with contextlib.suppress(FileNotFoundError):
                if path.is_file() and marker.encode() in path.read_bytes():
                    found.append(path)
    return found


def _resident_number() -> str:
    """A made-up resident registration number, unique to the test, to look for on disk."""
    return f"850315-2{uuid.uuid4().int % 10**6:06d}"


def _certificate(resident_number: str) -> d.Document:
    # ASCII only, so the number travels as plain bytes a search of the spool finds.
    return d.Document("certificate", (d.TextLine(f"RRN {resident_number}"), d.Cut()))


def _printer(server: str, queue: str, *, job_timeout_s: float = 10) -> CupsPrinter:
    return CupsPrinter(
        CupsPrinterOptions(queue=queue, server=server),
        PrinterProfile(),
        job_timeout_s=job_timeout_s,
    )


def _print(printer: CupsPrinter, document: d.Document | None = None) -> PrintResult:
    printer.open()
    try:
        return printer.print_document(document or samples.ticket())
    finally:
        printer.close()


#: ESC/POS's cut command (GS V): one ends each ticket.
CUT = b"\x1dV"


def _paper(emulator: emu.EscposEmulator, *, tickets: int) -> Paper:
    """The paper once ``tickets`` cuts have arrived (or after 5 s): CUPS finishes a job when
    its backend has written the bytes to the socket, a moment before the printer reads them."""
    deadline = time.monotonic() + 5
    while emulator.print_data.count(CUT) < tickets and time.monotonic() < deadline:
        time.sleep(0.01)
    return decode(emulator.print_data)


def test_a_ticket_reaches_the_paper_through_cups(
    server: str, queue: str, printer_emulator: emu.EscposEmulator, ipp: Any
) -> None:
    cfg = PrinterConfig.model_validate(
        {"backend": "cups", "cups": {"queue": queue, "server": server}}
    )
    printer = create_printer(cfg)
    assert printer.name == f"cups {queue} on {server}"
    assert isinstance(printer, CupsPrinter)
    result = _print(printer)
    # Printed means CUPS finished the job: its backend has handed every byte to
    # the printer. CUPS cannot tell paper or cover, so the job is unchecked
    # (tickets only).
    assert result == PrintResult.printed(unchecked=True)
    paper = _paper(printer_emulator, tickets=1)
    assert samples.SERVICE in paper.texts and samples.CODE in paper.texts
    assert [q.payload for q in paper.qrs] == [samples.QR_PAYLOAD]
    assert [c.mode for c in paper.cuts] == ["partial"]
    assert ipp.getJobs(which_jobs="not-completed") == {}


def test_two_tickets_on_one_connection_come_out_in_order(
    server: str, queue: str, printer_emulator: emu.EscposEmulator
) -> None:
    printer = _printer(server, queue)
    printer.open()
    try:
        assert printer.print_document(samples.ticket()).ok
        assert printer.print_document(samples.ticket()).ok
    finally:
        printer.close()
    paper = _paper(printer_emulator, tickets=2)
    assert paper.texts.count(samples.CODE) == 2
    assert len(paper.cuts) == 2


def test_an_unknown_queue_fails_with_its_name(server: str) -> None:
    result = _print(_printer(server, "no-such-queue"))
    assert not result.ok
    assert result.failure is PrintFailure.NOT_CONNECTED
    assert "no-such-queue" in result.detail


def test_a_stopped_queue_is_offline_and_prints_nothing(
    server: str, queue: str, printer_emulator: emu.EscposEmulator, ipp: Any
) -> None:
    ipp.disablePrinter(queue, reason="paper jam reported by staff")
    printer = _printer(server, queue)
    printer.open()
    try:
        status = printer.status()
        assert status.online is False and "stopped" in status.detail
        result = printer.print_document(samples.ticket())
    finally:
        printer.close()
    assert not result.ok
    assert printer_emulator.print_data == b""
    assert ipp.getJobs(which_jobs="not-completed") == {}


def test_an_unreachable_printer_fails_the_job_and_cancels_it(
    server: str, unreachable_queue: str, ipp: Any
) -> None:
    """CUPS keeps a job it could not deliver; printing it later would be a ghost."""
    started = time.monotonic()
    result = _print(_printer(server, unreachable_queue, job_timeout_s=10))
    elapsed = time.monotonic() - started
    assert not result.ok
    assert result.failure is PrintFailure.NOT_CONNECTED
    # CUPS's reason, from the backend, reaches the technician's log.
    assert "cannot send" in result.detail and "Connection refused" in result.detail
    # The first failed attempt ends it: no waiting out the job's time limit.
    assert elapsed < 5
    # Nothing is left waiting to print once the printer comes back.
    assert ipp.getJobs(which_jobs="not-completed") == {}


def test_a_printed_certificate_leaves_nothing_in_the_spool(
    server: str, queue: str, printer_emulator: emu.EscposEmulator, spool: list[Path]
) -> None:
    """CUPS keeps a printed job's document for a day; a certificate may live only on paper.

    Checked before the queue is deleted: deleting a queue purges its jobs anyway.
    """
    number = _resident_number()
    assert _print(_printer(server, queue), _certificate(number)).ok
    paper = _paper(printer_emulator, tickets=1)
    assert f"RRN {number}" in paper.texts
    assert number.encode() in printer_emulator.print_data  # what a leftover job file would hold
    assert _files_holding(number, spool) == []


def test_a_failed_certificate_leaves_nothing_in_the_spool(
    server: str, unreachable_queue: str, spool: list[Path]
) -> None:
    number = _resident_number()
    result = _print(_printer(server, unreachable_queue), _certificate(number))
    # CUPS had the job and tried to send it.
    assert not result.ok and "cannot send" in result.detail
    assert _files_holding(number, spool) == []


def _waiting_job(ipp: Any, queue: str, name: str, text: str) -> int:
    """A job named ``name`` holding ``text``, left waiting on ``queue`` (its printer off)."""
    ipp.disablePrinter(queue)
    job = ipp.createJob(queue, name, {})
    ipp.startDocument(queue, job, name, cups.CUPS_FORMAT_RAW, 1)
    data = f"RRN {text}\n".encode()
    ipp.writeRequestData(data, len(data))
    ipp.finishDocument(queue)
    return int(job)


def _ended_process() -> int:
    """The number of a process of this machine that has ended."""
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_a_job_a_crash_left_waiting_is_purged_when_the_kiosk_connects(
    server: str,
    queue: str,
    ipp: Any,
    spool: list[Path],
    printer_emulator: emu.EscposEmulator,
) -> None:
    number = _resident_number()
    # Sent by a kiosk process that then died, with the printer off.
    name = f"{JOB_NAME} {socket.gethostname()} {_ended_process()}"
    left = _waiting_job(ipp, queue, name, number)
    assert _files_holding(number, spool)  # the former resident's certificate waits
    printer = _printer(server, queue)
    printer.open()
    try:
        assert left not in ipp.getJobs(which_jobs="all")
        assert _files_holding(number, spool) == []
    finally:
        printer.close()
    ipp.enablePrinter(queue)
    time.sleep(0.5)  # a job still queued would go out now
    assert number.encode() not in printer_emulator.received


def test_a_running_kiosks_job_is_left_alone_when_the_printer_is_checked(
    server: str, queue: str, ipp: Any
) -> None:
    """``kiosk printer status`` over SSH connects while the kiosk prints: the kiosk's
    job in flight (this process's) and another machine's are not purged."""
    running = _waiting_job(ipp, queue, job_name(), _resident_number())
    elsewhere = _waiting_job(ipp, queue, f"{JOB_NAME} lobby-2 {os.getpid()}", "x")
    checking = _printer(server, queue)
    checking.open()
    try:
        assert {running, elsewhere} <= set(ipp.getJobs(which_jobs="not-completed"))
    finally:
        checking.close()
        for job in (running, elsewhere):
            ipp.cancelJob(job, purge_job=True)


def test_technician_discovery_lists_the_queues(server: str, queue: str, ipp: Any) -> None:
    listed = {q.name: q.state for q in discover_cups(server=server).items}
    assert listed[queue] == "idle"
    ipp.disablePrinter(queue)
    assert {q.name: q.state for q in discover_cups(server=server).items}[queue] == "stopped"


def test_technician_scan_asks_the_configured_server(server: str, queue: str) -> None:
    # The queue exists only on the test cupsd, not in this computer's CUPS.
    found = discover_all(cups_server=server)
    assert found.cups_server == server
    assert found.cups.unavailable is None
    assert {q.name: q.state for q in found.cups.items}[queue] == "idle"


def test_devices_command_lists_a_given_servers_queues(
    server: str, queue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from ui.app.cli import main

    assert main(["devices", "list", "--cups-server", server]) == 0
    table = capsys.readouterr().out
    section = table.split(f"CUPS queues on {server}:\n", 1)[1].split("\n")
    assert any(line.split() == [queue, "idle"] for line in section[:20]), table


def test_server_addresses() -> None:
    assert cups_server_address(None) is None
    assert cups_server_address("") is None
    assert cups_server_address("print.local") == ("print.local", 631)
    assert cups_server_address("10.0.0.9:8631") == ("10.0.0.9", 8631)
    assert cups_server_address("/run/cups/cups.sock") == ("/run/cups/cups.sock", 631)
