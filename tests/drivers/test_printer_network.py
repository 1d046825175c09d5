"""The network backend against the TCP ESC/POS emulator: paper contents, status policy, faults."""

from __future__ import annotations

import io
import socket
import time
from collections.abc import Callable, Iterator

import pytest
from PIL import Image as PILImage
from PIL import ImageChops

from drivers.printer import escpos
from drivers.printer.layout import CutRow, TextRow, layout, paper_dots
from drivers.printer.network import NetworkPrinter
from drivers.printer.render import render_row
from kiosk.config import NetworkPrinterOptions, PrinterProfile
from kiosk.ports.printer import PaperState, Printer, PrintFailure, PrintResult
from kiosk.printing.document import Cut, Document, Image
from tests.support import escpos_emulator as emu
from tests.support import escpos_samples as samples
from tests.support.escpos_decoder import decode

IO_TIMEOUT = 0.25


@pytest.fixture
def printer_emulator() -> Iterator[emu.EscposEmulator]:
    with emu.EscposEmulator() as e:
        yield e


def _printer(
    e: emu.EscposEmulator, *, job_timeout_s: float = 5.0, **profile: object
) -> NetworkPrinter:
    options = NetworkPrinterOptions(host=e.host, port=e.port, timeout_s=IO_TIMEOUT)
    return NetworkPrinter(
        options, PrinterProfile.model_validate(profile), job_timeout_s=job_timeout_s
    )


def _print(e: emu.EscposEmulator, doc: Document, **kw: object) -> PrintResult:
    printer = _printer(e, **kw)  # type: ignore[arg-type]
    printer.open()
    try:
        return printer.print_document(doc)
    finally:
        printer.close()


def test_is_a_printer(printer_emulator: emu.EscposEmulator) -> None:
    p = _printer(printer_emulator)
    assert isinstance(p, Printer)
    assert p.name == f"network 127.0.0.1:{printer_emulator.port}"


def test_native_ticket_reaches_the_paper(printer_emulator: emu.EscposEmulator) -> None:
    result = _print(printer_emulator, samples.ticket())
    assert result == PrintResult.printed()
    paper = decode(printer_emulator.print_data)
    assert samples.SERVICE in paper.texts and samples.CODE in paper.texts
    assert [q.payload for q in paper.qrs] == [samples.QR_PAYLOAD]
    assert [c.mode for c in paper.cuts] == ["partial"]
    # Status checked before and after the job.
    assert printer_emulator.status_requests == [1, 2, 4, 1, 2, 4]


@pytest.mark.parametrize("width", [80, 58])
def test_raster_ticket_matches_the_preview(
    printer_emulator: emu.EscposEmulator, width: int
) -> None:
    profile = {"korean_mode": "raster", "qr_mode": "image", "paper_width_mm": width}
    assert _print(printer_emulator, samples.ticket(), **profile).ok
    paper = decode(printer_emulator.print_data)
    assert paper.lines == [] and paper.qrs == []
    pp = PrinterProfile.model_validate(profile)
    rows = [r for r in layout(samples.ticket(), pp) if not isinstance(r, CutRow)]
    images = paper.rasters
    assert len(images) == len(rows)
    for img, row in zip(images, rows, strict=True):
        assert img.width == paper_dots(pp)
        diff = ImageChops.difference(img.convert("L"), render_row(row, pp).convert("L"))
        assert diff.getbbox() is None
    service = next(
        i for i, r in enumerate(rows) if isinstance(r, TextRow) and r.text == samples.SERVICE
    )
    assert images[service].convert("L").getextrema()[0] == 0


def test_status_reading(printer_emulator: emu.EscposEmulator) -> None:
    p = _printer(printer_emulator)
    p.open()
    try:
        st = p.status()
        assert (st.online, st.cover_open, st.error, st.paper) == (True, False, False, PaperState.OK)
        printer_emulator.set_status(emu.COVER_OPEN)
        st = p.status()
        assert st.cover_open is True and st.online is False
        printer_emulator.set_status(emu.PAPER_NEAR_END)
        assert p.status().paper is PaperState.NEAR_END
    finally:
        p.close()


@pytest.mark.parametrize(
    ("status", "failure"),
    [
        (emu.PAPER_OUT, PrintFailure.PAPER_OUT),
        (emu.COVER_OPEN, PrintFailure.COVER_OPEN),
        (emu.OFFLINE, PrintFailure.OFFLINE),
    ],
)
def test_refuses_when_not_ready(
    printer_emulator: emu.EscposEmulator, status: dict[int, int], failure: PrintFailure
) -> None:
    printer_emulator.set_status(status)
    result = _print(printer_emulator, samples.ticket())
    assert not result.ok and result.failure is failure
    assert "DLE EOT" in result.detail
    assert printer_emulator.print_data == b""  # nothing printed


def test_near_end_prints_and_flags_low_paper(printer_emulator: emu.EscposEmulator) -> None:
    printer_emulator.set_status(emu.PAPER_NEAR_END)
    result = _print(printer_emulator, samples.ticket())
    assert result.ok and result.paper_low


def test_paper_out_mid_job() -> None:
    with emu.EscposEmulator(faults=emu.Faults(paper_out_after_lines=4)) as e:
        result = _print(e, samples.ticket())
        assert not result.ok and result.failure is PrintFailure.PAPER_OUT
        assert "during the job" in result.detail
        assert e.dropped  # the rest of the ticket never made it to paper


def test_paper_out_while_the_job_waits_in_the_printers_buffer() -> None:
    # A real printer answers status at once, while the job still waits in its
    # buffer: the status right after the last byte said "paper ok" before the
    # paper ran out, and the ticket counted as printed without its number.
    faults = emu.Faults(paper_out_after_lines=3, line_print_s=0.05)
    with emu.EscposEmulator(faults=faults) as e:
        result = _print(e, samples.ticket())
        assert not result.ok and result.failure is PrintFailure.PAPER_OUT, result
        assert "during the job" in result.detail
        assert samples.CODE not in decode(e.print_data).texts


def test_a_slow_printer_is_waited_for_until_it_has_printed() -> None:
    with emu.EscposEmulator(faults=emu.Faults(line_print_s=0.02)) as e:
        result = _print(e, samples.ticket())
        assert result.ok, result
        # Reported only once the whole ticket was on paper, its cut included.
        paper = decode(e.print_data)
        assert samples.CODE in paper.texts and paper.cuts


def test_connection_dropped_mid_job() -> None:
    with emu.EscposEmulator(faults=emu.Faults(close_after_bytes=100)) as e:
        result = _print(e, samples.ticket())
        assert not result.ok and result.failure is PrintFailure.CONNECTION_LOST, result


def test_reconnects_for_the_next_job() -> None:
    with emu.EscposEmulator(faults=emu.Faults(close_after_bytes=100)) as e:
        p = _printer(e)
        p.open()
        try:
            assert p.print_document(samples.ticket()).failure is PrintFailure.CONNECTION_LOST
            e.faults.close_after_bytes = None
            assert p.print_document(samples.ticket()).ok
            assert e.connections == 2
        finally:
            p.close()


@pytest.mark.parametrize("how", ["close", "abort"], ids=["idle-close", "power-cycle"])
def test_a_connection_the_printer_dropped_between_jobs_is_replaced(how: str) -> None:
    # The kiosk keeps its connection between jobs. A printer that drops idle
    # connections (FIN) or was power-cycled (RST) must not cost the next job.
    with emu.EscposEmulator() as e:
        p = _printer(e)
        p.open()
        try:
            assert p.print_document(samples.ticket()).ok
            assert e._loop is not None
            for conn in e._conns:
                e._loop.call_soon_threadsafe(getattr(conn.transport, how))
            time.sleep(0.2)
            result = p.print_document(samples.certificate())
            assert result.ok, result
            assert e.connections == 2
            texts = decode(e.print_data).texts
            assert samples.CODE in texts and "주민등록표 초본" in texts
        finally:
            p.close()


@pytest.mark.parametrize(
    "faults",
    [
        emu.Faults(answer_status=False),
        emu.Faults(status_delay_s=IO_TIMEOUT * 3),
        emu.Faults(garbage=b"\xff"),
        emu.Faults(garbage=b"\x00"),
    ],
    ids=["no-answer", "slow-answer", "garbage-ff", "garbage-00"],
)
def test_unknown_status_is_refused_by_default(faults: emu.Faults) -> None:
    # Issue 19 item 2: silence or garbage used to print (and a paid order got
    # captured) while the printer dropped the bytes.
    with emu.EscposEmulator(faults=faults) as e:
        result = _print(e, samples.ticket())
        assert not result.ok and result.failure is PrintFailure.STATUS_UNKNOWN, result
        assert e.print_data == b""
        st = _printer(e).status()
        assert not st.known and st.paper is PaperState.UNKNOWN


def test_a_silent_printer_that_dropped_the_job_is_not_printed() -> None:
    # The paper ran out after two lines, and the printer says nothing about it.
    faults = emu.Faults(answer_status=False, paper_out_after_lines=2)
    with emu.EscposEmulator(faults=faults) as e:
        result = _print(e, samples.ticket(), reports_status=True)
        assert not result.ok and result.failure is PrintFailure.STATUS_UNKNOWN


def test_status_unknown_after_the_job_fails_it() -> None:
    # Fine before the job (three answers), silent after it.
    with emu.EscposEmulator(faults=emu.Faults(answer_first_requests=3)) as e:
        result = _print(e, samples.ticket())
        assert not result.ok and result.failure is PrintFailure.STATUS_UNKNOWN, result
        assert "after the job" in result.detail
        assert samples.CODE in decode(e.print_data).texts  # sent, but never confirmed


def test_a_printer_without_status_prints_unchecked() -> None:
    with emu.EscposEmulator(faults=emu.Faults(answer_status=False)) as e:
        result = _print(e, samples.ticket(), reports_status=False)
        assert result.ok and result.unchecked
        printed = e.wait_for_print(samples.CODE.encode())
        assert samples.CODE in decode(printed).texts


def test_late_answers_are_not_mistaken_for_fresh_ones() -> None:
    with emu.EscposEmulator(emu.PAPER_OUT, faults=emu.Faults(status_delay_s=IO_TIMEOUT * 1.5)) as e:
        p = _printer(e)
        p.open()
        try:
            first = p.status()  # times out; the answers arrive later
            assert not first.known
            e.faults.status_delay_s = 0
            e.set_status(emu.ONLINE)
            time.sleep(IO_TIMEOUT * 4)  # late paper-out answers are now waiting in the socket
            second = p.status()
            assert second.paper is PaperState.OK and second.online is True
            assert "stale" in second.detail
        finally:
            p.close()


def _big_picture() -> Document:
    # Loopback buffers absorb about 2 MB, so send more: a 576 x 48000-dot picture (3.4 MB).
    buf = io.BytesIO()
    PILImage.new("L", (576, 48000), 255).save(buf, format="PNG")
    return Document("t", (Image(buf.getvalue(), width_mm=72), Cut()))


def test_stalled_printer_times_out() -> None:
    big = _big_picture()
    with emu.EscposEmulator(faults=emu.Faults(stall_after_bytes=1)) as e:
        t0 = time.monotonic()
        result = _print(e, big, job_timeout_s=1.0)
        assert not result.ok and result.failure is PrintFailure.TIMEOUT, result
        assert time.monotonic() - t0 < 3


def _resume_reading(e: emu.EscposEmulator) -> None:
    """The stalled printer reads again (jam cleared, busy spell over)."""
    e.faults.stall_after_bytes = None
    assert e._loop is not None
    for conn in e._conns:
        e._loop.call_soon_threadsafe(conn.transport.resume_reading)


RASTER = {"korean_mode": "raster", "qr_mode": "image"}


@pytest.mark.parametrize(
    ("make_doc", "job_timeout_s", "failure"),
    [
        # Small enough for the socket buffers: sent, then no status answer.
        (samples.ticket, 2.0, PrintFailure.STATUS_UNKNOWN),
        # Too big for them: the deadline passes while sending.
        (_big_picture, 1.0, PrintFailure.TIMEOUT),
    ],
    ids=["status-unknown", "timeout"],
)
def test_a_failed_job_never_prints_later(
    make_doc: Callable[[], Document], job_timeout_s: float, failure: PrintFailure
) -> None:
    # The printer answers the status check, then stops reading: the job waits
    # in the kiosk's send buffer and fails. When the printer reads again, that
    # job must not come out, the resident was told it failed and has gone.
    with emu.EscposEmulator(faults=emu.Faults(stall_after_bytes=9)) as e:
        p = _printer(e, job_timeout_s=job_timeout_s, **RASTER)
        p.open()
        try:
            doc = make_doc()
            result = p.print_document(doc)
            assert not result.ok and result.failure is failure, result
            job = len(escpos.encode(doc, p.profile))
            _resume_reading(e)
            time.sleep(1.0)
            # Only what the printer itself had buffered before it stalled (its
            # receive window, a few KB) can still arrive: never the job's end.
            paper = decode(e.print_data)
            assert paper.cuts == [], paper.cuts
            assert len(e.received) < job // 4
            # The next job goes on a new connection and prints.
            assert p.print_document(samples.ticket()).ok
            assert e.connections == 2
        finally:
            p.close()


def test_nothing_listening_is_not_connected() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    p = NetworkPrinter(
        NetworkPrinterOptions(host="127.0.0.1", port=port, timeout_s=IO_TIMEOUT), PrinterProfile()
    )
    p.open()  # must not raise
    result = p.print_document(samples.ticket())
    assert not result.ok and result.failure is PrintFailure.NOT_CONNECTED
    assert not p.status().known
    p.close()


def test_print_document_never_raises_on_bad_input(printer_emulator: emu.EscposEmulator) -> None:
    result = _print(printer_emulator, Document("t", (Image(b"not a png", 20),)))
    assert not result.ok and result.failure is PrintFailure.ERROR
    assert "encoding failed" in result.detail
