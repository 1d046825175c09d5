"""``kiosk db upgrade|current``: migrate the queue database, or say where it stands.

SQLite files are migrated automatically when a kiosk, counter or display
opens them; a shared PostgreSQL database is migrated with ``kiosk db
upgrade`` (once, by whoever runs the center's server), and everything that
uses it refuses to start while it is behind. No Qt is imported.
"""

from __future__ import annotations

import argparse

from kiosk.storage.database import (
    StorageError,
    database_url,
    error_summary,
    open_database,
    url_problem,
)
from kiosk.storage.urls import hide_url_secrets
from ui.app.commands import (
    Exit,
    add_actions,
    add_command,
    add_config_option,
    command_data_dir,
    fail,
    load_command_config,
    print_json,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    actions = add_actions(sub, "db", "migrate the queue database or show its revision")
    add_command(
        actions, "upgrade", "bring the database schema up to date", run_upgrade, config=True
    )
    add_command(
        actions,
        "current",
        "print the database's schema revision",
        run_current,
        config=True,
        json=True,
    )


def add_database_options(parser: argparse.ArgumentParser) -> None:
    """``--config`` and ``--data-dir``: the database is ``storage.database_url``,
    else SQLite in the data folder."""
    add_config_option(parser)


def _refuse_unusable(args: argparse.Namespace, url: str) -> int | None:
    """Exit code 2 and one line when ``url`` cannot be used at all; None when
    it can be tried. The schema lets only SQLite and PostgreSQL URLs in, but
    not every such string is one SQLAlchemy can build an engine from."""
    problem = url_problem(url)
    return None if problem is None else fail(args, f"storage.database_url: {problem}", Exit.USAGE)


def run_upgrade(args: argparse.Namespace) -> int:
    from kiosk.storage import migrations

    config = load_command_config(args)
    url = database_url(config.storage.database_url, command_data_dir(args))
    refused = _refuse_unusable(args, url)
    if refused is not None:
        return refused
    try:
        engine = open_database(url, migrate=True)
    except StorageError as exc:
        return fail(args, str(exc), Exit.UNAVAILABLE)
    try:
        print(
            f"kiosk db: {hide_url_secrets(engine.url.render_as_string(hide_password=False))} is at "
            f"revision {migrations.current_revision(engine)} (newest)"
        )
    finally:
        engine.dispose()
    return 0


def run_current(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.storage import migrations

    config = load_command_config(args)
    url = database_url(config.storage.database_url, command_data_dir(args))
    refused = _refuse_unusable(args, url)
    if refused is not None:
        return refused
    engine = create_engine(url)
    try:
        current = migrations.current_revision(engine)
        shown_url = hide_url_secrets(engine.url.render_as_string(hide_password=False))
    except SQLAlchemyError as exc:
        # The URL as configured may hold the database password.
        return fail(
            args, f"cannot read {hide_url_secrets(url)}: {error_summary(exc)}", Exit.UNAVAILABLE
        )
    finally:
        engine.dispose()
    head = migrations.head_revision()
    if args.json:
        print_json(
            {
                "database": shown_url,
                "revision": current,
                "newest": head,
                "up_to_date": current == head,
            }
        )
    else:
        state = "up to date" if current == head else f"behind: run kiosk db upgrade (newest {head})"
        print(f"{current or 'empty'} ({state})")
    return Exit.OK if current == head else Exit.CHECK_FAILED
