"""HTTP records provider: asks a records service for a resident's record (stdlib urllib).

The contract (also in ``docs/records-http.md``)
================================================

Base URL from ``records.http.url`` (e.g. ``https://records.example/api``).
Every request carries::

    Authorization: Bearer <records.http.token>
    Accept: application/json
    X-Kiosk-Id: <center.code>/<center.kiosk_id>     (when configured)
    X-Request-Id: <random hex, one per lookup; repeated on its retries>

``POST {url}/v1/residents/lookup`` (POST, so personal data never appears in
URLs or access logs). Body: what the ID chip says::

    {"document_type": "P", "issuing_state": "KOR", "document_number": "M12345678",
     "birth_date": "850315", "surname": "KIM", "given_names": "MINJI",
     "nationality": "KOR"}

Answers:

- ``200`` with ``{"record": {...}}``: ``holder`` (``{issuing_state,
  document_number, birth_date}``: the document the record belongs to; the
  kiosk refuses a record whose holder is not the chip's), ``name`` (str), ``rrn``
  (``YYMMDD-NNNNNNN``), ``address`` (str), and optionally
  ``household_head`` (str), ``household`` (list of ``{relation, name, rrn,
  moved_in}``), ``address_history`` (list of ``{address, moved_in,
  moved_out}``; dates ``YYYY-MM-DD``, ``moved_out`` null for the current
  address), ``registration_base`` (str), ``family`` (list of ``{relation,
  name, rrn}``), ``local_tax_arrears`` (bool), ``fee_exempt`` (bool).
  Unknown keys are ignored. Anything else (not JSON, wrong types, a bad
  ``rrn``) is rejected: the kiosk logs which fields are wrong, never their
  values, and tells the resident their records cannot be retrieved.
- ``404``: no record for this person (the resident is sent to the counter).
- ``401`` / ``403``: the kiosk is refused (token wrong or revoked); not retried.
- ``408``, ``429``, ``5xx``, timeouts and refused connections: retried
  ``records.http.retries`` times, waiting ``backoff_s``, then twice that,
  and so on (``Retry-After`` in seconds is honoured up to 10 s); then the
  provider counts as unavailable.
- other statuses: unavailable, not retried.

``GET {url}/v1/health`` answers ``200 {"status": "ok"}`` when the service
is up (used by technicians' checks).

TLS certificates are always verified (against the system's CAs or
``records.http.ca_file``); plain ``http://`` is meant for tests on
127.0.0.1 only. Each request has ``records.http.timeout_s`` to complete.
Nothing is charged before a record has arrived, so an unreachable provider
costs the resident nothing.
"""

from __future__ import annotations

import json
import logging
import secrets
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from email.message import Message
from typing import Any

from kiosk.config import HttpRecordsOptions
from kiosk.identity import Identity
from kiosk.records import (
    RecordNotFound,
    RecordsContractError,
    RecordsRefused,
    RecordsUnavailable,
    ResidentRecord,
    identity_query,
    parse_record,
)

log = logging.getLogger(__name__)

LOOKUP_PATH = "/v1/residents/lookup"
HEALTH_PATH = "/v1/health"
#: Answers larger than this are not a record (and must not exhaust memory).
MAX_BODY = 1_000_000
_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect would re-send the resident's data somewhere the config does not name.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class HttpRecordsProvider:
    """A ``kiosk.records.RecordsProvider`` over the HTTP contract above. Thread-safe."""

    def __init__(
        self,
        options: HttpRecordsOptions,
        *,
        kiosk_id: str = "",
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.options = options
        self._base = options.url.rstrip("/")
        self._kiosk_id = kiosk_id
        self._sleep = sleep
        context = ssl.create_default_context(cafile=options.ca_file or None)
        # Verification stays on; create_default_context already requires it.
        context.check_hostname = True
        context.verify_mode = ssl.CERT_REQUIRED
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=context), _NoRedirect()
        )

    @property
    def name(self) -> str:
        return f"http {self._base}"

    # -- requests -----------------------------------------------------------
    def _headers(self, request_id: str) -> dict[str, str]:
        headers = {
            "Accept": "application/json",
            "User-Agent": "community-kiosk",
            "X-Request-Id": request_id,
        }
        if self.options.token:
            headers["Authorization"] = f"Bearer {self.options.token}"
        if self._kiosk_id:
            headers["X-Kiosk-Id"] = self._kiosk_id
        return headers

    def _once(self, path: str, body: bytes | None, request_id: str) -> tuple[int, bytes, Message]:
        headers = self._headers(request_id)
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(
            self._base + path, data=body, headers=headers, method="POST" if body else "GET"
        )
        try:
            with self._opener.open(request, timeout=self.options.timeout_s) as response:
                data = response.read(MAX_BODY + 1)
                return response.status, data, response.headers
        except urllib.error.HTTPError as exc:
            try:
                data = exc.read(MAX_BODY + 1)
            except OSError:
                data = b""
            finally:
                exc.close()
            return exc.code, data, exc.headers

    def _request(self, path: str, body: bytes | None) -> tuple[int, bytes]:
        request_id = secrets.token_hex(8)
        attempts = self.options.retries + 1
        delay = self.options.backoff_s
        problem = ""
        for attempt in range(1, attempts + 1):
            retry_after: float | None = None
            try:
                status, data, headers = self._once(path, body, request_id)
            except TimeoutError:
                problem = "timed out"
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, ssl.SSLError):
                    # A certificate problem does not heal by retrying.
                    raise RecordsUnavailable(f"TLS: {type(reason).__name__}") from None
                problem = f"cannot connect ({type(reason).__name__})"
            except (OSError, ValueError) as exc:
                problem = f"connection failed ({type(exc).__name__})"
            else:
                if status not in _RETRY_STATUS:
                    return status, data
                problem = f"HTTP {status}"
                retry_after = _retry_after(headers)
            if attempt < attempts:
                wait = delay if retry_after is None else min(retry_after, 10.0)
                log.warning(
                    "records request %s failed (%s); retry %d/%d in %.1f s",
                    request_id,
                    problem,
                    attempt,
                    attempts - 1,
                    wait,
                )
                self._sleep(wait)
                delay *= 2
        raise RecordsUnavailable(f"{problem} after {attempts} attempt(s)")

    # -- RecordsProvider ------------------------------------------------------
    def fetch(self, identity: Identity) -> ResidentRecord:
        body = json.dumps(identity_query(identity)).encode("utf-8")
        status, data = self._request(LOOKUP_PATH, body)
        if status == 404:
            raise RecordNotFound("HTTP 404")
        if status in (401, 403):
            log.error("records provider refused the kiosk: HTTP %d", status)
            raise RecordsRefused(f"HTTP {status}")
        if status != 200:
            log.error("records provider answered HTTP %d", status)
            raise RecordsUnavailable(f"HTTP {status}")
        if len(data) > MAX_BODY:
            return self._reject("answer larger than 1 MB")
        try:
            decoded = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return self._reject(f"answer is not JSON ({type(exc).__name__})")
        try:
            return parse_record(decoded)
        except RecordsContractError as exc:
            return self._reject(exc.detail)

    def _reject(self, reason: str) -> ResidentRecord:
        # The reason names fields and problems only; values are personal data.
        log.error("records answer rejected: %s", reason)
        raise RecordsContractError(reason)

    def health(self) -> bool:
        """Whether the service answers its health check (technicians' tool)."""
        try:
            status, data = self._request(HEALTH_PATH, None)
        except RecordsUnavailable:
            return False
        if status != 200:
            return False
        try:
            return bool(json.loads(data.decode("utf-8")).get("status") == "ok")
        except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
            return False


def _retry_after(headers: Message) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
