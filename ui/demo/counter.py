"""Counter and lobby display in the scripted demo (``kiosk demo``).

``counter_display_demo`` issues a few tickets, opens a counter window and the
lobby display side by side (mock speech, no chime), has the counter call the
next ticket, waits until the display shows it and has read it out, and saves
``screens/NN-counter.png``, ``screens/NN+1-display.png`` and one
``screens/NN-counter-<service>.png`` per centre service's staff tab. It returns
journal entries (``kind`` plus fields) for the caller's journal, the
announcement texts included.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from kiosk.clock import Clock, SystemClock
from kiosk.config import KioskConfig
from kiosk.queue.store import Queue
from kiosk.storage.database import database_url
from ui.demo.events import pump, wait_until


def counter_display_demo(
    out_dir: Path,
    config: KioskConfig,
    data_dir: Path,
    *,
    first_shot: int = 1,
    clock: Clock | None = None,
) -> list[dict[str, Any]]:
    """Run the counter/display scene; screenshots numbered from ``first_shot``.

    Uses the configured database (SQLite in ``data_dir`` when none is set),
    so with the kiosk demo's data directory the counter sees the tickets the
    kiosk journey issued as well. Needs a ``QApplication`` (offscreen is fine).
    """
    from drivers.speech.mock import MockSpeaker
    from ui.common.application import ensure_app
    from ui.common.queue_feed import SharedQueue
    from ui.counter.services import enabled_panels
    from ui.counter.window import CounterWindow
    from ui.display.window import DisplayWindow, SilentChime

    ensure_app()
    clock = clock or SystemClock()
    screens = out_dir / "screens"
    screens.mkdir(parents=True, exist_ok=True)
    url = database_url(config.storage.database_url, data_dir)
    display_config = config.display.model_copy(update={"chime": False})
    config = config.model_copy(update={"display": display_config})
    shared = SharedQueue.open(config, url, clock)
    entries: list[dict[str, Any]] = []
    speaker = MockSpeaker()
    counter_window: CounterWindow | None = None
    display: DisplayWindow | None = None
    try:
        queue = Queue(shared.engine, config, clock)
        services = config.enabled_services
        first = services[0]
        counter = first.counters[0]
        for service, priority in (
            (first, False),
            (first, first.priority_allowed),
            (services[-1], False),
        ):
            issued = queue.issue(service.id, priority=priority)
            queue.record_print(issued.ticket.id, ok=True)
            entries.append(
                {
                    "kind": "ticket_issued",
                    "code": issued.ticket.display_code,
                    "service": service.id,
                    "priority": issued.ticket.priority,
                }
            )
        counter_window = CounterWindow(shared, counter)
        for panel in enabled_panels(shared, config, clock, data_dir):
            counter_window.add_panel(panel)
        counter_window.retranslate()
        display = DisplayWindow(shared, config, speaker, SilentChime())
        counter_window.resize(1280, 800)
        counter_window.show()
        display.show()
        counter_window.start()
        display.start()
        wait_until(
            lambda: counter_window.snapshot is not None and display.snapshot is not None,
            10.0,
            "the first counter and display redraw",
        )
        wait_until(lambda: display.last_call_id is not None, 10.0, "the display's first read")

        shown: list[Any] = []
        display.call_shown.connect(shown.append)
        counter_window.call_next()
        wait_until(
            lambda: bool(shown) and len(speaker.utterances) > 0, 10.0, "the call's announcement"
        )
        wait_until(
            lambda: (
                counter_window.snapshot is not None and counter_window.snapshot.current is not None
            ),
            10.0,
            "the counter's current ticket",
        )
        call = shown[0]
        entries.append(
            {"kind": "ticket_called", "code": call.display_code, "counter": call.counter}
        )
        pump(0.2)
        for utterance in speaker.utterances:
            entries.append(
                {
                    "kind": "announcement",
                    "text": utterance.text,
                    "spoken": utterance.spoken,
                    "language": utterance.language,
                }
            )
        shots: list[tuple[str, Callable[[], None]]] = [
            ("counter", lambda: None),
            ("display", lambda: None),
        ]
        widgets = {"counter": counter_window, "display": display}
        # Each centre service's tab on the counter terminal, after it drew.
        for index, panel in enumerate(counter_window.panels, start=1):
            name = f"counter-{panel.objectName().removesuffix('-panel')}"
            widgets[name] = counter_window
            shots.append((name, partial(counter_window.tabs.setCurrentIndex, index)))
        for offset, (name, show) in enumerate(shots):
            show()
            shared.worker.wait_idle()
            pump(0.3)
            path = screens / f"{first_shot + offset:02d}-{name}.png"
            widgets[name].grab().save(str(path))
            entries.append({"kind": "screenshot", "file": f"screens/{path.name}"})
    finally:
        for window in (counter_window, display):
            if window is not None:
                window.shutdown()
                window.close()
                window.deleteLater()
        shared.close()
        speaker.close()
    pump(0.05)
    return entries
