"""Database URLs fit to show people: in messages, logs, ``kiosk config show`` and
technician mode, a URL never carries its password.

SQLAlchemy's ``render_as_string(hide_password=True)`` masks only the
``user:password@`` part; psycopg also takes a password as a query parameter
(``?password=``), so that is masked too.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

#: A URL query parameter that may carry a password (``?password=``, ``?sslpassword=``).
_SECRET_PARAM = re.compile(
    r"([?&][^=&#]*(?:password|passwd|pwd|secret|token|key)[^=&#]*=)[^&#]*", re.I
)
#: What stands for a secret that is not shown at all.
REDACTED = "<removed>"
#: What stands for a password in a URL shown to people (SQLAlchemy's own choice).
URL_MASK = "***"


def hide_url_secrets(url: str | URL) -> str:
    """``url`` fit to show: its password and password-like query parameters as ``***``.

    ``postgresql://kiosk:pw@db/kiosk?password=pw`` becomes
    ``postgresql://kiosk:***@db/kiosk?password=***``.
    """
    if not url:
        return ""
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        # Not parseable: it may still hold a password; do not show it at all.
        return REDACTED
    return _SECRET_PARAM.sub(lambda m: m.group(1) + URL_MASK, shown)


def restore_url_secrets(typed: str, stored: str) -> str:
    """A URL edited from ``hide_url_secrets(stored)``, with each ``***`` left in it
    put back to the stored secret; a typed password or parameter is kept as typed."""
    if typed == hide_url_secrets(stored):
        return stored
    try:
        new, old = make_url(typed), make_url(stored)
    except (ArgumentError, ValueError):
        return typed
    if new.password == URL_MASK and old.password is not None:
        new = new.set(password=old.password)
    kept = {k: old.query[k] for k, v in new.query.items() if v == URL_MASK and k in old.query}
    if kept:
        new = new.update_query_dict(kept)
    return new.render_as_string(hide_password=False)
