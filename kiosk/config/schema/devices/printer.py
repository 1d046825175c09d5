"""``[devices.printer]``: the receipt printer, its paper and the options of each backend.

The backend's options are a sub-table named after it (``[devices.printer.usb]``),
required when that backend is chosen.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from kiosk.config.schema.common import ConfigModel, require_options


class PrinterProfile(ConfigModel):
    paper_width_mm: Literal[58, 80] = Field(default=80, title="Paper width (mm)")
    """58 mm = 384 dots, 80 mm = 576 dots."""

    korean_mode: Literal["native", "raster"] = Field(default="native", title="Korean text mode")
    """native: the printer's KS X 1001 (CP949) font; raster: text sent as an image."""

    qr_mode: Literal["native", "image"] = Field(default="native", title="QR code mode")
    """native: the printer draws the QR (GS ( k); image: sent as a raster image."""

    cut: Literal["full", "partial", "none"] = Field(default="partial", title="Paper cut")
    """Cut after each job."""

    density: int | None = Field(default=None, ge=0, le=8, title="Print density")
    """Where supported (0-8)."""

    reports_status: bool = Field(default=True, title="Printer reports its status")
    """On: every job needs a full status answer (DLE EOT) before and after it, and the printer's
    answer to GS r 1 once it has printed it, or it fails. Off: the printer or its connection cannot
    answer; tickets print unchecked (residents are asked to check the slot) and paid documents
    are refused."""

    refuse_on_unknown_status: bool = Field(
        default=True, title="Refuse on unknown status (no longer used)"
    )
    """Kept so older files load: an unknown status is always a failed job now. For a printer that
    cannot answer, turn off reports_status instead."""


class MockPrinterOptions(ConfigModel):
    fail: Literal["none", "offline", "paper_out", "cover_open"] = Field(
        default="none", title="Simulated fault"
    )
    """Make the mock printer fail (for tests)."""

    delay_ms: int = Field(default=0, ge=0, le=60000, title="Delay (ms)")
    """Simulated printing time."""


class UsbPrinterOptions(ConfigModel):
    vendor_id: int = Field(ge=0, le=0xFFFF, title="Vendor id")
    """USB vendor id."""

    product_id: int = Field(ge=0, le=0xFFFF, title="Product id")
    """USB product id."""

    in_ep: int = Field(default=0x82, ge=0, le=0xFF, title="IN endpoint")
    """Bulk IN."""

    out_ep: int = Field(default=0x01, ge=0, le=0xFF, title="OUT endpoint")
    """Bulk OUT."""

    timeout_ms: int = Field(default=2000, ge=100, le=60000, title="Timeout (ms)")
    """USB transfer timeout."""


class SerialPrinterOptions(ConfigModel):
    device: str = Field(min_length=1, title="Device")
    """Serial device path that survives a replug, e.g.
    /dev/serial/by-id/usb-FTDI_FT232R_USB_UART_A1B2C3-if00-port0 (not /dev/ttyUSB0, whose number
    can change), or COM3."""

    baudrate: int = Field(default=115200, ge=1200, le=921600, title="Baud rate")
    """Serial speed."""

    timeout_s: float = Field(default=2.0, gt=0, le=60, title="Timeout (s)")
    """Read/write timeout."""


class NetworkPrinterOptions(ConfigModel):
    host: str = Field(min_length=1, title="Host")
    """Printer IP address or host name."""

    port: int = Field(default=9100, ge=1, le=65535, title="Port")
    """Raw TCP port."""

    timeout_s: float = Field(default=3.0, gt=0, le=60, title="Timeout (s)")
    """Connect and read timeout."""


class FilePrinterOptions(ConfigModel):
    device: str = Field(min_length=1, title="Device file")
    """Printer device file, e.g. /dev/usb/lp0."""


class CupsPrinterOptions(ConfigModel):
    queue: str = Field(min_length=1, title="CUPS queue")
    """Name of the CUPS printer queue."""

    server: str | None = Field(default=None, min_length=1, title="CUPS server")
    """Print server as host, host:port or the path of its socket; empty: this computer's CUPS (as
    set by CUPS_SERVER or client.conf)."""


class Win32RawPrinterOptions(ConfigModel):
    queue: str = Field(min_length=1, title="Windows queue")
    """Windows printer name."""


PrinterBackend = Literal["mock", "usb", "serial", "network", "file", "cups", "win32raw"]


class PrinterConfig(ConfigModel):
    backend: PrinterBackend = Field(default="mock", title="Printer backend")
    """How the kiosk talks to its printer."""

    job_timeout_s: float = Field(default=30.0, gt=0, le=300, title="Job time limit (s)")
    """A print job that takes longer (printer stalled) fails with a timeout."""

    profile: PrinterProfile = Field(default_factory=PrinterProfile, title="Profile")
    """Paper and capabilities."""

    mock: MockPrinterOptions = Field(default_factory=MockPrinterOptions, title="Mock printer")
    """Options for tests."""

    usb: UsbPrinterOptions | None = Field(default=None, title="USB")
    """USB options."""

    serial: SerialPrinterOptions | None = Field(default=None, title="Serial")
    """Serial options."""

    network: NetworkPrinterOptions | None = Field(default=None, title="Network")
    """Network options."""

    file: FilePrinterOptions | None = Field(default=None, title="File")
    """File options."""

    cups: CupsPrinterOptions | None = Field(default=None, title="CUPS")
    """CUPS options."""

    win32raw: Win32RawPrinterOptions | None = Field(default=None, title="Windows")
    """Windows options."""

    @property
    def confirms_printing(self) -> bool:
        """Whether a printed job is confirmed by the printer's status (paid documents need it).

        The file, CUPS and Windows connections carry no status answers back.
        """
        return self.profile.reports_status and self.backend not in ("file", "cups", "win32raw")

    @model_validator(mode="after")
    def _options_present(self) -> PrinterConfig:
        require_options(
            self, self.backend, ("usb", "serial", "network", "file", "cups", "win32raw")
        )
        return self
