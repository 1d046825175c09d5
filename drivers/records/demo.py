"""Demo records provider: fictional residents (``DEMO_RECORDS``), for the demo and the tests.

Answers go through the same contract check as the HTTP backend's, so the
demo exercises the real parsing. Tests can take residents away (to see the
no-record path), make the provider unavailable, or make it answer with
another resident's record (``other_person``: a provider bug or a mix-up
the certificate flow must refuse).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from drivers.records.contract import parse_record
from kiosk.config import DemoRecordsOptions
from kiosk.identity import DEMO_RESIDENTS, Identity
from kiosk.ports.records import RecordNotFound, RecordsUnavailable, ResidentRecord

# Matched to kiosk.identity.DEMO_RESIDENTS (the mock card's chips; ``holder``
# names each one's document, as a records service echoes it). Every
# name, address and number is invented: addresses are in "가상구" (virtual
# district) and "예시구" (example district), and the back digits of each
# resident registration number are zeros and a serial, which no real number
# has.

_DEMO_DATA: dict[str, dict[str, Any]] = {
    "demo-kim": {
        "record": {
            "holder": {
                "issuing_state": "KOR",
                "document_number": "M12345678",
                "birth_date": "850315",
            },
            "name": "김민지",
            "rrn": "850315-2000001",
            "address": "서울특별시 가상구 행복로 12, 101동 1001호",
            "household_head": "김민지",
            "household": [
                {
                    "relation": "본인",
                    "name": "김민지",
                    "rrn": "850315-2000001",
                    "moved_in": "2019-04-01",
                    "change_reason": "전입",
                },
                {
                    "relation": "배우자",
                    "name": "박서준",
                    "rrn": "830920-1000002",
                    "moved_in": "2019-04-01",
                    "change_reason": "전입",
                },
                {
                    "relation": "자녀",
                    "name": "박하늘",
                    "rrn": "150601-4000003",
                    "moved_in": "2019-04-01",
                    "change_reason": "전입",
                },
            ],
            "address_history": [
                {
                    "address": "부산광역시 예시구 바다로 7",
                    "moved_in": "2004-03-02",
                    "moved_out": "2012-02-28",
                },
                {
                    "address": "서울특별시 가상구 꿈길 3, 2층",
                    "moved_in": "2012-02-28",
                    "moved_out": "2019-04-01",
                },
                {"address": "서울특별시 가상구 행복로 12, 101동 1001호", "moved_in": "2019-04-01"},
            ],
            "registration_base": "부산광역시 예시구 바다로 7",
            "clan": "김해",
            "family": [
                {
                    "relation": "부",
                    "name": "김철수",
                    "rrn": "550110-1000004",
                    "role": "parent",
                    "sex": "M",
                    "clan": "김해",
                    "birth_date": "1955-01-10",
                },
                {
                    "relation": "모",
                    "name": "이영희",
                    "rrn": "570505-2000005",
                    "role": "parent",
                    "sex": "F",
                    "clan": "전주",
                    "birth_date": "1957-05-05",
                },
                {
                    "relation": "배우자",
                    "name": "박서준",
                    "rrn": "830920-1000002",
                    "role": "spouse",
                    "sex": "M",
                    "clan": "밀양",
                    "birth_date": "1983-09-20",
                },
                {
                    "relation": "자녀",
                    "name": "박하늘",
                    "rrn": "150601-4000003",
                    "role": "child",
                    "sex": "F",
                    "clan": "밀양",
                    "birth_date": "2015-06-01",
                },
            ],
            "household_reason": "전입",
            "household_formed": "2019-04-01",
            # A deferred property tax: the tax payment certificate states the exception.
            "tax_deferrals": [
                {
                    "kind": "collection",
                    "tax": "재산세",
                    "year": 2026,
                    "amount_won": 182000,
                    "until": "2027-03-31",
                }
            ],
        }
    },
    "demo-lee": {
        "record": {
            "holder": {
                "issuing_state": "KOR",
                "document_number": "K98765432",
                "birth_date": "520704",
            },
            "name": "이준호",
            "rrn": "520704-1000011",
            "address": "서울특별시 가상구 느티나무길 45",
            "household_head": "이준호",
            "household": [
                {
                    "relation": "본인",
                    "name": "이준호",
                    "rrn": "520704-1000011",
                    "moved_in": "1998-10-20",
                },
            ],
            "address_history": [
                {
                    "address": "전라남도 예시군 들녘면 논길 2",
                    "moved_in": "1975-05-01",
                    "moved_out": "1998-10-20",
                },
                {"address": "서울특별시 가상구 느티나무길 45", "moved_in": "1998-10-20"},
            ],
            "registration_base": "전라남도 예시군 들녘면 논길 2",
            "clan": "경주",
            "family": [
                {
                    "relation": "배우자",
                    "name": "정미숙",
                    "rrn": "580312-2000013",
                    "role": "spouse",
                    "sex": "F",
                    "clan": "동래",
                    "birth_date": "1958-03-12",
                },
                {
                    # A child of an earlier marriage: on the 상세 certificate only.
                    "relation": "자녀",
                    "name": "이수진",
                    "rrn": "800101-2000012",
                    "role": "child",
                    "sex": "F",
                    "clan": "경주",
                    "birth_date": "1980-01-01",
                    "current": False,
                },
                {
                    "relation": "자녀",
                    "name": "이동현",
                    "rrn": "880415-1000014",
                    "role": "child",
                    "sex": "M",
                    "clan": "경주",
                    "birth_date": "1988-04-15",
                },
            ],
            "military_service": "육군 병장 만기전역 (1975-02-28)",
            # A basic livelihood support recipient: certificate fees are waived.
            "fee_exempt": True,
            "exemptions": ["basic-livelihood"],
        }
    },
    "demo-nguyen": {
        "record": {
            "holder": {
                "issuing_state": "VNM",
                "document_number": "C0246813",
                "birth_date": "920229",
            },
            "name": "응우옌 티 란",
            "rrn": "920229-6000021",
            "address": "서울특별시 가상구 강변로 8, 3층",
            "household_head": "최민수",
            "household": [
                {
                    "relation": "본인",
                    "name": "최민수",
                    "rrn": "880808-1000022",
                    "moved_in": "2018-06-11",
                },
                {
                    "relation": "배우자",
                    "name": "응우옌 티 란",
                    "rrn": "920229-6000021",
                    "moved_in": "2018-06-11",
                },
            ],
            "address_history": [
                {"address": "서울특별시 가상구 강변로 8, 3층", "moved_in": "2018-06-11"},
            ],
            "registration_base": "",
            "family": [
                {
                    "relation": "배우자",
                    "name": "최민수",
                    "rrn": "880808-1000022",
                    "role": "spouse",
                    "sex": "M",
                    "clan": "경주",
                    "birth_date": "1988-08-08",
                },
            ],
            # Unpaid local tax: the tax payment certificate is refused (plain message).
            "local_tax_arrears": True,
        }
    },
}

#: The demo provider's answers, by resident key, in the wire format of the http contract.
DEMO_RECORDS: Mapping[str, Mapping[str, Any]] = MappingProxyType(_DEMO_DATA)


def demo_resident_key(identity: Identity) -> str | None:
    """Which fictional resident ``identity`` is (document number and birth date), if any."""
    for key, resident in DEMO_RESIDENTS.items():
        chip = resident.identity()
        if (
            chip.document_number == identity.document_number
            and chip.birth_date == identity.birth_date
            and chip.issuing_state == identity.issuing_state
        ):
            return key
    return None


class DemoRecordsProvider:
    """A ``kiosk.ports.records.RecordsProvider`` over the fictional residents. Thread-safe."""

    def __init__(
        self, options: DemoRecordsOptions | None = None, *, residents: Iterable[str] | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._fault: str = (options or DemoRecordsOptions()).fault
        self._residents = set(DEMO_RECORDS if residents is None else residents)
        self.lookups = 0

    @property
    def name(self) -> str:
        return "demo"

    def set_fault(self, fault: str) -> None:
        """``none``, ``unavailable`` or ``other_person`` (test control, any thread)."""
        if fault not in ("none", "unavailable", "other_person"):
            raise ValueError(f"unknown demo records fault {fault!r}")
        with self._lock:
            self._fault = fault

    def fetch(self, identity: Identity) -> ResidentRecord:
        with self._lock:
            fault = self._fault
            residents = set(self._residents)
            self.lookups += 1
        if fault == "unavailable":
            raise RecordsUnavailable("demo: simulated outage")
        key = demo_resident_key(identity)
        if key is None or key not in residents:
            raise RecordNotFound("demo: no such resident")
        if fault == "other_person":
            keys = list(DEMO_RECORDS)
            key = keys[(keys.index(key) + 1) % len(keys)]
        return parse_record(DEMO_RECORDS[key])
