"""Korean mobile phone numbers as residents type them on the kiosk's keypad."""

from __future__ import annotations

import re

from kiosk.i18n import N_, Text

#: 010, 011, 016, 017, 018, 019, then 7 or 8 digits. ASCII digits only:
#: ``\d`` would also take Arabic-Indic or fullwidth digits, which then reach
#: the text gateway and the receipts as they are.
_MOBILE = re.compile(r"01[016789][0-9]{7,8}")

NOT_A_MOBILE = N_(
    "centre", "Please enter a mobile phone number starting with 010, for example 010 1234 5678."
)


def mobile_problem(digits: str) -> Text | None:
    """Why ``digits`` is not a Korean mobile number, for the resident; None when it is one."""
    return None if _MOBILE.fullmatch(digits) else NOT_A_MOBILE


def formatted(digits: str) -> str:
    """``01012345678`` -> ``010-1234-5678`` (``011-123-4567`` for the old 10-digit numbers)."""
    middle = len(digits) - 7
    return f"{digits[:3]}-{digits[3 : 3 + middle]}-{digits[3 + middle :]}"


def masked_number(digits: str) -> str:
    """``01012345678`` -> ``010-****-5678``: enough for its owner to recognise,
    nothing for a finder. For wherever the whole number is at hand: the
    resident's own screen and status page, programme slips and staff lists,
    log lines."""
    return f"{digits[:3]}-{'*' * (len(digits) - 7)}-{digits[-4:]}" if digits else ""


def masked(last4: str) -> str:
    """A number shown by its last four digits only (``***-****-5678``), for
    records that keep only those in the clear (lending's loans and parcels:
    their slips and staff lists need no decryption). Empty once the number
    was erased."""
    return f"***-****-{last4}" if last4 else ""
