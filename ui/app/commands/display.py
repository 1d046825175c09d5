"""``kiosk display``: the lobby display that shows and announces calls (fullscreen)."""

from __future__ import annotations

import argparse

from drivers.registry import BackendUnavailableError, UnknownBackendError
from kiosk.storage.database import StorageError
from ui.app.commands import (
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    add_config_option,
    command_data_dir,
    fail,
    load_command_config,
    refuse_without_display,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("display", help="the lobby display of calls")
    add_config_option(parser)
    parser.add_argument("--windowed", action="store_true", help="a normal window (development)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if (refused := refuse_without_display("display")) is not None:
        return refused
    config = load_command_config(args)
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
        return fail(args, f"devices.speech.backend: {exc}", EXIT_USAGE)
    try:
        shared = SharedQueue.open(config, database_url(config, command_data_dir(args)))
    except StorageError as exc:
        speaker.close()
        return fail(args, str(exc), EXIT_UNAVAILABLE)
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
