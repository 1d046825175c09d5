"""``kiosk display``: the lobby display that shows and announces calls (fullscreen)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from drivers.registry import BackendUnavailableError, UnknownBackendError
from ui.app.commands import Exit, add_command, fail, load_command_config, run_queue_window

if TYPE_CHECKING:
    from ui.common.queue_feed import SharedQueue
    from ui.display.window import DisplayWindow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        sub, "display", "the lobby display of calls", run, config=True, window=True
    )
    parser.add_argument("--windowed", action="store_true", help="a normal window (development)")


def run(args: argparse.Namespace) -> int:
    config = load_command_config(args)
    from ui.common.application import ensure_app
    from ui.common.speech import create_speaker
    from ui.display.window import DisplayWindow, create_chime

    ensure_app()  # the voices may be Qt objects
    try:
        speaker = create_speaker(config.devices.speech)
    except (UnknownBackendError, BackendUnavailableError) as exc:
        return fail(args, f"devices.speech.backend: {exc}", Exit.USAGE)

    def make_window(shared: SharedQueue) -> DisplayWindow:
        chime = create_chime(config.display.chime, config.devices.speech.volume)
        window = DisplayWindow(shared, config, speaker, chime)
        window.show_on_monitor(fullscreen=config.display.fullscreen and not args.windowed)
        return window

    return run_queue_window(args, config, "ko", make_window, closing=[speaker.close])
