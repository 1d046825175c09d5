"""``kiosk db upgrade|current``: migrate the queue database, or say where it stands.

SQLite files are migrated automatically when a kiosk, counter or display
opens them; a shared PostgreSQL database is migrated with ``kiosk db
upgrade`` (once, by whoever runs the center's server), and everything that
uses it refuses to start while it is behind. No Qt is imported.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from kiosk.config import KioskConfig, load_config
from kiosk.storage.database import StorageError, default_sqlite_path, open_database
from ui.app.commands import add_config_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", help="migrate the queue database or show its revision")
    dsub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = dsub.add_parser("upgrade", help="bring the database schema up to date")
    add_database_options(upgrade)
    upgrade.set_defaults(func=run_upgrade)
    current = dsub.add_parser("current", help="print the database's schema revision")
    add_database_options(current)
    current.set_defaults(func=run_current)


def add_database_options(parser: argparse.ArgumentParser) -> None:
    add_config_option(parser)
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="where the SQLite database lives (when storage.database_url is empty)",
    )


def data_dir(chosen: Path | None) -> Path:
    """``--data-dir``, else the kiosk's (``kiosk.config.edit.default_data_dir``)."""
    if chosen is not None:
        return chosen
    override = os.environ.get("KIOSK_DATA_DIR")
    return Path(override) if override else user_data_path("community-kiosk", appauthor=False)


def database_url(config: KioskConfig, chosen_dir: Path | None) -> str:
    """The configured database, else SQLite in the data directory (as ``ui.app.compose.database_url``)."""
    return config.storage.database_url or f"sqlite:///{default_sqlite_path(data_dir(chosen_dir))}"


def run_upgrade(args: argparse.Namespace) -> int:
    from kiosk.storage import migrations

    config = load_config(args.config)
    url = database_url(config, args.data_dir)
    try:
        engine = open_database(url, migrate=True)
    except StorageError as exc:
        print(f"kiosk db: {exc}", file=sys.stderr)
        return 3
    try:
        print(
            f"kiosk db: {engine.url.render_as_string(hide_password=True)} is at "
            f"revision {migrations.current_revision(engine)} (newest)"
        )
    finally:
        engine.dispose()
    return 0


def run_current(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.storage import migrations

    config = load_config(args.config)
    url = database_url(config, args.data_dir)
    engine = create_engine(url)
    try:
        current = migrations.current_revision(engine)
    except SQLAlchemyError as exc:
        print(f"kiosk db: cannot read {url}: {getattr(exc, 'orig', exc)}", file=sys.stderr)
        return 3
    finally:
        engine.dispose()
    head = migrations.head_revision()
    state = "up to date" if current == head else f"behind: run kiosk db upgrade (newest {head})"
    print(f"{current or 'empty'} ({state})")
    return 0 if current == head else 1
