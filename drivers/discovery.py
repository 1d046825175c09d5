"""Device discovery for technicians: what is attached to this kiosk, and can it be used.

Lists USB devices (pyusb), serial ports (pyserial), CUPS queues (pycups or
``lpstat``), PC/SC readers and espeak-ng voices, and probes a network
printer by host and port. Every section either lists what it found or says
why it could not look (``unavailable``: "pyusb has no backend (install
libusb)", "CUPS is not installed"), so the technician screen and ``kiosk
devices list`` never show a traceback. Qt speech engines are listed by
``ui/`` (they need Qt).

Everything here blocks (USB enumeration, subprocesses, sockets): call it on
a worker thread, never on the UI thread. Each function takes its system
dependency as an optional argument so tests can run without hardware.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Generic, TypeVar

from kiosk.ports.card import CardError, ReaderInfo

T = TypeVar("T")

#: USB interface class of printers.
USB_CLASS_PRINTER = 7

Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=10, check=False)


@dataclass(frozen=True)
class Section(Generic[T]):
    """What one kind of discovery found, or why it could not look."""

    items: list[T] = field(default_factory=list)
    unavailable: str | None = None


@dataclass(frozen=True)
class UsbDevice:
    vendor_id: int
    product_id: int
    manufacturer: str
    product: str
    is_printer: bool
    bus: int | None = None
    address: int | None = None

    @property
    def ids(self) -> str:
        return f"{self.vendor_id:04x}:{self.product_id:04x}"


@dataclass(frozen=True)
class SerialPort:
    device: str
    description: str
    hwid: str


@dataclass(frozen=True)
class CupsQueue:
    name: str
    state: str


@dataclass(frozen=True)
class Voice:
    engine: str
    name: str
    language: str
    gender: str = ""


@dataclass(frozen=True)
class Discovery:
    usb: Section[UsbDevice]
    serial: Section[SerialPort]
    cups: Section[CupsQueue]
    card_readers: Section[ReaderInfo]
    voices: Section[Voice]
    #: The CUPS server ``cups`` lists (as the cups backend's ``server``); None: this computer's.
    cups_server: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for item in out["usb"]["items"]:
            item["vendor_id"] = f"0x{item['vendor_id']:04x}"
            item["product_id"] = f"0x{item['product_id']:04x}"
        return out


# --- USB -------------------------------------------------------------------------


def _usb_string(dev: Any, index: Any) -> str:
    if not index:
        return ""
    try:
        import usb.util

        return str(usb.util.get_string(dev, index) or "")
    except Exception:
        # Reading strings needs write access to the device (udev rule); ids still help.
        return ""


def _usb_is_printer(dev: Any) -> bool:
    if getattr(dev, "bDeviceClass", 0) == USB_CLASS_PRINTER:
        return True
    try:
        for cfg in dev:
            for intf in cfg:
                if getattr(intf, "bInterfaceClass", 0) == USB_CLASS_PRINTER:
                    return True
    except Exception:
        return False
    return False


def discover_usb(find: Callable[[], Iterable[Any]] | None = None) -> Section[UsbDevice]:
    """USB devices, printers first (pyusb; needs libusb as its backend)."""
    if find is None:
        try:
            import usb.core
        except ImportError:
            return Section(unavailable="pyusb is not installed (pip install pyusb)")

        def find() -> Iterable[Any]:
            return usb.core.find(find_all=True) or []

    try:
        devices = list(find())
    except Exception as exc:
        if type(exc).__name__ == "NoBackendError":
            return Section(unavailable="pyusb has no backend available (install libusb-1.0)")
        return Section(unavailable=f"cannot list USB devices: {type(exc).__name__}: {exc}")
    found = [
        UsbDevice(
            vendor_id=int(dev.idVendor),
            product_id=int(dev.idProduct),
            manufacturer=_usb_string(dev, getattr(dev, "iManufacturer", 0)),
            product=_usb_string(dev, getattr(dev, "iProduct", 0)),
            is_printer=_usb_is_printer(dev),
            bus=getattr(dev, "bus", None),
            address=getattr(dev, "address", None),
        )
        for dev in devices
    ]
    found.sort(key=lambda d: (not d.is_printer, d.vendor_id, d.product_id))
    return Section(found)


# --- serial ----------------------------------------------------------------------


def discover_serial(comports: Callable[[], Iterable[Any]] | None = None) -> Section[SerialPort]:
    if comports is None:
        try:
            from serial.tools import list_ports
        except ImportError:
            return Section(unavailable="pyserial is not installed (pip install pyserial)")
        comports = list_ports.comports
    try:
        ports = [
            SerialPort(str(p.device), str(p.description or ""), str(p.hwid or ""))
            for p in comports()
        ]
    except Exception as exc:
        return Section(unavailable=f"cannot list serial ports: {type(exc).__name__}")
    return Section(sorted(ports, key=lambda p: p.device))


# --- CUPS ------------------------------------------------------------------------


def parse_lpstat(output: str) -> list[CupsQueue]:
    """Parse ``lpstat -p`` lines: ``printer NAME is idle.  enabled since ...``."""
    queues = []
    for line in output.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "printer":
            state = " ".join(parts[2:]).split(".")[0].removeprefix("is ").strip()
            queues.append(CupsQueue(parts[1], state))
    return queues


def discover_cups(
    run: Runner = _run,
    which: Callable[[str], str | None] = shutil.which,
    *,
    server: str | None = None,
) -> Section[CupsQueue]:
    """CUPS queues through pycups if installed, else ``lpstat -p``.

    ``server``: as the cups backend's ``server`` option; None asks this computer's CUPS.
    """
    try:
        import cups

        from drivers.printer.cups import cups_server_address

        address = cups_server_address(server)
        try:
            ipp = (
                cups.Connection(host=address[0], port=address[1]) if address else cups.Connection()
            )
            printers = ipp.getPrinters()
        except Exception as exc:
            return Section(unavailable=f"CUPS server not reachable: {exc}")
        states = {3: "idle", 4: "printing", 5: "stopped"}
        return Section(
            [
                CupsQueue(name, states.get(int(info.get("printer-state", 0)), "unknown"))
                for name, info in sorted(printers.items())
            ]
        )
    except ImportError:
        pass
    if which("lpstat") is None:
        return Section(unavailable="CUPS is not installed (neither pycups nor lpstat found)")
    try:
        result = run(["lpstat", *(["-h", server] if server else []), "-p"])
    except (OSError, subprocess.SubprocessError) as exc:
        return Section(unavailable=f"lpstat failed: {type(exc).__name__}")
    if result.returncode != 0 and not result.stdout:
        reason = (result.stderr or "").strip().splitlines()
        return Section(unavailable=f"lpstat: {reason[0] if reason else 'failed'}")
    return Section(parse_lpstat(result.stdout))


# --- PC/SC -----------------------------------------------------------------------


def discover_card_readers(
    list_readers: Callable[[], Iterable[tuple[str, bool]]] | None = None,
) -> Section[ReaderInfo]:
    """PC/SC readers and whether a card is in each (via the PC/SC backend)."""
    if list_readers is None:
        from drivers.card import pcsc
        from kiosk.config import PcscCardOptions

        reason = pcsc.unavailable_reason()
        if reason is not None:
            return Section(unavailable=reason)

        def list_readers() -> Iterable[tuple[str, bool]]:
            reader = pcsc.PcscCardReader(PcscCardOptions())
            try:
                return [(r.name, r.card_present) for r in reader.list_readers()]
            except CardError as exc:
                raise RuntimeError(exc.detail or type(exc).__name__) from None
            finally:
                reader.close()

    try:
        return Section([ReaderInfo(name, present) for name, present in list_readers()])
    except Exception as exc:
        return Section(unavailable=str(exc) or type(exc).__name__)


# --- speech ----------------------------------------------------------------------


def parse_espeak_voices(output: str) -> list[Voice]:
    """Parse ``espeak-ng --voices``: ``Pty Language Age/Gender VoiceName File Other``."""
    voices = []
    for line in output.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 4:
            continue
        gender = parts[2].split("/")[-1] if "/" in parts[2] else ""
        voices.append(Voice("espeak-ng", parts[3], parts[1], gender))
    return voices


def korean_first(voices: Iterable[Voice]) -> list[Voice]:
    """Korean voices first, then the kiosk's other languages, then the rest, by name."""
    order = {"ko": 0, "en": 1, "zh": 2, "cmn": 2, "vi": 3}

    def key(v: Voice) -> tuple[int, str, str]:
        base = v.language.replace("_", "-").split("-")[0].lower()
        return (order.get(base, 9), v.language, v.name)

    return sorted(voices, key=key)


def discover_espeak_voices(
    run: Runner = _run, which: Callable[[str], str | None] = shutil.which
) -> Section[Voice]:
    if which("espeak-ng") is None:
        return Section(unavailable="espeak-ng is not installed (apt install espeak-ng)")
    try:
        result = run(["espeak-ng", "--voices"])
    except (OSError, subprocess.SubprocessError) as exc:
        return Section(unavailable=f"espeak-ng failed: {type(exc).__name__}")
    if result.returncode != 0:
        return Section(unavailable=f"espeak-ng --voices exited with {result.returncode}")
    return Section(korean_first(parse_espeak_voices(result.stdout)))


# --- network printer ---------------------------------------------------------------

#: DLE EOT 1: real-time printer status; any ESC/POS printer answers with one byte.
_STATUS_QUERY = b"\x10\x04\x01"


@dataclass(frozen=True)
class ProbeResult:
    reachable: bool
    answered: bool
    detail: str
    elapsed_ms: int


def probe_network_printer(host: str, port: int = 9100, timeout_s: float = 3.0) -> ProbeResult:
    """Connect to ``host:port`` and ask for the printer status (nothing is printed)."""
    start = time.monotonic()

    def elapsed() -> int:
        return int((time.monotonic() - start) * 1000)

    try:
        sock = socket.create_connection((host, port), timeout=timeout_s)
    except socket.gaierror:
        return ProbeResult(False, False, f"unknown host {host!r}", elapsed())
    except TimeoutError:
        return ProbeResult(False, False, f"no answer from {host}:{port} (timeout)", elapsed())
    except OSError as exc:
        return ProbeResult(
            False, False, f"cannot connect to {host}:{port}: {exc.strerror or exc}", elapsed()
        )
    with contextlib.closing(sock):
        try:
            sock.sendall(_STATUS_QUERY)
            answer = sock.recv(16)
        except TimeoutError:
            return ProbeResult(True, False, "connected, but the printer sent no status", elapsed())
        except OSError as exc:
            return ProbeResult(True, False, f"connected, then {exc.strerror or exc}", elapsed())
    if not answer:
        return ProbeResult(
            True, False, "connected, but the printer closed the connection", elapsed()
        )
    return ProbeResult(True, True, f"connected; status byte 0x{answer[0]:02X}", elapsed())


# --- everything --------------------------------------------------------------------


def discover_all(cups_server: str | None = None) -> Discovery:
    """Every Qt-free discovery (blocks for up to a few seconds: worker thread only).

    ``cups_server``: the print server whose queues to list (``devices.printer.cups.server``:
    host, host:port or socket path); None asks this computer's CUPS.
    """
    return Discovery(
        usb=discover_usb(),
        serial=discover_serial(),
        cups=discover_cups(server=cups_server),
        card_readers=discover_card_readers(),
        voices=discover_espeak_voices(),
        cups_server=cups_server or None,
    )
