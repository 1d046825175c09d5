"""Subcommands of the ``kiosk`` console script, one module per group."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeAlias

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kiosk.config import KioskConfig
    from kiosk.config.paths import ConfigLocation
    from ui.common.queue_feed import SharedQueue


class Exit(IntEnum):
    """Exit codes of every command (README, "Exit codes"); argparse's usage errors are 2 too."""

    OK = 0
    #: A check ran and found a problem (printer not ready, database behind, a bad signature).
    CHECK_FAILED = 1
    #: The command line or the config is wrong; nothing was done.
    USAGE = 2
    #: A device or service (printer, card reader, database) could not be reached.
    UNAVAILABLE = 3


#: What a command module's ``register`` adds its command to.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_command(
    sub: Commands,
    name: str,
    help: str,
    run: Callable[[argparse.Namespace], int],
    *,
    config: bool = False,
    json: bool = False,
    window: bool = False,
) -> argparse.ArgumentParser:
    """The parser of a command, or of one action of it, that ``run`` carries out.

    ``config`` adds ``--config`` and ``--data-dir``, then ``json`` adds
    ``--json``; the caller adds the command's own options after them.
    ``window``: the command shows a window, and is refused where none can be
    shown (``no_display_reason``) before ``run`` is called.
    """
    parser = sub.add_parser(name, help=help)
    if config:
        add_config_option(parser)
    if json:
        add_json_option(parser)
    parser.set_defaults(func=run, shows_window=window)
    return parser


def add_actions(sub: Commands, name: str, help: str) -> Commands:
    """A command made of actions (``kiosk db upgrade``, ``kiosk db current``): one must be named."""
    parser = sub.add_parser(name, help=help)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def add_config_option(parser: argparse.ArgumentParser, *, scratch: bool = False) -> None:
    """``--config FILE`` and ``--data-dir DIR``, spelt and explained the same way on
    every command that reads them.

    ``scratch`` commands (demo, audit) work in a folder of their own on the
    file given or the embedded demo, never on the kiosk's data folder.
    """
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="kiosk config (TOML); default: the embedded demo center"
        if scratch
        else "kiosk config (TOML); default: $KIOSK_CONFIG, else DATA_DIR/kiosk.toml, "
        "else the embedded demo center",
    )
    if not scratch:
        add_data_dir_option(parser)


def add_scratch_options(parser: argparse.ArgumentParser, out_help: str) -> None:
    """``--config`` and ``--out DIR`` of a command that writes its results to a
    folder of its own (demo, audit) and works on a scratch copy of the kiosk."""
    add_config_option(parser, scratch=True)
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help=out_help)


def prepare_out(
    args: argparse.Namespace, written: frozenset[str], *, sign: str, replaced: Sequence[str]
) -> int | None:
    """Make ``--out`` ready for a scratch command (demo, audit), removing the
    ``replaced`` folders of its earlier output; exit code 2 and one line when
    it must not write there, else None.

    It may write in a new or empty folder, or in one holding only the names
    in ``written``, ``sign`` among them: its own earlier output. Any other
    folder is refused, so that ``--out .`` or ``--out ~`` never loses a
    folder the command did not write.
    """
    out: Path = args.out
    try:
        if out.exists() and not out.is_dir():
            return fail(args, f"--out {out}: not a folder", Exit.USAGE)
        names = {entry.name for entry in out.iterdir()} if out.exists() else set()
        if names and not (sign in names and names <= written):
            return fail(
                args,
                f"--out {out}: holds files this command did not write; give a new or empty folder",
                Exit.USAGE,
            )
        for name in replaced:
            shutil.rmtree(out / name, ignore_errors=True)
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail(args, f"--out {out}: {exc.strerror or exc}", Exit.USAGE)
    return None


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="the kiosk's data folder: SQLite database, keys, kiosk.toml "
        "(default: $KIOSK_DATA_DIR, else the user's data folder)",
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")


def command_data_dir(args: argparse.Namespace) -> Path:
    """``--data-dir``, else ``$KIOSK_DATA_DIR``, else the user's data folder."""
    from kiosk.config.paths import default_data_dir

    chosen: Path | None = getattr(args, "data_dir", None)
    return chosen or default_data_dir()


def config_location(args: argparse.Namespace) -> ConfigLocation:
    """Which config file the command reads (``kiosk.config.paths.resolve_config_path``)."""
    from kiosk.config.paths import resolve_config_path

    return resolve_config_path(args.config, getattr(args, "data_dir", None))


def load_command_config(args: argparse.Namespace) -> KioskConfig:
    """The config the command works on; a ``ConfigError`` ends it with exit code 2."""
    from kiosk.config.edit import load_location

    return load_location(config_location(args))


def fail(args: argparse.Namespace, message: str, code: int) -> int:
    """Say what went wrong as ``kiosk <command>: message`` and return ``code``."""
    print(f"kiosk {args.command}: {message}", file=sys.stderr)
    return code


def missing_sqlite_file(url: str) -> Path | None:
    """The file of a SQLite ``url`` when it does not exist, else None (it
    exists, it is in memory, or the database is not SQLite)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None  # open_database names the bad URL
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def with_database(
    args: argparse.Namespace, url: str, work: Callable[[Engine], int], *, create: bool = False
) -> int:
    """Run ``work`` on an engine for ``url`` and dispose of it after; a database
    that cannot be opened (unreachable, or its schema behind) ends the command
    with its reason and exit code 3.

    Unless ``create``, a SQLite file that does not exist is refused the same
    way: commands that read or repair a kiosk's database must not make an
    empty one in a mistyped data folder and report on that.
    """
    from kiosk.storage.database import StorageError, open_database

    missing = None if create else missing_sqlite_file(url)
    if missing is not None:
        return fail(
            args,
            f"no database at {missing}: is --data-dir the kiosk's data folder?",
            Exit.UNAVAILABLE,
        )
    try:
        engine = open_database(url)
    except StorageError as exc:
        return fail(args, str(exc), Exit.UNAVAILABLE)
    try:
        return work(engine)
    finally:
        engine.dispose()


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def no_display_reason() -> str | None:
    """Why a window cannot be shown here, or None when it can.

    Without a display Qt's default platform aborts the process (SIGABRT,
    with a message about libxcb-cursor0 that sends people the wrong way);
    ``ui.app.cli.main`` asks this first for the commands that show a window,
    and exits 2 with one clear line.
    """
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None  # a platform was chosen on purpose (offscreen, eglfs, ...)
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no display (DISPLAY and WAYLAND_DISPLAY are unset): start it in the kiosk's "
        "graphical session, or try `kiosk demo --out DIR`, which needs none"
    )


class QueueWindow(Protocol):
    """A window that follows the shared queue (the counter's, the lobby display's)."""

    def start(self) -> None: ...

    def shutdown(self) -> None: ...


def run_queue_window(
    args: argparse.Namespace,
    config: KioskConfig,
    language: str,
    make_window: Callable[[SharedQueue], QueueWindow],
    *,
    closing: Sequence[Callable[[], None]] = (),
) -> int:
    """Open the shared queue, start the window ``make_window`` builds and shows on
    it, in ``language``, and run until it is closed (``kiosk counter``, ``kiosk display``).

    Then the window, the queue and the ``closing`` calls are shut down, in
    that order; a database that cannot be opened ends the command with its
    reason and exit code 3 (after the ``closing`` calls).
    """
    from kiosk.storage.database import StorageError, database_url
    from ui.common.application import ensure_app
    from ui.common.i18n import LanguageSwitcher
    from ui.common.queue_feed import SharedQueue

    app = ensure_app()
    LanguageSwitcher(app).set_language(language)
    with ExitStack() as stack:
        for close in closing:
            stack.callback(close)
        try:
            shared = SharedQueue.open(
                config, database_url(config.storage.database_url, command_data_dir(args))
            )
        except StorageError as exc:
            return fail(args, str(exc), Exit.UNAVAILABLE)
        stack.callback(shared.close)
        window = make_window(shared)
        stack.callback(window.shutdown)
        window.start()
        return app.exec()


class Progress:
    """A step counter on the terminal for long commands: ``[12/27] cert-done``.

    Written over itself on standard error, and only when standard error is
    a terminal and the command does not answer in JSON: logs, pipes and CI
    output stay clean.
    """

    def __init__(self, total: int | None = None, *, json_output: bool = False) -> None:
        self.total = total
        self.done = 0
        self.enabled = sys.stderr.isatty() and not json_output

    def step(self, what: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        count = f"{self.done}/{self.total}" if self.total else str(self.done)
        sys.stderr.write(f"\r\x1b[K[{count}] {what}")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
