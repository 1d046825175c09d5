"""Records providers: the demo residents, and the HTTP contract against a real local server."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from drivers.records import create_records_provider
from drivers.records.contract import parse_record
from drivers.records.demo import DEMO_RECORDS, DemoRecordsProvider
from drivers.records.http import HttpRecordsProvider
from kiosk.config import HttpRecordsOptions, RecordsConfig
from kiosk.identity import DEMO_RESIDENTS
from kiosk.ports.records import (
    RecordNotFound,
    RecordsContractError,
    RecordsProvider,
    RecordsRefused,
    RecordsUnavailable,
    mask_rrn,
)
from tests.support.records_server import (
    DRIP,
    DRIP_BODY,
    DROP,
    RecordsServer,
    deep_json,
    ok,
    self_signed_certificate,
)

KIM = DEMO_RESIDENTS["demo-kim"]
PERSONAL = ("김민지", "850315", "M12345678", "MINJI", "행복로")


@pytest.fixture
def server() -> Iterator[RecordsServer]:
    s = RecordsServer()
    yield s
    s.close()


Sleeps = list[float]


@pytest.fixture
def sleeps() -> Sleeps:
    return []


@pytest.fixture
def provider(server: RecordsServer, sleeps: Sleeps) -> Callable[..., HttpRecordsProvider]:
    def make(**options: Any) -> HttpRecordsProvider:
        opts = HttpRecordsOptions(url=server.url, token="s3cret", **{"timeout_s": 1.0, **options})
        # The waits are recorded, not slept, but the lookup's deadline counts them.
        return HttpRecordsProvider(
            opts,
            kiosk_id="demo-0001/kiosk-1",
            sleep=sleeps.append,
            monotonic=lambda: time.monotonic() + sum(sleeps),
        )

    return make


def _no_personal_data(text: str) -> None:
    for item in PERSONAL:
        assert item not in text


# --- demo --------------------------------------------------------------------


def test_demo_residents_have_fictional_records() -> None:
    provider = DemoRecordsProvider()
    assert isinstance(provider, RecordsProvider)
    for key, resident in DEMO_RESIDENTS.items():
        record = provider.fetch(resident.identity())
        assert record.name == resident.name_ko
        assert record.household and record.address_history
        # Obviously fictional: back digits are zeros and a serial number.
        assert record.rrn.split("-")[1][1:5] == "0000"
        assert key in DEMO_RECORDS
    assert "김민지" not in repr(provider.fetch(KIM.identity()))


def test_demo_unknown_resident_and_outage() -> None:
    provider = DemoRecordsProvider(residents=["demo-lee"])
    with pytest.raises(RecordNotFound) as not_found:
        provider.fetch(KIM.identity())
    assert "counter" in not_found.value.resident_message.source
    provider.set_fault("unavailable")
    with pytest.raises(RecordsUnavailable):
        provider.fetch(DEMO_RESIDENTS["demo-lee"].identity())


def test_record_wipe_and_masking() -> None:
    record = parse_record(DEMO_RECORDS["demo-kim"])
    assert mask_rrn(record.rrn) == "850315-2******"
    record.wipe()
    assert (
        record.name == "" and record.household == [] and repr(record) == "ResidentRecord(<wiped>)"
    )


def test_registry_builds_both_backends(server: RecordsServer) -> None:
    assert create_records_provider(RecordsConfig()).name == "demo"
    http = create_records_provider(
        RecordsConfig(backend="http", http=HttpRecordsOptions(url=server.url))
    )
    assert http.name == f"http {server.url}"


# --- http ----------------------------------------------------------------------


def test_lookup_sends_the_contract_and_parses_the_record(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider]
) -> None:
    server.answer(ok(DEMO_RECORDS["demo-kim"]))
    record = provider().fetch(KIM.identity())
    assert record.name == "김민지" and len(record.address_history) == 3
    [request] = server.requests
    assert request["method"] == "POST" and request["path"] == "/api/v1/residents/lookup"
    assert request["headers"]["Authorization"] == "Bearer s3cret"
    assert request["headers"]["X-Kiosk-Id"] == "demo-0001/kiosk-1"
    assert request["body"] == {
        "document_type": "PM",
        "issuing_state": "KOR",
        "document_number": "M12345678",
        "birth_date": "850315",
        "surname": "KIM",
        "given_names": "MINJI",
        "nationality": "KOR",
    }


def test_not_found_and_refused(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider]
) -> None:
    server.answer((404, b'{"error": "not_found"}', {}))
    with pytest.raises(RecordNotFound):
        provider().fetch(KIM.identity())
    server.answer((401, b"", {}))
    with pytest.raises(RecordsRefused):
        provider().fetch(KIM.identity())
    assert len(server.requests) == 2  # refusals are not retried


def test_server_errors_are_retried_with_backoff(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider], sleeps: Sleeps
) -> None:
    server.answer((503, b"", {}), (500, b"", {}), ok(DEMO_RECORDS["demo-kim"]))
    # The lookup's deadline leaves room for both waits (0.5 + 1 s).
    assert provider(retries=2, backoff_s=0.5, timeout_s=5).fetch(KIM.identity()).name == "김민지"
    assert sleeps == [0.5, 1.0]
    ids = {r["headers"]["X-Request-Id"] for r in server.requests}
    assert len(server.requests) == 3 and len(ids) == 1


def test_retry_after_is_honoured_and_exhaustion_is_unavailable(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider], sleeps: Sleeps
) -> None:
    server.answer((429, b"", {"Retry-After": "3"}))
    with pytest.raises(RecordsUnavailable) as exc:
        provider(retries=1, timeout_s=10).fetch(KIM.identity())
    assert sleeps == [3.0]
    assert "HTTP 429 after 2 attempt(s)" in exc.value.detail
    assert "charged" in exc.value.resident_message.source


def test_unreachable_provider(sleeps: Sleeps) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    opts = HttpRecordsOptions(url=f"http://127.0.0.1:{port}", retries=2, backoff_s=0.1)
    provider = HttpRecordsProvider(opts, sleep=sleeps.append)
    with pytest.raises(RecordsUnavailable) as exc:
        provider.fetch(KIM.identity())
    assert "cannot connect" in exc.value.detail and sleeps == [0.1, 0.2]
    assert not provider.health()


def test_dropped_connection_is_unavailable(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider]
) -> None:
    server.answer((DROP, b"", {}))
    with pytest.raises(RecordsUnavailable):
        provider(retries=0).fetch(KIM.identity())


def _kim_with(*, without: tuple[str, ...] = (), **changes: Any) -> bytes:
    """The demo Kim record's answer body, with ``changes`` made and the ``without`` keys left out."""
    record = {k: v for k, v in DEMO_RECORDS["demo-kim"]["record"].items() if k not in without}
    return json.dumps({"record": {**record, **changes}}).encode()


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        pytest.param(b"<html>gateway</html>", "not JSON", id="html-page"),
        pytest.param(b"\xff\xfe", "not JSON", id="not-utf8"),
        pytest.param(b"[1, 2]", "not a JSON object", id="json-array"),
        pytest.param(b'{"records": []}', "record: missing", id="no-record-key"),
        pytest.param(_kim_with(rrn="8503152000001"), "record.rrn: value_error", id="bad-rrn"),
        pytest.param(
            _kim_with(household="김민지"), "record.household: list_type", id="household-not-list"
        ),
        pytest.param(
            _kim_with(address_history=[{"address": "행복로", "moved_in": "2019-13-01"}]),
            "record.address_history.0.moved_in",
            id="moved-in-month-13",
        ),
        # A record must say whose it is, or the kiosk cannot tell it is the chip's.
        pytest.param(_kim_with(without=("holder",)), "record.holder: missing", id="no-holder"),
        pytest.param(deep_json(100_000), "nested deeper than 32 levels", id="100k-nested-arrays"),
        pytest.param(
            _kim_with(extra=[[[[[]]]]])[:-2] + b', "deeper": ' + deep_json(5_000) + b"}}",
            "nested deeper than 32 levels",
            id="deep-unknown-key",
        ),
        pytest.param(
            b'{"record": "' + b"x" * 2_000_000 + b'"}', "larger than 1 MB", id="2-MB-body"
        ),
        # 400,000 escaped quotes and no closing one: measured once, not once per quote.
        pytest.param(b'{"record": "' + b'\\"' * 400_000, "not JSON", id="unterminated-string"),
    ],
)
def test_malformed_deep_or_huge_answers_are_rejected_without_personal_data(
    server: RecordsServer,
    provider: Callable[..., HttpRecordsProvider],
    caplog: pytest.LogCaptureFixture,
    body: bytes,
    reason: str,
) -> None:
    """A 200 answer of ``body`` is rejected as every bad answer must be: for
    ``reason``, logged, without personal data, with a plain word for the resident."""
    server.answer((200, body, {"Content-Type": "application/json"}))
    with caplog.at_level(logging.DEBUG), pytest.raises(RecordsContractError) as exc:
        provider().fetch(KIM.identity())
    error = exc.value
    assert reason in error.detail
    assert "records answer rejected" in caplog.text and reason in caplog.text
    assert "retrieved" in error.resident_message.source
    _no_personal_data(caplog.text)
    _no_personal_data(error.detail)


def test_unknown_keys_are_ignored_and_health(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider]
) -> None:
    data = {"record": {**DEMO_RECORDS["demo-lee"]["record"], "future_field": 1}, "v": 2}
    server.answer(ok(data))
    assert provider().fetch(DEMO_RESIDENTS["demo-lee"].identity()).fee_exempt
    server.answer(ok({"status": "ok"}))
    assert provider().health()
    assert server.requests[-1]["method"] == "GET"
    assert server.requests[-1]["path"] == "/api/v1/health"


def test_tls_verification_is_on(provider: Callable[..., HttpRecordsProvider]) -> None:
    import ssl

    from drivers.records.http import _Deadline

    p = provider()
    handlers = [h for h in p._opener(_Deadline(1.0)).handlers if hasattr(h, "_context")]
    [https] = handlers
    context = https._context
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname


# --- one deadline per lookup; answers too big or too deep -----------------------


def _fetch_in_thread(provider: HttpRecordsProvider, limit_s: float) -> tuple[float, Any]:
    """(seconds taken, record or exception) of one lookup; fails if it outlives ``limit_s``."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        start = time.monotonic()
        try:
            outcome["result"] = provider.fetch(KIM.identity())
        except Exception as exc:
            outcome["result"] = exc
        outcome["took"] = time.monotonic() - start

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(limit_s)
    assert not thread.is_alive(), f"the lookup was still running after {limit_s} s"
    return outcome["took"], outcome["result"]


@pytest.mark.parametrize("drip", [DRIP, DRIP_BODY], ids=["whole-answer", "body"])
def test_a_slow_drip_server_is_cut_off_at_the_deadline_and_the_next_resident_is_served(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider], drip: int
) -> None:
    record = json.dumps(DEMO_RECORDS["demo-kim"], ensure_ascii=False).encode("utf-8")
    # One byte a second: every read succeeds within timeout_s, the answer never ends.
    server.answer((drip, record, {}), ok(DEMO_RECORDS["demo-kim"]))
    kiosk = provider(timeout_s=2.0, retries=2)
    took, result = _fetch_in_thread(kiosk, limit_s=10)
    assert isinstance(result, RecordsUnavailable), result
    assert took < 3.0, f"the lookup took {took:.1f} s with timeout_s=2"
    assert "timed out" in result.detail and "2 s" in result.detail
    # What the resident is told: plain, and that nothing was charged.
    assert "You have not been charged" in result.resident_message.source
    assert 0 < server.dripped < 10
    # The next resident's lookup is answered at once.
    took, result = _fetch_in_thread(kiosk, limit_s=10)
    assert not isinstance(result, Exception), result
    assert result.name == "김민지" and took < 1.0


def test_brackets_inside_strings_do_not_count_as_nesting(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider]
) -> None:
    record = {**DEMO_RECORDS["demo-kim"]["record"], "registration_base": "[" * 100 + '\\"{'}
    server.answer(ok({"record": record}))
    assert provider().fetch(KIM.identity()).registration_base == "[" * 100 + '\\"{'


def test_retries_stop_when_waiting_would_pass_the_deadline(
    server: RecordsServer, provider: Callable[..., HttpRecordsProvider], sleeps: Sleeps
) -> None:
    server.answer((503, b"", {}))
    with pytest.raises(RecordsUnavailable) as exc:
        provider(timeout_s=1.0, retries=5, backoff_s=0.4).fetch(KIM.identity())
    # 0.4 s, then 0.8 s would end after the 1 s deadline: two attempts, one wait.
    assert sleeps == [0.4]
    assert exc.value.detail == "HTTP 503 after 2 attempt(s)"


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[RecordsServer, Path]]:
    cert, key = self_signed_certificate(tmp_path)
    s = RecordsServer(tls=(cert, key))
    yield s, cert
    s.close()


def test_https_lookup_verifies_the_certificate_and_keeps_the_deadline(
    tls_server: tuple[RecordsServer, Path], sleeps: Sleeps
) -> None:
    server, cert = tls_server
    record = json.dumps(DEMO_RECORDS["demo-kim"], ensure_ascii=False).encode("utf-8")
    server.answer(ok(DEMO_RECORDS["demo-kim"]), (DRIP, record, {}), ok(DEMO_RECORDS["demo-kim"]))
    opts = HttpRecordsOptions(url=server.url, ca_file=str(cert), timeout_s=2.0)
    provider = HttpRecordsProvider(opts, sleep=sleeps.append)
    assert provider.fetch(KIM.identity()).name == "김민지"
    # The same service dripping its answer over TLS is cut off at the deadline too.
    took, result = _fetch_in_thread(provider, limit_s=10)
    assert isinstance(result, RecordsUnavailable) and "timed out" in result.detail
    assert took < 3.0
    took, result = _fetch_in_thread(provider, limit_s=10)
    assert not isinstance(result, Exception) and result.name == "김민지"
    # Without the service's CA the certificate is refused, and not retried.
    untrusted = HttpRecordsProvider(
        HttpRecordsOptions(url=server.url, timeout_s=2.0), sleep=sleeps.append
    )
    with pytest.raises(RecordsUnavailable) as exc:
        untrusted.fetch(KIM.identity())
    assert exc.value.detail.startswith("TLS: SSLCertVerificationError")


def test_family_members_deferrals_and_exemptions_in_the_contract() -> None:
    lee = parse_record(DEMO_RECORDS["demo-lee"])
    assert [m.role for m in lee.family] == ["spouse", "child", "child"]
    earlier = lee.family[1]
    assert earlier.sex == "F" and earlier.clan == "경주" and not earlier.current
    assert earlier.birth_date is not None and earlier.birth_date.year == 1980
    assert lee.exemptions == ["basic-livelihood"] and lee.military_service
    kim = parse_record(DEMO_RECORDS["demo-kim"])
    assert kim.tax_deferrals[0].kind == "collection" and kim.tax_deferrals[0].amount_won == 182000
    assert kim.household_reason == "전입" and kim.household[1].change_reason == "전입"
    # A provider that sends no role: the relation decides.
    bare = {
        "record": {
            **DEMO_RECORDS["demo-kim"]["record"],
            "family": [
                {"relation": "모", "name": "이영희", "rrn": "570505-2000005"},
                {"relation": "배우자", "name": "박서준", "rrn": "830920-1000002"},
                {"relation": "자녀", "name": "박하늘", "rrn": "150601-4000003"},
            ],
        }
    }
    assert [m.role for m in parse_record(bare).family] == ["parent", "spouse", "child"]
    wrong = {
        "record": {
            **DEMO_RECORDS["demo-kim"]["record"],
            "family": [{"relation": "모", "name": "이영희", "rrn": "570505-2000005", "sex": "X"}],
        }
    }
    with pytest.raises(RecordsContractError) as info:
        parse_record(wrong)
    assert "record.family.0.sex" in info.value.detail and "이영희" not in info.value.detail
    kim.wipe()
    assert kim.household_formed is None and kim.tax_deferrals == [] and kim.exemptions == []
