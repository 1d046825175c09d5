"""The kiosk's one typed configuration schema, its loader and its error messages.

Every setting the kiosk has lives here: type, default, bounds, and a
translatable title and description per field (the technician screens are
generated from these). Config files are TOML; the embedded default
(``kiosk/data/demo.toml``) describes a demo center. Every problem is
reported as a ``ConfigProblem`` naming its key path, e.g.
``services[2].prefix: must be one uppercase letter A-Z, got "aa"``; the
message also travels as translatable ``Text`` (context ``config``), which
technician mode shows in the kiosk's language while the command line keeps
the English line.
"""

from __future__ import annotations

import ipaddress
import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

# Re-exported: callers import the error type from here, with the schema.
from kiosk.config.errors import ConfigError as ConfigError
from kiosk.config.errors import ConfigProblem as ConfigProblem
from kiosk.config.errors import ConfigValueError as ConfigValueError
from kiosk.config.paths import read_config_file
from kiosk.i18n import N_, Text, identity_translate
from kiosk.units import whole_px

SCHEMA_VERSION = 1

Language = Literal["ko", "en", "zh", "vi"]
Theme = Literal["standard", "high_contrast"]

_PREFIX_RE = re.compile(r"^[A-Z]$")
_ID_RE = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


def _id_text(value: str) -> Text:
    return N_(
        "config",
        'must start with a lowercase letter and use only a-z, 0-9, - or _ (max 32), got "{value}"',
        value=value,
    )


def _used_text(value: str, other: str) -> Text:
    # ``other`` is a key path (services[0]): shown as written, never translated.
    return N_("config", '"{value}" is already used by {other}', value=value, other=other)


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, frozen=False, defer_build=True
    )


class LocalizedName(_Model):
    """A name in each supported language; Korean is required, others fall back to it."""

    ko: str = Field(min_length=1, title="Korean", description="Name shown in Korean.")
    en: str | None = Field(default=None, title="English", description="Name shown in English.")
    zh: str | None = Field(
        default=None, title="Chinese", description="Name shown in Simplified Chinese."
    )
    vi: str | None = Field(
        default=None, title="Vietnamese", description="Name shown in Vietnamese."
    )

    def get(self, language: str) -> str:
        value = getattr(self, language, None) if language in ("ko", "en", "zh", "vi") else None
        return value if isinstance(value, str) and value else self.ko


class CenterConfig(_Model):
    name: LocalizedName = Field(
        default_factory=lambda: LocalizedName(
            ko="행복동 행정복지센터", en="Haengbok-dong Community Center"
        ),
        title="Center name",
        description="Shown on the home screen and printed on every ticket and document.",
    )
    code: str = Field(
        default="demo-0001",
        min_length=1,
        max_length=32,
        title="Center code",
        description="Identifies this center in issuance numbers and audit records.",
    )
    kiosk_id: str = Field(
        default="kiosk-1",
        min_length=1,
        max_length=32,
        title="Kiosk id",
        description="Identifies this kiosk among the center's kiosks.",
    )
    timezone: str = Field(
        default="Asia/Seoul",
        title="Time zone",
        description="Business days (and daily queue numbering) start at midnight in this zone.",
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigValueError(
                N_(
                    "config",
                    'unknown time zone, got "{value}" (for example "Asia/Seoul")',
                    value=value,
                )
            ) from None
        return value


class ScreenConfig(_Model):
    width_px: int = Field(
        default=1080,
        ge=320,
        le=7680,
        title="Width (pixels)",
        description="Panel resolution, horizontal.",
    )
    height_px: int = Field(
        default=1920,
        ge=320,
        le=7680,
        title="Height (pixels)",
        description="Panel resolution, vertical.",
    )
    pixel_pitch_mm: float | None = Field(
        default=None,
        gt=0.05,
        lt=2.0,
        title="Pixel pitch (mm)",
        description="Physical size of one pixel; when set it wins over the physical width.",
    )
    physical_width_mm: float | None = Field(
        # A 24-inch 16:9 panel in portrait is about 299 mm wide.
        default=298.8,
        gt=50,
        lt=3000,
        title="Physical width (mm)",
        description="Visible width of the panel; used when the pixel pitch is not set.",
    )
    mounting_height_mm: float = Field(
        default=750,
        ge=0,
        le=2000,
        title="Mounting height (mm)",
        description="Height of the panel's bottom edge above the floor (for low-screen mode).",
    )

    @model_validator(mode="after")
    def _pitch_known(self) -> ScreenConfig:
        if self.pixel_pitch_mm is None and self.physical_width_mm is None:
            raise ConfigValueError(N_("config", "set either pixel_pitch_mm or physical_width_mm"))
        return self

    @property
    def mm_per_px(self) -> float:
        if self.pixel_pitch_mm is not None:
            return self.pixel_pitch_mm
        assert self.physical_width_mm is not None
        return self.physical_width_mm / self.width_px

    def px(self, mm: float) -> int:
        """Convert a physical length to whole pixels (rounding up: sizes are minimums)."""
        return whole_px(mm, self.mm_per_px)


class ServiceConfig(_Model):
    id: str = Field(
        title="Service id",
        description="Short stable identifier (lowercase letters, digits, - or _).",
    )
    names: LocalizedName = Field(title="Names", description="The service as residents see it.")
    prefix: str | None = Field(
        default=None,
        title="Ticket prefix",
        description="One uppercase letter shown before the number (A-012). Use this or a number band.",
    )
    band: tuple[int, int] | None = Field(
        default=None,
        title="Number band",
        description="First and last number of this service's band (e.g. 500-799), instead of a prefix.",
    )
    counters: list[Annotated[int, Field(ge=1, le=99)]] = Field(
        default_factory=lambda: [1],
        min_length=1,
        title="Counters",
        description="Counter numbers that serve this service.",
    )
    service_minutes: float = Field(
        default=5.0,
        gt=0,
        le=240,
        title="Minutes per person",
        description="Seed estimate of one person's service time, until measured data exists.",
    )
    priority_allowed: bool = Field(
        default=False,
        title="Priority allowed",
        description="Elderly, disabled and pregnant residents may take a priority ticket.",
    )
    enabled: bool = Field(
        default=True, title="Enabled", description="Disabled services are hidden on the kiosk."
    )

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ConfigValueError(_id_text(value))
        return value

    @field_validator("prefix")
    @classmethod
    def _prefix_shape(cls, value: str | None) -> str | None:
        if value is not None and not _PREFIX_RE.match(value):
            raise ConfigValueError(
                N_("config", 'must be one uppercase letter A-Z, got "{value}"', value=value)
            )
        return value

    @field_validator("band")
    @classmethod
    def _band_order(cls, value: tuple[int, int] | None) -> tuple[int, int] | None:
        if value is not None:
            first, last = value
            if not (0 <= first < last <= 9999):
                raise ConfigValueError(
                    N_(
                        "config",
                        "must be [first, last] with 0 <= first < last <= 9999, got {value}",
                        value=str(list(value)),
                    )
                )
        return value

    @model_validator(mode="after")
    def _prefix_or_band(self) -> ServiceConfig:
        if (self.prefix is None) == (self.band is None):
            raise ConfigValueError(
                N_("config", "set exactly one of prefix (a letter A-Z) or band ([first, last])")
            )
        return self


# --- devices ---------------------------------------------------------------


class PrinterProfile(_Model):
    paper_width_mm: Literal[58, 80] = Field(
        default=80, title="Paper width (mm)", description="58 mm = 384 dots, 80 mm = 576 dots."
    )
    korean_mode: Literal["native", "raster"] = Field(
        default="native",
        title="Korean text mode",
        description="native: the printer's KS X 1001 (CP949) font; raster: text sent as an image.",
    )
    qr_mode: Literal["native", "image"] = Field(
        default="native",
        title="QR code mode",
        description="native: the printer draws the QR (GS ( k); image: sent as a raster image.",
    )
    cut: Literal["full", "partial", "none"] = Field(
        default="partial", title="Paper cut", description="Cut after each job."
    )
    density: int | None = Field(
        default=None, ge=0, le=8, title="Print density", description="Where supported (0-8)."
    )
    reports_status: bool = Field(
        default=True,
        title="Printer reports its status",
        description="On: every job needs a full status answer (DLE EOT) before and after it, "
        "or it fails. Off: the printer or its connection cannot answer; tickets print "
        "unchecked (residents are asked to check the slot) and paid documents are refused.",
    )
    refuse_on_unknown_status: bool = Field(
        default=True,
        title="Refuse on unknown status (no longer used)",
        description="Kept so older files load: an unknown status is always a failed job "
        "now. For a printer that cannot answer, turn off reports_status instead.",
    )


class MockPrinterOptions(_Model):
    fail: Literal["none", "offline", "paper_out", "cover_open"] = Field(
        default="none",
        title="Simulated fault",
        description="Make the mock printer fail (for tests).",
    )
    delay_ms: int = Field(
        default=0, ge=0, le=60000, title="Delay (ms)", description="Simulated printing time."
    )


class UsbPrinterOptions(_Model):
    vendor_id: int = Field(ge=0, le=0xFFFF, title="Vendor id", description="USB vendor id.")
    product_id: int = Field(ge=0, le=0xFFFF, title="Product id", description="USB product id.")
    in_ep: int = Field(default=0x82, ge=0, le=0xFF, title="IN endpoint", description="Bulk IN.")
    out_ep: int = Field(default=0x01, ge=0, le=0xFF, title="OUT endpoint", description="Bulk OUT.")
    timeout_ms: int = Field(
        default=2000, ge=100, le=60000, title="Timeout (ms)", description="USB transfer timeout."
    )


class SerialPrinterOptions(_Model):
    device: str = Field(
        min_length=1, title="Device", description="Serial device path, e.g. /dev/ttyUSB0 or COM3."
    )
    baudrate: int = Field(
        default=115200, ge=1200, le=921600, title="Baud rate", description="Serial speed."
    )
    timeout_s: float = Field(
        default=2.0, gt=0, le=60, title="Timeout (s)", description="Read/write timeout."
    )


class NetworkPrinterOptions(_Model):
    host: str = Field(min_length=1, title="Host", description="Printer IP address or host name.")
    port: int = Field(default=9100, ge=1, le=65535, title="Port", description="Raw TCP port.")
    timeout_s: float = Field(
        default=3.0, gt=0, le=60, title="Timeout (s)", description="Connect and read timeout."
    )


class FilePrinterOptions(_Model):
    device: str = Field(
        min_length=1, title="Device file", description="Printer device file, e.g. /dev/usb/lp0."
    )


class CupsPrinterOptions(_Model):
    queue: str = Field(
        min_length=1, title="CUPS queue", description="Name of the CUPS printer queue."
    )
    server: str | None = Field(
        default=None,
        min_length=1,
        title="CUPS server",
        description="Print server as host, host:port or the path of its socket; "
        "empty: this computer's CUPS (as set by CUPS_SERVER or client.conf).",
    )


class Win32RawPrinterOptions(_Model):
    queue: str = Field(min_length=1, title="Windows queue", description="Windows printer name.")


PrinterBackend = Literal["mock", "usb", "serial", "network", "file", "cups", "win32raw"]


def _require_options(model: BaseModel, backend: str, names: Iterable[str]) -> None:
    """Backend options live in a sub-table named after the backend; demand the chosen one."""
    if backend in names and backend != "mock" and getattr(model, backend) is None:
        # Reported at the missing table's own key path (devices.printer.network).
        raise _PathProblems(
            [
                (
                    (backend,),
                    N_(
                        "config",
                        'required when backend = "{backend}": add its [{backend}] table',
                        backend=backend,
                    ),
                )
            ]
        )


class PrinterConfig(_Model):
    backend: PrinterBackend = Field(
        default="mock", title="Printer backend", description="How the kiosk talks to its printer."
    )
    job_timeout_s: float = Field(
        default=30.0,
        gt=0,
        le=300,
        title="Job time limit (s)",
        description="A print job that takes longer (printer stalled) fails with a timeout.",
    )
    profile: PrinterProfile = Field(
        default_factory=PrinterProfile, title="Profile", description="Paper and capabilities."
    )
    mock: MockPrinterOptions = Field(
        default_factory=MockPrinterOptions, title="Mock printer", description="Options for tests."
    )
    usb: UsbPrinterOptions | None = Field(default=None, title="USB", description="USB options.")
    serial: SerialPrinterOptions | None = Field(
        default=None, title="Serial", description="Serial options."
    )
    network: NetworkPrinterOptions | None = Field(
        default=None, title="Network", description="Network options."
    )
    file: FilePrinterOptions | None = Field(default=None, title="File", description="File options.")
    cups: CupsPrinterOptions | None = Field(default=None, title="CUPS", description="CUPS options.")
    win32raw: Win32RawPrinterOptions | None = Field(
        default=None, title="Windows", description="Windows options."
    )

    @property
    def confirms_printing(self) -> bool:
        """Whether a printed job is confirmed by the printer's status (paid documents need it).

        The file, CUPS and Windows connections carry no status answers back.
        """
        return self.profile.reports_status and self.backend not in ("file", "cups", "win32raw")

    @model_validator(mode="after")
    def _options_present(self) -> PrinterConfig:
        _require_options(
            self, self.backend, ("usb", "serial", "network", "file", "cups", "win32raw")
        )
        return self


#: The mock card reader's simulated faults (drivers/card/mock.py reads them from here).
MockCardFault = Literal[
    "none",
    "removed_mid_read",
    "bac_refused",
    "slow",
    "no_reader",
    "cloned_dg1",
    "no_sod",
    "bad_sod_hash",
]


class MockCardOptions(_Model):
    identity: str = Field(
        default="demo-kim",
        title="Scripted identity",
        description="Which fictional resident the mock card holds.",
    )
    fault: MockCardFault = Field(
        default="none",
        title="Simulated fault",
        description="Make the mock reader fail (for tests). cloned_dg1: the chip accepts "
        "this resident's details but holds another resident's data; no_sod: no security "
        "object; bad_sod_hash: the data does not match its signed hash.",
    )
    card_present: bool = Field(
        default=True,
        title="Card inserted at start",
        description="Whether the mock reader starts with the scripted card inserted.",
    )
    delay_ms: int = Field(
        default=2000,
        ge=0,
        le=60000,
        title="Slow card delay (ms)",
        description="How long a read takes with the slow fault.",
    )
    uid: str = Field(
        default="04A1B2C3",
        pattern=r"^([0-9A-F]{2}){4,10}$",
        title="Card UID",
        description="The UID (hex) the mock card reports, e.g. to test technician cards.",
    )


class PcscCardOptions(_Model):
    reader_pattern: str = Field(
        default="",
        title="Reader name pattern",
        description="Use readers whose name contains this text (empty: any reader); "
        "the first one holding a card is read.",
    )
    timeout_s: float = Field(
        default=5.0, gt=0, le=60, title="Timeout (s)", description="Per-command timeout."
    )
    protocol: Literal["any", "T0", "T1"] = Field(
        default="any",
        title="Card protocol",
        description="Transmission protocol to ask for; any lets the reader choose.",
    )
    poll_interval_s: float = Field(
        default=0.25,
        ge=0.05,
        le=10,
        title="Poll interval (s)",
        description="How often readers and card presence are checked (and pcscd reconnected).",
    )


class PassiveAuthOptions(_Model):
    """Passive Authentication (ICAO 9303-11 5.1): which signers of ID chips are trusted."""

    test_csca: bool = Field(
        default=True,
        title="Trust the test CSCA",
        description="Accept chips signed under the test-only CSCA shipped with the kiosk "
        "(the demo's mock chips). Turn off on a kiosk that serves real residents.",
    )
    csca_files: list[str] = Field(
        default_factory=list,
        title="CSCA certificates",
        description="PEM or DER files, or folders of them, with the country signing CA "
        "certificates that Document Signer certificates on chips must chain to.",
    )
    crl_files: list[str] = Field(
        default_factory=list,
        title="Revocation lists",
        description="Optional PEM or DER CRLs of those CSCAs; a revoked Document Signer "
        "is refused.",
    )
    allow_unverified: bool = Field(
        default=False,
        title="Accept unverified chips (ticket-only kiosks)",
        description="Accept chips whose security object (EF.SOD) is missing or does not "
        "verify. Only for kiosks that issue no certificates: it cannot be on while any "
        "document is enabled.",
    )


class CardReaderConfig(_Model):
    backend: Literal["mock", "pcsc"] = Field(
        default="mock", title="Card reader backend", description="How the kiosk reads ID chips."
    )
    passive_auth: PassiveAuthOptions = Field(
        default_factory=PassiveAuthOptions,
        title="Chip verification",
        description="Trusted chip signers (CSCA certificates) and what to do with chips "
        "that cannot be verified.",
    )
    mock: MockCardOptions = Field(
        default_factory=MockCardOptions, title="Mock reader", description="Options for tests."
    )
    pcsc: PcscCardOptions = Field(
        default_factory=PcscCardOptions, title="PC/SC", description="PC/SC reader options."
    )


class SpeechConfig(_Model):
    backend: Literal["mock", "espeak", "qt", "clips"] = Field(
        default="mock", title="Speech backend", description="How the kiosk speaks."
    )
    rate: float = Field(
        default=0.0, ge=-1.0, le=1.0, title="Default rate", description="-1 slow, 0 normal, 1 fast."
    )
    volume: float = Field(
        default=0.8, ge=0.0, le=1.0, title="Default volume", description="0 silent, 1 loudest."
    )
    qt_engine: str = Field(
        default="",
        title="Qt speech engine",
        description="speechd, winrt, sapi or empty for the platform default.",
    )
    clips_dir: str = Field(
        default="",
        title="Recorded clips folder",
        description="Folder of recorded prompts per language (clips backend).",
    )
    espeak_output: Literal["device", "null"] = Field(
        default="device",
        title="espeak-ng output",
        description="device: the sound card; null: discard audio in real time (no sound card).",
    )


PaymentAnswer = Literal["approve", "decline", "timeout", "no_card", "hang"]


class MockPaymentOptions(_Model):
    script: list[PaymentAnswer] = Field(
        default_factory=lambda: list[PaymentAnswer](["approve"]),
        min_length=1,
        title="Scripted answers",
        description="What the mock terminal answers to each authorization, in turn "
        "(the last answer repeats); no_card waits the whole time limit for a card; "
        "hang never answers (a terminal that froze).",
    )
    delay_ms: int = Field(
        default=0,
        ge=0,
        le=60000,
        title="Delay (ms)",
        description="Simulated time the resident takes to tap or insert a card.",
    )
    capture: Literal["ok", "raise", "hang"] = Field(
        default="ok",
        title="Capture fault",
        description="Make the mock terminal's capture fail (raise) or never answer (hang).",
    )
    void: Literal["ok", "raise", "hang"] = Field(
        default="ok",
        title="Void fault",
        description="Make the mock terminal's void fail (raise) or never answer (hang).",
    )


class PaymentConfig(_Model):
    backend: Literal["free", "mock"] = Field(
        default="mock",
        title="Payment backend",
        description="free: every fee is waived; mock: a scripted card terminal (tests, demo).",
    )
    waive_for_exempt: bool = Field(
        default=True,
        title="Waive fees for exempt residents",
        description="Residents the records mark as fee-exempt (for example recipients of "
        "basic livelihood support) pay nothing.",
    )
    timeout_s: float = Field(
        default=60.0,
        gt=0,
        le=300,
        title="Payment time limit (s)",
        description="How long the terminal waits for the resident's card.",
    )
    answer_timeout_s: float = Field(
        default=15.0,
        gt=0,
        le=120,
        title="Terminal answer limit (s)",
        description="How long a capture or void may take, and an authorization beyond the "
        "card wait, before the kiosk stops waiting, tells staff and releases the resident.",
    )
    mock: MockPaymentOptions = Field(
        default_factory=MockPaymentOptions,
        title="Mock terminal",
        description="Options for tests and the demo.",
    )


class DevicesConfig(_Model):
    printer: PrinterConfig = Field(
        default_factory=PrinterConfig, title="Printer", description="The receipt printer."
    )
    card_reader: CardReaderConfig = Field(
        default_factory=CardReaderConfig, title="Card reader", description="The ID card reader."
    )
    speech: SpeechConfig = Field(
        default_factory=SpeechConfig, title="Speech", description="Voice guidance."
    )
    payment: PaymentConfig = Field(
        default_factory=PaymentConfig,
        title="Payment",
        description="How certificate fees are paid.",
    )


# --- certificates ----------------------------------------------------------

DocumentOption = Literal["household_members", "rrn_back", "address_history"]


class DocumentConfig(_Model):
    id: str = Field(
        title="Document id",
        description="Short stable identifier (lowercase letters, digits, - or _).",
    )
    names: LocalizedName = Field(title="Names", description="The document as residents see it.")
    fee_won: int = Field(
        ge=0, le=100000, title="Fee per copy (won)", description="What one copy costs at the kiosk."
    )
    options: list[DocumentOption] = Field(
        default_factory=list,
        title="Options",
        description="Choices offered before printing: household_members, rrn_back "
        "(resident number back digits), address_history. Copies are always offered.",
    )
    enabled: bool = Field(
        default=True, title="Enabled", description="Disabled documents are hidden on the kiosk."
    )

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ConfigValueError(_id_text(value))
        return value


def _default_documents() -> list[DocumentConfig]:
    # Kiosk fees: 등·초본 200 won (400 at the counter). The other two are our
    # plausible choices, not taken from a fee schedule: 가족관계증명서 500 won
    # (half the counter's 1,000) and 지방세 납세증명서 free, as tax
    # certificates usually are; a center sets its own in the config.
    return [
        DocumentConfig(
            id="resident-copy",
            names=LocalizedName(
                ko="주민등록표 등본",
                en="Resident registration (household copy)",
                zh="居民登记表誊本",
                vi="Bản sao đăng ký cư trú (hộ gia đình)",
            ),
            fee_won=200,
            options=["household_members", "rrn_back"],
        ),
        DocumentConfig(
            id="resident-abstract",
            names=LocalizedName(
                ko="주민등록표 초본",
                en="Resident registration (personal abstract)",
                zh="居民登记表抄本",
                vi="Bản trích lục đăng ký cư trú (cá nhân)",
            ),
            fee_won=200,
            options=["address_history", "rrn_back"],
        ),
        DocumentConfig(
            id="family-relations",
            names=LocalizedName(
                ko="가족관계증명서 (일반)",
                en="Family relations certificate (general)",
                zh="家庭关系证明书（一般）",
                vi="Giấy chứng nhận quan hệ gia đình (thông thường)",
            ),
            fee_won=500,
            options=["rrn_back"],
        ),
        DocumentConfig(
            id="local-tax",
            names=LocalizedName(
                ko="지방세 납세증명서",
                en="Local tax payment certificate",
                zh="地方税纳税证明书",
                vi="Giấy chứng nhận nộp thuế địa phương",
            ),
            fee_won=0,
            options=["rrn_back"],
        ),
    ]


class HttpRecordsOptions(_Model):
    url: str = Field(
        min_length=1,
        title="Base URL",
        description="The records service, e.g. https://records.example.go.kr/api "
        "(see docs/records-http.md). https:// only; http:// only to this computer (tests).",
    )
    token: str = Field(
        default="",
        title="Bearer token",
        description="Sent as Authorization: Bearer TOKEN.",
    )
    timeout_s: float = Field(
        default=5.0,
        gt=0,
        le=60,
        title="Timeout (s)",
        description="The whole lookup must finish within this: connecting, the answer, "
        "retries and the waits between them.",
    )
    retries: int = Field(
        default=2,
        ge=0,
        le=5,
        title="Retries",
        description="Extra attempts after a timeout, a refused connection or a 5xx answer.",
    )
    backoff_s: float = Field(
        default=0.5,
        ge=0,
        le=10,
        title="Backoff (s)",
        description="Wait before the first retry; doubled before each further one.",
    )
    ca_file: str = Field(
        default="",
        title="CA certificate file",
        description="PEM file of the CA that signed the service's certificate (empty: the "
        "system's). TLS verification is always on.",
    )

    @field_validator("url")
    @classmethod
    def _safe_url(cls, value: str) -> str:
        problem = records_url_problem(value)
        if problem is not None:
            raise ConfigValueError(problem)
        return value


#: Host names that can only mean this computer (plain http is allowed to them, for tests).
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def records_url_problem(url: str) -> Text | None:
    """Why ``url`` must not be the records service's address, or None if it may.

    Residents' names and document numbers travel to it: ``https://``
    anywhere, plain ``http://`` only to this computer (tests, a local
    stub), never across a network.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return N_("config", 'not a valid URL, got "{value}"', value=url)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        return N_(
            "config",
            'must be an https:// address (e.g. https://records.example/api), got "{value}"',
            value=url,
        )
    if scheme == "http" and not _is_loopback(host):
        return N_(
            "config",
            "plain http:// would send residents' details unencrypted: use https:// "
            '(http:// is only for this computer, e.g. 127.0.0.1), got "{value}"',
            value=url,
        )
    return None


class DemoRecordsOptions(_Model):
    fault: Literal["none", "unavailable", "other_person"] = Field(
        default="none",
        title="Simulated fault",
        description="Make the demo records provider fail (for tests); other_person answers "
        "with another resident's record.",
    )


class RecordsConfig(_Model):
    backend: Literal["demo", "http"] = Field(
        default="demo",
        title="Records provider",
        description="demo: fictional residents shipped with the kiosk; http: a records service.",
    )
    demo: DemoRecordsOptions = Field(
        default_factory=DemoRecordsOptions, title="Demo", description="Demo provider options."
    )
    http: HttpRecordsOptions | None = Field(
        default=None, title="HTTP", description="Records service options."
    )

    @model_validator(mode="after")
    def _options_present(self) -> RecordsConfig:
        _require_options(self, self.backend, ("http",))
        return self


class UIConfig(_Model):
    language: Language = Field(
        default="ko", title="Default language", description="Language each session starts in."
    )
    theme: Theme = Field(
        default="standard",
        title="Default theme",
        description="Colour theme each session starts in.",
    )
    idle_timeout_s: int = Field(
        default=60,
        ge=30,
        le=600,
        title="Idle timeout (s)",
        description="Return home (and wipe the session) after this long without a touch.",
    )
    ticket_screen_s: int = Field(
        default=20,
        ge=5,
        le=120,
        title="Ticket screen time (s)",
        description="How long the take-your-ticket screen stays before returning home.",
    )
    fullscreen: bool = Field(
        default=True,
        title="Fullscreen",
        description="Run fullscreen (turn off only for development).",
    )


TechCorner = Literal["top_left", "top_right", "bottom_left", "bottom_right"]


class TechnicianConfig(_Model):
    """How technicians get into technician mode (never residents)."""

    pin_hash: str = Field(
        default="",
        title="PIN hash",
        description="scrypt hash of the technician PIN; set it with `kiosk tech set-pin`. "
        "Empty: PIN entry is disabled.",
        json_schema_extra={"secret": True},
    )
    card_uids: list[Annotated[str, Field(pattern=r"^([0-9A-F]{2}){4,10}$")]] = Field(
        default_factory=list,
        title="Technician card UIDs",
        description="PC/SC card UIDs (uppercase hex, e.g. 04A1B2C3) that bring up the "
        "technician PIN pad; the PIN is still needed (a UID can be copied).",
    )
    corner: TechCorner = Field(
        default="top_right",
        title="Entry corner",
        description="Screen corner a technician presses and holds to ask for the PIN.",
    )
    long_press_s: float = Field(
        default=5.0,
        ge=2.0,
        le=30.0,
        title="Long press (s)",
        description="How long the corner must be held before the PIN pad appears.",
    )
    idle_timeout_s: int = Field(
        default=180,
        ge=30,
        le=3600,
        title="Technician idle timeout (s)",
        description="Technician mode returns to the resident home screen after this long "
        "without a touch.",
    )


def _display_screen() -> ScreenConfig:
    # A 55-inch 1920x1080 television in landscape, mounted high on a lobby wall.
    return ScreenConfig(
        width_px=1920,
        height_px=1080,
        pixel_pitch_mm=None,
        physical_width_mm=1209.6,
        mounting_height_mm=1800,
    )


class DisplayConfig(_Model):
    """The lobby display (``kiosk display``): its own screen and how calls are announced."""

    screen: ScreenConfig = Field(
        default_factory=_display_screen,
        title="Display screen",
        description="Geometry of the lobby display's panel (sizes on it are set in millimetres).",
    )
    fullscreen: bool = Field(
        default=True,
        title="Fullscreen",
        description="Fill the whole screen (turn off only for development).",
    )
    monitor: int = Field(
        default=0,
        ge=0,
        le=8,
        title="Monitor",
        description="Which connected monitor shows the display (0 is the first).",
    )
    repeat: int = Field(
        default=2,
        ge=1,
        le=5,
        title="Announcement repeats",
        description="How many times each call is spoken.",
    )
    second_language: Literal["none", "en", "zh", "vi"] = Field(
        default="none",
        title="Second language",
        description="Also announce each call in this language, after the Korean.",
    )
    chime: bool = Field(
        default=True,
        title="Chime",
        description="Play a chime before each announcement.",
    )
    recent_calls: int = Field(
        default=6,
        ge=0,
        le=12,
        title="Earlier calls shown",
        description="How many earlier calls the display lists beside the current ones.",
    )
    number_height_mm: float = Field(
        default=90.0,
        ge=20,
        le=400,
        title="Number height (mm)",
        description="Height of the called numbers; about 1 mm per 10 cm of viewing distance.",
    )


class CountersConfig(_Model):
    """Staff counters (``kiosk counter``): who is called next, and wait estimates."""

    priority_share: float = Field(
        default=1 / 3,
        ge=0.0,
        le=1.0,
        title="Priority share",
        description="Largest share of calls in which a priority ticket may go ahead of earlier "
        "ones (1/3: at most one call in three; 0: priority tickets wait their turn).",
    )
    service_time_weight: float = Field(
        default=0.2,
        gt=0.0,
        le=1.0,
        title="Service time weight",
        description="Weight of the newest measured service in the running average used for "
        "wait estimates (higher follows recent changes faster).",
    )
    unprinted_after_s: int = Field(
        default=120,
        ge=30,
        le=3600,
        title="Unprinted after (s)",
        description="A ticket still unprinted after this long (its kiosk stopped) is shown to "
        "staff as a print failure and can be called.",
    )
    staff_call_minutes: int = Field(
        default=30,
        ge=1,
        le=480,
        title="Staff calls shown (minutes)",
        description="How long a resident's call for staff from a kiosk stays listed at counters.",
    )


class StorageConfig(_Model):
    database_url: str = Field(
        default="",
        title="Database URL",
        description="SQLAlchemy URL; empty means SQLite in the kiosk's data directory.",
    )


class KioskConfig(_Model):
    schema_version: int = Field(
        default=SCHEMA_VERSION,
        ge=1,
        le=SCHEMA_VERSION,
        title="Schema version",
        description="Version of this file's layout; older files are migrated when loaded.",
    )
    center: CenterConfig = Field(
        default_factory=CenterConfig, title="Center", description="The community center."
    )
    screen: ScreenConfig = Field(
        default_factory=ScreenConfig, title="Screen", description="The touch panel's geometry."
    )
    services: list[ServiceConfig] = Field(
        min_length=1,
        title="Services",
        description="Queue services residents can take a number for.",
    )
    devices: DevicesConfig = Field(
        default_factory=DevicesConfig, title="Devices", description="Printer, card reader, speech."
    )
    ui: UIConfig = Field(default_factory=UIConfig, title="Display", description="Screen defaults.")
    storage: StorageConfig = Field(
        default_factory=StorageConfig, title="Storage", description="Where tickets are stored."
    )
    documents: list[DocumentConfig] = Field(
        default_factory=_default_documents,
        title="Documents",
        description="Certificates residents can print at the kiosk, with their fees.",
    )
    records: RecordsConfig = Field(
        default_factory=RecordsConfig,
        title="Records provider",
        description="Where resident records for certificates come from.",
    )
    technician: TechnicianConfig = Field(
        default_factory=TechnicianConfig,
        title="Technician",
        description="Technician mode entry: PIN, technician cards, corner, timeout.",
    )
    display: DisplayConfig = Field(
        default_factory=DisplayConfig,
        title="Lobby display",
        description="The lobby display that shows and announces calls.",
    )
    counters: CountersConfig = Field(
        default_factory=CountersConfig,
        title="Counters",
        description="Staff counters: priority calls and wait estimates.",
    )

    @model_validator(mode="after")
    def _unique_services(self) -> KioskConfig:
        problems: list[tuple[tuple[str | int, ...], Text]] = []
        seen_ids: dict[str, int] = {}
        seen_prefix: dict[str, int] = {}
        bands: list[tuple[int, int, int]] = []
        for i, svc in enumerate(self.services):
            if svc.id in seen_ids:
                problems.append(
                    (("services", i, "id"), _used_text(svc.id, f"services[{seen_ids[svc.id]}]"))
                )
            seen_ids.setdefault(svc.id, i)
            if svc.prefix is not None:
                if svc.prefix in seen_prefix:
                    other = f"services[{seen_prefix[svc.prefix]}]"
                    problems.append((("services", i, "prefix"), _used_text(svc.prefix, other)))
                seen_prefix.setdefault(svc.prefix, i)
            if svc.band is not None:
                for j, first, last in bands:
                    if svc.band[0] <= last and first <= svc.band[1]:
                        overlap = N_(
                            "config", "overlaps the band of {other}", other=f"services[{j}]"
                        )
                        problems.append((("services", i, "band"), overlap))
                bands.append((i, svc.band[0], svc.band[1]))
        seen_docs: dict[str, int] = {}
        for i, doc in enumerate(self.documents):
            if doc.id in seen_docs:
                problems.append(
                    (("documents", i, "id"), _used_text(doc.id, f"documents[{seen_docs[doc.id]}]"))
                )
            seen_docs.setdefault(doc.id, i)
        if self.devices.card_reader.passive_auth.allow_unverified and self.enabled_documents:
            # A forged chip would get another resident's certificate.
            problems.append(
                (
                    ("devices", "card_reader", "passive_auth", "allow_unverified"),
                    N_(
                        "config",
                        "must be off while certificates are issued (documents are enabled)",
                    ),
                )
            )
        if problems:
            raise _PathProblems(problems)
        return self

    def service(self, service_id: str) -> ServiceConfig:
        for svc in self.services:
            if svc.id == service_id:
                return svc
        raise KeyError(service_id)

    @property
    def enabled_services(self) -> list[ServiceConfig]:
        return [s for s in self.services if s.enabled]

    def document(self, document_id: str) -> DocumentConfig:
        for doc in self.documents:
            if doc.id == document_id:
                return doc
        raise KeyError(document_id)

    @property
    def enabled_documents(self) -> list[DocumentConfig]:
        return [d for d in self.documents if d.enabled]


# --- errors ----------------------------------------------------------------


class _PathProblems(ValueError):
    """Raised inside validators that know exact key paths of several problems."""

    def __init__(self, problems: list[tuple[tuple[str | int, ...], Text]]) -> None:
        super().__init__("; ".join(str(ConfigProblem.of(format_path(p), m)) for p, m in problems))
        self.problems = problems


def format_path(loc: Iterable[str | int]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def _describe_input(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def _input_text(value: Any) -> str | Text:
    """``_describe_input`` for screens: the value as written, or a translated "a table"."""
    if isinstance(value, dict):
        return N_("config", "a table")
    return _describe_input(value)


def _bound(value: Any) -> str:
    # pydantic writes the bound 0.0 of a float field as "0" in its message; so do we.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _expected_text(expected: str) -> str | Text:
    """pydantic's "'a', 'b' or 'c'" with the "or" translated (the choices stay as written)."""
    choices, sep, last = expected.rpartition(" or ")
    if not sep:
        return expected
    return N_("config", "{choices} or {last}", choices=choices, last=last)


#: pydantic's length errors name the container type; technicians read it translated.
_FIELD_TYPES = {"List": N_("config", "list"), "Tuple": N_("config", "tuple")}

#: Messages of pydantic's error types that carry no parameters except the input.
#: Each source is pydantic's English message (first letter lowercased) plus
#: ", got {value}", exactly as ``_problems_from`` writes it for the command
#: line, so technician mode in English says what ``kiosk config validate`` says.
_SIMPLE_MESSAGES: dict[str, Text] = {
    "bool_type": N_("config", "input should be a valid boolean, got {value}"),
    "bool_parsing": N_(
        "config", "input should be a valid boolean, unable to interpret input, got {value}"
    ),
    "int_type": N_("config", "input should be a valid integer, got {value}"),
    "int_parsing": N_(
        "config",
        "input should be a valid integer, unable to parse string as an integer, got {value}",
    ),
    "int_from_float": N_(
        "config",
        "input should be a valid integer, got a number with a fractional part, got {value}",
    ),
    "float_type": N_("config", "input should be a valid number, got {value}"),
    "float_parsing": N_(
        "config", "input should be a valid number, unable to parse string as a number, got {value}"
    ),
    "finite_number": N_("config", "input should be a finite number, got {value}"),
    "string_type": N_("config", "input should be a valid string, got {value}"),
    "list_type": N_("config", "input should be a valid list, got {value}"),
    "tuple_type": N_("config", "input should be a valid tuple, got {value}"),
}

#: Error types whose message names one bound (ctx key -> argument of the same name).
_BOUND_MESSAGES: dict[str, tuple[str, Text]] = {
    "greater_than": ("gt", N_("config", "input should be greater than {gt}, got {value}")),
    "greater_than_equal": (
        "ge",
        N_("config", "input should be greater than or equal to {ge}, got {value}"),
    ),
    "less_than": ("lt", N_("config", "input should be less than {lt}, got {value}")),
    "less_than_equal": (
        "le",
        N_("config", "input should be less than or equal to {le}, got {value}"),
    ),
}


#: Length errors: ctx key of the bound, then the plural and the singular source
#: (English says "1 character" but "2 characters"; one source per form).
_COUNT_MESSAGES: dict[str, tuple[str, Text, Text]] = {
    "string_too_short": (
        "min_length",
        N_("config", "string should have at least {n} characters, got {value}"),
        N_("config", "string should have at least {n} character, got {value}"),
    ),
    "string_too_long": (
        "max_length",
        N_("config", "string should have at most {n} characters, got {value}"),
        N_("config", "string should have at most {n} character, got {value}"),
    ),
    "too_short": (
        "min_length",
        N_(
            "config",
            "{container} should have at least {n} items after validation, not {actual}, "
            "got {value}",
        ),
        N_(
            "config",
            "{container} should have at least {n} item after validation, not {actual}, got {value}",
        ),
    ),
    "too_long": (
        "max_length",
        N_(
            "config",
            "{container} should have at most {n} items after validation, not {actual}, got {value}",
        ),
        N_(
            "config",
            "{container} should have at most {n} item after validation, not {actual}, got {value}",
        ),
    ),
}


def _pydantic_text(kind: str, ctx: Mapping[str, Any], value: Any, message: str) -> Text:
    """The translatable form of one pydantic error; ``message`` is its English line."""
    shown = _input_text(value)
    if kind in _SIMPLE_MESSAGES:
        return _SIMPLE_MESSAGES[kind].format(value=shown)
    if kind in _BOUND_MESSAGES:
        key, text = _BOUND_MESSAGES[kind]
        if key in ctx:
            return text.format(**{key: _bound(ctx[key]), "value": shown})
    container = _FIELD_TYPES.get(ctx.get("field_type", ""))
    counted = _COUNT_MESSAGES.get(kind)
    if (
        counted is not None
        and counted[0] in ctx
        and (container is not None or "{container}" not in counted[1].source)
    ):
        key, many, one = counted
        n = ctx[key]
        text = one if n == 1 else many
        return text.format(n=n, container=container, actual=ctx.get("actual_length"), value=shown)
    if kind == "string_pattern_mismatch" and "pattern" in ctx:
        return N_(
            "config",
            "string should match pattern '{pattern}', got {value}",
            pattern=ctx["pattern"],
            value=shown,
        )
    if kind == "model_type" and "class_name" in ctx:
        return N_(
            "config",
            "input should be a valid dictionary or instance of {name}, got {value}",
            name=ctx["class_name"],
            value=shown,
        )
    # A type this table does not know yet: translated framing around pydantic's English.
    return N_("config", "invalid value ({detail})", detail=message)


def _problems_from(error: ValidationError) -> list[ConfigProblem]:
    problems: list[ConfigProblem] = []
    for item in error.errors(include_url=False):
        loc = tuple(item["loc"])
        ctx = item.get("ctx") or {}
        inner = ctx.get("error")
        if isinstance(inner, _PathProblems):
            for sub_loc, sub_text in inner.problems:
                problems.append(ConfigProblem.of(format_path(loc + sub_loc), sub_text))
            continue
        kind = item["type"]
        message = item["msg"]
        value = item["input"]
        text: Text
        if kind == "value_error":
            message = message.removeprefix("Value error, ")
            if isinstance(inner, ConfigValueError):
                text = inner.text
            else:
                text = N_("config", "invalid value ({detail})", detail=message)
        elif kind == "extra_forbidden":
            text = N_(
                "config",
                "unknown key (check the spelling; see `kiosk config show` for valid keys)",
            )
            message = text.render(identity_translate)
        elif kind == "missing":
            text = N_("config", "required, but missing")
            message = text.render(identity_translate)
        elif kind == "literal_error":
            expected = str(ctx.get("expected", ""))
            message = f"must be one of {expected}, got {_describe_input(value)}"
            text = N_(
                "config",
                "must be one of {expected}, got {value}",
                expected=_expected_text(expected),
                value=_input_text(value),
            )
        else:
            message = f"{message[0].lower()}{message[1:]}, got {_describe_input(value)}"
            text = _pydantic_text(kind, ctx, value, message)
        problems.append(ConfigProblem(format_path(loc), message, text))
    return problems


# --- loading ---------------------------------------------------------------


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file's layout up to ``SCHEMA_VERSION`` (none needed yet)."""
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, int) and version < SCHEMA_VERSION:
        data = dict(data)
        data["schema_version"] = SCHEMA_VERSION
    return data


def parse_config(data: Mapping[str, Any], source: str = "<config>") -> KioskConfig:
    try:
        return KioskConfig.model_validate(migrate(dict(data)))
    except ValidationError as exc:
        raise ConfigError(source, _problems_from(exc)) from None


def default_config_text() -> str:
    return resources.files("kiosk.data").joinpath("demo.toml").read_text(encoding="utf-8")


def default_config() -> KioskConfig:
    return parse_config(tomllib.loads(default_config_text()), "<embedded demo config>")


#: How deep tables and arrays may nest. The schema needs five levels; a file
#: nested hundreds deep is not a config (and would exhaust Python's stack in
#: the TOML parser or the validators).
MAX_CONFIG_DEPTH = 32

#: What matters for nesting in TOML text: strings and comments (skipped),
#: brackets, ``=`` and line ends.
_TOML_TOKEN = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}=\n]',
    re.DOTALL,
)


def _too_deep_in_text(text: str) -> tuple[str, int] | None:
    """(key path, line) of the first value nested deeper than ``MAX_CONFIG_DEPTH``, or None.

    Run before parsing: Python's TOML parser recurses once per level and
    would raise RecursionError on a few hundred levels. The key path is the
    table header and key of the statement, as far as plain text tells.
    """
    if text.count("[") + text.count("{") <= MAX_CONFIG_DEPTH:
        return None  # every real config: nothing to scan
    depth = 0
    line = 1
    table = ""
    key = ""
    line_start = 0
    for match in _TOML_TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
            line_start = match.end()
        elif token in "[{":
            if depth == 0 and token == "[" and not text[line_start : match.start()].strip():
                end = text.find("]", match.end())
                table = text[match.end() : end if end >= 0 else len(text)].strip("[] \t")
                key = ""
            depth += 1
            if depth > MAX_CONFIG_DEPTH:
                return ".".join(p for p in (table, key) if p), line
        elif token in "]}":
            depth = max(0, depth - 1)
        elif token == "=" and depth == 0:
            key = text[line_start : match.start()].strip()
        else:
            line += token.count("\n")  # a multi-line string or a comment
    return None


def _too_deep_in_data(data: Mapping[str, Any]) -> str | None:
    """The key path of the first value nested deeper than ``MAX_CONFIG_DEPTH``, or None.

    Dotted keys (``a.b.c.d = 1``) nest without brackets; walked without
    recursion for the same reason as the text scan.
    """
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if len(loc) > MAX_CONFIG_DEPTH:
            return format_path(loc)
        if isinstance(value, Mapping):
            stack.extend(((*loc, str(k)), v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(((*loc, i), v) for i, v in enumerate(value))
    return None


def refuse_deep_toml(text: str, source: str) -> None:
    """``ConfigError`` if TOML ``text`` nests brackets deeper than ``MAX_CONFIG_DEPTH``."""
    found = _too_deep_in_text(text)
    if found is not None:
        where, line = found
        problem = N_(
            "config",
            "nested more than {limit} levels deep (line {line})",
            limit=MAX_CONFIG_DEPTH,
            line=line,
        )
        raise ConfigError(source, [ConfigProblem.of(where, problem)])


def loads_toml(text: str, source: str) -> dict[str, Any]:
    """Parse config TOML; ``ConfigError`` naming ``source`` (and the key path) if it cannot be."""
    refuse_deep_toml(text, source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem = N_("config", "not valid TOML: {error}", error=str(exc))
        raise ConfigError(source, [ConfigProblem.of("", problem)]) from None
    deep = _too_deep_in_data(data)
    if deep is not None:
        too_deep = N_("config", "nested more than {limit} levels deep", limit=MAX_CONFIG_DEPTH)
        raise ConfigError(source, [ConfigProblem.of(deep, too_deep)])
    return data


def load_config(path: Path | None) -> KioskConfig:
    """Load ``path`` (or the embedded demo config); raise ``ConfigError`` with every problem.

    The file is read by ``read_config_file`` (regular files of at most
    ``MAX_CONFIG_BYTES`` only) and parsed by ``loads_toml`` (nesting limited
    to ``MAX_CONFIG_DEPTH``): a broken, huge or hostile file is one line
    naming it, never a hang or a traceback.
    """
    if path is None:
        return default_config()
    raw = read_config_file(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        problem = N_("config", "file is not UTF-8 text")
        raise ConfigError(str(path), [ConfigProblem.of("", problem)]) from None
    return parse_config(loads_toml(text, str(path)), str(path))
