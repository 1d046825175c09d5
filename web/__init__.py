"""The phone follow-up web app (``kiosk web``): a ticket's live status page.

Starlette (ASGI) served by uvicorn on the center's network. It reads the
shared queue database through ``kiosk.queue`` only, never imports ``ui``
(import-linter contract), and renders the core's ``N_`` strings with
``web.i18n``. ``create_app`` is the factory.
"""

from __future__ import annotations

from web.app import create_app

__all__ = ["create_app"]
