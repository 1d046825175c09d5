"""The Starlette app: a ticket's status page, its JSON feed and the phone form.

Routes (``token`` is the ticket's secret from ``kiosk.queue.follow``):

* ``GET /t/{token}``: the page, in ``?lang=`` or the browser's language.
  It updates itself: a small script asks ``/t/{token}/status.json`` every
  ``follow.refresh_s`` seconds; without JavaScript a meta refresh reloads
  it. An unknown token gets a 404 page saying so.
* ``GET /t/{token}/status.json``: the same lines as JSON.
* ``POST /t/{token}/phone``: leave a mobile number (an ordinary form, so it
  works without JavaScript); a wrong one is answered on the page, in its
  language, with status 422, and one more number than a ticket may take
  (``kiosk.queue.follow.MAX_PHONE_SETS``) with 429, the saved one kept. A
  body over ``MAX_FORM_BYTES`` gets 413. Once a number is saved the page
  shows it masked and, while the ticket may take another, a second form
  posting here to correct it.
* ``GET /healthz``: ``ok`` when the database answers.

Database work runs in Starlette's thread pool, never on the event loop.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from sqlalchemy import Engine, text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.centre.keys import PersonalDataKey
from kiosk.clock import Clock, SystemClock
from kiosk.config import KioskConfig
from kiosk.i18n import LANGUAGES, Text
from kiosk.ports.notify import Notifier
from kiosk.queue.follow import (
    FollowState,
    FollowStatus,
    FollowStore,
    InvalidPhoneError,
    PhoneLimitError,
    normalize_phone,
    status_headline,
    wait_text,
)
from kiosk.queue.store import Queue, UnknownServiceError
from kiosk.storage.database import DatabaseUnavailableError
from web import strings
from web.i18n import LANGUAGE_NAMES, Translations, pick_language
from web.notifier import NotifierLoop

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent

#: States in which a resident may still leave a number.
_FOLLOWABLE = (FollowState.WAITING, FollowState.CALLED)

#: The phone form is one short field; a body larger than this is refused
#: (413) unread, so a huge POST cannot fill the server's memory.
MAX_FORM_BYTES = 4096


#: Sent with every answer. The pages load their script and style from
#: /static only (no inline code), so the policy needs no exception; no page
#: may be framed (clickjacking the phone form), and a ticket's secret link
#: must not leak in a Referer or stay in a shared phone's cache.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class _SecurityHeaders:
    """ASGI middleware adding ``SECURITY_HEADERS`` to every response but the
    500 of an unhandled error (``_server_error``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    # Starlette writes this answer from its outermost layer, outside every
    # middleware, so _SecurityHeaders never sees it.
    return PlainTextResponse("Internal Server Error", status_code=500, headers=SECURITY_HEADERS)


class _BodyTooLarge(Exception):
    pass


async def _small_body(request: Request) -> bytes:
    """The request body, read in chunks; ``_BodyTooLarge`` past ``MAX_FORM_BYTES``.

    Content-Length is checked first, but a chunked body has none, so the
    stream itself is counted as well.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise _BodyTooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise _BodyTooLarge
    return bytes(body)


class _Page:
    """What one request needs: config, store, translations and the chosen language."""

    def __init__(self, app: FollowApp, request: Request) -> None:
        self.app = app
        self.language = pick_language(
            request.query_params.get("lang"), request.headers.get("accept-language")
        )
        self.translate = app.translations.translate_for(self.language)

    def t(self, text: Text) -> str:
        return text.render(self.translate)


class FollowApp:
    def __init__(
        self,
        config: KioskConfig,
        engine: Engine,
        key: PersonalDataKey,
        clock: Clock,
        notifier: Notifier | None,
        translations: Translations,
    ) -> None:
        self.config = config
        self.engine = engine
        self.queue = Queue(engine, config, clock)
        self.store = FollowStore(engine, self.queue, clock, key)
        self.notifier = notifier
        self.translations = translations
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))

    # -- what the page shows ------------------------------------------------
    def lines(self, page: _Page, status: FollowStatus) -> dict[str, Any]:
        wait = wait_text(status)
        threshold = self.config.follow.ahead_threshold
        # Without a gateway no text goes out, whatever number was saved before.
        followed = self.notifier is not None and status.has_phone and status.state in _FOLLOWABLE
        return {
            "state": status.state.value,
            "code": status.display_code,
            "service": self.service_name(page, status.service_id),
            "headline": page.t(status_headline(status)),
            "wait": page.t(wait) if wait is not None else "",
            "final": status.state not in (*_FOLLOWABLE, FollowState.SERVING),
            "can_follow": self.notifier is not None
            and status.state in _FOLLOWABLE
            and not status.has_phone,
            "phone_saved": page.t(strings.PHONE_SAVED.format(n=threshold)) if followed else "",
            # Masked by the store: the full number is never in the page or this feed.
            "phone_to": page.t(strings.PHONE_TO.format(number=status.phone_masked))
            if followed
            else "",
            "can_change": self.notifier is not None and followed and status.can_change_phone,
        }

    def service_name(self, page: _Page, service_id: str) -> str:
        """The ticket's service by name, or a generic one when this PC's
        config lacks it (the kiosk that issued it may have a newer one)."""
        try:
            return self.config.service(service_id).names.get(page.language)
        except KeyError:
            self.store.warn_unknown_service(service_id)
            return page.t(strings.SERVICE_FALLBACK)

    def _status_or_unavailable(self, token: str) -> FollowStatus | None:
        """``store.status``, in the thread pool's thread. A waiting ticket of a service
        this PC's config lacks cannot be placed in the queue (who shares it, who
        is ahead): its page says the queue cannot be reached, as in an outage,
        and tries again, rather than failing with an error."""
        try:
            return self.store.status(token)
        except UnknownServiceError as exc:
            self.store.warn_unknown_service(str(exc))
            raise DatabaseUnavailableError(f"service {exc} is not in this PC's config") from None

    def context(self, page: _Page, request: Request, token: str, **extra: Any) -> dict[str, Any]:
        threshold = self.config.follow.ahead_threshold
        return {
            "request": request,
            "lang": page.language,
            "token": token,
            "center": self.config.center.name.get(page.language),
            "languages": [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
            "refresh_s": self.config.follow.refresh_s,
            "s": {
                "title": page.t(strings.TITLE),
                "your_number": page.t(strings.YOUR_NUMBER),
                "updates": page.t(strings.UPDATES),
                "language": page.t(strings.LANGUAGE),
                "phone_offer": page.t(strings.PHONE_OFFER.format(n=threshold)),
                "phone_label": page.t(strings.PHONE_LABEL),
                "phone_submit": page.t(strings.PHONE_SUBMIT),
                "phone_privacy": page.t(strings.PHONE_PRIVACY),
                "phone_change_label": page.t(strings.PHONE_CHANGE_LABEL),
                "phone_change_submit": page.t(strings.PHONE_CHANGE_SUBMIT),
                "unknown_title": page.t(strings.UNKNOWN_TITLE),
                "unknown": page.t(strings.UNKNOWN),
                "unavailable": page.t(strings.UNAVAILABLE),
            },
            **extra,
        }

    # -- routes ----------------------------------------------------------------
    async def page(self, request: Request) -> Response:
        token = request.path_params["token"]
        page = _Page(self, request)
        return await self._render(page, request, token)

    async def _render(
        self,
        page: _Page,
        request: Request,
        token: str,
        *,
        error: str = "",
        phone_value: str = "",
        status_code: int = 200,
    ) -> Response:
        try:
            status = await run_in_threadpool(self._status_or_unavailable, token)
        except DatabaseUnavailableError as exc:
            log.warning("queue cannot be read: %s", exc)
            return self.templates.TemplateResponse(
                request,
                "unavailable.html",
                self.context(page, request, token),
                status_code=503,
            )
        if status is None:
            return self.templates.TemplateResponse(
                request, "unknown.html", self.context(page, request, token), status_code=404
            )
        lines = self.lines(page, status)
        return self.templates.TemplateResponse(
            request,
            "status.html",
            self.context(page, request, token, t=lines, error=error, phone_value=phone_value),
            status_code=status_code,
        )

    async def status_json(self, request: Request) -> Response:
        token = request.path_params["token"]
        page = _Page(self, request)
        try:
            status = await run_in_threadpool(self._status_or_unavailable, token)
        except DatabaseUnavailableError:
            return JSONResponse({"error": page.t(strings.UNAVAILABLE)}, status_code=503)
        if status is None:
            return JSONResponse({"error": page.t(strings.UNKNOWN)}, status_code=404)
        return JSONResponse(self.lines(page, status))

    async def phone(self, request: Request) -> Response:
        token = request.path_params["token"]
        page = _Page(self, request)
        if self.notifier is None:
            return PlainTextResponse("texts are off", status_code=404)
        try:
            body = await _small_body(request)
        except _BodyTooLarge:
            return PlainTextResponse("form too large", status_code=413)
        except ClientDisconnect:
            # The phone went away mid-form (lost signal): nobody to answer,
            # and nothing wrong with the server to log a traceback about.
            return PlainTextResponse("", status_code=400)
        form = parse_qs(body.decode("utf-8", "replace"))
        raw = (form.get("phone") or [""])[0]
        try:
            phone = normalize_phone(raw)
        except InvalidPhoneError as exc:
            return await self._render(
                page,
                request,
                token,
                error=page.t(exc.message),
                phone_value=raw[:20],
                status_code=422,
            )
        try:
            status = await run_in_threadpool(self.store.set_phone, token, phone, page.language)
        except (DatabaseUnavailableError, UnknownServiceError):
            return await self._render(page, request, token)
        except PhoneLimitError as exc:
            log.info("%s: another one refused", exc)
            return await self._render(
                page, request, token, error=page.t(strings.PHONE_LIMIT), status_code=429
            )
        if status is None:
            # Finished or gone while the form was open: say the number was not kept.
            return await self._render(
                page, request, token, error=page.t(strings.PHONE_TOO_LATE), status_code=409
            )
        log.info("ticket %d follows by text", status.ticket_id)
        return RedirectResponse(f"/t/{token}?lang={page.language}", status_code=303)

    async def health(self, request: Request) -> Response:
        def ping() -> None:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))

        try:
            await run_in_threadpool(ping)
        except Exception as exc:
            return PlainTextResponse(f"database: {type(exc).__name__}", status_code=503)
        return PlainTextResponse("ok")


def create_app(
    config: KioskConfig,
    engine: Engine,
    key: PersonalDataKey,
    *,
    clock: Clock | None = None,
    notifier: Notifier | None = None,
    translations: Translations | None = None,
    run_notifier: bool = True,
) -> Starlette:
    """The web app over an open queue database.

    ``key``: the centre key (``kiosk.centre.store.open_centre_key``) that
    encrypts the phone numbers residents leave.
    ``notifier``: None offers no texts. ``run_notifier``: start the
    notifier loop (purging phone numbers, sending texts) with the app (``kiosk web`` does; tests may drive
    ``app.state.notifier_loop.run_once`` themselves).
    """
    translations = translations or Translations()
    clock = clock or SystemClock()
    follow = FollowApp(config, engine, key, clock, notifier, translations)
    loop = NotifierLoop(
        follow.store,
        notifier,
        translations,
        ahead_threshold=config.follow.ahead_threshold,
        period_s=float(config.follow.refresh_s),
        clock=clock,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if run_notifier:
            loop.start()
        try:
            yield
        finally:
            loop.stop()

    app = Starlette(
        routes=[
            Route("/t/{token}", follow.page),
            Route("/t/{token}/status.json", follow.status_json),
            Route("/t/{token}/phone", follow.phone, methods=["POST"]),
            Route("/healthz", follow.health),
            Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        ],
        middleware=[Middleware(_SecurityHeaders)],
        exception_handlers={Exception: _server_error},
        lifespan=lifespan,
    )
    app.state.follow = follow
    app.state.notifier_loop = loop
    return app
