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
  moved_in, change_reason}``), ``household_reason`` and ``household_formed``,
  ``address_history`` (list of ``{address, moved_in,
  moved_out}``; dates ``YYYY-MM-DD``, ``moved_out`` null for the current
  address), ``military_service`` (str), ``registration_base`` (str),
  ``family`` (list of ``{relation, name, rrn, role, sex, clan, birth_date,
  current, living}``), ``local_tax_arrears`` (bool), ``tax_deferrals``,
  ``fee_exempt`` (bool), ``exemptions`` (reason ids); see the document.
  Unknown keys are ignored. Anything else (not JSON, wrong types, a bad
  ``rrn``) is rejected: the kiosk logs which fields are wrong, never their
  values, and tells the resident their records cannot be retrieved.
- ``404``: no record for this person (the resident is sent to the counter).
- ``401`` / ``403``: the kiosk is refused (token wrong or revoked); not retried.
- ``408``, ``429``, ``5xx`` and refused connections: retried
  ``records.http.retries`` times, waiting ``backoff_s``, then twice that,
  and so on (``Retry-After`` in seconds is honoured up to 10 s), as long
  as the lookup's deadline (below) leaves time; then the provider counts
  as unavailable. A lookup that runs out of time is not retried.
- other statuses: unavailable, not retried.

``GET {url}/v1/health`` answers ``200 {"status": "ok"}`` when the service
is up (used by technicians' checks).

TLS certificates are always verified (against the system's CAs or
``records.http.ca_file``); plain ``http://`` is accepted only to this
computer (``kiosk config validate`` refuses it to any other host).

One deadline per lookup: ``records.http.timeout_s`` covers connecting,
sending, every byte of the answer, the retries and the waits between them.
Per-operation socket timeouts alone cannot do that (a server dripping one
byte a second never lets one expire), so each attempt's connection is shut
down when the deadline passes, and an answer cut off that way counts as a
timeout. A slow or stuck service therefore holds a resident for about
``timeout_s``, then they are told their records cannot be retrieved and the
next resident is served. Answers larger than 1 MB or nested deeper than
``MAX_DEPTH`` are refused before they are parsed.

Nothing is charged before a record has arrived, so an unreachable provider
costs the resident nothing.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import re
import secrets
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from email.message import Message
from typing import Any

from drivers.records.contract import identity_query, parse_record
from kiosk.config import HttpRecordsOptions
from kiosk.identity import Identity
from kiosk.ports.records import (
    RecordNotFound,
    RecordsContractError,
    RecordsRefused,
    RecordsUnavailable,
    ResidentRecord,
)

log = logging.getLogger(__name__)

LOOKUP_PATH = "/v1/residents/lookup"
HEALTH_PATH = "/v1/health"
#: Answers larger than this are not a record (and must not exhaust memory).
MAX_BODY = 1_000_000
#: A record is nested four levels deep ({"record": {"household": [{...}]}});
#: deeper answers are refused before parsing (json would recurse on them).
MAX_DEPTH = 32
_RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect would re-send the resident's data somewhere the config does not name.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class _Deadline:
    """Shuts down the connections of one attempt when the lookup's time is up.

    urllib's ``timeout`` applies to each socket operation, so a server that
    sends a byte now and then keeps a request alive for ever; shutting the
    socket down from a timer ends the blocked read at once, whatever it was
    reading (TLS handshake, headers or body).
    """

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []
        self._timer = threading.Timer(max(0.0, seconds), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            socks, self._socks = self._socks, []
        for sock in socks:
            sock.close()

    def watch(self, sock: socket.socket) -> None:
        # A duplicate of the descriptor: shutdown() acts on the connection
        # shared by both, and stays possible after ssl has taken the original.
        dup = sock.dup()
        with self._lock:
            expired = self.expired
            if not expired:
                self._socks.append(dup)
        if expired:
            dup.close()
            raise TimeoutError("records lookup deadline passed")

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            socks = list(self._socks)
        for sock in socks:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def connection(self, cls: type[http.client.HTTPConnection]) -> Callable[..., Any]:
        """A connection factory for ``AbstractHTTPHandler.do_open`` that reports its sockets."""
        deadline = self

        def create(*args: Any, **kwargs: Any) -> http.client.HTTPConnection:
            conn = cls(*args, **kwargs)
            plain_create = conn._create_connection  # type: ignore[attr-defined]

            def create_connection(*cargs: Any, **ckwargs: Any) -> socket.socket:
                sock: socket.socket = plain_create(*cargs, **ckwargs)
                try:
                    deadline.watch(sock)
                except BaseException:
                    sock.close()
                    raise
                return sock

            conn._create_connection = create_connection  # type: ignore[attr-defined]
            return conn

        return create


class _HttpHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._deadline.connection(http.client.HTTPConnection), req)


class _HttpsHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline, context: ssl.SSLContext) -> None:
        super().__init__(context=context)
        self._deadline = deadline
        self._ssl_context = context

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            self._deadline.connection(http.client.HTTPSConnection),
            req,
            context=self._ssl_context,
        )


def _nesting_depth(data: bytes) -> int:
    """How deeply arrays and objects nest in a JSON text (strings skipped), without parsing it."""
    depth = deepest = 0
    for token in _JSON_TOKENS.findall(data):
        if token in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in (b"]", b"}"):
            depth -= 1
    return deepest


#: A string (its closing quote optional, so an unterminated one is consumed
#: once rather than rescanned from every quote inside it) or a bracket.
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"?|[\[\]{}]')


class HttpRecordsProvider:
    """A ``kiosk.ports.records.RecordsProvider`` over the HTTP contract above. Thread-safe."""

    def __init__(
        self,
        options: HttpRecordsOptions,
        *,
        kiosk_id: str = "",
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.options = options
        self._base = options.url.rstrip("/")
        self._kiosk_id = kiosk_id
        self._sleep = sleep
        self._monotonic = monotonic
        context = ssl.create_default_context(cafile=options.ca_file or None)
        # Verification stays on; create_default_context already requires it.
        context.check_hostname = True
        context.verify_mode = ssl.CERT_REQUIRED
        self._ssl_context = context

    def _opener(self, deadline: _Deadline) -> urllib.request.OpenerDirector:
        # One per attempt: its handlers hand that attempt's sockets to its deadline.
        return urllib.request.build_opener(
            _HttpHandler(deadline), _HttpsHandler(deadline, self._ssl_context), _NoRedirect()
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

    def _once(
        self, path: str, body: bytes | None, request_id: str, seconds: float
    ) -> tuple[int, bytes, Message]:
        """One attempt with ``seconds`` left; TimeoutError once they have passed."""
        headers = self._headers(request_id)
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(
            self._base + path, data=body, headers=headers, method="POST" if body else "GET"
        )
        with _Deadline(seconds) as deadline:
            try:
                with self._opener(deadline).open(request, timeout=seconds) as response:
                    answer = response.status, response.read(MAX_BODY + 1), response.headers
            except urllib.error.HTTPError as exc:
                try:
                    data = exc.read(MAX_BODY + 1)
                except (OSError, http.client.HTTPException):
                    data = b""
                finally:
                    exc.close()
                answer = exc.code, data, exc.headers
            except (OSError, http.client.HTTPException, urllib.error.URLError):
                if deadline.expired:
                    raise TimeoutError("records lookup deadline passed") from None
                raise
            if deadline.expired:
                # The answer was cut off by the deadline: what arrived is not all of it.
                raise TimeoutError("records lookup deadline passed")
        return answer

    def _request(self, path: str, body: bytes | None) -> tuple[int, bytes]:
        request_id = secrets.token_hex(8)
        attempts = self.options.retries + 1
        delay = self.options.backoff_s
        deadline = self._monotonic() + self.options.timeout_s
        problem = "timed out"
        made = 0
        while made < attempts:
            left = deadline - self._monotonic()
            if left <= 0:
                problem = f"timed out (no complete answer within {self.options.timeout_s:g} s)"
                break
            made += 1
            retry_after: float | None = None
            try:
                status, data, headers = self._once(path, body, request_id, left)
            except TimeoutError:
                # The deadline has passed: no time is left for another attempt.
                problem = f"timed out (no complete answer within {self.options.timeout_s:g} s)"
                break
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, ssl.SSLError):
                    # A certificate problem does not heal by retrying.
                    raise RecordsUnavailable(f"TLS: {type(reason).__name__}") from None
                problem = f"cannot connect ({type(reason).__name__})"
            except (OSError, ValueError, http.client.HTTPException) as exc:
                problem = f"connection failed ({type(exc).__name__})"
            else:
                if status not in _RETRY_STATUS:
                    return status, data
                problem = f"HTTP {status}"
                retry_after = _retry_after(headers)
            if made < attempts:
                wait = delay if retry_after is None else min(retry_after, 10.0)
                if wait >= deadline - self._monotonic():
                    # Waiting would keep the resident past the lookup's deadline.
                    break
                log.warning(
                    "records request %s failed (%s); retry %d/%d in %.1f s",
                    request_id,
                    problem,
                    made,
                    attempts - 1,
                    wait,
                )
                self._sleep(wait)
                delay *= 2
        log.warning("records request %s gave up: %s after %d attempt(s)", request_id, problem, made)
        raise RecordsUnavailable(f"{problem} after {made} attempt(s)")

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
        if _nesting_depth(data) > MAX_DEPTH:
            return self._reject(f"answer nested deeper than {MAX_DEPTH} levels")
        try:
            decoded = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
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
        if status != 200 or _nesting_depth(data) > MAX_DEPTH:
            return False
        try:
            return bool(json.loads(data.decode("utf-8")).get("status") == "ok")
        except (UnicodeDecodeError, json.JSONDecodeError, AttributeError, RecursionError):
            return False


def _retry_after(headers: Message) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
