"""``kiosk display``: the lobby display that shows and announces calls (fullscreen)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from drivers.registry import BackendUnavailableError, UnknownBackendError
from kiosk.config import load_config
from kiosk.storage.database import StorageError
from ui.app.commands import add_config_option, refuse_without_display


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("display", help="the lobby display of calls")
    add_config_option(parser)
    parser.add_argument("--windowed", action="store_true", help="a normal window (development)")
    parser.add_argument("--data-dir", type=Path, default=None, help="where the database lives")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if (refused := refuse_without_display("display")) is not None:
        return refused
    config = load_config(args.config)
    from kiosk.config.edit import default_data_dir
    from ui.app.compose import database_url
    from ui.common.application import ensure_app
    from ui.common.i18n import LanguageSwitcher
    from ui.common.queue_feed import SharedQueue
    from ui.common.speech import create_speaker
    from ui.display.window import DisplayWindow, create_chime

    app = ensure_app()
    languages = LanguageSwitcher(app)
    languages.set_language("ko")
    try:
        speaker = create_speaker(config.devices.speech)
    except (UnknownBackendError, BackendUnavailableError) as exc:
        print(f"kiosk display: devices.speech.backend: {exc}", file=sys.stderr)
        return 2
    try:
        shared = SharedQueue.open(config, database_url(config, args.data_dir or default_data_dir()))
    except StorageError as exc:
        print(f"kiosk display: {exc}", file=sys.stderr)
        speaker.close()
        return 3
    chime = create_chime(config.display.chime, config.devices.speech.volume)
    window = DisplayWindow(shared.ops, config, shared.feed, shared.worker, speaker, chime)
    window.show_on_monitor(fullscreen=config.display.fullscreen and not args.windowed)
    window.start()
    try:
        return app.exec()
    finally:
        window.shutdown()
        shared.close()
        speaker.close()
