"""Every area's cases, in the order the matrix runs them."""

from __future__ import annotations

from tools.faults import Case


def all_cases() -> list[Case]:
    # Imported here so `--help` needs none of the areas' dependencies.
    from tools.faults import robust

    cases: list[Case] = []
    cases += robust.CASES
    return cases
