"""A records service on 127.0.0.1 for tests: scripted answers, and a server that drips.

``RecordsServer`` answers each request with the next scripted answer
``(status, body, headers)`` (the last one repeats) and records what it was
sent. Besides real HTTP statuses, an answer can break the connection:

* ``DROP``: close the connection without a word;
* ``DRIP``: send a whole (valid) answer one byte every ``drip_interval_s``,
  status line and headers included, the way a stuck proxy or an attacker
  holding connections open does; every byte arrives well within any
  per-read timeout, so only an overall deadline ends the request;
* ``DRIP_BODY``: the same, but the status line and headers arrive at once.

    with RecordsServer() as server:
        server.answer((DRIP, body, {}), ok(record))
        HttpRecordsOptions(url=server.url, ...)
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.support.server_thread import ServerThread

Answer = tuple[int, bytes, dict[str, str]]

#: Close the connection without answering.
DROP = 0
#: Send the answer one byte at a time (see the module docstring).
DRIP = -1
#: Send the status line and headers at once, then the body one byte at a time.
DRIP_BODY = -2


def ok(data: Any) -> Answer:
    """A 200 answer with ``data`` as JSON."""
    return 200, json.dumps(data, ensure_ascii=False).encode("utf-8"), {}


def deep_json(levels: int) -> bytes:
    """``[[[...]]]`` nested ``levels`` deep: valid JSON that makes a naive parser recurse."""
    return b"[" * levels + b"]" * levels


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that refused our certificate or hung up is expected in these
        # tests; anything else is a bug in the test server and is printed.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class RecordsServer(ServerThread):
    """A threaded HTTP server answering from a script; see the module docstring."""

    def __init__(self, drip_interval_s: float = 1.0, tls: tuple[Path, Path] | None = None) -> None:
        self.answers: list[Answer] = []
        self.requests: list[dict[str, Any]] = []
        self.drip_interval_s = drip_interval_s
        #: Bytes sent by dripping answers (all connections together).
        self.dripped = 0
        self._stop = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                outer.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": json.loads(body) if body else None,
                    }
                )
                status, data, headers = (
                    outer.answers.pop(0) if len(outer.answers) > 1 else outer.answers[0]
                )
                self.close_connection = True
                if status == DROP:
                    return
                if status in (DRIP, DRIP_BODY):
                    outer._drip(self, data, headers, whole=status == DRIP)
                    return
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data)

            do_GET = _answer
            do_POST = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        port = self.httpd.server_address[1]
        if tls is None:
            self.url = f"http://127.0.0.1:{port}/api"
        else:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            # The handshake runs in the handler's thread, not in accept().
            self.httpd.socket = context.wrap_socket(
                self.httpd.socket, server_side=True, do_handshake_on_connect=False
            )
            self.url = f"https://localhost:{port}/api"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def _drip(
        self, handler: BaseHTTPRequestHandler, data: bytes, headers: dict[str, str], whole: bool
    ) -> None:
        head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        head += f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
        if not whole:
            try:
                handler.wfile.write(head.encode("ascii"))
                handler.wfile.flush()
            except OSError:
                return
        for i, byte in enumerate((head.encode("ascii") if whole else b"") + data):
            if i and self._stop.wait(self.drip_interval_s):
                return
            try:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
            except OSError:
                return  # the client gave up: what a deadline is for
            self.dripped += 1

    def answer(self, *answers: Answer) -> None:
        self.answers = list(answers)

    def close(self) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """(certificate, key) PEM files for ``localhost`` and 127.0.0.1, valid for a day.

    The certificate is its own CA: pass it as ``records.http.ca_file``.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "records-cert.pem", folder / "records-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def wait_until(predicate: Any, timeout_s: float = 5.0) -> bool:
    """Poll ``predicate`` until it is true or ``timeout_s`` passes."""
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return bool(predicate())
