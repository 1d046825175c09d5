"""A generic SMS / KakaoTalk 알림톡 gateway over HTTPS.

Each message is one ``POST`` of ``{"to": "01012345678", "text": "...",
"sender": "<devices.notify.http.sender>"}`` as JSON to
``devices.notify.http.url``, with ``Authorization: Bearer <key>``. The key
is read from ``api_key_file`` (first line) or, without one, from the
environment variable ``api_key_env``; it is read at each send, so a
rotated key needs no restart. Any 2xx answer counts as sent. Redirects
are not followed: urllib would repeat the POST as a GET without the
message, send the key along to wherever the redirect points (even plain
http:// or another host) and count that GET's 2xx as sent; a 3xx is a
failed send instead. Errors
(timeout, refused connection, other statuses) come back as a failed
``SendResult`` that names the cause but never the number or the key. Only
a failure before the request was written (refused, unknown host, connect
timeout) means the message cannot have left; one while waiting for the
answer (a late answer, the connection closed or reset) is ``maybe_sent``.
Most Korean gateways take this shape or need a small adapter in front.
"""

from __future__ import annotations

import http.client
import json
import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from kiosk.config import HttpNotifyOptions
from kiosk.ports.notify import SendResult


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        # None: urllib does not follow, and the 3xx comes back as an HTTPError.
        return None


#: The opener of every send: urllib's defaults, but no redirect is followed.
_OPENER = urllib.request.build_opener(_RefuseRedirects)


class HttpNotifier:
    def __init__(self, options: HttpNotifyOptions) -> None:
        self._options = options

    def _api_key(self) -> str | None:
        """The key, or None when none is set; LookupError when it cannot be used.

        Checked before anything is sent: a key an HTTP header cannot carry
        failed inside the request, so every text of the round was lost.
        """
        if self._options.api_key_file:
            try:
                # utf-8-sig: Windows Notepad starts a "UTF-8" file with a BOM.
                text = Path(self._options.api_key_file).read_text(encoding="utf-8-sig")
            except OSError as exc:
                raise LookupError(f"cannot read the API key file ({exc.strerror})") from None
            except UnicodeDecodeError:
                raise LookupError("the API key file is not UTF-8 text") from None
            key = text.strip().splitlines()[0] if text.strip() else None
        else:
            key = os.environ.get(self._options.api_key_env) or None
        if key is not None and not (key.isascii() and key.isprintable()):
            raise LookupError("the API key holds characters an HTTP header cannot carry")
        return key

    def send(self, phone: str, message: str) -> SendResult:
        try:
            key = self._api_key()
        except LookupError as exc:
            return SendResult(False, str(exc))
        if key is None:
            return SendResult(
                False, f"no API key (api_key_file, or ${self._options.api_key_env}) is set"
            )
        body = json.dumps(
            {"to": phone, "text": message, "sender": self._options.sender}, ensure_ascii=False
        ).encode("utf-8")
        request = urllib.request.Request(
            self._options.url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/json; charset=utf-8",
                "Authorization": f"Bearer {key}",
            },
        )
        try:
            with _OPENER.open(request, timeout=self._options.timeout_s) as answer:
                status = answer.status
        except urllib.error.HTTPError as exc:
            exc.close()  # it holds the answer's connection
            if 300 <= exc.code < 400:
                return SendResult(
                    False,
                    f"gateway answered HTTP {exc.code} (a redirect, not followed): "
                    "give its final address in devices.notify.http.url",
                )
            # A server error may come after the gateway passed the message on.
            return SendResult(
                False, f"gateway answered HTTP {exc.code}", maybe_sent=exc.code >= 500
            )
        except urllib.error.URLError as exc:
            # urllib wraps only what fails while connecting or writing the
            # request, so the gateway cannot hold the whole message.
            return SendResult(False, f"gateway unreachable ({type(exc.reason).__name__})")
        except http.client.InvalidURL:
            # Raised unwrapped, but before the request is written (a port
            # that is not a number): nothing left.
            return SendResult(False, "devices.notify.http.url is not a valid address")
        except TimeoutError:
            return SendResult(
                False,
                f"gateway did not answer within {self._options.timeout_s:g} s",
                maybe_sent=True,
            )
        except (OSError, http.client.HTTPException) as exc:
            # Raised unwrapped while waiting for the answer: the request was
            # written, and a gateway (or a proxy in front of it) that hangs up
            # after reading it may still pass the message on.
            return SendResult(
                False, f"gateway sent no answer ({type(exc).__name__})", maybe_sent=True
            )
        if not 200 <= status < 300:
            return SendResult(False, f"gateway answered HTTP {status}", maybe_sent=status >= 500)
        return SendResult(True)
