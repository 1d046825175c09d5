"""``[[documents]]``: the certificates residents can print, with their fees."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kiosk.config.schema.common import ConfigId, ConfigModel, LocalizedName

DocumentOption = Literal["household_members", "rrn_back", "address_history"]


class DocumentConfig(ConfigModel):
    id: ConfigId = Field(
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


def default_documents() -> list[DocumentConfig]:
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
