"""The kiosk's configuration: import every config name from here.

Where things live:

* ``schema/``: the typed models, one module per section of the file
  (``center``, ``screen``, ``services``, ``devices/`` with one module per
  device kind, ``documents``, ``records``, ``ui``, ``technician``,
  ``display``, ``counters``, ``storage``; ``root`` is the whole file).
  Every field has a type, a default, bounds and a translatable title and
  description; the technician screens and ``docs/configuration.md``
  (``python -m tools.config_docs``) are generated from them.
* ``errors``: ``ConfigError`` and ``ConfigProblem`` (every problem names its
  key path, e.g. ``services[2].prefix: must be one uppercase letter A-Z,
  got "aa"``, and carries the message as translatable ``Text``, context
  ``config``), and the translation of pydantic's errors into them.
* ``load``: TOML text and files into a validated config; the embedded demo
  (``kiosk/data/demo.toml``; its certificates come from
  ``kiosk/data/documents.toml``, the schema's default catalogue).
* ``edit``: changing, saving and describing settings; ``paths``: which
  file and data directory a command uses. Import those two by their names.
"""

from __future__ import annotations

from kiosk.config.errors import (
    ConfigError,
    ConfigProblem,
    ConfigValueError,
    format_path,
    problems_from,
)
from kiosk.config.load import (
    MAX_CONFIG_DEPTH,
    default_config,
    default_config_text,
    load_config,
    loads_toml,
    parse_config,
    refuse_deep_toml,
)
from kiosk.config.schema.center import CenterConfig
from kiosk.config.schema.common import LocalizedName
from kiosk.config.schema.counters import CountersConfig
from kiosk.config.schema.devices import DevicesConfig
from kiosk.config.schema.devices.card import (
    CardReaderConfig,
    MockCardFault,
    MockCardOptions,
    PassiveAuthOptions,
    PcscCardOptions,
)
from kiosk.config.schema.devices.notify import HttpNotifyOptions, NotifyConfig
from kiosk.config.schema.devices.payment import MockPaymentOptions, PaymentAnswer, PaymentConfig
from kiosk.config.schema.devices.printer import (
    CupsPrinterOptions,
    FilePrinterOptions,
    MockPrinterOptions,
    NetworkPrinterOptions,
    PrinterBackend,
    PrinterConfig,
    PrinterProfile,
    SerialPrinterOptions,
    UsbPrinterOptions,
    Win32RawPrinterOptions,
)
from kiosk.config.schema.devices.speech import SpeechConfig
from kiosk.config.schema.display import DisplayConfig
from kiosk.config.schema.documents import (
    DocumentConfig,
    DocumentOption,
    ExemptionConfig,
    PurposeConfig,
)
from kiosk.config.schema.follow import FollowConfig
from kiosk.config.schema.lending import LendingConfig, LendingItemConfig
from kiosk.config.schema.participation import (
    LocalizedText,
    NoticeConfig,
    ParticipationConfig,
    PollConfig,
    PollOption,
)
from kiosk.config.schema.programmes import CourseCategory, CourseConfig, ProgrammesConfig
from kiosk.config.schema.records import (
    DemoRecordsOptions,
    HttpRecordsOptions,
    RecordsConfig,
    records_url_problem,
)
from kiosk.config.schema.root import SCHEMA_VERSION, KioskConfig, migrate
from kiosk.config.schema.screen import ScreenConfig
from kiosk.config.schema.services import ServiceConfig
from kiosk.config.schema.storage import StorageConfig
from kiosk.config.schema.technician import TechCorner, TechnicianConfig
from kiosk.config.schema.ui import Language, Theme, UIConfig
from kiosk.config.schema.welfare import ConsultationHours, WelfareConfig, WelfareTopic

__all__ = [
    "MAX_CONFIG_DEPTH",
    "SCHEMA_VERSION",
    "CardReaderConfig",
    "CenterConfig",
    "ConfigError",
    "ConfigProblem",
    "ConfigValueError",
    "ConsultationHours",
    "CountersConfig",
    "CourseCategory",
    "CourseConfig",
    "CupsPrinterOptions",
    "DemoRecordsOptions",
    "DevicesConfig",
    "DisplayConfig",
    "DocumentConfig",
    "DocumentOption",
    "ExemptionConfig",
    "FilePrinterOptions",
    "FollowConfig",
    "HttpNotifyOptions",
    "HttpRecordsOptions",
    "KioskConfig",
    "Language",
    "LendingConfig",
    "LendingItemConfig",
    "LocalizedName",
    "LocalizedText",
    "MockCardFault",
    "MockCardOptions",
    "MockPaymentOptions",
    "MockPrinterOptions",
    "NetworkPrinterOptions",
    "NoticeConfig",
    "NotifyConfig",
    "ParticipationConfig",
    "PassiveAuthOptions",
    "PaymentAnswer",
    "PaymentConfig",
    "PcscCardOptions",
    "PollConfig",
    "PollOption",
    "PrinterBackend",
    "PrinterConfig",
    "PrinterProfile",
    "ProgrammesConfig",
    "PurposeConfig",
    "RecordsConfig",
    "ScreenConfig",
    "SerialPrinterOptions",
    "ServiceConfig",
    "SpeechConfig",
    "StorageConfig",
    "TechCorner",
    "TechnicianConfig",
    "Theme",
    "UIConfig",
    "UsbPrinterOptions",
    "WelfareConfig",
    "WelfareTopic",
    "Win32RawPrinterOptions",
    "default_config",
    "default_config_text",
    "format_path",
    "load_config",
    "loads_toml",
    "migrate",
    "parse_config",
    "problems_from",
    "records_url_problem",
    "refuse_deep_toml",
]
