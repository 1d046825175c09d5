"""Backend registry, config errors, and the file / serial / usb backends."""

from __future__ import annotations

import gc
import os
import select
import sys
import termios
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import pytest

from drivers.printer import create_printer, printer_registry
from drivers.printer.file import FilePrinter
from drivers.printer.serial import SerialPrinter
from drivers.printer.usb import UsbPrinter
from drivers.registry import BackendUnavailableError
from kiosk.config import (
    ConfigError,
    FilePrinterOptions,
    PrinterBackend,
    PrinterConfig,
    PrinterProfile,
    SerialPrinterOptions,
    UsbPrinterOptions,
    default_config,
    parse_config,
)
from kiosk.ports.printer import PaperState, Printer, PrintFailure
from tests.support import escpos_samples as samples
from tests.support.escpos_decoder import decode
from tests.support.escpos_emulator import PRINTED_REQUEST, _command_length


def test_every_configurable_backend_is_registered() -> None:
    assert printer_registry().names() == sorted(get_args(PrinterBackend))


def test_availability_is_reported_not_raised() -> None:
    registry = printer_registry()
    for name in registry.names():
        reason = registry.info(name).unavailable_reason()
        assert reason is None or isinstance(reason, str)
    assert registry.info("network").unavailable_reason() is None
    assert registry.info("usb").unavailable_reason() is None  # pyusb is a dependency
    win = registry.info("win32raw").unavailable_reason()
    assert win is not None and "Windows" in win


def test_missing_optional_library_makes_backend_unusable() -> None:
    cfg = PrinterConfig.model_validate({"backend": "cups", "cups": {"queue": "receipt"}})
    reason = printer_registry().info("cups").unavailable_reason()
    try:
        import cups  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        assert reason is not None and "pycups" in reason
        with pytest.raises(BackendUnavailableError, match="pycups"):
            create_printer(cfg)


def test_create_from_config() -> None:
    cfg = PrinterConfig.model_validate(
        {"backend": "network", "network": {"host": "10.0.0.5"}, "job_timeout_s": 12}
    )
    printer = create_printer(cfg)
    assert isinstance(printer, Printer)
    assert printer.name == "network 10.0.0.5:9100"
    mock = create_printer(default_config().devices.printer)
    assert mock.name == "mock"


def _config_with_printer(printer: dict[str, object]) -> dict[str, object]:
    return {
        "services": [{"id": "cert", "names": {"ko": "증명서"}, "prefix": "A"}],
        "devices": {"printer": printer},
    }


@pytest.mark.parametrize(
    ("printer", "path"),
    [
        ({"backend": "bluetooth"}, "devices.printer.backend"),
        ({"backend": "network"}, "devices.printer.network"),
        ({"backend": "network", "network": {}}, "devices.printer.network.host"),
        ({"backend": "usb", "usb": {"vendor_id": 0x0416}}, "devices.printer.usb.product_id"),
        ({"profile": {"paper_width_mm": 76}}, "devices.printer.profile.paper_width_mm"),
        ({"profile": {"korean_mode": "utf8"}}, "devices.printer.profile.korean_mode"),
        ({"job_timeout_s": 0}, "devices.printer.job_timeout_s"),
    ],
)
def test_printer_config_errors_name_their_key_path(printer: dict[str, object], path: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(_config_with_printer(printer), "kiosk.toml")
    assert path in [p.path for p in info.value.problems], info.value.problems


def test_every_printer_field_has_title_and_description() -> None:
    from kiosk import config

    models = [
        config.PrinterProfile,
        config.PrinterConfig,
        config.MockPrinterOptions,
        config.UsbPrinterOptions,
        config.SerialPrinterOptions,
        config.NetworkPrinterOptions,
        config.FilePrinterOptions,
        config.CupsPrinterOptions,
        config.Win32RawPrinterOptions,
    ]
    for model in models:
        for name, field in model.model_fields.items():
            assert field.title and field.description, f"{model.__name__}.{name}"


def test_file_backend_writes_the_job(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    p = FilePrinter(FilePrinterOptions(device=str(target)), PrinterProfile())
    p.open()
    result = p.print_document(samples.ticket())
    p.close()
    assert result.ok
    paper = decode(target.read_bytes())
    assert samples.SERVICE in paper.texts and samples.CODE in paper.texts
    assert p.status().paper is PaperState.UNKNOWN  # a file cannot answer


def test_file_backend_missing_directory_is_not_connected(tmp_path: Path) -> None:
    p = FilePrinter(FilePrinterOptions(device=str(tmp_path / "no" / "lp0")), PrinterProfile())
    p.open()
    result = p.print_document(samples.ticket())
    assert result.failure is PrintFailure.NOT_CONNECTED
    p.close()


class _PtyPrinter:
    """The far end of a pseudo-terminal, answering DLE EOT and GS r 1 like a printer."""

    def __init__(self, status: bytes = b"\x16\x12\x12") -> None:
        #: Stop reading once this many job bytes came (a jam, a busy spell).
        self.stall_after: int | None = None
        #: Every byte read off the line, commands complete or not.
        self.received = 0
        self.master, slave = os.openpty()
        self.device = os.ttyname(slave)
        self._slave = slave
        self.status = dict(zip((1, 2, 4), status, strict=True))
        self.data = bytearray()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> _PtyPrinter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(2)
        os.close(self.master)
        os.close(self._slave)

    def _run(self) -> None:
        buf = bytearray()
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready or (self.stall_after is not None and len(self.data) >= self.stall_after):
                continue
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                return
            self.received += len(chunk)
            buf += chunk
            while buf:
                size, _ = _command_length(buf)
                if size == 0:
                    break
                chunk = bytes(buf[:size])
                del buf[:size]
                if chunk[:2] == b"\x10\x04":
                    os.write(self.master, bytes([self.status[chunk[2]]]))
                elif chunk == PRINTED_REQUEST:
                    os.write(self.master, b"\x00")  # printed (it prints at once)
                else:
                    self.data += chunk


@pytest.fixture
def pty_printer() -> Iterator[_PtyPrinter]:
    with _PtyPrinter() as p:
        yield p


def test_serial_backend_over_a_pty(pty_printer: _PtyPrinter) -> None:
    p = SerialPrinter(
        SerialPrinterOptions(device=pty_printer.device, baudrate=115200, timeout_s=0.5),
        PrinterProfile(),
    )
    p.open()
    try:
        st = p.status()
        assert st.online is True and st.paper is PaperState.OK
        assert p.print_document(samples.ticket()).ok
    finally:
        p.close()
    paper = decode(bytes(pty_printer.data))
    assert samples.CODE in paper.texts and samples.SERVICE in paper.texts


def test_serial_printer_replugged_under_its_by_id_name_prints_the_next_job(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # serial.device is a /dev/serial/by-id/ link (docs/hardware.md): after a
    # replug udev points it at a new tty. The kept port is dead; the next job
    # must reopen the name, not fail on the old port, and the dead port must
    # be closed by the backend, not fail later in a destructor.
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    link = tmp_path / "usb-FTDI_FT232R_USB_UART_A10K1234-if00-port0"
    with _PtyPrinter() as before:
        link.symlink_to(before.device)
        p = SerialPrinter(SerialPrinterOptions(device=str(link), timeout_s=0.5), PrinterProfile())
        p.open()
        assert p.print_document(samples.ticket()).ok
    try:
        with _PtyPrinter() as after:
            link.unlink()
            link.symlink_to(after.device)
            result = p.print_document(samples.ticket())
            assert result.ok, result
            assert samples.CODE in decode(bytes(after.data)).texts
    finally:
        p.close()
    gc.collect()
    assert unraisable == []


def test_serial_paper_out_is_refused(pty_printer: _PtyPrinter) -> None:
    pty_printer.status = {1: 0x1E, 2: 0x32, 4: 0x72}
    p = SerialPrinter(
        SerialPrinterOptions(device=pty_printer.device, timeout_s=0.5), PrinterProfile()
    )
    p.open()
    assert p.print_document(samples.ticket()).failure is PrintFailure.PAPER_OUT
    p.close()


def test_a_failed_serial_job_leaves_nothing_to_print_later(pty_printer: _PtyPrinter) -> None:
    # The printer takes the job's start and stops reading: the write times
    # out and the job fails. When it reads again, the rest of the job must
    # not come out: the resident was told it failed and has gone.
    pty_printer.stall_after = 1
    p = SerialPrinter(
        SerialPrinterOptions(device=pty_printer.device, timeout_s=0.5),
        PrinterProfile(korean_mode="raster", qr_mode="image"),
        job_timeout_s=1.0,
    )
    p.open()
    try:
        result = p.print_document(samples.certificate())
        assert not result.ok and result.failure is PrintFailure.TIMEOUT, result
        before = pty_printer.received
        pty_printer.stall_after = None
        time.sleep(0.5)
        # Only what had already crossed the line can arrive (a pseudo-terminal
        # holds 4 KB on the far side, as a printer holds its receive buffer).
        assert pty_printer.received - before <= 4096
        assert decode(bytes(pty_printer.data)).cuts == []
    finally:
        p.close()


def test_a_serial_adapter_unplugged_mid_job_is_closed_for_the_next_one(
    pty_printer: _PtyPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Unplugged, the adapter answers the flush with EIO (termios.error, not an
    # OSError); the port must still be closed, or the kernel keeps the tty busy
    # and the adapter comes back under another name.
    p = SerialPrinter(
        SerialPrinterOptions(device=pty_printer.device, timeout_s=0.5), PrinterProfile()
    )
    p.open()
    assert p.print_document(samples.ticket()).ok
    port = p._conn.device

    def unplugged() -> None:
        raise termios.error(5, "Input/output error")

    monkeypatch.setattr(port, "reset_output_buffer", unplugged)
    p._connected = True
    p._abandon_job()
    assert p._conn is None and not port.is_open
    p.close()


def test_serial_missing_device_is_not_connected(tmp_path: Path) -> None:
    p = SerialPrinter(SerialPrinterOptions(device=str(tmp_path / "ttyUSB9")), PrinterProfile())
    p.open()
    assert p.print_document(samples.ticket()).failure is PrintFailure.NOT_CONNECTED
    p.close()


def test_usb_without_the_device_is_not_connected() -> None:
    p = UsbPrinter(UsbPrinterOptions(vendor_id=0x0416, product_id=0x5011), PrinterProfile())
    p.open()
    result = p.print_document(samples.ticket())
    assert not result.ok and result.failure is PrintFailure.NOT_CONNECTED, result
    assert not p.status().known
    p.close()


def test_mock_printer_previews_its_jobs() -> None:
    import io

    from PIL import Image

    from drivers.printer.mock import MockPrinter
    from kiosk.config import MockPrinterOptions

    mock = MockPrinter(MockPrinterOptions(), PrinterProfile(paper_width_mm=58))
    assert mock.print_document(samples.ticket()).ok
    with Image.open(io.BytesIO(mock.preview_png())) as img:
        assert img.width == 384
