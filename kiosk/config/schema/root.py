"""The whole config file (``KioskConfig``), its layout version and the rules across sections.

Rules that involve more than one field of one section live here: unique
service and document ids, unique prefixes, bands that do not overlap, and
chip verification that cannot be relaxed while certificates are issued.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from kiosk.config.errors import Loc, PathProblems
from kiosk.config.schema.center import CenterConfig
from kiosk.config.schema.common import ConfigModel
from kiosk.config.schema.counters import CountersConfig
from kiosk.config.schema.devices import DevicesConfig
from kiosk.config.schema.display import DisplayConfig
from kiosk.config.schema.documents import (
    DocumentConfig,
    ExemptionConfig,
    default_documents,
    default_exemptions,
)
from kiosk.config.schema.entries import FirstEntries, by_id
from kiosk.config.schema.follow import FollowConfig
from kiosk.config.schema.lending import LendingConfig
from kiosk.config.schema.participation import ParticipationConfig
from kiosk.config.schema.programmes import ProgrammesConfig
from kiosk.config.schema.records import RecordsConfig
from kiosk.config.schema.screen import ScreenConfig
from kiosk.config.schema.services import ServiceConfig
from kiosk.config.schema.storage import StorageConfig
from kiosk.config.schema.technician import TechnicianConfig
from kiosk.config.schema.ui import UIConfig
from kiosk.config.schema.welfare import WelfareConfig
from kiosk.i18n import N_, Text
from kiosk.units import REACH_MIN_MM

SCHEMA_VERSION = 1


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring an older file's layout up to ``SCHEMA_VERSION`` (none needed yet)."""
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, int) and version < SCHEMA_VERSION:
        data = dict(data)
        data["schema_version"] = SCHEMA_VERSION
    return data


class KioskConfig(ConfigModel):
    schema_version: int = Field(
        default=SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION, title="Schema version"
    )
    """Version of this file's layout; older files are migrated when loaded."""

    center: CenterConfig = Field(default_factory=CenterConfig, title="Center")
    """The community center."""

    screen: ScreenConfig = Field(default_factory=ScreenConfig, title="Screen")
    """The touch panel's geometry."""

    services: list[ServiceConfig] = Field(min_length=1, title="Services")
    """Queue services residents can take a number for."""

    devices: DevicesConfig = Field(default_factory=DevicesConfig, title="Devices")
    """Printer, card reader, speech."""

    ui: UIConfig = Field(default_factory=UIConfig, title="Display")
    """Screen defaults."""

    storage: StorageConfig = Field(default_factory=StorageConfig, title="Storage")
    """Where tickets are stored."""

    documents: list[DocumentConfig] = Field(default_factory=default_documents, title="Documents")
    """Certificates residents can print at the kiosk, with their fees."""

    exemptions: list[ExemptionConfig] = Field(
        default_factory=default_exemptions, title="Fee exemptions"
    )
    """Reasons a resident pays less or nothing for certificates (when
    devices.payment.waive_for_exempt is on), with the fee per document."""

    records: RecordsConfig = Field(default_factory=RecordsConfig, title="Records provider")
    """Where resident records for certificates come from."""

    technician: TechnicianConfig = Field(default_factory=TechnicianConfig, title="Technician")
    """Technician mode entry: PIN, technician cards, corner, timeout."""

    display: DisplayConfig = Field(default_factory=DisplayConfig, title="Lobby display")
    """The lobby display that shows and announces calls."""

    counters: CountersConfig = Field(default_factory=CountersConfig, title="Counters")
    """Staff counters: priority calls and wait estimates."""

    lending: LendingConfig = Field(default_factory=LendingConfig, title="Lending and parcels")
    """Tool lending and parcel keeping (a centre service)."""

    follow: FollowConfig = Field(default_factory=FollowConfig, title="Phone follow-up")
    """QR code on tickets, the live status page and text messages."""

    welfare: WelfareConfig = Field(default_factory=WelfareConfig, title="Welfare intake")
    """Welfare consultation bookings, home visits and crisis reports."""

    participation: ParticipationConfig = Field(
        default_factory=ParticipationConfig, title="Resident participation"
    )
    """주민자치회: notices on the kiosk and the lobby display, and polls residents vote in with their ID
    card."""

    programmes: ProgrammesConfig = Field(default_factory=ProgrammesConfig, title="Programmes")
    """Course registration (자치회관 강좌), a centre service."""

    @model_validator(mode="after")
    def _across_sections(self) -> KioskConfig:
        problems = [
            *self._service_problems(),
            *self._document_problems(),
            *self._verification_problems(),
            *self._reach_problems(),
        ]
        if problems:
            raise PathProblems(problems)
        return self

    def _service_problems(self) -> list[tuple[Loc, Text]]:
        problems: list[tuple[Loc, Text]] = []
        ids = FirstEntries("services")
        prefixes = FirstEntries("services")
        bands: list[tuple[int, int, int]] = []
        for i, svc in enumerate(self.services):
            if (used := ids.repeated(svc.id, i)) is not None:
                problems.append((("services", i, "id"), used))
            if svc.prefix is not None and (used := prefixes.repeated(svc.prefix, i)) is not None:
                problems.append((("services", i, "prefix"), used))
            if svc.band is not None:
                for j, first, last in bands:
                    if svc.band[0] <= last and first <= svc.band[1]:
                        overlap = N_(
                            "config", "overlaps the band of {other}", other=f"services[{j}]"
                        )
                        problems.append((("services", i, "band"), overlap))
                bands.append((i, svc.band[0], svc.band[1]))
        return problems

    def _document_problems(self) -> list[tuple[Loc, Text]]:
        problems: list[tuple[Loc, Text]] = []
        document_ids = FirstEntries("documents")
        for i, doc in enumerate(self.documents):
            if (used := document_ids.repeated(doc.id, i)) is not None:
                problems.append((("documents", i, "id"), used))
            if "purpose" in doc.options and not doc.purposes:
                problems.append(
                    (
                        ("documents", i, "purposes"),
                        N_("config", "must list at least one purpose (the purpose option is on)"),
                    )
                )
        reason_ids = FirstEntries("exemptions")
        known_documents = {doc.id for doc in self.documents}
        for i, reason in enumerate(self.exemptions):
            if (used := reason_ids.repeated(reason.id, i)) is not None:
                problems.append((("exemptions", i, "id"), used))
            for doc_id, fee in reason.fees.items():
                if doc_id not in known_documents:
                    problems.append(
                        (
                            ("exemptions", i, "fees", doc_id),
                            N_("config", "names no document in [[documents]]"),
                        )
                    )
                elif not 0 <= fee <= 100000:
                    problems.append(
                        (
                            ("exemptions", i, "fees", doc_id),
                            N_("config", "must be between 0 and 100000 won"),
                        )
                    )
        return problems

    def _verification_problems(self) -> list[tuple[Loc, Text]]:
        if not self.devices.card_reader.passive_auth.allow_unverified:
            return []
        where: Loc = ("devices", "card_reader", "passive_auth", "allow_unverified")
        if self.enabled_documents:
            # A forged chip would get another resident's certificate.
            return [
                (
                    where,
                    N_(
                        "config",
                        "must be off while certificates are issued (documents are enabled)",
                    ),
                )
            ]
        if self.participation.enabled and self.participation.polls:
            # Votes are checked against the chip alone: a forged chip votes as anyone.
            return [
                (
                    where,
                    N_(
                        "config",
                        "must be off while residents vote with their ID card "
                        "(participation has polls)",
                    ),
                )
            ]
        return []

    def _reach_problems(self) -> list[tuple[Loc, Text]]:
        # The resident's panel only: the lobby display board ([display.screen])
        # has no controls. The lowest control sits on the panel's bottom edge.
        if self.screen.mounting_height_mm < REACH_MIN_MM:
            return [
                (
                    ("screen", "mounting_height_mm"),
                    N_(
                        "config",
                        "puts the lowest controls {height} mm above the floor; they must be at"
                        " least {minimum} mm up, within reach from a wheelchair",
                        height=f"{self.screen.mounting_height_mm:g}",
                        minimum=f"{REACH_MIN_MM:g}",
                    ),
                )
            ]
        return []

    def service(self, service_id: str) -> ServiceConfig:
        return by_id(self.services, service_id)

    @property
    def enabled_services(self) -> list[ServiceConfig]:
        return [s for s in self.services if s.enabled]

    def document(self, document_id: str) -> DocumentConfig:
        return by_id(self.documents, document_id)

    def exemption(self, exemption_id: str) -> ExemptionConfig | None:
        return next((e for e in self.exemptions if e.id == exemption_id), None)

    @property
    def enabled_documents(self) -> list[DocumentConfig]:
        return [d for d in self.documents if d.enabled]
