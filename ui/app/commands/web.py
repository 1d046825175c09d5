"""``kiosk web``: the phone follow-up server (ticket status pages and text messages).

Thin: opens the queue database, the centre key and the configured notifier, builds
``web.create_app`` and serves it with uvicorn on ``follow.host`` /
``follow.port`` (or ``--host`` / ``--port``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui.app.commands import (
    Exit,
    add_command,
    command_data_dir,
    fail,
    load_command_config,
    with_database,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import KioskConfig


#: ``kiosk web``'s limits per server (see ``server_options``).
MAX_CONNECTIONS = 256
KEEP_ALIVE_S = 5
MAX_HEADER_BYTES = 8192


def server_options() -> dict[str, Any]:
    """How ``kiosk web`` runs uvicorn: everything but the app and the address."""
    return {
        "log_level": "info",
        # uvicorn's own logging set-up writes its error lines and the
        # tracebacks of failed requests straight to stderr, where a phone
        # number in an exception's text reaches the journal. Without it
        # uvicorn's loggers pass their records to the application's handler
        # (``kiosk.tech.systemd.configure_logging``), which masks personal data.
        "log_config": None,
        # No access log: a request line holds the ticket's secret link and
        # whatever a phone put in the address.
        "access_log": False,
        # The server faces the centre's network, residents' phones and
        # whoever else is on it; these bound what one client can hold.
        # Open connections (idle ones too) beyond this get 503: enough
        # for every phone of a busy day polling at once.
        "limit_concurrency": MAX_CONNECTIONS,
        # An idle kept-alive connection is closed after this.
        "timeout_keep_alive": KEEP_ALIVE_S,
        # A request's line and headers may not exceed this (uvicorn's
        # h11 default is 16 KB); the pages need far less.
        "http": "h11",
        "h11_max_incomplete_event_size": MAX_HEADER_BYTES,
    }


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        sub,
        "web",
        "the phone follow-up server: ticket status pages and text messages",
        run,
        config=True,
    )
    parser.add_argument("--host", default=None, help="listen address (default: follow.host)")
    parser.add_argument("--port", type=int, default=None, help="listen port (default: follow.port)")


def run(args: argparse.Namespace) -> int:
    config = load_command_config(args)
    if not config.follow.enabled:
        return fail(args, "follow.enabled is false in the config: nothing to serve", Exit.USAGE)
    if args.port is not None and not 1 <= args.port <= 65535:
        return fail(args, f"--port {args.port}: give a port from 1 to 65535", Exit.USAGE)
    from kiosk.storage.database import database_url

    data_dir = command_data_dir(args)
    # The follow-up server may be the first of the centre's programs to start
    # on its database, as a kiosk may: it makes the database as they do.
    return with_database(
        args,
        database_url(config.storage.database_url, data_dir),
        lambda engine: _serve(args, config, engine, data_dir),
        create=True,
    )


def _serve(args: argparse.Namespace, config: KioskConfig, engine: Engine, data_dir: Path) -> int:
    """Check the centre key, open the notifier and serve until stopped."""
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from drivers.notify import create_notifier
    from drivers.registry import BackendUnavailableError
    from kiosk.centre.keys import PersonalKeyError
    from kiosk.centre.store import open_centre_key
    from kiosk.certificates.signing import SigningError
    from web import create_app

    try:
        # The numbers residents leave are stored encrypted with the key the
        # kiosks and counters share; a web PC with another key is refused here.
        key = open_centre_key(engine, data_dir)
    except (PersonalKeyError, SigningError, OSError) as exc:
        # Another machine's key, or an unreadable file, is a set-up fault that
        # restarting cannot mend: exit 2, which the systemd unit does not restart.
        return fail(args, f"centre key: {exc}", Exit.USAGE)
    except SQLAlchemyError:
        message = "the database did not answer while checking the centre key"
        return fail(args, message, Exit.UNAVAILABLE)
    try:
        notifier = create_notifier(config.devices.notify)
    except BackendUnavailableError as exc:
        return fail(args, str(exc), Exit.UNAVAILABLE)
    app = create_app(config, engine, key, notifier=notifier)
    host = args.host or config.follow.host
    port = args.port or config.follow.port
    try:
        uvicorn.run(app, host=host, port=port, **server_options())
    except OSError as exc:
        return fail(args, f"cannot listen on {host}:{port}: {exc.strerror}", Exit.UNAVAILABLE)
    return 0
